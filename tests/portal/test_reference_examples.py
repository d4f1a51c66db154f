"""Issue #11, reference rendering: every named example is shown (errors included, form bodies form-encoded), curl
samples agree with the environment they target, inline markdown in descriptions renders instead of leaking, and no
bundler-made component name reaches a page or a download.

Inline specs check the renderer; the built site ($MP_SITE_DIR, else build/site, else a fresh build) checks our specs.
"""

from __future__ import annotations

import html
import json
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.apimodel.describe import describe_api, pick_media
from generator.apimodel.model import Api
from generator.documents.walk import resolve
from generator.portal import SiteConfig, render_pages
from generator.portal.escape import example_text, md_cell, md_rich
from generator.portal.samples import curl, python, request_example
from tests.conftest import built_site
from tests.portal.conftest import StandInBundle, StandInProject, catalog
from tests.portal.markup import markup_problems, to_html

ROOT = Path(__file__).resolve().parents[2]
_EXAMPLE_CODE = re.compile(r'<pre class="mp-example"><code>(.*?)</code></pre>', re.S)
_SUMMARY = re.compile(r"<summary>(.*?)</summary>", re.S)

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "見本", "version": "1.0.0"},
    "servers": [
        {"url": "http://127.0.0.1:4010/sample", "description": "ローカルサンドボックス"},
        {"url": "https://sp-verify.sample.example.jp", "description": "検証環境（接続試験用）"},
        {"url": "https://sp.sample.example.jp", "description": "本番環境"},
    ],
    "components": {
        "schemas": {
            "Header": {
                "type": "object",
                "properties": {"mode": {"type": "string", "enum": ["production", "verification"]}},
            },
            "Request": {
                "allOf": [
                    {"type": "object", "properties": {"header": {"$ref": "#/components/schemas/Header"}}},
                    {"type": "object", "properties": {"kind": {"type": "string", "enum": ["a", "b"]}}},
                ]
            },
        },
        "examples": {
            "Shared": {"summary": "共有の例", "value": {"header": {"mode": "production"}, "kind": "b"}},
        },
    },
    "paths": {
        "/token": {
            "post": {
                "operationId": "sampleToken",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"type": "object"},
                            "examples": {
                                "code": {
                                    "summary": "認可コードの交換",
                                    "value": {"grant_type": "authorization_code", "code": "a b&c"},
                                },
                                "refresh": {
                                    "summary": "リフレッシュトークンでの更新",
                                    "description": "使用済みのリフレッシュトークンは再使用できない。",
                                    "value": {
                                        "grant_type": "refresh_token",
                                        "refresh_token": "rt.1",
                                        "scope": ["x", "y"],
                                    },
                                },
                            },
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "発行した",
                        "content": {
                            "application/json": {
                                "examples": {
                                    "first": {"summary": "初回", "value": {"access_token": "at.1"}},
                                    "second": {"value": {"access_token": "at.2"}},
                                }
                            }
                        },
                    },
                    "400": {
                        "description": "**使用済み**のトークン、または `invalid_grant`。",
                        "content": {
                            "application/json": {
                                "examples": {
                                    "reused": {"summary": "再使用", "value": {"error": "invalid_grant", "n": 1}},
                                    "expired": {"summary": "期限切れ", "value": {"error": "invalid_grant", "n": 2}},
                                }
                            }
                        },
                    },
                },
            }
        },
        "/request": {
            "post": {
                "operationId": "sampleRequest",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Request"},
                            "examples": {
                                "shared": {"$ref": "#/components/examples/Shared"},
                                "other": {
                                    "summary": "別の例",
                                    "value": {"header": {"mode": "production"}, "kind": "a"},
                                },
                            },
                        }
                    }
                },
                "responses": {
                    "202": {
                        "description": "`processId` を返す。**例示**。",
                        "content": {"application/json": {"example": {"processId": "P1"}}},
                    }
                },
            }
        },
    },
}


def _api(spec: dict[str, Any] | None = None) -> Api:
    return describe_api(spec or SPEC, "sample", catalog()[0])


