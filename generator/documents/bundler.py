"""Bundling: one self-contained document per API, external refs hoisted into `components`.

Like mature bundlers we resolve a `$ref` wherever it stands. Where the standard allows a
reference (a schema, a response, a parameter ...) the target is hoisted into `components` and
referenced locally, so shared and recursive schemas stay shared and recursive. Where it does not
(a tag description, a whole `responses` map) the target is inlined.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Location, error
from generator.documents.loader import Document, LoadError, Pointer, load_file
from generator.documents.refs import RefRefused, Target, format_pointer, resolve_ref
from generator.documents.walk import COMPONENT_KEY, SECTION, child_kind, iter_nodes
from generator.naming import pascal_case, unique
from generator.paths import real


@dataclass
class Bundle:
    """A bundled document and the way back from each of its nodes to a source file position."""

    data: dict[str, Any]
    entry: Document
    origins: dict[Pointer, tuple[Document, Pointer]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)  # every file the bundle read, entry first

    @functools.cached_property
    def nodes(self) -> list[tuple[str, Pointer, Any]]:
        """Every object of the document with its kind, walked once for all checks and lint rules."""

        return list(iter_nodes(self.data))

    def location(self, pointer: Pointer) -> Location:
        probe = pointer
        while True:
            origin = self.origins.get(probe)
            if origin is not None:
                doc, source = origin
                return doc.location(source + pointer[len(probe) :])
            if not probe:
                return self.entry.location(pointer)
            probe = probe[:-1]


class Workspace:
    """Loaded files shared by every document of one run (a shared fragment is parsed once)."""

    def __init__(self, root: Path) -> None:
        self.root = real(root)
        self._docs: dict[Path, Document | LoadError] = {}

    def load(self, path: Path) -> Document:
        path = real(path)
        cached = self._docs.get(path)
        if cached is None:
            try:
                cached = load_file(path)
            except LoadError as exc:
                cached = exc
            self._docs[path] = cached
        if isinstance(cached, LoadError):
            raise cached
        return cached


class _Bundler:
    def __init__(self, workspace: Workspace, entry: Document) -> None:
        self.ws = workspace
        self.entry = entry
        self.diagnostics: list[Diagnostic] = []
        self.components: dict[str, dict[str, Any]] = {}
        self.hoisted: dict[tuple[Path, Pointer, str], str] = {}
        self.inlining: list[tuple[Path, Pointer]] = []
        self.pending: list[tuple[str, str, Any, str, Document, Pointer]] = []
        self.origins: dict[Pointer, tuple[Document, Pointer]] = {(): (entry, ())}
        self.files: dict[Path, None] = {real(entry.path): None}
        self.oas31 = not str(entry.data.get("openapi", "")).startswith("3.0")
        existing = entry.data.get("components")
        self.taken: dict[str, set[str]] = {
            section: set(existing.get(section) or {}) if isinstance(existing, dict) else set()
            for section in SECTION.values()
        }

    def run(self) -> dict[str, Any]:
        out = self.walk(self.entry.data, "document", self.entry, (), ())
        assert isinstance(out, dict)
        # Hoisted targets are walked here, not where they are referenced: a chain of thousands of
        # files referring to each other then costs a queue, not thousands of stack frames.
        while self.pending:
            section, name, value, kind, target_doc, pointer = self.pending.pop(0)
            self.components[section][name] = self.walk(value, kind, target_doc, pointer, ("components", section, name))
        if self.components:
            comps = out.setdefault("components", {})
            for section in sorted(self.components):
                target = comps.setdefault(section, {})
                for name, value in self.components[section].items():
                    target[name] = value
        return out

    def walk(self, node: Any, kind: str, doc: Document, src: Pointer, dst: Pointer) -> Any:
        if kind == "literal":
            return node
        if isinstance(node, list):
            item_kind = kind.split(":", 1)[1] if kind.startswith("list:") else child_kind(kind, "")
            return [self.walk(v, item_kind, doc, (*src, str(i)), (*dst, str(i))) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and not kind.startswith("map:"):
            return self.reference(node, ref, kind, doc, src, dst)
        if kind == "discriminator":
            return self.discriminator(node, doc, src, dst)
        out: dict[str, Any] = {}
        for key, value in node.items():
            out[key] = self.walk(value, child_kind(kind, key), doc, (*src, key), (*dst, key))
        return out

    def reference(self, node: dict[str, Any], ref: str, kind: str, doc: Document, src: Pointer, dst: Pointer) -> Any:
        at = doc.location((*src, "$ref"))
        try:
            target = resolve_ref(ref, doc.path, self.ws.root)
        except RefRefused as refused:
            self.diagnostics.append(error(at, refused.rule, refused.message))
            return {}
        try:
            target_doc = self.ws.load(target.path)
        except LoadError as exc:
            if _exists(target.path):
                self.diagnostics.append(exc.diagnostic)
                self.diagnostics.append(error(at, "ref-not-found", f"{ref!r}: the target file cannot be loaded"))
            else:
                self.diagnostics.append(error(at, "ref-not-found", f"{ref!r}: file not found"))
            return {}
        value, found = _lookup(target_doc.data, target.pointer)
        if not found:
            shown = format_pointer(target.pointer) or "/"
            self.diagnostics.append(
                error(at, "ref-not-found", f"{ref!r}: no {shown!r} in {target_doc.location(()).path}")
            )
            return {}
        self.files.setdefault(target.path, None)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        is_entry = target.path == real(self.entry.path)
        section = SECTION.get(kind)
        if section == "pathItems" and not self.oas31:
            section = None  # 3.0 has no components/pathItems
        if is_entry and section is not None:
            # Any pointer into the entry document stays valid: the bundle keeps its structure.
            local = {"$ref": "#" + format_pointer(target.pointer)}
            return {**local, **self.walk(siblings, kind, doc, src, dst)} if siblings else local
        if section is not None:
            name = self.hoist(target, target_doc, value, kind, section)
            local = {"$ref": f"#/components/{section}/{name}"}
            return {**local, **self.walk(siblings, kind, doc, src, dst)} if siblings else local
        # Not a place the standard allows a reference: inline the target (cycles cannot be inlined).
        key = (target.path, target.pointer)
        if key in self.inlining:
            self.diagnostics.append(error(at, "ref-cycle", f"{ref!r} refers back to itself where it cannot be hoisted"))
            return {}
        self.inlining.append(key)
        self.origins[dst] = (target_doc, target.pointer)
        inlined = self.walk(value, kind, target_doc, target.pointer, dst)
        self.inlining.pop()
        if siblings and isinstance(inlined, dict):
            inlined.update(self.walk(siblings, kind, doc, src, dst))
        return inlined

    def discriminator(self, node: dict[str, Any], doc: Document, src: Pointer, dst: Pointer) -> dict[str, Any]:
        """Mapping values that are references (not bare schema names) follow their target's hoisting."""
        out = dict(node)
        mapping = node.get("mapping")
        if isinstance(mapping, dict):
            fixed: dict[str, Any] = {}
            for key, value in mapping.items():
                if isinstance(value, str) and (
                    "/" in value or "#" in value or value.endswith((".yaml", ".yml", ".json"))
                ):
                    where = ("mapping", key)
                    local = self.reference({"$ref": value}, value, "schema", doc, (*src, *where), (*dst, *where))
                    fixed[key] = local.get("$ref", value) if isinstance(local, dict) else value
                else:
                    fixed[key] = value
            out["mapping"] = fixed
        return out

    def hoist(self, target: Target, target_doc: Document, value: Any, kind: str, section: str) -> str:
        key = (target.path, target.pointer, section)
        name = self.hoisted.get(key)
        if name is not None:
            return name
        base = target.pointer[-1] if target.pointer else target.path.stem.split(".")[0]
        if not COMPONENT_KEY.fullmatch(base):
            base = pascal_case(base)
        name = unique(base, self.taken[section])
        self.hoisted[key] = name  # before walking: recursive schemas find their own name
        dst = ("components", section, name)
        self.origins[dst] = (target_doc, target.pointer)
        self.components.setdefault(section, {})[name] = {}
        self.pending.append((section, name, value, kind, target_doc, target.pointer))
        return name


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):  # a name too long for the file system, or a NUL byte
        return False


def _lookup(data: Any, pointer: Pointer) -> tuple[Any, bool]:
    cur = data
    for part in pointer:
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return None, False
    return cur, True


def bundle(workspace: Workspace, entry: Document) -> tuple[Bundle, list[Diagnostic]]:
    """Bundle one entry document; diagnostics describe every reference that could not be followed."""
    bundler = _Bundler(workspace, entry)
    data = bundler.run()
    result = Bundle(data, entry, bundler.origins, list(bundler.files))
    return result, bundler.diagnostics
