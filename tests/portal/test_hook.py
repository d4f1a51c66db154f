"""The MkDocs hook end to end: a real build of mkdocs.yml with a stand-in project behind generator.build.project."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

import generator.build.project
import generator.portal
from generator.diagnostics import Location, error
from generator.portal.site import ProjectLike
from tests.portal.markup import inventory

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


HOSTILE_NAME = "見本<img src=x onerror=alert(1)></title><script>alert(2)</script>&amp;\x7f"


def _hostile_project(project: Any) -> Any:
    entry = project.catalog[0]
    project.catalog[0] = replace(entry, name=HOSTILE_NAME, summary=HOSTILE_NAME + " の概要")
    return project


def test_catalogue_names_reach_titles_nav_and_meta_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, project: Any
) -> None:
    site = tmp_path / "site"
    _build(site, monkeypatch, _hostile_project(project))
    for page in (site / "apis" / "sample" / "index.html", site / "apis" / "index.html", site / "index.html"):
        text = page.read_text(encoding="utf-8")
        found = inventory(text)
        assert [a for a in found.attrs if a[1].startswith("on") or a == ("img", "src", "x")] == [], page
        assert "alert(2)</script>" not in text, page
        head = text.split("</head>", 1)[0]
        assert head.count("<title>") == 1 and head.count("</title>") == 1, head
    page = (site / "apis" / "sample" / "index.html").read_text(encoding="utf-8")
    shown = "見本&lt;img src=x onerror=alert(1)&gt;&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;&amp;amp;"
    assert f"<title>{shown}" in page  # the name as written, once escaped
    assert f'<meta name="description" content="{shown}' in page
    assert page.count(shown) >= 3  # title, header topic, nav entry


def test_generated_pages_pass_the_sanitiser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, project: Any) -> None:
    """Even markup that got past escaping (here: planted in a rendered page) leaves no script vector."""
    real = generator.portal.render_pages

    def planted(*args: Any, **kwargs: Any) -> dict[str, str]:
        pages = dict(real(*args, **kwargs))
        pages["apis/sample/index.md"] += '\n<p onclick="alert(1)"><a href="javascript:alert(1)">x</a></p>\n'
        return pages

    # MkDocs loads the hook by path, once per process: patch that module if loaded, and what it imports if not.
    monkeypatch.setattr(generator.portal, "render_pages", planted)
    hook = str(ROOT / "generator" / "mkdocs_hook.py")
    for module in [m for m in sys.modules.values() if getattr(m, "__file__", None) == hook]:
        monkeypatch.setattr(module, "render_pages", planted)
    site = tmp_path / "site"
    _build(site, monkeypatch, project)
    text = (site / "apis" / "sample" / "index.html").read_text(encoding="utf-8")
    assert 'onclick="alert(1)"' not in text and 'href="javascript:alert(1)"' not in text
    assert "<a>x</a>" in text, text[text.index("md-content__inner") :][:3000]
