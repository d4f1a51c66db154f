"""Search quality, through the real UI: each query must put the expected page among the first five results."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

# (query, expected page path) — Japanese words, phrases as a reader types them, and identifiers.
QUERIES: list[tuple[str, str]] = [
    # single words
    ("期間連携", "apis/periodic-linkage/"),
    ("独身証明", "usecases/"),
    ("受給者証", "apis/pmh/"),
    ("予防接種", "apis/pmh/"),
    ("控除証明書", "apis/private-delivery-info/"),
    ("法人設立", "apis/corporate-registration/"),
    ("在留資格", "apis/residence-procedures/"),
    ("健康保険証", "apis/insurance-card-registration/"),
    ("お知らせ", "apis/notices/"),
    ("主体適格性", "review/"),
    ("承認書", "flow/"),
    ("暗号化", "security/"),
    ("属性連携", "apis/attribute-linkage/"),
    ("ペアワイズ", "apis/sso/"),
    ("閉域網", "apis/e-application-receipt/"),
    ("特定健診", "apis/medical-insurance/"),
    ("267事業", ""),
    # phrases
    ("同意を撤回する", "security/"),
    ("薬剤情報を取得する", "apis/medical-insurance/"),
    ("リフレッシュトークンは単回使用", "security/"),
    ("利用申請書を作成する", "flow/"),
    ("利用者登録を行う", "apis/user-registration/"),
    ("障がい者割引をオンラインで適用", "usecases/"),
    ("社会保険の届出を送信する", "apis/social-insurance-tax/"),
    ("電子申請の処理状況を更新する", "apis/e-application-receipt/"),
    ("民間PHR事業者による健診等情報の取扱い", "review/"),
    ("審査観点のチェックリスト", "review/"),
    ("収入証明 ローン審査", "usecases/"),
    ("テスト用マイナンバーカード", "flow/"),
    # identifiers, paths, field names, commands
    ("/online-resource-web/request", "apis/self-info/"),
    ("selfPersonalData", "apis/self-info/"),
    ("telegramId", "apis/self-info/"),
    ("IFA0301-R01", "apis/self-info/"),
    ("refresh_token", "apis/periodic-linkage/"),
    ("Retry-After", "security/"),
    ("customfield_api", "intake/"),
    ("mpgen generate --check", "sdk/"),
    ("mynaportal-specs.zip", "downloads/"),
]


def _derived_queries(site_dir: Path) -> list[tuple[str, str]]:
    """One operationId and one path per API, taken from the published specs (so spec edits cannot stale them)."""
    index = json.loads((site_dir / "downloads" / "index.json").read_text(encoding="utf-8"))
    documents: dict[str, dict[str, Any]] = {}
    for api in index["apis"]:
        path = site_dir / "downloads" / api["files"]["json"]["path"]
        documents[api["slug"]] = json.loads(path.read_text(encoding="utf-8"))
    path_owners = Counter(p for doc in documents.values() for p in doc.get("paths", {}))
    out: list[tuple[str, str]] = []
    for slug, doc in documents.items():
        paths = doc.get("paths", {})
        operations = [
            op for item in paths.values() for op in item.values() if isinstance(op, dict) and "operationId" in op
        ]
        if operations:
            out.append((operations[-1]["operationId"], f"apis/{slug}/"))
        unique = [p for p in paths if path_owners[p] == 1 and len(p) > 6]
        if unique:
            out.append((unique[-1], f"apis/{slug}/"))
    return out


def _top_pages(page: Any, base_url: str, query: str) -> list[str]:
    box = page.locator(".md-search__input")
    meta = page.locator(".md-search-result__meta")
    box.fill("")
    box.press("End")
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.includes('入力してください')", timeout=10_000
    )
    box.fill(query)
    box.press("End")  # Material searches on keyup
    page.wait_for_function(
        "(() => { const t = document.querySelector('.md-search-result__meta').textContent;"
        " return t.includes('見つかりました') || t.includes('何も見つかりませんでした'); })()",
        timeout=10_000,
    )
    assert meta.text_content() is not None
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item",
        "items => items.slice(0, 5).map(i => i.querySelector('a.md-search-result__link').href)",
    )
    return [urlsplit(h).path.removeprefix(urlsplit(base_url).path) for h in hrefs]


def test_search_puts_the_right_page_in_the_top_five(
    open_page: Callable[..., Any], base_url: str, site_dir: Path, artifacts: Path
) -> None:
    queries = QUERIES + _derived_queries(site_dir)
    assert len(queries) >= 30
    page = open_page("")
    page.locator(".md-search__input").click()  # on wide screens the field sits in the header
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.includes('入力してください')", timeout=15_000
    )
    failures = []
    for query, expected in queries:
        top = _top_pages(page, base_url, query)
        if expected not in top:
            failures.append(f"{query!r}: expected {expected or '(home)'!r} in top 5, got {top}")
    # The screenshot shows a phrase query, highlighted.
    _top_pages(page, base_url, "同意を撤回する")
    page.screenshot(path=str(artifacts / "search-result.png"))
    assert not failures, f"{len(failures)}/{len(queries)} queries missed:\n" + "\n".join(failures)


def test_search_results_highlight_and_do_not_inject_markup(open_page: Callable[..., Any], base_url: str) -> None:
    page = open_page("")
    page.locator(".md-search__input").click()
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.includes('入力してください')", timeout=15_000
    )
    _top_pages(page, base_url, "薬剤情報を取得する")
    assert page.locator(".md-search-result__item mark").count() > 0
    _top_pages(page, base_url, "<img src=x onerror=alert(1)>")
    assert page.locator(".md-search-result img").count() == 0
