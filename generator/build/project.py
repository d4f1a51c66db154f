"""The whole project as the portal sees it: catalogue, API models and bundle texts, from specs/."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.apimodel.describe import describe_api
from generator.apimodel.model import Api, CatalogEntry
from generator.build.cache import DocState, fingerprint, load_cache, unchanged
from generator.build.jobs import build_job
from generator.config import load_config
from generator.diagnostics import Diagnostic
from generator.documents.bundler import Workspace
from generator.documents.catalog import load_catalog
from generator.documents.pipeline import check_document
from generator.paths import forget, real
from generator.serialize import bundle_texts


@dataclass(frozen=True)
class Bundle:
    slug: str
    yaml_text: str
    json_text: str


@dataclass
class Project:
    catalog: list[CatalogEntry]
    apis: list[Api]
    bundles: dict[str, Bundle]
    diagnostics: list[Diagnostic] = field(default_factory=list)


def load_project(root: Path) -> Project:
    """Validate every catalogued document (house profile as configured) and describe the valid ones."""
    forget()  # `mkdocs serve` calls this again after files changed
    config = load_config(root)
    diagnostics: list[Diagnostic] = []
    catalog: list[CatalogEntry] = []
    if config.catalog is not None:
        catalog, _doc, problems = load_catalog(config.catalog)
        diagnostics += problems
    ws = Workspace(config.specs)
    job = build_job(config)
    generated = load_cache(job, fingerprint(config, job))
    apis: list[Api] = []
    bundles: dict[str, Bundle] = {}
    for entry in catalog:
        path = config.specs / entry.file
        if not path.is_file():
            continue  # `mpgen validate` reports catalogue entries without a document
        checked = check_document(ws, path, config.house_applies(path), config.disabled_rules)
        diagnostics += checked.diagnostics
        if checked.bundle is None or not checked.ok:
            continue
        # The generated client's class names, when `mpgen build` made it from these very files: the reference
        # and the Python samples then name the models the client's methods take (else plain types).
        state: DocState | None = generated.get(str(real(path)))
        if state is not None and unchanged(state, job, job.outputs()):
            hoisted = {tuple(item[:-1]): item[-1] for item in state.hoisted}
            apis.append(describe_api(checked.bundle.data, entry.slug, entry, state.classes, hoisted))
        else:
            apis.append(describe_api(checked.bundle.data, entry.slug, entry))
        yaml_text, json_text = bundle_texts(checked.bundle.data)
        bundles[entry.slug] = Bundle(entry.slug, yaml_text, json_text)
    return Project(catalog, apis, bundles, diagnostics)
