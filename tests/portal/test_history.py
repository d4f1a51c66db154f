"""変更履歴: history pages (badges, operation links, escaping), release downloads, index.json versions, Atom feeds,
deprecation marks on API pages; on the stand-in project and on the real specs/releases/."""

from __future__ import annotations

import copy
import hashlib
import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import markdown
import pytest
import yaml

import generator.mkdocs_hook as hook
from generator.apimodel.describe import describe_api
from generator.portal import SiteConfig, build_downloads, render_pages
from generator.portal.feeds import ATOM, build_feeds, feed_links
from generator.portal.history import HISTORY_PAGE, Change, Release, changes_page_path, deprecations
from generator.portal.site import ProjectLike
from tests.portal.conftest import FIXTURES, StandInProject

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "<script>alert('x')</script> & ]]> \"q\""
NS = {"a": ATOM}


def _history() -> dict[str, list[Release]]:
    old = Release("sample", "1.0.0", "2026-01-15", "openapi: 3.1.0\nold: 1\n", '{"old": 1}\n')
    new = Release(
        "sample",
        "2.0.0",
        "2026-03-01",
        "openapi: 3.1.0\nnew: 2\n",
        '{"new": 2}\n',
        previous="1.0.0",
        changes=(
            Change("INFO", "operation-added", "操作 `GET /later` が追加されました", ("GET /gone/{id}",)),
            Change("ERR", "security-scope-added", f"スコープが必要になりました {HOSTILE}", ("GET /results/{pid}",)),
            Change("WARN", "response-enum-value-added", "値が追加されました", ()),
        ),
    )
    return {"sample": [old, new]}


def _operation_anchor(project: ProjectLike, method: str) -> tuple[str, str]:
    op = next(o for o in project.apis[0].operations if o.method == method and not o.is_webhook)
    return op.path, op.anchor


def _html(text: str) -> str:
    body = text.split("---\n", 2)[2]
    return str(markdown.markdown(body, extensions=["tables", "attr_list", "md_in_html"]))


def test_history_page_has_badges_and_links_to_the_operations(project: StandInProject, site: SiteConfig) -> None:
    path, anchor = _operation_anchor(project, "get")
    history = _history()
    release = history["sample"][1]
    history["sample"][1] = replace(
        release, changes=(replace(release.changes[1], operations=(f"GET {path}",)), *release.changes[::2])
    )
    pages = render_pages(project, site, history=history)
    page = pages[changes_page_path("sample")]
    html = _html(page)
    for level in ("ERR", "WARN", "INFO"):
        assert f'<span class="mp-badge mp-badge--{level.lower()}" title=' in html
    assert f'href="index.md#{anchor}"' in html  # the operation's section on the API page
    assert "<code>GET /gone/{id}</code>" in html  # not in the current version: named, not linked
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.index('mp-badge--err" title="破壊的変更">ERR</span></td>') < html.index("WARN</span></td>")
    assert 'href="../../downloads/sample/2.0.0.yaml"' in html
    assert page.index("{ #v2-0-0 }") < page.index("{ #v1-0-0 }")  # newest first
    overall = pages[HISTORY_PAGE]
    assert f"sample/index.md#{anchor}" in overall and "sample/changes.md" in overall
    api_page = pages["apis/sample/index.md"]
    assert "[変更履歴](changes.md)" in api_page


def test_no_history_no_changes_page_and_no_link(project: StandInProject, site: SiteConfig) -> None:
    pages = render_pages(project, site)
    assert changes_page_path("sample") not in pages
    assert "まだリリースはありません" in pages[HISTORY_PAGE]
    assert "changes.md" not in pages["apis/sample/index.md"]


