"""The ignore file: accepted changes leave the report (and the exit code); every entry needs a reason."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import Run, write_pair
from diff_cases import BASE, CASES, apply

TYPE_CHANGE = next(c for c in CASES if c.rule == "request-type-changed").new  # ERR at new/api.yaml:43
SIZE_TYPE = next(c for c in CASES if c.rule == "response-type-changed").new  # ERR in Item (GET only)


def _ids(out: str) -> list[str]:
    return [f["id"] for f in json.loads(out)["findings"]]


def test_yaml_entry_by_operation_ignores_and_reports_the_reason(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, apply(TYPE_CHANGE))
    ignore = tmp_path / "accepted.yaml"
    ignore.write_text(
        "ignore:\n"
        "  - rule: request-type-changed\n"
        "    operation: get /items/{id}\n"  # path parameter names do not matter
        "    reason: X-Trace was never read by the server\n",
        encoding="utf-8",
    )
    code, out, err = mpgen("diff", old, new, "--ignore", ignore, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["findings"] == []  # an accepted break needs no major version either
    assert [i["id"] for i in data["ignored"]] == ["request-type-changed"]
    assert data["ignored"][0]["reason"] == "X-Trace was never read by the server"
    assert "matched nothing" not in err


def test_without_the_ignore_file_the_same_pair_fails(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, apply(TYPE_CHANGE))
    code, out, _ = mpgen("diff", old, new, "--format", "json")
    assert code == 1 and "request-type-changed" in _ids(out)


def test_text_entry_by_location(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, apply(TYPE_CHANGE))
    ignore = tmp_path / "accepted.txt"
    ignore.write_text(
        "# accepted breaking changes\n\nrequest-type-changed new/api.yaml:43 # header is informative only\n",
        encoding="utf-8",
    )
    code, out, _ = mpgen("diff", old, new, "--ignore", ignore, "--format", "json")
    assert _ids(out) == [] and code == 0


def test_wrong_line_does_not_ignore_and_is_reported_unused(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, apply(TYPE_CHANGE))
    ignore = tmp_path / "accepted.txt"
    ignore.write_text("request-type-changed new/api.yaml:44 # wrong line\n", encoding="utf-8")
    code, out, err = mpgen("diff", old, new, "--ignore", ignore, "--format", "json")
    assert code == 1 and "request-type-changed" in _ids(out)
    assert re.search(r"accepted\.txt:1:1: note: ignore entry for request-type-changed matched nothing", err)


def test_entry_without_reason_is_a_usage_error(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, apply(TYPE_CHANGE))
    ignore = tmp_path / "accepted.yaml"
    ignore.write_text(
        "ignore:\n  - rule: request-type-changed\n    operation: GET /items/{itemId}\n",
        encoding="utf-8",
    )
    code, out, err = mpgen("diff", old, new, "--ignore", ignore)
    assert code == 2 and out == ""
    assert re.search(r"accepted\.yaml:2:\d+: error \[ignore-file\] .*no reason", err), err


def test_text_entry_without_reason_is_a_usage_error(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, BASE)
    ignore = tmp_path / "accepted.txt"
    ignore.write_text("\nrequest-type-changed GET /items/{itemId}\n", encoding="utf-8")
    code, _out, err = mpgen("diff", old, new, "--ignore", ignore)
    assert code == 2 and re.search(r"accepted\.txt:2:1: error \[ignore-file\]", err), err


def test_unknown_rule_and_missing_target_are_usage_errors(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, BASE)
    ignore = tmp_path / "accepted.txt"
    ignore.write_text("no-such-rule GET /x # why\nschema-removed # reason but no target\n", encoding="utf-8")
    code, _out, err = mpgen("diff", old, new, "--ignore", ignore)
    assert code == 2
    assert "accepted.txt:1:1" in err and "unknown rule id 'no-such-rule'" in err
    assert "accepted.txt:2:1" in err and "neither an operation nor a location" in err


def test_unreadable_ignore_file_is_a_usage_error(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, BASE)
    code, _out, err = mpgen("diff", old, new, "--ignore", tmp_path / "missing.yaml")
    assert code == 2 and "missing.yaml" in err and "Traceback" not in err


def test_operation_entry_takes_one_operation_off_a_shared_finding(mpgen: Run, tmp_path: Path) -> None:
    """Item is returned by GET and (after this edit) PUT: accepting the change for GET keeps it for PUT."""
    saved = "        '204':\n          description: Saved\n"
    returns_item = (
        "        '200':\n          description: Saved\n          content:\n            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Item'}\n"
    )
    new_text = apply(SIZE_TYPE).replace(saved, returns_item)
    old_text = BASE.replace(saved, returns_item)
    old, new = write_pair(tmp_path, old_text, new_text)
    ignore = tmp_path / "accepted.txt"
    ignore.write_text("response-type-changed GET /items/{itemId} # GET clients were told\n", encoding="utf-8")
    _code, out, _ = mpgen("diff", old, new, "--ignore", ignore, "--format", "json")
    found = [f for f in json.loads(out)["findings"] if f["id"] == "response-type-changed"]
    assert [f["operations"] for f in found] == [["PUT /items/{itemId}"]]
    ignore.write_text(
        "response-type-changed GET /items/{itemId} # told\nresponse-type-changed PUT /items/{x} # told\n",
        encoding="utf-8",
    )
    _code, out, _ = mpgen("diff", old, new, "--ignore", ignore, "--format", "json")
    assert "response-type-changed" not in _ids(out)
