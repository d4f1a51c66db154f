"""API reference layout in the browser: page heights with the collapsibles closed, the width of the text column,
identifiers on one line, nested schemas that open without JavaScript, and a readable header title on a phone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

MAX_HEIGHT = 25_000  # px at a 1280 px wide viewport, every <details> closed
MIN_COLUMN = 900  # px: the text column of an API page at 1280 px (688 px before the wide layout)


def test_every_api_page_is_at_most_25000_px_tall_with_the_collapsibles_closed(
    open_page: Callable[..., Any], site_dir: Path, catalog: list[dict[str, Any]], artifacts: Path
) -> None:
    heights: dict[str, int] = {}
    for entry in catalog:
        slug = str(entry["slug"])
        if not (site_dir / "apis" / slug / "index.html").is_file():
            continue
        page = open_page(f"apis/{slug}/", width=1280, height=800)
        assert page.locator("article details[open]").count() == 0, f"{slug}: a collapsible starts open"
        assert page.locator("article details.mp-schema-nested").count() > 0, f"{slug}: no collapsible schema"
        heights[slug] = int(page.evaluate("document.documentElement.scrollHeight"))
        page.close()
    assert len(heights) >= 10, f"only {len(heights)} API pages were built"
    (artifacts / "api-page-heights.json").write_text(json.dumps(heights, indent=2) + "\n", encoding="utf-8")
    too_tall = {slug: h for slug, h in heights.items() if h > MAX_HEIGHT}
    assert not too_tall, f"taller than {MAX_HEIGHT} px at 1280 px: {too_tall}"


def test_api_pages_have_a_wide_text_column_and_identifiers_on_one_line(open_page: Callable[..., Any]) -> None:
    for slug in ("medical-insurance", "self-info"):
        page = open_page(f"apis/{slug}/", width=1280, height=800)
        width = page.evaluate("document.querySelector('article.md-content__inner').getBoundingClientRect().width")
        assert width >= MIN_COLUMN, f"{slug}: text column {width:.0f} px"
        assert not page.locator(".md-sidebar--primary").is_visible(), "the reference page gives the sidebar's room"
        assert page.locator(".md-sidebar--secondary").is_visible(), "the table of contents stays"
        broken = page.evaluate(
            """() => Array.from(document.querySelectorAll(
                    '.mp-schema td:first-child code, .mp-params td:first-child code'))
                .filter(code => code.getClientRects().length > 0 && code.closest('details:not([open])') === null)
                .filter(code => code.getClientRects().length > 1 || code.scrollWidth > code.clientWidth + 1)
                .map(code => code.textContent)"""
        )
        assert not broken, f"{slug}: identifiers broken across lines: {broken[:10]}"
        page.close()


def test_refresh_grant_is_visible_and_nested_schemas_open_without_javascript(
    browser: Any, base_url: str, site_dir: Path
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + "apis/periodic-linkage/", wait_until="load")
        token = page.locator("h3#periodiclinkageissuetoken ~ .mp-schema").first
        variant = token.locator(".mp-schema-variant", has_text="RefreshTokenGrantRequest")
        assert variant.is_visible()
        assert variant.locator("td code", has_text="refresh_token").first.is_visible()
        assert "grant_type" in (variant.text_content() or "")

        page.goto(base_url + "apis/self-info/", wait_until="load")
        nested = page.locator("details.mp-schema-nested", has_text="commonHeader").first
        row = nested.locator("td code", has_text="telegramId").first
        assert not row.is_visible()
        nested.locator("summary").click()
        assert row.is_visible(), "a <details> opens on click without any script"
    finally:
        context.close()


@pytest.mark.parametrize("slug", ["medical-insurance", "periodic-linkage"])
def test_the_header_title_is_readable_on_a_phone(open_page: Callable[..., Any], slug: str) -> None:
    page = open_page(f"apis/{slug}/", width=390, height=844)
    spans = page.evaluate(
        """() => Array.from(document.querySelectorAll('.md-header__topic .md-ellipsis')).map(span => ({
            text: span.innerText.trim(), scroll: span.scrollWidth, client: span.clientWidth}))"""
    )
    site_title, page_title = spans
    assert site_title["text"] == "マイナポータルAPI", site_title
    for span in spans:
        assert span["client"] >= span["scroll"], f"header title cut off at 390 px: {span}"
    assert page_title["text"].endswith("API")
