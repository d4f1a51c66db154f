"""Findings: one rule firing at one source position, with the operations it affects."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Location
from generator.diff.rules import RULES, Level


@dataclass
class Finding:
    rule: str
    location: Location
    side: str  # "new", or "old" when the thing is gone and only OLD can show where it was
    documents: list[str]  # the APIs concerned (one, unless a shared file changed)
    params: dict[str, str] = field(default_factory=dict)
    operations: list[str] = field(default_factory=list)  # e.g. "GET /items/{}" in NEW's spelling

    @property
    def level(self) -> Level:
        return RULES[self.rule].level

    def message(self, lang: str) -> str:
        return RULES[self.rule].text(lang).format(**self.params)

    def sort_key(self) -> tuple[int, str, str, int, int, str]:
        loc = self.location
        return (-self.level.rank, self.documents[0], loc.path, loc.line, loc.col, self.rule)

    def operations_text(self, limit: int = 4) -> str:
        """`(GET /a, POST /b +3 more)`, or "" when no operation is concerned."""
        if not self.operations:
            return ""
        shown_ops = ", ".join(self.operations[:limit])
        more = len(self.operations) - limit
        return f" ({shown_ops} +{more})" if more > 0 else f" ({shown_ops})"


def shown(value: Any) -> str:
    """A value as the reader wrote it: JSON, Japanese kept, long values cut."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= 80 else text[:77] + "…"


class Findings:
    """The findings of one document pair. The same rule at the same place is one finding, however many
    operations reach it (a shared schema is reported once, naming every operation that uses it)."""

    def __init__(self, document: str) -> None:
        self.document = document
        self.items: list[Finding] = []
        self._index: dict[tuple[str, Location, tuple[tuple[str, str], ...]], int] = {}

    def add(self, rule: str, location: Location, side: str, **params: Any) -> int:
        assert rule in RULES, rule
        texts = {k: v if isinstance(v, str) else shown(v) for k, v in params.items()}
        key = (rule, location, tuple(sorted(texts.items())))
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self.items)
            self.items.append(Finding(rule, location, side, [self.document], texts))
        return found

    def attach(self, ids: Iterable[int], operation: str) -> None:
        for i in ids:
            ops = self.items[i].operations
            if operation not in ops:
                ops.append(operation)


def merge_shared(findings: list[Finding]) -> list[Finding]:
    """One finding for a change in a file several documents share, naming every document."""
    merged: dict[tuple[str, object, tuple[tuple[str, str], ...]], Finding] = {}
    for f in findings:
        key = (f.rule, f.location, tuple(sorted(f.params.items())))
        first = merged.get(key)
        if first is None:
            merged[key] = Finding(f.rule, f.location, f.side, list(f.documents), dict(f.params), list(f.operations))
            continue
        first.documents += [d for d in f.documents if d not in first.documents]
        first.operations += [op for op in f.operations if op not in first.operations]
    return list(merged.values())
