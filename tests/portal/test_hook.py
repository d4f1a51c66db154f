"""The MkDocs hook end to end: a real build of mkdocs.yml with a stand-in project behind generator.build.project."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

import generator.build.project
from generator.diagnostics import Location, error
from generator.portal.site import ProjectLike

ROOT = Path(__file__).resolve().parents[2]


def _build(site: Path, monkeypatch: pytest.MonkeyPatch, project: Any) -> None:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setattr(generator.build.project, "load_project", lambda root: project)
    extra = {
        "intake_url": "https://intake.example.invalid/form",
        "developer_site_url": "https://developer.digital.go.jp/",
        "client_package": "client_not_generated_in_this_test",
    }
    build(load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(site), extra=extra))


def test_build_publishes_pages_downloads_and_a_sharded_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, project: ProjectLike
) -> None:
    site = tmp_path / "site"
    _build(site, monkeypatch, project)
    page = (site / "apis" / "sample" / "index.html").read_text(encoding="utf-8")
    assert "見本取得API" in page
    assert 'href="https://intake.example.invalid/form"' in page  # header button from extra.intake_url
    assert "customfield_api=sample" in page
    assert (site / "apis" / "later" / "index.html").is_file()
    bundle = project.bundles["sample"]
    assert (site / "downloads" / "sample.yaml").read_bytes() == bundle.yaml_text.encode("utf-8")
    assert (site / "downloads" / "sample.json").read_bytes() == bundle.json_text.encode("utf-8")
    index = json.loads((site / "downloads" / "index.json").read_text(encoding="utf-8"))
    assert [a["slug"] for a in index["apis"]] == ["sample"]
    assert (site / "downloads" / "mynaportal-specs.zip").is_file()
    config = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    shards = site / config["mp"]["dir"]
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((shards / "text").glob("*.json")))
    assert "見本取得" in text and "\\u" not in text and "<p>" not in text  # plain UTF-8 text
    assert json.loads((shards / "meta.json").read_text(encoding="utf-8"))["docs"] > 1
    catalogue = (site / "apis" / "index.html").read_text(encoding="utf-8")
    assert 'href="sample/"' in catalogue
    assert "sample/" in page  # the nav lists the API pages


def test_spec_errors_stop_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, project: Any, caplog: pytest.LogCaptureFixture
) -> None:
    project.diagnostics = [
        error(Location("specs/sample.yaml", 12, 3), "oas-schema", "'openapi' is a required property")
    ]
    with pytest.raises(Abort):  # MkDocs turns the hook's PluginError into an abort after logging it
        _build(tmp_path / "site", monkeypatch, project)
    assert "specs/sample.yaml:12:3: error [oas-schema]" in caplog.text
