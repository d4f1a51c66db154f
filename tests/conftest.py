"""Shared fixtures: the project root and a way to run the CLI as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _find_corpus() -> Path:
    """The public sample documents of the steering repo's shared/ folder (beside the clone in CI)."""
    candidates = [Path(os.environ["MPGEN_PUBLIC_CORPUS"])] if "MPGEN_PUBLIC_CORPUS" in os.environ else []
    candidates += [ROOT.parent / "shared" / "corpus" / "public-openapi", Path("/work/shared/corpus/public-openapi")]
    for candidate in candidates:
        if any(candidate.glob("*.yaml")):
            return candidate
    raise RuntimeError(f"public OpenAPI corpus not found (set MPGEN_PUBLIC_CORPUS); looked in {candidates}")


CORPUS = _find_corpus()


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
