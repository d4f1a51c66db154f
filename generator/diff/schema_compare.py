"""Comparing two schemas recursively in one direction.

Direction matters: in a request the client is the writer, so anything NEW rejects that OLD accepted
breaks it (narrowing); in a response the client is the reader, so anything NEW may return that OLD
never did breaks strict clients (widening). A pair of schemas already compared in a direction is not
compared again: shared components cost once, and recursive schemas end.
"""

from __future__ import annotations

import json
from typing import Any

from generator.diff.finding import Findings
from generator.diff.operations import sunset_text
from generator.diff.schema_view import Located, Part, View, type_text
from generator.diff.side import Side
from generator.diff.unchanged import Unchanged
from generator.documents.loader import Pointer

REQUEST, RESPONSE = "request", "response"
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_BRANCHES = ("oneOf", "anyOf")
Key = tuple[tuple[Pointer, ...], tuple[Pointer, ...], str]


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _accepts(types: frozenset[str], name: str) -> bool:
    return name in types or (name == "integer" and "number" in types)


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    return all(_accepts(wide, t) for t in narrow)


class SchemaDiff:
    def __init__(self, old: Side, new: Side, findings: Findings, unchanged: Unchanged) -> None:
        self.old, self.new, self.findings, self.unchanged = old, new, findings, unchanged
        self._done: dict[Key, frozenset[int]] = {}
        self._active: set[Key] = set()
        self._views: dict[tuple[bool, tuple[Pointer, ...]], View] = {}

    def view(self, side: Side, parts: list[Part]) -> View:
        """Views by place (a pointer names one node of its side): properties are looked at more than once."""
        key = (side is self.new, tuple(p for p, _ in parts))
        found = self._views.get(key)
        if found is None:
            found = self._views[key] = View(side, parts)
        return found

    def compare(self, old_parts: list[Part], new_parts: list[Part], direction: str, subject: str) -> set[int]:
        """Findings (ids) of NEW against OLD, this schema and everything below it."""
        old, new = self.view(self.old, old_parts), self.view(self.new, new_parts)
        key = (old.key, new.key, direction)
        done = self._done.get(key)
        if done is not None:
            return set(done)
        if self.unchanged.pointers(old.key, new.key):
            return set()
        if key in self._active:  # a recursive schema: its findings belong to the outer comparison
            return set()
        self._active.add(key)
        subject = new.ref_name or old.ref_name or subject
        ids: set[int] = set()
        ids |= self._flags(old, new, subject)
        ids |= self._types(old, new, direction, subject)
        ids |= self._enum(old, new, direction, subject)
        ids |= self._format(old, new, direction, subject)
        if direction == REQUEST:
            ids |= self._pattern(old, new, subject)
            ids |= self._bounds(old, new, subject)
            ids |= self._default(old, new, subject)
            ids |= self._closed(old, new, subject)
        ids |= self._properties(old, new, direction, subject)
        for keyword, suffix in (("items", "[]"), ("additionalProperties", "{}")):
            o, n = old.subschemas(keyword), new.subschemas(keyword)
            if o and n:
                ids |= self.compare(o, n, direction, subject + suffix)
        for keyword in _BRANCHES:
            ids |= self._branches(old, new, keyword, direction, subject)
        self._active.discard(key)
        self._done[key] = frozenset(ids)
        return ids

    # ------------------------------------------------------------------ helpers

    def _new(self, rule: str, pointer: Pointer, **params: Any) -> int:
        return self.findings.add(rule, self.new.at(pointer), "new", **params)

    def _old(self, rule: str, pointer: Pointer, **params: Any) -> int:
        return self.findings.add(rule, self.old.at(pointer), "old", **params)

    # ------------------------------------------------------------------ keywords

    def _flags(self, old: View, new: View, subject: str) -> set[int]:
        ids = set()
        for keyword, rule in (("readOnly", "read-only-flipped"), ("writeOnly", "write-only-flipped")):
            o, n = old.flag(keyword), new.flag(keyword)
            if o != n:
                where = new.keyword(keyword)
                at = where.at if where else new.at
                ids.add(self._new(rule, at, subject=subject, old=str(o).lower(), new=str(n).lower()))
        if new.flag("deprecated") and not old.flag("deprecated"):
            at = next(((*p, "deprecated") for p, node in new.parts if node.get("deprecated") is True), new.at)
            sunset = new.keyword("x-sunset")
            text = sunset_text({"x-sunset": sunset.value}) if sunset else "-"
            ids.add(self._new("property-deprecated", at, subject=subject, sunset=text))
        return ids

    def _types(self, old: View, new: View, direction: str, subject: str) -> set[int]:
        o = old.types.value if old.types else None
        n = new.types.value if new.types else None
        if o == n:
            return set()
        if o is None:
            verdict = "narrowed"
        elif n is None:
            verdict = "widened"
        elif _covers(o, n) and _covers(n, o):
            return set()  # e.g. number vs number | integer
        elif _covers(n, o):
            verdict = "widened"
        elif _covers(o, n):
            verdict = "narrowed"
        else:
            verdict = "changed"
        at = new.types.at if new.types else new.at
        params = {"subject": subject, "old": type_text(o), "new": type_text(n)}
        if direction == REQUEST:
            return {self._new(f"request-type-{verdict}", at, **params)}
        if verdict == "widened" and o is not None and n is not None and n - o == {"null"}:
            return {self._new("response-property-made-nullable", at, **params)}
        return {self._new(f"response-type-{verdict}", at, **params)}

    def _enum(self, old: View, new: View, direction: str, subject: str) -> set[int]:
        o, n = old.enum, new.enum
        if n is None or (o is None and direction == RESPONSE):
            return set()  # no enum any more, or a response that got stricter: nothing a client must do
        if o is None:
            values = [v.value for v in n]
            return {self._new("request-enum-added", n[0].at[:-1], subject=subject, values=values)}
        old_values = {_canonical(v.value): v for v in o}
        new_values = {_canonical(v.value): v for v in n}
        removed = [v for k, v in old_values.items() if k not in new_values]
        added = [v for k, v in new_values.items() if k not in old_values]
        ids = set()
        gone, come = (
            ("request-enum-value-removed", "request-enum-value-added")
            if direction == REQUEST
            else ("response-enum-value-removed", "response-enum-value-added")
        )
        for v in removed:
            ids.add(self._old(gone, v.at, subject=subject, value=v.value))
        for v in added:
            ids.add(self._new(come, v.at, subject=subject, value=v.value))
        return ids

    def _format(self, old: View, new: View, direction: str, subject: str) -> set[int]:
        o, n = old.keyword("format"), new.keyword("format")
        ov, nv = (str(o.value) if o else "none"), (str(n.value) if n else "none")
        if ov == nv:
            return set()
        if direction == REQUEST and n is not None:  # a format dropped from a request accepts more
            return {self._new("request-format-changed", n.at, subject=subject, old=ov, new=nv)}
        if direction == RESPONSE and o is not None:  # a format added to a response promises more
            return {self._new("response-format-changed", n.at if n else new.at, subject=subject, old=ov, new=nv)}
        return set()

    def _pattern(self, old: View, new: View, subject: str) -> set[int]:
        o, n = old.keyword("pattern"), new.keyword("pattern")
        if o is None and n is None:
            return set()
        if o is None and n is not None:
            return {self._new("request-pattern-added", n.at, subject=subject, new=str(n.value))}
        if n is None and o is not None:
            return {self._old("request-pattern-removed", o.at, subject=subject, old=str(o.value))}
        assert o is not None and n is not None
        if o.value == n.value:
            return set()
        return {self._new("request-pattern-changed", n.at, subject=subject, old=str(o.value), new=str(n.value))}

    def _bounds(self, old: View, new: View, subject: str) -> set[int]:
        ids = set()
        for keyword in (*_UPPER, *_LOWER):
            o, n = old.keyword(keyword), new.keyword(keyword)
            verdict = _bound_verdict(o.value if o else None, n.value if n else None, upper=keyword in _UPPER)
            if verdict is None:
                continue
            params = {"subject": subject, "keyword": keyword, "old": _bound_text(o), "new": _bound_text(n)}
            if n is not None:
                ids.add(self._new(f"request-bound-{verdict}", n.at, **params))
            elif o is not None:
                ids.add(self._old(f"request-bound-{verdict}", o.at, **params))
        return ids

    def _default(self, old: View, new: View, subject: str) -> set[int]:
        o, n = old.keyword("default"), new.keyword("default")
        if o is None or n is None or _canonical(o.value) == _canonical(n.value):
            return set()
        return {self._new("request-default-changed", n.at, subject=subject, old=o.value, new=n.value)}

    def _closed(self, old: View, new: View, subject: str) -> set[int]:
        closed = new.closed()
        if closed is None or old.closed() is not None:
            return set()
        return {self._new("request-additional-properties-closed", closed.at, subject=subject)}

    # ------------------------------------------------------------------ structure

    def _properties(self, old: View, new: View, direction: str, subject: str) -> set[int]:
        ids: set[int] = set()
        old_props, new_props = old.properties, new.properties
        # readOnly properties are never sent, writeOnly ones never received: not this direction's business
        hidden = "readOnly" if direction == REQUEST else "writeOnly"
        for name in dict.fromkeys([*old_props, *new_props]):
            path = f"{subject}.{name}"
            o, n = old_props.get(name), new_props.get(name)
            if o is not None and n is not None:
                if not self.view(self.new, n).flag(hidden):
                    ids |= self._required_change(old, new, name, direction, path, n)
                ids |= self.compare(o, n, direction, path)
            elif n is not None:
                if self.view(self.new, n).flag(hidden):
                    continue
                if direction == RESPONSE:
                    ids.add(self._new("response-property-added", n[0][0], subject=path))
                elif name in new.required:
                    ids.add(self._new("request-property-added-required", n[0][0], subject=path))
                else:
                    ids.add(self._new("request-property-added", n[0][0], subject=path))
            elif o is not None:
                if self.view(self.old, o).flag(hidden):
                    continue
                if direction == REQUEST:
                    ids.add(self._old("request-property-removed", o[0][0], subject=path))
                elif name in old.required:
                    ids.add(self._old("response-required-property-removed", o[0][0], subject=path))
                else:
                    ids.add(self._old("response-optional-property-removed", o[0][0], subject=path))
        return ids

    def _required_change(
        self, old: View, new: View, name: str, direction: str, path: str, new_parts: list[Part]
    ) -> set[int]:
        was, now = name in old.required, name in new.required
        if direction == REQUEST and now and not was:
            return {self._new("request-property-made-required", new.required[name], subject=path)}
        if direction == RESPONSE and was and not now:
            return {self._new("response-property-made-optional", new_parts[0][0], subject=path)}
        return set()

    def _branches(self, old: View, new: View, keyword: str, direction: str, subject: str) -> set[int]:
        o, n = old.branches(keyword), new.branches(keyword)
        if not o or not n:
            # A oneOf dropped or introduced as a whole is a restructuring, not a branch more or less:
            # dropping it from a request accepts more; what the merged schemas say is compared anyway.
            return set()
        pairs, removed, added = _match_branches(o, n)
        ids: set[int] = set()
        for (i, op), (_j, np) in pairs:
            ids |= self.compare([op], [np], direction, f"{subject}.{keyword}[{i}]")
        gone, come = (
            ("request-oneof-branch-removed", "request-oneof-branch-added")
            if direction == REQUEST
            else ("response-oneof-branch-removed", "response-oneof-branch-added")
        )
        for i, (pointer, node) in removed:
            ids.add(self._old(gone, pointer, subject=subject, keyword=keyword, branch=_branch_label(node, i)))
        for i, (pointer, node) in added:
            ids.add(self._new(come, pointer, subject=subject, keyword=keyword, branch=_branch_label(node, i)))
        return ids


