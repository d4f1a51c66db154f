"""The try-it panel of the API pages in a browser, against a real `mpgen sandbox` on a free port.

The sandbox allows the test server's origin with --cors-origin; the panel is pointed at it with ?sandbox=.
Pages may talk to 127.0.0.1 (site and sandbox) only; any other request or an unexpected console error fails.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.browser.conftest import ROOT, blocking_violations

pytestmark = pytest.mark.browser

NOT_RUNNING = "サンドボックスが起動していません。`mpgen sandbox` を実行してください。"
GET_NOTICE = 'div.mp-try-it[data-method="GET"][data-path="/notices/{noticeId}"]'
PUT_READ = 'div.mp-try-it[data-method="PUT"][data-path="/notices/{noticeId}/read-status"]'


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture(scope="module")
def sandbox(base_url: str) -> Iterator[str]:
    """`mpgen sandbox` serving the notices API, allowing the test site's origin only."""
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "sandbox",
            "specs/notices.yaml",
            "--port",
            str(port),
            "--tps",
            "0",
            "--cors-origin",
            _origin(base_url),
        ],
        cwd=ROOT,
        env={**os.environ, "NO_PROXY": "*"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with httpx.Client(trust_env=False, timeout=2) as client:
                    client.get(url + "/_sandbox/health")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the sandbox did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Pages:
    """Opens pages like conftest's open_page, but a sandbox on another loopback port is not external."""

    def __init__(self, browser: Any, base_url: str) -> None:
        self.browser = browser
        self.base_url = base_url
        self.contexts: list[Any] = []
        self.requests: list[str] = []
        self.errors: list[str] = []

    def open(self, path: str, scheme: str = "light", base: str | None = None) -> Any:
        context = self.browser.new_context(
            viewport={"width": 1280, "height": 900}, color_scheme=scheme, locale="ja-JP", service_workers="block"
        )
        self.contexts.append(context)
        page = context.new_page()
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))
        page.goto((base or self.base_url) + path, wait_until="load")
        return page

    def external(self) -> list[str]:
        return [
            u
            for u in self.requests
            if not u.startswith("data:") and urlsplit(u).hostname not in ("127.0.0.1", "localhost")
        ]

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture
def pages(browser: Any, base_url: str) -> Iterator[Pages]:
    opened = Pages(browser, base_url)
    yield opened
    opened.close()
    assert not opened.external(), f"requests left 127.0.0.1: {opened.external()}"


def _no_errors(pages: Pages, *expected: str) -> None:
    """No console error but the expected ones (the browser logs every 4xx/5xx answer of a fetch as an error)."""
    others = [e for e in pages.errors if not any(word in e for word in expected)]
    assert not others, f"console errors: {others}"


ANSWERED_4XX = "the server responded with a status of 4"


def _only_refused_connections(pages: Pages) -> None:
    """The browser logs a failed fetch as a console error; nothing else may appear."""
    others = [e for e in pages.errors if "net::ERR_" not in e and "CORS policy" not in e]
    assert not others, f"console errors: {others}"


def _open_panel(page: Any, selector: str) -> Any:
    panel = page.locator(selector)
    assert panel.count() == 1, f"no single try-it panel {selector}"
    summary = panel.locator("summary")
    assert summary.text_content() == "試してみる（ローカルサンドボックス）"
    summary.click()
    return panel


def _send(panel: Any) -> None:
    panel.get_by_role("button", name="送信").click()


def _wait_for_status(panel: Any) -> str:
    status = panel.locator(".mp-try-it__status")
    status.filter(has_not_text="送信しています").wait_for(timeout=15_000)
    return str(status.text_content())


