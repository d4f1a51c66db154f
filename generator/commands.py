"""`generate`, `build`, `bundle` and `check`: validation first, then output written all-or-nothing."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.bundler import Workspace
from generator.config import Config
from generator.diagnostics import Diagnostic, GeneratorError, Location, display_path, error
from generator.model import CatalogEntry
from generator.naming import pascal_case, snake_case
from generator.output import (
    diff_trees,
    format_python,
    progress,
    progress_done,
    read_tree,
    sha256,
    staging,
    swap_in,
    write_tree,
)
from generator.paths import real
from generator.serialize import bundle_texts

CACHE_VERSION = 1
_PINNED = ("datamodel-code-generator", "ruff", "pydantic", "pyyaml", "jinja2", "pykakasi")


@dataclass
class Job:
    """What one invocation produces, wherever it writes."""

    specs: list[Path]
    package: str
    facade: str
    out: Path  # the package goes to out/package
    pyproject: bool
    bundles: Path | None = None  # build/specs when bundling too
    cache: Path | None = None
    house: bool = False
    catalog: Path | None = None

    def outputs(self) -> dict[str, Path]:
        """Name in the staging folder -> final destination."""
        dest = {"client/" + self.package: self.out / self.package}
        if self.pyproject:
            dest["client/pyproject.toml"] = self.out / "pyproject.toml"
        if self.bundles is not None:
            dest["specs"] = self.bundles
        return dest


@dataclass
class DocState:
    inputs: dict[str, str]
    outputs: dict[str, str]
    facade: dict[str, str]
    op_ids: list[list[str]]  # [operationId, location]
    index: dict[str, Any] = field(default_factory=dict)


def run(config: Config, args: argparse.Namespace) -> int:
    try:
        match args.command:
            case "generate":
                job = Job(
                    specs=list(args.specs),
                    package=args.package,
                    facade=args.facade or pascal_case(args.package.removesuffix("_client")) + "Client",
                    out=real(args.out),
                    pyproject=args.pyproject,
                    cache=None if args.check else real(args.out) / ".mpgen-cache.json",
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


def build_job(config: Config) -> Job:
    return Job(
        specs=[config.specs],
        package=config.package,
        facade=config.facade,
        out=config.out / "client",
        pyproject=True,
        bundles=config.out / "specs",
        cache=config.out / ".mpgen-cache.json",
        house=True,
        catalog=config.catalog,
    )


def _fingerprint(config: Config, job: Job) -> str:
    parts = [str(CACHE_VERSION), job.package, job.facade, str(job.pyproject), str(job.bundles is not None)]
    for name in _PINNED:
        try:
            parts.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}==?")
    source = Path(__file__).parent
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".jinja") and "portal" not in path.parts:
            parts.append(sha256(path.read_bytes()))
    if job.house and job.catalog is not None and job.catalog.is_file():
        parts.append(sha256(job.catalog.read_bytes()))
    parts.append(str(sorted(config.disabled_rules)))
    return sha256("\n".join(parts).encode())


def _load_cache(job: Job, fingerprint: str) -> dict[str, DocState]:
    if job.cache is None or not job.cache.is_file():
        return {}
    try:
        raw = json.loads(job.cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if raw.get("fingerprint") != fingerprint:
        return {}
    return {k: DocState(**v) for k, v in raw.get("documents", {}).items()}


def _unchanged(state: DocState | None, job: Job, staged_names: dict[str, Path]) -> bool:
    if state is None:
        return False
    for path, digest in state.inputs.items():
        try:
            if sha256(Path(path).read_bytes()) != digest:
                return False
        except OSError:
            return False
    for rel, digest in state.outputs.items():
        dest = _destination(rel, staged_names)
        try:
            if dest is None or sha256(dest.read_bytes()) != digest:
                return False
        except OSError:
            return False
    return True


def _destination(rel: str, staged_names: dict[str, Path]) -> Path | None:
    for prefix, dest in staged_names.items():
        if rel == prefix:
            return dest
        if rel.startswith(prefix + "/"):
            return dest / rel[len(prefix) + 1 :]
    return None


def execute(config: Config, job: Job, check: bool, force: bool) -> int:
    """Validate, then generate everything into a staging folder and swap it in (or compare, for --check)."""
    from generator.pipeline import discover  # noqa: PLC0415

    started = time.perf_counter()
    documents, _fragments, problems = discover(job.specs)
    if problems:
        raise GeneratorError(problems)
    if not documents:
        raise GeneratorError([error(Location(" ".join(map(str, job.specs))), "io-error", "no OpenAPI documents found")])
    fingerprint = _fingerprint(config, job)
    cache = {} if (force or check) else _load_cache(job, fingerprint)
    names = job.outputs()
    keys = [str(real(p)) for p in documents]
    fresh = [k for k in keys if not _unchanged(cache.get(k), job, names)]
    if not fresh and set(cache) == set(keys) and all(dest.exists() for dest in names.values()):
        print(
            f"mpgen: up to date: {len(keys)} document(s) unchanged, nothing regenerated "
            f"({time.perf_counter() - started:.2f}s)",
            file=sys.stderr,
        )
        return 0
    states, diagnostics = _produce_documents(config, job, documents, fresh, cache)
    if any(d.is_error for d in diagnostics):
        raise GeneratorError(diagnostics)
    for d in diagnostics:
        print(d)
    parent = None if check else (job.out if job.bundles is None else config.out)
    with staging(parent, "mpgen") as stage:
        _assemble(job, documents, states, cache, fresh, stage)
        format_python(stage / "client")
        if check:
            return _compare(stage, names)
        _record_outputs(job, keys, states, cache, stage)
        for rel, dest in names.items():
            staged = stage / rel
            if staged.is_dir():
                swap_in(staged, dest)
            else:
                dest.parent.mkdir(parents=True, exist_ok=True)
                staged.replace(dest)
        _save_cache(job, fingerprint, {k: states.get(k) or cache[k] for k in keys})
    reused = len(keys) - len(fresh)
    shown = ", ".join(display_path(d) for d in names.values())
    print(
        f"mpgen: generated {len(fresh)} document(s), reused {reused} unchanged, "
        f"in {time.perf_counter() - started:.2f}s → {shown}",
        file=sys.stderr,
    )
    return 0


def _produce_documents(
    config: Config, job: Job, documents: list[Path], fresh: list[str], cache: dict[str, DocState]
) -> tuple[dict[str, DocState], list[Diagnostic]]:
    """Validate and generate the documents whose inputs changed; reuse cached facts for the rest."""
    from generator.catalog import check_against_catalog, load_catalog, missing_documents  # noqa: PLC0415
    from generator.pipeline import check_document, spec_root  # noqa: PLC0415

    root = spec_root(config, job.specs, documents)
    ws = Workspace(root)
    catalog: list[CatalogEntry] = []
    diagnostics: list[Diagnostic] = []
    if job.house and job.catalog is not None:
        catalog, catalog_doc, problems = load_catalog(job.catalog)
        diagnostics += problems
        if catalog_doc is not None:
            diagnostics += missing_documents(catalog, config.specs, catalog_doc)
    by_slug = {e.slug: e for e in catalog}
    states: dict[str, DocState] = {}
    self_files: dict[str, dict[str, bytes]] = {}
    for i, path in enumerate(documents, 1):
        key = str(real(path))
        if key not in fresh:
            continue
        progress(i, len(documents), display_path(path))
        checked = check_document(ws, path, job.house and config.house_applies(path), config.disabled_rules)
        diagnostics += checked.diagnostics
        if not checked.ok or checked.bundle is None:
            continue
        entry = by_slug.get(checked.slug)
        if job.house and entry is not None:
            diagnostics += check_against_catalog(entry, checked.bundle)
        state, files, problems = _generate_one(job, checked.slug, checked.bundle, entry, display_path(path))
        diagnostics += problems
        if state is not None:
            states[key] = state
            self_files[key] = files
    progress_done()
    diagnostics += _global_operation_ids(documents, states, cache)
    _FILES.clear()
    _FILES.update(self_files)
    return states, sorted(set(diagnostics), key=lambda d: (d.location, d.rule, d.message))


_FILES: dict[str, dict[str, bytes]] = {}  # generated bytes of this run, by document


def _generate_one(
    job: Job, slug: str, bundle: Any, entry: Any, shown: str
) -> tuple[DocState | None, dict[str, bytes], list[Diagnostic]]:
    from generator.client_gen import render_api  # noqa: PLC0415
    from generator.describe import describe_api  # noqa: PLC0415
    from generator.models_gen import generate_models  # noqa: PLC0415
    from generator.validate import operations  # noqa: PLC0415

    models, problems = generate_models(bundle.data, shown)
    if models is None:
        return None, {}, problems
    api = describe_api(bundle.data, slug, entry, models.classes, models.hoisted)
    try:
        rendered = render_api(api)
    except Exception as exc:
        return (
            None,
            {},
            [error(Location(shown), "client-failed", f"client generation failed: {type(exc).__name__}: {exc}")],
        )
    pkg = "client/" + job.package
    files = {f"{pkg}/{api.module}/models.py": models.code.encode()}
    files.update({f"{pkg}/{rel}": text.encode() for rel, text in rendered.items()})
    index: dict[str, Any] = {}
    if job.bundles is not None:
        yaml_text, json_text = bundle_texts(bundle.data)
        files[f"specs/{slug}.yaml"] = yaml_text.encode()
        files[f"specs/{slug}.json"] = json_text.encode()
        index = {
            **({"number": entry.number, "name": entry.name} if entry is not None else {}),
            "slug": slug,
            "title": api.title,
            "version": api.version,
            "operations": len(api.operations),
            "files": {
                ext: {"name": f"{slug}.{ext}", "size": len(data), "sha256": sha256(data)}
                for ext, data in (("yaml", yaml_text.encode()), ("json", json_text.encode()))
            },
        }
    op_ids = [
        [str(op.get("operationId")), str(bundle.location((*p, "operationId")))]
        for p, _m, _path, op, _i in operations(bundle.data)
        if isinstance(op.get("operationId"), str)
    ]
    state = DocState(
        inputs={str(f): sha256(Path(f).read_bytes()) for f in bundle.files},
        outputs={},
        facade={"slug": slug, "module": api.module, "class_name": api.class_name, "title": api.title},
        op_ids=op_ids,
        index=index,
    )
    return state, files, []


def _global_operation_ids(
    documents: list[Path], states: dict[str, DocState], cache: dict[str, DocState]
) -> list[Diagnostic]:
    owners: dict[str, tuple[str, str]] = {}
    out = []
    for path in documents:
        key = str(real(path))
        state = states.get(key) or cache.get(key)
        if state is None:
            continue
        for op_id, where in state.op_ids:
            if op_id in owners and owners[op_id][0] != key:
                file, line, col = [*where.rsplit(":", 2), "1", "1"][:3]
                out.append(
                    error(
                        Location(file, int(line), int(col)),
                        "operation-id-clash",
                        f"operationId {op_id!r} is also used in {owners[op_id][1]}: both would become the same method",
                    )
                )
            owners.setdefault(op_id, (key, where))
    return out


def _assemble(
    job: Job,
    documents: list[Path],
    states: dict[str, DocState],
    cache: dict[str, DocState],
    fresh: list[str],
    stage: Path,
) -> None:
    from generator.client_gen import render_package, render_pyproject  # noqa: PLC0415

    names = job.outputs()
    files: dict[str, bytes] = {}
    facades = []
    index = []
    for path in documents:
        key = str(real(path))
        if key in fresh:
            files.update(_FILES.get(key, {}))
            state = states[key]
        else:
            state = cache[key]
            for rel in state.outputs:
                dest = _destination(rel, names)
                if dest is not None:
                    files[rel] = dest.read_bytes()
        facades.append(state.facade)
        if state.index:
            index.append(state.index)
    _check_module_clash(facades)
    title = "マイナポータルAPI" if job.house else job.package
    pkg_files = render_package([_FacadeApi(**f) for f in facades], job.package, job.facade, title)
    files.update({f"client/{job.package}/{rel}": text.encode() for rel, text in pkg_files.items()})
    if job.pyproject:
        files["client/pyproject.toml"] = render_pyproject(job.package, "1.0.0").encode()
    if job.bundles is not None:
        index.sort(key=lambda item: (item.get("number", 10**6), item["slug"]))  # catalogue order
        files["specs/index.json"] = (json.dumps({"apis": index}, ensure_ascii=False, indent=2) + "\n").encode()
    write_tree(stage, files)
    for rel in names:
        (stage / rel).parent.mkdir(parents=True, exist_ok=True)


@dataclass(frozen=True)
class _FacadeApi:
    slug: str
    module: str
    class_name: str
    title: str

    @property
    def attr_name(self) -> str:
        return snake_case(self.slug)


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


def _record_outputs(
    job: Job, keys: list[str], states: dict[str, DocState], cache: dict[str, DocState], stage: Path
) -> None:
    """Remember the formatted bytes each document produced, to detect edits and reuse them next time."""
    for key in keys:
        state = states.get(key)
        if state is None:
            continue
        produced = _FILES.get(key, {})
        state.outputs = {rel: sha256((stage / rel).read_bytes()) for rel in sorted(produced)}


def _save_cache(job: Job, fingerprint: str, documents: dict[str, DocState | None]) -> None:
    if job.cache is None:
        return
    payload = {"fingerprint": fingerprint, "documents": {k: v.__dict__ for k, v in documents.items() if v is not None}}
    tmp = job.cache.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(job.cache)


def _compare(stage: Path, names: dict[str, Path]) -> int:
    changes = []
    for rel, dest in names.items():
        staged = stage / rel
        if staged.is_dir():
            for line in diff_trees(read_tree(staged), read_tree(dest)):
                kind, name = line.split(None, 1)
                changes.append(f"{kind:8} {display_path(dest / name)}")
        elif not dest.is_file() or dest.read_bytes() != staged.read_bytes():
            changes.append(f"{'changed' if dest.exists() else 'added':8} {display_path(dest)}")
    for line in changes:
        print(line)
    if changes:
        print(f"mpgen: {len(changes)} file(s) would change; run the generator and commit the result", file=sys.stderr)
        return 1
    print("mpgen: generated output is up to date", file=sys.stderr)
    return 0


def bundle_only(config: Config, specs: list[Path], out: Path) -> int:
    from generator.pipeline import check_all  # noqa: PLC0415

    run_ = check_all(config, specs, progress=True)
    for d in run_.diagnostics:
        print(d)
    if run_.errors:
        return 1
    with staging(out.parent, out.name) as stage:
        for doc in run_.documents:
            assert doc.bundle is not None
            yaml_text, json_text = bundle_texts(doc.bundle.data)
            (stage / f"{doc.slug}.yaml").write_text(yaml_text, encoding="utf-8")
            (stage / f"{doc.slug}.json").write_text(json_text, encoding="utf-8")
        if out.exists() and not out.is_dir():
            raise RuntimeError(f"{out} exists and is not a folder")
        shutil.copytree(stage, stage.with_name(stage.name + "-done"))
        swap_in(stage.with_name(stage.name + "-done"), out)
    print(f"mpgen: bundled {len(run_.documents)} document(s) → {display_path(out)}", file=sys.stderr)
    return 0
