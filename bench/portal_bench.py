"""Portal benchmark: build time and size for our APIs and for a synthetic catalogue of 256 APIs.

    python bench/portal_bench.py [--synthetic 256] [--no-browser]

Prints one table row per scenario: build time, site size, the largest API page (raw and gzip), the search index
(raw and gzip), and, when Chromium is installed, what loading one API page transfers (every response body).
Targets: API page ≤ 300 KB, search index ≤ 1 MB.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import logging
import os
import socket
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

import generator.project  # noqa: E402
from generator.model import Api, CatalogEntry  # noqa: E402

PAGE_TARGET = 300 * 1024
INDEX_TARGET = 1024 * 1024
CHROMIUM = Path("/usr/bin/chromium")


def synthetic(project: generator.project.Project, total: int) -> generator.project.Project:
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
        bundles[slug] = generator.project.Bundle(slug, original.yaml_text, original.json_text)
    return generator.project.Project(catalog, apis, bundles, [])


@contextmanager
def project_override(project: generator.project.Project | None) -> Iterator[None]:
    """Make the portal hook see the given project (the hook imports load_project at build time)."""
    original = generator.project.load_project
    if project is not None:
        generator.project.load_project = lambda root: project  # type: ignore[assignment]
    try:
        yield
    finally:
        generator.project.load_project = original  # type: ignore[assignment]


def site_size(site: Path) -> int:
    return sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def run_build(site: Path) -> float:
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(site))
    started = time.perf_counter()
    build(config)
    return time.perf_counter() - started


def transferred(site: Path, path: str) -> tuple[int, int] | None:
    """Bytes of every response while loading the page (diagrams rendered); None without Chromium."""
    if not CHROMIUM.exists():
        return None
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

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
        sizes: list[int] = []
        compressed: list[int] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=str(CHROMIUM),
                headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
            )
            page = browser.new_page()

            def record(response: Any) -> None:
                try:
                    body = response.body()
                except Exception:
                    return
                sizes.append(len(body))
                compressed.append(gz(body))

            page.on("response", record)
            page.goto(f"http://127.0.0.1:{port}/{path}", wait_until="networkidle")
            page.wait_for_timeout(1000)
            browser.close()
        return sum(sizes), sum(compressed)
    finally:
        server.terminate()
        server.wait(timeout=10)


def measure(label: str, project: generator.project.Project | None, browser: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="portal-bench-") as tmp, project_override(project):
        site = Path(tmp) / "site"
        seconds = run_build(site)
        pages = sorted((site / "apis").glob("*/index.html"), key=lambda p: p.stat().st_size)
        largest = pages[-1]
        index = (site / "search" / "search_index.json").read_bytes()
        page_bytes = largest.read_bytes()
        row: dict[str, Any] = {
            "scenario": label,
            "apis": len(pages),
            "build_s": seconds,
            "site_mb": site_size(site) / 1e6,
            "page": largest.parent.name,
            "page_kb": len(page_bytes) / 1024,
            "page_gz_kb": gz(page_bytes) / 1024,
            "index_kb": len(index) / 1024,
            "index_gz_kb": gz(index) / 1024,
            "transfer": transferred(site, "apis/self-info/") if browser else None,
        }
        row["ok"] = len(page_bytes) <= PAGE_TARGET and len(index) <= INDEX_TARGET
        return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--synthetic", type=int, default=256, help="size of the synthetic catalogue (0: skip)")
    parser.add_argument("--no-browser", action="store_true", help="skip the transferred-size measurement")
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    os.chdir(ROOT)
    real = generator.project.load_project(ROOT)
    rows = [measure(f"ours ({len(real.apis)} APIs)", real, not args.no_browser)]
    if args.synthetic:
        rows.append(measure(f"synthetic ({args.synthetic} APIs)", synthetic(real, args.synthetic), False))
    header = (
        f"{'scenario':<24} {'pages':>5} {'build s':>8} {'site MB':>8} {'largest API page':>28} "
        f"{'search index KB':>18} {'self-info load KB':>18} {'targets':>8}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        page = f"{r['page']} {r['page_kb']:.0f}/{r['page_gz_kb']:.0f}gz"
        index = f"{r['index_kb']:.0f}/{r['index_gz_kb']:.0f}gz"
        load = f"{r['transfer'][0] / 1024:.0f}/{r['transfer'][1] / 1024:.0f}gz" if r["transfer"] else "-"
        print(
            f"{r['scenario']:<24} {r['apis']:>5} {r['build_s']:>8.1f} {r['site_mb']:>8.1f} {page:>28} "
            f"{index:>18} {load:>18} {'ok' if r['ok'] else 'OVER':>8}"
        )
    print(f"targets: API page ≤ {PAGE_TARGET // 1024} KB (raw HTML), search index ≤ {INDEX_TARGET // 1024} KB (raw)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
