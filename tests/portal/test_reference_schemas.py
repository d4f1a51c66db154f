"""Schemas on API pages: oneOf/anyOf alternatives with their discriminator, merged allOf, deprecated fields,
nested objects in closed <details>; checked on the HTML that Python-Markdown makes of the rendered reference."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator.apimodel.describe import describe_api
from generator.apimodel.model import Api, Operation
from generator.apimodel.schemas import type_text
from generator.documents.bundler import Workspace
from generator.documents.pipeline import check_document
from generator.portal.environment import environment
from tests.portal.markup import to_html

ROOT = Path(__file__).resolve().parents[2]
JsonDict = dict[str, Any]


def _document(body: JsonDict | None, response: JsonDict, schemas: JsonDict) -> JsonDict:
    operation: JsonDict = {
        "operationId": "doThing",
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": response}}}},
    }
    if body is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {"/thing": {"post": operation}},
        "components": {"schemas": schemas},
    }


def _operation(document: JsonDict) -> Operation:
    api: Api = describe_api(document, "sample")
    return api.operations[0]


def _body_html(op: Operation) -> str:
    macros: Any = environment().get_template("reference_macros.md.jinja").module
    assert op.request_body is not None
    return to_html(str(macros.body_section(op.request_body)))


def _response_html(op: Operation) -> str:
    macros: Any = environment().get_template("reference_macros.md.jinja").module
    assert op.success is not None
    return to_html(str(macros.response_section(op.success, "成功時のレスポンス")))


def _rows(html: str) -> list[list[str]]:
    """Every table row's cells as text (tags removed)."""
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
        rows.append([re.sub(r"<[^>]+>", "", c).strip() for c in cells])
    return rows


def _details(html: str) -> list[str]:
    """The opening tags of every <details> element."""
    return re.findall(r"<details[^>]*>", html)


PETS: JsonDict = {
    "Pet": {
        "title": "ペット",
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
        },
    },
    "Cat": {
        "type": "object",
        "title": "猫",
        "required": ["kind"],
        "properties": {"kind": {"type": "string"}, "meow": {"type": "integer", "description": "鳴く回数"}},
    },
    "Dog": {
        "type": "object",
        "title": "犬",
        "required": ["kind", "bark"],
        "properties": {"kind": {"type": "string"}, "bark": {"type": "boolean", "description": "吠えるか"}},
    },
}


def test_one_of_body_shows_each_alternative_with_its_table_and_discriminator_value() -> None:
    html = _body_html(_operation(_document({"$ref": "#/components/schemas/Pet"}, {"type": "object"}, PETS)))
    assert "次のいずれか1つの形式に従います（oneOf）" in html
    assert "<code>kind</code>" in html and "discriminator" in html
    first, second = html.index("形式1: 猫（Cat）"), html.index("形式2: 犬（Dog）")
    assert first < second
    cat, dog = html[first:second], html[second:]
    assert "<code>kind</code> = <code>cat</code>" in cat
    assert "<code>kind</code> = <code>dog</code>" in dog
    assert ["meow", "integer", "任意", "鳴く回数"] in _rows(cat)
    assert ["bark", "boolean", "必須", "吠えるか"] in _rows(dog)
    assert not any(r[0] == "bark" for r in _rows(cat))
    assert not _details(cat.split("<details", 1)[0]), "top-level alternatives are shown, not collapsed"


