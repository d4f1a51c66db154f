"""Escaping of spec-provided text for the places it lands in: markdown prose, table cells, code, HTML, mermaid.

Spec strings are data, never markup: a description with `<script>` or `| x |` must render as those characters.
No spec text becomes raw HTML, a link, an image, an attribute list or a block of one of the site's extensions;
descriptions (md_doc) keep emphasis, lists, tables, code spans and fenced code, which this module re-emits itself.
Work is linear in the text (no backtracking regexes) and bounded (MAX_*). generator.portal.sanitize is the second
line of defence, on the HTML of generated pages.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode

# Python-Markdown's escapable characters with the tables extension (md.ESCAPED_CHARS); `<` and `&` become entities.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")
_BACKTICKS = re.compile(r"`+")
# In descriptions, only what could make links, HTML, attributes, code or escapes is neutralized.
_DOC_SPECIAL = re.compile(r"([\[\]{}\\`])")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_STRONG = re.compile(r"\*\*(?=[^*\s])([^*]*[^*\s])\*\*")  # linear: the inner run stops at the next `*`
_SPACE = re.compile(r"[ \t\r\f\v]+")
_LANGUAGE = re.compile(r"[A-Za-z0-9_+-]{1,32}")
# Line-start syntax of the site's block extensions that escaping the usual characters does not reach: mkdocstrings
# (`::: module`), tabbed (`=== "x"`), details (`??? x`), admonitions (`!!! x`) and tilde fences. Its first
# character becomes an entity.
_BLOCK_MARKERS = ("::", "==", "??", "!!", "~~")
_MARKER_ENTITIES = {":": "&#58;", "=": "&#61;", "?": "&#63;", "!": "&#33;", "~": "&#126;"}
# Fence languages that superfences hands to a custom formatter (mkdocs.yml): spec text must not draw diagrams.
_CUSTOM_FENCES = frozenset({"mermaid"})
# Bounds on what one piece of spec text hands to Python-Markdown, whose inline pass is quadratic in the escapes of
# a paragraph and recursive in list nesting. Real text is far below them; beyond them text is cut or split.
MAX_TEXT = 4_000  # characters of a single-line value, or of one line of a description
MAX_PARAGRAPH = 4_000  # characters of prose before a description's paragraph is split
MAX_INDENT = 12  # leading spaces of a description line: three levels of list nesting
_CUT = "…"


def html_text(value: object) -> str:
    """Text for HTML content or attribute values: `<`, `>`, `&` and quotes become entities."""
    return html.escape(str(value), quote=True)


def html_content(value: object) -> str:
    """Text for HTML element content (quotes may stay: they are only special inside attributes)."""
    return html.escape(str(value), quote=False)


def _bounded(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + _CUT


def _unmark(line: str) -> str:
    """A markdown line whose start no block extension can claim (see _BLOCK_MARKERS)."""
    body = line.lstrip(" ")
    if body.startswith(_BLOCK_MARKERS):
        return line[: len(line) - len(body)] + _MARKER_ENTITIES[body[0]] + body[1:]
    return line


def md_inline(value: object) -> str:
    """One line of markdown that renders exactly as the given text (no markup, no HTML, no line breaks)."""
    return _unmark(_plain(_bounded(str(value))).strip())


def _plain(text: str) -> str:
    text = _SPACE.sub(" ", text.replace("\r\n", "\n").replace("\n", " "))
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def md_rich(value: object) -> str:
    """One line of text with the inline markdown descriptions use: **strong** and `code spans` render, everything
    else stays literal as with md_inline (no emphasis by `*`/`_`, HTML, links, images or attributes), and `|`
    cannot split a table cell. Regex patterns and other data in the same cells are thereby left alone.

    Code spans become <code> elements holding escaped text (a `|` inside a markdown code span would still split a
    cell); they are found as in md_doc, by pairing backtick runs of equal length.
    """
    text = _SPACE.sub(" ", _bounded(str(value)).replace("\r\n", "\n").replace("\n", " ")).strip()
    return _unmark(_spans(text, cell_code, _strong_or_plain))


def _strong_or_plain(text: str) -> str:
    """Literal text in which `**words**` (no `*` inside, no space just inside the markers) stay strong."""
    out: list[str] = []
    done = 0
    for match in _STRONG.finditer(text):
        out += [_plain(text[done : match.start()]), "**", _plain(match.group(1)), "**"]
        done = match.end()
    out.append(_plain(text[done:]))
    return "".join(out)


def html_rich(value: object) -> str:
    """md_rich for places markdown does not reach (raw HTML such as <summary>): the text as HTML on one line, with
    its `code spans` as <code> and **strong** as <strong>, everything else escaped."""
    text = _SPACE.sub(" ", _bounded(str(value)).replace("\r\n", "\n").replace("\n", " ")).strip()
    return _spans(text, lambda code: f"<code>{html_content(code.strip(' ') or ' ')}</code>", _html_strong)


def _html_strong(text: str) -> str:
    out: list[str] = []
    done = 0
    for match in _STRONG.finditer(text):
        out += [html_content(text[done : match.start()]), "<strong>", html_content(match.group(1)), "</strong>"]
        done = match.end()
    out.append(html_content(text[done:]))
    return "".join(out)


def md_cell(value: object) -> str:
    """A markdown table cell: line breaks survive as <br>, `|` cannot split the cell, code spans stay code."""
    lines = [md_rich(line) for line in _bounded(str(value)).replace("\r\n", "\n").split("\n")]
    return "<br>".join(line for line in lines if line) or " "


def _lines(value: object) -> list[str]:
    """Lines as Python-Markdown sees them: CR LF and lone CR end lines, tabs are 4-column stops."""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return [line.expandtabs(4) for line in text.split("\n")]


def _fence_opening(line: str) -> tuple[str, str] | None:
    """(fence, info string) when the line opens a fence for CommonMark or superfences, whatever follows it."""
    body = line.lstrip(" ")
    if len(line) - len(body) > 3 or body[:1] not in ("`", "~"):
        return None
    run = len(body) - len(body.lstrip(body[0]))
    return (body[:run], body[run:]) if run >= 3 else None


def _closes(line: str, fence: str) -> bool:
    body = line.strip(" ")
    return len(body) >= len(fence) and not body.strip(fence[0])


def _language(info: str) -> str:
    """The first word of an info string when it is a plain language name; options and attributes are dropped."""
    words = info.split()
    word = words[0].lstrip(".") if words else ""
    return word if _LANGUAGE.fullmatch(word) and word.lower() not in _CUSTOM_FENCES else ""


def _atx_heading(line: str) -> str | None:
    """The text of a `# heading` line (CommonMark: 1-6 hashes then a space or the end), else None.

    String operations, not a regex: a heading-like line of many spaces made the old pattern backtrack cubically.
    """
    body = line.lstrip(" ")
    if len(line) - len(body) > 3 or not body.startswith("#"):
        return None
    level = len(body) - len(body.lstrip("#"))
    rest = body[level:]
    if level > 6 or (rest and rest[0] != " "):
        return None
    text = rest.strip(" ")
    closing = text.rstrip("#")
    if not closing or closing.endswith(" "):  # a closing sequence of hashes needs a space before it
        text = closing.rstrip(" ")
    return text


def _setext_underline(line: str) -> bool:
    """A line Python-Markdown or CommonMark would read as a setext underline (= or - only, mixed too)."""
    body = line.strip(" ")
    return bool(body) and len(line) - len(line.lstrip(" ")) <= 3 and not body.strip("=-")


def md_doc(value: object) -> str:
    """A spec description as restricted markdown: emphasis, code, lists, tables and fenced code render;
    raw HTML, links and images, attribute lists, entities and block extensions stay literal; headings become bold
    lines so they neither break the page outline nor create anchors.

    Fences are re-emitted by us (code_fence, language checked), so whether Python-Markdown would have accepted the
    spec's own opening line never matters: what this function reads as code is code on the page, and nothing else.
    """
    out: list[str] = []
    lines = _lines(value)
    prose = False  # the previous line was prose: a ===/--- line under it would make it a (setext) heading
    paragraph = 0  # characters of prose since the last blank line
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        after_prose, prose = prose, False
        opening = _fence_opening(line)
        if opening is not None:
            fence, info = opening
            body: list[str] = []
            while i < len(lines) and not _closes(lines[i], fence):
                body.append(lines[i])
                i += 1
            i += 1  # the closing line, or past the end: an unclosed fence ends with the text
            out.extend(["", code_fence("\n".join(body), _language(info)), ""])  # a block of its own, not in a <p>
            paragraph = 0
            continue
        heading = _atx_heading(line)
        if heading is not None:
            out.extend(["", f"**{_doc_text(heading)}**" if heading.strip() else "", ""])
            paragraph = 0
            continue
        if _setext_underline(line) and out and out[-1].strip():
            if after_prose:
                out[-1:] = ["", f"**{out[-1].strip()}**", ""]
                continue
            out.append("")  # under a fence it would turn the whole code block into a heading: keep it a rule
        if not line.strip(" "):
            out.append("")
            paragraph = 0
            continue
        text = _doc_line(line)
        paragraph += len(text)
        if paragraph > MAX_PARAGRAPH and out and out[-1]:
            out.append("")  # Python-Markdown's inline pass is quadratic per paragraph: split a huge one
            paragraph = len(text)
        out.append(text)
        prose = True
    return "\n".join(out).strip("\n")


def _doc_line(line: str) -> str:
    """One prose line, bounded: indentation kept up to MAX_INDENT, length up to MAX_TEXT, no line-start markers."""
    body = line.lstrip(" ")
    indent = min(len(line) - len(body), MAX_INDENT)
    text = _doc_text(_bounded(body))
    if text.startswith("#"):
        text = "\\" + text  # `#x` is a heading for Python-Markdown (no space needed)
    return _unmark(" " * indent + text)


def _doc_text(line: str) -> str:
    """Inline text: code spans re-emitted as code spans, the rest neutralized (so its backticks are literal)."""
    return _spans(line, lambda code: md_code(code.strip(" ") or " "), _doc_escape)


def _spans(line: str, code: Callable[[str], str], escape: Callable[[str], str]) -> str:
    """Code spans of a line through `code`, the text between them through `escape`.

    Code spans pair backtick runs of equal length, as markdown does; finding them with a scan of the runs (not a
    regex) keeps this linear, and re-emitting them means markdown cannot pair the backticks any other way.
    """
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    closer: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):
        size = runs[k][1] - runs[k][0]
        closer[k] = latest.get(size)
        latest[size] = k
    parts: list[str] = []
    done = 0
    k = 0
    while k < len(runs):
        match = closer[k]
        if match is None:
            k += 1
            continue
        start, end = runs[k]
        parts.append(escape(line[done:start]))
        parts.append(code(line[end : runs[match][0]]))
        done = runs[match][1]
        k = match + 1
    parts.append(escape(line[done:]))
    return "".join(parts)


def _doc_escape(text: str) -> str:
    return _DOC_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def md_block(value: object) -> str:
    """Multi-paragraph text: paragraphs (blank-line separated) are kept, **strong** and `code` render (md_rich),
    everything else is literal."""
    text = str(value).replace("\r\n", "\n").strip()
    out: list[str] = []
    for paragraph in _BLANK_LINE.split(text):
        size = 0
        for line in (_not_underline(md_rich(line)) for line in paragraph.split("\n") if line.strip()):
            size += len(line)
            if size > MAX_PARAGRAPH and out and out[-1] != "\n\n":
                out.append("\n\n")  # a huge paragraph is split (see MAX_PARAGRAPH)
                size = len(line)
            elif out and out[-1] != "\n\n":
                out.append("<br>\n")
            out.append(line)
        if out and out[-1] != "\n\n":
            out.append("\n\n")
    return "".join(out).strip("\n")


def _not_underline(line: str) -> str:
    """A line of `=` under another would make it a (setext) heading: its first `=` as an entity stays text."""
    return line.replace("=", "&#61;", 1) if _setext_underline(line) else line


def md_code(value: object) -> str:
    """Inline code span holding the text verbatim (the fence is longer than any backtick run inside).

    Not for table cells: a `|` inside a code span still splits the row there; use cell_code.
    """
    text = _SPACE.sub(" ", str(value).replace("\n", " "))
    longest = max((len(m.group()) for m in _BACKTICKS.finditer(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or longest else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def cell_code(value: object) -> str:
    """Code-styled text inside a table cell."""
    return f"<code>{md_inline(value)}</code>"


def code_fence(value: str, language: str = "") -> str:
    """A fenced code block that no content can close early (Python-Markdown ends lines at CR too)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    longest = max((len(m.group()) for m in _BACKTICKS.finditer(value)), default=0)
    fence = "`" * max(3, longest + 1)
    body = value if value.endswith("\n") else value + "\n"
    return f"{fence}{language}\n{body}{fence}"


