"""The served operations, read once from a bundled document: parameters, bodies, responses, security."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.documents.walk import HTTP_METHODS
from generator.sandbox.schemas import Schemas
from generator.sandbox.specs import Api

# OpenAPI: header parameters with these names are ignored (the request line and security carry them).
_IGNORED_HEADERS = {"accept", "content-type", "authorization"}


@dataclass(frozen=True)
class Param:
    name: str
    where: str  # query, header, path, cookie
    required: bool
    schema: Any  # as written (a local $ref stays a $ref: its validator is shared)
    types: frozenset[str]  # the JSON types the resolved schema allows, for turning text into values
    items_types: frozenset[str]
    explode: bool
    delimiter: str  # for arrays that are not exploded: "," (form, simple), " " or "|"
    json_content: bool  # `content: {application/json: …}`: the value is JSON text


@dataclass(frozen=True)
class Body:
    required: bool
    content: dict[str, dict[str, Any]]  # media type -> media type object


@dataclass
class Operation:
    api: Api
    schemas: Schemas
    method: str  # upper case
    path: str  # the template as written in the document
    operation_id: str
    node: dict[str, Any]
    params: tuple[Param, ...]
    body: Body | None
    responses: dict[str, dict[str, Any]]  # status ("200", "4XX", "default") -> resolved response object
    security: list[dict[str, list[str]]]  # alternatives; [] or [{}] means anonymous
    schemes: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.api.slug


def read_operations(api: Api) -> list[Operation]:
    doc = api.document
    schemas = Schemas(doc)
    schemes = {
        name: schemas.resolve(s)
        for name, s in ((doc.get("components") or {}).get("securitySchemes") or {}).items()
        if isinstance(schemas.resolve(s), dict)
    }
    top_security = doc.get("security") if isinstance(doc.get("security"), list) else []
    out: list[Operation] = []
    for path, raw_item in (doc.get("paths") or {}).items():
        item = schemas.resolve(raw_item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            node = item.get(method)
            if not isinstance(node, dict):
                continue
            params = _params(schemas, item.get("parameters"), node.get("parameters"))
            body = _body(schemas, node.get("requestBody"))
            responses = {
                str(code): r
                for code, raw in (node.get("responses") or {}).items()
                if isinstance(r := schemas.resolve(raw), dict)
            }
            security = node.get("security", top_security)
            op = Operation(
                api=api,
                schemas=schemas,
                method=method.upper(),
                path=str(path),
                operation_id=str(node.get("operationId") or f"{method.upper()} {path}"),
                node=node,
                params=params,
                body=body,
                responses=responses,
                security=[s for s in security if isinstance(s, dict)] if isinstance(security, list) else [],
                schemes=schemes,
            )
            out.append(op)
    for op in out:  # request schemas are compiled at startup, in one map per document
        for p in op.params:
            schemas.add(p.schema)
        for media in op.body.content.values() if op.body else ():
            schemas.add(media.get("schema"))
    schemas.compile()
    return out


def _params(schemas: Schemas, *lists: Any) -> tuple[Param, ...]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for group in lists:  # operation parameters override path-item parameters with the same name and place
        for raw in group or []:
            p = schemas.resolve(raw)
            if isinstance(p, dict) and isinstance(p.get("name"), str) and isinstance(p.get("in"), str):
                merged[(p["in"], p["name"].lower() if p["in"] == "header" else p["name"])] = p
    out = []
    for (where, _), p in merged.items():
        if where == "header" and p["name"].lower() in _IGNORED_HEADERS:
            continue
        json_content = False
        schema = p.get("schema")
        if schema is None and isinstance(p.get("content"), dict) and p["content"]:
            media, media_obj = next(iter(p["content"].items()))
            schema = media_obj.get("schema") if isinstance(media_obj, dict) else None
            json_content = "json" in media
        if schema is None:
            schema = {}
        style = p.get("style") or ("form" if where in ("query", "cookie") else "simple")
        resolved = schemas.resolve(schema)
        items = schemas.resolve(resolved.get("items")) if isinstance(resolved, dict) else None
        out.append(
            Param(
                name=p["name"],
                where=where,
                required=bool(p.get("required")) or where == "path",
                schema=schema,
                types=types_of(schemas, resolved),
                items_types=types_of(schemas, items),
                explode=bool(p.get("explode", style == "form")),
                delimiter={"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ","),
                json_content=json_content,
            )
        )
    return tuple(out)


def types_of(schemas: Schemas, schema: Any, depth: int = 0) -> frozenset[str]:
    """The JSON types a schema admits, looking through allOf/oneOf/anyOf (empty: anything)."""
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict) or depth > 8:
        return frozenset()
    kind = schema.get("type")
    if isinstance(kind, str):
        found = {kind}
        if schema.get("nullable") is True:
            found.add("null")
        return frozenset(found)
    if isinstance(kind, list):
        return frozenset(str(k) for k in kind)
    found = set()
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            found |= types_of(schemas, sub, depth + 1)
    if "enum" in schema and not found:
        found = {_json_type(v) for v in schema["enum"]}
    return frozenset(found)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    return "string" if isinstance(value, str) else "object"


def _body(schemas: Schemas, raw: Any) -> Body | None:
    body = schemas.resolve(raw)
    if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
        return None
    content = {str(k).lower(): v for k, v in body["content"].items() if isinstance(v, dict)}
    return Body(required=bool(body.get("required")), content=content)
