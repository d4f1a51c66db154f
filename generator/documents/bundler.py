"""Bundling: one self-contained document per API, external refs hoisted into `components`.

Like mature bundlers we resolve a `$ref` wherever it stands, except inside examples (data, kept as
written). Where the standard allows a reference (a schema, a response, a parameter ...) the target
is hoisted into `components` and referenced locally, so shared and recursive schemas stay shared
and recursive. Where it does not (a tag description, a whole `responses` or `properties` map, an
`enum` list) the target is substituted. A pointer may run through such a map reference
(`#/components/schemas/Pet` when `schemas` is `{$ref: schemas.yaml}`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Location, display_path, error
from generator.documents.loader import Document, LoadError, Pointer, load_file, require_mapping
from generator.documents.refs import RefRefused, format_pointer, resolve_ref
from generator.documents.walk import COMPONENT_KEY, KIND_OF_SECTION, SECTION, child_kind, iter_nodes, kind_at
from generator.naming import nfkc, pascal_case, unique
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

    def load(self, path: Path, *, mapping: bool = True) -> Document:
        """mapping: the file must hold a mapping (an entry document); a fragment may hold any value."""
        path = real(path)
        cached = self._docs.get(path)
        if cached is None:
            try:
                cached = load_file(path, mapping=False)
            except LoadError as exc:
                cached = exc
            self._docs[path] = cached
        if isinstance(cached, LoadError):
            raise cached
        if mapping:
            require_mapping(cached)
        return cached


_MAX_HOPS = 64  # map references a pointer may run through, in a row


class _Bundler:
    def __init__(self, workspace: Workspace, entry: Document) -> None:
        self.ws = workspace
        self.entry = entry
        self.diagnostics: list[Diagnostic] = []
        self.components: dict[str, dict[str, Any]] = {}
        self.hoisted: dict[tuple[Path, Pointer, str], str] = {}
        # Targets of component entries that are only a `$ref`: hoisted under that entry's name.
        self.claimed: dict[tuple[Path, Pointer, str], str] = {}
        # (section, name) -> (file, source value) of each component: an identical object reached by
        # another pointer (a YAML alias, a copy in the same file) shares the name instead of a suffix.
        self.sources: dict[tuple[str, str], tuple[Path, Any]] = {}
        self.inlining: list[tuple[Path, Pointer]] = []
        self.pending: list[tuple[str, str, Any, str, Document, Pointer]] = []
        self.origins: dict[Pointer, tuple[Document, Pointer]] = {(): (entry, ())}
        self.entry_path = real(entry.path)
        self.files: dict[Path, None] = {self.entry_path: None}
        self.oas31 = not str(entry.data.get("openapi", "")).startswith("3.0")
        existing = entry.data.get("components")
        existing = existing if isinstance(existing, dict) else {}
        self.taken: dict[str, set[str]] = {
            section: set(names) if isinstance(names := existing.get(section), dict) else set()
            for section in SECTION.values()
        }
        self.claim_component_names()

    def run(self) -> dict[str, Any]:
        out = self.walk(self.entry.data, "document", self.entry, (), ())
        assert isinstance(out, dict)
        # Hoisted targets are walked here, not where they are referenced: a chain of thousands of
        # files referring to each other then costs a queue, not thousands of stack frames.
        while self.pending:
            section, name, value, kind, target_doc, pointer = self.pending.pop(0)
            self.components[section][name] = self.walk(value, kind, target_doc, pointer, ("components", section, name))
        comps = out.setdefault("components", {}) if self.components else None
        if isinstance(comps, dict):  # anything else is reported by the structure check
            for section in sorted(self.components):
                target = comps.setdefault(section, {})
                if isinstance(target, dict):
                    target.update(self.components[section])
        return out

    def claim_component_names(self) -> None:
        """The bundle keeps the names the document gives its components. Sections written as a `$ref`
        to a map keep the names of that map's entries, and references elsewhere to those entries use
        them rather than hoisting a second copy. An entry that is only a `$ref` gives its name to the
        target (see claim_alias)."""
        reported, self.diagnostics = self.diagnostics, []  # the walk reports these where they are written
        try:
            found = self.follow(self.entry.data.get("components"), self.entry, ("components",))
            if found is None or not isinstance(found[2], dict):
                return
            doc, pointer, sections = found
            for section, value in sections.items():
                entries = self.follow(value, doc, (*pointer, section)) if section in KIND_OF_SECTION else None
                if entries is None or not isinstance(entries[2], dict):
                    continue
                for name, entry in entries[2].items():
                    if COMPONENT_KEY.fullmatch(name):
                        self.taken[section].add(name)
                        self.hoisted.setdefault((entries[0].path, (*entries[1], name), section), name)
                        if not self.claim_alias(section, name, entry, entries[0], (*entries[1], name)):
                            self.sources.setdefault((section, name), (entries[0].path, entry))
        finally:
            self.diagnostics = reported

    def claim_alias(self, section: str, name: str, entry: Any, doc: Document, pointer: Pointer) -> bool:
        """`X: {$ref: 'shared.yaml#/Y'}` makes the hoisted Y the component X itself, so the bundle holds
        it once, under the document's name, and not as X pointing to a copy named Y or X2 (issue #11).
        True when the entry is such an alias."""
        if not (isinstance(entry, dict) and len(entry) == 1 and isinstance(entry.get("$ref"), str)):
            return False  # siblings beside the `$ref` make the entry more than its target
        kind = KIND_OF_SECTION[section]
        if section == "pathItems" and not self.oas31:
            return False  # substituted, not hoisted (3.0 has no components/pathItems)
        found = self.locate(entry["$ref"], doc, (*pointer, "$ref"))
        if found is None:
            return False
        target_doc, target, value = found
        if target_doc.path == self.entry_path and kind_at(target) == kind:
            return False  # stays a local reference to a component of the entry document
        key = (target_doc.path, target, section)
        if key in self.hoisted:
            return False  # the target is itself a component of the document: the entry points to it
        current = self.claimed.get(key)
        # Two entries naming one target: the first wins, unless the other uses the target's own key.
        if current is None or (target and name == target[-1] != current):
            if current is not None:
                self.sources.pop((section, current), None)
            self.claimed[key] = name
            self.sources[(section, name)] = (target_doc.path, value)
            return True
        return False

    def follow(self, node: Any, doc: Document, pointer: Pointer) -> tuple[Document, Pointer, Any] | None:
        """Where node really is: itself, or the target of the `$ref` it consists of."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            return self.locate(node["$ref"], doc, (*pointer, "$ref"))
        return doc, pointer, node

    def walk(self, node: Any, kind: str, doc: Document, src: Pointer, dst: Pointer) -> Any:
        if kind == "literal":  # examples are data: a `$ref` in them is text
            return node
        if isinstance(node, list):
            item_kind = kind.split(":", 1)[1] if kind.startswith("list:") else child_kind(kind, "")
            return [self.walk(v, item_kind, doc, (*src, str(i)), (*dst, str(i))) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):  # in a map too: a string is never a valid entry, so it means the map
            return self.reference(node, ref, kind, doc, src, dst)
        if kind == "discriminator":
            return self.discriminator(node, doc, src, dst)
        out: dict[str, Any] = {}
        for key, value in node.items():
            out[key] = self.walk(value, child_kind(kind, key), doc, (*src, key), (*dst, key))
        return out

    def reference(self, node: dict[str, Any], ref: str, kind: str, doc: Document, src: Pointer, dst: Pointer) -> Any:
        found = self.locate(ref, doc, (*src, "$ref"))
        if found is None:
            return {}
        target_doc, pointer, value = found
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        section = SECTION.get(kind)
        if section == "pathItems" and not self.oas31:
            section = None  # 3.0 has no components/pathItems
        if section is not None:
            if target_doc.path == self.entry_path and kind_at(pointer) == kind:
                # A pointer into the entry document at an object of this kind stays valid: the bundle
                # keeps the entry's structure. Elsewhere (say under `x-defs`) the target is hoisted,
                # so that it is checked as what the reference says it is.
                local = {"$ref": "#" + format_pointer(pointer)}
            else:
                local = {"$ref": f"#/components/{section}/{self.hoist(target_doc, pointer, value, kind, section)}"}
            return {**local, **self.walk(siblings, kind, doc, src, dst)} if siblings else local
        # Not a place the standard allows a reference: substitute the target (cycles cannot be).
        key = (target_doc.path, pointer)
        if key in self.inlining:
            message = f"{ref!r} refers back to itself where it cannot be hoisted"
            self.diagnostics.append(error(doc.location((*src, "$ref")), "ref-cycle", message))
            return {}
        self.inlining.append(key)
        self.origins[dst] = (target_doc, pointer)
        inlined = self.walk(value, kind, target_doc, pointer, dst)
        self.inlining.pop()
        if siblings and isinstance(inlined, dict):
            for sibling in siblings:  # written beside the `$ref`: located in the referring file
                self.origins[(*dst, sibling)] = (doc, (*src, sibling))
            inlined.update(self.walk(siblings, kind, doc, src, dst))
        return inlined

    def locate(self, ref: str, doc: Document, where: Pointer, depth: int = 0) -> tuple[Document, Pointer, Any] | None:
        """(file, pointer, node) that ref in doc (at where) points to, following on the way any `$ref`
        that stands for a whole map; None once the reason it cannot be followed is reported.

        The reference's location is computed only for a diagnostic: it costs a walk up the pointer,
        and for JSON the positions of the whole file."""
        try:
            target = resolve_ref(ref, doc.path, self.ws.root)
        except RefRefused as refused:
            self.diagnostics.append(error(doc.location(where), refused.rule, refused.message))
            return None
        target_doc = self.load(target.path, ref, doc, where)
        if target_doc is None:
            return None
        node: Any = target_doc.data
        pointer: Pointer = ()
        for part in target.pointer:
            while isinstance(node, dict) and part not in node and isinstance(node.get("$ref"), str):
                depth += 1
                if depth > _MAX_HOPS:
                    message = f"{ref!r}: its references never end (a cycle?)"
                    self.diagnostics.append(error(doc.location(where), "ref-cycle", message))
                    return None
                found = self.locate(node["$ref"], target_doc, (*pointer, "$ref"), depth)
                if found is None:
                    return None
                target_doc, pointer, node = found
            node, ok = _step(node, part)
            if not ok:
                shown = format_pointer(target.pointer) or "/"
                message = f"{ref!r}: no {shown!r} in {display_path(target_doc.path)}"
                self.diagnostics.append(error(doc.location(where), "ref-not-found", message))
                return None
            pointer = (*pointer, part)
        return target_doc, pointer, node

    def load(self, path: Path, ref: str, doc: Document, where: Pointer) -> Document | None:
        """The file a reference (in doc, at where) points into; None once the failure is reported."""
        try:
            loaded = self.ws.load(path, mapping=False)
        except LoadError as exc:
            at = doc.location(where)
            if _exists(path):
                self.diagnostics.append(exc.diagnostic)
                self.diagnostics.append(error(at, "ref-not-found", f"{ref!r}: the target file cannot be loaded"))
            else:
                self.diagnostics.append(error(at, "ref-not-found", f"{ref!r}: file not found"))
            return None
        self.files.setdefault(loaded.path, None)
        return loaded

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

    def hoist(self, doc: Document, pointer: Pointer, value: Any, kind: str, section: str) -> str:
        key = (doc.path, pointer, section)
        name = self.hoisted.get(key)
        if name is not None:
            return name
        name = self.claimed.get(key)
        if name is None:
            base = pointer[-1] if pointer else doc.path.stem.split(".")[0]
            if not COMPONENT_KEY.fullmatch(base):
                base = pascal_case(base)
            name = self.same_object(section, base, doc.path, value)
            if name is not None:
                self.hoisted[key] = name
                return name
            name = unique(base, self.taken[section])
            self.sources[(section, name)] = (doc.path, value)
        self.hoisted[key] = name  # before walking: recursive schemas find their own name
        dst = ("components", section, name)
        self.origins[dst] = (doc, pointer)
        self.components.setdefault(section, {})[name] = {}
        self.pending.append((section, name, value, kind, doc, pointer))
        return name

    def same_object(self, section: str, base: str, path: Path, value: Any) -> str | None:
        """The taken name of base's series (base, base2 ...) that holds an identical value from the same
        file (relative references in it then mean the same): one object, one name. Only a genuinely
        different object gets a numeric suffix."""
        base = nfkc(base)
        candidate, n = base, 2
        while candidate in self.taken[section]:
            source = self.sources.get((section, candidate))
            if source is not None and source[0] == path and _identical(source[1], value):
                return candidate
            candidate, n = f"{base}{n}", n + 1
        return None


def _identical(a: Any, b: Any) -> bool:
    """Equal as JSON values: unlike `==`, `1`, `1.0` and `true` differ."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_identical(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(_identical(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):  # a name too long for the file system, or a NUL byte
        return False


def _step(node: Any, part: str) -> tuple[Any, bool]:
    if isinstance(node, dict) and part in node:
        return node[part], True
    if isinstance(node, list) and part.isdigit() and int(part) < len(node):
        return node[int(part)], True
    return None, False


def bundle(workspace: Workspace, entry: Document) -> tuple[Bundle, list[Diagnostic]]:
    """Bundle one entry document; diagnostics describe every reference that could not be followed."""
    bundler = _Bundler(workspace, entry)
    data = bundler.run()
    result = Bundle(data, entry, bundler.origins, list(bundler.files))
    return result, bundler.diagnostics
