"""Hostile spec text end to end: a copy of the project gets a catalogue entry and an API document whose every
text field carries script payloads; the portal is built from it as `make build` does (`mpgen build`, then
`mkdocs build --strict`), served on 127.0.0.1, and every HTML page is opened in headless Chromium.

A page fails on any dialog, any console message or uncaught error carrying the marker the payloads print, any
element with an `on*` attribute and any javascript:/vbscript:/data:text/html URL, checked after load, after every
element was focused and hovered, and after a search rendered results from the payload API.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.browser.conftest import ROOT, serve_folder

pytestmark = pytest.mark.browser

MARK = "XSS-MARK"


def _js(n: int) -> str:
    """Script that announces itself; free of quotes and spaces, so it also works as an unquoted attribute."""
    return f"console.error(/{MARK}-{n}/.source);alert(/{MARK}-{n}/.source)"


# One line each: names, summaries, labels. Entities, jinja and raw blocks must show as written.
INLINE = [
    f"<script>{_js(1)}</script>",
    f'<img src=x onerror="{_js(2)}">',
    f"<svg onload={_js(3)}><circle r=9 /></svg>",
    f"[link](javascript:{_js(4)})",
    f"<javascript:{_js(5)}>",
    f"{{: onfocus={_js(6)} autofocus tabindex=1 }}",
    f"&lt;script&gt;{_js(7)}&lt;/script&gt; &#60;img src=x onerror={_js(7)}&#62; &amp;",
    f"</textarea></title></style><img src=x onerror={_js(8)}>",
    "{{ 7*7 }} {% raw %}{{ config }}{% endraw %} {# c #}",
    f"\" onmouseover=\"{_js(9)}\" x=\"' onfocus='{_js(9)}' autofocus '",
    f'<a href="javascript:{_js(10)}">a</a><iframe srcdoc="<script>{_js(10)}</script>"></iframe>',
    f"<details open ontoggle={_js(11)}>d</details>",
    f"a\u2028<img src=x onerror={_js(12)}>\u2029b\x85c",
    f"[d](data:text/html,<script>{_js(13)}</script>) ![i](x){{onerror={_js(13)}}}",
]
# Whole documents of markdown, one construct per block (a fence or a list only counts at a block's start):
# fences Markdown rejects, reference links, attribute lists, block extensions, backtick tricks, long lines.
BLOCK = "\n\n".join(
    [
        "見本の説明です。",
        f"```foo bar{{ .x onclick={_js(20)} }}\n<img src=x onerror={_js(20)}>\n```",
        f"~~~ {{: onclick={_js(21)} }}\n<script>{_js(21)}</script>\n~~~",
        f"```mermaid\nsequenceDiagram\n  A->>B: <img src=x onerror={_js(22)}>\nflowchart LR\n```",
        f"[参照][r] と [r]\n\n[r]: javascript:{_js(23)}",
        f"段落 {{: onfocus={_js(24)} autofocus tabindex=1 }}",
        f"段落\n{{: onfocus={_js(24)} autofocus tabindex=1 }}",
        f"*強調*{{onclick={_js(25)}}} `コード`{{: onmouseover={_js(25)} }}",
        f'!!! danger "<img src=x onerror={_js(26)}>"\n    警告 <img src=x onerror={_js(26)}>',
        "::: os",
        f'=== "タブ"\n    <script>{_js(27)}</script>',
        f"# 見出し {{: #__config onclick={_js(28)} }}",
        f"見出し {{: onclick={_js(28)} }}\n===",
        f"#見出し<img src=x onerror={_js(28)}>",
        f"| 表 {{: onclick={_js(29)} }} | <b onclick={_js(29)}>b</b> |\n|---|---|\n"
        f"| `a|b` | [x](javascript:{_js(29)}) |",
        f"\\`<img src=x onerror={_js(31)}>` ``<img src=x onerror={_js(31)}>` `a`` `<img src=x onerror={_js(31)}>`",
        f"- 項目 {{: onmouseover={_js(32)} }}\n    - 入れ子 <img src=x onerror={_js(32)}>",
        "#" + " " * 3000 + "x",
        "\n".join(INLINE),
        f"``` a`b\n<img src=x onerror={_js(30)}>",  # last: a fence Markdown rejects, never closed
        f"<img src=x onerror={_js(30)}>\n<b onmouseover={_js(30)}>unclosed</b>",
    ]
)
ONE_LINE = " ".join(INLINE)
SLUG = "payload"
# Related APIs by slug: not in the catalogue, so never link targets.
RELATED = [f"x)<img src=x onerror={_js(50)}>", f"javascript:{_js(51)}", f"self-info) {{: onclick={_js(52)} }}"]


def _payload_document(number: int) -> dict[str, Any]:
    """An OpenAPI document that passes the house profile with payloads in every text field the portal shows."""
    text = "見本" + ONE_LINE
    problem = {"$ref": "shared/responses.yaml#/BadRequest"}
    schema = {
        "type": "object",
        "title": "見本<img src=x onerror=" + _js(40) + ">",
        "description": "見本スキーマ" + BLOCK,
        "required": ["kind"],
        "properties": {
            "kind": {
                "type": "string",
                "title": "種別" + ONE_LINE,
                "description": "種別" + ONE_LINE,
                "enum": ["a<img src=x onerror=" + _js(41) + ">", "b"],
                "x-enum-descriptions": ["見本" + INLINE[1], "見本" + INLINE[3]],
                "examples": ["a<img src=x onerror=" + _js(41) + ">"],
            },
            "note": {"type": "string", "description": "備考" + BLOCK, "example": INLINE[0]},
        },
        "example": {"kind": "b", "note": INLINE[1]},
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "見本API" + ONE_LINE,
            "version": "1.0.0",
            "summary": text,
            "description": "見本" + BLOCK,
            "x-mynaportal": {
                "number": number,
                "slug": SLUG,
                "disclosure": True,
                "audience": ["民間事業者"],
                "prerequisites": RELATED,
                "review_points": ["見本" + ONE_LINE],
            },
        },
        "externalDocs": {"url": f"javascript:{_js(42)}", "description": text},
        "servers": [
            {"url": "https://sp.payload.example.jp", "description": "検証" + ONE_LINE, "x-illustrative": True},
        ],
        "tags": [{"name": "見本" + INLINE[1], "description": "タグ" + BLOCK}],
        "paths": {
            "/payload/items/{itemId}": {
                "post": {
                    "operationId": "payloadCreateItem",
                    "summary": "見本を登録する" + ONE_LINE,
                    "x-summary-en": "Register " + ONE_LINE,
                    "description": "見本" + BLOCK,
                    "tags": ["見本" + INLINE[1]],
                    "security": [{"PayloadConsent": ["payload:read"]}],
                    "parameters": [
                        {
                            "name": "itemId",
                            "in": "path",
                            "required": True,
                            "description": "項目" + BLOCK,
                            "schema": {"type": "string", "maxLength": 256},
                            "example": INLINE[0],
                        },
                        {
                            "name": "X-Payload-<img src=x onerror=" + _js(43) + ">",
                            "in": "header",
                            "required": False,
                            "description": "見本ヘッダ" + ONE_LINE,
                            "schema": {"type": "string", "enum": ["x<b>", "y"], "x-enum-descriptions": ["見本", "例"]},
                            "example": "x<b>",
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "description": "本文" + BLOCK,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/PayloadItem"},
                                "example": {"kind": "b", "note": ONE_LINE},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "登録した" + BLOCK,
                            "headers": {
                                "X-Payload-<svg onload=" + _js(44) + ">": {
                                    "description": "見本" + ONE_LINE,
                                    "schema": {"type": "string"},
                                }
                            },
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/PayloadItem"},
                                    "example": {"kind": "b", "note": BLOCK},
                                }
                            },
                        },
                        "400": problem,
                    },
                }
            }
        },
        "webhooks": {
            "payloadDone": {
                "post": {
                    "operationId": "payloadDoneWebhook",
                    "summary": "見本の完了を通知する" + ONE_LINE,
                    "description": "通知" + BLOCK,
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/PayloadItem"},
                                "example": {"kind": "b", "note": INLINE[2]},
                            }
                        },
                    },
                    "responses": {"200": {"description": "受領した" + ONE_LINE}},
                }
            }
        },
        "components": {
            "schemas": {"PayloadItem": schema},
            "securitySchemes": {
                "PayloadConsent": {
                    "type": "oauth2",
                    "description": "同意" + BLOCK,
                    "flows": {
                        "authorizationCode": {
                            "authorizationUrl": "https://app.payload.example.jp/oauth/authorize",
                            "tokenUrl": "https://sp.payload.example.jp/oauth/token",
                            "scopes": {"payload:read": "見本 — " + ONE_LINE},
                        }
                    },
                }
            },
        },
    }


def _catalogue_entry(number: int) -> dict[str, Any]:
    return {
        "number": number,
        "slug": SLUG,
        "name": "見本" + ONE_LINE,
        "name_en": "Payload " + ONE_LINE,
        "disclosure": True,
        "audience": ["民間事業者"],
        "data": "見本" + ONE_LINE,
        "prerequisites": RELATED,
        "combinations": ["self-info", *RELATED],
        "use_cases": [INLINE[0], INLINE[5]],
        "summary": "見本" + ONE_LINE,
        "file": f"{SLUG}.yaml",
    }


def _run(args: list[str], cwd: Path) -> None:
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=900)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project copied with the payload API added, its client generated and its portal built (strict)."""
    root = tmp_path_factory.mktemp("payload-project")
    for name in ("specs", "docs", "overrides"):
        shutil.copytree(ROOT / name, root / name)
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, root / name)
    (root / "generator").symlink_to(ROOT / "generator")  # the hook, as mkdocs.yml names it
    catalogue = yaml.safe_load((root / "specs" / "catalog.yaml").read_text(encoding="utf-8"))
    number = max(e["number"] for e in catalogue["apis"]) + 1
    catalogue["apis"].append(_catalogue_entry(number))
    dump = {"allow_unicode": True, "sort_keys": False, "width": 10_000}
    (root / "specs" / "catalog.yaml").write_text(yaml.safe_dump(catalogue, **dump), encoding="utf-8")
    (root / "specs" / f"{SLUG}.yaml").write_text(yaml.safe_dump(_payload_document(number), **dump), encoding="utf-8")
    _run([sys.executable, "-m", "generator", "build"], root)
    _run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(root / "site")], root)
    return root / "site"


