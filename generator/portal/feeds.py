"""Atom feeds of the releases: one per API (downloads/feeds/<slug>.atom) and one of all (downloads/feeds/all.atom).

Deterministic: dates come from the releases (`info.x-released`), never from the clock; ids are name-based UUIDs.
The XML is written by ElementTree, which escapes every text and attribute value.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

from generator.apimodel.model import CatalogEntry
from generator.portal.history import (
    HISTORY_PAGE,
    LEVEL_TITLES,
    LEVELS,
    History,
    Release,
    changes_page_path,
    feed_path,
    release_path,
)

ATOM = "http://www.w3.org/2005/Atom"
EPOCH = "1970-01-01"  # the date of a release that does not say when it was made
_NAMESPACE = uuid.UUID("6f1c2b8e-3d4a-5b6c-8d7e-9f0a1b2c3d4e")  # fixed: the same release keeps the same id


def _url(site_url: str, docs_path: str) -> str:
    """The published URL of a docs path (directory URLs: `a/b.md` → `a/b/`, `a/index.md` → `a/`)."""
    path = docs_path
    if path.endswith(".md"):
        path = path[: -len(".md")]
        path = path[: -len("index")] if path.endswith("index") else path + "/"
    return site_url.rstrip("/") + "/" + path if site_url else "/" + path


def _stamp(day: str) -> str:
    return f"{day or EPOCH}T00:00:00Z"


def _entry_id(release: Release) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{release.slug}/{release.version}')}"


def _summary(release: Release) -> str:
    if release.previous is None:
        return "最初のリリース"
    counts = "、".join(f"{level}（{LEVEL_TITLES[level]}）{release.count(level)} 件" for level in LEVELS)
    return f"{release.previous} からの変更: {counts}"


def _content(release: Release) -> str:
    """The changes as plain text, one a line (text content: nothing in it is markup)."""
    lines = [_summary(release)]
    for change in release.changes:
        ops = f"（{', '.join(change.operations)}）" if change.operations else ""
        lines.append(f"[{change.level}] {change.message}{ops}")
    return "\n".join(lines)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def atom_feed(
    title: str,
    feed_id: str,
    self_path: str,
    page_path: str,
    releases: Sequence[tuple[CatalogEntry, Release]],
    site_url: str,
) -> bytes:
    """One Atom document: an entry per release, newest first."""
    ET.register_namespace("", ATOM)
    ordered = sorted(releases, key=lambda er: (er[1].released, er[0].number, er[1].version), reverse=True)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "ja"})
    _sub(feed, "title", title)
    _sub(feed, "id", feed_id)
    _sub(feed, "updated", _stamp(max((r.released for _e, r in ordered), default="")))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=_url(site_url, self_path))
    _sub(feed, "link", rel="alternate", type="text/html", href=_url(site_url, page_path))
    author = _sub(feed, "author")
    _sub(author, "name", "マイナポータルAPI 開発者ポータル")
    for entry, release in ordered:
        item = _sub(feed, "entry")
        _sub(item, "title", f"{entry.name}API {release.version}")
        _sub(item, "id", _entry_id(release))
        _sub(item, "updated", _stamp(release.released))
        anchor = "v" + release.version.replace(".", "-").replace("+", "-")
        _sub(
            item,
            "link",
            rel="alternate",
            type="text/html",
            href=_url(site_url, changes_page_path(entry.slug)) + "#" + anchor,
        )
        yaml_href = _url(site_url, "downloads/" + release_path(entry.slug, release.version, "yaml"))
        _sub(item, "link", rel="enclosure", type="application/yaml", href=yaml_href)
        _sub(item, "summary", _summary(release))
        _sub(item, "content", _content(release), type="text")
    ET.indent(feed)
    data: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def build_feeds(catalog: Sequence[CatalogEntry], history: History, site_url: str) -> dict[str, bytes]:
    """Site path → Atom bytes: a feed per API with releases, and one of all releases."""
    out: dict[str, bytes] = {}
    everything: list[tuple[CatalogEntry, Release]] = []
    for entry in catalog:
        releases = history.get(entry.slug)
        if not releases:
            continue
        pairs = [(entry, r) for r in releases]
        everything.extend(pairs)
        out[feed_path(entry.slug)] = atom_feed(
            f"{entry.name}API 変更履歴",
            f"urn:uuid:{uuid.uuid5(_NAMESPACE, entry.slug)}",
            feed_path(entry.slug),
            changes_page_path(entry.slug),
            pairs,
            site_url,
        )
    out[feed_path()] = atom_feed(
        "マイナポータルAPI 変更履歴",
        f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'all')}",
        feed_path(),
        HISTORY_PAGE,
        everything,
        site_url,
    )
    return out


def feed_links(catalog: Sequence[CatalogEntry], history: Mapping[str, Sequence[Release]]) -> dict[str, str]:
    """Docs page → the feed its <head> links to (rel="alternate")."""
    links = {HISTORY_PAGE: feed_path()}
    links.update({changes_page_path(e.slug): feed_path(e.slug) for e in catalog if history.get(e.slug)})
    return links
