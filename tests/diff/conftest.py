"""Helpers of the diff tests: document pairs on disk and the CLI run in-process."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from generator.cli import main

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def mpgen(capsys: pytest.CaptureFixture[str]) -> Run:
    """`mpgen ARGS` in this process: (exit code, stdout, stderr)."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def write_pair(tmp: Path, old: str | None, new: str | None, name: str = "api.yaml") -> tuple[Path, Path]:
    old_dir, new_dir = tmp / "old", tmp / "new"
    old_dir.mkdir(parents=True, exist_ok=True)
    new_dir.mkdir(parents=True, exist_ok=True)
    if old is not None:
        (old_dir / name).write_text(old, encoding="utf-8")
    if new is not None:
        (new_dir / name).write_text(new, encoding="utf-8")
    return old_dir, new_dir
