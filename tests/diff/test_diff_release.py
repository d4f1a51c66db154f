"""`mpgen release SLUG`: frozen bundles under specs/releases/, never changed, never breaking silently."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import Run
from diff_cases import BASE, CASES, apply

ERR_EDIT = next(c for c in CASES if c.rule == "request-type-changed").new
INFO_EDIT = next(c for c in CASES if c.rule == "response-property-added").new


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "specs").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mpgen]\nspecs = "specs"\ncatalog = "specs/catalog.yaml"\n', encoding="utf-8"
    )
    (tmp_path / "specs" / "catalog.yaml").write_text(
        "apis:\n  - number: 1\n    slug: items\n    name: 項目API\n    file: items.yaml\n", encoding="utf-8"
    )
    (tmp_path / "specs" / "items.yaml").write_text(BASE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _write(project: Path, text: str, version: str) -> None:
    (project / "specs" / "items.yaml").write_text(text.replace("version: 1.0.0", f"version: {version}"), "utf-8")


def test_release_writes_the_bundle_once(mpgen: Run, project: Path) -> None:
    code, _out, err = mpgen("release", "items")
    target = project / "specs" / "releases" / "items" / "1.0.0.yaml"
    assert code == 0 and "released items 1.0.0" in err
    frozen = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert frozen["info"]["version"] == "1.0.0" and "/items/{itemId}" in frozen["paths"]
    assert sorted(p.name for p in (project / "specs" / "releases" / "items").iterdir()) == ["1.0.0.yaml"]
    code, _out, err = mpgen("release", "items")
    assert code == 0 and "already released" in err


def test_same_version_with_other_content_is_refused(mpgen: Run, project: Path) -> None:
    assert mpgen("release", "items")[0] == 0
    target = project / "specs" / "releases" / "items" / "1.0.0.yaml"
    before = target.read_bytes()
    _write(project, apply(INFO_EDIT), "1.0.0")
    code, _out, err = mpgen("release", "items")
    assert code == 1 and "exists with other content" in err and target.read_bytes() == before


def test_breaking_change_needs_a_major_version(mpgen: Run, project: Path) -> None:
    assert mpgen("release", "items")[0] == 0
    _write(project, apply(ERR_EDIT), "1.1.0")
    code, _out, err = mpgen("release", "items", "--lang", "en")
    assert code == 1 and "[request-type-changed]" in err and "refused" in err
    assert not (project / "specs" / "releases" / "items" / "1.1.0.yaml").exists()
    _write(project, apply(ERR_EDIT), "2.0.0")
    assert mpgen("release", "items")[0] == 0
    assert (project / "specs" / "releases" / "items" / "2.0.0.yaml").is_file()


def test_non_breaking_change_with_a_minor_version(mpgen: Run, project: Path) -> None:
    assert mpgen("release", "items")[0] == 0
    _write(project, apply(INFO_EDIT), "1.1.0")
    assert mpgen("release", "items")[0] == 0


def test_unknown_slug_and_bad_version_are_refused(mpgen: Run, project: Path) -> None:
    code, _out, err = mpgen("release", "nothing")
    assert code == 2 and "not in the catalogue" in err
    _write(project, BASE, "../../evil")
    code, _out, err = mpgen("release", "items")
    assert code == 1 and "cannot name a release file" in err
    assert not (project / "specs" / "releases").exists()


def test_an_invalid_document_is_not_released(mpgen: Run, project: Path) -> None:
    _write(project, BASE.replace("          description: Saved\n", "          summary: saved\n"), "1.0.0")
    code, _out, err = mpgen("release", "items")
    assert code == 1 and "does not validate" in err and "items.yaml:" in err
    assert not (project / "specs" / "releases").exists()
