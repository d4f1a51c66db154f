"""No command deletes or overwrites a file or folder that mpgen did not write (issue #8, items 4-6 and 8).

Every run is a subprocess on a copy of some legal specs in `tmp_path`. Ownership is recorded per path in
`OUT/.mpgen-manifest.json`; a refusal is a located error (`path:1:1: error [output-not-ours] ...`), exit 1,
and nothing at all is written.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest

from tests.conftest import run_mpgen

LEGAL = Path(__file__).parent / "corpus" / "legal"
MANIFEST = ".mpgen-manifest.json"
CACHE = ".mpgen-cache.json"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (hidden ones too), by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def generate(root: Path, *args: str, specs: tuple[str, ...] = ("tabs.json",)) -> CompletedProcess[str]:
    return run_mpgen("generate", *(f"specs/{s}" for s in specs), "--out", "out", *args, cwd=root)


def refused(result: CompletedProcess[str], *paths: str) -> None:
    """Exit 1, one located error per path named, no traceback."""
    assert result.returncode == 1, result.stdout + result.stderr
    for path in paths:
        assert f"{path}:1:1: error [output-not-ours]" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@pytest.fixture
def root(tmp_path: Path) -> Path:
    shutil.copytree(LEGAL, tmp_path / "specs")
    return tmp_path


# --- item 4: bundle --out DIR --------------------------------------------------------------------------


def test_bundle_into_the_specs_folder_deletes_nothing(root: Path) -> None:
    before = tree(root / "specs")
    result = run_mpgen("bundle", "specs/tabs.json", "specs/composition.yaml", "--out", "specs", cwd=root)
    refused(result, "specs/tabs.json", "specs/composition.yaml")
    assert tree(root / "specs") == before


def test_bundle_writes_only_its_own_files_beside_the_users(root: Path) -> None:
    out = root / "published"
    out.mkdir()
    (out / "README.txt").write_text("mine\n", encoding="utf-8")
    (out / "shared").mkdir()
    (out / "shared" / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    result = run_mpgen("bundle", "specs/tabs.json", "specs/composition.yaml", "--out", "published", cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    written = tree(out)
    assert {"tabs.yaml", "tabs.json", "composition.yaml", "composition.json"} <= set(written)
    assert written["README.txt"] == b"mine\n" and written["shared/notes.yaml"] == b"a: 1\n"
    # A later bundle of fewer documents replaces its own earlier files and removes its stale ones only.
    result = run_mpgen("bundle", "specs/tabs.json", "--out", "published", cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    after = tree(out)
    assert "composition.yaml" not in after and "composition.json" not in after
    assert after["README.txt"] == b"mine\n" and after["shared/notes.yaml"] == b"a: 1\n"
    assert after["tabs.json"] == written["tabs.json"]


def test_bundle_refuses_to_replace_a_users_file_of_the_same_name(root: Path) -> None:
    out = root / "published"
    out.mkdir()
    (out / "tabs.yaml").write_text("my own notes\n", encoding="utf-8")
    result = run_mpgen("bundle", "specs/tabs.json", "--out", "published", cwd=root)
    refused(result, "published/tabs.yaml")
    assert tree(out) == {"tabs.yaml": b"my own notes\n"}


# --- item 5: generate and a cache of another package ----------------------------------------------------


@pytest.mark.parametrize("record", ["kept", "deleted"], ids=["with-record", "older-mpgen-without-record"])
def test_generate_never_replaces_a_hand_written_package_beside_another_packages_cache(root: Path, record: str) -> None:
    assert generate(root, "--package", "first_client").returncode == 0
    if record == "deleted":
        (root / "out" / MANIFEST).unlink()
    own = root / "out" / "mine"
    own.mkdir()
    (own / "__init__.py").write_text('"""my package"""\n', encoding="utf-8")
    (own / "core.py").write_text("VALUE = 1\n", encoding="utf-8")
    before = tree(root / "out")
    result = generate(root, "--package", "mine")
    refused(result, "out/mine/__init__.py", "out/mine/core.py")
    assert tree(root / "out") == before


def test_a_file_added_inside_the_generated_package_is_never_deleted(root: Path) -> None:
    assert generate(root, "--package", "pkg").returncode == 0
    added = root / "out" / "pkg" / "tabs" / "extra.py"
    added.write_text("EXTRA = 1\n", encoding="utf-8")
    (root / "out" / "pkg" / "notes").mkdir()
    before = tree(root / "out")
    result = generate(root, "--package", "pkg", "--force")
    refused(result, "out/pkg/tabs/extra.py", "out/pkg/notes")
    assert tree(root / "out") == before


def test_dropping_a_document_removes_only_its_recorded_files(root: Path) -> None:
    assert generate(root, "--package", "pkg", specs=("tabs.json", "composition.yaml")).returncode == 0
    (root / "out" / "pkg" / "tabs" / "__pycache__").mkdir()  # byte code made by an import: derived, removable
    (root / "out" / "pkg" / "tabs" / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"\0")
    result = generate(root, "--package", "pkg", specs=("composition.yaml",))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (root / "out" / "pkg" / "tabs").exists()


def test_the_record_lists_every_written_path_with_its_digest(root: Path) -> None:
    assert generate(root, "--package", "pkg", "--pyproject").returncode == 0
    record = json.loads((root / "out" / MANIFEST).read_text(encoding="utf-8"))
    written = {rel: data for rel, data in tree(root / "out").items() if not rel.startswith(".mpgen")}
    assert record["files"] == {rel: hashlib.sha256(data).hexdigest() for rel, data in written.items()}
    assert "pyproject.toml" in record["files"]
    assert {"pkg", "pkg/tabs"} <= set(record["folders"])


def test_output_of_an_older_mpgen_without_a_record_is_still_regenerated(root: Path) -> None:
    """Upgrading: the previous output has a cache but no ownership record; the cache's digests prove it ours."""
    assert generate(root, "--package", "pkg", "--pyproject").returncode == 0
    (root / "out" / MANIFEST).unlink()
    spec = root / "specs" / "tabs.json"
    spec.write_text(spec.read_text(encoding="utf-8").replace('"name": {', '"label": {', 1), encoding="utf-8")
    result = generate(root, "--package", "pkg", "--pyproject")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "label" in (root / "out" / "pkg" / "tabs" / "models.py").read_text(encoding="utf-8")
    assert (root / "out" / MANIFEST).is_file()


