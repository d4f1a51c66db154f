"""Headless Chromium against the built portal (build/site, or $MP_SITE_DIR), served on 127.0.0.1 only.

Every page opened through the `open_page` fixture records its requests and console messages; the test fails
on any request that leaves 127.0.0.1 and on any console error or uncaught exception.
Without build/site the tests skip locally and fail in CI (env CI set).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# MP_SITE_DIR points the tests at another build (parallel work, a bench site); build/site by default.
SITE = Path(os.environ.get("MP_SITE_DIR") or ROOT / "build" / "site")
ARTIFACTS = ROOT / "build" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (required in CI)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def site_dir() -> Path:
    if not (SITE / "index.html").is_file():
        _unavailable("build/site is missing: run `mkdocs build --strict` first")
    return SITE


@contextlib.contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """A static HTTP server on a free 127.0.0.1 port for a built site; its URL until the block ends."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(folder), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with urllib.request.urlopen(url, timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the site server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    with serve_folder(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser(base_url: str) -> Iterator[object]:
    if not CHROMIUM.exists():
        _unavailable("/usr/bin/chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Recorder:
    """What a page did: every request URL, console errors and uncaught exceptions."""

    base_url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def external(self) -> list[str]:
        local = self.base_url.rstrip("/")
        return [u for u in self.requests if not (u.startswith(local + "/") or u == local or u.startswith("data:"))]


@pytest.fixture
def open_page(browser: object, base_url: str) -> Iterator[Callable[..., object]]:
    """open_page(path, scheme="light") → a loaded Playwright page; checked for leaks and errors at teardown."""
    contexts = []
    recorder = Recorder(base_url)

    def opener(path: str = "", scheme: str = "light", width: int = 1280, height: int = 900) -> object:
        context = browser.new_context(  # type: ignore[attr-defined]
            viewport={"width": width, "height": height}, color_scheme=scheme, locale="ja-JP", service_workers="block"
        )
        contexts.append(context)
        page = context.new_page()
        page.on("request", lambda request: recorder.requests.append(request.url))
        page.on("console", lambda msg: recorder.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: recorder.errors.append(f"uncaught: {exc}"))
        page.goto(base_url + path, wait_until="load")
        return page

    yield opener
    for context in contexts:
        context.close()
    assert not recorder.external(), f"requests left 127.0.0.1: {recorder.external()}"
    assert not recorder.errors, f"console errors: {recorder.errors}"


@pytest.fixture(scope="session")
def catalog() -> list[dict[str, object]]:
    data = yaml.safe_load((ROOT / "specs" / "catalog.yaml").read_text(encoding="utf-8"))
    return list(data["apis"])


@pytest.fixture(scope="session")
def intake_url() -> str:
    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    return str(config["extra"]["intake_url"])


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


BLOCKING = ("serious", "critical")


def blocking_violations(results: Any) -> list[str]:
    """axe's serious and critical violations of a run, one line each (rule, impact, help, first targets)."""
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
        if v.get("impact") in BLOCKING
    ]
