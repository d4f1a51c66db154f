"""`mpgen build` and `mpgen check` on a copy of the project: bundles, index, drift detection."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, run_mpgen


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "specs", copy / "specs")
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    result = run_mpgen("build", cwd=copy)
    assert result.returncode == 0, result.stdout + result.stderr
    return copy


def test_build_writes_self_contained_bundles_and_index(project: Path) -> None:
    index = json.loads((project / "build/specs/index.json").read_text(encoding="utf-8"))
    catalog = yaml.safe_load((project / "specs/catalog.yaml").read_text(encoding="utf-8"))
    assert [a["slug"] for a in index["apis"]] == [a["slug"] for a in sorted(catalog["apis"], key=lambda a: a["number"])]
    for api in index["apis"]:
        for ext in ("yaml", "json"):
            data = (project / "build/specs" / f"{api['slug']}.{ext}").read_bytes()
            assert api["files"][ext]["sha256"] == hashlib.sha256(data).hexdigest()
            assert api["files"][ext]["size"] == len(data)
        text = (project / "build/specs" / f"{api['slug']}.json").read_text(encoding="utf-8")
        refs = [r for r in _refs(json.loads(text))]
        assert refs and all(r.startswith("#/") for r in refs), "bundles must only hold local references"
        assert api["operations"] >= 3


def _refs(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_yaml_and_json_bundles_hold_the_same_document(project: Path) -> None:
    for path in sorted((project / "build/specs").glob("*.yaml")):
        as_yaml = yaml.safe_load(path.read_text(encoding="utf-8"))
        as_json = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert json.loads(json.dumps(as_yaml, default=str)) == as_json, path.name


def test_second_build_is_a_no_op(project: Path) -> None:
    result = run_mpgen("build", cwd=project)
    assert result.returncode == 0
    assert "up to date" in result.stderr


def test_check_passes_then_names_drifted_files(project: Path) -> None:
    assert run_mpgen("check", cwd=project).returncode == 0
    spec = project / "specs/notices.yaml"
    original = spec.read_text(encoding="utf-8")
    spec.write_text(original.replace("お知らせ", "おしらせ", 1), encoding="utf-8")
    try:
        drift = run_mpgen("check", cwd=project)
        assert drift.returncode == 1
        assert "build/specs/notices.yaml" in drift.stdout
        assert "build/specs/index.json" in drift.stdout
    finally:
        spec.write_text(original, encoding="utf-8")
    assert run_mpgen("check", cwd=project).returncode == 0


def test_broken_spec_leaves_build_untouched(project: Path) -> None:
    before = {p: p.read_bytes() for p in (project / "build").rglob("*") if p.is_file()}
    spec = project / "specs/sso.yaml"
    original = spec.read_text(encoding="utf-8")
    spec.write_text(original + "\npaths: duplicate\n", encoding="utf-8")
    try:
        result = run_mpgen("build", cwd=project)
        assert result.returncode == 1
        assert "[duplicate-key]" in result.stdout and "Traceback" not in result.stderr
    finally:
        spec.write_text(original, encoding="utf-8")
    after = {p: p.read_bytes() for p in (project / "build").rglob("*") if p.is_file()}
    assert after == before
    assert not list((project / "build").glob(".mpgen.tmp-*"))


def test_incremental_build_equals_a_full_generation(project: Path) -> None:
    spec = project / "specs/pmh.yaml"
    original = spec.read_text(encoding="utf-8")
    spec.write_text(original.replace("受給者証", "受給者証明", 1), encoding="utf-8")
    try:
        incremental = run_mpgen("build", cwd=project)
        assert "generated 1 document(s)" in incremental.stderr, incremental.stderr
        check = run_mpgen("check", cwd=project)  # check regenerates everything from scratch
        assert check.returncode == 0, check.stdout
    finally:
        spec.write_text(original, encoding="utf-8")
        run_mpgen("build", cwd=project)
