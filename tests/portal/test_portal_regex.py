"""Work on spec text stays linear: pathological shapes (long runs of spaces, hashes, capitals, braces, backticks)
render in well under a second each, escaper and Python-Markdown together, and a whole page with all of them too.
Each shape here took seconds to minutes before its regex was bounded."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

import pytest

from generator.apimodel.model import CatalogEntry
from generator.portal import SiteConfig, render_pages
from generator.portal.diagrams import render_diagram
from generator.portal.escape import md_cell, md_doc, md_inline, mermaid_text
from generator.portal.samples import curl
from generator.portal.search_index import build_search_files, index_tokens, parts
from tests.portal.conftest import StandInProject, catalog, load_fixture_api
from tests.portal.markup import site_markdown

N = 20_000
BOUND = 1.0  # seconds; each case runs in milliseconds once bounded, so this is generous on a busy machine
SPACES = " " * N

SHAPES = {
    "heading of spaces": "#" + SPACES,
    "heading, spaces, text": "# x" + SPACES + "y",
    "heading, spaces, hashes": "# x" + SPACES + "#" * 50 + SPACES + "y",
    "heading of hashes": "#" * N + " x",
    "spaces then text": SPACES + "x",
    "setext of spaces": "x\n" + "=" * N + SPACES + "x",
    "fence then spaces": "```" + SPACES + "x",
    "fence of options": "```" + " a='" * (N // 4),
    "backticks": "`a" * (N // 2),
    "backtick runs": "".join("`" * (i % 7 + 1) + "a" for i in range(N // 4)),
    "brackets": "[" * N + "](",
    "braces": "{:" * (N // 2),
    "angles": "<" * N,
    "emphasis": "*a" * (N // 2),
    "underscores": "_" * N + "a",
    "pipes": "|" + " |" * (N // 2) + "\n|" + "---|" * 100,
    "entities": "&#" * (N // 2),
    "attr list": "x {" + SPACES + "}",
    "capitals": "A" * N + "1",
    "nested lists": "".join(" " * (4 * i) + "- a\n" for i in range(300)),  # was a RecursionError, after seconds
}


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@pytest.mark.parametrize("shape", SHAPES, ids=list(SHAPES))
def test_escaped_spec_text_renders_in_linear_time(shape: str) -> None:
    text = SHAPES[shape]
    md = site_markdown()
    for escaper in (md_doc, md_inline, md_cell):
        elapsed = _timed(lambda e=escaper: md.reset().convert(e(text)))  # type: ignore[misc]
        assert elapsed < BOUND, f"{escaper.__name__}({shape}): {elapsed:.2f}s"


@pytest.mark.parametrize("shape", SHAPES, ids=list(SHAPES))
def test_search_tokens_of_spec_text_take_linear_time(shape: str) -> None:
    text = SHAPES[shape] + " " + "AB" * N + "c " + "a" + "B" * N
    assert _timed(lambda: index_tokens(text)) < BOUND
    assert _timed(lambda: parts("A" * N + "1")) < BOUND


def test_long_diagram_labels_take_linear_time() -> None:
    label = mermaid_text("/a" * (N // 4) + " " + "（x）" * 500)
    source = f"sequenceDiagram\n  participant S as S\n  participant M as M\n  S->>M: GET {label}\n"
    assert _timed(lambda: render_diagram(source, "図")) < BOUND
    chain = "flowchart LR\n  A" + " " * N + "x"
    with pytest.raises(ValueError):  # refused, and quickly
        start = time.perf_counter()
        try:
            render_diagram(chain, "図")
        finally:
            assert time.perf_counter() - start < BOUND


def _pathological_project() -> StandInProject:
    entries = catalog()
    raw = {
        "number": 3,
        "slug": "sample",
        "name": "見本" + "A" * 2000,
        "name_en": "Sample",
        "disclosure": True,
        "audience": ["民間事業者"],
        "data": "# x" + SPACES + "y",
        "summary": "{" * 2000,
    }
    entries[0] = CatalogEntry.from_dict(raw)
    api, bundle = load_fixture_api(entries[0])
    ops = []
    for op in api.operations:
        ops.append(replace(op, description="\n".join(SHAPES.values()), path=op.path + "{" * N))
    api = replace(api, operations=tuple(ops), description="# x" + SPACES + "y")
    return StandInProject(entries, [api], {api.slug: bundle})


def test_a_page_of_pathological_spec_text_renders_quickly(site: SiteConfig) -> None:
    project = _pathological_project()
    start = time.perf_counter()
    pages = render_pages(project, site)
    md = site_markdown()
    html = md.convert(pages["apis/sample/index.md"].split("---\n", 2)[2])
    build_search_files({"docs": [{"location": "apis/sample/", "title": "x", "text": html}]})
    assert time.perf_counter() - start < 10 * BOUND


def test_curl_sample_of_a_path_full_of_braces_is_quick() -> None:
    api, _bundle = load_fixture_api(catalog()[0])
    op = api.operations[0]
    op = replace(op, path="/" + "{" * N)
    assert _timed(lambda: curl(api, op)) < BOUND
