"""The stateless answer of an operation: status, media type, body and headers, chosen the way Prism
does (`Prefer: code=…, example=…, dynamic=true`); example answers are serialised once and reused."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from generator.sandbox.dynamic import seed_for
from generator.sandbox.examples import NOT_FOUND, binary_sample, pick_example, schema_value
from generator.sandbox.operations import Operation
from generator.sandbox.problems import Failure


@dataclass(frozen=True)
class Prefer:
    code: str | None = None
    example: str | None = None
    dynamic: bool = False

    @property
    def empty(self) -> bool:
        return self.code is None and self.example is None and not self.dynamic


def parse_prefer(header: str | None) -> Prefer:
    if not header:
        return Prefer()
    values: dict[str, str] = {}
    for token in header.replace(";", ",").split(","):
        key, _, value = token.strip().partition("=")
        values[key.strip().lower()] = value.strip().strip('"')
    return Prefer(
        code=values.get("code") or None,
        example=values.get("example") or None,
        dynamic=values.get("dynamic", "").lower() == "true",
    )


@dataclass(frozen=True)
class Reply:
    status: int
    media: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def json_reply(status: int, body: Any, media: str = "application/json", headers: dict[str, str] | None = None) -> Reply:
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Reply(status, media, data, headers or {})


class Responder:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._cache: dict[tuple[str, str, str, str, str | None], Reply] = {}

    def reply(self, op: Operation, prefer: Prefer, accept: str | None, request_key: str) -> Reply | Failure:
        status = self._status(op, prefer.code)
        if status is None:
            declared = ", ".join(sorted(op.responses))
            return Failure(
                400,
                "no-such-response",
                "指定された応答は定義されていません",
                f"Prefer: code={prefer.code} はこの操作に定義されていません（定義済み：{declared}）。",
                "E0400003",
            )
        response = op.responses[status]
        content: dict[str, Any] = response["content"] if isinstance(response.get("content"), dict) else {}
        media = _negotiate(content, accept) if content else None
        key = (op.slug, op.operation_id, status, media or "", prefer.example)
        if not prefer.dynamic and key in self._cache:
            return self._cache[key]
        seed = seed_for(self.seed, op.method, request_key) if prefer.dynamic else seed_for(self.seed, op.operation_id)
        body = b""
        named_found = prefer.example is None
        if media is not None:
            media_obj = content[media]
            value: Any = NOT_FOUND
            if not prefer.dynamic:
                value = pick_example(op.schemas, media_obj, prefer.example)
                named_found = named_found or value is not NOT_FOUND
                if value is NOT_FOUND and prefer.example is not None:
                    value = pick_example(op.schemas, media_obj, None)
            if value is NOT_FOUND and _is_json(media):
                value = schema_value(op.schemas, media_obj.get("schema"), seed, prefer.dynamic)
            if value is NOT_FOUND:  # nothing generated validates: the example is still a valid answer
                value = pick_example(op.schemas, media_obj, None)
            body = _serialise(media, value)
        headers, header_found = self._headers(op, response, prefer, seed)
        if not (named_found or header_found):
            return Failure(
                400,
                "no-such-example",
                "指定された例は定義されていません",
                f"Prefer: example={prefer.example} は応答 {status} に定義されていません。",
                "E0400003",
            )
        reply = Reply(_numeric(status), media, body, headers)
        if not prefer.dynamic:
            self._cache[key] = reply
        return reply

    @staticmethod
    def _status(op: Operation, wanted: str | None) -> str | None:
        codes = list(op.responses)
        if wanted is not None:
            if wanted in op.responses:
                return wanted
            pattern = f"{wanted[:1]}XX"
            if pattern in op.responses:
                return pattern
            return None
        for first in "23":
            found = sorted(c for c in codes if c.startswith(first))
            if found:
                return found[0]
        numeric = sorted(c for c in codes if c[:1].isdigit())
        return numeric[0] if numeric else ("default" if "default" in codes else None)

    def _headers(
        self, op: Operation, response: dict[str, Any], prefer: Prefer, seed: int
    ) -> tuple[dict[str, str], bool]:
        out: dict[str, str] = {}
        found = False
        for name, raw in (response.get("headers") or {}).items():
            header = op.schemas.resolve(raw)
            if not isinstance(header, dict) or name.lower() == "content-type":
                continue
            value: Any = NOT_FOUND
            if prefer.example is not None and not prefer.dynamic:
                value = pick_example(op.schemas, header, prefer.example)
                found = found or value is not NOT_FOUND
            if value is NOT_FOUND and not prefer.dynamic:
                value = pick_example(op.schemas, header, None)
            if value is NOT_FOUND:
                value = schema_value(op.schemas, header.get("schema"), seed_for(seed, name), prefer.dynamic)
            if value is NOT_FOUND:
                continue
            out[name] = header_text(value)
        return out, found


def header_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(header_text(v) for v in value)
    return str(value)


def _numeric(status: str) -> int:
    if status[:1].isdigit() and status[1:].upper() == "XX":
        return int(status[0]) * 100
    return int(status) if status.isdigit() else 200


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _negotiate(content: dict[str, Any], accept: str | None) -> str:
    media_types = list(content)
    if accept:
        for part in accept.split(","):
            wanted = part.split(";", 1)[0].strip().lower()
            if wanted in content:
                return wanted
            if wanted.endswith("/*"):
                major = wanted[:-1]
                for media in media_types:
                    if media.startswith(major):
                        return media
    for media in media_types:
        if _is_json(media):
            return media
    return media_types[0]


def _serialise(media: str, value: Any) -> bytes:
    if value is NOT_FOUND:
        return binary_sample(media) if not _is_json(media) else b"{}"
    if _is_json(media):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if isinstance(value, str):
        return value.encode("utf-8")
    return binary_sample(media)
