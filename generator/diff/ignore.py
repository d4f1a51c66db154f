"""The ignore file: accepted changes, each naming a rule, an operation or a location, and a reason.

YAML (`.yaml`, `.yml`, `.json`):

    ignore:
      - rule: response-enum-value-added
        operation: GET /notices/{id}
        reason: 新しい状態値は全クライアントに周知済み（2026-04 の告知）
      - rule: schema-removed
        location: specs/shared/schemas.yaml:120
        reason: 未使用のスキーマ

Plain text (any other name), one entry a line, the reason after ` # `:

    response-enum-value-added GET /notices/{id} # 周知済み
    schema-removed specs/shared/schemas.yaml:120 # 未使用

An entry without a reason is a usage error: an accepted break must say why it was accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Location, display_path, error
from generator.diff.finding import Finding
from generator.diff.operations import normalise_path
from generator.diff.rules import RULES
from generator.documents.loader import LoadError, load_file

_OPERATION = re.compile(r"^([A-Za-z]+)\s+(\S+)$")
_LOCATION = re.compile(r"^(.+?)(?::(\d+))?(?::(\d+))?$")
_REASON = re.compile(r"\s#\s*")


class IgnoreFileError(Exception):
    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


@dataclass
class IgnoreEntry:
    rule: str
    reason: str
    where: Location  # the entry's line in the ignore file
    operation: str | None = None  # "GET /items/{}" (path parameters normalised)
    path: str | None = None  # a location: file, with line and column when given
    line: int | None = None
    col: int | None = None
    used: bool = field(default=False, compare=False)

    def matches_location(self, loc: Location) -> bool:
        if self.path is None:
            return False
        wanted = self.path.replace("\\", "/").removeprefix("./")
        have = loc.path.replace("\\", "/")
        same_file = have == wanted or have.endswith(("/" + wanted, ":" + wanted))
        return same_file and (self.line is None or self.line == loc.line) and (self.col is None or self.col == loc.col)


def operation_key(text: str) -> str | None:
    """`get /a/{id}` → `GET /a/{}`; None when the text is not METHOD PATH."""
    match = _OPERATION.match(text.strip())
    if match is None:
        return None
    return f"{match[1].upper()} {normalise_path(match[2])}"


def load_ignore_file(path: Path) -> list[IgnoreEntry]:
    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        return _from_yaml(path)
    return _from_text(path)


def _from_text(path: Path) -> list[IgnoreEntry]:
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise IgnoreFileError([error(Location(shown), "ignore-file", f"cannot read the ignore file: {exc}")]) from None
    entries: list[IgnoreEntry] = []
    problems: list[Diagnostic] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = Location(shown, number, 1)
        parts = _REASON.split(line, maxsplit=1)
        head, reason = (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "")
        rule, _space, target = head.strip().partition(" ")
        try:
            entries.append(_entry(rule, target.strip(), None, reason.strip(), where))
        except ValueError as exc:
            problems.append(error(where, "ignore-file", str(exc)))
    if problems:
        raise IgnoreFileError(problems)
    return entries


def _from_yaml(path: Path) -> list[IgnoreEntry]:
    try:
        doc = load_file(path)
    except LoadError as exc:
        raise IgnoreFileError([exc.diagnostic]) from None
    items = doc.data.get("ignore")
    if not isinstance(items, list):
        raise IgnoreFileError([error(doc.location(()), "ignore-file", "the ignore file needs a list under `ignore`")])
    entries: list[IgnoreEntry] = []
    problems: list[Diagnostic] = []
    for i, item in enumerate(items):
        where = doc.location(("ignore", str(i)))
        if not isinstance(item, dict):
            problems.append(
                error(where, "ignore-file", "each entry is a mapping with rule, operation or location, reason")
            )
            continue
        try:
            entries.append(
                _entry(
                    _text(item.get("rule")),
                    _text(item.get("operation")),
                    _text(item.get("location")),
                    _text(item.get("reason")),
                    where,
                )
            )
        except ValueError as exc:
            problems.append(error(where, "ignore-file", str(exc)))
    if problems:
        raise IgnoreFileError(problems)
    return entries


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _entry(rule: str, operation: str | None, location: str | None, reason: str, where: Location) -> IgnoreEntry:
    if not rule:
        raise ValueError("the entry names no rule id")
    if rule not in RULES:
        raise ValueError(f"unknown rule id {rule!r} (`mpgen diff --rules` lists them)")
    if not reason:
        raise ValueError(f"the entry for {rule!r} has no reason: say why this change is accepted")
    entry = IgnoreEntry(rule, reason, where)
    if operation and location is None:  # plain text: one target, an operation or a location
        key = operation_key(operation)
        if key is not None:
            return replace(entry, operation=key)
        location = operation
    elif operation:
        key = operation_key(operation)
        if key is None:
            raise ValueError(f"operation {operation!r} must read METHOD /path, e.g. GET /items/{{id}}")
        entry = replace(entry, operation=key)
    if location:
        match = _LOCATION.match(location)
        assert match is not None  # `.+?` matches any non-empty text
        entry = replace(
            entry,
            path=match[1],
            line=int(match[2]) if match[2] else None,
            col=int(match[3]) if match[3] else None,
        )
    if entry.operation is None and entry.path is None:
        raise ValueError(f"the entry for {rule!r} names neither an operation nor a location")
    return entry


def apply_ignores(
    findings: list[Finding], entries: list[IgnoreEntry]
) -> tuple[list[Finding], list[tuple[Finding, IgnoreEntry]]]:
    """(kept, ignored). An entry naming an operation takes that operation off a finding; the finding is
    ignored when no operation it affects is left. An entry naming a location ignores the finding there."""
    kept: list[Finding] = []
    ignored: list[tuple[Finding, IgnoreEntry]] = []
    for finding in findings:
        current = finding
        reason: IgnoreEntry | None = None
        for entry in entries:
            if entry.rule != current.rule:
                continue
            if entry.matches_location(current.location):
                entry.used, reason = True, entry
                break
            if entry.operation is not None:
                remaining = [op for op in current.operations if operation_key(op) != entry.operation]
                if len(remaining) < len(current.operations):
                    entry.used = True
                    current = replace(current, operations=remaining)
                    if not remaining:
                        reason = entry
                        break
        if reason is not None:
            ignored.append((finding, reason))
        else:
            kept.append(current)
    return kept, ignored
