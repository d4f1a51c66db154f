"""The incremental-build cache: what each document read and produced, to skip unchanged ones."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from generator.build.jobs import Job
from generator.build.output import file_sha256, safe_rel, sha256, str_list, str_map
from generator.config import Config

CACHE_VERSION = 3
_PINNED = ("datamodel-code-generator", "ruff", "pydantic", "pyyaml", "jinja2", "pykakasi")


@dataclass
class DocState:
    """Facts about one generated document, enough to reuse its output without reading it again."""

    inputs: dict[str, str]  # every file the bundle read -> sha256
    outputs: dict[str, str]  # staged name -> sha256 of the formatted bytes written
    facade: dict[str, str]  # slug, module, class_name, title
    op_ids: list[tuple[str, str, int, int]]  # operationId, file, line, column
    index: dict[str, Any] = field(default_factory=dict)
    models_key: str = ""  # content address of the model generator's input
    classes: dict[str, str] = field(default_factory=dict)
    hoisted: list[list[str]] = field(default_factory=list)  # pointer parts..., class name


def fingerprint(config: Config, job: Job) -> str:
    parts = [str(CACHE_VERSION), job.package, job.facade, str(job.pyproject), str(job.bundles is not None)]
    parts.append(f"strict={job.strict}")  # a --strict run must not reuse what a lenient one accepted
    parts += installed_versions(_PINNED)
    source = Path(__file__).parent.parent  # the generator package
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".jinja") and "portal" not in path.parts:
            parts.append(sha256(path.read_bytes()))
    if job.house and job.catalog is not None and job.catalog.is_file():
        parts.append(sha256(job.catalog.read_bytes()))
    parts.append(str(sorted(config.disabled_rules)))
    parts.append(f"root={config.root} house={sorted(map(str, config.house_paths))}")
    return sha256("\n".join(parts).encode())


def _read(cache: Path | None) -> dict[str, Any]:
    """The cache file as a JSON object; {} when missing, unreadable or not an object."""
    if cache is None or not cache.is_file():
        return {}
    try:
        raw = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def load_cache(job: Job, fingerprint: str) -> dict[str, DocState]:
    """The cached facts, or {} when there are none or they are not exactly the shape this version writes:
    a cache only saves time, so a damaged one is ignored (and replaced by the run), never fatal."""
    raw = _read(job.cache)
    documents = raw.get("documents")
    if raw.get("fingerprint") != fingerprint or not isinstance(documents, dict):
        return {}
    states = {key: _doc_state(value) for key, value in documents.items()}
    good = {key: state for key, state in states.items() if state is not None}
    return good if len(good) == len(states) else {}


_FIELDS = frozenset(f.name for f in fields(DocState))
_FACADE = frozenset({"slug", "module", "class_name", "title"})


def _doc_state(value: object) -> DocState | None:
    if not isinstance(value, dict) or set(value) != _FIELDS:
        return None
    facade, index = value["facade"], value["index"]
    well_formed = (
        str_map(value["inputs"])
        and str_map(value["outputs"])
        and all(safe_rel(rel) for rel in value["outputs"])  # joined to the output folder when reused
        and str_map(facade)
        and set(facade) == _FACADE
        and facade["module"].isidentifier()  # both end up in generated code
        and facade["class_name"].isidentifier()
        and isinstance(value["op_ids"], list)
        and all(_op_id(item) for item in value["op_ids"])
        and isinstance(index, dict)
        and (not index or isinstance(index.get("slug"), str))
        and _int(index.get("number", 0))
        and isinstance(value["models_key"], str)
        and str_map(value["classes"])
        and isinstance(value["hoisted"], list)
        and all(str_list(item) and item for item in value["hoisted"])
    )
    return DocState(**value) if well_formed else None


def _int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _op_id(item: object) -> bool:
    return isinstance(item, list) and len(item) == 4 and str_list(item[:2]) and _int(item[2]) and _int(item[3])


def legacy_records(job: Job, root: Path) -> dict[str, str]:
    """Output paths (relative to root) and digests that the cache says were written: how output of an
    mpgen that kept no ownership record is recognised as mpgen's (per file, by content)."""
    documents = _read(job.cache).get("documents")
    found: dict[str, str] = {}
    for state in documents.values() if isinstance(documents, dict) else ():
        outputs = state.get("outputs") if isinstance(state, dict) else None
        for rel, digest in outputs.items() if str_map(outputs) else ():
            dest = destination(rel, job.outputs()) if safe_rel(rel) else None
            if dest is not None and dest.is_relative_to(root):
                found[dest.relative_to(root).as_posix()] = digest
    return found


def unchanged(state: DocState | None, job: Job, staged_names: dict[str, Path]) -> bool:
    if state is None:
        return False
    for path, digest in state.inputs.items():
        try:
            if sha256(Path(path).read_bytes()) != digest:
                return False
        except OSError:
            return False
    for rel, digest in state.outputs.items():
        dest = destination(rel, staged_names)
        try:
            if dest is None or file_sha256(dest) != digest:
                return False
        except OSError:
            return False
    return True


def destination(rel: str, staged_names: dict[str, Path]) -> Path | None:
    for prefix, dest in staged_names.items():
        if rel == prefix:
            return dest
        if rel.startswith(prefix + "/"):
            return dest / rel[len(prefix) + 1 :]
    return None


def installed_versions(names: tuple[str, ...]) -> list[str]:
    """`name==version` from the `*.dist-info` folder names on sys.path.

    importlib.metadata parses every METADATA file (10 ms of a 100 ms no-op run); the folder names
    already say what is installed.
    """
    wanted = {re.sub(r"[-_.]+", "_", n).lower(): n for n in names}
    found: dict[str, str] = {}
    for entry in sys.path:
        folder = Path(entry or ".")
        if not folder.is_dir():
            continue
        for dist in folder.glob("*.dist-info"):
            name, _, version = dist.name[: -len(".dist-info")].partition("-")
            key = re.sub(r"[-_.]+", "_", name).lower()
            if key in wanted and wanted[key] not in found:
                found[wanted[key]] = version
    return [f"{n}=={found.get(n, '?')}" for n in names]


def save_cache(job: Job, fingerprint_: str, documents: dict[str, DocState]) -> None:
    if job.cache is None:
        return
    payload = {"fingerprint": fingerprint_, "documents": {k: asdict(v) for k, v in documents.items()}}
    tmp = job.cache.with_suffix(".tmp")
    # Insertion order kept: cached index entries are written back into index.json as they are.
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(job.cache)
