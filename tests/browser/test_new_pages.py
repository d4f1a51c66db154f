"""The pages of issue #11 in a browser: エラーコード, 利用申請の準備, よくある質問 and お知らせ.

open_page (conftest) fails a test on any console error or request leaving 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import blocking_violations

pytestmark = pytest.mark.browser

NEW_PAGES = [
    ("errors/", "エラーコード"),
    ("prepare/", "利用申請の準備"),
    ("faq/", "よくある質問"),
    ("news/", "お知らせ"),
]


@pytest.mark.parametrize(("path", "heading"), NEW_PAGES)
def test_page_opens_from_the_navigation(open_page: Callable[..., Any], path: str, heading: str) -> None:
    page = open_page(path)
    page.wait_for_load_state("networkidle")
    assert (page.locator("article h1").first.text_content() or "").startswith(heading)
    assert page.locator(f"nav.md-nav a.md-nav__link[href$='{path}'], nav.md-nav a.md-nav__link--active").count() >= 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["errors/", "prepare/", "news/", "faq/"])
def test_no_serious_accessibility_violations(open_page: Callable[..., Any], path: str, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415

    page = open_page(path, scheme=scheme)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    blocking = blocking_violations(results)
    assert not blocking, "\n".join(blocking)


@pytest.mark.parametrize(("scheme", "colour"), [("light", "rgb(166, 61, 0)"), ("dark", None)])
def test_put_method_badge_meets_contrast(open_page: Callable[..., Any], scheme: str, colour: str | None) -> None:
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415

    page = open_page("apis/notices/", scheme=scheme)
    page.wait_for_load_state("networkidle")
    badges = page.locator(".mp-method--put, .mp-method--patch")
    assert badges.count() >= 1, "apis/notices/ has no PUT or PATCH badge any more: pick another page"
    if colour:  # #a63d00: the DADS orange-800 is 4.3:1 on white, short of AA
        assert badges.first.evaluate("b => getComputedStyle(b).color") == colour
    results = Axe().run(page, context=".mp-method--put, .mp-method--patch", options={"runOnly": ["color-contrast"]})
    failing = [v["id"] for v in results.response["violations"]]
    assert not failing, f"{scheme}: {failing}"


def test_error_code_row_is_the_target_of_its_anchor(open_page: Callable[..., Any]) -> None:
    page = open_page("errors/#E0403002")
    page.wait_for_load_state("networkidle")
    row = page.locator("tr:has(#E0403002)")
    assert row.count() == 1
    cells = [c.strip() for c in row.locator("td").all_text_contents()]
    headers = [h.strip() for h in page.locator("table:has(#E0403002) th").all_text_contents()]
    assert cells[headers.index("再試行")] == "しない"
    assert cells[headers.index("HTTPステータス")] == "403"
    box = page.locator("#E0403002").bounding_box()
    assert box is not None and 0 <= box["y"] < 900, "the page did not scroll to the code"


def test_operation_error_code_links_land_on_the_row(open_page: Callable[..., Any], base_url: str) -> None:
    page = open_page("apis/self-info/")
    link = page.locator("article a[href$='errors/#E0403002']").first
    assert link.count() == 1
    # the operation's error table is a collapsible, closed at first: a reader opens it, then follows the link
    for summary in link.locator("xpath=ancestor::details/summary").all():  # outermost first
        summary.click()
    link.click()
    page.wait_for_url("**/errors/#E0403002")
    assert page.locator("tr:has(#E0403002)").count() == 1


def test_search_for_an_error_code_lands_on_the_error_code_page(open_page: Callable[..., Any], base_url: str) -> None:
    page = open_page("")
    box = page.locator(".md-search__input")
    box.click()
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.includes('入力してください')", timeout=15_000
    )
    box.fill("E0403002")
    box.press("End")  # Material searches on keyup
    page.wait_for_function(
        "(() => { const t = document.querySelector('.md-search-result__meta').textContent;"
        " return t.includes('見つかりました') || t.includes('何も見つかりませんでした'); })()",
        timeout=10_000,
    )
    first = page.locator(".md-search-result__item a.md-search-result__link").first
    href = first.get_attribute("href") or ""
    assert urlsplit(href).path.rstrip("/").endswith("errors"), href
    first.click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path.removeprefix(urlsplit(base_url).path) == "errors/"
    assert "E0403002" in (page.locator("article").text_content() or "")


def test_prepare_page_links_every_intake_category(open_page: Callable[..., Any], intake_url: str) -> None:
    page = open_page("prepare/")
    fragments = {
        urlsplit(h).fragment
        for h in page.eval_on_selector_all("article a[href*='intake/']", "links => links.map(a => a.href)")
    }
    categories = {"new", "add", "connection-test", "incident", "withdrawal", "question"}
    assert {f"category-{c}" for c in categories} <= fragments
    page = open_page("intake/#categories")
    hrefs = page.eval_on_selector_all(
        "article a[data-mp-link='intake-category']", "links => links.map(a => [a.dataset.mpCategory, a.href])"
    )
    assert {c for c, _ in hrefs} == categories
    for _category, href in hrefs:
        assert href.startswith(intake_url + "?")
        assert parse_qs(urlsplit(href).query)["summary"][0].startswith("【")
