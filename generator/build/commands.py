"""`generate`, `build`, `bundle` and `check`: validation first, then output written all-or-nothing."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from generator.build.cache import (
    DocState,
    destination,
    fingerprint,
    legacy_records,
    load_cache,
    save_cache,
    unchanged,
)
from generator.build.jobs import Job, build_job
from generator.build.output import (
    Transaction,
    diff_trees,
    file_sha256,
    format_python,
    link_tree,
    read_tree,
    recover_root,
    shown,
    staging,
    write_tree,
)
from generator.config import Config
from generator.diagnostics import Diagnostic, GeneratorError, Location, error, sort_key
from generator.paths import real


def run(config: Config, args: argparse.Namespace) -> int:
    try:
        match args.command:
            case "generate":
                job = Job(
                    specs=list(args.specs),
                    package=args.package,
                    facade=args.facade or _facade_name(args.package),
                    out=real(args.out),
                    pyproject=args.pyproject,
                    cache=None if args.check else real(args.out) / ".mpgen-cache.json",
                    strict=config.strict,
                )
                return execute(config, job, check=args.check, force=args.force)
            case "build":
                return execute(config, build_job(config), check=False, force=args.force)
            case "check":
                return execute(config, build_job(config), check=True, force=True)
            case "bundle":
                return bundle_only(config, list(args.specs), real(args.out))
    except GeneratorError as exc:
        for d in exc.diagnostics:
            print(d)
        print(
            f"mpgen: {len([d for d in exc.diagnostics if d.is_error])} error(s); nothing was written", file=sys.stderr
        )
        return 1
    except (OSError, RuntimeError) as exc:
        print(f"mpgen: {exc}; previous output is untouched", file=sys.stderr)
        return 2
    return 2


def _package_level(job: Job) -> list[str]:
    """Files rendered anew on every run (runtime modules and the facade)."""
    from generator.codegen.client import RUNTIME  # noqa: PLC0415

    return [f"client/{job.package}/{p.name}" for p in RUNTIME.glob("_*.py")] + [f"client/{job.package}/__init__.py"]


def _facade_name(package: str) -> str:
    from generator.naming import pascal_case  # noqa: PLC0415

    return pascal_case(package.removesuffix("_client")) + "Client"


def execute(config: Config, job: Job, check: bool, force: bool) -> int:
    """Validate, then generate everything into a staging folder and swap it in (or compare, for --check)."""
    from generator.documents.discovery import discover  # noqa: PLC0415

    started = time.perf_counter()
    if not check:  # a killed run's commit is settled before anything reads the output
        _tell(recover_root(job.root))
    documents, _fragments, problems = discover(job.specs, config.specs)
    if problems:
        raise GeneratorError(problems)
    if not documents:
        raise GeneratorError([error(Location(" ".join(map(str, job.specs))), "io-error", "no OpenAPI documents found")])
    digest = fingerprint(config, job)
    cache = {} if (force or check) else load_cache(job, digest)
    names = job.outputs()
    keys = [str(real(p)) for p in documents]
    fresh = [k for k in keys if not unchanged(cache.get(k), job, names)]
    if not fresh and set(cache) == set(keys) and all(dest.exists() for dest in names.values()):
        seconds = time.perf_counter() - started
        print(
            f"mpgen: up to date: {len(keys)} document(s) unchanged, nothing regenerated ({seconds:.2f}s)",
            file=sys.stderr,
        )
        return 0
    states, produced, diagnostics = _produce(config, job, documents, fresh, cache)
    if any(d.is_error for d in diagnostics):
        raise GeneratorError(diagnostics)
    for d in diagnostics:
        print(d)
    if check:
        with staging(None, "mpgen") as stage:
            _stage(job, documents, states, produced, cache, stage)
            return _compare(stage, names)
    with Transaction(job.root, linked=job.linked) as tx:
        _stage(job, documents, states, produced, cache, tx.stage)
        for key, files in produced.items():  # the formatted bytes: what the next run compares against
            states[key].outputs = {rel: file_sha256(tx.stage / rel) for rel in sorted(files)}
        _tell(tx.commit(names, legacy=legacy_records(job, job.root)))
        save_cache(job, digest, {k: states.get(k) or cache[k] for k in keys})
    where = ", ".join(shown(d) for d in names.values())
    print(
        f"mpgen: generated {len(fresh)} document(s), reused {len(keys) - len(fresh)} unchanged, "
        f"in {time.perf_counter() - started:.2f}s → {where}",
        file=sys.stderr,
    )
    return 0


def _tell(notes: list[str]) -> None:
    for note in notes:
        print(note, file=sys.stderr)


def _stage(
    job: Job,
    documents: list[Path],
    states: dict[str, DocState],
    produced: dict[str, dict[str, bytes]],
    cache: dict[str, DocState],
    stage: Path,
) -> None:
    """Every output in the staging folder, formatted: what the run would write."""
    _assemble(job, documents, states, produced, cache, stage)
    fresh_python = [
        rel.removeprefix("client/")
        for rel in [*(r for files in produced.values() for r in files), *_package_level(job)]
        if rel.startswith("client/") and rel.endswith(".py")
    ]
    format_python(stage / "client", fresh_python)


def _produce(
    config: Config, job: Job, documents: list[Path], fresh: list[str], cache: dict[str, DocState]
) -> tuple[dict[str, DocState], dict[str, dict[str, bytes]], list[Diagnostic]]:
    """Validate and generate the documents whose inputs changed; reuse cached facts for the rest."""
    from generator.build.produce import Task, process_all  # noqa: PLC0415
    from generator.documents.catalog import load_catalog, missing_documents, operation_id_clashes  # noqa: PLC0415
    from generator.documents.pipeline import spec_root  # noqa: PLC0415

    diagnostics: list[Diagnostic] = []
    by_slug = {}
    if job.house and job.catalog is not None:
        catalog, catalog_doc, problems = load_catalog(job.catalog)
        diagnostics += problems
        if catalog_doc is not None:
            diagnostics += missing_documents(catalog, config.specs, catalog_doc)
        by_slug = {e.slug: e for e in catalog}
    root = spec_root(config, job.specs, documents)
    tasks = [
        Task(
            path=path,
            root=root,
            house=job.house and config.house_applies(path),
            disabled=config.disabled_rules,
            entry=by_slug.get(path.stem),
            previous=cache.get(str(real(path))),  # --force and --check pass no cache
            strict=job.strict or config.house_applies(path),
        )
        for path in documents
        if str(real(path)) in fresh
    ]
    states: dict[str, DocState] = {}
    produced: dict[str, dict[str, bytes]] = {}
    for result in process_all(tasks, job, len(documents)):
        diagnostics += result.diagnostics
        if result.state is not None:
            states[result.key] = result.state
            produced[result.key] = result.files
    if job.house:  # one catalogue: every operationId once (separate documents get separate classes)
        diagnostics += operation_id_clashes(
            [
                (path.stem, [(i, Location(f, line, col)) for i, f, line, col in state.op_ids])
                for path in documents
                if (state := states.get(str(real(path))) or cache.get(str(real(path)))) is not None
            ]
        )
    return states, produced, sorted(set(diagnostics), key=sort_key)


def _assemble(
    job: Job,
    documents: list[Path],
    states: dict[str, DocState],
    produced: dict[str, dict[str, bytes]],
    cache: dict[str, DocState],
    stage: Path,
) -> None:
    from generator.codegen.client import render_package, render_pyproject  # noqa: PLC0415

    names = job.outputs()
    files: dict[str, bytes] = {}
    reused: dict[str, Path] = {}
    facades = []
    index = []
    for path in documents:
        key = str(real(path))
        state = states.get(key)
        if state is not None:
            files.update(produced[key])
        else:
            state = cache[key]
            for rel in state.outputs:
                dest = destination(rel, names)
                if dest is not None:
                    reused[rel] = dest
        facades.append(state.facade)
        if state.index:
            index.append(state.index)
    _check_module_clash(facades)
    title = "マイナポータルAPI" if job.house else job.package
    from generator.codegen.client import UnsafeOutput  # noqa: PLC0415

    try:
        pkg_files = render_package([_FacadeApi(**f) for f in facades], job.package, job.facade, title)
    except UnsafeOutput as exc:
        raise GeneratorError([error(Location(job.package), "client-failed", str(exc))]) from None
    files.update({f"client/{job.package}/{rel}": text.encode() for rel, text in pkg_files.items()})
    if job.pyproject:
        version, changelog = _release_notes(job, [f["slug"] for f in facades])
        files["client/pyproject.toml"] = render_pyproject(job.package, version).encode()
        if job.bundles is not None:
            files["client/CHANGELOG.md"] = changelog.encode()
    if job.bundles is not None:
        index.sort(key=lambda item: (item.get("number", 10**6), item["slug"]))  # catalogue order
        files["specs/index.json"] = (json.dumps({"apis": index}, ensure_ascii=False, indent=2) + "\n").encode()
    write_tree(stage, files)
    link_tree(stage, reused)
    for rel in names:
        (stage / rel).parent.mkdir(parents=True, exist_ok=True)


def _release_notes(job: Job, slugs: list[str]) -> tuple[str, str]:
    """The client's version and CHANGELOG.md, from the releases beside the specs (specs/releases/<slug>/)."""
    from generator.build.releases import client_changelog, client_version, load_releases  # noqa: PLC0415
    from generator.diff.loading import DiffInputError  # noqa: PLC0415

    base = job.specs[0] if job.specs and job.specs[0].is_dir() else (job.specs[0].parent if job.specs else Path())
    try:
        history = load_releases(base, slugs)
    except DiffInputError as exc:
        raise GeneratorError(exc.diagnostics) from None
    return client_version(history), client_changelog(history, job.package)


