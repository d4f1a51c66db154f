"""Portal benchmark: build time, page weight and search-index size for our APIs and a synthetic catalogue of 256.

    python bench/portal_bench.py [--synthetic 256] [--no-browser]
    python bench/portal_bench.py --site build/site      # page weight of an existing build only (no build)

Prints one table row per scenario: build time, site size, the largest API page (raw and gzip), the search index
(what every page loads, and the shard folder: total, file count, largest file) and, when Chromium is installed,
what loading the largest API page transfers and what one search query fetches. Then, per scenario, the page
weight: the HTML of every page (the largest page, the largest API page) and, for the largest API page, every
response fetched on load (HTML, CSS, JavaScript, search, other) raw and gzip-compressed, as hosts serve them.
Targets: HTML ≤ 300 KB per page, the largest API page's load ≤ 150 KB gzip, search index ≤ 1 MB.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import logging
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

import generator.build.project  # noqa: E402
from generator.apimodel.model import Api, CatalogEntry  # noqa: E402

PAGE_TARGET = 300 * 1024  # HTML of any page, raw
LOAD_GZ_TARGET = 150 * 1024  # everything the largest API page fetches on load, gzip-compressed
INDEX_TARGET = 1024 * 1024
CHROMIUM = Path("/usr/bin/chromium")


def synthetic(project: generator.build.project.Project, total: int) -> generator.build.project.Project:
    """The real project plus copies of its APIs (new slugs and numbers) up to `total` APIs."""
    catalog = list(project.catalog)
    apis = list(project.apis)
    bundles = dict(project.bundles)
    by_slug = {a.slug: a for a in project.apis}
    entries = [e for e in project.catalog if e.slug in by_slug]
    i = 0
    while len(catalog) < total:
        base = entries[i % len(entries)]
        i += 1
        slug = f"{base.slug}-copy-{i:03d}"
        entry: CatalogEntry = dataclasses.replace(
            base, number=len(catalog) + 1, slug=slug, name=f"{base.name}（複製{i}）"
        )
        api: Api = dataclasses.replace(by_slug[base.slug], slug=slug, module=slug.replace("-", "_"), catalog=entry)
        catalog.append(entry)
        apis.append(api)
        original = project.bundles[base.slug]
        bundles[slug] = generator.build.project.Bundle(slug, original.yaml_text, original.json_text)
    return generator.build.project.Project(catalog, apis, bundles, [])


@contextmanager
def project_override(project: generator.build.project.Project | None) -> Iterator[None]:
    """Make the portal hook see the given project (the hook imports load_project at build time)."""
    original = generator.build.project.load_project
    if project is not None:
        generator.build.project.load_project = lambda root: project
    try:
        yield
    finally:
        generator.build.project.load_project = original


def site_size(site: Path) -> int:
    return sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def run_build(site: Path) -> float:
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(site))
    started = time.perf_counter()
    build(config)
    return time.perf_counter() - started


QUERIES = ["同意を撤回する", "薬剤情報を取得する", "期間連携", "refresh_token", "/online-resource-web/request"]


@contextmanager
def served(site: Path) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(site), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.8)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


@dataclasses.dataclass
class Browsed:
    page_raw: int  # every response body while loading the API page
    page_gz: int
    query_kb: list[float]  # search shards fetched by one first query each, in a fresh browser context
    by_kind: dict[str, tuple[int, int, int]] = dataclasses.field(default_factory=dict)  # kind → (files, raw, gz)


def kind_of(url: str, content_type: str) -> str:
    """html, css, js, search or other: what a response is, from its type and path."""
    if "/search/" in url:
        return "search"
    for kind, marker in (("html", "text/html"), ("css", "text/css"), ("js", "javascript")):
        if marker in content_type:
            return kind
    return "other"


@dataclasses.dataclass
class Weight:
    """HTML of every page of a built site."""

    pages: int
    largest: str
    largest_kb: float
    api_page: str
    api_kb: float
    over: list[str]  # pages above PAGE_TARGET


# Where an API page's HTML weight is: leaf kinds of content, each taken out of the page in this order, so the
# rows add up to the page (collapsibles count where their content is).
HTML_PARTS = [
    ("highlighted code (curl, Python)", r'<div class="language-[^"]*highlight">.*?</pre></div>'),
    ("examples (JSON)", r'<pre class="mp-example">.*?</pre>'),
    ("diagrams (inline SVG)", r"<svg.*?</svg>"),
    ("try-it mounts", r'<div class="mp-try-it"[^>]*></div>'),
    ("tables (fields, parameters, errors)", r"<table>.*?</table>"),
]


def html_parts(markup: str) -> list[tuple[str, int, int]]:
    """(label, count, bytes) of each HTML_PARTS kind, the rest of the article, and what lies outside it."""
    start, end = markup.find("<article"), markup.find("</article>")
    article = markup[start:end]
    out = []
    for label, pattern in HTML_PARTS:
        found = re.findall(pattern, article, re.S)
        out.append((label, len(found), sum(len(f.encode()) for f in found)))
        if label.startswith("highlighted code"):
            anchors = re.findall(r'<a id="__codelineno[^>]*></a>', "".join(found))
            out.append(("  of which line anchors", len(anchors), sum(len(a.encode()) for a in anchors)))
        article = re.sub(pattern, "", article, flags=re.S)
    out.append(("rest of the article (text, headings, collapsibles)", 1, len(article.encode())))
    out.append(("outside the article (header, nav, footer)", 1, len(markup.encode()) - len(markup[start:end].encode())))
    return out


def is_api_page(path: str) -> bool:
    """apis/<slug>/ is an API's page; apis/changes/ is the change history of all APIs."""
    return path.count("/") == 2 and path.startswith("apis/") and path != "apis/changes/"


