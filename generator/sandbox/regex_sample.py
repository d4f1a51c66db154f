"""A string that matches a JSON Schema `pattern`, for the subset our documents use: literals, escapes,
classes, groups with alternation and the usual quantifiers. Anything else gives None."""

from __future__ import annotations

import random
import re
import string

_Node = tuple[str, object]  # ("chars", list[str]) | ("alt", list[list[item]])
_Item = tuple[_Node, int, int | None]  # node, min repeats, max repeats (None: unbounded)

_ESCAPES = {
    "d": string.digits,
    "w": string.ascii_letters + string.digits + "_",
    "s": " ",
    "D": string.ascii_letters,
    "W": "-",
    "S": string.ascii_letters,
}
_PRINTABLE = string.ascii_letters + string.digits + "-_."
_OPEN_REPEAT = 3  # `*`, `+` and `{n,}` repeat up to this many more times than their minimum


class _Unsupported(Exception):
    pass


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0

    def peek(self) -> str:
        return self.p[self.i] if self.i < len(self.p) else ""

    def take(self) -> str:
        c = self.peek()
        self.i += 1
        return c

    def alternatives(self) -> list[list[_Item]]:
        alts = [self.sequence()]
        while self.peek() == "|":
            self.take()
            alts.append(self.sequence())
        return alts

    def sequence(self) -> list[_Item]:
        items: list[_Item] = []
        while self.peek() not in ("", "|", ")"):
            c = self.take()
            if c in "^$":
                continue
            node = self.atom(c)
            low, high = self.quantifier()
            items.append((node, low, high))
        return items

    def atom(self, c: str) -> _Node:
        if c == "(":
            if self.peek() == "?":
                self.take()
                if self.take() != ":":
                    raise _Unsupported("lookaround or named group")
            alts = self.alternatives()
            if self.take() != ")":
                raise _Unsupported("unbalanced group")
            return ("alt", alts)
        if c == "[":
            return ("chars", self.char_class())
        if c == "\\":
            e = self.take()
            return ("chars", list(_ESCAPES.get(e, e)))
        if c == ".":
            return ("chars", list(string.ascii_letters + string.digits))
        if c in "*+?{":
            raise _Unsupported("quantifier without atom")
        return ("chars", [c])

    def char_class(self) -> list[str]:
        negate = self.peek() == "^"
        if negate:
            self.take()
        chars: list[str] = []
        first = True
        while True:
            c = self.take()
            if c == "":
                raise _Unsupported("unterminated class")
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                e = self.take()
                chars += list(_ESCAPES.get(e, e))
                continue
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.take()
                end = self.take()
                if end == "\\":
                    end = self.take()
                chars += [chr(x) for x in range(ord(c), ord(end) + 1)]
                continue
            chars.append(c)
        if negate:
            return [c for c in _PRINTABLE if c not in chars]
        return chars

    def quantifier(self) -> tuple[int, int | None]:
        c = self.peek()
        high: int | None
        if c == "*":
            self.take()
            low, high = 0, None
        elif c == "+":
            self.take()
            low, high = 1, None
        elif c == "?":
            self.take()
            low, high = 0, 1
        elif c == "{" and re.match(r"\{\d+(,\d*)?\}", self.p[self.i :]):
            m = re.match(r"\{(\d+)(,(\d*))?\}", self.p[self.i :])
            assert m is not None
            self.i += m.end()
            low = int(m.group(1))
            high = low if m.group(2) is None else (int(m.group(3)) if m.group(3) else None)
        else:
            return 1, 1
        if self.peek() == "?":  # lazy: same strings
            self.take()
        return low, high


def regex_sample(pattern: str, rng: random.Random, min_length: int = 0, max_length: int | None = None) -> str | None:
    try:
        parser = _Parser(pattern)
        alts = parser.alternatives()
        if parser.i != len(pattern):
            return None
        compiled = re.compile(pattern)
    except (_Unsupported, re.error, RecursionError, ValueError):
        return None
    for attempt in range(8):
        stretch = min_length if attempt >= 4 else 0  # later attempts repeat open quantifiers more to reach minLength
        out = "".join(_emit_alt(alts, rng, stretch))
        if compiled.search(out) and len(out) >= min_length and (max_length is None or len(out) <= max_length):
            return out
    return None


def _emit_alt(alts: list[list[_Item]], rng: random.Random, stretch: int) -> list[str]:
    seq = alts[rng.randrange(len(alts))]
    out: list[str] = []
    for node, low, high in seq:
        count = rng.randint(low, low + _OPEN_REPEAT) + stretch if high is None else rng.randint(low, high)
        for _ in range(count):
            kind, payload = node
            if kind == "chars":
                assert isinstance(payload, list)
                if payload:
                    out.append(payload[rng.randrange(len(payload))])
            else:
                assert isinstance(payload, list)
                out += _emit_alt(payload, rng, stretch)
    return out
