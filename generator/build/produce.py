"""Per-document work (validate, models, client, bundle texts), sequential or on every core."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.documents.bundler import Bundle, Workspace
from generator.build.cache import DocState, destination
from generator.diagnostics import Diagnostic, Location, display_path, error
from generator.build.jobs import Job
from generator.documents.catalog_entry import CatalogEntry
from generator.build.output import sha256
from generator.progress import progress, progress_done
from generator.paths import real
from generator.serialize import bundle_texts

_PARALLEL_FROM = 4  # below this many documents a process pool costs more than it saves


@dataclass(frozen=True)
class Task:
    """Everything one document's work needs; picklable, so it can run in a worker process."""

    path: Path
    root: Path
    house: bool
    disabled: frozenset[str]
    entry: CatalogEntry | None
    previous: DocState | None  # the cached state of this document, to reuse its models
    strict: bool = False  # content findings are errors (--strict, or a house-profile document)


@dataclass
class Result:
    key: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    state: DocState | None = None
    files: dict[str, bytes] = field(default_factory=dict)


_WORKSPACES: dict[Path, Workspace] = {}  # per process: shared fragments are parsed once


def process(task: Task, job: Job) -> Result:
    """Validate one document and produce its files; every failure is a diagnostic, never an exception."""
    from generator.documents.catalog import check_against_catalog  # noqa: PLC0415
    from generator.documents.pipeline import check_document  # noqa: PLC0415

    result = Result(str(real(task.path)))
    ws = _WORKSPACES.setdefault(task.root, Workspace(task.root))
    checked = check_document(ws, task.path, task.house, task.disabled, task.strict)
    result.diagnostics += checked.diagnostics
    if not checked.ok or checked.bundle is None:
        return result
    if task.house and task.entry is not None:
        result.diagnostics += check_against_catalog(task.entry, checked.bundle)
    try:
        state, files, problems = _generate(job, task, checked.slug, checked.bundle)
    except Exception as exc:
        where = Location(display_path(task.path))
        problems = [error(where, "client-failed", f"generation failed: {type(exc).__name__}: {exc}")]
        state, files = None, {}
    result.diagnostics += problems
    result.state, result.files = state, files
    return result


def _reused_models(job: Job, task: Task, key: str, module: str) -> Any:
    """The previous run's models when the schemas are unchanged (only operation texts were edited)."""
    from generator.codegen.models import Models  # noqa: PLC0415

    previous = task.previous
    if previous is None or previous.models_key != key:
        return None
    rel = f"client/{job.package}/{module}/models.py"
    dest = destination(rel, job.outputs())
    try:
        data = dest.read_bytes() if dest is not None else None
    except OSError:
        return None
    if data is None or sha256(data) != previous.outputs.get(rel):
        return None
    hoisted = {tuple(item[:-1]): item[-1] for item in previous.hoisted}
    return Models(data.decode(), dict(previous.classes), hoisted)


def _generate(
    job: Job, task: Task, slug: str, bundle: Bundle
) -> tuple[DocState | None, dict[str, bytes], list[Diagnostic]]:
    from generator.documents.catalog import operation_ids  # noqa: PLC0415
    from generator.codegen.client import render_api_files  # noqa: PLC0415
    from generator.apimodel.describe import describe_api  # noqa: PLC0415
    from generator.codegen.models import models_input, run_models  # noqa: PLC0415
    from generator.naming import snake_case  # noqa: PLC0415

    shown = display_path(task.path)
    given = models_input(bundle.data, bundle.location)
    op_ids = [(op_id, at.path, at.line, at.col) for op_id, at in operation_ids(bundle)]
    _forget_positions(bundle)  # nothing below asks for one: the model generator and the client get the memory
    models = _reused_models(job, task, given.key, snake_case(slug))
    if models is None:
        models, problems = run_models(given, shown)
        if models is None:
            return None, {}, [*given.warnings, *problems]
    api = describe_api(bundle.data, slug, task.entry, models.classes, models.hoisted, with_fields=False)
    pkg = "client/" + job.package
    files = {f"{pkg}/{api.module}/models.py": models.code.encode()}
    files.update({f"{pkg}/{rel}": data for rel, data in render_api_files(api).items()})
    index: dict[str, Any] = {}
    if job.bundles is not None:
        yaml_bytes, json_bytes = (text.encode() for text in bundle_texts(bundle.data))
        files[f"specs/{slug}.yaml"] = yaml_bytes
        files[f"specs/{slug}.json"] = json_bytes
        entry = task.entry
        index = {
            **({"number": entry.number, "name": entry.name} if entry is not None else {}),
            "slug": slug,
            "title": api.title,
            "version": api.version,
            "operations": len(api.operations),
            "files": {
                ext: {"name": f"{slug}.{ext}", "size": len(data), "sha256": sha256(data)}
                for ext, data in (("yaml", yaml_bytes), ("json", json_bytes))
            },
        }
    state = DocState(
        inputs={str(f): sha256(Path(f).read_bytes()) for f in bundle.files},
        outputs={},
        facade={"slug": slug, "module": api.module, "class_name": api.class_name, "title": api.title},
        op_ids=op_ids,
        index=index,
        models_key=given.key,
        classes=dict(models.classes),
        hoisted=[[*pointer, name] for pointer, name in models.hoisted.items()],
    )
    return state, files, list(given.warnings)


def _forget_positions(bundle: Bundle) -> None:
    bundle.entry.forget_positions()
    for doc, _pointer in bundle.origins.values():
        doc.forget_positions()


def process_all(tasks: list[Task], job: Job, total: int) -> list[Result]:
    """Results in task order; with several documents and cores, one worker process per core."""
    _WORKSPACES.clear()  # parsed files of an earlier run in this process may be stale
    workers = min(os.cpu_count() or 1, 8)
    if len(tasks) < _PARALLEL_FROM or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        results = []
        for i, task in enumerate(tasks, 1):
            progress(i, total, display_path(task.path))
            results.append(process(task, job))
        progress_done()
        _WORKSPACES.clear()  # every document is done: free the parsed files before the output is assembled
        return results
    # Import and warm the model generator once, before forking: every worker inherits it ready.
    from generator.codegen.models import warm_up  # noqa: PLC0415

    warm_up()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(process, task, job) for task in tasks]
        results = []
        for i, future in enumerate(futures, 1):
            results.append(future.result())
            progress(i, total, display_path(tasks[i - 1].path))
    progress_done()
    return results
