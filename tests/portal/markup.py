"""Helpers for the escaping tests: Python-Markdown as mkdocs.yml configures it, and an inventory of HTML output."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _div(source: str, language: str, class_name: str, options: object, md: object, **kwargs: object) -> str:
    from pymdownx.superfences import fence_div_format  # noqa: PLC0415

    return str(fence_div_format(source, language, class_name, options, md, **kwargs))


def site_markdown() -> markdown.Markdown:
    """Python-Markdown with the extensions of mkdocs.yml (minus the toc slugifier, irrelevant here)."""

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    names: list[str] = []
    configs: dict[str, dict[str, object]] = {}
    for item in config["markdown_extensions"]:
        name = item if isinstance(item, str) else next(iter(item))
        names.append(name)
        if name == "pymdownx.superfences":
            configs[name] = {"custom_fences": [{"name": "mermaid", "class": "mermaid", "format": _div}]}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def to_html(text: str) -> str:
    return str(site_markdown().convert(text))


@dataclass
class Inventory(HTMLParser):
    """Every element and attribute of an HTML fragment."""

    tags: list[str] = field(default_factory=list)
    attrs: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, name, value)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def inventory(html: str) -> Inventory:
    found = Inventory()
    found.feed(html)
    found.close()
    return found


# What escaped spec text may turn into: formatting, lists, tables, code blocks (pygments spans), line breaks.
PROSE_TAGS = frozenset(
    {"p", "strong", "em", "code", "pre", "span", "div", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td"}
    | {"br", "hr"}
)


def _permalink(name: str, value: str) -> bool:
    return (name == "href" and value.startswith("#")) or (name, value) in {("class", "headerlink"), ("title", "")}


_CODE_CLASS = re.compile(r"highlight|language-[\w+#.-]+|[a-z]{1,2}[0-9]?")


HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def markup_problems(html: str, tags: frozenset[str] = PROSE_TAGS, headings: bool = False) -> list[str]:
    """Anything spec text should not have produced: other elements, links, event handlers, ids, attributes.

    headings: markdown headings and quotes may appear (docstrings), headings with their toc ids and permalinks.
    """
    found = inventory(html)
    allowed = tags | (HEADINGS | {"a", "blockquote"} if headings else frozenset())
    problems = [f"<{t}>" for t in found.tags if t not in allowed]
    for tag, name, value in found.attrs:
        if headings and ((tag in HEADINGS and name == "id") or (tag == "a" and _permalink(name, value))):
            continue
        if name == "class" and tag in {"div", "span", "code", "pre"} and all(map(_CODE_CLASS.fullmatch, value.split())):
            continue  # pygments and superfences classes on code blocks
        if name == "style" and tag in {"th", "td"} and value.startswith("text-align:"):
            continue
        problems.append(f"<{tag} {name}={value!r}>")
    return problems


SCRIPT_TAGS = frozenset({"script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "textarea"})
_ACTIVE_TAGS = SCRIPT_TAGS | {"img", "svg"}
_URL_ATTRS = frozenset({"href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"})


def active_content(html: str, tags: frozenset[str] = _ACTIVE_TAGS) -> list[str]:
    """Script vectors in a whole page fragment: active elements (`tags`), event handlers, non-web URLs."""
    found = inventory(html)
    problems = [f"<{t}>" for t in found.tags if t in tags]
    for tag, name, value in found.attrs:
        scheme = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", value.replace("\t", "").replace("\n", ""))
        if name.startswith("on") or (
            name in _URL_ATTRS and scheme and scheme.group(1).lower() not in ("http", "https")
        ):
            problems.append(f"<{tag} {name}={value!r}>")
    return problems
