"""Every rule fires on its minimal document pair, with its level, at the marked source line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import write_pair
from diff_cases import BASE, CASES, MARK, TODAY, Case, apply

from generator.diff.finding import Finding
from generator.diff.rules import RULES
from generator.diff.session import Roots, diff_pairs
from generator.diff.sources import pair_inputs


def run_diff(tmp_path: Path, old: str | None, new: str | None) -> list[Finding]:
    old_dir, new_dir = write_pair(tmp_path, old, new)
    pairs = pair_inputs(old_dir, new_dir)
    return diff_pairs(pairs, Roots(old_dir.resolve(), new_dir.resolve()), date.fromisoformat(TODAY), []).findings


def _marked_line(text: str) -> int | None:
    lines = [i for i, line in enumerate(text.splitlines(), 1) if line.rstrip().endswith(MARK)]
    assert len(lines) <= 1, "one marker per side"
    return lines[0] if lines else None


def test_every_rule_has_a_case() -> None:
    assert [c.rule for c in CASES if c.rule not in RULES] == []
    assert sorted(set(RULES) - {c.rule for c in CASES}) == []
    assert len({c.rule for c in CASES}) == len(CASES)
    assert len(RULES) >= 40


def test_identical_documents_have_no_findings(tmp_path: Path) -> None:
    assert run_diff(tmp_path, BASE, BASE) == []


@pytest.mark.parametrize("case", CASES, ids=[c.rule for c in CASES])
def test_rule_fires_at_marked_line(tmp_path: Path, case: Case) -> None:
    old = None if case.old_missing else apply(case.old)
    new = None if case.new_missing else apply(case.new)
    findings = run_diff(tmp_path, old, new)
    mine = [f for f in findings if f.rule == case.rule]
    assert mine, f"{case.rule} did not fire; found {[f.rule for f in findings]}"
    assert {f.level.value for f in mine} == {case.level}
    old_line = _marked_line(old) if old is not None else None
    new_line = _marked_line(new) if new is not None else None
    assert (old_line is None) != (new_line is None) or case.old_missing or case.new_missing
    side, line = ("old", old_line) if old_line is not None else ("new", new_line)
    if case.new_missing or case.old_missing:
        side, line = ("old", 1) if case.new_missing else ("new", 1)
    wanted = f"{side}/api.yaml"
    where = [(f.location.path, f.location.line) for f in mine]
    assert any(path.endswith(wanted) and at == line for path, at in where), f"expected {wanted}:{line}, got {where}"
    for f in mine:
        assert f.message("en") and f.message("ja") and f.message("en") != f.message("ja")