def _success_example(site_dir: Path, path: str, method: str) -> dict[str, Any]:
    """The 200 example of an operation in the published notices bundle (what the sandbox answers by default)."""
    document = json.loads((site_dir / "downloads" / "notices.json").read_text(encoding="utf-8"))
    content = document["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return dict(content["example"])


def test_try_it_sends_to_the_sandbox_and_shows_the_answer(pages: Pages, sandbox: str, site_dir: Path) -> None:
    page = pages.open(f"apis/notices/?sandbox={sandbox}")
    assert page.locator("div.mp-try-it details").count() >= 5, "every operation of the page has a panel"
    panel = _open_panel(page, GET_NOTICE)
    notice_id = panel.get_by_label("パス: noticeId（必須）").input_value()
    assert notice_id, "the path parameter is prefilled from the example"
    assert panel.get_by_label("サンドボックスのURL").input_value() == sandbox
    _send(panel)
    assert "（200）" in _wait_for_status(panel)

    shown_request = panel.locator(".mp-try-it__request code").text_content() or ""
    assert shown_request.startswith(f"GET {sandbox}/notices/notices/{notice_id}\n")
    assert "Authorization: Bearer " in shown_request
    assert (panel.locator(".mp-try-it__response-status code").text_content() or "").startswith("200")
    headers = panel.locator(".mp-try-it__response-headers code").text_content() or ""
    assert "content-type: application/json" in headers
    assert "x-request-id: " in headers, "headers the sandbox exposes are shown"
    body = panel.locator(".mp-try-it__response-body code").text_content() or ""
    example = _success_example(site_dir, "/notices/{noticeId}", "get")
    assert f'"noticeId": "{example["noticeId"]}"' in body, body[:500]
    assert f'"subject": "{example["subject"]}"' in body
    assert any(u.startswith(f"{sandbox}/notices/notices/{notice_id}") for u in pages.requests)
    _no_errors(pages)


def test_try_it_sends_an_edited_json_body_through_a_preflight(pages: Pages, sandbox: str) -> None:
    page = pages.open(f"apis/notices/?sandbox={sandbox}")
    panel = _open_panel(page, PUT_READ)
    body = panel.get_by_label("リクエストボディ（application/json）")
    assert body.input_value().lstrip().startswith("{"), "the body is prefilled with the example"
    headers = panel.get_by_label("ヘッダ（1行に1つ「名前: 値」）").input_value()
    assert "Content-Type: application/json" in headers
    _send(panel)
    status = _wait_for_status(panel)
    assert "（200）" in status or "（204）" in status, status

    body.fill("{ not json")
    _send(panel)
    assert "（400）" in _wait_for_status(panel)
    problem = panel.locator(".mp-try-it__response-body code").text_content() or ""
    assert '"status": 400' in problem
    _no_errors(pages, ANSWERED_4XX)


def test_query_parameters_are_sent_only_when_filled(pages: Pages, sandbox: str) -> None:
    page = pages.open(f"apis/notices/?sandbox={sandbox}")
    panel = _open_panel(page, 'div.mp-try-it[data-method="GET"][data-path="/notices"]')
    read_status = panel.get_by_label("クエリ: readStatus（任意・空欄なら送りません）")
    assert read_status.input_value() == "", "optional parameters start empty"
    assert "例: unread" in (panel.locator(f"#{read_status.get_attribute('id')}-hint").text_content() or "")
    _send(panel)
    assert "（200）" in _wait_for_status(panel)
    assert (panel.locator(".mp-try-it__request code").text_content() or "").startswith(
        f"GET {sandbox}/notices/notices\n"
    )

    read_status.fill("unread")
    panel.get_by_label("クエリ: perPage（任意・空欄なら送りません）").fill("2")
    _send(panel)
    assert "（200）" in _wait_for_status(panel)
    shown = panel.locator(".mp-try-it__request code").text_content() or ""
    assert shown.startswith(f"GET {sandbox}/notices/notices?readStatus=unread&perPage=2\n"), shown

    read_status.fill("not-a-status")
    _send(panel)
    assert "（400）" in _wait_for_status(panel), "the sandbox checks the query against the spec"
    _no_errors(pages, ANSWERED_4XX)


def test_without_a_sandbox_the_panel_says_it_is_not_running(pages: Pages) -> None:
    nobody = f"http://127.0.0.1:{_free_port()}"
    page = pages.open(f"apis/notices/?sandbox={nobody}")
    panel = _open_panel(page, GET_NOTICE)
    _send(panel)
    status = _wait_for_status(panel)
    assert NOT_RUNNING in status
    assert panel.locator(".mp-try-it__response-status").is_hidden()
    _only_refused_connections(pages)


def test_an_origin_the_sandbox_does_not_allow_cannot_read_it(pages: Pages, sandbox: str, base_url: str) -> None:
    # the same site through http://localhost:PORT: another origin than the one given to --cors-origin
    other = base_url.replace("127.0.0.1", "localhost", 1)
    page = pages.open(f"apis/notices/?sandbox={sandbox}", base=other)
    panel = _open_panel(page, GET_NOTICE)
    _send(panel)
    status = _wait_for_status(panel)
    assert NOT_RUNNING in status
    assert "--cors-origin" in status
    assert panel.locator(".mp-try-it__response-body").is_hidden()
    _only_refused_connections(pages)


def test_the_panel_sends_to_loopback_only(pages: Pages) -> None:
    page = pages.open("apis/notices/?sandbox=http://sandbox.example:4010")
    panel = _open_panel(page, GET_NOTICE)
    field = panel.get_by_label("サンドボックスのURL")
    assert field.input_value() == "http://127.0.0.1:4010", "a non-loopback ?sandbox= is ignored"
    field.fill("http://sandbox.example:4010")
    before = len(pages.requests)
    _send(panel)
    assert "127.0.0.1" in _wait_for_status(panel)
    assert len(pages.requests) == before
    _no_errors(pages)


def test_spec_text_in_the_panel_stays_text(pages: Pages, sandbox: str) -> None:
    page = pages.open(f"apis/notices/?sandbox={sandbox}")
    panel = _open_panel(page, GET_NOTICE)
    # what the sandbox answers and what the user types land in text nodes only
    panel.get_by_label("パス: noticeId（必須）").fill("<img src=x onerror=alert(1)>")
    _send(panel)
    _wait_for_status(panel)
    assert page.locator("div.mp-try-it img").count() == 0
    shown = panel.locator(".mp-try-it__request code").text_content() or ""
    assert "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E" in shown
    _no_errors(pages, ANSWERED_4XX)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations_with_an_answer_shown(pages: Pages, sandbox: str, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415

    page = pages.open(f"apis/notices/?sandbox={sandbox}", scheme=scheme)
    panel = _open_panel(page, GET_NOTICE)
    _send(panel)
    _wait_for_status(panel)
    _open_panel(page, PUT_READ)
    # the panels and what they show; the rest of the page is test_site's (test_no_serious_accessibility_violations)
    results = Axe().run(page, context="div.mp-try-it")
    assert results.response["passes"] or results.response["violations"] or results.response["incomplete"]
    blocking = blocking_violations(results)
    assert not blocking, "\n".join(blocking)
    _no_errors(pages)


def test_the_sandbox_page_is_found_by_search(pages: Pages, base_url: str) -> None:
    page = pages.open("")
    box = page.locator(".md-search__input")
    meta = ".md-search-result__meta"
    box.click()
    page.wait_for_function(f"document.querySelector('{meta}').textContent.includes('入力してください')", timeout=15_000)
    for word in ("サンドボックス", "sandbox", "mpgen sandbox"):
        box.fill("")
        box.press("End")
        page.wait_for_function(f"document.querySelector('{meta}').textContent.includes('入力してください')")
        box.fill(word)
        box.press("End")  # Material searches on keyup
        page.wait_for_function(
            f"(() => {{ const t = document.querySelector('{meta}').textContent;"
            " return t.includes('見つかりました') || t.includes('何も見つかりませんでした'); })()",
            timeout=10_000,
        )
        hrefs = page.eval_on_selector_all(
            ".md-search-result__item",
            "items => items.slice(0, 5).map(i => i.querySelector('a.md-search-result__link').href)",
        )
        top = [urlsplit(h).path.removeprefix(urlsplit(base_url).path) for h in hrefs]
        assert "sandbox/" in top, (word, top)
    _no_errors(pages)


EVIL = "\"'><img src=x onerror=alert(1)><script>alert(2)</script>&amp;{{ x }}\n\n# h"


def test_the_mount_point_carries_spec_text_as_attribute_values_only() -> None:
    """The api_page.md.jinja hook, rendered with hostile spec text: one <div>, nothing else, values intact."""
    from html.parser import HTMLParser  # noqa: PLC0415
    from types import SimpleNamespace as N  # noqa: PLC0415

    import markdown  # noqa: PLC0415

    from generator.portal.environment import environment  # noqa: PLC0415

    source = (ROOT / "generator/portal/templates/api_page.md.jinja").read_text(encoding="utf-8")
    start = source.index("{% if not v.op.is_webhook %}")
    end = source.index('<div class="mp-try-it"', start)
    end = source.index("{% endif %}\n", source.index("></div>", end)) + len("{% endif %}\n")
    parameter = N(name="id" + EVIL, location="path", required=True, example=EVIL)
    body = N(media_type="application/json" + EVIL, example={"k": EVIL, "list": [1, EVIL]})
    op = N(
        is_webhook=False,
        method="get",
        path="/x/{id}" + EVIL,
        parameters=[parameter],
        security=[[N(kind="oauth2")]],
        request_body=body,
    )
    text = (
        environment()
        .from_string(source[start:end])
        .render(v=N(op=op), entry=N(slug="s" + EVIL), api=N(servers=[N(url="http://127.0.0.1:4010/s" + EVIL)]))
    )
    html = markdown.markdown(text, extensions=["md_in_html", "attr_list"])

    class Elements(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[tuple[str, dict[str, str | None]]] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.found.append((tag, dict(attrs)))

    parsed = Elements()
    parsed.feed(html)
    assert [tag for tag, _ in parsed.found] == ["div"], html
    attrs = parsed.found[0][1]
    assert attrs["data-path"] == "/x/{id}" + EVIL
    assert attrs["data-slug"] == "s" + EVIL
    assert attrs["data-server"] == "http://127.0.0.1:4010/s" + EVIL
    assert attrs["data-method"] == "GET"
    assert attrs["data-auth"] == "bearer"
    assert json.loads(attrs["data-params"] or "") == [
        {"name": "id" + EVIL, "in": "path", "required": True, "example": EVIL}
    ]
    assert json.loads(attrs["data-body"] or "") == {"k": EVIL, "list": [1, EVIL]}
    assert attrs["data-media-type"] == "application/json" + EVIL


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_sandbox_page_has_no_serious_accessibility_violations(pages: Pages, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415

    page = pages.open("sandbox/", scheme=scheme)
    assert "サンドボックス" in (page.locator("article h1").first.text_content() or "")
    assert page.locator("article a[href$='downloads/']").count() >= 1, "the page sends integrators to downloads/"
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    blocking = blocking_violations(results)
    assert not blocking, "\n".join(blocking)
    _no_errors(pages)
