"""変更履歴: the releases of each API, the changes between consecutive ones, and what an API page marks deprecated.

Plain data in: the releases (specs/releases/<slug>/<version>.yaml) and the findings between them are computed by
the caller (generator.mkdocs_hook, with generator.diff), so this stage never imports the diff engine. Every spec
string reaching a page passes an escaping filter of generator.portal.escape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.apimodel.model import Api, CatalogEntry, Operation
from generator.portal.environment import environment

HISTORY_PAGE = "apis/changes.md"
LEVELS = ("ERR", "WARN", "INFO")
LEVEL_TITLES = {"ERR": "破壊的変更", "WARN": "要注意", "INFO": "情報"}
_PARAM = re.compile(r"\{[^}/]*\}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def changes_page_path(slug: str) -> str:
    return f"apis/{slug}/changes.md"


def feed_path(slug: str | None = None) -> str:
    """The Atom feed of one API, or of all of them, under the site root."""
    return f"downloads/feeds/{slug or 'all'}.atom"


def release_path(slug: str, version: str, extension: str) -> str:
    """A frozen release under downloads/ (`<slug>/<version>.yaml|json`)."""
    return f"{slug}/{version}.{extension}"


def release_date(value: object) -> str:
    """`info.x-released` as YYYY-MM-DD, or "" when absent or not a date."""
    text = str(value) if value is not None else ""
    match = _DATE.match(text)
    return match.group(0) if match else ""


@dataclass(frozen=True)
class Change:
    """One finding of the diff engine, as a page shows it."""

    level: str  # ERR | WARN | INFO
    rule: str
    message: str  # in Japanese
    operations: tuple[str, ...] = ()  # e.g. "GET /items/{id}", "POST webhook:name"


@dataclass(frozen=True)
class Release:
    """One frozen release of an API and what changed since the one before it."""

    slug: str
    version: str
    released: str  # YYYY-MM-DD from info.x-released; "" when the release does not say
    yaml_text: str  # the release file, byte for byte
    json_text: str
    previous: str | None = None  # the version before, None for the first release
    changes: tuple[Change, ...] = ()

    def count(self, level: str) -> int:
        return sum(1 for c in self.changes if c.level == level)


History = Mapping[str, Sequence[Release]]  # slug → releases, oldest first


@dataclass(frozen=True)
class OperationLink:
    label: str
    anchor: str | None  # on the API page; None when the operation is not in the current version


@dataclass(frozen=True)
class ChangeView:
    change: Change
    links: tuple[OperationLink, ...]


@dataclass(frozen=True)
class ReleaseView:
    entry: CatalogEntry
    release: Release
    changes: tuple[ChangeView, ...]


@dataclass(frozen=True)
class Deprecation:
    kind: str  # オペレーション | パラメータ | 項目
    name: str
    sunset: str  # YYYY-MM-DD, "" when none is given
    anchor: str | None = None  # an operation on the API page
    operations: tuple[str, ...] = field(default_factory=tuple)


def _operation_key(label: str) -> tuple[str, bool, str] | None:
    method, _, rest = label.partition(" ")
    if not rest:
        return None
    webhook = rest.startswith("webhook:")
    path = rest[len("webhook:") :] if webhook else rest
    return (method.lower(), webhook, _PARAM.sub("{}", path))


def _anchors(api: Api | None) -> dict[tuple[str, bool, str], str]:
    if api is None:
        return {}
    return {(op.method.lower(), op.is_webhook, _PARAM.sub("{}", op.path)): op.anchor for op in api.operations}


def release_views(entry: CatalogEntry, releases: Sequence[Release], api: Api | None) -> tuple[ReleaseView, ...]:
    """Newest first, each change with links to the operations it concerns (most severe changes first)."""
    anchors = _anchors(api)
    views = []
    for release in reversed(releases):
        changes = sorted(release.changes, key=lambda c: LEVELS.index(c.level) if c.level in LEVELS else len(LEVELS))
        views.append(
            ReleaseView(
                entry,
                release,
                tuple(
                    ChangeView(
                        c,
                        tuple(
                            OperationLink(op, anchors.get(_operation_key(op) or ("", False, ""))) for op in c.operations
                        ),
                    )
                    for c in changes
                ),
            )
        )
    return tuple(views)


def _sunset(holder: Mapping[str, Any]) -> str:
    return release_date(holder.get("x-sunset"))


def _walk_fields(schema: Any, prefix: str, depth: int = 0) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(dotted name, property schema) of every property below an object schema (allOf/oneOf/anyOf/items too)."""
    if not isinstance(schema, Mapping) or depth > 16:
        return
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        for name, sub in properties.items():
            if isinstance(sub, Mapping):
                yield f"{prefix}.{name}", sub
                yield from _walk_fields(sub, f"{prefix}.{name}", depth + 1)
    for key in ("allOf", "oneOf", "anyOf"):
        branches = schema.get(key)
        for sub in branches if isinstance(branches, list) else ():
            yield from _walk_fields(sub, prefix, depth + 1)
    yield from _walk_fields(schema.get("items"), f"{prefix}[]", depth + 1)


