"""Shared fixtures: the project root and a way to run the CLI as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "public-openapi"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def run_mpgen(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`mpgen ARGS` in a subprocess, exactly as a CI job calls it."""
    merged = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, env=merged, capture_output=True, text=True, check=False
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests last: Playwright's sync API keeps an event loop running until the session ends,
    which would break every later test that calls asyncio.run()."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