def _page_html(api: Api, site: SiteConfig) -> str:
    entries = catalog()
    text = json.dumps(api.document, ensure_ascii=False)
    project = StandInProject(entries, [api], {"sample": StandInBundle("sample", text, text)})
    page = render_pages(project, site)["apis/sample/index.md"]
    return to_html(page.split("\n---\n", 1)[1])


def _examples(page_html: str) -> list[str]:
    return [html.unescape(code) for code in _EXAMPLE_CODE.findall(page_html)]


def test_every_named_example_is_rendered_with_its_title(site: SiteConfig) -> None:
    page = _page_html(_api(), site)
    shown = _examples(page)
    values: list[Any] = [{"access_token": "at.1"}, {"access_token": "at.2"}, {"processId": "P1"}]
    values += [{"header": {"mode": "production"}, "kind": k} for k in "ba"]  # the reference shows the spec's own
    for value in values:
        assert json.dumps(value, ensure_ascii=False, indent=2) in shown
    titles = [html.unescape(t) for t in _SUMMARY.findall(page)]
    assert "リクエストの例: 共有の例" in titles  # the summary of a $ref'd example
    assert "リクエストの例: 別の例" in titles
    assert "レスポンスの例（200）: 初回" in titles
    assert "レスポンスの例（200）: second" in titles  # no summary: the example's name
    assert "使用済みのリフレッシュトークンは再使用できない。" in html.unescape(page)


def test_error_examples_are_rendered_every_one(site: SiteConfig) -> None:
    page = _page_html(_api(), site)
    shown = _examples(page)
    for n in (1, 2):
        assert json.dumps({"error": "invalid_grant", "n": n}, indent=2) in shown
    titles = [html.unescape(t) for t in _SUMMARY.findall(page)]
    assert "エラーの例（400）: 再使用" in titles and "エラーの例（400）: 期限切れ" in titles
    assert "エラー応答の例（2件）" in titles


def test_form_bodies_are_form_encoded_in_examples_and_curl(site: SiteConfig) -> None:
    page = _page_html(_api(), site)
    shown = _examples(page)
    assert "grant_type=authorization_code&code=a%20b%26c" in shown
    assert "grant_type=refresh_token&refresh_token=rt.1&scope=x&scope=y" in shown
    assert not any('"grant_type"' in text for text in shown)
    api = _api()
    token = next(op for op in api.operations if op.operation_id == "sampleToken")
    words = shlex.split(curl(api, token).replace("\\\n", " "))
    assert words[words.index("--data-urlencode") + 1] == "grant_type=authorization_code"
    assert "code=a b&c" in words  # curl --data-urlencode encodes the value itself
    assert not any(w.startswith("{") or "--data-raw" == w for w in words)
    assert "Content-Type: application/json" not in curl(api, token)


def test_example_text_per_media_type() -> None:
    assert example_text({"a": 1, "b": True, "c": None}, "application/x-www-form-urlencoded; charset=utf-8") == (
        "a=1&b=true&c="
    )
    assert example_text("<x/>", "application/xml") == "<x/>"
    assert example_text("text", "application/json") == '"text"'
    assert example_text({"a": "あ"}, "application/problem+json") == '{\n  "a": "あ"\n}'


def test_curl_to_the_verification_server_sends_the_verification_mode(site: SiteConfig) -> None:
    api = _api()
    request = next(op for op in api.operations if op.operation_id == "sampleRequest")
    sample = curl(api, request)
    assert sample.startswith("curl -X POST https://sp-verify.sample.example.jp/request")
    payload = json.loads(shlex.split(sample.replace("\\\n", " "))[-1])
    assert payload == {"header": {"mode": "verification"}, "kind": "b"}  # the first example, made to agree
    assert "'mode': 'verification'" in python(api, request, site)
    assert "production" not in sample and "production" not in python(api, request, site)