def _parameter_sunsets(op: Operation, document: Mapping[str, Any]) -> dict[str, str]:
    """x-sunset of the operation's parameters, read from the bundled document (the model keeps no extensions)."""
    section = document.get("webhooks" if op.is_webhook else "paths")
    item = section.get(op.path) if isinstance(section, Mapping) else None
    if not isinstance(item, Mapping):
        return {}
    method = item.get(op.method.lower())
    out: dict[str, str] = {}
    for holder in (item, method):
        params = holder.get("parameters") if isinstance(holder, Mapping) else None
        for p in params if isinstance(params, list) else ():
            p = _resolve(p, document)
            if isinstance(p, Mapping) and isinstance(p.get("name"), str) and _sunset(p):
                out[str(p["name"])] = _sunset(p)
    return out


def _resolve(node: Any, document: Mapping[str, Any]) -> Any:
    for _ in range(16):
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        cur: Any = document
        for part in ref[2:].split("/"):
            cur = cur.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(cur, Mapping) else None
        node = cur
    return None


def deprecations(api: Api) -> tuple[Deprecation, ...]:
    """Deprecated operations, parameters and schema fields of the current version, with their sunset dates."""
    found: list[Deprecation] = []
    for op in api.operations:
        label = f"{'Webhook ' + op.path if op.is_webhook else op.method.upper() + ' ' + op.path}"
        op_sunset = release_date(op.extensions.get("x-sunset"))
        if op.deprecated or op_sunset:
            found.append(Deprecation("オペレーション", label, op_sunset, op.anchor))
        sunsets = _parameter_sunsets(op, api.document)
        for p in op.parameters:
            if p.deprecated or p.name in sunsets:
                found.append(Deprecation("パラメータ", f"{p.name}（{label}）", sunsets.get(p.name, ""), op.anchor))
    components = api.document.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    for name, schema in sorted(schemas.items()) if isinstance(schemas, Mapping) else ():
        if isinstance(schema, Mapping) and (schema.get("deprecated") is True or _sunset(schema)):
            found.append(Deprecation("スキーマ", str(name), _sunset(schema)))
        for dotted, prop in _walk_fields(schema, str(name)):
            if prop.get("deprecated") is True or _sunset(prop):
                found.append(Deprecation("項目", dotted, _sunset(prop)))
    unique: dict[tuple[str, str], Deprecation] = {}
    for d in found:
        unique.setdefault((d.kind, d.name), d)
    return tuple(unique.values())


def operation_sunsets(api: Api) -> dict[str, str]:
    """operationId → sunset date (or "") of the deprecated operations, for the reference table."""
    return {
        op.operation_id: release_date(op.extensions.get("x-sunset"))
        for op in api.operations
        if op.deprecated or release_date(op.extensions.get("x-sunset"))
    }


def render_history_pages(catalog: Sequence[CatalogEntry], apis: Mapping[str, Api], history: History) -> dict[str, str]:
    """A 変更履歴 page per API that has releases, and the list of all releases (newest first)."""
    env = environment()
    pages: dict[str, str] = {}
    everything: list[ReleaseView] = []
    for entry in catalog:
        releases = history.get(entry.slug)
        if not releases:
            continue
        views = release_views(entry, releases, apis.get(entry.slug))
        everything.extend(views)
        pages[changes_page_path(entry.slug)] = env.get_template("history_page.md.jinja").render(
            entry=entry, views=views, single=True, levels=LEVELS, titles=LEVEL_TITLES, feed=feed_path(entry.slug)
        )
    everything.sort(key=lambda v: v.entry.number)  # catalogue order within a day,
    everything.sort(key=lambda v: v.release.released, reverse=True)  # newest day first (the sort is stable)
    pages[HISTORY_PAGE] = env.get_template("history_page.md.jinja").render(
        entry=None, views=tuple(everything), single=False, levels=LEVELS, titles=LEVEL_TITLES, feed=feed_path()
    )
    return pages
