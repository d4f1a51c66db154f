"""One side of a comparison: a bundled document and the way from its nodes back to source positions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Location
from generator.documents.bundler import Bundle
from generator.documents.loader import Pointer
from generator.documents.refs import RefRefused, parse_pointer

Rename = Callable[[str], str]


def keep(path: str) -> str:
    return path


@dataclass
class Side:
    bundle: Bundle
    name: str  # what the reader calls this document (catalogue slug or file name)
    rename: Rename = keep  # a checked-out revision shows as `REV:specs/x.yaml`, not as a temporary file
    # `#/components/…` → its pointer: the same few hundred references are followed thousands of times
    _pointers: dict[str, Pointer | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def data(self) -> dict[str, Any]:
        return self.bundle.data

    def at(self, pointer: Pointer) -> Location:
        """The source file:line:col of a node of the bundle (through hoisted and inlined references)."""
        loc = self.bundle.location(pointer)
        return Location(self.rename(loc.path), loc.line, loc.col)

    def lookup(self, pointer: Pointer) -> Any:
        cur: Any = self.data
        for part in pointer:
            if isinstance(cur, dict):
                cur = cur.get(part)
            elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
                cur = cur[int(part)]
            else:
                return None
        return cur

    def resolve(self, pointer: Pointer, node: Any) -> tuple[Pointer, Any]:
        """Follow local `$ref`s (a bundle has no other kind); the pointer becomes the target's."""
        for _ in range(64):  # a chain longer than this is a cycle of plain references
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not isinstance(ref, str) or not ref.startswith("#"):
                return pointer, node
            if ref not in self._pointers:
                try:
                    self._pointers[ref] = parse_pointer(ref[1:])
                except RefRefused:
                    self._pointers[ref] = None
            target = self._pointers[ref]
            if target is None:
                return pointer, None
            pointer, node = target, self.lookup(target)
        return pointer, None
