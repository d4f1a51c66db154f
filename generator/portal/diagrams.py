"""Diagrams rendered at build time: the mermaid subset our pages use, drawn as inline, accessible SVG.

Replaces the ~900 KB mermaid bundle the browser used to download. Only two kinds are supported, and only the
statements we write (generator.portal.flows, docs/flow.md, docs/security.md); anything else is a DiagramError
naming the line, so an unsupported diagram fails the build instead of rendering wrongly.

- `sequenceDiagram`: autonumber, `actor|participant X [as label]`, `A->>B: text` (solid), `A-->>B: text`
  (dashed, incl. A == B), `Note over A[,B]: text`, `loop label` … `end`.
- `flowchart LR`: a left-to-right chain of nodes `ID["label"]` linked by `-->`.

Layout works on estimated text widths (no font metrics at build time), so estimates err on the wide side.
Colours come only from CSS classes (docs/assets/stylesheets/diagrams.css), so light and dark schemes both work.
"""

from __future__ import annotations

import bisect
import html
import html.entities
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["DiagramError", "render_diagram", "replace_diagram_divs", "text_width"]

FONT_SIZE = 14.0
NUMBER_FONT_SIZE = 11.0
TAB_FONT_SIZE = 12.0
PAD = 8.0  # around the drawing, so strokes on the edge are not clipped

# Sequence diagram geometry (px at natural size).
BOX_H = 44.0
BOX_MIN_W = 104.0
BOX_PAD_X = 14.0
ACTOR_ICON_W = 18.0
ACTOR_GAP = 36.0  # between neighbouring participant boxes
LABEL_PAD = 10.0  # between a message label and the lifelines at its ends
WRAP_AT = 22 * FONT_SIZE  # longer message labels break in two, so one long path does not shrink the whole diagram
LINE_H = 18.0
NUMBER_R = 9.0
MESSAGE_H = 42.0
SELF_W = 32.0  # how far a self-message loop reaches right of its lifeline
SELF_H = 56.0
NOTE_H = 30.0
NOTE_PAD_X = 12.0
NOTE_OVERHANG = 24.0  # a note over A,B reaches this far beyond both lifelines
FRAME_PAD = 22.0  # loop frame beyond the messages inside it
NEST_PAD = 10.0  # outer loop frame beyond an inner one
TAB_H = 20.0
HEAD_LEN = 9.0
HEAD_HALF = 4.5

# Flowchart geometry.
NODE_H = 48.0
NODE_MIN_W = 96.0
NODE_PAD_X = 18.0
NODE_GAP_X = 44.0
NODE_GAP_Y = 40.0
NODES_PER_ROW = 4

