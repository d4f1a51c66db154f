"""Pairs that cannot differ, found without parsing: a document whose bytes, and the bytes of every file its
references can reach, are the same on both sides.

Parsing is most of what a diff costs, and between two versions of a folder most documents are untouched. The
files a document reads are found by scanning its text for `$ref` values (and discriminator mappings, which the
bundler also follows). The scan must never miss a file: whatever it cannot read with certainty (an escape
sequence, a `$ref` it cannot parse, a mapping to a file, a path that leaves the folder or is a link) makes the
answer "unknown", and the pair is bundled and compared as usual. Reading too many files only costs time.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from generator.paths import real

_SUFFIXES = (".yaml", ".yml", ".json")
# What follows `$ref` as a key: the closing quote if it was quoted, `:`, and its value on the same line (quoted, or
# a plain scalar not starting with a YAML indicator), then the end of the entry
_REF_REST = re.compile(
    r"""(["']?)[ \t]*:[ \t]*"""
    r"""(?:"([^"\\\n]*)"|'([^'\n]*)'|([^\s\-?:,\[\]{}#&*!|>'"%@`][^\s,\[\]{}]*))"""
    r"""(?=[ \t]*(?:[,}\]]|\#|\r?\n|$))"""
)
_KEY_START = frozenset(" \t\r\n{,")
_MAPPING = re.compile(r"""^([ \t]*)["']?mapping["']?[ \t]*:[ \t]*(\S.*)?$""", re.MULTILINE)
_MAPPING_KEY = re.compile(r"""mapping["']?[ \t]*:""")  # anywhere: one not on a line of its own is unsure
_MAPPING_ENTRY = re.compile(r"""^[ \t]+[\w.-]+[ \t]*:[ \t]*(["']?)([^"'\s]+)\1[ \t]*$""")
_SCHEMA_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
_UNSURE = ("$id", "$anchor", "$dynamicRef")  # a base URI moves relative references
# Keys that could be `$ref` without saying so: an escape in a double-quoted key (`"\\u0024ref":`), an explicit
# key (`? …`), an alias (`*a :`); each looked for only when its character occurs at all
_ESCAPED_KEY = re.compile(r'"[^"\n]*\\[^"\n]*"[ \t]*:')
_EXPLICIT_KEY = re.compile(r"^[ \t]*\?(?:[ \t]|$)", re.MULTILINE)
_ALIAS_KEY = re.compile(r"(?:^|[\s{,\[])\*[\w-]+[ \t]*:", re.MULTILINE)
_COMMENT_LINE = re.compile(r"^[ \t]*#.*$", re.MULTILINE)  # a comment, or text in a block scalar: never a key


def _hidden_keys(text: str) -> bool:
    return bool(
        ("\\" in text and _ESCAPED_KEY.search(text))
        or ("?" in text and _EXPLICIT_KEY.search(text))
        or ("*" in text and _ALIAS_KEY.search(text))
    )


def referenced_files(text: str) -> set[str] | None:
    """The relative file paths the `$ref`s of a document name (without their fragments); None when unsure."""
    if "#" in text:
        text = _COMMENT_LINE.sub("", text)
    if any(marker in text for marker in _UNSURE) or _hidden_keys(text):
        return None
    files = set()
    at = text.find("$ref")
    while at >= 0:  # every `$ref` must be a key the scan understands
        rest = _REF_REST.match(text, at + 4)
        if rest is None:
            return None
        quote = rest.group(1)
        before = at - 1 - len(quote)
        if (quote and text[at - 1 : at] != quote) or (before >= 0 and text[before] not in _KEY_START):
            return None
        value = next(g for g in rest.groups()[1:] if g is not None)
        location = value.split("#", 1)[0]
        if location:
            if "%" in location or "\\" in location or ":" in location or location.startswith("/"):
                return None  # encoded, URL-like or absolute: the bundler decides, with a diagnostic
            files.add(location)
        at = text.find("$ref", rest.end())
    return files if "mapping" not in text or _mappings_are_local(text) else None


def _mappings_are_local(text: str) -> bool:
    """Discriminator mappings name schemas (`Cat`) or local pointers (`#/…`), never files; else unsure."""
    found = list(_MAPPING.finditer(text))
    if len(found) != len(_MAPPING_KEY.findall(text)):  # `{"mapping": {…}}` inside a line (minified JSON, flow)
        return False
    lines = text.splitlines()
    for match in found:
        if match.group(2) is not None:  # a flow mapping or JSON: not read here
            return False
        indent = len(match.group(1))
        start = text.count("\n", 0, match.start()) + 1
        for line in lines[start:]:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if len(line) - len(line.lstrip()) <= indent:
                break
            entry = _MAPPING_ENTRY.match(line)
            if entry is None:
                return False
            value = entry.group(2)
            if not value.startswith("#") and (not _SCHEMA_NAME.match(value) or value.endswith(_SUFFIXES)):
                return False
    return True


class Twins:
    """The unchanged-pair test of one diff run; a file shared by many documents is read and scanned once."""

    def __init__(self, old_root: Path, new_root: Path) -> None:
        self.old_root, self.new_root = old_root, new_root
        self._scanned: dict[str, tuple[str, ...] | None] = {}

    def unchanged(self, old_entry: Path, new_entry: Path) -> bool:
        """True when the entry and every file reachable through its references are byte-identical twins at the
        same place under both roots (neither side is then parsed); False when anything differs or is uncertain."""
        try:
            start = old_entry.absolute().relative_to(self.old_root)
            if new_entry.absolute() != self.new_root / start:
                return False
        except ValueError:
            return False
        seen: set[str] = set()
        todo = [start.as_posix()]
        while todo:
            relative = todo.pop()
            if relative in seen:
                continue
            seen.add(relative)
            if relative not in self._scanned:
                self._scanned[relative] = self._scan(relative)
            reached = self._scanned[relative]
            if reached is None:
                return False
            todo += reached
        return True

    def _scan(self, relative: str) -> tuple[str, ...] | None:
        """The files one twin references (relative to the roots), None when the twins differ or it is unsure."""
        old, new = self.old_root / relative, self.new_root / relative
        try:
            # A link could lead out of the root, or elsewhere on each side: the bundler judges those
            if real(old) != old.absolute() or real(new) != new.absolute():
                return None
            raw = old.read_bytes()
            if raw != new.read_bytes():
                return None
            text = raw.decode("utf-8")
        except (OSError, ValueError):
            return None
        files = referenced_files(text)
        if files is None:
            return None
        base = posixpath.dirname(relative)
        joined = [posixpath.normpath(posixpath.join(base, location)) for location in sorted(files)]
        if any(j == ".." or j.startswith("../") for j in joined):
            return None
        return tuple(joined)
