"""A schema as a client sees it: `$ref`s followed and `allOf` merged, each keyword with the pointer
where it is written (so a finding can name the source line of the very keyword that changed)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from generator.diff.side import Side
from generator.documents.loader import Pointer

Part = tuple[Pointer, Any]  # (pointer in the bundle, schema object)


@dataclass(frozen=True)
class Located:
    value: Any
    at: Pointer


class View:
    """The merged view of one or more schema objects that all apply (the members of an `allOf`)."""

    def __init__(self, side: Side, parts: list[Part]) -> None:
        self.side = side
        self.ref_name = self._component_name(parts)
        self.parts = self._expand(parts)
        self.key: tuple[Pointer, ...] = tuple(p for p, _ in self.parts)
        self.at: Pointer = self.parts[0][0] if self.parts else (parts[0][0] if parts else ())

    def _expand(self, parts: list[Part]) -> list[Part]:
        out: list[Part] = []
        seen: set[Pointer] = set()
        stack = list(reversed(parts))
        while stack:
            pointer, node = stack.pop()
            if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                target, resolved = self.side.resolve(pointer, node)
                siblings = {k: v for k, v in node.items() if k != "$ref"}
                if siblings:  # 3.1 allows keywords beside $ref: both apply
                    stack.append((pointer, siblings))
                stack.append((target, resolved))
                continue
            if not isinstance(node, dict) or pointer in seen:
                continue
            seen.add(pointer)
            out.append((pointer, node))
            members = node.get("allOf")
            if isinstance(members, list):
                stack.extend(reversed([((*pointer, "allOf", str(i)), m) for i, m in enumerate(members)]))
        return out

    def _component_name(self, parts: list[Part]) -> str | None:
        """The schema component this view is, when it is one (not merely uses one in an allOf)."""
        if len(parts) != 1 or not isinstance(parts[0][1], dict) or "$ref" not in parts[0][1]:
            return None
        target, _node = self.side.resolve(*parts[0])
        return target[2] if len(target) == 3 and target[:2] == ("components", "schemas") else None

    def keyword(self, name: str) -> Located | None:
        for pointer, node in self.parts:
            if name in node:
                return Located(node[name], (*pointer, name))
        return None

    def flag(self, name: str) -> bool:
        return any(node.get(name) is True for _, node in self.parts)

    @functools.cached_property
    def types(self) -> Located | None:
        """The JSON types allowed (None: any), `nullable: true` of OpenAPI 3.0 counted as "null"."""
        allowed: set[str] | None = None
        at: Pointer | None = None
        for pointer, node in self.parts:
            declared = node.get("type")
            if isinstance(declared, str):
                declared = [declared]
            if isinstance(declared, list):
                names = {t for t in declared if isinstance(t, str)}
                allowed = names if allowed is None else allowed & names
                at = at or (*pointer, "type")
        if allowed is None or at is None:
            return None
        if self.flag("nullable"):
            allowed.add("null")
        return Located(frozenset(allowed), at)

    @functools.cached_property
    def properties(self) -> dict[str, list[Part]]:
        out: dict[str, list[Part]] = {}
        for pointer, node in self.parts:
            props = node.get("properties")
            if isinstance(props, dict):
                for name, schema in props.items():
                    out.setdefault(name, []).append(((*pointer, "properties", name), schema))
        return out

    @functools.cached_property
    def required(self) -> dict[str, Pointer]:
        out: dict[str, Pointer] = {}
        for pointer, node in self.parts:
            names = node.get("required")
            if isinstance(names, list):
                for i, name in enumerate(names):
                    if isinstance(name, str):
                        out.setdefault(name, (*pointer, "required", str(i)))
        return out

    @functools.cached_property
    def enum(self) -> list[Located] | None:
        """The allowed values, each with its own position (`const` is a one-value enum)."""
        for pointer, node in self.parts:
            if isinstance(node.get("enum"), list):
                return [Located(v, (*pointer, "enum", str(i))) for i, v in enumerate(node["enum"])]
            if "const" in node:
                return [Located(node["const"], (*pointer, "const"))]
        return None

    def subschemas(self, keyword: str) -> list[Part]:
        """The schemas under a one-schema keyword (`items`, `additionalProperties`) of every part."""
        return [
            ((*pointer, keyword), node[keyword]) for pointer, node in self.parts if isinstance(node.get(keyword), dict)
        ]

    def branches(self, keyword: str) -> list[Part]:
        for pointer, node in self.parts:
            members = node.get(keyword)
            if isinstance(members, list):
                return [((*pointer, keyword, str(i)), m) for i, m in enumerate(members)]
        return []

    def closed(self) -> Located | None:
        """Where `additionalProperties: false` is written, if it is."""
        for pointer, node in self.parts:
            if node.get("additionalProperties") is False:
                return Located(False, (*pointer, "additionalProperties"))
        return None


def type_text(types: frozenset[str] | None) -> str:
    if types is None:
        return "any"
    order = ("object", "array", "string", "number", "integer", "boolean", "null")
    return " | ".join(sorted(types, key=lambda t: (order.index(t) if t in order else len(order), t))) or "never"