def test_release_downloads_and_index_versions(project: StandInProject) -> None:
    history = _history()
    downloads = build_downloads(project, (), history)
    for release in history["sample"]:
        assert downloads.files[f"sample/{release.version}.yaml"] == release.yaml_text.encode("utf-8")
        assert downloads.files[f"sample/{release.version}.json"] == release.json_text.encode("utf-8")
    index = json.loads(downloads.files["index.json"])
    (api,) = index["apis"]
    assert api["version"] == project.apis[0].version and set(api["files"]) == {"yaml", "json"}  # kept as before
    assert [v["version"] for v in api["versions"]] == ["1.0.0", "2.0.0"]
    assert [v["released"] for v in api["versions"]] == ["2026-01-15", "2026-03-01"]
    for version in api["versions"]:
        for kind in ("yaml", "json"):
            entry = version["files"][kind]
            data = downloads.files[entry["path"]]
            assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["size"] == len(data)
    assert json.loads(build_downloads(project).files["index.json"])["apis"][0]["versions"] == []


def test_feeds_are_atom_with_one_escaped_entry_per_release(project: StandInProject) -> None:
    history = _history()
    feeds = build_feeds(project.catalog, history, "https://portal.example.jp/")
    assert set(feeds) == {"downloads/feeds/sample.atom", "downloads/feeds/all.atom"}
    assert feeds == build_feeds(project.catalog, history, "https://portal.example.jp/")  # no clock, no randomness
    for data in feeds.values():
        assert b"<script>" not in data and b"&lt;script&gt;" in data
        root = ET.fromstring(data)
        assert root.tag == f"{{{ATOM}}}feed"
        assert root.findtext("a:updated", namespaces=NS) == "2026-03-01T00:00:00Z"
        assert root.findtext("a:id", namespaces=NS, default="").startswith("urn:uuid:")
        entries = root.findall("a:entry", NS)
        assert [e.findtext("a:title", namespaces=NS) for e in entries] == ["見本取得API 2.0.0", "見本取得API 1.0.0"]
        assert [e.findtext("a:updated", namespaces=NS) for e in entries] == [
            "2026-03-01T00:00:00Z",
            "2026-01-15T00:00:00Z",
        ]
        content = entries[0].findtext("a:content", namespaces=NS) or ""
        assert HOSTILE in content and "[ERR]" in content  # the text itself, escaped only on the wire
        links = [link.get("href") for link in entries[0].findall("a:link", NS)]
        assert "https://portal.example.jp/apis/sample/changes/#v2-0-0" in links
        assert "https://portal.example.jp/downloads/sample/2.0.0.yaml" in links
        assert len({e.findtext("a:id", namespaces=NS) for e in entries}) == 2
    assert feed_links(project.catalog, history) == {
        HISTORY_PAGE: "downloads/feeds/all.atom",
        changes_page_path("sample"): "downloads/feeds/sample.atom",
    }


def test_history_pages_link_their_feed_in_head(project: StandInProject) -> None:
    state = hook._State({}, build_downloads(project), {}, feed_links(project.catalog, _history()))
    page: Any = SimpleNamespace(
        file=SimpleNamespace(src_uri="apis/sample/changes.md", url="apis/sample/changes/"), title="x"
    )
    old = hook._state
    hook._state = state
    try:
        out = hook.on_post_page("<html><head><title>t</title></head><body></body></html>", page, None)  # type: ignore[arg-type]
        other = SimpleNamespace(file=SimpleNamespace(src_uri="apis/sample/index.md", url="apis/sample/"), title="x")
        untouched = hook.on_post_page("<head></head>", other, None)  # type: ignore[arg-type]
    finally:
        hook._state = old
    assert (
        '<link rel="alternate" type="application/atom+xml" title="変更履歴（Atom）" '
        'href="../../../downloads/feeds/sample.atom">\n</head>' in out
    )
    assert untouched == "<head></head>"


