"""Frozen releases (`specs/releases/<slug>/<version>.yaml`, written by `mpgen release`) declare
`openapi` but are not API documents: walking the specs folder passes them by, so `validate` and
`build` neither take them as APIs nor hold them against the catalogue. Named explicitly they are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.documents.discovery import discover
from tests.conftest import run_mpgen

API = """openapi: 3.1.0
info: {title: Items, version: 1.0.0}
paths:
  /items:
    get:
      operationId: listItems
      responses:
        '200': {description: ok}
"""


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    files = {
        "specs/items.yaml": API,
        "specs/shared/schemas.yaml": "Item: {type: string}\n",
        "specs/releases/items/1.0.0.yaml": API,
        "specs/shared/releases/old.yaml": API,  # not directly under specs/: an ordinary folder
        "other/releases/items.yaml": API,  # another folder's releases/ is no concern of ours
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _names(paths: list[Path], base: Path) -> list[str]:
    return [p.relative_to(base).as_posix() for p in paths]


def test_walking_the_specs_folder_passes_its_releases_by(tree: Path) -> None:
    documents, fragments, problems = discover([tree / "specs"], tree / "specs")
    assert _names(documents, tree) == ["specs/items.yaml", "specs/shared/releases/old.yaml"]
    assert _names(fragments, tree) == ["specs/shared/schemas.yaml"]
    assert problems == []


def test_walking_a_folder_above_the_specs_folder_passes_them_by_too(tree: Path) -> None:
    documents, _fragments, _problems = discover([tree], tree / "specs")
    assert _names(documents, tree) == [
        "other/releases/items.yaml",
        "specs/items.yaml",
        "specs/shared/releases/old.yaml",
    ]


@pytest.mark.parametrize("named", ["specs/releases", "specs/releases/items", "specs/releases/items/1.0.0.yaml"])
def test_releases_named_explicitly_are_read(tree: Path, named: str) -> None:
    documents, _fragments, problems = discover([tree / named], tree / "specs")
    assert _names(documents, tree) == ["specs/releases/items/1.0.0.yaml"]
    assert problems == []


def test_without_a_specs_folder_nothing_is_passed_by(tree: Path) -> None:
    documents, _fragments, _problems = discover([tree / "specs"])
    assert "specs/releases/items/1.0.0.yaml" in _names(documents, tree)


def test_validate_and_build_ignore_a_release(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mpgen]\nspecs = "specs"\ncatalog = "specs/catalog.yaml"\n', encoding="utf-8"
    )
    (tmp_path / "specs" / "catalog.yaml").write_text(
        "apis:\n  - number: 1\n    slug: items\n    name: 項目API\n    file: items.yaml\n", encoding="utf-8"
    )
    (tmp_path / "specs" / "items.yaml").write_text(API, encoding="utf-8")
    released = run_mpgen("release", "items", cwd=tmp_path)
    assert released.returncode == 0, released.stderr
    assert (tmp_path / "specs" / "releases" / "items" / "1.0.0.yaml").is_file()

    checked = run_mpgen("validate", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "1 document(s) checked" in checked.stderr
    built = run_mpgen("build", cwd=tmp_path)
    assert built.returncode == 0, built.stdout + built.stderr
    assert sorted(p.name for p in (tmp_path / "build" / "specs").glob("*.yaml")) == ["items.yaml"]

    explicit = run_mpgen("validate", "specs/releases/items/1.0.0.yaml", cwd=tmp_path)
    assert explicit.returncode == 0, explicit.stdout + explicit.stderr
    assert "1 document(s) checked" in explicit.stderr
