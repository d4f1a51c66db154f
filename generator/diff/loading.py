"""Loading and bundling both sides. A file whose bytes are the same on both sides is parsed once."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from generator.diagnostics import Diagnostic, Location, error
from generator.diff.side import Rename, Side, keep
from generator.documents.bundler import Workspace, bundle
from generator.documents.loader import MAX_BYTES, Document, LoadError, load_file, parse_bytes
from generator.paths import real

Parsed = dict[tuple[bool, bytes], Document]


class DiffInputError(Exception):
    """A side cannot be compared (unreadable, invalid YAML, broken reference): exit 2 with located errors."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


class SharingWorkspace(Workspace):
    """A workspace that reuses the parse of identical bytes from the other side: most files of two
    versions are unchanged, and parsing dominates the cost of a diff."""

    def __init__(self, root: Path, parsed: Parsed) -> None:
        super().__init__(root)
        self._parsed = parsed
        self._mine: dict[Path, Document | LoadError] = {}

    def load(self, path: Path) -> Document:
        path = real(path)
        got = self._mine.get(path)
        if got is None:
            try:
                got = self._read(path)
            except LoadError as exc:
                got = exc
            self._mine[path] = got
        if isinstance(got, LoadError):
            raise got
        return got

    def _read(self, path: Path) -> Document:
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
                return load_file(path)  # it refuses with the located reason
            raw = path.read_bytes()
        except (OSError, ValueError):
            return load_file(path)
        key = (path.suffix.lower() == ".json", hashlib.sha256(raw).digest())
        twin = self._parsed.get(key)
        if twin is not None:  # same data and positions, its own path (the data is never modified)
            return Document(path, twin.data, twin.positions, twin.text)
        doc = parse_bytes(raw, path)
        self._parsed[key] = doc
        return doc


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