def test_a_named_example_that_agrees_is_preferred_and_production_keeps_production() -> None:
    spec = json.loads(json.dumps(SPEC))
    examples = spec["paths"]["/request"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    examples["other"]["value"]["header"]["mode"] = "verification"
    api = _api(spec)
    request = next(op for op in api.operations if op.operation_id == "sampleRequest")
    assert request_example(api, request) == {"header": {"mode": "verification"}, "kind": "a"}
    spec["servers"] = [spec["servers"][2]]  # only production: production stays
    api = _api(spec)
    request = next(op for op in api.operations if op.operation_id == "sampleRequest")
    assert request_example(api, request) == {"header": {"mode": "production"}, "kind": "b"}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("上限値は **例示**。", "<strong>例示</strong>"),
        ("`redirect_uri` へ戻る", "<code>redirect_uri</code>"),
        ("a|b と `x|y`", "<code>x|y</code>"),
    ],
)
def test_inline_markdown_renders_in_cells_and_response_lines(text: str, fragment: str) -> None:
    cell = to_html("| a |\n|---|\n| " + md_cell(text) + " |\n")
    assert fragment in cell and "**" not in cell and "`" not in cell
    assert cell.count("<td>") == 1  # `|` did not split the cell
    line = to_html("**見出し**: " + md_rich(text))
    assert fragment in line and "**" not in line and "`" not in line
    assert markup_problems(cell) == [] and markup_problems(line) == []


def test_data_in_cells_stays_literal() -> None:
    out = to_html("| a |\n|---|\n| " + md_cell('pattern: "^[A-Z]*_[0-9]*$"; ** a **; a_b_c') + " |\n")
    assert 'pattern: "^[A-Z]*_[0-9]*$"; ** a **; a_b_c' in html.unescape(out)
    assert "<em>" not in out and "<strong>" not in out


def test_inline_markdown_keeps_html_and_links_literal() -> None:
    out = to_html("| a |\n|---|\n| " + md_cell("**<b>x</b>** [l](javascript:alert(1)) `<i>`") + " |\n")
    assert "<strong>&lt;b&gt;x&lt;/b&gt;</strong>" in out
    assert "<a" not in out and "<i>" not in out and "<b>" not in out


def test_response_descriptions_render_their_markdown(site: SiteConfig) -> None:
    page = _page_html(_api(), site)
    assert "<code>processId</code> を返す。<strong>例示</strong>。" in page
    assert "<strong>使用済み</strong>のトークン" in page


# --- the built site ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_site(tmp_path_factory)


def _specs() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted((ROOT / "specs").glob("*.yaml")):
        yield path.stem, yaml.safe_load(path.read_text(encoding="utf-8"))