def html_weight(site: Path) -> Weight:
    sizes = {p.relative_to(site).parent.as_posix() + "/": p.stat().st_size for p in site.rglob("index.html")}
    api = {path: size for path, size in sizes.items() if is_api_page(path)}
    largest = max(sizes, key=lambda k: sizes[k])
    api_page = max(api, key=lambda k: api[k])
    over = sorted(path for path, size in sizes.items() if size > PAGE_TARGET)
    return Weight(len(sizes), largest, sizes[largest] / 1024, api_page, api[api_page] / 1024, over)


def browse(site: Path, path: str) -> Browsed | None:
    """Load one API page, then run each benchmark query once in a fresh context; None without Chromium."""
    if not CHROMIUM.exists():
        return None
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with served(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        )
        bodies: list[tuple[str, bytes]] = []

        def record(response: Any) -> None:
            try:
                bodies.append((kind_of(response.url, response.headers.get("content-type", "")), response.body()))
            except Exception:
                return

        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.on("response", record)
        page.goto(base + path, wait_until="networkidle")
        page.wait_for_timeout(1000)
        loaded = Browsed(sum(len(b) for _k, b in bodies), sum(gz(b) for _k, b in bodies), [])
        for kind, body in bodies:
            files, raw, packed = loaded.by_kind.get(kind, (0, 0, 0))
            loaded.by_kind[kind] = (files + 1, raw + len(body), packed + gz(body))
        page.close()
        for query in QUERIES:
            shards: list[int] = []
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()

            def shard(response: Any, got: list[int] = shards) -> None:
                if "/search/index-" in response.url:
                    got.append(len(response.body()))

            page.on("response", shard)
            page.goto(base, wait_until="networkidle")
            page.locator(".md-search__input").click()
            page.locator(".md-search__input").fill(query)
            page.locator(".md-search__input").press("End")
            page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0", timeout=30_000)
            page.wait_for_load_state("networkidle")
            loaded.query_kb.append(sum(shards) / 1024)
            context.close()
        browser.close()
        return loaded


def index_sizes(site: Path) -> dict[str, float]:
    """The per-page index (search_index.json) and the shard folder: total and largest file."""
    search = site / "search"
    shards = [p.stat().st_size for p in search.glob("index-*/**/*.json")]
    return {
        "index_kb": (search / "search_index.json").stat().st_size / 1024,
        "shards_mb": sum(shards) / 1e6,
        "shard_files": len(shards),
        "largest_shard_kb": max(shards, default=0) / 1024,
    }


def measure_site(label: str, site: Path, seconds: float | None, browser: bool) -> dict[str, Any]:
    """One table row for a built site (seconds: its build time, None when it was built elsewhere)."""
    pages = sorted(
        (p for p in (site / "apis").glob("*/index.html") if is_api_page(f"apis/{p.parent.name}/")),
        key=lambda p: p.stat().st_size,
    )
    largest = pages[-1]
    page_bytes = largest.read_bytes()
    weight = html_weight(site)
    row: dict[str, Any] = {
        "scenario": label,
        "apis": len(pages),
        "build_s": seconds,
        "site_mb": site_size(site) / 1e6,
        "page": largest.parent.name,
        "page_kb": len(page_bytes) / 1024,
        "page_gz_kb": gz(page_bytes) / 1024,
        **index_sizes(site),
        "weight": weight,
        "parts": html_parts((site / weight.api_page / "index.html").read_text(encoding="utf-8")),
        "browsed": browse(site, weight.api_page) if browser else None,
    }
    loaded = row["browsed"]
    row["ok"] = (
        not weight.over
        and row["index_kb"] * 1024 <= INDEX_TARGET
        and row["largest_shard_kb"] * 1024 <= INDEX_TARGET
        and (loaded is None or (loaded.page_gz <= LOAD_GZ_TARGET and max(loaded.query_kb) * 1024 <= INDEX_TARGET))
    )
    return row


