"""Spec text never becomes markup: every escaper, fed hostile text, renders to inert HTML through Python-Markdown
configured as mkdocs.yml does (fences, attribute lists, links, block extensions, front matter, docstrings)."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mkdocs.utils import meta

from generator.apimodel.model import CatalogEntry
from generator.codegen.client import _doc
from generator.portal import SiteConfig, render_pages
from generator.portal.escape import md_block, md_cell, md_doc, md_inline
from tests.portal.conftest import StandInProject, catalog, load_fixture_api
from tests.portal.markup import active_content, inventory, markup_problems, to_html

# The block syntaxes of the site's extensions that act on a line of their own (mkdocstrings' is the widest).
_BLOCK_STARTS = [
    re.compile(r"^(?:#{1,6} *|)::: ?.+?$", re.M),  # mkdocstrings autodoc
    re.compile(r"^!!! ?[\w\-]+", re.M),  # admonition
    re.compile(r"^\?\?\?\+? ?[\w\-]+", re.M),  # details
    re.compile(r'^={3}(?:\+|\+!|!\+|!)? +"', re.M),  # tabbed
]
_FENCED = re.compile(r"^(`{3,}|~{3,})[^\n]*\n.*?^\1[ \t]*$", re.M | re.S)


def _block_start(markdown: str) -> bool:
    """Whether a line outside fenced code starts a block extension (fences are replaced before block
    extensions run, so a `:::` line inside a code sample is shown as code)."""
    prose = _FENCED.sub("", markdown)
    return any(p.search(prose) for p in _BLOCK_STARTS)


_PAYLOAD = "<img src=x onerror=alert(1)>\n<script>alert(1)</script>\n<a href=javascript:alert(1)>x</a>"


def _inert(html: str) -> None:
    assert markup_problems(html) == [], html


# --- fences ------------------------------------------------------------------------------------------------

BAD_OPENINGS = [
    "```foo bar{",
    "``` a`b",
    "```\tx y=z",
    '```python hl_lines="x',
    "```{ .x onclick=alert(1) }",
    '``` { .x onclick="alert(1)" }',
    "~~~ {: onfocus=alert(1) autofocus }",
    "```mermaid",
    "````Mermaid extra",
    "```\x0b",
    "   ```>",
    "```" + "a='" * 50,
]


@pytest.mark.parametrize("opening", BAD_OPENINGS)
def test_lines_after_a_fence_markdown_rejects_stay_inert(opening: str) -> None:
    for closing in ("```", "~~~", "````", ""):
        text = f"説明\n{opening}\n{_PAYLOAD}\n{closing}\n後の段落 <b>x</b>"
        html = to_html(md_doc(text))
        _inert(html)
        assert "mermaid" not in "".join(v for _t, _n, v in inventory(html).attrs)  # spec text draws no diagram


def test_a_fence_keeps_its_code_verbatim_and_its_language() -> None:
    html = to_html(md_doc('前文\n```json\n{"a": "<b>&amp;</b>"}\n```\n後文'))
    assert '<span class="nt">"a"</span>' in html  # highlighted as JSON
    text = re.sub(r"<[^>]+>", "", html)
    assert '"&lt;b&gt;&amp;amp;&lt;/b&gt;"' in text  # shown as written
    assert "<p>後文</p>" in html


def test_a_fence_inside_a_fence_closes_only_at_its_own_length() -> None:
    html = to_html(md_doc("````\n```\n<img src=x onerror=alert(1)>\n```\n````\n<b>x</b>"))
    _inert(html)
    assert html.count("<pre") == 1


# --- attribute lists, links, block extensions --------------------------------------------------------------

ATTR_LISTS = [
    "段落 {: onfocus=alert(1) autofocus tabindex=1 }",
    "段落\n{: onfocus=alert(1) autofocus }",
    "*強調*{onclick=alert(1)} と `コード`{: .evil #__config }",
    "- 項目 {: onmouseover=alert(1) }\n- 二つ目",
    "| a | b {: onclick=alert(1) } |\n|---|---|\n| c {: .x } | d |",
    "# 見出し {: #__config onclick=alert(1) }",
    "見出し {: onclick=x }\n===",
]


@pytest.mark.parametrize("text", ATTR_LISTS)
def test_attribute_lists_in_spec_text_set_no_attributes(text: str) -> None:
    for escaper in (md_doc, md_inline, md_cell, md_block):
        _inert(to_html(escaper(text)))


LINKS = [
    "[罠][r]\n\n[r]: javascript:alert(1)",
    "[r]\n\n[r]: javascript:alert(1) 'title'",
    " [r]: <javascript:alert(1)>\n[r][]",
    "<javascript:alert(1)> と <http://example.com/> と <a@b.example>",
    "[x](javascript:alert(1)) ![i](x onerror=alert(1)) [y](<javascript:alert(1)>)",
    "[x]\n(javascript:alert(1))",
    "&lt;script&gt; &#60;img src=x onerror=alert(1)&#62; &amp;",
]


@pytest.mark.parametrize("text", LINKS)
def test_links_images_and_entities_in_spec_text_stay_literal(text: str) -> None:
    for escaper in (md_doc, md_inline, md_cell, md_block):
        html = to_html(escaper(text))
        _inert(html)
        assert "&lt;script&gt;" not in html.replace("&amp;lt;script&amp;gt;", "")  # entities are shown, not decoded


BLOCK_MARKERS = ["::: os", "# ::: os.path", "!!! danger onclick", '??? note "t"', '=== "タブ"', '===+ "t"', ":::"]


@pytest.mark.parametrize("text", BLOCK_MARKERS)
def test_block_extension_markers_in_spec_text_stay_text(text: str) -> None:
    for escaper in (md_doc, md_inline, md_block):
        out = escaper(f"{text}\n本文")
        assert not _block_start(out), out
        _inert(to_html(out))


# --- properties over many hostile shapes ------------------------------------------------------------------

_PIECES = [
    "<",
    ">",
    "&",
    "&lt;",
    "&#60;",
    "`",
    "``",
    "```",
    "~~~",
    "{",
    "}",
    "{:",
    "[",
    "]",
    "(",
    ")",
    "]:",
    "](",
    ":",
    ":::",
    "!",
    "!!!",
    "?",
    "???",
    "#",
    "##",
    "*",
    "_",
    "\\",
    "\n",
    "\n\n",
    " ",
    "    ",
    "\t",
    "\r",
    "=",
    "===",
    "-",
    "---",
    "|",
    "1.",
    "javascript:alert(1)",
    "onfocus=alert(1)",
    " autofocus",
    "img src=x onerror=alert(1)",
    "script",
    "mermaid",
    "x",
    "見本",
    '"',
    "'",
    "\u2028",
    "\x85",
    "http://e.example",
    "/path/{id}",
    ".cls",
    "#id",
]
hostile = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile)
@example("<\n=")  # a lone `=` line under another: a setext heading in md_block
def test_no_hostile_text_becomes_markup(text: str) -> None:
    for escaper in (md_doc, md_inline, md_cell, md_block):
        out = escaper(text)
        assert not _block_start(out), (escaper.__name__, out)
        html = to_html(out)
        assert markup_problems(html) == [], (escaper.__name__, text, out, html)


# --- front matter and titles -------------------------------------------------------------------------------


def _hostile_project(name: str, summary: str) -> StandInProject:
    entries = catalog()
    raw: dict[str, Any] = {
        "number": 3,
        "slug": "sample",
        "name": name,
        "name_en": "Sample",
        "disclosure": True,
        "audience": ["民間事業者"],
        "data": "見本",
        "summary": summary,
    }
    entries[0] = CatalogEntry.from_dict(raw)
    api, bundle = load_fixture_api(entries[0])
    return StandInProject(entries, [api], {api.slug: bundle})


@pytest.mark.parametrize(
    "name",
    [
        "見本<img src=x onerror=alert(1)>",
        "見本\x7f<img src=x onerror=alert(1)>",  # a character YAML refuses: the front matter must still parse
        "見本\ufffe</title><script>alert(1)</script>",
        '見本"\n---\n<script>alert(1)</script>',
        "見本\u2028<svg onload=alert(1)>\x85",
    ],
)
def test_front_matter_parses_and_holds_html_text(name: str, site: SiteConfig) -> None:
    pages = render_pages(_hostile_project(name, name + " の概要 {{ x }} {% raw %}"), site)
    for path in ("apis/sample/index.md",):
        body, data = meta.get_data(pages[path])
        assert data.get("api_slug") == "sample", pages[path][:300]
        # Material prints meta values into HTML unescaped: they must already be HTML text.
        for key in ("title", "description"):
            assert "<" not in data[key] and '"' not in data[key], data[key]
        assert active_content(to_html(body)) == []


# --- docstrings (mkdocstrings pages) -----------------------------------------------------------------------


def _docstring_html(text: str, around: str = "{}") -> str:
    source = '"""' + around.format(_doc(text)) + '"""'
    return to_html(ast.literal_eval(source))


DOCSTRINGS = [
    "段落 {: onfocus=alert(1) autofocus }",
    "*強調*{onclick=alert(1)}",
    "説明\n{: onclick=alert(1) }",
    "[罠][r]\n\n[r]: javascript:alert(1)",
    "[r]: javascript:alert(1)\n\n[r]",
    "<javascript:alert(1)> <1@example.jp> <img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "```{ .x onclick=alert(1) }\n<img src=x onerror=alert(1)>\n```",
    '"""\nimport os',
]