# --- item 6: --pyproject ------------------------------------------------------------------------------


def test_pyproject_flag_never_overwrites_a_hand_written_pyproject(root: Path) -> None:
    (root / "out").mkdir()
    (root / "out" / "pyproject.toml").write_text('[project]\nname = "mine"\n', encoding="utf-8")
    result = generate(root, "--package", "pkg", "--pyproject")
    refused(result, "out/pyproject.toml")
    assert tree(root / "out") == {"pyproject.toml": b'[project]\nname = "mine"\n'}, "nothing else was written"


def test_pyproject_written_by_mpgen_is_replaced(root: Path) -> None:
    assert generate(root, "--package", "pkg", "--pyproject").returncode == 0
    pyproject = root / "out" / "pyproject.toml"
    original = pyproject.read_bytes()
    pyproject.write_bytes(original + b"# edited\n")
    result = generate(root, "--package", "pkg", "--pyproject", "--force")
    assert result.returncode == 0, result.stdout + result.stderr
    assert pyproject.read_bytes() == original
    assert "edited after mpgen wrote it" in result.stderr


# --- item 8: a cache of the wrong shape is ignored -----------------------------------------------------


def _entry_breakers() -> dict[str, Any]:
    return {
        "inputs-list": ("inputs", []),
        "outputs-int": ("outputs", {"client/pkg/x.py": 5}),
        "outputs-escaping": ("outputs", {"client/pkg/../../../escape.txt": "0" * 64}),
        "facade-empty": ("facade", {}),
        "facade-bad-module": ("facade", {"slug": "t", "module": "x; import os", "class_name": "C", "title": "t"}),
        "op-ids-short": ("op_ids", [[1]]),
        "index-number-text": ("index", {"slug": "tabs", "number": "one"}),
        "models-key-int": ("models_key", 5),
        "classes-int": ("classes", 5),
        "hoisted-empty": ("hoisted", [[]]),
    }


WHOLE_SHAPES: dict[str, Any] = {
    "list": [],
    "text": "cache",
    "number": 5,
    "null": None,
    "documents-int": {"documents": 5},
    "documents-list": {"documents": []},
    "document-int": {"documents": {"x": 5}},
}


def _break_cache(cache: Path, shape: str) -> None:
    raw = json.loads(cache.read_text(encoding="utf-8"))
    if shape in WHOLE_SHAPES:
        bad = WHOLE_SHAPES[shape]
        if isinstance(bad, dict):  # with the right fingerprint, so the documents are actually read
            bad = {"fingerprint": raw["fingerprint"], **bad}
        cache.write_text(json.dumps(bad), encoding="utf-8")
        return
    field, value = _entry_breakers()[shape]
    for entry in raw["documents"].values():
        entry[field] = value
    cache.write_text(json.dumps(raw), encoding="utf-8")


@pytest.mark.parametrize("shape", [*WHOLE_SHAPES, *_entry_breakers()])
def test_a_cache_of_the_wrong_shape_is_ignored(root: Path, shape: str) -> None:
    assert generate(root, "--package", "pkg").returncode == 0
    good = tree(root / "out" / "pkg")
    _break_cache(root / "out" / CACHE, shape)
    result = generate(root, "--package", "pkg")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "internal error" not in result.stderr
    assert "generated 1 document(s), reused 0 unchanged" in result.stderr, result.stderr
    assert tree(root / "out" / "pkg") == good
    assert not (root / "escape.txt").exists()
    assert "up to date" in generate(root, "--package", "pkg").stderr, "the bad cache was replaced by a good one"