Indexed = tuple[int, Part]


def _branch_identity(node: Any) -> str | None:
    if isinstance(node, dict):
        ref, title = node.get("$ref"), node.get("title")
        if isinstance(ref, str):
            return "ref:" + ref.rsplit("/", 1)[-1]
        if isinstance(title, str):
            return "title:" + title
    return None


def _content_identity(node: Any) -> str | None:
    return _canonical(node)


def _branch_label(node: Any, index: int) -> str:
    identity = _branch_identity(node)
    return f"`{identity.split(':', 1)[1]}`" if identity else f"#{index + 1}"


def _match_branches(
    old: list[Part], new: list[Part]
) -> tuple[list[tuple[Indexed, Indexed]], list[Indexed], list[Indexed]]:
    """Pair branches by component name or title, then by identical content, then by position when as
    many are left on both sides; what stays unpaired was removed or added."""
    left = list(enumerate(old))
    right = list(enumerate(new))
    pairs: list[tuple[Indexed, Indexed]] = []
    for identity in (_branch_identity, _content_identity):
        by_key: dict[str, Indexed] = {}
        for item in right:
            k = identity(item[1][1])
            if k is not None:
                by_key.setdefault(k, item)
        keep_left = []
        for item in left:
            k = identity(item[1][1])
            match = by_key.pop(k, None) if k is not None else None
            if match is None:
                keep_left.append(item)
            else:
                pairs.append((item, match))
                right.remove(match)
        left = keep_left
    if len(left) == len(right) and all(_branch_identity(p[1]) is None for _, p in left + right):
        pairs += list(zip(left, right, strict=True))
        left, right = [], []
    return pairs, left, right


def _bound_verdict(old: Any, new: Any, upper: bool) -> str | None:
    """ "tightened", "relaxed" or None; OpenAPI 3.0's boolean exclusiveMinimum/Maximum included."""
    if isinstance(old, bool) or isinstance(new, bool):
        o, n = bool(old), bool(new)
        return None if o == n else ("tightened" if n else "relaxed")
    if old == new or not _number_or_none(old) or not _number_or_none(new):
        return None
    if old is None:
        return "tightened"
    if new is None:
        return "relaxed"
    tighter = new < old if upper else new > old
    return "tightened" if tighter else "relaxed"


def _number_or_none(value: Any) -> bool:
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))


def _bound_text(located: Located | None) -> str:
    return "none" if located is None else json.dumps(located.value)
