"""Issue #11: sequence diagrams follow the order a service calls the operations in, not the spec's order, and their
labels are whole. Our specs through flows.sequence_diagram, inline specs for the generic order and `x-flow-step`,
and the diagram's text on the built 期間連携 page."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path
from typing import Any

import pytest

from generator.apimodel.describe import describe_api
from generator.apimodel.model import Api
from generator.build.project import Project, load_project
from generator.portal.flows import FLOW_ORDER, flow_order, label, sequence_diagram
from tests.portal.conftest import catalog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ours() -> Project:
    return load_project(ROOT)


def _api(ours: Project, slug: str) -> Api:
    return next(api for api in ours.apis if api.slug == slug)


def _positions(diagram: str, *markers: str) -> list[int]:
    return [diagram.index(marker) for marker in markers]


def test_periodic_linkage_reads_and_refreshes_before_it_revokes(ours: Project) -> None:
    diagram = sequence_diagram(_api(ours, "periodic-linkage"))
    order = [
        "POST /online-authorization-web/oauth/token（認可コード）",
        "GET /online-resource-web/periodic/consents/{consentId}",
        "医療保険情報の更新通知を受ける（Webhook）",
        "GET /online-resource-web/periodic/updates",
        "loop 有効期間内",
        "POST /online-authorization-web/oauth/revoke",
        "同意の失効通知を受ける（Webhook）",
    ]
    positions = _positions(diagram, *order)
    assert positions == sorted(positions), diagram


def test_self_info_polls_the_result_after_the_request(ours: Project) -> None:
    diagram = sequence_diagram(_api(ours, "self-info"))
    positions = _positions(diagram, "POST /online-resource-web/request", "loop ", "POST /online-resource-web/result")
    assert positions == sorted(positions), diagram


def test_every_table_entry_names_operations_of_its_api(ours: Project) -> None:
    slugs = {api.slug for api in ours.apis}
    assert set(FLOW_ORDER) <= slugs
    for api in ours.apis:
        ids = {op.operation_id for op in api.operations}
        listed = FLOW_ORDER.get(api.slug, ())
        assert set(listed) <= ids, (api.slug, set(listed) - ids)
        assert len(set(listed)) == len(listed), api.slug
        if api.slug in FLOW_ORDER:
            assert [op.operation_id for op in flow_order(api).steps] == list(listed)


def test_diagram_labels_are_never_cut(ours: Project) -> None:
    for api in ours.apis:
        diagram = sequence_diagram(api)
        assert "…" not in diagram, api.slug
        assert "`" not in diagram and "**" not in diagram, api.slug


def test_what_ends_a_relationship_comes_last_in_every_api(ours: Project) -> None:
    for api in ours.apis:
        steps = [op.operation_id for op in flow_order(api).steps]
        ending = [i for i, op_id in enumerate(steps) if re.search(r"Revok|Withdraw|Delete|Logout|EndSession", op_id)]
        if ending:
            reads_after = [
                op.operation_id
                for op in flow_order(api).steps[ending[0] :]
                if op.method == "get" and not op.is_webhook and "EndSession" not in op.operation_id
            ]
            assert reads_after == [], (api.slug, steps)


def _spec(operations: dict[str, Any], webhooks: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "見本", "version": "1.0.0"},
        "paths": operations,
        "webhooks": webhooks or {},
    }


def _op(op_id: str, summary: str, status: str = "200", extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"operationId": op_id, "summary": summary, "responses": {status: {"description": summary}}, **(extra or {})}


def test_the_generic_order_moves_revocation_after_reads() -> None:
    spec = _spec(
        {
            "/revoke": {"post": _op("revokeConsent", "同意を失効させる")},
            "/items": {"get": _op("listItems", "一覧を取得する")},
            "/orders": {"post": _op("createOrder", "注文を登録する")},
            "/orders/{id}": {"get": _op("getOrder", "注文を取得する"), "delete": _op("dropOrder", "注文を消す")},
        },
        {"orderDone": {"post": _op("orderDone", "注文の完了を通知する")}},
    )
    api = describe_api(spec, "generic", catalog()[0])
    steps = [op.operation_id for op in flow_order(api).steps]
    assert steps == ["listItems", "createOrder", "orderDone", "getOrder", "revokeConsent", "dropOrder"]


def test_x_flow_step_in_the_spec_wins_and_the_rest_is_counted() -> None:
    spec = _spec(
        {
            "/a": {"get": _op("a", "A", extra={"x-flow-step": 2})},
            "/b": {"get": _op("b", "B", extra={"x-flow-step": 1})},
            "/c": {"get": _op("c", "C")},
        }
    )
    api = describe_api(spec, "stepped", catalog()[0])
    flow = flow_order(api)
    assert [op.operation_id for op in flow.steps] == ["b", "a"]
    assert flow.left_out == 1
    assert "ほか 1 件" in sequence_diagram(api)


def test_browser_redirects_are_drawn_through_the_user() -> None:
    spec = _spec({"/start": {"get": _op("start", "画面へ遷移する", status="302")}})
    diagram = sequence_diagram(describe_api(spec, "nav", catalog()[0]))
    assert "actor U" in diagram and "U->>M: GET /start" in diagram and "S->>M: GET /start" not in diagram


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("要求を受け付け、応答電文 IFA0302-S01 で処理IDを払い出した（データは未取得。結果をポーリングする）。", None),
        ("失効を受け付けた（トークンが既に無効だった場合も200を返す）。詳細は別紙。", "失効を受け付けた"),
        (
            "登録画面での操作後、事業者の `redirectUri` へのリダイレクト",
            "登録画面での操作後、事業者の redirectUri へのリダイレクト",
        ),
        ("OP metadata. More text", "OP metadata"),
        ("（全体が注記）", "（全体が注記）"),
    ],
)
def test_labels_are_whole_first_sentences(text: str, expected: str | None) -> None:
    out = label(text)
    assert "…" not in out
    if expected is None:
        assert out == "要求を受け付け、応答電文 IFA0302-S01 で処理IDを払い出した"
    else:
        assert out == expected


def _built_site() -> Path | None:
    configured = os.environ.get("MP_SITE_DIR")
    site = Path(configured) if configured else ROOT / "build" / "site"
    return site if (site / "apis" / "periodic-linkage" / "index.html").is_file() else None


def test_the_built_periodic_linkage_diagram_revokes_last() -> None:
    site = _built_site()
    if site is None:
        pytest.skip("no built site (set MP_SITE_DIR or build the portal)")
    page = (site / "apis" / "periodic-linkage" / "index.html").read_text(encoding="utf-8")
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", page, re.S)
    assert desc is not None
    text = html.unescape(desc.group(1))
    positions = _positions(text, "periodic/updates", "リフレッシュトークンで更新", "oauth/revoke")
    assert positions == sorted(positions), text
    assert "…" not in text
