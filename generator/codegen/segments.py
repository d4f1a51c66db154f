"""Generated Python too large for one syntax tree, cut between the methods of a class into pieces that
each parse on their own.

A syntax tree costs about 45 times its source and ruff about 13 times: the client of a document with
100,000 operations is 200 MB of code, 9 GB as one tree. Pieces of about a megabyte keep both bounded.

A cut is only ever made before a method of a class whose previous member is a method, and a piece is
kept only if it parses in its place: the first piece as the start of the module, every later one in a
stand-in of its class (`wrap`). A cut inside a string, a bracket or a statement leaves the piece before
it unparsable, and the piece then grows to the next cut. So the pieces, read in order, are exactly the
statements of the whole file, and checking or formatting them one by one says what the whole would.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import AnyStr, Generic

SEGMENT_CHARS = 1 << 18  # a file up to this size is handled whole; pieces are about this long
STAND_IN = "__mpgen_segment__"  # the method a continued class starts with (never a generated name)
_MEMBER = re.compile(r"^    (?:@|def |async def )", re.MULTILINE)
_MEMBER_BYTES = re.compile(rb"^    (?:@|def |async def )", re.MULTILINE)
_ABOVE = re.compile(r"    [#@][^\n]*\n")  # comments and decorators belong to the member below them
_ABOVE_BYTES = re.compile(rb"    [#@][^\n]*\n")


@dataclass(frozen=True)
class Segment(Generic[AnyStr]):
    """code[start:end]; owner: the class it continues (it starts at a member), None for the file's start."""

    code: AnyStr
    start: int
    end: int
    line: int  # the line of the file its text starts on (1-based)
    owner: str | None

    @property
    def text(self) -> AnyStr:
        return self.code[self.start : self.end]

    def source(self) -> AnyStr:
        """The piece as a module of its own (see wrap)."""
        text = self.text
        if self.owner is None:
            return text
        head = wrap(self.owner)
        return (head.encode() if isinstance(text, bytes) else head) + text

    @property
    def offset(self) -> int:
        """What to add to a line number of the piece's tree (see split) for its line in the file."""
        return self.line - 1 - (0 if self.owner is None else wrap(self.owner).count("\n"))


def wrap(owner: str) -> str:
    """A stand-in of class owner ending in a method, after which the piece's members follow as they do
    in the file (after a method of that class). ruff formats it as written."""
    return f"class {owner}:\n    def {STAND_IN}(self):\n        pass\n\n"


def split(code: AnyStr) -> Iterator[tuple[Segment[AnyStr], ast.Module]]:
    """The pieces of code in order, each with its syntax tree (a continued piece's starts with the stand-in
    class; line numbers are the piece's own: add segment.offset, which takes a walk of the whole tree, only
    for a message). SyntaxError, with the line in the file, where the file does not parse."""
    size = SEGMENT_CHARS
    start, line, owner = 0, 1, None
    grow = size
    while True:
        cut = _cut(code, start, start + grow) if len(code) - start > grow else -1
        if cut < 0:
            segment = Segment(code, start, len(code), line, owner)
            yield segment, _parse(segment)
            return
        segment = Segment(code, start, cut, line, owner)
        try:
            tree = _parse(segment)
        except SyntaxError:
            tree = None
        following = _open_class(tree) if tree is not None else None
        if tree is None or following is None:
            grow = 2 * (cut - start)  # not a place to cut: try one twice as long (few tries if the code is bad)
            continue
        yield segment, tree
        line += segment.text.count("\n" if isinstance(code, str) else b"\n")
        start, owner, grow = cut, following, size


def one_piece(code: AnyStr) -> bool:
    """split(code) would give the whole file as its only piece (no member to cut before past the first
    SEGMENT_CHARS: a models module, say), without parsing anything."""
    return len(code) <= SEGMENT_CHARS or _cut(code, 0, SEGMENT_CHARS) < 0


def _cut(code: AnyStr, floor: int, at: int) -> int:
    """The start of the first member line from at, moved up over the comments and decorators above it."""
    member = _MEMBER if isinstance(code, str) else _MEMBER_BYTES
    match = member.search(code, at)
    if match is None:
        return -1
    cut = match.start()
    above = _ABOVE if isinstance(code, str) else _ABOVE_BYTES
    while True:
        previous = code.rfind("\n" if isinstance(code, str) else b"\n", 0, cut - 1) + 1
        if previous <= floor or above.fullmatch(code, previous, cut) is None:  # a piece is never empty
            return cut
        cut = previous


def _parse(segment: Segment[AnyStr]) -> ast.Module:
    try:
        tree = ast.parse(segment.source())
    except SyntaxError as exc:
        if exc.lineno is not None:
            exc.lineno += segment.offset
        raise
    return tree


def _open_class(tree: ast.Module) -> str | None:
    """The class a cut right after this piece continues: its last statement is a class whose last member is
    a method (where the stand-in puts the next piece, so blank lines and comments come out the same)."""
    last = tree.body[-1] if tree.body else None
    if isinstance(last, ast.ClassDef) and isinstance(last.body[-1], (ast.FunctionDef, ast.AsyncFunctionDef)):
        return last.name
    return None


_TOP_CLASS = re.compile(r"^class ", re.MULTILINE)


def split_top_level(code: str) -> Iterator[tuple[int, ast.Module]]:
    """(line offset, syntax tree) of pieces of about SEGMENT_CHARS cut before module-level classes: the shape
    of a models module, whose classes hold no methods to cut between. As in split, a piece is kept only if it
    parses, so the pieces are exactly the module's statements; a SyntaxError carries the file's line."""
    start = line = 0
    while start < len(code):
        at = start + SEGMENT_CHARS
        while True:
            match = _TOP_CLASS.search(code, at) if at < len(code) else None
            end = match.start() if match is not None else len(code)
            try:
                tree = ast.parse(code[start:end])
            except SyntaxError as exc:
                if end < len(code):
                    at = end + 1
                    continue
                if exc.lineno is not None:
                    exc.lineno += line
                raise
            break
        yield line, tree
        line += code.count("\n", start, end) + code.count("\r", start, end) - code.count("\r\n", start, end)
        start = end
