"""`mpgen diff` on a real public API's history: three releases of the Redocly Museum API, with the
expected findings kept as golden files that were reviewed by hand (see the corpus README)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HISTORY = Path(__file__).resolve().parents[1] / "corpus" / "history" / "museum"
PAIRS = [("1.1.0", "1.1.1"), ("1.1.1", "1.2.0")]


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_real_release_pair_matches_reviewed_findings(old: str, new: str) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "generator", "diff", f"{old}.yaml", f"{new}.yaml", "--lang", "en"],
        cwd=HISTORY,
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
        check=False,
    )
    assert run.returncode == 1, run.stderr  # both pairs carry breaking changes
    golden = HISTORY / f"expected-{old}-to-{new}.txt"
    if os.environ.get("MPGEN_REGEN"):
        golden.write_text(run.stdout, encoding="utf-8")
    assert run.stdout == golden.read_text(encoding="utf-8")


def test_the_breaking_status_change_is_found_in_the_patch_release() -> None:
    """The finding that matters most, stated on its own so a golden rewrite cannot hide its loss."""
    text = (HISTORY / "expected-1.1.0-to-1.1.1.txt").read_text(encoding="utf-8")
    assert "1.1.0.yaml:58:9: ERR [response-success-status-removed]" in text
    assert "[major-version-not-bumped]" in text
