"""Our own specs pass the house profile with neither errors nor warnings (issue: spec quality bar)."""

from __future__ import annotations

from tests.conftest import run_mpgen


def test_specs_validate_clean_under_the_house_profile() -> None:
    result = run_mpgen("validate", "--fail-on-warning")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "16 document(s) checked" in result.stderr
    assert "0 error(s), 0 warning(s)" in result.stderr
