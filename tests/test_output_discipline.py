"""What `mpgen generate` writes: the same bytes every time, all or nothing, only what changed.

Every run is a subprocess, as a user or CI job runs it. The specs are copied into `tmp_path` so
the tests can edit them.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.conftest import run_mpgen
from tests.test_legal_corpus import DOCUMENTS

LEGAL = Path(__file__).parent / "corpus" / "legal"
ALL_LEGAL = sorted(DOCUMENTS)
# Three documents for the incremental tests: one of them built from shared fragments.
SPECS = ("composition.yaml", "tabs.json", "nonstandard_refs.yaml")
PACKAGE = "disc_client"
LEFTOVER = re.compile(r"^\.(mpgen\.tmp-.*|.*\.old-\d+)$|\.tmp$")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (hidden ones too), by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if LEFTOVER.search(p.name)]


class Project:
    """A copy of some legal specs and the output folder generated from them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.specs = root / "specs"
        self.out = root / "out"

    def generate(self, *extra: str, specs: tuple[str, ...] = SPECS) -> CompletedProcess[str]:
        args = [*(f"specs/{s}" for s in specs), "--out", "out", "--package", PACKAGE, *extra]
        return run_mpgen("generate", *args, cwd=self.root)

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.specs / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def package_files(self, module: str) -> dict[str, bytes]:
        return {k: v for k, v in tree(self.out).items() if k.startswith(f"{PACKAGE}/{module}/")}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    shutil.copytree(LEGAL, tmp_path / "specs")
    made = Project(tmp_path)
    result = made.generate()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated 3 document(s), reused 0 unchanged" in result.stderr
    return made


# --- determinism -----------------------------------------------------------------------------------


def test_same_input_same_bytes_under_different_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out-{seed}"
        result = run_mpgen(
            "generate", *ALL_LEGAL, "--out", str(out), "--package", "same", cwd=LEGAL, env={"PYTHONHASHSEED": seed}
        )
        assert result.returncode == 0, result.stdout + result.stderr
        outputs.append(tree(out))
    first, second = outputs
    assert ".mpgen-cache.json" in first
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


# --- incremental -----------------------------------------------------------------------------------


def test_second_run_is_up_to_date_and_rewrites_nothing(project: Project) -> None:
    before, stamps = tree(project.out), mtimes(project.out)
    result = project.generate()
    assert result.returncode == 0
    assert "up to date" in result.stderr
    assert tree(project.out) == before
    assert mtimes(project.out) == stamps


def test_touching_a_spec_without_changing_it_is_up_to_date(project: Project) -> None:
    spec = project.specs / "tabs.json"
    later = spec.stat().st_mtime_ns + 10**10
    os.utime(spec, ns=(later, later))
    result = project.generate()
    assert "up to date" in result.stderr


def test_editing_one_spec_regenerates_only_that_one(project: Project) -> None:
    others = {m: project.package_files(m) for m in ("composition", "nonstandard_refs")}
    project.edit(
        "tabs.json", '"name": {', '"price": {\n\t\t\t\t\t\t"type": "integer"\n\t\t\t\t\t},\n\t\t\t\t\t"name": {'
    )
    result = project.generate()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated 1 document(s), reused 2 unchanged" in result.stderr
    assert "price" in (project.out / PACKAGE / "tabs" / "models.py").read_text(encoding="utf-8")
    assert {m: project.package_files(m) for m in others} == others


def test_editing_a_shared_fragment_regenerates_the_document_that_uses_it(project: Project) -> None:
    project.edit("shared/order.yaml", "  total:", "  note: {type: string}\n  total:")
    result = project.generate()
    assert "generated 1 document(s), reused 2 unchanged" in result.stderr, result.stderr
    assert "note" in (project.out / PACKAGE / "nonstandard_refs" / "models.py").read_text(encoding="utf-8")


def test_a_hand_edited_output_file_is_regenerated(project: Project) -> None:
    models = project.out / PACKAGE / "composition" / "models.py"
    original = models.read_bytes()
    models.write_bytes(original + b"\n# edited by hand\n")
    result = project.generate()
    assert "generated 1 document(s), reused 2 unchanged" in result.stderr, result.stderr
    assert models.read_bytes() == original


def test_a_document_left_out_disappears_from_the_package(project: Project) -> None:
    result = project.generate(specs=("composition.yaml", "nonstandard_refs.yaml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated 0 document(s), reused 2 unchanged" in result.stderr
    assert not (project.out / PACKAGE / "tabs").exists()
    assert "tabs" not in (project.out / PACKAGE / "__init__.py").read_text(encoding="utf-8")


# --- --check ----------------------------------------------------------------------------------------


def test_check_passes_when_up_to_date(project: Project) -> None:
    before, stamps = tree(project.out), mtimes(project.out)
    result = project.generate("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stderr
    assert (tree(project.out), mtimes(project.out)) == (before, stamps)
    assert leftovers(project.root) == []


def test_check_after_a_change_lists_files_and_writes_nothing(project: Project) -> None:
    before = tree(project.out)
    project.edit("composition.yaml", "barks: {type: boolean}", "barks: {type: boolean}\n        age: {type: integer}")
    result = project.generate("--check")
    assert result.returncode == 1
    assert re.search(r"^changed\s+.*composition/models\.py$", result.stdout, re.MULTILINE), result.stdout
    assert "tabs" not in result.stdout
    assert tree(project.out) == before
    assert leftovers(project.root) == []
    # --check did not record anything: a real run still sees the change.
    assert "generated 1 document(s)" in project.generate().stderr


def test_check_into_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    result = run_mpgen("generate", "tabs.json", "--out", str(tmp_path / "new"), "--package", "p", "--check", cwd=LEGAL)
    assert result.returncode == 1
    assert not (tmp_path / "new").exists()


# --- atomicity -------------------------------------------------------------------------------------


def test_a_broken_spec_leaves_the_previous_output_untouched(project: Project) -> None:
    before = tree(project.out)
    spec = project.specs / "composition.yaml"
    good = spec.read_bytes()
    # A structural error: content findings such as an invalid default are warnings outside the house profile.
    project.edit("composition.yaml", "lives: {type: integer, enum: [1, 3, 9]}", "lives: {type: integer, minimum: x}")
    result = project.generate()
    assert result.returncode == 1
    assert "[oas-schema]" in result.stdout
    assert "nothing was written" in result.stderr
    assert tree(project.out) == before
    assert leftovers(project.root) == []
    spec.write_bytes(good)
    assert "up to date" in project.generate().stderr, "the failed run must not have touched the cache"


def test_a_failure_after_staging_leaves_the_previous_output_untouched(project: Project) -> None:
    """Two documents mapping to one module are only noticed while the package is assembled."""
    before = tree(project.out)
    shutil.copy(project.specs / "bom.yaml", project.specs / "note-api.yaml")
    shutil.copy(project.specs / "bom.yaml", project.specs / "note_api.yaml")
    project.edit("note_api.yaml", "operationId: listNotes", "operationId: listOtherNotes")
    result = project.generate(specs=(*SPECS, "note-api.yaml", "note_api.yaml"))
    assert result.returncode == 1
    assert "[module-clash]" in result.stdout
    assert tree(project.out) == before
    assert leftovers(project.root) == []
