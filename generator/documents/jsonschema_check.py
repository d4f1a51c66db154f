"""JSON Schema checks of example and default values, never touching the network."""

from __future__ import annotations

import copy
import json
from typing import Any

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


class SchemaChecker:
    """Validates instances against schemas of one bundled document (local `#/components` refs work)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.oas30 = str(document.get("openapi", "")).startswith("3.0")
        components = document.get("components") or {}
        if self.oas30:
            components = _from_oas30(copy.deepcopy(components))
        self._components = components
        self._cache: dict[str, Any] = {}
        self._keys: dict[int, str] = {}  # id(schema) -> cache key, so each schema is serialised once

    def _key(self, schema: Any) -> str:
        key = self._keys.get(id(schema))
        if key is None:
            key = self._keys[id(schema)] = json.dumps(schema, sort_keys=True, default=str)
        return key

    def compile_all(self, schemas: list[Any]) -> None:
        """Compile every schema in one pass over one root (the document's components appear once).

        One validator per schema, each carrying all components, grows with the square of the
        document (2,000 schemas: 2 minutes, 22 GB); one map of them all takes a second.
        """
        names: dict[str, str] = {}
        defs: dict[str, Any] = {}
        for schema in schemas:
            if not isinstance(schema, (dict, bool)):
                continue
            key = self._key(schema)
            if key not in names and key not in self._cache:
                names[key] = f"s{len(names)}"
                defs[names[key]] = _from_oas30(schema) if self.oas30 else schema
        if not defs:
            return
        root = {"$defs": defs, "components": self._components}
        try:
            compiled = jsonschema_rs.validator_map_for(
                root, validate_formats=True, retriever=refuse_remote, base_uri="urn:mpgen:document"
            )
        except (ValueError, jsonschema_rs.ValidationError):
            return  # one schema is unusable: errors() compiles one by one and names it
        for key, name in names.items():
            validator = compiled.get(f"#/$defs/{name}")
            if validator is not None:
                self._cache[key] = validator

    def errors(self, schema: Any, instance: Any) -> list[tuple[Pointer, str]]:
        if not isinstance(schema, (dict, bool)):
            return []
        key = self._key(schema)
        validator = self._cache.get(key)
        if validator is None:
            body = _from_oas30(schema) if self.oas30 else schema
            root = {**body, "components": self._components} if isinstance(body, dict) else body
            try:
                validator = jsonschema_rs.validator_for(
                    root, validate_formats=True, retriever=refuse_remote, base_uri="urn:mpgen:document"
                )
            except (ValueError, jsonschema_rs.ValidationError) as exc:  # an unusable schema is reported elsewhere
                validator = str(exc).splitlines()[0]
            self._cache[key] = validator
        if isinstance(validator, str):
            return [((), f"schema cannot be compiled: {validator}")]
        out = []
        for err in validator.iter_errors(instance):
            out.append((tuple(str(p) for p in err.instance_path), _short(err.message)))
        return out


def _short(message: str, limit: int = 160) -> str:
    line = message.splitlines()[0] if message else "invalid"
    return line if len(line) <= limit else line[: limit - 1] + "…"