def measure(label: str, project: generator.build.project.Project | None, browser: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="portal-bench-") as tmp, project_override(project):
        site = Path(tmp) / "site"
        seconds = run_build(site)
        return measure_site(label, site, seconds, browser)


def print_weight(row: dict[str, Any]) -> None:
    """The page-weight block of one scenario: HTML per page, and what the largest API page loads."""
    weight: Weight = row["weight"]
    loaded: Browsed | None = row["browsed"]
    print(f"\npage weight: {row['scenario']}")
    print(f"  HTML per page ({weight.pages} pages): largest {weight.largest} {weight.largest_kb:.0f} KB")
    print(f"  largest API page: {weight.api_page} {weight.api_kb:.0f} KB HTML")
    print(f"  pages over {PAGE_TARGET // 1024} KB HTML: {', '.join(weight.over) or 'none'}")
    for label, count, size in row["parts"]:
        print(f"    {label:<52} {count:>4} {size / 1024:>7.1f} KB")
    if loaded is None:
        print("  load of the largest API page: not measured (no Chromium or --no-browser)")
        return
    verdict = "ok" if loaded.page_gz <= LOAD_GZ_TARGET else "OVER"
    print(
        f"  load of {weight.api_page}: {loaded.page_raw / 1024:.0f} KB raw, {loaded.page_gz / 1024:.0f} KB gzip "
        f"(target {LOAD_GZ_TARGET // 1024} KB gzip: {verdict})"
    )
    for kind in ("html", "css", "js", "search", "other"):
        if kind in loaded.by_kind:
            files, raw, packed = loaded.by_kind[kind]
            print(f"    {kind:<7} {files:>3} file(s) {raw / 1024:>8.1f} KB raw {packed / 1024:>7.1f} KB gzip")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--synthetic", type=int, default=256, help="size of the synthetic catalogue (0: skip)")
    parser.add_argument("--no-browser", action="store_true", help="skip the transferred-size measurement")
    parser.add_argument("--site", type=Path, help="measure this built site only (no build, no synthetic catalogue)")
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    if args.site:
        rows = [measure_site(f"site {args.site.name}", args.site.resolve(), None, not args.no_browser)]
    else:
        os.chdir(ROOT)
        real = generator.build.project.load_project(ROOT)
        rows = [measure(f"ours ({len(real.apis)} APIs)", real, not args.no_browser)]
        if args.synthetic:
            label = f"synthetic ({args.synthetic} APIs)"
            rows.append(measure(label, synthetic(real, args.synthetic), not args.no_browser))
    header = (
        f"{'scenario':<22} {'pages':>5} {'build s':>7} {'site MB':>7} {'largest API page':>26} "
        f"{'API page load KB':>17} {'index KB':>8} {'shards MB/files/max KB':>22} {'query KB max/med':>16} "
        f"{'targets':>7}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        page = f"{r['page']} {r['page_kb']:.0f}/{r['page_gz_kb']:.0f}gz"
        shards = f"{r['shards_mb']:.1f}/{r['shard_files']}/{r['largest_shard_kb']:.0f}"
        loaded: Browsed | None = r["browsed"]
        load = f"{loaded.page_raw / 1024:.0f}/{loaded.page_gz / 1024:.0f}gz" if loaded else "-"
        queries = f"{max(loaded.query_kb):.0f}/{statistics.median(loaded.query_kb):.0f}" if loaded else "-"
        build_s = f"{r['build_s']:.1f}" if r["build_s"] is not None else "-"
        print(
            f"{r['scenario']:<22} {r['apis']:>5} {build_s:>7} {r['site_mb']:>7.1f} {page:>26} "
            f"{load:>17} {r['index_kb']:>8.1f} {shards:>22} {queries:>16} {'ok' if r['ok'] else 'OVER':>7}"
        )
    print(
        f"targets: HTML ≤ {PAGE_TARGET // 1024} KB per page (raw); the largest API page's whole load "
        f"≤ {LOAD_GZ_TARGET // 1024} KB gzip, as hosts serve it; search index ≤ {INDEX_TARGET // 1024} KB "
        "(what a page loads, the largest shard, what one query fetches; raw)"
    )
    print(f"queries: {', '.join(QUERIES)} (each the first in a fresh browser context, so nothing cached)")
    for r in rows:
        print_weight(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