def mermaid_text(value: object) -> str:
    """A label inside a mermaid sequence diagram: no statement separators, comments or markup.

    The #…; codes are mermaid's entity syntax, decoded back to the characters by generator.portal.diagrams.
    """
    text = " ".join(str(value).split())  # every Unicode line break too: each would start a new statement
    replacements = {"#": "#35;", ";": "#59;", "<": "#lt;", ">": "#gt;", "%": "#37;", "&": "#38;", '"': "#quot;"}
    return "".join(replacements.get(ch, ch) for ch in text)


def meta_text(value: object) -> str:
    """A front-matter value: one line of HTML text (MkDocs themes print page.meta values unescaped) as a YAML
    double-quoted scalar that always parses: characters YAML refuses or reads as line breaks are escaped.
    """
    text = html.escape(" ".join(str(value).split()), quote=True)
    return '"' + "".join(_yaml_char(ch) for ch in text) + '"'


def _yaml_char(ch: str) -> str:
    if ch in ('"', "\\"):
        return "\\" + ch
    code = ord(ch)
    if 0x20 <= code < 0x7F or 0xA0 <= code < 0xD800 or 0xE000 <= code < 0xFEFF or 0xFF00 <= code < 0xFFFE:
        return ch
    if 0xD800 <= code < 0xE000:
        return "\\ufffd"  # a lone surrogate cannot be written as UTF-8
    if code >= 0x10000:
        return ch
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def json_text(value: Any) -> str:
    """Pretty JSON for examples (Japanese kept readable)."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False, default=str)


FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"


def form_value(value: Any) -> str:
    """One form field's value as sent: strings as they are, other JSON values as JSON text (true, 3, …)."""
    if isinstance(value, str):
        return value
    return "" if value is None else json.dumps(value, ensure_ascii=False)


def form_text(value: Any) -> str:
    """An object as application/x-www-form-urlencoded text (`a=1&b=x%20y`); arrays repeat the field."""
    if not isinstance(value, dict):
        return json_text(value)
    pairs: list[tuple[str, str]] = []
    for key, item in value.items():
        for one in item if isinstance(item, list) else [item]:
            pairs.append((str(key), form_value(one)))
    return urlencode(pairs, quote_via=quote)


def example_text(value: Any, media_type: str | None = None) -> str:
    """An example as it travels in its media type: form encoding, plain text, or pretty JSON."""
    media = (media_type or "").split(";")[0].strip().lower()
    if media == FORM_MEDIA_TYPE:
        return form_text(value)
    if isinstance(value, str) and media and media != "application/json" and not media.endswith("+json"):
        return value
    return json_text(value)