@dataclass(frozen=True)
class _FacadeApi:
    slug: str
    module: str
    class_name: str
    title: str

    @property
    def attr_name(self) -> str:
        from generator.naming import facade_attribute  # noqa: PLC0415

        return facade_attribute(self.slug)


def _check_module_clash(facades: list[dict[str, str]]) -> None:
    seen: dict[str, str] = {}
    problems = []
    for f in facades:
        if f["module"] in seen:
            problems.append(
                error(
                    Location(f["slug"]),
                    "module-clash",
                    f"{f['slug']!r} and {seen[f['module']]!r} map to the same module {f['module']!r}",
                )
            )
        seen[f["module"]] = f["slug"]
    if problems:
        raise GeneratorError(problems)


def _compare(stage: Path, names: dict[str, Path]) -> int:
    changes = []
    for rel, dest in names.items():
        staged = stage / rel
        if staged.is_dir():
            for line in diff_trees(read_tree(staged), read_tree(dest)):
                kind, name = line.split(None, 1)
                changes.append(f"{kind:8} {shown(dest / name)}")
        elif not dest.is_file() or dest.read_bytes() != staged.read_bytes():
            changes.append(f"{'changed' if dest.exists() else 'added':8} {shown(dest)}")
    for line in changes:
        print(line)
    if changes:
        print(f"mpgen: {len(changes)} file(s) would change; run the generator and commit the result", file=sys.stderr)
        return 1
    print("mpgen: generated output is up to date", file=sys.stderr)
    return 0


def bundle_only(config: Config, specs: list[Path], out: Path) -> int:
    from generator.documents.pipeline import check_all  # noqa: PLC0415
    from generator.serialize import bundle_texts  # noqa: PLC0415

    run_ = check_all(config, specs, progress=True)
    for d in run_.diagnostics:
        print(d)
    if run_.errors:
        return 1
    if out.exists() and not out.is_dir():
        message = f"{shown(out)} is not a folder: bundles are written into a folder"
        raise GeneratorError([error(Location(shown(out)), "output-not-ours", message)])
    _tell(recover_root(out))
    with Transaction(out, linked=False) as tx:  # only its own files go into out, never out as a whole
        names: dict[str, Path] = {}
        for doc in run_.documents:
            assert doc.bundle is not None
            for ext, text in zip(("yaml", "json"), bundle_texts(doc.bundle.data), strict=True):
                (tx.stage / f"{doc.slug}.{ext}").write_text(text, encoding="utf-8")
                names[f"{doc.slug}.{ext}"] = out / f"{doc.slug}.{ext}"
        _tell(tx.commit(names, bundle=True))
    print(f"mpgen: bundled {len(run_.documents)} document(s) → {shown(out)}", file=sys.stderr)
    return 0
