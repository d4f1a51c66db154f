"""Reports for machines: JSON, GitHub Actions workflow commands, JUnit XML."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

from generator.diff.finding import Finding
from generator.diff.result import DiffResult
from generator.diff.rules import RULES, Level

JSON_FORMAT_VERSION = 1
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _finding_json(f: Finding, lang: str) -> dict[str, Any]:
    return {
        "id": f.rule,
        "level": f.level.value,
        "deprecation": RULES[f.rule].deprecation,  # INFO today, a removal announced for later
        "message": f.message(lang),
        "documents": f.documents,
        "file": f.location.path,
        "line": f.location.line,
        "col": f.location.col,
        "side": f.side,
        "operations": f.operations,
        "params": f.params,
    }


def render_json(result: DiffResult, lang: str) -> str:
    data = {
        "format": JSON_FORMAT_VERSION,
        "lang": lang,
        "documents": result.documents,
        "summary": {
            **{level.value: result.count(level) for level in Level},
            "ignored": len(result.ignored),
            "failOn": result.fail_on.value,
            "failed": result.failed,
        },
        "findings": [_finding_json(f, lang) for f in result.findings],
        "ignored": [
            {**_finding_json(f, lang), "reason": entry.reason, "ignoreEntry": str(entry.where)}
            for f, entry in result.ignored
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_COMMAND = {Level.ERR: "error", Level.WARN: "warning", Level.INFO: "notice"}


def render_github(result: DiffResult, lang: str) -> str:
    """`::error file=…,line=…,col=…,title=…::message`: annotations on the pull request's files. A
    finding in a `--base` revision is shown on the same path of the checkout."""
    lines = []
    for f in result.findings:
        loc = f.location
        path = loc.path
        if result.revision and path.startswith(result.revision + ":"):  # `main:specs/x.yaml` → `specs/x.yaml`
            path = path[len(result.revision) + 1 :]
        props = f"file={_escape_property(path)},line={loc.line},col={loc.col},title={_escape_property(f.rule)}"
        lines.append(f"::{_COMMAND[f.level]} {props}::{_escape_data(f.message(lang) + f.operations_text())}")
    return "".join(line + "\n" for line in lines)


def _xml_text(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def render_junit(result: DiffResult, lang: str) -> str:
    """One test suite per document, one test case per finding; findings at or above --fail-on fail."""
    suites = ET.Element("testsuites", name="mpgen diff")
    total = failures = 0
    for document in result.documents:
        mine = [f for f in result.findings if document in f.documents]
        suite = ET.SubElement(suites, "testsuite", name=_xml_text(document))
        failed = 0
        for f in mine:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=_xml_text(f"mpgen.diff.{document}"),
                name=_xml_text(f"[{f.rule}] {f.location}"),
            )
            text = _xml_text(f.message(lang) + f.operations_text())
            if result.failing(f):
                failure = ET.SubElement(case, "failure", type=f.level.value, message=text)
                failure.text = f"{f.location}: {f.level.value} [{f.rule}] {text}"
                failed += 1
            else:
                ET.SubElement(case, "system-out").text = f"{f.level.value}: {text}"
        if not mine:
            ET.SubElement(suite, "testcase", classname=_xml_text(f"mpgen.diff.{document}"), name="no changes")
        count = max(1, len(mine))
        suite.set("tests", str(count))
        suite.set("failures", str(failed))
        total += count
        failures += failed
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