def test_nested_any_of_collapses_each_branch_and_infers_the_discriminator_from_fixed_values() -> None:
    schemas: JsonDict = {
        "Card": {
            "type": "object",
            "title": "カード払い",
            "properties": {"method": {"const": "card"}, "number": {"type": "string"}},
        },
        "Bank": {
            "type": "object",
            "properties": {"method": {"type": "string", "enum": ["bank"]}, "iban": {"type": "string"}},
        },
    }
    order = {
        "type": "object",
        "properties": {
            "payment": {
                "description": "支払方法",
                "anyOf": [{"$ref": "#/components/schemas/Card"}, {"$ref": "#/components/schemas/Bank"}],
            }
        },
    }
    op = _operation(_document(order, {"type": "object"}, schemas))
    html = _body_html(op)
    assert ["payment", "Card | Bank", "任意", "支払方法"] in _rows(html)
    variants = [tag for tag in _details(html) if "mp-schema-variant" in tag]
    assert len(variants) == 2 and not [tag for tag in variants if "open" in tag]
    assert "（anyOf）" in html
    assert re.search(r"形式1: カード払い（Card）（<code>method</code> = <code>card</code>）</summary>", html)
    assert re.search(r"形式2: Bank（<code>method</code> = <code>bank</code>）</summary>", html)
    assert ["iban", "string", "任意", ""] in _rows(html)
    assert op.request_body is not None
    assert {"payment", "payment.number", "payment.iban"} <= {f.path for f in op.request_body.fields}


ALL_OF: JsonDict = {
    "Header": {
        "type": "object",
        "title": "共通ヘッダ",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"type": "string", "pattern": "^[A-Z]+$"},
            "processId": {"type": ["string", "null"], "description": "処理ID", "maxLength": 64},
        },
    },
    "Accepted": {
        "type": "object",
        "required": ["header"],
        "properties": {
            "header": {
                "description": "ヘッダ（processId は必須）",
                "allOf": [
                    {"$ref": "#/components/schemas/Header"},
                    {
                        "type": "object",
                        "required": ["processId"],
                        "properties": {
                            "kind": {"const": "ACCEPTED"},
                            "processId": {"type": "string", "minLength": 1, "description": "払い出した処理ID"},
                        },
                    },
                ],
            },
            "since": {"oneOf": [{"$ref": "#/components/schemas/Header"}, {"type": "null"}]},
        },
    },
}


def test_all_of_is_merged_into_one_table_with_each_field_once() -> None:
    op = _operation(_document(None, {"$ref": "#/components/schemas/Accepted"}, ALL_OF))
    html = _response_html(op)
    rows = _rows(html)
    assert ["header", "Header", "必須", "ヘッダ（processId は必須）"] in rows
    assert ["since", "Header | null", "任意", "共通ヘッダ"] in rows
    assert not [r for r in rows if "any" in r[1:2] or "&" in "".join(r[1:2])]
    header = html.split("<code>header</code> の項目", 1)[1].split("</details>", 1)[0]
    process = [r for r in _rows(header) if r[0] == "processId"]
    assert len(process) == 1, "processId listed once, not once per allOf part"
    _name, kind, required, text = process[0]
    assert (kind, required) == ("string", "必須")
    assert "払い出した処理ID" in text and "minLength: 1" in text and "maxLength: 64" in text
    kinds = [r for r in _rows(header) if r[0] == "kind"]
    assert len(kinds) == 1 and 'const: "ACCEPTED"' in kinds[0][3] and "pattern" in kinds[0][3]
    assert op.success is not None
    paths = [f.path for f in op.success.fields]
    assert len(paths) == len(set(paths))


def test_type_text_names_the_merged_object() -> None:
    document = _document(None, {"type": "object"}, ALL_OF)
    header = ALL_OF["Accepted"]["properties"]["header"]
    assert type_text(document, header) == "Header"
    assert type_text(document, {"allOf": [{"type": "object", "properties": {"a": {}}}]}) == "object"
    assert type_text(document, {"oneOf": [{"$ref": "#/components/schemas/Header"}, {"type": "null"}]}) == (
        "Header | null"
    )
    assert type_text(document, {"const": "x"}) == "string"
    assert type_text(document, {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}) == (
        "array<string | integer>"
    )


