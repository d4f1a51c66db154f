"""The one-way pipeline: discover → load → bundle → validate → lint, for any number of documents."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.config import Config
from generator.diagnostics import Diagnostic, Location, Severity, display_path, error, sort_key
from generator.documents.bundler import Bundle, Workspace, bundle
from generator.documents.catalog import (
    check_against_catalog,
    load_catalog,
    missing_documents,
    operation_id_clashes,
    operation_ids,
)
from generator.documents.catalog_entry import CatalogEntry
from generator.documents.discovery import discover
from generator.documents.loader import LoadError
from generator.paths import real
from generator.progress import progress as show_progress
from generator.progress import progress_done


@dataclass
class Checked:
    """One API document after validation."""

    path: Path
    slug: str
    bundle: Bundle | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.bundle is not None and not any(d.is_error for d in self.diagnostics)


@dataclass
class Run:
    documents: list[Checked]
    catalog: list[CatalogEntry]
    diagnostics: list[Diagnostic]  # everything, documents' included

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]


# Findings about content, not structure: the document still generates a working client. Outside the
# house profile they are warnings unless --strict (or `strict = true`) asks for errors. Everything
# else (loading, references, the OpenAPI structure, what generation relies on) is always an error.
CONTENT_RULES = {
    "example-invalid": "an example does not match its schema",
    "default-invalid": "a default does not match its schema",
    "path-param-unused": "an `in: path` parameter does not appear in the path template",
}


def slug_for(path: Path) -> str:
    return path.stem


def check_document(
    ws: Workspace, path: Path, house: bool, disabled: frozenset[str] = frozenset(), strict: bool = False
) -> Checked:
    """Load, bundle and validate one document; nothing raises, everything is a diagnostic.

    house: the house profile applies (its lint rules, and strict). strict: content findings are errors.
    """
    try:
        checked = _check_document(ws, path, house, disabled)
    except RecursionError:
        message = "the document nests too deeply for the validator (recursion limit reached)"
        return Checked(path, slug_for(path), None, [error(Location(display_path(path)), "too-complex", message)])
    if not (strict or house):
        checked.diagnostics = [_as_warning(d) if d.rule in CONTENT_RULES else d for d in checked.diagnostics]
    return checked


def _as_warning(diagnostic: Diagnostic) -> Diagnostic:
    return replace(diagnostic, severity=Severity.WARNING)


def _check_document(ws: Workspace, path: Path, house: bool, disabled: frozenset[str]) -> Checked:
    from generator.documents import lint, validate  # noqa: PLC0415 - keeps `mpgen --help` and no-op runs fast

    slug = slug_for(path)
    try:
        entry = ws.load(path)
    except LoadError as exc:
        return Checked(path, slug, None, [exc.diagnostic])
    if not isinstance(entry.data.get("openapi", entry.data.get("swagger")), (str, int, float)):
        if "openapi" not in entry.data and "swagger" not in entry.data:
            return Checked(
                path,
                slug,
                None,
                [error(entry.location(()), "not-openapi", "no `openapi` field: this is not an OpenAPI document")],
            )
    result, diags = bundle(ws, entry)
    version_problems = validate.check_version(result)
    if version_problems:
        return Checked(path, slug, None, version_problems)
    if any(d.is_error for d in diags):
        return Checked(path, slug, None, diags)
    diags += validate.check_structure(result)
    diags += validate.check_references(result)
    diags += validate.check_inheritance(result)
    diags += validate.check_semantics(result)
    diags += validate.check_patterns(result)
    if not any(d.rule == "oas-schema" for d in diags):
        # Values and house rules assume a structurally valid document.
        diags += validate.check_values(result)
        if house:
            diags += lint.lint(result, disabled)
    vars(result).pop("nodes", None)  # the checks' walk of the whole document (~4x its size): done with it
    return Checked(path, slug, result, diags)


def check_all(config: Config, paths: list[Path], progress: bool = False) -> Run:
    documents, fragments, problems = discover(paths, config.specs)
    root = spec_root(config, paths, documents)
    ws = Workspace(root)
    catalog: list[CatalogEntry] = []
    diagnostics = list(problems)
    checked: list[Checked] = []
    for i, path in enumerate(documents, 1):
        if progress:
            show_progress(i, len(documents), display_path(path))
        item = check_document(ws, path, config.house_applies(path), config.disabled_rules, config.strict)
        checked.append(item)
        diagnostics += item.diagnostics
    if progress:
        progress_done()
    for fragment in fragments:  # shared files nobody references still have to parse
        if config.catalog is not None and real(fragment) == config.catalog:
            continue
        try:
            ws.load(fragment, mapping=False)
        except LoadError as exc:
            diagnostics.append(exc.diagnostic)
    if config.catalog is not None and any(config.house_applies(p) for p in documents):
        catalog, catalog_doc, problems = load_catalog(config.catalog)
        diagnostics += problems
        diagnostics += _catalog_checks(config, catalog, checked)
        if catalog_doc is not None and _covers_catalog(config, paths):
            diagnostics += missing_documents(catalog, config.specs, catalog_doc)
    diagnostics = sorted(dict.fromkeys(diagnostics), key=sort_key)
    return Run(checked, catalog, diagnostics)


def _covers_catalog(config: Config, paths: list[Path]) -> bool:
    return any(real(p) == config.specs for p in paths)


def spec_root(config: Config, given: list[Path], documents: list[Path]) -> Path:
    """The folder references may reach into (never above): `--root`, else the configured specs
    folder when every document is in it, else the common folder of what was named on the command line."""
    if config.root is not None:
        return config.root
    if documents and all(real(d).is_relative_to(config.specs) for d in documents):
        return config.specs
    folders = {real(p) if p.is_dir() else real(p).parent for p in given} or {real(Path.cwd())}
    if len(folders) == 1:
        return folders.pop()
    return Path(*_common_parts([p.parts for p in folders]))


def _common_parts(parts: list[tuple[str, ...]]) -> tuple[str, ...]:
    first = parts[0]
    n = 0
    while all(len(p) > n and p[n] == first[n] for p in parts):
        n += 1
    return first[:n]


def _catalog_checks(config: Config, catalog: list[CatalogEntry], checked: list[Checked]) -> list[Diagnostic]:
    by_slug = {e.slug: e for e in catalog}
    out: list[Diagnostic] = []
    ours = [item for item in checked if item.bundle is not None and config.house_applies(item.path)]
    for item in ours:
        assert item.bundle is not None
        entry = by_slug.get(item.slug)
        if entry is None:
            out.append(error(item.bundle.location(()), "house/catalog-match", f"{item.slug!r} is not in the catalogue"))
        else:
            out += check_against_catalog(entry, item.bundle)
    out += operation_id_clashes([(item.slug, operation_ids(item.bundle)) for item in ours if item.bundle is not None])
    return out
