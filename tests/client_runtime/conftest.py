"""Fixtures for the client runtime tests: a `mynaportal_client` generated now from specs/ (so the tests see the
current runtime and templates, not a stale build/), and helpers to find its methods by operationId."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "mynaportal_client"


def committed_specs(into: Path) -> Path:
    """specs/ as committed (others edit the working tree while these tests run); the working tree outside git."""
    into.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", "HEAD", "specs"], cwd=ROOT, capture_output=True, check=False)
    if archive.returncode != 0:
        return ROOT / "specs"
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "specs"


def generate(out: Path) -> Path:
    folder = committed_specs(out.parent / (out.name + "-specs"))
    specs = sorted(str(p) for p in folder.glob("*.yaml") if p.name != "catalog.yaml")
    argv = [sys.executable, "-m", "generator", "generate", *specs, "--out", str(out), "--package", PACKAGE]
    result = subprocess.run(
        [*argv, "--facade", "MynaPortalClient", "--pyproject"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="session")
def client_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding the freshly generated package (put it on PYTHONPATH for subprocesses)."""
    return generate(tmp_path_factory.mktemp("generated"))


@pytest.fixture(scope="session")
def pkg(client_dir: Path) -> types.ModuleType:
    path = str(client_dir)
    sys.path.insert(0, path)
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
        del sys.modules[name]
    importlib.invalidate_caches()
    module = importlib.import_module(PACKAGE)
    assert str(module.__file__).startswith(path)
    return module


def operation(client: Any, operation_id: str) -> Callable[..., Any]:
    """The bound method of `client` generated for operationId (found by its docstring, whatever its name)."""
    marker = f"(operationId: `{operation_id}`)"
    for name in dir(type(client)):
        member = getattr(type(client), name, None)
        if callable(member) and not name.startswith("_") and marker in (member.__doc__ or ""):
            method: Callable[..., Any] = getattr(client, name)
            return method
    raise AssertionError(f"{type(client).__name__} has no method for {operation_id}")


def api_class(pkg: types.ModuleType, module: str, name: str) -> type[Any]:
    cls: type[Any] = getattr(importlib.import_module(f"{pkg.__name__}.{module}.client"), name)
    return cls


def api_models(pkg: types.ModuleType, module: str) -> types.ModuleType:
    return importlib.import_module(f"{pkg.__name__}.{module}.models")
