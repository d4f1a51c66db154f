"""Shaping the model generator's input: inline schemas named from their context, error-only schemas left
out, and each schema's side (what the client sends, what it receives) decided for strictness.

Everything here works on the copy of `components/schemas` that the model generator receives, whose keys are
already class names. A response must not break when the server adds a property or an enum value, so every
schema the client receives keeps unknown properties (`additionalProperties: true`, pydantic `extra="allow"`)
and its enums are open (unknown values become pseudo-members); schemas only ever sent keep their strictness.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.documents.walk import HTTP_METHODS, SCHEMA_REF, resolve
from generator.naming import is_reserved, pascal_words, unique

JsonDict = dict[str, Any]
# What stays beside the `$ref` where an inline schema was: it describes the use, not the type.
_SITE_KEYS = ("title", "description", "default", "deprecated", "readOnly", "writeOnly", "example", "examples")


@dataclass(frozen=True)
class Sides:
    """Component names by how the client uses them; `keep` is everything the models module needs."""

    received: frozenset[str]  # reachable from a success response, a webhook or callback body, or nothing at all
    sent: frozenset[str]  # reachable from a request body or a parameter
    keep: frozenset[str]


def _component(ref: str) -> str:
    """`#/components/schemas/A~1B/properties/c` -> `A/B`: the component a reference reaches into."""
    return ref[len(SCHEMA_REF) :].split("/", 1)[0].replace("~1", "/").replace("~0", "~")


def referred_schemas(node: Any) -> Iterator[str]:
    """Component names a schema refers to (discriminator mapping values included)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                yield _component(ref)
            discriminator = item.get("discriminator")
            mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
            for value in mapping.values() if isinstance(mapping, dict) else ():
                if isinstance(value, str):
                    yield _component(value) if value.startswith(SCHEMA_REF) else value
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _reach(schemas: JsonDict, roots: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = [r for r in roots if r in schemas]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(r for r in referred_schemas(schemas[name]) if r in schemas and r not in seen)
    return seen


def _media_schemas(doc: JsonDict, holder: Any) -> Iterator[Any]:
    holder = resolve(doc, holder)
    content = holder.get("content") if isinstance(holder, dict) else None
    for media in (content or {}).values() if isinstance(content, dict) else ():
        if isinstance(media, dict):
            yield media.get("schema")


def _operations(doc: JsonDict) -> Iterator[tuple[tuple[str, str, str], JsonDict, JsonDict, bool]]:
    """(pointer, operation, path item, inbound) for paths, webhooks and callbacks; inbound: the server calls us."""
    todo: list[tuple[str, Any, bool]] = [
        (section, item, section == "webhooks")
        for section in ("paths", "webhooks")
        for item in ((doc.get(section) or {}).items() if isinstance(doc.get(section), dict) else ())
    ]
    while todo:
        section, (path, raw_item), inbound = todo.pop(0)
        item = resolve(doc, raw_item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            yield (section, str(path), method), op, item, inbound
            for callback in (op.get("callbacks") or {}).values() if isinstance(op.get("callbacks"), dict) else ():
                callback = resolve(doc, callback)
                if isinstance(callback, dict):
                    todo += [("callbacks", entry, True) for entry in callback.items()]


def sides(doc: JsonDict, schemas: JsonDict, hoisted: dict[tuple[str, ...], str]) -> Sides:
    """Which components the client receives and which it sends. Schemas used only by error responses are
    left out: errors carry the runtime's one `Problem` class."""
    received: set[str] = set()
    sent: set[str] = set()
    errors: set[str] = set()
    for (section, path, method), op, item, inbound in _operations(doc):
        body_key = (section, path, method, "requestBody")
        body = {hoisted[body_key]} if body_key in hoisted else set()
        for schema in _media_schemas(doc, op.get("requestBody")):
            body.update(referred_schemas(schema))
        (received if inbound else sent).update(body)
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = resolve(doc, raw)
            if isinstance(param, dict):
                sent.update(referred_schemas(param.get("schema")))
                sent.update(referred_schemas(param.get("content")))
        for status, response in (op.get("responses") or {}).items() if isinstance(op.get("responses"), dict) else ():
            key = (section, path, method, "responses", str(status))
            found = {hoisted[key]} if key in hoisted else set()
            for schema in _media_schemas(doc, response):
                found.update(referred_schemas(schema))
            if not inbound:  # what a webhook receiver answers is not the client's business
                (received if str(status)[:1] in ("1", "2", "3") else errors).update(found)
    used = _reach(schemas, received | sent | errors)
    orphans = {name for name in schemas if name not in used}  # the document's own vocabulary: keep, lenient
    received_all = _reach(schemas, received | orphans)
    sent_all = _reach(schemas, sent)
    return Sides(frozenset(received_all), frozenset(sent_all), frozenset(received_all | sent_all))


# --------------------------------------------------------------------------- inline schemas as classes


def is_nullable(schema: JsonDict) -> bool:
    kinds = schema.get("type")
    values = schema.get("enum")
    return (
        schema.get("nullable") is True
        or (isinstance(kinds, list) and "null" in kinds)
        or (isinstance(values, list) and None in values)
    )


def needs_class(schema: Any) -> bool:
    """The model generator writes a class for this inline schema (an object, a composition or an enum)."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    parts = schema.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and "properties" not in schema:
        part = parts[0]
        if isinstance(part, dict) and "$ref" in part:
            return False  # `allOf: [$ref]` (often with nullable): the referenced class itself
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return True
    return (
        "properties" in schema
        or any(k in schema for k in ("allOf", "oneOf", "anyOf"))
        or (schema.get("type") == "object" and "additionalProperties" not in schema)
    )


def _singular(name: str) -> str:
    """The class name for the items of an array property (`HolderResults` → `HolderResult`)."""
    for ending, replacement in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh")):
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[: -len(ending)] + replacement
    if name.endswith("s") and not name.endswith(("ss", "us", "is")) and len(name) > 3:
        return name[:-1]
    return name + "Item"


@dataclass
class _Site:
    container: Any  # dict or list holding the inline schema
    key: Any
    parent: str  # class name of the schema it belongs to
    hint: str  # the name the context suggests (property name, singular for items)
    received: bool  # the parent is (so far) a schema the client receives


def _sites(schema: Any, parent: str, hint: str, received: bool) -> Iterator[_Site]:
    """Inline schemas below `schema` that become classes, in document order, without descending into them."""
    stack: list[tuple[Any, Any, Any, str]] = [(None, None, schema, hint)]  # container, key, node, name hint
    while stack:
        container, key, node, here = stack.pop()
        if container is not None and needs_class(node) and not _is_single_value(node, received):
            yield _Site(container, key, parent, here, received)
            continue
        if not isinstance(node, dict) or "$ref" in node:
            continue
        children: list[tuple[Any, Any, Any, str]] = []
        props = node.get("properties")
        if isinstance(props, dict):
            children += [(props, k, v, pascal_words(str(k))) for k, v in props.items()]
        if isinstance(node.get("items"), dict):
            children.append((node, "items", node["items"], _singular(here) if here else "Item"))
        if isinstance(node.get("additionalProperties"), dict):
            children.append((node, "additionalProperties", node["additionalProperties"], here + "Value"))
        for combo in ("allOf", "oneOf", "anyOf"):
            parts = node.get(combo)
            if isinstance(parts, list):  # parts merge into (or are alternatives of) this class: not sites
                children += [(None, None, part, here) for part in parts]
        stack.extend(reversed(children))


def _is_single_value(schema: JsonDict, received: bool) -> bool:
    """A one-value enum in a schema only ever sent is a constant (`Literal`); received, it stays an open enum."""
    values = schema.get("enum")
    if received or not isinstance(values, list) or len(values) != 1 or "properties" in schema:
        return False
    schema.pop("enum")
    schema["const"] = values[0]
    return True


def _site_schema(schema: JsonDict, name: str, version: str) -> JsonDict:
    """What replaces the inline schema: a reference (nullable where it was) with the use's own keys."""
    ref: JsonDict = {"$ref": SCHEMA_REF + name}
    if is_nullable(schema):
        ref = {"allOf": [ref], "nullable": True} if version.startswith("3.0") else {"anyOf": [ref, {"type": "null"}]}
    ref.update({k: schema[k] for k in _SITE_KEYS if k in schema})
    return ref


def _component_schema(schema: JsonDict) -> JsonDict:
    """The class's own schema: the inline one without what belongs to its use, and never nullable."""
    out = {k: copy.deepcopy(v) for k, v in schema.items() if k not in ("default", "readOnly", "writeOnly", "nullable")}
    kinds = out.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        rest = [k for k in kinds if k != "null"]
        out["type"] = rest[0] if len(rest) == 1 else rest
    if isinstance(out.get("enum"), list):
        out["enum"] = [v for v in out["enum"] if v is not None]
    return out


def hoist_inline(schemas: JsonDict, received: frozenset[str], version: str) -> None:
    """Give every inline object and enum its own component, named from its context.

    A property's schema takes the property's name (`mode` → `Mode`) when no other schema wants that name,
    else its parent's name in front (`HolderResultStatus`). Identical inline schemas become one class.
    Levels are named top-down, so a parent is named before its children.
    """
    taken = set(schemas)
    named: dict[str, str] = {}  # inline schema (canonical JSON) -> its class, across levels
    level = [(name, schemas[name], name in received) for name in list(schemas)]
    while level:
        sites = [site for parent, schema, rec in level for site in _sites(schema, parent, parent, rec)]
        groups: dict[str, list[_Site]] = {}
        for site in sites:
            text = json.dumps(site.container[site.key], sort_keys=True, ensure_ascii=False, default=str)
            if text in named:  # seen at an earlier level: the same class
                site.container[site.key] = _site_schema(site.container[site.key], named[text], version)
            else:
                groups.setdefault(text, []).append(site)
        wanted: dict[str, int] = {}
        for members in groups.values():
            wanted[members[0].hint] = wanted.get(members[0].hint, 0) + 1
        level = []
        for text, members in groups.items():
            first = members[0]
            hint = first.hint
            alone = hint[:1].isalpha() and hint.isascii() and not is_reserved(hint)
            if not alone or hint in taken or wanted[hint] > 1:
                hint = first.parent + (hint or "Value")
            name = named[text] = unique(hint, taken)
            schema = first.container[first.key]
            schemas[name] = _component_schema(schema)
            for site in members:
                site.container[site.key] = _site_schema(site.container[site.key], name, version)
            level.append((name, schemas[name], any(site.received for site in members)))


# --------------------------------------------------------------------------- strictness by side


def _own_nodes(schema: Any) -> Iterator[JsonDict]:
    """The schema and its inline subschemas, without following references."""
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict) and "$ref" not in node:
            yield node
            for key in ("properties", "patternProperties"):
                if isinstance(node.get(key), dict):
                    stack.extend(node[key].values())
            for key in ("items", "additionalProperties", "allOf", "oneOf", "anyOf", "prefixItems"):
                if isinstance(node.get(key), (dict, list)):
                    stack.append(node[key])


def open_received(schemas: JsonDict, received: frozenset[str]) -> frozenset[str]:
    """Received objects keep unknown properties; returns the received enums, which the caller makes open."""
    enums: set[str] = set()
    for name in received:
        schema = schemas.get(name)
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list):
            enums.add(name)
        for node in _own_nodes(schema):
            if "properties" in node and node.get("additionalProperties", False) is False:
                node["additionalProperties"] = True
    return frozenset(enums)
