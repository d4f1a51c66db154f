"""Behaviour of the portal renderers: escaping, links, flows, samples, downloads."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shlex
import zipfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jinja2
import markdown
import pytest
import yaml

from generator.portal import SiteConfig, build_downloads, render_pages
from generator.portal.environment import environment
from generator.portal.escape import code_fence, md_cell, md_code, md_doc, md_inline, mermaid_text
from generator.portal.flows import sequence_diagram
from generator.portal.samples import curl, python
from generator.portal.site import ProjectLike

ROOT = Path(__file__).resolve().parents[2]


def _markdown() -> markdown.Markdown:
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


def _div(source: str, language: str, class_name: str, options: object, md: object, **kwargs: object) -> str:
    from pymdownx.superfences import fence_div_format  # noqa: PLC0415

    return str(fence_div_format(source, language, class_name, options, md, **kwargs))


def _html(text: str) -> str:
    body = text.split("---\n", 2)[2] if text.startswith("---\n") else text
    return str(_markdown().convert(body))


def test_hostile_spec_text_never_becomes_markup(project: ProjectLike, site: SiteConfig) -> None:
    pages = render_pages(project, site)
    html = _html(pages["apis/sample/index.md"])
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript:' not in html
    assert (
        "&lt;script&gt;alert(&quot;info&quot;)&lt;/script&gt;" in html
        or '&lt;script&gt;alert("info")&lt;/script&gt;' in html
    )
    assert "<b>太字</b>" not in html
    catalog_html = _html(pages["apis/index.md"])
    assert "<script" not in catalog_html


def test_table_cells_keep_pipes_and_newlines_inside_the_cell() -> None:
    html = _markdown().convert("| a | b |\n|---|---|\n| " + md_cell("x | y\nz") + " | " + md_cell("`p|q`") + " |\n")
    row = html.split("<tbody>")[1]
    assert row.count("<td>") == 2
    assert "x | y<br>z" in row
    assert "<code>p|q</code>" in row


def test_inline_escapes_render_literally() -> None:
    text = "*a* _b_ `c` [d](e) <f> & #g {: .h} |i|"
    html = _markdown().convert(md_inline(text))
    assert html == "<p>*a* _b_ `c` [d](e) &lt;f&gt; &amp; #g {: .h} |i|</p>"


def test_doc_markdown_keeps_formatting_but_not_links_or_html() -> None:
    html = _markdown().convert(md_doc("## 見出し\n**太字** と `<code>` と [x](javascript:y) と <i>斜体</i>"))
    assert "<strong>見出し</strong>" in html
    assert "<h2" not in html
    assert "<strong>太字</strong>" in html
    assert "<code>&lt;code&gt;</code>" in html
    assert "<a " not in html
    assert "<i>" not in html


def test_setext_headings_in_spec_text_become_bold_lines_too() -> None:
    html = _markdown().convert(md_doc("概要\n====\n\n本文\n\n詳細\n---\n続き\n\n```\ncode\n```\n---"))
    assert "<h1" not in html and "<h2" not in html
    assert "<strong>概要</strong>" in html and "<strong>詳細</strong>" in html
    assert "<p>続き</p>" in html and "<hr" in html  # a rule after a fence stays a rule


def test_code_spans_and_fences_cannot_be_closed_by_content() -> None:
    assert md_code("a`b") == "`` a`b ``"
    fenced = code_fence("x\n```\ny", "json")
    assert fenced.startswith("````json\n") and fenced.endswith("\n````")


def test_mermaid_labels_cannot_inject_statements() -> None:
    label = mermaid_text("a;b\nNote over X: <script>#")
    bare = re.sub(r"#\w+;", "", label)
    assert ";" not in bare and "#" not in bare and "<" not in bare and "\n" not in label


def test_intake_links_carry_the_configured_url_and_the_api(project: ProjectLike, site: SiteConfig) -> None:
    pages = render_pages(project, site)
    link = site.intake_link(project.catalog[0])
    parts = urlsplit(link)
    assert link.startswith(site.intake_url + "?")
    query = parse_qs(parts.query)
    assert query["customfield_api"] == ["sample"]
    assert "見本取得" in query["summary"][0]
    assert link.replace("&", "&amp;") in pages["apis/sample/index.md"]
    assert site.intake_url in pages["intake.md"]


def test_intake_link_appends_to_an_existing_query(project: ProjectLike) -> None:
    site = SiteConfig(intake_url="https://x.example.invalid/form?lang=ja", developer_site_url="")
    assert site.intake_link(project.catalog[0]).startswith("https://x.example.invalid/form?lang=ja&summary=")


def test_missing_spec_gets_a_page_and_links_stay_valid(project: ProjectLike, site: SiteConfig) -> None:
    pages = render_pages(project, site)
    assert "仕様書は準備中です" in pages["apis/later/index.md"]
    assert "](../later/index.md)" in pages["apis/sample/index.md"]


def test_every_operation_has_its_anchor_and_code_samples(project: ProjectLike, site: SiteConfig) -> None:
    page = render_pages(project, site)["apis/sample/index.md"]
    api = project.apis[0]
    for op in api.operations:
        assert f"{{ #{op.anchor} }}" in page
    assert page.count('=== "curl"') == len(api.operations)
    assert page.count('=== "Python"') == len(api.operations)


def test_sequence_diagram_orders_authorize_token_request_webhook_result(project: ProjectLike) -> None:
    diagram = sequence_diagram(project.apis[0])
    order = ["/oauth/authorize", "/oauth/token", "POST /request", "（Webhook）", "GET /result/{processId}"]
    positions = [diagram.index(marker) for marker in order]
    assert positions == sorted(positions), diagram
    assert "リフレッシュトークン" in diagram  # the token endpoint accepts grant_type refresh_token
    assert diagram.startswith("sequenceDiagram\n")


def test_curl_samples_are_valid_shell(project: ProjectLike) -> None:
    api = project.apis[0]
    for op in api.operations:
        words = shlex.split(curl(api, op).replace("\\\n", " "), comments=True)
        assert words[0] == "curl"
    token = next(op for op in api.operations if op.operation_id == "sampleToken")
    assert "--data-urlencode 'code=abc'\"'\"'def'" in curl(api, token)


def test_python_samples_compile_and_use_the_facade(project: ProjectLike, site: SiteConfig) -> None:
    api = project.apis[0]
    for op in api.operations:
        source = python(api, op, site)
        compile(source, f"<{op.operation_id}>", "exec")
    request = next(op for op in api.operations if op.operation_id == "sampleRequest")
    sample = python(api, request, site)
    assert "from mynaportal_client import BearerTokenAuth, MynaPortalClient, mtls_context" in sample
    assert "client.sample.request(" in sample  # the API's shared prefix is dropped


def test_downloads_are_exact_bytes_with_matching_index(project: ProjectLike) -> None:
    downloads = build_downloads(project)
    bundle = project.bundles["sample"]
    assert downloads.files["sample.yaml"] == bundle.yaml_text.encode("utf-8")
    assert downloads.files["sample.json"] == bundle.json_text.encode("utf-8")
    index = json.loads(downloads.files["index.json"])
    entry = index["apis"][0]
    assert (entry["slug"], entry["version"]) == ("sample", "1.2.3")
    for kind in ("yaml", "json"):
        data = downloads.files[entry["files"][kind]["path"]]
        assert entry["files"][kind]["size"] == len(data)
        assert entry["files"][kind]["sha256"] == hashlib.sha256(data).hexdigest()
    assert index["archive"]["sha256"] == hashlib.sha256(downloads.files["mynaportal-specs.zip"]).hexdigest()


def test_archive_is_deterministic_and_sorted(project: ProjectLike) -> None:
    first = build_downloads(project).files["mynaportal-specs.zip"]
    second = build_downloads(project).files["mynaportal-specs.zip"]
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        names = zf.namelist()
        assert names == sorted(names) == ["mynaportal-specs/sample.json", "mynaportal-specs/sample.yaml"]
        assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in zf.infolist())


def test_templates_fail_on_undefined_names() -> None:
    with pytest.raises(jinja2.UndefinedError):
        environment().from_string("{{ nothing.here }}").render()


def test_client_reference_without_a_generated_client_says_so(project: ProjectLike, site: SiteConfig) -> None:
    pages = render_pages(project, site)
    assert ":::" not in pages["sdk/reference/index.md"]
    assert "クライアントが含まれていません" in pages["sdk/reference/index.md"]
    assert not any(p.startswith("sdk/reference/") and p != "sdk/reference/index.md" for p in pages)


def test_client_reference_documents_generated_modules(project: ProjectLike) -> None:
    site = SiteConfig(intake_url="https://i.example.invalid/", developer_site_url="", client_modules=("sample",))
    pages = render_pages(project, site)
    assert "::: mynaportal_client.MynaPortalClient" in pages["sdk/reference/index.md"]
    assert "::: mynaportal_client.sample.client.SampleClient" in pages["sdk/reference/sample.md"]
