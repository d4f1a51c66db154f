"""MkDocs hook: renders the generated pages and downloads from specs/ (listed under `hooks:` in mkdocs.yml).

Thin on purpose: all content comes from generator.portal.render_pages, a pure function, so another site
generator (Zensical) only needs a different adapter. MkDocs loads this file by path, hence the sys.path line.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.portal import Artifact, Downloads, SiteConfig, build_downloads, render_pages  # noqa: E402
from generator.portal.diagrams import DiagramError, replace_diagram_divs  # noqa: E402
from generator.portal.escape import html_text  # noqa: E402
from generator.portal.feeds import build_feeds, feed_links  # noqa: E402
from generator.portal.history import HISTORY_PAGE, Change, Release, changes_page_path  # noqa: E402
from generator.portal.render import CATALOG_PAGE, CLIENT_REFERENCE_PAGE, api_page_path, client_page_path  # noqa: E402
from generator.portal.sanitize import sanitize_html  # noqa: E402
from generator.portal.search_index import build_search_files  # noqa: E402
from generator.portal.site import ProjectLike  # noqa: E402

log = logging.getLogger("mkdocs.hooks.mynaportal")
NAV_GROUP_THRESHOLD = 32  # our 16 APIs stay one flat list
NAV_GROUP = 20


@dataclass
class _State:
    pages: dict[str, str]
    downloads: Downloads
    feeds: dict[str, bytes] = field(default_factory=dict)  # site path → Atom
    feed_links: dict[str, str] = field(default_factory=dict)  # docs page → the feed its <head> links to


_state: _State | None = None


def load(root: Path) -> ProjectLike:
    """The project (catalogue, API models, bundles); a seam the benchmark replaces with synthetic projects."""
    from generator.build.project import load_project  # noqa: PLC0415 - heavy; only when a build runs

    project: ProjectLike = load_project(root)
    return project


def _errors(project: object) -> list[str]:
    problems = []
    for diagnostic in getattr(project, "diagnostics", None) or ():
        if getattr(diagnostic, "is_error", True):
            problems.append(str(diagnostic))
        else:
            log.info("spec warning: %s", diagnostic)
    return problems


def _wheels(root: Path) -> tuple[Artifact, ...]:
    return tuple(Artifact(p.name, p.read_bytes()) for p in sorted((root / "build" / "dist").glob("*.whl")))


def _mpgen_files(root: Path) -> tuple[Artifact, ...]:
    """mpgen's own distribution (wheel, constraints.txt, CI templates) as `make build` leaves it in build/mpgen."""
    return tuple(Artifact(p.name, p.read_bytes()) for p in sorted((root / "build" / "mpgen").glob("*")) if p.is_file())


