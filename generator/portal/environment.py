"""The one jinja Environment the portal templates are rendered with."""

from __future__ import annotations

import functools

import jinja2

from generator.portal import escape


@functools.cache
def environment() -> jinja2.Environment:
    """Templates from generator/portal/templates; undefined names are errors; markdown output, so no autoescape.

    Nothing reaches the output unfiltered: spec text goes through one of the escaping filters below.
    """
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator.portal", "templates"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        {
            "md": escape.md_inline,
            "md_block": escape.md_block,
            "md_doc": escape.md_doc,
            "md_rich": escape.md_rich,
            "cell": escape.md_cell,
            "cell_code": escape.cell_code,
            "code": escape.md_code,
            "fence": escape.code_fence,
            "attr": escape.html_text,
            "html": escape.html_content,
            "json": escape.json_text,
            "example_text": escape.example_text,
            "html_rich": escape.html_rich,
            "meta": escape.meta_text,
        }
    )
    return env
