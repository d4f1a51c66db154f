"""Error answers in the shape the operation declares: RFC 9457 problem+json (the shared `Problem`),
or an RFC 6749 `OAuthError` on the token endpoints."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from generator.sandbox.operations import Operation
from generator.sandbox.schemas import Violation

PROBLEM_TYPES = "https://developer.mynaportal-api.example.jp/problems/"
PROBLEM_JSON = "application/problem+json"


@dataclass
class Failure:
    """Something the sandbox refuses, before it is given the shape its operation declares."""

    status: int
    kind: str  # the last segment of the problem type URI
    title: str
    detail: str
    error_code: str  # a value of the shared ErrorCode table
    violations: list[Violation] = field(default_factory=list)
    oauth_error: str = "invalid_request"
    oauth_description: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # RFC 9457 extension members


def invalid_request(violations: list[Violation]) -> Failure:
    missing = all(v.missing for v in violations)
    first = violations[0]
    where = first.pointer or "本文"
    detail = f"{where}：{first.reason}" + (f"（ほか {len(violations) - 1} 件）" if len(violations) > 1 else "")
    code = "E0400002" if missing else "E0400003"
    if any(v.pointer.endswith("/telegramType") for v in violations):
        code = "E0400004"
    pointers = ", ".join(_ascii(v.pointer or "(body)") for v in violations[:5])
    return Failure(
        400,
        "invalid-parameter",
        "リクエストパラメータが不正です",
        detail,
        code,
        violations=violations,
        oauth_description=f"invalid or missing parameter(s): {pointers}",
    )


def malformed(status: int, detail: str) -> Failure:
    kinds = {400: "malformed-request", 413: "payload-too-large", 415: "unsupported-media-type"}
    titles = {
        400: "リクエストの形式が不正です",
        413: "リクエストボディが大きすぎます",
        415: "Content-Type が不正です",
    }
    return Failure(status, kinds.get(status, "malformed-request"), titles.get(status, titles[400]), detail, "E0400001")


def render(op: Operation | None, failure: Failure) -> tuple[str, bytes]:
    """The media type and body for a failure, shaped by what the operation declares for its status."""
    media, schema = _declared(op, failure.status)
    if op is not None and schema is not None and _is_oauth_error(op, schema):
        body: dict[str, Any] = {"error": failure.oauth_error}
        description = failure.oauth_description or _ascii(failure.title)
        body["error_description"] = description[:1000]
        return media or "application/json", _dump(body)
    problem: dict[str, Any] = {
        "type": PROBLEM_TYPES + failure.kind,
        "title": failure.title[:200],
        "status": failure.status,
        "detail": failure.detail[:2000],
        "instance": f"/problems/instances/{uuid.uuid4()}",
        "errorCode": failure.error_code,
    }
    if failure.violations:
        problem["invalidParams"] = [
            {"name": v.pointer[:200], "reason": v.reason[:500], "in": v.where} for v in failure.violations[:100]
        ]
    problem.update(failure.extra)
    return media or PROBLEM_JSON, _dump(problem)


def _declared(op: Operation | None, status: int) -> tuple[str | None, Any]:
    if op is None:
        return None, None
    response = op.responses.get(str(status)) or op.responses.get(f"{str(status)[0]}XX")
    if response is None:
        return None, None
    content = response.get("content")
    if not isinstance(content, dict) or not content:
        return None, None
    for media in (PROBLEM_JSON, "application/json", *content):
        if media in content and isinstance(content[media], dict):
            return media, content[media].get("schema")
    return None, None


def _is_oauth_error(op: Operation, schema: Any, depth: int = 0) -> bool:
    resolved = op.schemas.resolve(schema)
    if not isinstance(resolved, dict) or depth > 8:
        return False
    if "error" in (resolved.get("properties") or {}) and "error" in (resolved.get("required") or []):
        return True
    return any(_is_oauth_error(op, sub, depth + 1) for sub in resolved.get("allOf") or [])


def _ascii(text: str) -> str:
    return text.encode("ascii", "backslashreplace").decode("ascii").replace('"', "'").replace("\\", "/")


def _dump(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