def _client_modules(root: Path, package: str, project: ProjectLike) -> tuple[str, ...]:
    """Modules of the generated client that exist in build/client; none when the client was not generated."""
    base = root / "build" / "client" / package
    if not (base / "__init__.py").is_file():
        log.info("build/client/%s not found: the client reference page says so instead of documenting it", package)
        return ()
    return tuple(api.module for api in project.apis if (base / api.module / "client.py").is_file())


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and render everything once per build, and list the API pages in the navigation."""
    global _state  # noqa: PLW0603 - MkDocs hooks are module functions; state lives for one build
    root = Path(config.config_file_path).resolve().parent
    try:
        project = load(root)
    except Exception as exc:
        diagnostics = getattr(exc, "diagnostics", None)
        detail = "\n".join(str(d) for d in diagnostics) if diagnostics else str(exc)
        raise PluginError(f"specs could not be loaded:\n{detail}") from exc
    problems = _errors(project)
    if problems:
        raise PluginError("specs have errors:\n" + "\n".join(problems))
    extra: dict[str, Any] = dict(config.extra)
    package = str(extra.get("client_package", "mynaportal_client"))
    site = SiteConfig.from_extra(extra, client_modules=_client_modules(root, package, project), wheels=_wheels(root))
    history = release_history(root, project)
    downloads = build_downloads(project, site.wheels, history, _mpgen_files(root))
    _state = _State(
        render_pages(project, site, downloads, history),
        downloads,
        build_feeds(project.catalog, history, str(config.site_url or "")),
        feed_links(project.catalog, history),
    )
    _extend_nav(config, project, _state.pages)
    return config


def release_history(root: Path, project: ProjectLike) -> dict[str, list[Release]]:
    """The frozen releases of each catalogued API (specs/releases/<slug>/<version>.yaml), oldest first, each with
    the findings of generator.diff against the release before it (generator.build.releases), as plain data."""
    from generator.build.releases import load_releases  # noqa: PLC0415 - only when a build runs
    from generator.config import load_config  # noqa: PLC0415
    from generator.diff.loading import DiffInputError  # noqa: PLC0415
    from generator.serialize import bundle_texts  # noqa: PLC0415

    try:
        found = load_releases(load_config(root).specs, [e.slug for e in project.catalog])
    except DiffInputError as exc:
        raise PluginError("a release cannot be read:\n" + "\n".join(map(str, exc.diagnostics))) from exc
    return {
        slug: [
            Release(
                r.slug,
                r.version,
                r.released,
                r.path.read_text(encoding="utf-8"),
                bundle_texts(r.data)[1],
                r.previous,
                tuple(Change(f.level.value, f.rule, f.message("ja"), tuple(f.operations)) for f in r.findings),
            )
            for r in releases
        ]
        for slug, releases in found.items()
    }


def _extend_nav(config: MkDocsConfig, project: ProjectLike, pages: dict[str, str]) -> None:
    """Append generated pages to the nav sections that list their index page, in catalogue order.

    Nav titles are HTML to the theme (printed unescaped in the nav, breadcrumbs, footer): catalogue names are
    escaped here.
    """
    apis = [
        (e.number, {html_text(e.name + (" ★" if e.disclosure else "")): api_page_path(e.slug)}) for e in project.catalog
    ]
    clients = [
        (e.number, {html_text(e.name): client_page_path(e.slug)})
        for e in project.catalog
        if client_page_path(e.slug) in pages
    ]
    changes = [
        (e.number, {html_text(e.name): changes_page_path(e.slug)})
        for e in project.catalog
        if changes_page_path(e.slug) in pages
    ]
    for anchor, numbered in ((CATALOG_PAGE, apis), (CLIENT_REFERENCE_PAGE, clients), (HISTORY_PAGE, changes)):
        entries = _grouped([entry for _n, entry in numbered], [n for n, _entry in numbered])
        if config.nav is not None and not _append_to_section(config.nav, anchor, entries):
            log.warning("nav has no section listing %s: its generated pages are not in the navigation", anchor)


def _grouped(entries: list[dict[str, str]], numbers: list[int]) -> list[Any]:
    """Long lists become sub-sections of NAV_GROUP entries, so a pruned nav stays small on every page."""
    if len(entries) <= NAV_GROUP_THRESHOLD:
        return list(entries)
    groups: list[Any] = []
    for start in range(0, len(entries), NAV_GROUP):
        chunk = entries[start : start + NAV_GROUP]
        first, last = numbers[start], numbers[min(start + NAV_GROUP, len(entries)) - 1]
        groups.append({f"#{first}–#{last}": chunk})
    return groups


def _append_to_section(items: list[Any], anchor: str, entries: list[Any]) -> bool:
    for item in items:
        children = next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 else None
        if isinstance(children, list):
            if anchor in children:
                children.extend(e for e in entries if e not in children)
                return True
            if _append_to_section(children, anchor, entries):
                return True
    return False


_EMPTY_SITEMAP = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'
)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages and downloads as virtual files (a hand-written file of the same name loses)."""
    if _state is None:
        raise PluginError("on_files ran before on_config")
    generated: dict[str, str | bytes] = dict(_state.pages)
    mpgen = Path(config.config_file_path).resolve().parent / "build" / "mpgen"  # mpgen wheel, constraints, CI templates
    generated.update({f"downloads/{p.name}": p.read_bytes() for p in sorted(mpgen.glob("*")) if p.is_file()})
    generated.update({f"downloads/{name}": data for name, data in _state.downloads.files.items()})
    generated.update(_state.feeds)
    # Material's instant navigation fetches the sitemap.xml beside every <link rel="alternate"> (meant for other
    # languages of a site): without an empty one beside the feeds, each history page would log a 404.
    for folder in sorted({path.rpartition("/")[0] for path in _state.feeds}):
        generated[f"{folder}/sitemap.xml" if folder else "sitemap.xml"] = _EMPTY_SITEMAP
    for path, content in generated.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Render ```mermaid fences (superfences' div.mermaid) into inline SVG at build time: no diagram JavaScript.

    Generated pages, which carry spec text, then pass the allow-list sanitiser (defence in depth behind the
    escaping of generator.portal.escape and the client's docstrings).
    """
    try:
        html = replace_diagram_divs(html)
    except DiagramError as exc:
        raise PluginError(f"{page.file.src_uri}: unsupported diagram, {exc}") from None
    if _state is not None and page.file.src_uri in _state.pages:
        html = sanitize_html(html)
    return html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """History pages announce their Atom feed in <head> (rel="alternate"), where the page body cannot put it."""
    feed = _state.feed_links.get(page.file.src_uri) if _state is not None else None
    if feed is None or "</head>" not in output:
        return output
    depth = page.file.url.count("/")  # directory URLs: `apis/x/changes/` is three levels below the root
    href = html_text("../" * depth + feed)
    link = f'<link rel="alternate" type="application/atom+xml" title="変更履歴（Atom）" href="{href}">'
    return output.replace("</head>", link + "\n</head>", 1)


def on_post_build(config: MkDocsConfig) -> None:
    """Replace Material's single search index with the sharded one our worker reads (generator.portal.search_index)."""
    folder = Path(config.site_dir) / "search"
    index = folder / "search_index.json"
    if not index.is_file():
        return
    files = build_search_files(json.loads(index.read_text(encoding="utf-8")))
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    log.info("search index: %d files, %d KB", len(files), sum(len(d) for d in files.values()) // 1024)
