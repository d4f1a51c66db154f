"""JSON Schema checks of example and default values, never touching the network."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import jsonschema_rs

from generator.documents.loader import Pointer


def refuse_remote(uri: str) -> Any:
    raise ValueError(f"remote schema {uri!r} refused: references are never fetched")


def _from_oas30(schema: Any) -> Any:
    """OpenAPI 3.0 schema dialect to JSON Schema 2020-12 where they differ (nullable, exclusive bounds)."""
    if isinstance(schema, list):
        return [_from_oas30(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _from_oas30(v) for k, v in schema.items() if k not in ("example", "discriminator", "xml")}
    if out.pop("nullable", False) is True:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        elif "$ref" in out or "allOf" in out or "oneOf" in out or "anyOf" in out:
            out = {"anyOf": [out, {"type": "null"}]}
    for bound in ("Minimum", "Maximum"):
        flag = out.get("exclusive" + bound)
        if isinstance(flag, bool):
            limit = out.get(bound.lower())
            del out["exclusive" + bound]
            if flag and limit is not None:
                out["exclusive" + bound] = out.pop(bound.lower())
    return out


_BASE = "urn:mpgen:document"
# jsonschema-rs compiles a `$ref` by recursing into its target: near 25,000 links in a row overflow
# its stack and kill the process. Plain aliases are shortcut first (below), so only chains of real
# schemas count; a longer one is reported, never compiled.
MAX_REF_CHAIN = 10_000
_LITERALS = frozenset({"example", "examples", "default", "enum", "const"})


class SchemaChecker:
    """Validates instances against schemas of one bundled document (local `#/components` refs work)."""

    LIVE = 256  # compiled validators kept at once: each costs tens of kilobytes inside the schema library

    def __init__(self, document: dict[str, Any]) -> None:
        self.oas30 = str(document.get("openapi", "")).startswith("3.0")
        components = document.get("components") or {}
        if self.oas30:
            components = _from_oas30(copy.deepcopy(components))
        self._components = components
        self._registered: dict[str, tuple[Any, str]] = {}  # key -> (registry, name of the schema in it)
        self._live: dict[str, Any] = {}  # key -> compiled validator, least recently used first
        self._unusable: dict[str, str] = {}  # key -> why the schema cannot be compiled
        self._keys: dict[int, str] = {}  # id(schema) -> cache key, so each schema is serialised once

    def _key(self, schema: Any) -> str:
        key = self._keys.get(id(schema))
        if key is None:
            key = self._keys[id(schema)] = json.dumps(schema, sort_keys=True, default=str)
        return key

    def compile_all(self, schemas: list[Any]) -> None:
        """Register every schema in one registry that holds the document's components once; each is
        compiled when first used, and at most LIVE compiled validators are kept.

        One validator per schema, each carrying all components, grows with the square of the
        document (2,000 schemas: 2 minutes, 22 GB). A validator map of one root compiles every
        location of it, and each location follows its references to the end: a chain of 3,000
        `$ref`s took 5 GB. Validators drawn from a shared registry compile only what they reach, and
        keeping them all would still cost 40 times a document full of distinct examples.
        """
        names: dict[str, str] = {}
        defs: dict[str, Any] = {}
        for schema in schemas:
            if not isinstance(schema, (dict, bool)):
                continue
            key = self._key(schema)
            if key not in names and key not in self._registered and key not in self._unusable:
                names[key] = f"s{len(names)}"
                defs[names[key]] = _from_oas30(schema) if self.oas30 else schema
        if not defs:
            return
        root = {"$defs": defs, "components": _shortcut_aliases(self._components)}
        try:
            registry = jsonschema_rs.Registry([(_BASE, root)], retriever=refuse_remote)
        except (ValueError, jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError):
            return  # errors() compiles one by one and names the unusable schema
        chains = RefChains(root)
        for key, name in names.items():
            body = defs[name]
            # A schema the meta-schema rejects, or one declaring its own dialect or base, is compiled
            # alone: the message then names the real problem, as it always did.
            if isinstance(body, dict) and ("$schema" in body or "$id" in body or not jsonschema_rs.meta.is_valid(body)):
                continue
            links = chains.longest(body)
            if links > MAX_REF_CHAIN:
                self._unusable[key] = f"its $ref chain is {links:,} links long (at most {MAX_REF_CHAIN:,} are followed)"
                continue
            self._registered[key] = (registry, name)

    def errors(self, schema: Any, instance: Any) -> list[tuple[Pointer, str]]:
        if not isinstance(schema, (dict, bool)):
            return []
        key = self._key(schema)
        validator = self._live.pop(key, None)
        if validator is None and key not in self._unusable:
            validator = self._compile(key, schema)
        if validator is None:
            return [((), f"schema cannot be compiled: {self._unusable[key]}")]
        self._live[key] = validator  # most recently used last
        if len(self._live) > self.LIVE:
            del self._live[next(iter(self._live))]
        out = []
        for err in validator.iter_errors(instance):
            out.append((tuple(str(p) for p in err.instance_path), _short(err.message)))
        return out

    def _compile(self, key: str, schema: Any) -> Any:
        """The validator of schema, or None with the reason in _unusable."""
        registered = self._registered.get(key)
        if registered is not None:
            registry, name = registered
            try:
                return jsonschema_rs.validator_for(
                    {"$ref": f"{_BASE}#/$defs/{name}"},
                    registry=registry,
                    validate_formats=True,
                    retriever=refuse_remote,
                )
            except (ValueError, jsonschema_rs.ValidationError):
                del self._registered[key]  # compiled alone below, for the message
        body = _from_oas30(schema) if self.oas30 else schema
        root = {**body, "components": self._components} if isinstance(body, dict) else body
        links = RefChains(root).longest(body)
        if links > MAX_REF_CHAIN:
            self._unusable[key] = f"its $ref chain is {links:,} links long (at most {MAX_REF_CHAIN:,} are followed)"
            return None
        try:
            return jsonschema_rs.validator_for(root, validate_formats=True, retriever=refuse_remote, base_uri=_BASE)
        except (ValueError, jsonschema_rs.ValidationError) as exc:  # an unusable schema is reported elsewhere
            self._unusable[key] = str(exc).splitlines()[0]
            return None


_ALIAS_PREFIX = "#/components/schemas/"


def _shortcut_aliases(components: Any) -> Any:
    """Components whose schemas that only alias another (`{$ref: …}`) point straight at the end of
    their chain: the same validation, without one level of recursion per link in the schema library."""
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return components

    def alias_of(value: Any) -> str | None:
        if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("$ref"), str):
            ref: str = value["$ref"]
            name = ref[len(_ALIAS_PREFIX) :]
            if ref.startswith(_ALIAS_PREFIX) and "/" not in name and "~" not in name and "%" not in name:
                return name
        return None

    ends: dict[str, str] = {}  # alias -> the schema its chain ends at (itself for the rest)
    for start in schemas:
        trail: list[str] = []
        name: str | None = start
        while name is not None and name in schemas and name not in ends and name not in trail:
            trail.append(name)
            name = alias_of(schemas[name])
        if name is None:
            end = trail[-1] if trail else start
        elif name in trail:  # a cycle of aliases: left as written, for the schema library to report
            ends.update((link, link) for link in trail)
            continue
        else:  # joins a chain resolved before, or ends at a missing schema the library will name
            end = ends.get(name, name)
        ends.update((link, end) for link in trail)
    shortcut = {
        name: {"$ref": _ALIAS_PREFIX + ends[name]} if ends.get(name, name) != name else value
        for name, value in schemas.items()
    }
    return {**components, "schemas": shortcut}


class RefChains:
    """The longest chain of local `$ref`s a schema leads the compiler through (recursion followed once)."""

    _ACTIVE = -1

    def __init__(self, root: Any) -> None:
        self.root = root
        self.memo: dict[str, int] = {}

    def longest(self, schema: Any) -> int:
        best = 0
        for ref in _refs_in(schema):
            best = max(best, 1 + self._depth(ref))
        return best

    def _target(self, ref: str) -> Any:
        node = self.root
        for part in ref[2:].split("/") if ref.startswith("#/") else []:
            part = unquote(part).replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node if ref.startswith("#/") else None

    def _depth(self, ref: str) -> int:
        """Links after ref, by an explicit stack: a chain of 100,000 must not exhaust Python's either."""
        known = self.memo.get(ref)
        if known is not None:
            return max(known, 0)
        self.memo[ref] = self._ACTIVE
        stack: list[tuple[str, Iterator[str], list[int]]] = [(ref, iter(_refs_in(self._target(ref))), [0])]
        while stack:
            current, pending, best = stack[-1]
            nxt = next(pending, None)
            if nxt is None:
                stack.pop()
                self.memo[current] = best[0]
                if stack:
                    stack[-1][2][0] = max(stack[-1][2][0], best[0] + 1)
                continue
            known = self.memo.get(nxt)
            if known is None:
                self.memo[nxt] = self._ACTIVE
                stack.append((nxt, iter(_refs_in(self._target(nxt))), [0]))
            elif known != self._ACTIVE:  # an active one is recursion: compiled lazily, not again
                best[0] = max(best[0], known + 1)
        return self.memo[ref]


def _refs_in(schema: Any) -> list[str]:
    """The distinct local `$ref` strings anywhere in schema (values of examples and enums excluded)."""
    found: dict[str, None] = {}
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                found[ref] = None
            stack += [v for k, v in node.items() if k not in _LITERALS and isinstance(v, (dict, list))]
        elif isinstance(node, list):
            stack += [v for v in node if isinstance(v, (dict, list))]
    return list(found)


def _short(message: str, limit: int = 160) -> str:
    line = message.splitlines()[0] if message else "invalid"
    return line if len(line) <= limit else line[: limit - 1] + "…"