@pytest.mark.parametrize("text", DOCSTRINGS)
def test_docstrings_from_spec_text_stay_inert(text: str) -> None:
    html = _docstring_html(text)
    assert markup_problems(html, headings=True) == [], html


def test_docstrings_keep_path_templates_readable_in_code() -> None:
    html = _docstring_html("/users/{user_id}/items/{id}", "`GET {}`")
    assert "<code>GET /users/{user_id}/items/{id}</code>" in html


@settings(max_examples=200, deadline=None)
@given(hostile)
def test_no_hostile_docstring_becomes_markup(text: str) -> None:
    html = _docstring_html(text)
    assert markup_problems(html, headings=True) == [], (text, html)


def test_related_apis_outside_the_catalogue_are_text_not_links(site: SiteConfig) -> None:
    project = _hostile_project("見本", "概要")
    hostile = ("x)<img src=x onerror=alert(1)>", "javascript:alert(1)", "later) {: onclick=alert(1) }")
    entry = project.catalog[0]
    project.catalog[0] = replace(entry, prerequisites=(*hostile, "later"), combinations=hostile)
    pages = render_pages(project, site)
    for path in ("apis/sample/index.md", "apis/index.md", "review.md", "intake.md"):
        body, _data = meta.get_data(pages[path])
        html = to_html(body)
        assert active_content(html) == [], (path, active_content(html))
        hrefs = [v for t, n, v in inventory(html).attrs if n == "href"]
        assert not [h for h in hrefs if "alert" in h or "javascript" in h], (path, hrefs)
    assert "../later/index.md" in pages["apis/sample/index.md"]  # a catalogued API stays a link
