"""specs/catalog.yaml: the list of the 16 APIs, and its consistency with the documents."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Location, display_path, error
from generator.documents.bundler import Bundle
from generator.documents.catalog_entry import CatalogEntry
from generator.documents.loader import Document, LoadError, load_file
from generator.documents.walk import operations
from generator.paths import inside

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
_FIELDS = ("number", "slug", "disclosure", "audience", "prerequisites")


def load_catalog(path: Path) -> tuple[list[CatalogEntry], Document | None, list[Diagnostic]]:
    try:
        doc = load_file(path)
    except LoadError as exc:
        return [], None, [exc.diagnostic]
    apis = doc.data.get("apis")
    if not isinstance(apis, list):
        return [], doc, [error(doc.location(()), "catalog-invalid", "catalog needs a list under `apis`")]
    entries: list[CatalogEntry] = []
    out: list[Diagnostic] = []
    for i, raw in enumerate(apis):
        try:
            entry = CatalogEntry.from_dict(raw)
            if not _SLUG.fullmatch(entry.slug):
                raise ValueError(f"slug {entry.slug!r} must match [a-z0-9-]+ (it names pages and files)")
            if "/" in entry.file.replace("\\", "/") or not inside(path.parent / entry.file, path.parent):
                raise ValueError(f"file {entry.file!r} must be a file name in {display_path(path.parent)}")
            entries.append(entry)
        except (KeyError, TypeError, ValueError) as exc:
            out.append(
                error(doc.location(("apis", str(i))), "catalog-invalid", f"catalogue entry is incomplete: {exc}")
            )
    return entries, doc, out


def check_against_catalog(entry: CatalogEntry, bundle: Bundle) -> list[Diagnostic]:
    """info.x-mynaportal must say what the catalogue says (number, slug, ★, audience, prerequisites)."""
    info = bundle.data.get("info") or {}
    meta = info.get("x-mynaportal")
    if not isinstance(meta, dict):
        return [error(bundle.location(("info",)), "house/catalog-match", "info.x-mynaportal is missing")]
    expected: dict[str, Any] = {
        "number": entry.number,
        "slug": entry.slug,
        "disclosure": entry.disclosure,
        "audience": list(entry.audience),
        "prerequisites": list(entry.prerequisites),
    }
    out = []
    for key in _FIELDS:
        if meta.get(key) != expected[key]:
            out.append(
                error(
                    bundle.location(("info", "x-mynaportal", key)),
                    "house/catalog-match",
                    f"x-mynaportal.{key} is {meta.get(key)!r} but the catalogue says {expected[key]!r}",
                )
            )
    return out


def operation_ids(bundle: Bundle) -> list[tuple[str, Location]]:
    """(operationId, where it is written) for every operation and webhook of a bundled document."""
    return [
        (op["operationId"], bundle.location((*pointer, "operationId")))
        for pointer, _method, _path, op, _item in operations(bundle.data)
        if isinstance(op.get("operationId"), str)
    ]


def operation_id_clashes(documents: list[tuple[str, list[tuple[str, Location]]]]) -> list[Diagnostic]:
    """The catalogue-wide rule: an operationId used by two documents, reported where it is used again."""
    owners: dict[str, tuple[str, Location]] = {}
    out = []
    for name, ids in documents:
        for op_id, at in ids:
            owner = owners.setdefault(op_id, (name, at))
            if owner[0] != name:
                message = f"operationId {op_id!r} is also used by {owner[0]} ({owner[1]})"
                out.append(error(at, "house/operation-id-global", message))
    return out


def missing_documents(entries: list[CatalogEntry], specs: Path, catalog_doc: Document) -> list[Diagnostic]:
    out = []
    for i, entry in enumerate(entries):
        if not (specs / entry.file).is_file():
            loc = catalog_doc.location(("apis", str(i), "file"))
            out.append(
                error(
                    loc, "catalog-missing-document", f"{entry.slug}: {display_path(specs / entry.file)} does not exist"
                )
            )
    return out
