"""Portal benchmark: build time and size for our APIs and for a synthetic catalogue of 256 APIs.

    python bench/portal_bench.py [--synthetic 256] [--no-browser]

Prints one table row per scenario: build time, site size, the largest API page (raw and gzip), the search index
(what every page loads, and the shard folder: total, file count, largest file) and, when Chromium is installed,
what loading the self-info API page transfers (every response body) and what one search query fetches.
Targets: API page ≤ 300 KB, search index ≤ 1 MB.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import logging
import os
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

PAGE_TARGET = 300 * 1024
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
        generator.build.project.load_project = lambda root: project  # type: ignore[assignment]
    try:
        yield
    finally:
        generator.build.project.load_project = original  # type: ignore[assignment]


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
        bodies: list[bytes] = []

        def record(response: Any) -> None:
            try:
                bodies.append(response.body())
            except Exception:
                return

        page = browser.new_page()
        page.on("response", record)
        page.goto(base + path, wait_until="networkidle")
        page.wait_for_timeout(1000)
        loaded = Browsed(sum(map(len, bodies)), sum(gz(b) for b in bodies), [])
        page.close()
        for query in QUERIES:
            shards: list[int] = []
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.on("response", lambda r, got=shards: got.append(len(r.body())) if "/search/index-" in r.url else None)
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


def measure(label: str, project: generator.build.project.Project | None, browser: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="portal-bench-") as tmp, project_override(project):
        site = Path(tmp) / "site"
        seconds = run_build(site)
        pages = sorted((site / "apis").glob("*/index.html"), key=lambda p: p.stat().st_size)
        largest = pages[-1]
        page_bytes = largest.read_bytes()
        row: dict[str, Any] = {
            "scenario": label,
            "apis": len(pages),
            "build_s": seconds,
            "site_mb": site_size(site) / 1e6,
            "page": largest.parent.name,
            "page_kb": len(page_bytes) / 1024,
            "page_gz_kb": gz(page_bytes) / 1024,
            **index_sizes(site),
            "browsed": browse(site, "apis/self-info/") if browser else None,
        }
        loaded = row["browsed"]
        row["ok"] = (
            len(page_bytes) <= PAGE_TARGET
            and row["index_kb"] * 1024 <= INDEX_TARGET
            and row["largest_shard_kb"] * 1024 <= INDEX_TARGET
            and (loaded is None or (loaded.page_gz <= PAGE_TARGET and max(loaded.query_kb) * 1024 <= INDEX_TARGET))
        )
        return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--synthetic", type=int, default=256, help="size of the synthetic catalogue (0: skip)")
    parser.add_argument("--no-browser", action="store_true", help="skip the transferred-size measurement")
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    os.chdir(ROOT)
    real = generator.build.project.load_project(ROOT)
    rows = [measure(f"ours ({len(real.apis)} APIs)", real, not args.no_browser)]
    if args.synthetic:
        label = f"synthetic ({args.synthetic} APIs)"
        rows.append(measure(label, synthetic(real, args.synthetic), not args.no_browser))
    header = (
        f"{'scenario':<22} {'pages':>5} {'build s':>7} {'site MB':>7} {'largest API page':>26} "
        f"{'self-info load KB':>17} {'index KB':>8} {'shards MB/files/max KB':>22} {'query KB max/med':>16} "
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
        print(
            f"{r['scenario']:<22} {r['apis']:>5} {r['build_s']:>7.1f} {r['site_mb']:>7.1f} {page:>26} "
            f"{load:>17} {r['index_kb']:>8.1f} {shards:>22} {queries:>16} {'ok' if r['ok'] else 'OVER':>7}"
        )
    print(
        f"targets: API page ≤ {PAGE_TARGET // 1024} KB (the HTML raw; its whole load gzipped, as hosts serve it); "
        f"search index ≤ {INDEX_TARGET // 1024} KB (what a page loads, the largest shard, what one query fetches; raw)"
    )
    print(f"queries: {', '.join(QUERIES)} (each the first in a fresh browser context, so nothing cached)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
