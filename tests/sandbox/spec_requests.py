"""Valid requests made from the spec itself: path, required parameters and body from examples
(or from the schema), so every operation can be called without hand-written fixtures."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from generator.sandbox.examples import NOT_FOUND, pick_example, schema_value
from generator.sandbox.operations import Operation
from generator.sandbox.responder import header_text

BEARER = "Bearer sandbox-test-token-0001"  # any OAuth bearer is accepted (session schemes need a login)


@dataclass
class SpecRequest:
    method: str
    path: str
    params: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | None = None
    files: list[tuple[str, tuple[str, bytes, str]]] | None = None
    data: dict[str, str] | None = None

    def send_kwargs(self) -> dict[str, Any]:
        out: dict[str, Any] = {"params": self.params, "headers": dict(self.headers)}
        if self.content is not None:
            out["content"] = self.content
        if self.files is not None:
            out["files"] = self.files
            if self.data:
                out["data"] = self.data
        elif self.data is not None:
            out["data"] = self.data
        return out


def _value(op: Operation, schema: Any) -> Any:
    value = schema_value(op.schemas, schema, 1, dynamic=False)
    assert value is not NOT_FOUND, f"{op.operation_id}: no value for {schema}"
    return value


def spec_request(op: Operation, bearer: str = BEARER) -> SpecRequest:
    path = op.api.base_path + op.path
    request = SpecRequest(op.method, path, headers={"Authorization": bearer})
    for param in op.params:
        if not param.required and param.where != "path":
            continue
        value = _value(op, param.schema)
        if param.where == "path":
            path = path.replace("{" + param.name + "}", str(value))
        elif param.where == "query":
            if isinstance(value, list):
                if param.explode:
                    request.params += [(param.name, header_text(v)) for v in value]
                else:
                    request.params.append((param.name, ",".join(header_text(v) for v in value)))
            else:
                request.params.append((param.name, header_text(value)))
        elif param.where == "header":
            request.headers[param.name] = header_text(value)
    request.path = path
    if op.body is not None:
        media, media_obj = next(iter(op.body.content.items()))
        example = pick_example(op.schemas, media_obj, None)
        body = example if example is not NOT_FOUND else _value(op, media_obj.get("schema"))
        if media == "application/x-www-form-urlencoded":
            request.data = {k: header_text(v) for k, v in body.items()}
        elif media == "multipart/form-data":
            request.files, request.data = _multipart(media_obj, body)
        else:
            request.headers["Content-Type"] = media
            request.content = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return request


def _multipart(media_obj: dict[str, Any], body: dict[str, Any]) -> tuple[list[Any], dict[str, str]]:
    encoding = media_obj.get("encoding") or {}
    files: list[Any] = []
    data: dict[str, str] = {}
    for name, value in body.items():
        part_type = str((encoding.get(name) or {}).get("contentType", "")).split(",")[0].strip()
        if part_type == "application/json" or (isinstance(value, (dict, list)) and not part_type):
            files.append((name, (f"{name}.json", json.dumps(value, ensure_ascii=False).encode(), "application/json")))
        elif isinstance(value, list):
            for i, _ in enumerate(value):
                files.append((name, (f"{name}-{i}.pdf", b"%PDF-1.4\n%%EOF\n", part_type or "application/pdf")))
        elif part_type:
            files.append((name, (f"{name}.bin", b"\x30\x03\x02\x01\x00", part_type)))
        else:
            data[name] = header_text(value)
    return files, data


def needs_session(box_session_schemes: dict[str, frozenset[str]], op: Operation) -> bool:
    """Does every way of calling the operation need a session token from the sandbox's own login?"""
    schemes = box_session_schemes.get(op.slug, frozenset())
    return bool(op.security) and all(any(name in schemes for name in alt) for alt in op.security)
