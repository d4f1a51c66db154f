"""The error-code page (errors.md): one row per code with an anchor, status, retry advice and the APIs using it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator.apimodel.describe import describe_api
from generator.apimodel.model import CatalogEntry
from generator.portal import SiteConfig, render_pages
from generator.portal.error_codes import (
    ERROR_CODES_PAGE,
    RETRY_AFTER_FIX,
    RETRY_NO,
    RETRY_YES,
    error_code_link,
    error_code_page,
)
from generator.portal.site import ProjectLike
from tests.portal.conftest import StandInBundle, StandInProject

ROOT = Path(__file__).resolve().parents[2]


def _entry(number: int, slug: str) -> CatalogEntry:
    return CatalogEntry.from_dict(
        {
            "number": number,
            "slug": slug,
            "name": f"見本{number}",
            "name_en": f"Sample {number}",
            "disclosure": False,
            "audience": ["民間事業者"],
            "data": "見本。",
            "summary": "見本。",
        }
    )


def _problem(status: int, code: str, title: str) -> dict[str, Any]:
    return {
        "description": title,
        "content": {
            "application/problem+json": {
                "schema": {"type": "object"},
                "example": {"title": title, "status": status, "errorCode": code},
            }
        },
    }


def _document(responses: dict[str, Any], *, description: str = "") -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "見本", "version": "1.0.0", "description": description},
        "paths": {
            "/items": {
                "get": {
                    "operationId": "listItems",
                    "summary": "一覧",
                    "responses": {"200": {"description": "成功"}, **responses},
                }
            }
        },
        "components": {
            "schemas": {
                "ErrorCode": {
                    "type": "string",
                    "enum": ["E0400002", "E0403002", "E0503001"],
                    "x-enum-descriptions": ["必須項目がない", "同意範囲外", "メンテナンス中"],
                },
                # Every bundle carries the shared Problem example: it must not count as a use of E0400002.
                "Problem": {"type": "object", "example": {"errorCode": "E0400002"}},
            }
        },
    }


@pytest.fixture
def two_apis() -> StandInProject:
    first, second = _entry(1, "first"), _entry(2, "second")
    doc_one = _document({"403": _problem(403, "E0403002", "同意範囲外です")})
    doc_two = _document(
        {
            "409": _problem(409, "E0409009", "<script>alert(1)</script>競合"),
            "503": _problem(503, "E0503001", "停止中"),
        },
        description="キャンセル時は `error=access_denied` が返ります。",
    )
    apis = [describe_api(doc_one, "first", first), describe_api(doc_two, "second", second)]
    bundles = {a.slug: StandInBundle(a.slug, "", "") for a in apis}
    return StandInProject([first, second], apis, bundles)


def test_rows_come_from_the_shared_table_and_from_every_example(two_apis: StandInProject) -> None:
    page = error_code_page(two_apis.apis, two_apis.catalog)
    rows = {r.code: r for r in page.codes}
    assert list(rows) == ["E0400002", "E0403002", "E0409009", "E0503001"]
    assert rows["E0403002"].meaning == "同意範囲外"  # the table's description wins over the example's title
    assert rows["E0409009"].meaning.endswith("競合")  # not in the table: the example's title
    assert [a.slug for a in rows["E0403002"].apis] == ["first"]
    assert [a.slug for a in rows["E0503001"].apis] == ["second"]
    assert rows["E0400002"].apis == ()  # only in the shared table and the shared Problem example
    assert rows["E0403002"].statuses == ("403",)
    assert all(r.illustrative for r in page.codes)


def test_retry_advice_follows_the_code_and_status(two_apis: StandInProject) -> None:
    rows = {r.code: r for r in error_code_page(two_apis.apis, two_apis.catalog).codes}
    assert rows["E0403002"].retry == RETRY_NO
    assert rows["E0503001"].retry == RETRY_YES
    assert rows["E0409009"].retry == RETRY_AFTER_FIX  # unknown code: from its status
    assert all(r.action for r in rows.values())


def test_oauth_errors_are_listed_only_where_a_spec_uses_them(two_apis: StandInProject) -> None:
    page = error_code_page(two_apis.apis, two_apis.catalog)
    assert [(r.code, [a.slug for a in r.apis]) for r in page.oauth] == [("access_denied", ["second"])]
    assert not page.oauth[0].illustrative


def test_page_has_one_anchored_row_per_code_with_a_retry_column(two_apis: StandInProject, site: SiteConfig) -> None:
    text = render_pages(two_apis, site)[ERROR_CODES_PAGE]
    assert "| コード | HTTPステータス | 意味 | 再試行 | 対応 |" in text
    for code in ("E0400002", "E0403002", "E0409009", "E0503001", "access_denied"):
        assert text.count(f'<span id="{code}"></span>') == 1, code
    row = next(line for line in text.splitlines() if 'id="E0403002"' in line)
    assert "| しない |" in row and "例示" in row and "(apis/first/index.md)" in row
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_operation_error_tables_link_to_the_rows(two_apis: StandInProject, site: SiteConfig) -> None:
    pages = render_pages(two_apis, site)
    assert "[<code>E0403002</code>](../../errors.md#E0403002)" in pages["apis/first/index.md"]
    assert "(../../errors.md#E0503001)" in pages["apis/second/index.md"]


def test_fixture_project_gets_the_page(project: ProjectLike, site: SiteConfig) -> None:
    pages = render_pages(project, site)
    assert 'id="E0429001"' in pages[ERROR_CODES_PAGE]
    assert "(../../errors.md#E0404002)" in pages["apis/sample/index.md"]


def test_link_only_for_codes_on_the_page(two_apis: StandInProject) -> None:
    page = error_code_page(two_apis.apis, two_apis.catalog)
    assert error_code_link("E0403002", page, "apis/first/index.md") == "../../errors.md#E0403002"
    assert error_code_link("E0999999", page, "apis/first/index.md") == ""


def test_every_code_in_the_specs_is_on_the_page() -> None:
    from generator.build.project import load_project  # noqa: PLC0415 - the real specs

    project = load_project(ROOT)
    page = error_code_page(list(project.apis), list(project.catalog))
    listed = {r.code for r in page.codes}
    in_specs = set()
    for path in (ROOT / "specs").rglob("*.yaml"):
        if "releases" not in path.parts:
            in_specs |= set(re.findall(r"errorCode: '?(E[0-9]{7})\b", path.read_text(encoding="utf-8")))
            in_specs |= set(re.findall(r"^\s+- (E[0-9]{7})$", path.read_text(encoding="utf-8"), re.MULTILINE))
    assert "E0403002" in in_specs
    assert in_specs <= listed, sorted(in_specs - listed)
    assert {r.code for r in page.codes if r.apis} >= {"E0403002", "E0429001"}
