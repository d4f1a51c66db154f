"""Request bodies by content type (JSON, form, multipart), parsed into values and checked against the schema."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from generator.sandbox.operations import Operation, types_of
from generator.sandbox.params import scalar
from generator.sandbox.schemas import Schemas, Violation

MAX_BODY_BYTES = 10 * 1024 * 1024  # larger bodies get 413; documented in the README's sandbox section
BINARY_PLACEHOLDER = "(binary)"  # a file part is checked as a string: its bytes are not looked into


class BadInput(Exception):
    """The body cannot be read at all: malformed, of a type the operation does not take, or too large."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass(frozen=True)
class ParsedBody:
    media: str | None  # the declared media type it matched, None when there is no body
    value: Any


def media_type(header: str | None) -> str:
    return (header or "").split(";", 1)[0].strip().lower()


def is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


async def read_body(op: Operation, content_type: str | None, raw: bytes) -> tuple[ParsedBody, list[Violation]]:
    """The body as a value and its violations against the operation's schema."""
    if op.body is None:
        return ParsedBody(None, None), []
    if not raw:
        if op.body.required:
            return ParsedBody(None, None), [Violation("body", "", "リクエストボディが必要です。", True)]
        return ParsedBody(None, None), []
    given = media_type(content_type)
    declared = _declared(op.body.content, given)
    if declared is None:
        accepted = "、".join(op.body.content)
        shown = given or "（指定なし）"
        raise BadInput(415, f"Content-Type {shown} は受け付けません。{accepted} を指定してください。")
    media_obj = op.body.content[declared]
    schema = media_obj.get("schema")
    schemas = op.schemas
    if is_json(given or declared):
        value = parse_json(raw)
    elif given == "application/x-www-form-urlencoded":
        value = _form(schemas, schema, raw)
    elif given == "multipart/form-data":
        value = await _multipart(schemas, schema, media_obj.get("encoding") or {}, content_type or "", raw)
    else:
        value = raw.decode("utf-8", errors="replace") if given.startswith("text/") else BINARY_PLACEHOLDER
    if schema is None:
        return ParsedBody(declared, value), []
    return ParsedBody(declared, value), schemas.violations(schema, value, "body")


def _declared(content: dict[str, dict[str, Any]], given: str) -> str | None:
    if given in content:
        return given
    if not given:
        return None
    major = given.split("/", 1)[0]
    for pattern in (f"{major}/*", "*/*"):
        if pattern in content:
            return pattern
    return None


def parse_json(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(400, f"本文が UTF-8 ではありません（{exc.start} バイト目）。") from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise BadInput(400, f"JSON として解析できません（{exc.lineno} 行 {exc.colno} 列：{exc.msg}）。") from None
    except RecursionError:
        raise BadInput(400, "JSON の入れ子が深すぎます。") from None


def _no_constant(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not JSON", name, 0)


def _form(schemas: Schemas, schema: Any, raw: bytes) -> dict[str, Any]:
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=1000)
    except (UnicodeDecodeError, ValueError):
        raise BadInput(400, "フォーム本文（application/x-www-form-urlencoded）を解析できません。") from None
    return _assemble(schemas, schema, [(k, v) for k, v in pairs])


async def _multipart(schemas: Schemas, schema: Any, encoding: dict[str, Any], content_type: str, raw: bytes) -> Any:
    async def stream() -> AsyncGenerator[bytes, None]:
        yield raw

    parser = MultiPartParser(Headers({"content-type": content_type}), stream(), max_files=100, max_fields=1000)
    try:
        form = await parser.parse()
    except (MultiPartException, ValueError) as exc:
        raise BadInput(400, f"multipart/form-data を解析できません（{exc}）。") from None
    pairs: list[tuple[str, Any]] = []
    try:
        for name, item in form.multi_items():
            if isinstance(item, UploadFile):
                part_type = media_type(_part_type(encoding, name) or item.content_type)
                data = await item.read()
                pairs.append((name, parse_json(data) if is_json(part_type) else BINARY_PLACEHOLDER))
            else:
                part_type = media_type(_part_type(encoding, name))
                pairs.append((name, parse_json(item.encode("utf-8")) if is_json(part_type) else item))
    finally:
        await form.close()
    return _assemble(schemas, schema, pairs)


def _part_type(encoding: dict[str, Any], name: str) -> str | None:
    entry = encoding.get(name)
    value = entry.get("contentType") if isinstance(entry, dict) else None
    return value.split(",")[0] if isinstance(value, str) else None


def _assemble(schemas: Schemas, schema: Any, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Name/value pairs as the object the schema describes: repeated names of array properties
    become lists, text of number/boolean properties becomes numbers/booleans."""
    out: dict[str, Any] = {}
    for name, value in pairs:
        types, items = _property_types(schemas, schema, name)
        if "array" in types:
            item = scalar(value, items) if isinstance(value, str) else value
            out.setdefault(name, []).append(item)
        elif name not in out:
            out[name] = scalar(value, types) if isinstance(value, str) else value
    return out


def _property_types(schemas: Schemas, schema: Any, name: str, depth: int = 0) -> tuple[frozenset[str], frozenset[str]]:
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict) or depth > 8:
        return frozenset(), frozenset()
    prop = (schema.get("properties") or {}).get(name)
    if prop is not None:
        resolved = schemas.resolve(prop)
        items = resolved.get("items") if isinstance(resolved, dict) else None
        return types_of(schemas, resolved), types_of(schemas, items)
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            found = _property_types(schemas, sub, name, depth + 1)
            if found[0]:
                return found
    return frozenset(), frozenset()
