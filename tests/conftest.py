"""Shared fixtures: the project root and a way to run the CLI as a user would."""

from __future__ import annotations

import contextlib
import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

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


def generate_package(work: Path, name: str, document: str, package: str) -> Path:
    """`mpgen generate` of one document written to work/NAME.yaml; the folder holding the package."""
    (work / f"{name}.yaml").write_text(document, encoding="utf-8")
    result = run_mpgen("generate", f"{name}.yaml", "--out", "out", "--package", package, cwd=work)
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "out"


@contextlib.contextmanager
def imported(folder: Path, package: str, module: str = "") -> Iterator[ModuleType]:
    """package (or package.module) imported from folder; afterwards gone from sys.path and sys.modules."""
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(f"{package}.{module}" if module else package)
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built portal: $MP_SITE_DIR, else build/site when it exists, else a fresh `mkdocs build` in a temp dir."""
    configured = os.environ.get("MP_SITE_DIR")
    if configured:
        return Path(configured)
    if (ROOT / "build" / "site" / "index.html").is_file():
        return ROOT / "build" / "site"
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(target)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return target


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests last: Playwright's sync API keeps an event loop running until the session ends,
    which would break every later test that calls asyncio.run()."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
