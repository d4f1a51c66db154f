"""Does a response conform to its operation? Status declared, media type declared, body valid against
the schema, required headers present and every declared header valid. Used by the tests (and
usable by contract tests) to prove that what the sandbox sends matches the spec."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.sandbox.bodies import is_json, media_type
from generator.sandbox.operations import Operation, types_of
from generator.sandbox.params import scalar


def response_problems(op: Operation, status: int, headers: Mapping[str, str], body: bytes) -> list[str]:
    declared = op.responses.get(str(status)) or op.responses.get(f"{status // 100}XX") or op.responses.get("default")
    if declared is None:
        return [f"{op.operation_id}: status {status} is not declared"]
    out: list[str] = []
    content: dict[str, Any] = declared.get("content") or {}
    given = media_type(headers.get("content-type"))
    if content:
        media = given if given in content else next((m for m in content if m.endswith("/*")), None)
        if media is None:
            out.append(f"{op.operation_id} {status}: content type {given!r} is not one of {sorted(content)}")
        elif is_json(given):
            try:
                instance = json.loads(body)
            except ValueError as exc:
                return [*out, f"{op.operation_id} {status}: body is not JSON ({exc})"]
            schema = content[media].get("schema")
            if schema is not None:
                for v in op.schemas.violations(schema, instance, "response"):
                    out.append(f"{op.operation_id} {status}: {v.pointer or '/'}: {v.reason}")
    elif body:
        out.append(f"{op.operation_id} {status}: a body where the spec declares none")
    lowered = {k.lower(): v for k, v in headers.items()}
    for name, raw in (declared.get("headers") or {}).items():
        header = op.schemas.resolve(raw)
        if not isinstance(header, dict) or name.lower() == "content-type":
            continue
        value = lowered.get(name.lower())
        if value is None:
            if header.get("required"):
                out.append(f"{op.operation_id} {status}: required header {name} is missing")
            continue
        schema = header.get("schema")
        if schema is not None:
            typed = scalar(value, types_of(op.schemas, schema))
            for v in op.schemas.violations(schema, typed, "header"):
                out.append(f"{op.operation_id} {status}: header {name}: {v.reason}")
    return out


def find_operation(operations: list[Operation], operation_id: str) -> Operation:
    for op in operations:
        if op.operation_id == operation_id:
            return op
    raise KeyError(operation_id)