def test_deprecated_fields_carry_a_badge_with_their_sunset_in_nested_tables() -> None:
    schemas: JsonDict = {
        "Status": {
            "type": "object",
            "properties": {
                "detail": {
                    "type": "object",
                    "properties": {
                        "remainingDays": {"type": "integer", "deprecated": True, "x-sunset": "2027-06-30"},
                        "expiresAt": {"type": "string", "format": "date-time"},
                    },
                },
                "legacy": {"type": "string", "deprecated": True},
            },
        }
    }
    html = _response_html(_operation(_document(None, {"$ref": "#/components/schemas/Status"}, schemas)))
    top = html.split("<details", 1)[0]
    assert re.search(r"<code>legacy</code> <span class=\"mp-badge mp-badge--deprecated\">非推奨</span>", top)
    nested = html.split("<code>detail</code> の項目", 1)[1]
    assert re.search(r"<code>remainingDays</code> <span[^>]*>非推奨・廃止予定 2027-06-30</span>", nested)
    assert "<code>expiresAt</code> <span" not in nested


def test_nested_objects_collapse_into_closed_details_at_every_level() -> None:
    schemas: JsonDict = {
        "Tree": {
            "type": "object",
            "properties": {
                "a": {
                    "type": "object",
                    "properties": {
                        "b": {
                            "type": "array",
                            "items": {"type": "object", "properties": {"c": {"type": "string"}}},
                        }
                    },
                },
                "self": {"$ref": "#/components/schemas/Tree"},
            },
        }
    }
    op = _operation(_document(None, {"$ref": "#/components/schemas/Tree"}, schemas))
    html = _response_html(op)
    nested = [tag for tag in _details(html) if "mp-schema-nested" in tag]
    assert len(nested) == 2 and not [tag for tag in nested if "open" in tag]
    assert re.search(r"<summary><code>a</code> の項目（object）</summary>", html)
    inner = html.split("<code>a</code> の項目", 1)[1]
    assert re.search(r"<summary><code>a.b\[\]</code> の項目（array&lt;object&gt;）</summary>", inner)
    assert inner.index("<code>a.b[]</code>") < inner.index("</details>"), "the array's details sit inside a's"
    assert ["c", "string", "任意", ""] in _rows(inner)
    assert ["self", "Tree", "任意", ""] in _rows(html)  # recursion: the row that refers back, no endless tables


def test_spec_text_in_alternative_titles_stays_text() -> None:
    schemas: JsonDict = {
        "A": {"type": "object", "title": "</summary><script>alert(1)</script>", "properties": {"x": {}}},
        "B": {"type": "object", "title": "**太字** `code`", "properties": {"y": {}}},
    }
    holder: JsonDict = {
        "type": "object",
        "properties": {"p": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}},
    }
    for html in (
        _body_html(_operation(_document(holder, {"type": "object"}, schemas))),
        _body_html(_operation(_document(holder["properties"]["p"], {"type": "object"}, schemas))),
    ):
        assert "<script" not in html and "<strong>太字" not in html
        assert "&lt;script&gt;" in html


@pytest.fixture(scope="module")
def periodic() -> Api:
    specs = ROOT / "specs"
    checked = check_document(Workspace(specs), specs / "periodic-linkage.yaml", house=False)
    assert checked.bundle is not None
    return describe_api(checked.bundle.data, "periodic-linkage")


def test_periodic_linkage_token_request_shows_the_refresh_grant(periodic: Api) -> None:
    op = next(o for o in periodic.operations if o.operation_id == "periodicLinkageIssueToken")
    html = _body_html(op)
    refresh = html[html.index("RefreshTokenGrantRequest") :]
    assert "<code>grant_type</code> = <code>refresh_token</code>" in refresh
    assert ["refresh_token", "string", "必須"] == _rows(refresh)[2][:3]
    assert "AuthorizationCodeGrantRequest" in html


def test_periodic_linkage_deprecated_field_is_marked(periodic: Api) -> None:
    ops = [o for o in periodic.operations if o.success and "remainingDays" in {f.name for f in o.success.fields}]
    assert ops
    html = _response_html(ops[0])
    assert re.search(r"<code>remainingDays</code> <span[^>]*>非推奨・廃止予定 2027-06-30</span>", html)