def _rendered_media(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(media type, media object) of every request body and response the reference renders."""
    for item in (document.get("paths") or {}).values():
        for op in item.values() if isinstance(item, dict) else ():
            if not isinstance(op, dict):
                continue
            parts = [op.get("requestBody"), *(op.get("responses") or {}).values()]
            for part in parts:
                target = part if isinstance(part, dict) and "$ref" not in part else None
                if target is not None:
                    media_type, media = pick_media(target.get("content"))
                    if media_type is not None:
                        yield media_type, media


def test_the_built_site_shows_every_named_example_of_our_specs(built: Path) -> None:
    total = 0
    for slug, document in _specs():
        page = built / "apis" / slug / "index.html"
        if not page.is_file():
            continue
        shown = set(_examples(page.read_text(encoding="utf-8")))
        for media_type, media in _rendered_media(document):
            named = media.get("examples")
            for name, example in named.items() if isinstance(named, dict) else ():
                value = resolve(document, example).get("value") if "$ref" not in example else None
                if value is None:
                    continue
                total += 1
                assert example_text(value, media_type) in shown, (slug, media_type, name)
    assert total >= 40  # 2026-12: 46 named examples in entries with several, 44 in pages before the fix showed 17


def test_the_built_periodic_linkage_page_shows_form_encoded_token_requests(built: Path) -> None:
    shown = _examples((built / "apis" / "periodic-linkage" / "index.html").read_text(encoding="utf-8"))
    assert any(text.startswith("grant_type=refresh_token&") for text in shown)
    assert any(text.startswith("grant_type=authorization_code&") for text in shown)


def _visible(page: Path) -> str:
    text = re.sub(
        r"<script.*?</script>|<style.*?</style>|<svg.*?</svg>", "", page.read_text(encoding="utf-8"), flags=re.S
    )
    text = re.sub(r"<pre.*?</pre>|<code.*?</code>", "", text, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def test_no_raw_markdown_on_built_api_pages(built: Path) -> None:
    leaks: dict[str, list[str]] = {}
    for page in sorted(built.glob("apis/*/index.html")):
        found = re.findall(r"\*\*[^*\n]+\*\*|`[^`\n]+`", _visible(page))
        if found:
            leaks[page.parent.name] = found[:3]
    assert leaks == {}  # 2026-12, before the fix: 16 pages (**例示** in table cells, `code` in response lines)


def test_built_curl_samples_agree_with_the_verification_server(built: Path) -> None:
    page = (built / "apis" / "self-info" / "index.html").read_text(encoding="utf-8")
    codes = re.findall(r"<code[^>]*>(.*?)</code>", page, re.S)
    blocks = [text for text in (html.unescape(re.sub(r"<[^>]+>", "", c)) for c in codes) if text.startswith("curl")]
    sent = [b for b in blocks if "sp-verify" in b and "commonHeader" in b]
    assert sent, "no curl sample with a telegram to the verification server"
    for block in sent:
        assert '"mode": "verification"' in block and '"production"' not in block


def test_no_bundler_names_on_pages_or_in_downloads(built: Path) -> None:
    authored = set()
    for path in (ROOT / "specs").rglob("*.yaml"):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for section in (document.get("components") or {}).values() if isinstance(document, dict) else ():
            authored |= set(section) if isinstance(section, dict) else set()
        if isinstance(document, dict) and "openapi" not in document:
            authored |= set(document)  # shared component files: their top-level keys are the names
    made = []
    for path in sorted((built / "downloads").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for section in (document.get("components") or {}).values() if isinstance(document, dict) else ():
            made += [(path.name, name) for name in section if re.search(r"\d$", name) and name not in authored]
    assert made == []
    for page in built.glob("apis/*/index.html"):
        text = _visible(page)
        for name in ("MynaPortalConsent2", "ServerMutualTls2"):
            assert name not in text, (page, name)


def test_shared_error_examples_are_shown_once_per_page_and_linked(site: SiteConfig) -> None:
    spec = json.loads(json.dumps(SPEC))
    token = spec["paths"]["/token"]["post"]
    spec["paths"]["/request"]["post"]["responses"]["400"] = token["responses"]["400"]
    page = _page_html(_api(spec), site)
    shown = _examples(page)
    for n in (1, 2):
        assert shown.count(json.dumps({"error": "invalid_grant", "n": n}, indent=2)) == 1
    assert '400: <a href="#sampletoken">sampleToken</a> のエラーの例と同じです。' in page


def test_example_titles_and_descriptions_render_inline_markdown_escaped(site: SiteConfig) -> None:
    spec = json.loads(json.dumps(SPEC))
    media = spec["paths"]["/token"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
    media["examples"]["refresh"]["summary"] = "`refresh_token` での<script>更新</script>"
    media["examples"]["refresh"]["description"] = "使用済みは**再使用できない**。\n<img src=x onerror=alert(1)>"
    page = _page_html(_api(spec), site)
    assert "<summary>リクエストの例: <code>refresh_token</code> での&lt;script&gt;更新&lt;/script&gt;</summary>" in page
    assert "使用済みは<strong>再使用できない</strong>。 &lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>" not in page and "<img" not in page


def test_body_descriptions_render_their_markdown(site: SiteConfig) -> None:
    spec = json.loads(json.dumps(SPEC))
    spec["paths"]["/request"]["post"]["requestBody"]["description"] = "`commonHeader` は**必須**。\n\n<b>x</b>"
    page = _page_html(_api(spec), site)
    assert "<code>commonHeader</code> は<strong>必須</strong>。" in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page and "<b>" not in page
