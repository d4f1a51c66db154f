"""Golden record: generated output for our specs and the public corpus, diffed file by file.

`make regen` (MPGEN_REGEN=1) rewrites tests/golden/ from the current generator.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build.output import diff_trees, read_tree
from tests.conftest import CORPUS, ROOT, run_mpgen

GOLDEN = ROOT / "tests" / "golden"
REGEN = os.environ.get("MPGEN_REGEN") == "1"


def _cases() -> dict[str, tuple[list[Path], str]]:
    return {
        "mynaportal": (
            sorted(p for p in (ROOT / "specs").glob("*.yaml") if p.name != "catalog.yaml"),
            "mynaportal_client",
        ),
        "public-openapi": (sorted(CORPUS.glob("*.yaml")), "public_openapi_client"),
    }


def _generate(tmp: Path, specs: list[Path], package: str) -> dict[str, bytes]:
    result = run_mpgen("generate", *map(str, specs), "--out", str(tmp), "--package", package, "--pyproject", "--force")
    assert result.returncode == 0, result.stdout + result.stderr
    tree = read_tree(tmp)
    tree.pop(".mpgen-cache.json", None)  # absolute paths: machine-specific, not part of the record
    return tree


@pytest.fixture(scope="module", params=sorted(_cases()))
def generated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path, dict[str, bytes]]:
    name = request.param
    specs, package = _cases()[name]
    tmp = tmp_path_factory.mktemp(name)
    return name, tmp, _generate(tmp, specs, package)


def test_matches_golden_record(generated: tuple[str, Path, dict[str, bytes]]) -> None:
    name, _tmp, tree = generated
    target = GOLDEN / name
    if REGEN:
        shutil.rmtree(target, ignore_errors=True)
        for rel, data in tree.items():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(data)
    differences = diff_trees(tree, read_tree(target))
    assert not differences, f"{name}: generated output differs from tests/golden (run `make regen`):\n" + "\n".join(
        differences
    )


def test_generated_package_imports_and_passes_mypy_strict(generated: tuple[str, Path, dict[str, bytes]]) -> None:
    _name, tmp, tree = generated
    package = next(rel.split("/")[0] for rel in tree if rel.endswith("/py.typed"))
    imported = subprocess.run(
        [sys.executable, "-c", f"import {package}, sys; print(len({package}.__all__))"],
        cwd=tmp,
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    assert int(imported.stdout) > 10
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, package],
        cwd=tmp,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_generated_package_passes_ruff(generated: tuple[str, Path, dict[str, bytes]]) -> None:
    # E501/E741 aside: long literals and enum members like `I` come from the spec and cannot change.
    _name, tmp, tree = generated
    package = next(rel.split("/")[0] for rel in tree if rel.endswith("/py.typed"))
    ruff = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--isolated",
            "--select",
            "E,F,W,I,UP,B",
            "--ignore",
            "E501,E741",
            "--line-length",
            "120",
            package,
        ],
        cwd=tmp,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout
