"""`mpgen diff` as users call it: output formats, languages, exit codes, bad input."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import Run, write_pair
from diff_cases import BASE, CASES, apply

from generator.diff.rules import RULES

ERR_EDIT = next(c for c in CASES if c.rule == "request-type-changed").new  # one ERR (and the version rule)
WARN_EDIT = next(c for c in CASES if c.rule == "request-default-changed").new  # one WARN
INFO_EDIT = next(c for c in CASES if c.rule == "response-property-added").new  # one INFO


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """OLD and NEW folders whose NEW has one ERR, one WARN and one INFO change (plus the version rule)."""
    return write_pair(tmp_path, BASE, apply(ERR_EDIT + WARN_EDIT + INFO_EDIT))


def test_text_lines_are_located(mpgen: Run, pair: tuple[Path, Path]) -> None:
    code, out, err = mpgen("diff", *pair, "--lang", "en")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 4
    for line in lines:
        assert re.match(r"^\S+/new/api\.yaml:\d+:\d+: (ERR|WARN|INFO) \[[a-z-]+\] \S", line), line
    assert lines[0].split(" ")[1] == "ERR"  # most severe first
    assert "[request-type-changed]" in out and "(GET /items/{itemId})" in out
    assert "2 breaking (ERR), 1 WARN, 1 INFO" in err


def test_json_parses_with_every_field(mpgen: Run, pair: tuple[Path, Path]) -> None:
    code, out, _ = mpgen("diff", *pair, "--format", "json", "--lang", "en")
    data = json.loads(out)
    assert code == 1
    assert data["summary"] == {"ERR": 2, "WARN": 1, "INFO": 1, "ignored": 0, "failOn": "ERR", "failed": True}
    by_id = {f["id"]: f for f in data["findings"]}
    typed = by_id["request-type-changed"]
    assert typed["level"] == "ERR" and typed["file"].endswith("new/api.yaml") and typed["line"] == 43
    assert typed["operations"] == ["GET /items/{itemId}"] and typed["documents"] == ["api"]
    assert typed["params"]["new"] == "boolean" and typed["side"] == "new"


def test_junit_is_valid_xml_failing_at_the_threshold(mpgen: Run, pair: tuple[Path, Path]) -> None:
    _code, out, _ = mpgen("diff", *pair, "--format", "junit")
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites" and root.get("tests") == "4" and root.get("failures") == "2"
    failures = root.findall("./testsuite/testcase/failure")
    assert {f.get("type") for f in failures} == {"ERR"}
    _code, out, _ = mpgen("diff", *pair, "--format", "junit", "--fail-on", "WARN")
    assert ET.fromstring(out.encode("utf-8")).get("failures") == "3"


def test_junit_without_findings_has_a_passing_case(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, BASE)
    code, out, _ = mpgen("diff", old, new, "--format", "junit")
    suite = ET.fromstring(out.encode("utf-8")).find("testsuite")
    assert code == 0 and suite is not None and suite.get("failures") == "0" and len(suite) == 1


def test_github_annotations(mpgen: Run, pair: tuple[Path, Path]) -> None:
    _code, out, _ = mpgen("diff", *pair, "--format", "github", "--lang", "en")
    lines = out.splitlines()
    assert len(lines) == 4
    pattern = r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=[a-z-]+::\S.*$"
    assert all(re.match(pattern, line) for line in lines), lines
    assert sum(line.startswith("::error ") for line in lines) == 2
    assert any(line.startswith("::warning ") for line in lines)
    assert any(line.startswith("::notice ") for line in lines)


def test_markdown_table(mpgen: Run, pair: tuple[Path, Path]) -> None:
    _code, out, _ = mpgen("diff", *pair, "--format", "markdown", "--lang", "en")
    assert out.startswith("## API changes\n")
    rows = [line for line in out.splitlines() if line.startswith("| ERR") or line.startswith("| WARN")]
    assert len(rows) == 3 and all(line.count(" | ") == 4 for line in rows)


def test_languages(mpgen: Run, pair: tuple[Path, Path]) -> None:
    _c, en, _ = mpgen("diff", *pair, "--lang", "en")
    _c, ja, err = mpgen("diff", *pair, "--lang", "ja")
    assert "type of `header:X-Trace` in the request changed" in en
    assert "リクエストの `header:X-Trace` の型が変わりました" in ja
    assert "破壊的変更 (ERR) 2 件" in err


@pytest.mark.parametrize(
    ("env", "japanese"),
    [
        ({"LANG": "ja_JP.UTF-8"}, True),
        ({"LANG": "en_US.UTF-8"}, False),
        ({"LANG": "ja_JP.UTF-8", "LC_ALL": "C.UTF-8"}, False),
        ({"LANG": "C", "LC_ALL": "ja_JP.UTF-8"}, True),
        ({}, False),
    ],
)
def test_default_language_follows_the_locale(
    mpgen: Run, pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, env: dict[str, str], japanese: bool
) -> None:
    for name in ("LANG", "LC_ALL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    _code, out, _ = mpgen("diff", *pair)
    assert ("型が変わりました" in out) is japanese
    assert ("in the request changed" in out) is not japanese


@pytest.mark.parametrize(
    ("edits", "fail_on", "expected"),
    [
        ((), "ERR", 0),
        (INFO_EDIT, "WARN", 0),
        (WARN_EDIT, "ERR", 0),
        (WARN_EDIT, "WARN", 1),
        (ERR_EDIT, "ERR", 1),
        (ERR_EDIT, "WARN", 1),
    ],
)
def test_fail_on_exit_codes(
    mpgen: Run, tmp_path: Path, edits: tuple[tuple[str, str], ...], fail_on: str, expected: int
) -> None:
    old, new = write_pair(tmp_path, BASE, apply(edits))
    code, _out, _err = mpgen("diff", old, new, "--fail-on", fail_on)
    assert code == expected


def test_rules_lists_the_catalogue(mpgen: Run) -> None:
    code, out, _ = mpgen("diff", "--rules", "--lang", "en")
    assert code == 0 and len(out.splitlines()) == len(RULES)
    assert all(rule_id in out for rule_id in RULES)
    _code, out, _ = mpgen("diff", "--rules", "--format", "json")
    rows = json.loads(out)
    assert {r["id"] for r in rows} == set(RULES)
    assert all(r["ja"] and r["en"] and r["level"] in ("ERR", "WARN", "INFO") for r in rows)


def test_invalid_yaml_is_a_located_usage_error(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, BASE.replace("  title: Example API\n", "  title: [unclosed\n"))
    code, out, err = mpgen("diff", old, new)
    assert code == 2 and out == ""
    assert re.search(r"new/api\.yaml:\d+:\d+: error \[yaml-syntax\]", err), err
    assert "Traceback" not in err


def test_broken_reference_is_a_located_usage_error(mpgen: Run, tmp_path: Path) -> None:
    broken = BASE.replace("        radius: {type: number}\n", "        radius: {$ref: 'missing.yaml#/R'}\n")
    old, new = write_pair(tmp_path, BASE, broken)
    code, _out, err = mpgen("diff", old, new)
    assert code == 2 and re.search(r"new/api\.yaml:\d+:\d+: error \[ref-not-found\]", err), err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("missing-old.yaml", "missing-new.yaml"), "no such file or folder"),
        (("only-one.yaml",), "give OLD and NEW"),
    ],
)
def test_usage_errors(mpgen: Run, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    code, out, err = mpgen("diff", *(tmp_path / a for a in args))
    assert code == 2 and out == "" and message in err


def test_file_against_folder_is_refused(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, BASE)
    code, _out, err = mpgen("diff", old / "api.yaml", new)
    assert code == 2 and "compare a file with a file" in err


def test_not_openapi_is_refused(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, "title: not an API\n")
    code, _out, err = mpgen("diff", old / "api.yaml", new / "api.yaml")
    assert code == 2 and "[not-openapi]" in err


def test_files_compare_directly(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, apply(WARN_EDIT))
    code, out, _ = mpgen("diff", old / "api.yaml", new / "api.yaml", "--lang", "en")
    assert code == 0 and "[request-default-changed]" in out


NON_BREAKING = ("property-deprecated", "request-parameter-deprecated", "operation-deprecated")
ACCEPTED = ("security-alternative-added", "security-scope-accepted")


def test_deprecations_and_accepted_security_never_fail(mpgen: Run, tmp_path: Path) -> None:
    """Deprecated fields and more accepted credentials: INFO in every format, marked as deprecations where they
    are, never failing even at --fail-on WARN."""
    edits = tuple(e for rule in NON_BREAKING for c in CASES if c.rule == rule for e in c.new)
    edits += next(c for c in CASES if c.rule == "security-scope-accepted").new
    new = apply(edits).replace("        - OAuth: [write]  #<\n", "        - OAuth: [write]\n        - ApiKey: []\n")
    old_dir, new_dir = write_pair(tmp_path, BASE, new)
    code, out, _ = mpgen("diff", old_dir, new_dir, "--format", "json", "--fail-on", "WARN")
    findings = json.loads(out)["findings"]
    assert code == 0
    assert sorted(f["id"] for f in findings) == sorted(NON_BREAKING + ACCEPTED)
    assert {f["level"] for f in findings} == {"INFO"}
    assert {f["id"] for f in findings if f["deprecation"]} == set(NON_BREAKING)
    code, out, _ = mpgen("diff", old_dir, new_dir, "--format", "github", "--fail-on", "WARN")
    assert code == 0 and len(out.splitlines()) == 5
    assert all(line.startswith("::notice ") for line in out.splitlines())
    _code, out, _ = mpgen("diff", old_dir, new_dir, "--format", "junit", "--fail-on", "WARN")
    assert ET.fromstring(out.encode("utf-8")).get("failures") == "0"
    _code, out, _ = mpgen("diff", old_dir, new_dir, "--format", "markdown", "--lang", "ja")
    rows = [line for line in out.splitlines() if line.startswith("| INFO")]
    assert len(rows) == 5
    assert sum(line.startswith("| INFO (非推奨) |") for line in rows) == 3
    assert "0 件、要注意 (WARN) 0 件、情報 (INFO) 5 件" in out
    _code, out, _ = mpgen("diff", old_dir, new_dir, "--lang", "en")
    assert "`Item.size` deprecated (sunset: 2027-03-31)" in out
    assert "query parameter `code` deprecated (sunset: 2027-03-31)" in out
    assert "`GET /items/{itemId}` now also accepts `ApiKey`" in out


def test_a_replaced_scope_is_still_breaking(mpgen: Run, tmp_path: Path) -> None:
    """An alternative counts as accepted only while every old one still works: swapping a scope is required."""
    new = apply((("      tags: [items]\n", "      tags: [items]\n      security:\n        - OAuth: [write]\n"),))
    old_dir, new_dir = write_pair(tmp_path, BASE, new)
    code, out, _ = mpgen("diff", old_dir, new_dir, "--format", "json")
    ids = {f["id"] for f in json.loads(out)["findings"]}
    assert code == 1
    assert "security-scope-added" in ids and not ids & set(ACCEPTED)
