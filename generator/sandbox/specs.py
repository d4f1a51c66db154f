"""Loading the documents the sandbox serves: each is bundled and checked once, at startup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.config import Config
from generator.diagnostics import Diagnostic
from generator.documents.bundler import Workspace
from generator.documents.discovery import discover
from generator.documents.pipeline import check_document, spec_root


@dataclass(frozen=True)
class Api:
    """One served document: its slug, the path prefix it answers under and the bundled document."""

    slug: str
    base_path: str  # "/self-info": the path of servers[0], or "/<slug>" when that names none
    document: dict[str, Any]


class SpecError(Exception):
    """The documents cannot be served; the diagnostics say why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(f"{len(diagnostics)} problem(s)")
        self.diagnostics = diagnostics


def load_apis(config: Config, paths: list[Path]) -> list[Api]:
    """Bundle and validate every document named (default: the configured specs folder)."""
    given = paths or [config.specs]
    documents, _fragments, problems = discover(given, config.specs)
    errors = [d for d in problems if d.is_error]
    ws = Workspace(spec_root(config, given, documents))
    apis: list[Api] = []
    taken: set[str] = set()
    for path in documents:
        checked = check_document(ws, path, house=False)
        errors += [d for d in checked.diagnostics if d.is_error]
        if checked.bundle is None or not checked.ok:
            continue
        data = checked.bundle.data
        base = base_path(data, checked.slug)
        if base in taken:  # two documents name the same server path: the later one answers under its slug
            base = f"/{checked.slug}"
        if base in taken:
            continue
        taken.add(base)
        apis.append(Api(checked.slug, base, data))
    if errors:
        raise SpecError(errors)
    if not apis:
        raise SpecError([])
    return apis


def base_path(document: dict[str, Any], slug: str) -> str:
    """The path of the first server URL (variables at their defaults), without a trailing slash."""
    servers = document.get("servers")
    url = ""
    if isinstance(servers, list) and servers and isinstance(servers[0], dict):
        url = str(servers[0].get("url", ""))
        variables = servers[0].get("variables") or {}
        if isinstance(variables, dict):
            for name, var in variables.items():
                if isinstance(var, dict):
                    url = url.replace("{" + str(name) + "}", str(var.get("default", "")))
    path = urlsplit(url).path.rstrip("/")
    if not path or "{" in path or path.startswith("/_sandbox"):
        return f"/{slug}"
    return path