_KIND_NAMES = {"sequence": "シーケンス図", "flowchart": "フロー図"}
_ID = r"[A-Za-z_]\w*"
_PARTICIPANT = re.compile(rf"(actor|participant)\s+({_ID})(?:\s+as\s+(.*))?")
_MESSAGE = re.compile(rf"({_ID})\s*(-->>|->>)\s*({_ID})\s*:(.*)")
_NOTE = re.compile(rf"[Nn]ote\s+over\s+({_ID})(?:\s*,\s*({_ID}))?\s*:(.*)")
_LOOP = re.compile(r"loop(?:\s+(.*))?")
_NODE = re.compile(rf'({_ID})(?:\["([^"]*)"\])?')
_ENTITY = re.compile(r"#(\w+);")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
# Attribute values may hold ">" (superfences does not escape them), so quoted values are skipped as a whole.
_ATTRS = r"""(?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)"""
_DIV = re.compile(rf"<div\b{_ATTRS}>(?P<body>[^<]*)</div>")
_DIV_OPEN = re.compile(rf"<div\b{_ATTRS}>")
_ATTR = re.compile(r"""(?<![\w-])([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_HEADING = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]>", re.S)
_HEADERLINK = re.compile(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', re.S)
_TAG = re.compile(r"<[^>]+>")
# Latin glyph classes, measured on Noto Sans JP (ems rounded up): i l . / ( ≤ 0.4, m w M W @ % ≈ 0.9.
_NARROW = frozenset(" .,:;!|'`()[]{}/\\-fijlrtI")
_WIDE = frozenset("mwMW@%")


class DiagramError(ValueError):
    """A diagram this renderer does not support; `line` counts from 1 at the diagram's first line."""

    def __init__(self, message: str, line: int | None = None, statement: str = "", diagram: int | None = None) -> None:
        self.message, self.line, self.statement, self.diagram = message, line, statement, diagram
        places = []
        if diagram is not None:
            places.append(f"diagram {diagram} on the page")
        if line is not None:
            places.append(f"line {line}")
        where = ", ".join(places)
        what = f": {statement!r}" if statement else ""
        super().__init__(f"{where}: {message}{what}" if where else f"{message}{what}")


# --- text -------------------------------------------------------------------------------------------------


def _ems(ch: str) -> float:
    if unicodedata.combining(ch):
        return 0.0
    if unicodedata.east_asian_width(ch) in ("W", "F", "A"):
        return 1.0
    if ch in _NARROW:
        return 0.4
    if ch in _WIDE:
        return 0.95
    return 0.72 if ch.isupper() else 0.62


def text_width(text: str, size: float = FONT_SIZE, bold: bool = False) -> float:
    """Estimated rendered width: CJK and other wide characters 1 em, Latin ~0.6 em (generous, never tight)."""
    return sum(map(_ems, text)) * size * (1.06 if bold else 1.0)


def _entity(match: re.Match[str]) -> str:
    # Mermaid's own escapes (#59; #lt; …), which escape.mermaid_text uses for spec-provided labels.
    name = match.group(1)
    if name.isdigit():
        code = int(name)
        valid = 0 < code < 0x110000 and not 0xD800 <= code <= 0xDFFF and code not in (0xFFFE, 0xFFFF)
        return chr(code) if valid else match.group(0)
    return html.entities.html5.get(f"{name};", match.group(0))  # exact names only: no legacy prefix matches


def _clean(text: str) -> str:
    """Label text as shown: mermaid entity codes decoded, control characters (invalid in XML) dropped."""
    return _SPACES.sub(" ", _CONTROL.sub(" ", _ENTITY.sub(_entity, text))).strip()


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _num(value: float) -> str:
    return f"{round(value, 1) + 0.0:g}"


def _wrap(text: str) -> list[str]:
    """A long label as two lines, broken where it reads naturally: before （ or (, after / 、 or a space.

    Widths come from running sums (one pass), not from measuring both halves at every candidate break.
    """
    if text_width(text) <= WRAP_AT:
        return [text]
    prefix = [0.0, *itertools.accumulate(map(_ems, text))]
    breaks = [i for i in range(1, len(text)) if text[i] in "（(" or text[i - 1] in "/、 "]
    if not breaks:
        return [text]
    # Rounded: the halves' sums add up in another order than measuring each half would, so ties stay ties.
    best = min(breaks, key=lambda i: (round(max(prefix[i], prefix[-1] - prefix[i]), 6), i))
    return [text[:best], text[best:]]


def _label_width(text: str) -> float:
    return max(text_width(line) for line in _wrap(text))


# --- model ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    key: str
    label: str
    actor: bool


@dataclass(frozen=True)
class Message:
    source: int
    target: int
    text: str
    dashed: bool
    number: int | None


@dataclass(frozen=True)
class Note:
    first: int
    last: int
    text: str


@dataclass(frozen=True)
class LoopStart:
    label: str


@dataclass(frozen=True)
class LoopEnd:
    pass


Event = Message | Note | LoopStart | LoopEnd


@dataclass
class Sequence:
    participants: list[Participant] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class Flowchart:
    nodes: list[tuple[str, str]] = field(default_factory=list)  # (id, label) in order of appearance
    edges: list[tuple[int, int]] = field(default_factory=list)


# --- parsing ----------------------------------------------------------------------------------------------


def _statements(source: str) -> list[tuple[int, str]]:
    """Non-blank, non-comment lines with their 1-based line numbers."""
    # Only line feeds separate statements, as in mermaid: splitlines() would also split at U+2028, U+0085 …
    lines = [(n, line.strip()) for n, line in enumerate(source.split("\n"), 1)]
    return [(n, line) for n, line in lines if line and not line.startswith("%%")]


def _parse_sequence(statements: list[tuple[int, str]]) -> Sequence:
    seq = Sequence()
    index: dict[str, int] = {}
    numbering = False
    counter = 0
    open_loops: list[int] = []

    def participant(key: str) -> int:
        # Like mermaid, a participant used before (or without) being declared is declared by its id.
        if key not in index:
            index[key] = len(seq.participants)
            seq.participants.append(Participant(key, key, actor=False))
        return index[key]

    for line, stmt in statements:
        if stmt == "autonumber":
            numbering = True
        elif match := _PARTICIPANT.fullmatch(stmt):
            kind, key, label = match.groups()
            if key in index:
                raise DiagramError(f"participant {key} is declared twice or after its first use", line, stmt)
            index[key] = len(seq.participants)
            seq.participants.append(Participant(key, _clean(label or key), actor=kind == "actor"))
        elif match := _MESSAGE.fullmatch(stmt):
            source, arrow, target, text = match.groups()
            number = None
            if numbering:
                counter += 1
                number = counter
            seq.events.append(Message(participant(source), participant(target), _clean(text), arrow == "-->>", number))
        elif match := _NOTE.fullmatch(stmt):
            first, last = participant(match.group(1)), participant(match.group(2) or match.group(1))
            seq.events.append(Note(min(first, last), max(first, last), _clean(match.group(3))))
        elif match := _LOOP.fullmatch(stmt):
            open_loops.append(line)
            seq.events.append(LoopStart(_clean(match.group(1) or "")))
        elif stmt == "end":
            if not open_loops:
                raise DiagramError("`end` without an open `loop`", line, stmt)
            open_loops.pop()
            seq.events.append(LoopEnd())
        else:
            raise DiagramError(
                "unsupported sequenceDiagram statement (supported: autonumber, actor/participant X as label, "
                "A->>B: text, A-->>B: text, Note over A[,B]: text, loop label … end)",
                line,
                stmt,
            )
    if open_loops:
        raise DiagramError("`loop` is never closed with `end`", open_loops[-1])
    if not seq.participants:
        raise DiagramError("sequenceDiagram has no participants")
    return seq


def _parse_flowchart(statements: list[tuple[int, str]]) -> Flowchart:
    chart = Flowchart()
    index: dict[str, int] = {}
    for line, stmt in statements:
        refs: list[int] = []
        # str.split, not a regex split at `\s*-->\s*`: that restarted at every space of a long run (quadratic).
        for part in (piece.strip() for piece in stmt.split("-->")):
            match = _NODE.fullmatch(part)
            if match is None:
                raise DiagramError(
                    'unsupported flowchart statement (supported: ID["label"] and ID --> ID chains)', line, stmt
                )
            key, label = match.group(1), match.group(2)
            if key not in index:
                index[key] = len(chart.nodes)
                chart.nodes.append((key, _clean(label if label is not None else key)))
            elif label is not None and _clean(label) != chart.nodes[index[key]][1]:
                raise DiagramError(f"node {key} is given two different labels", line, stmt)
            refs.append(index[key])
        for a, b in itertools.pairwise(refs):
            # Only a chain is laid out (one row, wrapping): each edge must link a node to the next one.
            if b != a + 1:
                raise DiagramError(
                    f"only a chain in order of appearance is supported; {chart.nodes[a][0]} --> "
                    f"{chart.nodes[b][0]} does not link a node to the next new one",
                    line,
                    stmt,
                )
            if (a, b) not in chart.edges:
                chart.edges.append((a, b))
    if not chart.nodes:
        raise DiagramError("flowchart has no nodes")
    return chart


def _parse(source: str) -> Sequence | Flowchart:
    statements = _statements(source)
    if not statements:
        raise DiagramError("empty diagram")
    line, header = statements[0]
    words = header.split()
    if words == ["sequenceDiagram"]:
        return _parse_sequence(statements[1:])
    if words == ["flowchart", "LR"]:
        return _parse_flowchart(statements[1:])
    raise DiagramError("unsupported diagram type (supported: sequenceDiagram, flowchart LR)", line, header)


# --- SVG helpers ------------------------------------------------------------------------------------------


def _text(x: float, y: float, text: str, cls: str, anchor: str = "middle", extra: str = "", *, markup: str = "") -> str:
    return (
        f'<text class="{cls}" x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" '
        f'dominant-baseline="central"{extra}>{markup or _esc(text)}</text>'
    )


def _lines(x: float, y: float, lines: list[str], cls: str, anchor: str = "middle") -> str:
    """One <text> whose lines are <tspan>s, so the label stays a single piece of text for assistive tech."""
    if len(lines) == 1:
        return _text(x, y, lines[0], cls, anchor)
    spans = "".join(
        f'<tspan x="{_num(x)}" dy="{_num(LINE_H if i else 0)}">{_esc(line)}</tspan>' for i, line in enumerate(lines)
    )
    return _text(x, y, "", cls, anchor, markup=spans)


def _rect(x: float, y: float, w: float, h: float, cls: str, r: float = 4) -> str:
    return f'<rect class="{cls}" x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}" rx="{_num(r)}"/>'


def _path(d: str, cls: str, extra: str = "") -> str:
    return f'<path class="{cls}" d="{d}"{extra}/>'


def _head(x: float, y: float, dx: float, dy: float) -> str:
    """A filled arrowhead with its tip at (x, y), pointing along the unit vector (dx, dy)."""
    bx, by = x - dx * HEAD_LEN, y - dy * HEAD_LEN
    px, py = -dy * HEAD_HALF, dx * HEAD_HALF
    points = [(x, y), (bx + px, by + py), (bx - px, by - py)]
    return _path("M" + " L".join(f"{_num(a)} {_num(b)}" for a, b in points) + " Z", "mpd-head")


def _svg(ident: str, kind: str, label: str, desc: str, box: tuple[float, float, float, float], body: list[str]) -> str:
    x, y, w, h = box
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="mpd" data-diagram="{kind}" '
        f'viewBox="{_num(x)} {_num(y)} {_num(w)} {_num(h)}" width="{_num(w)}" height="{_num(h)}" '
        f'font-size="{_num(FONT_SIZE)}" role="img" aria-labelledby="{ident}-title" aria-describedby="{ident}-desc">'
        f'<title id="{ident}-title">{_esc(label)}</title><desc id="{ident}-desc">{_esc(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


# --- sequence diagrams ------------------------------------------------------------------------------------


def _box_width(p: Participant) -> float:
    return max(BOX_MIN_W, text_width(p.label, bold=True) + 2 * BOX_PAD_X + (ACTOR_ICON_W if p.actor else 0))


def _number_r(number: int | None) -> float:
    if number is None:
        return 0.0
    return max(NUMBER_R, text_width(str(number), NUMBER_FONT_SIZE, bold=True) / 2 + 3)


def _centres(seq: Sequence) -> list[float]:
    """Lifeline x positions: boxes apart, then widened (like mermaid) until every label fits between its ends."""
    widths = [_box_width(p) for p in seq.participants]
    gaps = [(widths[i] + widths[i + 1]) / 2 + ACTOR_GAP for i in range(len(widths) - 1)]
    needs: list[tuple[int, int, float]] = []
    last = len(widths) - 1
    for ev in seq.events:
        if isinstance(ev, Message) and ev.source != ev.target:
            lo, hi = sorted((ev.source, ev.target))
            needs.append((lo, hi, _label_width(ev.text) + 2 * LABEL_PAD + 2 * _number_r(ev.number)))
        elif isinstance(ev, Message) and ev.source < last:
            needs.append((ev.source, ev.source + 1, SELF_W / 2 + _label_width(ev.text) + 2 * LABEL_PAD))
        elif isinstance(ev, Note) and ev.first != ev.last:
            needs.append((ev.first, ev.last, text_width(ev.text) + 2 * NOTE_PAD_X - 2 * NOTE_OVERHANG))
        elif isinstance(ev, Note):
            half = max(text_width(ev.text) + 2 * NOTE_PAD_X, widths[ev.first]) / 2 + LABEL_PAD
            if ev.first > 0:
                needs.append((ev.first - 1, ev.first, half))
            if ev.first < last:
                needs.append((ev.first, ev.first + 1, half))
    # Short spans first: a long message then only adds what its neighbours' widening did not already give.
    for lo, hi, need in sorted(needs, key=lambda n: (n[1] - n[0], n[0], n[1], n[2])):
        short = need - sum(gaps[lo:hi])
        if short > 0:
            for k in range(lo, hi):
                gaps[k] += short / (hi - lo)
    xs = [widths[0] / 2]
    for gap in gaps:
        xs.append(xs[-1] + gap)
    return xs


def _participant_box(p: Participant, x: float, y: float) -> list[str]:
    w = _box_width(p)
    out = [_rect(x - w / 2, y, w, BOX_H, "mpd-actor" if p.actor else "mpd-participant", BOX_H / 2 if p.actor else 4)]
    tx = x
    if p.actor:
        # A person glyph marks people (mermaid's stick figure), drawn small inside the box.
        tx += ACTOR_ICON_W / 2
        ix = x - text_width(p.label, bold=True) / 2 - 2
        cy = y + BOX_H / 2
        out.append(
            f'<circle class="mpd-icon" cx="{_num(ix)}" cy="{_num(cy - 5)}" r="4"/>'
            + _path(f"M{_num(ix - 7)} {_num(cy + 10)} a7 7 0 0 1 14 0 Z", "mpd-icon")
        )
    out.append(_text(tx, y + BOX_H / 2, p.label, "mpd-actor-text", extra=' font-weight="700"'))
    return out


def _number(x: float, y: float, number: int) -> str:
    r = _number_r(number)
    return f'<circle class="mpd-number" cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}"/>' + _text(
        x, y, str(number), "mpd-number-text", extra=f' font-size="{_num(NUMBER_FONT_SIZE)}" font-weight="700"'
    )


@dataclass
class _Frame:
    label: str
    top: float
    lo: float = math.inf
    hi: float = -math.inf

    def include(self, lo: float, hi: float, pad: float) -> None:
        self.lo, self.hi = min(self.lo, lo - pad), max(self.hi, hi + pad)


def _render_sequence(seq: Sequence, ident: str, label: str) -> str:
    xs = _centres(seq)
    names = [p.label for p in seq.participants]
    back: list[str] = []  # frames, drawn under everything else
    front: list[str] = []
    desc: list[str] = []
    frames: list[_Frame] = []
    extent = [xs[0] - _box_width(seq.participants[0]) / 2, xs[-1] + _box_width(seq.participants[-1]) / 2]
    y = BOX_H + 16

    def occupy(lo: float, hi: float) -> None:
        extent[0], extent[1] = min(extent[0], lo), max(extent[1], hi)
        if frames:
            frames[-1].include(lo, hi, FRAME_PAD)

    for ev in seq.events:
        if isinstance(ev, Message):
            xa, xb = xs[ev.source], xs[ev.target]
            dash = ' stroke-dasharray="6 4"' if ev.dashed else ""
            cls = "mpd-message mpd-message--reply" if ev.dashed else "mpd-message"
            prefix = f"{ev.number}. " if ev.number is not None else "・"
            desc.append(f"{prefix}{names[ev.source]} → {names[ev.target]}: {ev.text}")
            r = _number_r(ev.number)
            start = xa + SELF_W / 2 + LABEL_PAD / 2
            if ev.source != ev.target:
                room = abs(xb - xa) - 2 * LABEL_PAD - 2 * r
            else:
                room = xs[ev.source + 1] - start - LABEL_PAD if ev.source + 1 < len(xs) else math.inf
            # Spacing made room for the wrapped label; a label whose span turned out wide enough stays on one line.
            lines = [ev.text] if text_width(ev.text) <= room else _wrap(ev.text)
            extra = LINE_H * (len(lines) - 1)
            if ev.source == ev.target:
                top, bottom = y + 28 + extra, y + 46 + extra
                front.append(_lines(start, y + 12, lines, "mpd-label", anchor="start"))
                front.append(
                    _path(f"M{_num(xa)} {_num(top)} H{_num(xa + SELF_W)} V{_num(bottom)} H{_num(xa)}", cls, dash)
                )
                front.append(_head(xa, bottom, -1, 0))
                if ev.number is not None:
                    front.append(_number(xa, top, ev.number))
                occupy(xa - r, max(xa + SELF_W, start + max(text_width(line) for line in lines)))
                y += SELF_H + extra
            else:
                sign = 1 if xb > xa else -1
                line_y = y + 28 + extra
                mid = (xa + sign * r + xb) / 2
                front.append(_lines(mid, y + 12, lines, "mpd-label"))
                front.append(_path(f"M{_num(xa)} {_num(line_y)} H{_num(xb - sign * HEAD_LEN)}", cls, dash))
                front.append(_head(xb, line_y, sign, 0))
                if ev.number is not None:
                    front.append(_number(xa, line_y, ev.number))
                occupy(min(xa, xb) - r, max(xa, xb))
                y += MESSAGE_H + extra
        elif isinstance(ev, Note):
            tw = text_width(ev.text) + 2 * NOTE_PAD_X
            if ev.first == ev.last:
                w = max(tw, _box_width(seq.participants[ev.first]))
                lo = xs[ev.first] - w / 2
            else:
                lo = xs[ev.first] - NOTE_OVERHANG
                w = max(tw, xs[ev.last] - xs[ev.first] + 2 * NOTE_OVERHANG)
            front.append(_rect(lo, y + 4, w, NOTE_H, "mpd-note", 2))
            front.append(_text(lo + w / 2, y + 4 + NOTE_H / 2, ev.text, "mpd-note-text"))
            over = names[ev.first] if ev.first == ev.last else f"{names[ev.first]}〜{names[ev.last]}"
            desc.append(f"注記（{over}）: {ev.text}")
            occupy(lo, lo + w)
            y += NOTE_H + 14
        elif isinstance(ev, LoopStart):
            frames.append(_Frame(ev.label, y))
            desc.append(f"繰り返し（{ev.label}）:" if ev.label else "繰り返し:")
            y += TAB_H + 14
        else:
            frame = frames.pop()
            if frame.lo > frame.hi:  # an empty loop spans the whole diagram
                frame.include(xs[0], xs[-1], FRAME_PAD)
            tab_w = text_width("繰り返し", TAB_FONT_SIZE) + 16
            frame.hi = max(frame.hi, frame.lo + tab_w + 8 + text_width(frame.label) + LABEL_PAD)
            bottom = y + 4
            back.append(_rect(frame.lo, frame.top, frame.hi - frame.lo, bottom - frame.top, "mpd-frame", 2))
            tab = (
                f"M{_num(frame.lo)} {_num(frame.top)} H{_num(frame.lo + tab_w)} V{_num(frame.top + TAB_H - 6)} "
                f"L{_num(frame.lo + tab_w - 6)} {_num(frame.top + TAB_H)} H{_num(frame.lo)} Z"
            )
            back.append(_path(tab, "mpd-frame-tab"))
            size = f' font-size="{_num(TAB_FONT_SIZE)}"'
            back.append(_text(frame.lo + 8, frame.top + TAB_H / 2, "繰り返し", "mpd-frame-text", "start", size))
            if frame.label:
                back.append(_text(frame.lo + tab_w + 8, frame.top + TAB_H / 2, frame.label, "mpd-frame-label", "start"))
            desc.append("繰り返しここまで")
            extent[0], extent[1] = min(extent[0], frame.lo), max(extent[1], frame.hi)
            if frames:
                frames[-1].include(frame.lo, frame.hi, NEST_PAD)
            y = bottom + 12
    y += 4
    lifelines = [_path(f"M{_num(x)} {_num(BOX_H)} V{_num(y)}", "mpd-lifeline", ' stroke-dasharray="3 3"') for x in xs]
    boxes = [
        part
        for p, x in zip(seq.participants, xs, strict=True)
        for top in (0, y)
        for part in _participant_box(p, x, top)
    ]
    box = (extent[0] - PAD, -PAD, extent[1] - extent[0] + 2 * PAD, y + BOX_H + 2 * PAD)
    return _svg(ident, "sequence", label, "\n".join(desc), box, lifelines + back + front + boxes)


# --- flowcharts -------------------------------------------------------------------------------------------


def _render_flowchart(chart: Flowchart, ident: str, label: str) -> str:
    n = len(chart.nodes)
    rows = math.ceil(n / NODES_PER_ROW)
    per_row = math.ceil(n / rows)  # balanced rows: 6 nodes become 3 + 3, not 4 + 2
    w = max(NODE_MIN_W, *(text_width(text) + 2 * NODE_PAD_X for _key, text in chart.nodes))

    def corner(i: int) -> tuple[float, float]:
        return (i % per_row) * (w + NODE_GAP_X), (i // per_row) * (NODE_H + NODE_GAP_Y)

    body: list[str] = []
    for a, b in chart.edges:
        (ax, ay), (bx, by) = corner(a), corner(b)
        if ay == by:
            y = ay + NODE_H / 2
            body.append(_path(f"M{_num(ax + w)} {_num(y)} H{_num(bx - HEAD_LEN)}", "mpd-edge"))
            body.append(_head(bx, y, 1, 0))
        else:  # wrap to the next row: down, back left, down into the node
            mid = ay + NODE_H + NODE_GAP_Y / 2
            d = f"M{_num(ax + w / 2)} {_num(ay + NODE_H)} V{_num(mid)} H{_num(bx + w / 2)} V{_num(by - HEAD_LEN)}"
            body.append(_path(d, "mpd-edge"))
            body.append(_head(bx + w / 2, by, 0, 1))
    for i, (_key, text) in enumerate(chart.nodes):
        x, y = corner(i)
        body.append(_rect(x, y, w, NODE_H, "mpd-node", 6))
        body.append(_text(x + w / 2, y + NODE_H / 2, text, "mpd-node-text"))
    linked = set(chart.edges)
    desc = chart.nodes[0][1] + "".join(
        (" → " if (i - 1, i) in linked else "、") + text for i, (_key, text) in enumerate(chart.nodes) if i
    )
    cols = min(n, per_row)
    box = (-PAD, -PAD, cols * w + (cols - 1) * NODE_GAP_X + 2 * PAD, rows * NODE_H + (rows - 1) * NODE_GAP_Y + 2 * PAD)
    return _svg(ident, "flowchart", label, desc, box, body)


# --- entry points -----------------------------------------------------------------------------------------


def _render(parsed: Sequence | Flowchart, ident: str, label: str) -> str:
    if isinstance(parsed, Sequence):
        return _render_sequence(parsed, ident, label)
    return _render_flowchart(parsed, ident, label)


def render_diagram(source: str, label: str, *, ident: str = "mp-diagram") -> str:
    """Mermaid source → an <svg> element; `label` becomes its <title>, `ident` prefixes its element ids."""
    return _render(_parse(source), ident, label)


def _heading_text(fragment: str) -> str:
    return _SPACES.sub(" ", html.unescape(_TAG.sub("", _HEADERLINK.sub("", fragment)))).strip()


def replace_diagram_divs(page_html: str) -> str:
    """Replace every superfences `<div class="mermaid">` with a <figure> holding the rendered SVG.

    The label (SVG title) is the div's data-title if given, else the heading the diagram sits under.
    """
    if "mermaid" not in page_html:  # most pages: skip the heading scan
        return page_html
    headings = [(m.start(), _heading_text(m.group(1))) for m in _HEADING.finditer(page_html)]
    starts = [pos for pos, _text in headings]
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        attrs = _attributes(match.group("attrs"))
        if "mermaid" not in attrs.get("class", "").split():
            return match.group(0)
        count += 1
        source = html.unescape(match.group("body"))
        try:
            parsed = _parse(source)
        except DiagramError as exc:
            raise DiagramError(exc.message, exc.line, exc.statement, diagram=count) from None
        kind = "sequence" if isinstance(parsed, Sequence) else "flowchart"
        before = bisect.bisect_right(starts, match.start()) - 1
        title = html.unescape(attrs.get("data-title", "")) or (headings[before][1] if before >= 0 else "")
        label = f"{title}（{_KIND_NAMES[kind]}）" if title else _KIND_NAMES[kind]
        figure_id = f' id="{_esc(html.unescape(attrs["id"]))}"' if "id" in attrs else ""
        svg = _render(parsed, f"mp-diagram-{count}", label)
        # Focusable because on narrow screens the figure scrolls sideways (keyboard users must reach it too).
        return f'<figure{figure_id} class="mp-diagram" data-diagram="{kind}" tabindex="0">{svg}</figure>'

    rendered = _DIV.sub(replace, page_html)
    for opening in _DIV_OPEN.finditer(rendered):
        if "mermaid" in _attributes(opening.group("attrs")).get("class", "").split():
            raise DiagramError("a mermaid block with markup inside cannot be rendered", diagram=count + 1)
    return rendered


def _attributes(markup: str) -> dict[str, str]:
    return {name: double or single for name, double, single in _ATTR.findall(markup)}
