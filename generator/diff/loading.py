"""Loading and bundling both sides. A file whose bytes are the same on both sides is parsed once."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Location, error
from generator.diff.side import Rename, Side, keep
from generator.documents.bundler import Workspace, bundle
from generator.documents.loader import MAX_BYTES, Document, LoadError
from generator.paths import real

Parsed = dict[tuple[bool, bytes], Document]


class DiffInputError(Exception):
    """A side cannot be compared (unreadable, invalid YAML, broken reference): exit 2 with located errors."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


class SharingWorkspace(Workspace):
    """A workspace that reuses the parse of identical bytes from the other side: most files of two
    versions are unchanged, and parsing dominates the cost of a diff. Whatever is not a plain twin
    (a new file, an error, a fragment that is not a mapping) is loaded by the base class as usual."""

    def __init__(self, root: Path, parsed: Parsed) -> None:
        super().__init__(root)
        self._parsed = parsed
        self._mine: dict[Path, Document] = {}

    def load(self, path: Path, **options: Any) -> Document:
        known = self._mine.get(path)  # the bundler asks again for a file it resolved already: spare the resolving
        if known is not None:
            return known
        given, path = path, real(path)
        known = self._mine.get(path)
        if known is not None:
            self._mine[given] = known
            return known
        key = _content_key(path)
        twin = self._parsed.get(key) if key is not None else None
        if twin is not None and isinstance(twin.data, dict):
            doc = replace(twin, path=path)  # same data and positions (never modified), its own path
        else:
            doc = super().load(path, **options)
            if key is not None:
                self._parsed[key] = doc
        self._mine[path] = self._mine[given] = doc
        return doc


def _content_key(path: Path) -> tuple[bool, bytes] | None:
    """What identifies a parse: the bytes and whether they are read as JSON (None: let loading report)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        raw = path.read_bytes()
    except (OSError, ValueError):
        return None
    return (path.suffix.lower() == ".json", hashlib.sha256(raw).digest())


def load_side(path: Path, root: Path, parsed: Parsed, name: str, rename: Rename = keep) -> Side:
    """Bundle one document; anything that stops it is a DiffInputError with located diagnostics."""
    ws = SharingWorkspace(root, parsed)
    try:
        entry = ws.load(path)
    except LoadError as exc:
        raise DiffInputError([_renamed(exc.diagnostic, rename)]) from None
    if "openapi" not in entry.data:
        at = Location(rename(entry.location(()).path))
        raise DiffInputError([error(at, "not-openapi", "no `openapi` field: this is not an OpenAPI document")])
    try:
        result, diagnostics = bundle(ws, entry)
    except RecursionError:
        at = Location(rename(entry.location(()).path))
        raise DiffInputError([error(at, "too-complex", "the document nests too deeply to bundle")]) from None
    problems = [_renamed(d, rename) for d in diagnostics if d.is_error]
    if problems:
        raise DiffInputError(problems)
    return Side(result, name, rename)


def _renamed(d: Diagnostic, rename: Rename) -> Diagnostic:
    loc = d.location
    return Diagnostic(Location(rename(loc.path), loc.line, loc.col), d.severity, d.rule, d.message)
