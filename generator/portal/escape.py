"""Escaping of spec-provided text for the places it lands in: markdown prose, table cells, code, HTML, mermaid.

Spec strings are data, never markup: a description with `<script>` or `| x |` must render as those characters.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

# Python-Markdown's escapable characters with the tables extension (md.ESCAPED_CHARS); `<` and `&` become entities.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")
_BACKTICKS = re.compile(r"`+")
# In descriptions, only what could make links, HTML, attributes or escapes is neutralized.
_DOC_SPECIAL = re.compile(r"([\[\]{}\\])")
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_CODE_SPAN_KEEP = re.compile(r"(`[^`\n]+`)")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPACE = re.compile(r"[ \t\r\f\v]+")


def html_text(value: object) -> str:
    """Text for HTML content or attribute values: `<`, `>`, `&` and quotes become entities."""
    return html.escape(str(value), quote=True)


def html_content(value: object) -> str:
    """Text for HTML element content (quotes may stay: they are only special inside attributes)."""
    return html.escape(str(value), quote=False)


def md_inline(value: object) -> str:
    """One line of markdown that renders exactly as the given text (no markup, no HTML, no line breaks)."""
    return _plain(str(value)).strip()


def _plain(text: str) -> str:
    text = _SPACE.sub(" ", text.replace("\r\n", "\n").replace("\n", " "))
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def md_rich(value: object) -> str:
    """Like md_inline, but `code spans` written in the spec stay code (their content still literal)."""
    parts = []
    for i, part in enumerate(_CODE_SPAN.split(str(value).replace("\n", " "))):
        parts.append(cell_code(part) if i % 2 else _plain(part))
    return "".join(parts).strip()


def md_cell(value: object) -> str:
    """A markdown table cell: line breaks survive as <br>, `|` cannot split the cell, code spans stay code."""
    lines = [md_rich(line) for line in str(value).replace("\r\n", "\n").split("\n")]
    return "<br>".join(line for line in lines if line) or " "


def md_doc(value: object) -> str:
    """A spec description as restricted markdown: emphasis, code, lists, tables and fenced code render;
    raw HTML, links and images, attribute lists and entities stay literal; headings become bold lines
    so they neither break the page outline nor create anchors.
    """
    out: list[str] = []
    fence: str | None = None
    prose = False  # the previous line was prose: a ===/--- line under it would make it a (setext) heading
    for line in str(value).replace("\r\n", "\n").strip("\n").split("\n"):
        after_prose, prose = prose, False
        if fence is not None:
            out.append(line)
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            continue
        opening = _FENCE.match(line)
        if opening:
            fence = opening.group(1)
            out.append(line.strip())
            continue
        heading = _HEADING.match(line)
        if heading:
            out.extend(["", f"**{_doc_text(heading.group(1))}**", ""])
            continue
        if _SETEXT_UNDERLINE.match(line) and out and out[-1].strip():
            if after_prose:
                out[-1:] = ["", f"**{out[-1].strip()}**", ""]
                continue
            out.append("")  # under a fence it would turn the whole code block into a heading: keep it a rule
        out.append(_doc_text(line))
        prose = bool(line.strip())
    if fence is not None:
        out.append(fence)  # an unclosed fence must not swallow the rest of the page
    return "\n".join(out).strip("\n")


def _doc_text(line: str) -> str:
    """One line of prose: code spans untouched (markdown escapes them itself), the rest neutralized."""
    parts = []
    for i, part in enumerate(_CODE_SPAN_KEEP.split(line)):
        parts.append(part if i % 2 else _DOC_SPECIAL.sub(r"\\\1", html.escape(part, quote=False)))
    return "".join(parts)


def md_block(value: object) -> str:
    """Multi-paragraph text: paragraphs (blank-line separated) are kept, everything else is literal."""
    text = str(value).replace("\r\n", "\n").strip()
    paragraphs = [p for p in _BLANK_LINE.split(text) if p.strip()]
    return "\n\n".join("<br>\n".join(md_inline(line) for line in p.split("\n") if line.strip()) for p in paragraphs)


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
    """A fenced code block that no content can close early."""
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


def json_text(value: Any) -> str:
    """Pretty JSON for examples (Japanese kept readable)."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False, default=str)