@pytest.fixture(scope="module")
def payload_url(payload_site: Path) -> Iterator[str]:
    with serve_folder(payload_site) as url:
        yield url


@dataclass
class Findings:
    """What fired on a page: dialogs, marker messages, active attributes and URLs, requests leaving the host."""

    dialogs: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    dom: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return self.dialogs + self.messages + self.dom + self.external


# Every attribute of the document, after scripts ran: event handlers and script URLs are findings.
_DOM_CHECK = """() => {
  const bad = [];
  const urls = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc", "background"];
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      const value = a.value.replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
      if (name.startsWith("on")) bad.push(`<${el.tagName.toLowerCase()} ${name}>`);
      if (urls.includes(name) && /^(javascript:|vbscript:|data:text\\/html)/.test(value))
        bad.push(`<${el.tagName.toLowerCase()} ${name}=${a.value.slice(0, 60)}>`);
    }
  }
  for (const s of document.querySelectorAll("script, iframe, object, embed"))
    if ((s.textContent + (s.getAttribute("srcdoc") || "")).includes("XSS-MARK"))
      bad.push(`<${s.tagName}> with the marker`);
  return bad;
}"""
# Focus and hover everything, so autofocus/onfocus/onmouseover payloads would fire if any survived.
_TOUCH = """() => {
  for (const el of document.querySelectorAll("body *")) {
    try { el.focus({ preventScroll: true }); } catch (e) {}
    el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
  }
  for (const d of document.querySelectorAll("details")) d.open = !d.open;
}"""


