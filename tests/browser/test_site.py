"""The built portal in a browser: navigation, downloads, intake links, diagrams, accessibility, screenshots."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from tests.browser.conftest import blocking_violations

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
# One page of each kind (errors/, prepare/, news/, faq/ are in test_new_pages.py, sandbox/ in test_try_it.py);
# apis/notices/ has PUT and PATCH badges, whose colour was darkened for contrast. The change-history pages carry an
# Atom <link rel="alternate">, which makes Material fetch the sitemap.xml beside the feed (any 404 fails the page).
AXE_PAGES = [
    "",
    "apis/",
    "apis/self-info/",
    "apis/notices/",
    "review/",
    "security/",
    "flow/",
    "usecases/",
    "intake/",
    "downloads/",
    "sdk/",
    "sdk/reference/",
    "changelog/",
    "apis/changes/",
    "apis/periodic-linkage/changes/",
]


def test_every_api_page_is_reachable_from_the_catalogue(
    open_page: Callable[..., Any], base_url: str, catalog: list[dict[str, Any]]
) -> None:
    page = open_page("apis/")
    hrefs = set(page.eval_on_selector_all("article a[href]", "links => links.map(a => a.href)"))
    for entry in catalog:
        url = urljoin(base_url, f"apis/{entry['slug']}/")
        assert url in hrefs, f"the catalogue does not link {entry['slug']}"
        response = page.goto(url)
        assert response is not None and response.status == 200
        heading = page.locator("article h1").first.text_content() or ""
        assert str(entry["name"]) in heading


def test_downloads_are_the_bundles_byte_for_byte(open_page: Callable[..., Any], base_url: str, site_dir: Path) -> None:
    page = open_page("downloads/")
    index = json.loads(page.request.get(base_url + "downloads/index.json").body())
    assert index["apis"], "downloads/index.json lists no API"
    built_specs = ROOT / "build" / "specs"
    for api in index["apis"]:
        assert {"slug", "title", "version", "files"} <= set(api)
        for kind, meta in api["files"].items():
            body = page.request.get(base_url + "downloads/" + meta["path"]).body()
            assert len(body) == meta["size"]
            assert hashlib.sha256(body).hexdigest() == meta["sha256"]
            published = built_specs / f"{api['slug']}.{kind}"
            if published.is_file():  # `mpgen build` output: the portal must serve exactly these bytes
                assert body == published.read_bytes(), f"downloads/{meta['path']} differs from {published}"
    archive = page.request.get(base_url + "downloads/" + index["archive"]["path"]).body()
    assert hashlib.sha256(archive).hexdigest() == index["archive"]["sha256"]
    for wheel in index["client"]:
        body = page.request.get(base_url + "downloads/" + wheel["path"]).body()
        assert hashlib.sha256(body).hexdigest() == wheel["sha256"]
    linked = page.eval_on_selector_all("article a[download]", "links => links.map(a => a.getAttribute('href'))")
    assert "mynaportal-specs.zip" in linked


def test_header_offers_search_intake_and_developer_site_on_every_page(
    open_page: Callable[..., Any], intake_url: str
) -> None:
    for path in ["", "apis/", "apis/self-info/", "security/", "sdk/"]:
        page = open_page(path)
        assert page.locator("header .md-search__input").count() == 1
        assert page.locator("header a[data-mp-link='intake']").get_attribute("href") == intake_url
        assert page.locator("header a[data-mp-link='developer-site']").get_attribute("href") == (
            "https://developers.digital.go.jp/"
        )


def test_api_pages_prefill_the_intake_form(open_page: Callable[..., Any], intake_url: str) -> None:
    page = open_page("apis/self-info/")
    href = page.locator("article a[data-mp-link='intake-api']").first.get_attribute("href") or ""
    assert href.startswith(intake_url + "?")
    query = parse_qs(urlsplit(href).query)
    assert query["customfield_api"] == ["self-info"]
    assert "自己情報取得" in query["summary"][0]


def test_diagrams_are_inline_svg_without_javascript(open_page: Callable[..., Any]) -> None:
    for path in ["apis/self-info/", "apis/periodic-linkage/", "flow/", "security/"]:
        page = open_page(path)
        page.wait_for_load_state("networkidle")
        loaded = page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")
        assert loaded, f"{path}: no resources recorded"
        assert not [u for u in loaded if "vendor/mermaid" in u or "diagrams.mjs" in u], f"{path}: mermaid was loaded"
        assert page.locator("div.mermaid").count() == 0, f"{path}: a mermaid fence was left unrendered"
        figures = page.locator("figure.mp-diagram svg")
        assert figures.count() >= 1, f"{path}: no diagram"
        for svg in figures.all():
            box = svg.bounding_box()
            assert box is not None and box["width"] > 100 and box["height"] > 50, f"{path}: diagram not laid out"
            assert (svg.locator("title").text_content() or "").strip(), f"{path}: diagram without a title"
            assert svg.get_attribute("aria-labelledby")
        # Labels are placed from estimated widths: in the browser's real font no two of them may overlap.
        overlaps = page.evaluate(
            """() => Array.from(document.querySelectorAll("figure.mp-diagram svg")).flatMap(svg => {
                const boxes = Array.from(svg.querySelectorAll("text")).map(t => [t.textContent, t.getBBox()]);
                const hits = [];
                boxes.forEach(([s, a], i) => boxes.slice(i + 1).forEach(([u, b]) => {
                    if (a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 &&
                        a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1) hits.push(`${s} | ${u}`);
                }));
                return hits;
            })"""
        )
        assert not overlaps, f"{path}: overlapping labels {overlaps}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", AXE_PAGES)
def test_no_serious_accessibility_violations(open_page: Callable[..., Any], path: str, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415

    page = open_page(path, scheme=scheme)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    blocking = blocking_violations(results)
    assert not blocking, "\n".join(blocking)


def test_no_page_of_the_site_requests_anything_outside_the_host(browser: Any, base_url: str, site_dir: Path) -> None:
    """Every built page, loaded to network idle: no request leaves 127.0.0.1 (assets, fonts, search, diagrams)."""
    pages = sorted(p.relative_to(site_dir).as_posix().removesuffix("index.html") for p in site_dir.rglob("*.html"))
    assert len(pages) > 30
    host = urlsplit(base_url).netloc
    outside: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    page = context.new_page()
    page.on(
        "request",
        lambda r: (
            outside.append(f"{page.url} -> {r.url}")
            if urlsplit(r.url).scheme not in ("data", "blob") and urlsplit(r.url).netloc != host
            else None
        ),
    )
    try:
        for path in pages:
            page.goto(base_url + path, wait_until="networkidle")
    finally:
        context.close()
    assert not outside, f"{len(outside)} request(s) left the host:\n" + "\n".join(outside[:20])


def test_screenshots(open_page: Callable[..., Any], artifacts: Path) -> None:
    for path, name in [("", "home.png"), ("apis/self-info/", "api-page.png")]:
        page = open_page(path)
        page.screenshot(path=str(artifacts / name), full_page=False)
        assert (artifacts / name).stat().st_size > 10_000
