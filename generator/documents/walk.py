"""Walking an OpenAPI document: the kind of every object (schema, parameter ...), and local `$ref` lookup.

Shared by the bundler, the validator, the lint rules and the layers above, so none imports another for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.documents.loader import Pointer

SCHEMA_REF = "#/components/schemas/"  # the start of every reference to a component schema
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Component section for an object of each kind (None: not hoistable, inline instead).
SECTION = {
    "schema": "schemas",
    "response": "responses",
    "parameter": "parameters",
    "example": "examples",
    "requestBody": "requestBodies",
    "header": "headers",
    "securityScheme": "securitySchemes",
    "link": "links",
    "callback": "callbacks",
    "pathItem": "pathItems",
}
COMPONENT_KEY = re.compile(r"[a-zA-Z0-9._-]+")
KIND_OF_SECTION = {v: k for k, v in SECTION.items()}
METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace", "query"})
_SCHEMA_ONE = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "contains",
        "if",
        "then",
        "else",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "contentSchema",
        "additionalItems",
    }
)
_SCHEMA_LIST = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_MAP = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_LITERAL = frozenset({"example", "examples"})
_DATA = frozenset({"default", "enum", "const"})
# Kinds without OpenAPI structure inside. "literal": examples, data kept exactly as written (a `$ref`
# in them is text); "data": other JSON values, where a `$ref` is replaced by its target.
OPAQUE = frozenset({"literal", "data"})


def child_kind(kind: str, key: str) -> str:
    """The kind of object found under key inside an object of the given kind."""
    if kind in OPAQUE:
        return kind
    if key.startswith("x-"):
        return "data"
    match kind:
        case "document":
            return {"paths": "paths", "webhooks": "pathMap", "components": "components", "tags": "list:tag"}.get(
                key, "other"
            )
        case "paths" | "pathMap" | "callback":
            return "pathItem"
        case "pathItem":
            if key in METHODS:
                return "operation"
            return "list:parameter" if key == "parameters" else "other"
        case "operation":
            return {
                "parameters": "list:parameter",
                "requestBody": "requestBody",
                "responses": "responses",
                "callbacks": "map:callback",
            }.get(key, "other")
        case "responses":
            return "response"
        case "response":
            return {"headers": "map:header", "content": "map:mediaType", "links": "map:link"}.get(key, "other")
        case "requestBody":
            return "map:mediaType" if key == "content" else "other"
        case "parameter" | "header":
            if key == "schema":
                return "schema"
            return {"content": "map:mediaType", "examples": "map:example"}.get(
                key, "literal" if key == "example" else "other"
            )
        case "mediaType":
            return {"schema": "schema", "examples": "map:example", "encoding": "map:encoding"}.get(
                key, "literal" if key == "example" else "other"
            )
        case "encoding":
            return "map:header" if key == "headers" else "other"
        case "example":
            return "literal" if key == "value" else "other"
        case "components":
            section = KIND_OF_SECTION.get(key)
            return f"map:{section}" if section else "other"
        case "schema":
            if key in _SCHEMA_ONE:
                return "schema"
            if key in _SCHEMA_LIST:
                return "list:schema"
            if key in _SCHEMA_MAP:
                return "map:schema"
            if key == "discriminator":
                return "discriminator"
            if key in _LITERAL:
                return "literal"
            return "data" if key in _DATA else "schemaOther"
        case "schemaOther":
            return "schemaOther"
    if kind.startswith(("list:", "map:")):
        return kind.split(":", 1)[1]
    return "other"


def iter_nodes(data: Any, kind: str = "document", pointer: Pointer = ()) -> Iterator[tuple[str, Pointer, Any]]:
    """Every object of the bundled document with its kind (schema, mediaType, parameter ...)."""
    stack: list[tuple[str, Pointer, Any]] = [(kind, pointer, data)]
    while stack:
        kind, pointer, node = stack.pop()
        if kind in OPAQUE:
            continue
        if isinstance(node, dict):
            if not kind.startswith("map:"):
                yield kind, pointer, node
            for key in reversed(list(node)):
                stack.append((child_kind(kind, key), (*pointer, key), node[key]))
        elif isinstance(node, list):
            item_kind = kind.split(":", 1)[1] if kind.startswith("list:") else child_kind(kind, "")
            for i in reversed(range(len(node))):
                stack.append((item_kind, (*pointer, str(i)), node[i]))


def kind_at(pointer: Pointer) -> str:
    """The kind of object a document holds at pointer, as iter_nodes would report it."""
    kind = "document"
    for part in pointer:
        kind = kind.split(":", 1)[1] if kind.startswith("list:") else child_kind(kind, part)
    return kind


def operations(data: dict[str, Any]) -> Iterator[tuple[Pointer, str, str, dict[str, Any], dict[str, Any]]]:
    """(pointer, method, path-or-webhook, operation, path item) for every operation and webhook."""
    for section in ("paths", "webhooks"):
        items = data.get(section)
        if not isinstance(items, dict):
            continue
        for path, item in items.items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield (section, path, method), method, path, op, item


def resolve(data: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """Follow a local `$ref` chain within the bundled document."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#") and depth < 32:
        node, depth = local_target(data, node["$ref"]), depth + 1
    return node


def local_target(data: dict[str, Any], ref: str) -> Any:
    """What a local reference (`#/…`) points to, one step, into lists too (`…/parameters/0`); None if nothing."""
    cur: Any = data
    for part in ref[2:].split("/") if ref != "#" else []:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(cur, list):
            cur = cur[int(part)] if part.isdigit() and int(part) < len(cur) else None
        else:
            cur = cur.get(part) if isinstance(cur, dict) else None
    return cur