def _deprecated_project(project: StandInProject) -> StandInProject:
    document = yaml.safe_load((FIXTURES / "sample-api.yaml").read_text(encoding="utf-8"))
    document = copy.deepcopy(document)
    target = None
    for item in document["paths"].values():
        for method, op in item.items():
            if isinstance(op, dict) and method == "get" and target is None:
                op["deprecated"] = True
                op["x-sunset"] = "2027-03-31"
                target = op["operationId"]
    schemas = document["components"]["schemas"]
    schema = next(s for s in schemas.values() if isinstance(s, dict) and s.get("properties"))
    field = next(iter(schema["properties"]))
    schema["properties"][field] = {**schema["properties"][field], "deprecated": True, "x-sunset": "2027-06-30"}
    api = describe_api(document, "sample", project.catalog[0])
    assert target is not None
    project.apis = [api]
    return project


def test_api_page_marks_deprecated_operations_and_fields_with_sunset(project: StandInProject, site: SiteConfig) -> None:
    project = _deprecated_project(project)
    api = project.apis[0]
    marks = {(d.kind, d.sunset) for d in deprecations(api)}
    assert ("オペレーション", "2027-03-31") in marks and ("項目", "2027-06-30") in marks
    page = render_pages(project, site)["apis/sample/index.md"]
    assert "## 非推奨の項目 { #deprecations }" in page
    assert "非推奨・廃止予定 2027-03-31" in page  # in the reference table, beside the operation
    assert "2027-06-30" in page
    op = next(o for o in api.operations if o.deprecated)
    assert f"(#{op.anchor})" in page


# The real releases, through the hook that computes their diffs.


@pytest.fixture(scope="module")
def real() -> tuple[Any, dict[str, list[Release]]]:
    from generator.build.project import load_project  # noqa: PLC0415

    project = load_project(ROOT)
    return project, hook.release_history(ROOT, project)


def test_real_release_downloads_equal_the_release_files(real: tuple[Any, dict[str, list[Release]]]) -> None:
    project, history = real
    assert len(history) >= 3
    downloads = build_downloads(project, (), history)
    index = {a["slug"]: a for a in json.loads(downloads.files["index.json"])["apis"]}
    for slug, releases in history.items():
        folder = ROOT / "specs" / "releases" / slug
        assert [r.version for r in releases] == [v["version"] for v in index[slug]["versions"]]
        for release in releases:
            source = (folder / f"{release.version}.yaml").read_bytes()
            assert downloads.files[f"{slug}/{release.version}.yaml"] == source
            assert json.loads(downloads.files[f"{slug}/{release.version}.json"]) == yaml.safe_load(source)
            assert release.released  # every real release says when it was made


def test_real_history_pages_and_api_pages(real: tuple[Any, dict[str, list[Release]]], site: SiteConfig) -> None:
    project, history = real
    pages = render_pages(project, site, history=history)
    medical = pages[changes_page_path("medical-insurance")]
    assert "mp-badge--err" in medical and "(index.md#medicalinsurancelistproxyprincipals)" in medical
    notices = pages["apis/notices/index.md"]
    assert "非推奨・廃止予定 2027-03-31" in notices and "[変更履歴](changes.md)" in notices
    periodic = pages["apis/periodic-linkage/index.md"]
    assert "Consent\\.remainingDays</code> | 2027-06-30 |" in periodic
    overall = pages[HISTORY_PAGE]
    anchors = ["{ #medical-insurance-v2-0-0 }", "{ #periodic-linkage-v1-1-0 }", "{ #medical-insurance-v1-0-0 }"]
    assert [overall.index(a) for a in anchors] == sorted(overall.index(a) for a in anchors)  # by day, then catalogue
    feeds = build_feeds(project.catalog, history, "https://example.jp/")
    for slug, releases in history.items():
        entries = ET.fromstring(feeds[f"downloads/feeds/{slug}.atom"]).findall("a:entry", NS)
        assert len(entries) == len(releases)
    total = sum(len(r) for r in history.values())
    assert len(ET.fromstring(feeds["downloads/feeds/all.atom"]).findall("a:entry", NS)) == total
