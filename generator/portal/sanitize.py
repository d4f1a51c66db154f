"""An allow-list sanitiser for the HTML of generated pages: defence in depth behind the escaping layer (escape.py).

The page is parsed (html.parser) and written out again from the parse: elements and attributes not on the lists
are dropped (script-like elements with their content), event handlers never survive, links and sources keep only
http(s), relative or #anchor targets, text is re-escaped and every element is closed. Because the output is
serialised from the parse rather than copied, text this parser reads as text cannot become markup in a browser.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements dropped together with everything inside them.
_DROP_WITH_CONTENT = frozenset(
    {"script", "style", "template", "iframe", "object", "embed", "noscript", "noembed", "noframes", "textarea"}
    | {"select", "xmp", "plaintext", "math", "frameset", "frame", "applet", "audio", "video", "canvas"}
)
_VOID = frozenset({"br", "hr", "img", "input", "wbr", "col"})
_TEXT = frozenset(
    {"p", "div", "span", "small", "strong", "em", "b", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "kbd"}
    | {"samp", "var", "code", "pre", "blockquote", "q", "abbr", "cite", "dfn", "time", "br", "hr", "wbr"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption"}
    | {"table", "caption", "thead", "tbody", "tfoot", "tr", "colgroup", "col", "nav", "section", "article", "aside"}
    | {"header", "footer", "details", "summary"}
)
_SVG = frozenset({"svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan"})
_SVG_ONLY = frozenset({"title", "desc"})  # inside <svg> an accessible name; in HTML <title> is raw text
_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "download", "rel", "name", "hreflang"}),
    "img": frozenset({"src", "alt", "width", "height", "loading"}),
    "input": frozenset({"type", "checked", "name", "disabled"}),
    "label": frozenset({"for"}),
    "ol": frozenset({"start", "reversed"}),
    "li": frozenset({"value"}),
    "td": frozenset({"colspan", "rowspan", "align", "style"}),
    "th": frozenset({"colspan", "rowspan", "align", "style", "scope"}),
    "col": frozenset({"span"}),
    "details": frozenset({"open"}),
    "time": frozenset({"datetime"}),
    "autoref": frozenset({"identifier", "optional", "hover", "backlink-type", "backlink-anchor", "domain", "origin"}),
}
_SVG_ATTRIBUTES = frozenset(
    {"xmlns", "viewbox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "dx", "dy", "cx", "cy", "r", "rx"}
    | {"ry", "d", "points", "transform", "fill", "stroke", "stroke-width", "stroke-dasharray", "font-size"}
    | {"font-weight", "text-anchor", "dominant-baseline", "preserveaspectratio"}
)
_GLOBAL = frozenset({"id", "class", "title", "lang", "dir", "role", "tabindex", "hidden"})
_SVG_CASE = {"viewbox": "viewBox", "preserveaspectratio": "preserveAspectRatio"}
_URL_ATTRIBUTES = frozenset({"href", "src"})
_SAFE_SCHEMES = frozenset({"http", "https"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_URL_IGNORED = re.compile(r"[\t\n\r]")  # browsers drop these anywhere in a URL
_C0_AND_SPACE = "".join(map(chr, range(0x21)))  # and these at either end
_TEXT_ALIGN = re.compile(r"text-align:\s*(?:left|right|center);?")
# Ids the theme relies on (#__config, #__search …) must not be claimed by content; these prefixes are content's own.
_RESERVED_ID = re.compile(r"__(?!tabbed_|codelineno-|span-)")
_INPUT_TYPES = frozenset({"radio", "checkbox"})


def safe_url(value: str) -> bool:
    """Whether a link or source may stay: no scheme (relative, #anchor, //host) or http(s)."""
    cleaned = _URL_IGNORED.sub("", value).strip(_C0_AND_SPACE)
    scheme = _SCHEME.match(cleaned)
    return scheme is None or scheme.group(1).lower() in _SAFE_SCHEMES


class _Sanitiser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []  # allowed elements written and not yet closed
        self.dropping: list[str] = []  # a dropped element whose content is being skipped, with nested ones

    def _allowed(self, tag: str) -> bool:
        if tag in _TEXT or tag in _ATTRIBUTES:
            return True
        in_svg = "svg" in self.open
        return (tag in _SVG and (tag == "svg" or in_svg)) or (tag in _SVG_ONLY and in_svg)

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        """The attributes to write, or None when the element itself must go."""
        kept: list[str] = []
        svg = tag in _SVG or tag in _SVG_ONLY
        for name, value in attrs:
            allowed = (
                name in _GLOBAL
                or name.startswith(("aria-", "data-"))
                or name in _ATTRIBUTES.get(tag, ())
                or (svg and name in _SVG_ATTRIBUTES)
            )
            if not allowed or name.startswith("on"):
                continue
            text = value or ""
            if name in _URL_ATTRIBUTES and not safe_url(text):
                continue
            if name in ("id", "for", "name") and _RESERVED_ID.match(text):
                continue
            if name == "style" and not _TEXT_ALIGN.fullmatch(text.strip()):
                continue
            if tag == "input" and name == "type" and text.lower() not in _INPUT_TYPES:
                return None
            shown = _SVG_CASE.get(name, name) if svg else name
            kept.append(f" {shown}" if value is None else f' {shown}="{html.escape(value, quote=True)}"')
        if tag == "input" and not any(a.startswith(" type=") for a in kept):
            return None  # a text field in the page is nobody's intent
        return "".join(kept)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if self.dropping:
            if tag == self.dropping[0] and not closed:
                self.dropping.append(tag)
            return
        if tag in _DROP_WITH_CONTENT:
            if not closed and tag not in _VOID:
                self.dropping.append(tag)
            return
        if not self._allowed(tag):
            return  # the element goes, its text stays
        attributes = self._attributes(tag, attrs)
        if attributes is None:
            return
        if closed and tag not in _VOID:
            self.out.append(
                f"<{tag}{attributes}/>" if "svg" in self.open or tag == "svg" else f"<{tag}{attributes}></{tag}>"
            )
            return
        self.out.append(f"<{tag}{attributes}>")
        if tag not in _VOID:
            self.open.append(tag)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            if tag == self.dropping[0]:
                self.dropping.pop()
            return
        if tag not in self.open:
            return  # a stray end tag could close the theme's own containers
        while self.open:
            name = self.open.pop()
            self.out.append(f"</{name}>")
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(html.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        return "".join(self.out) + "".join(f"</{name}>" for name in reversed(self.open))


def sanitize_html(fragment: str) -> str:
    """The fragment with only allow-listed elements and attributes, safe URLs, escaped text and balanced tags.

    Comments, processing instructions and declarations are dropped (HTMLParser's default handlers ignore them).
    """
    parser = _Sanitiser()
    parser.feed(fragment)
    return parser.result()