def _search(page: Any, query: str) -> None:
    box = page.locator(".md-search__input")
    box.click()
    meta = "document.querySelector('.md-search-result__meta').textContent"
    page.wait_for_function(f"{meta}.includes('入力してください')", timeout=15_000)
    box.fill(query)
    box.press("End")  # Material searches on keyup
    page.wait_for_function(f"{meta}.includes('見つかりました')", timeout=15_000)
    assert page.locator(".md-search-result__item").count() > 0


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_no_payload_runs_on_any_page(payload_site: Path, payload_url: str, browser: Any) -> None:
    """Uses the session's browser: a second sync Playwright in the same thread is refused."""
    pages = _pages(payload_site)
    generated = [p for p in pages if p.startswith((f"apis/{SLUG}/", f"sdk/reference/{SLUG}/"))]
    assert len(generated) == 2, generated  # the payload API's page and its client reference were built
    failures: dict[str, list[str]] = {}
    context = browser.new_context(locale="ja-JP", service_workers="block")
    try:
        for path in pages:
            found = Findings()
            page = context.new_page()
            page.on("dialog", lambda d, f=found: (f.dialogs.append(f"dialog: {d.message}"), d.dismiss()))
            page.on("console", lambda m, f=found: f.messages.append(m.text) if MARK in m.text else None)
            page.on("pageerror", lambda e, f=found: f.messages.append(f"uncaught: {e}") if MARK in str(e) else None)
            page.on(
                "request",
                lambda r, f=found: None if r.url.startswith((payload_url, "data:")) else f.external.append(r.url),
            )
            page.goto(payload_url + path, wait_until="load")
            page.evaluate(_TOUCH)
            if path == f"apis/{SLUG}/index.html":
                _search(page, "見本 img onerror script")  # results render the payload API's indexed text
                page.evaluate(_TOUCH)
            page.wait_for_timeout(50)
            found.dom = page.evaluate(_DOM_CHECK)
            if found.problems():
                failures[path] = found.problems()
            page.close()
    finally:
        context.close()
    assert not failures, f"{len(failures)} of {len(pages)} pages ran or kept a payload: {failures}"
