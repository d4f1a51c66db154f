"""Pipeline benchmark: mpgen against openapi-python-client and the datamodel-codegen CLI.

Run with the project venv: `.venv/bin/python bench/pipeline_bench.py [--repeat N]`.
It prints Markdown tables on stdout (progress goes to stderr) and writes the raw numbers to
build/bench/pipeline.json. Nothing under build/ other than build/bench/ is touched: every
generation runs in temporary folders.

What is measured (wall time of whole CLI processes, as a CI job sees it):

1. full: `mpgen build --force` in a temporary copy of the project (pyproject.toml, specs/ and a copy
   of build/), i.e. validate + house lint + bundle + models + client for the 15 API documents of specs/.
2. synthetic 16/64/256: copies of specs/*.yaml (catalog.yaml excepted) under new file names with every
   operationId suffixed `CopyK`, specs/shared/ copied alongside; `mpgen generate FILES --out TMP
   --package synth_client --force`.
3. no-op: the same command again without --force, nothing changed.
4. one changed: one description string of one document edited, then the command without --force.
5. peers on the bundles that run 1 wrote (TMP/build/specs/*.json): openapi-python-client 0.29.1 from its
   own venv .venv-bench/ (created here), and the datamodel-codegen CLI from .venv, one process per document.
6. split: one document whose 2,000+ schemas live in one file each under nested folders, with relative
   $refs between them (a binary tree of references, a recursive pair and shared fragments).

Every tool runs with its HTTP(S) proxy pointed at a closed loopback port, so an accidental download fails
at once; datamodel-codegen also gets --no-allow-remote-refs and mpgen refuses remote refs by design.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
BENCH_VENV = ROOT / ".venv-bench"
OPC_VERSION = "0.29.1"
MPGEN = VENV_BIN / "mpgen"
DCG = VENV_BIN / "datamodel-codegen"
OPC = BENCH_VENV / "bin" / "openapi-python-client"
JSON_OUT = ROOT / "build" / "bench" / "pipeline.json"
EDIT_TARGET = "pmh.yaml"  # the document edited for the one-changed case of the project build

TARGETS = {  # ratio key -> (upper bound, text)
    "full_vs_opc": (0.25, "full ≤ 0.25× openapi-python-client total"),
    "noop_vs_full": (0.05, "no-op ≤ 0.05× full"),
    "one_changed_vs_full": (0.2, "one changed ≤ 0.2× full"),
    "synth256_vs_synth16": (20.0, "256 documents ≤ 20× 16 documents"),
}

_OPERATION_ID = re.compile(
    r"^(\s*(?:-\s+)?operationId:\s*)([\"']?)([A-Za-z_][A-Za-z0-9_.-]*)\2([ \t]*(?:#.*)?)$", re.MULTILINE
)
_WARNING_LINE = re.compile(r"^WARNING |\w*Warning: ", re.MULTILINE)
_DESCRIPTION = re.compile(r"^(\s*(?:-\s+)?description:[ \t]+)([^|>\"'\s#&*!%@`][^\n#]*?)[ \t]*$", re.MULTILINE)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- running and timing


def tool_env(path_first: Path, pythonpath: Path | None = None) -> dict[str, str]:
    """The environment for every measured tool: local files only (any HTTP attempt hits a closed port)."""
    env = dict(os.environ)
    for name in ("VIRTUAL_ENV", "PYTHONHOME", "PYTHONPATH"):
        env.pop(name, None)
    if pythonpath is not None:  # the snapshot of generator/ shadows the editable install
        env["PYTHONPATH"] = str(pythonpath)
    closed = "http://127.0.0.1:9"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env[name] = closed
    env["NO_PROXY"] = env["no_proxy"] = ""
    env["PATH"] = f"{path_first}{os.pathsep}{env.get('PATH', '')}"
    env["NO_COLOR"] = "1"
    return env


@dataclass
class Sample:
    seconds: float
    rc: int
    tail: str  # last line of stderr (mpgen's summary), for the JSON record
    peak_mb: float  # peak resident memory of the process (its largest waited-for child included)
    cpu: float = 0.0  # user + system CPU seconds of the process and its waited-for children (ruff …)
    warnings: int = 0  # lines like openapi-python-client's `WARNING parsing …` or a Python `…Warning: …`


def run(argv: list[str], cwd: Path, env: dict[str, str], timeout: float = 3600, memory_gib: float = 0) -> Sample:
    """Wall time, exit code and peak RSS of one process (os.wait4 gives the child's own rusage).

    memory_gib > 0 caps the process's address space (RLIMIT_AS, inherited by its children), so a runaway
    run fails on its own instead of pushing the shared machine into the OOM killer.
    """
    timed_out = threading.Event()

    def cap() -> None:
        limit = int(memory_gib * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            preexec_fn=cap if memory_gib > 0 else None,  # noqa: PLW1509 - setrlimit only, no threads touched
        )

        def kill() -> None:
            timed_out.set()
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    peak = usage.ru_maxrss / 1024  # KiB on Linux
    cpu = usage.ru_utime + usage.ru_stime
    if timed_out.is_set():
        return Sample(seconds, -9, f"timed out after {timeout:.0f}s", peak, cpu)
    warnings = len(_WARNING_LINE.findall(stdout + "\n" + stderr))
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    tail = lines[-1] if lines else stdout.strip()[-300:]
    if proc.returncode != 0:  # the first diagnostics and the last words, e.g. a traceback's last line
        head = [ln for ln in stdout.splitlines() if ln.strip()][:3]
        tail = " | ".join([*head, *lines[-3:]])[-900:]
        if memory_gib > 0 and ("MemoryError" in stderr or "memory allocation" in stderr or proc.returncode < 0):
            tail = f"killed or out of memory under the {memory_gib:g} GiB address-space cap: {tail}"
    return Sample(seconds, proc.returncode, tail, peak, cpu, warnings)


@dataclass
class Case:
    key: str
    label: str
    documents: int
    samples: list[float] = field(default_factory=list)
    requested: int = 0
    peak_mb: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    failed_runs: int = 0
    notes: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["median"] = self.median if self.samples else None
        out["cpu_median"] = self.cpu_median if self.cpu else None
        return out


def measure(case: Case, once: Callable[[int], float], requested: int, budget: float) -> Case:
    """Call once(i) up to `requested` times; fewer when the first call shows the budget would be exceeded."""
    case.requested = requested
    first = once(0)
    case.samples.append(first)
    reps = requested
    if requested > 1 and first * requested > budget:
        reps = max(1, min(requested, int(budget // max(first, 1e-9))))
        if reps < requested:
            case.notes.append(f"reduced to {reps} repetition(s) of {requested}: one takes {first:.1f}s")
    for i in range(1, reps):
        case.samples.append(once(i))
    log(f"{case.label}: median {case.median:.3f}s over {len(case.samples)} run(s)")
    return case


def check_mpgen(sample: Sample, case: Case, expect: str | None = None) -> float:
    """Keep mpgen's summary line; a failed or surprising run is noted in the table, never hidden."""
    case.details.setdefault("summaries", []).append(sample.tail)
    case.peak_mb.append(round(sample.peak_mb, 1))
    case.cpu.append(round(sample.cpu, 3))
    if sample.rc != 0:
        case.failed_runs += 1
        note = f"exit {sample.rc}: {sample.tail[:160]}"
        if note not in case.notes:
            case.notes.append(note)
    elif expect is not None and expect not in sample.tail:
        note = f"unexpected summary: {sample.tail[:160]}"
        if note not in case.notes:
            case.notes.append(note)
    return sample.seconds


# --------------------------------------------------------------------------- inputs


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def snapshot_generator(tmp: Path) -> tuple[Path, str]:
    """A frozen copy of generator/ for the whole run: the work tree may be edited while we measure."""
    dest = tmp / "snapshot"
    for _attempt in range(5):
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(ROOT / "generator", dest / "generator", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        digest = tree_digest(dest / "generator")
        if digest == tree_digest(ROOT / "generator"):
            return dest, digest
        time.sleep(2)  # caught in the middle of an edit
    return dest, digest


def git_state() -> str:
    def git(*args: str) -> str:
        proc = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)
        return proc.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "?"
    dirty = [ln for ln in git("status", "--porcelain", "--", "generator", "specs").splitlines() if ln.strip()]
    return f"{head}" + (f" + {len(dirty)} uncommitted change(s) under generator/ and specs/" if dirty else "")


def source_documents(specs: Path) -> list[Path]:
    return sorted(p for p in specs.glob("*.yaml") if p.name != "catalog.yaml")


def make_project_copy(base: Path) -> Path:
    project = base / "project"
    project.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", project / "pyproject.toml")
    shutil.copytree(ROOT / "specs", project / "specs")
    if (ROOT / "build").is_dir():
        ignore = shutil.ignore_patterns("bench", ".mpgen*.tmp*")
        shutil.copytree(ROOT / "build", project / "build", symlinks=True, ignore=ignore)  # mpgen's links stay links
    return project


def make_synthetic(folder: Path, count: int, sources: list[Path]) -> tuple[list[Path], list[str]]:
    """count documents cycling through sources, each with new file name and operationIds suffixed CopyK."""
    folder.mkdir(parents=True)
    shutil.copytree(sources[0].parent / "shared", folder / "shared")
    problems: list[str] = []
    docs: list[Path] = []
    for k in range(count):
        src = sources[k % len(sources)]
        text = src.read_text(encoding="utf-8")
        renamed, n = _OPERATION_ID.subn(lambda m, k=k: f"{m[1]}{m[2]}{m[3]}Copy{k}{m[2]}{m[4]}", text)
        if n != text.count("operationId:"):
            problems.append(f"{src.name}: renamed {n} of {text.count('operationId:')} operationIds")
        target = folder / f"api{k:03d}-{src.stem}.yaml"
        target.write_text(renamed, encoding="utf-8")
        docs.append(target)
    return docs, problems


def edit_description(path: Path, n: int) -> str:
    """Change one plain one-line description string (an operation's when there is one); returns where."""
    text = path.read_text(encoding="utf-8")
    paths = text.find("\npaths:")
    match = _DESCRIPTION.search(text, max(paths, 0)) or _DESCRIPTION.search(text)
    if match is None:
        raise RuntimeError(f"no plain description line to edit in {path}")
    old = match[2]
    new = re.sub(r" \(bench edit \d+\)$", "", old) + f" (bench edit {n})"
    path.write_text(text[: match.start(2)] + new + text[match.end(2) :], encoding="utf-8")
    return f"{path.name}:{text.count(chr(10), 0, match.start()) + 1}"


def make_split_spec(folder: Path, count: int) -> dict[str, Any]:
    """One OpenAPI 3.1 document whose schemas live one per file in nested folders.

    Node{i} refers to Node{2i+1} and Node{2i+2} (a binary tree: every node is reachable from Node0000),
    every 5th node has an array of a shared fragment, every 7th an allOf with a shared base, and the
    leaves point at TreeNode/TreeBranch, which refer to each other (the recursive pair).
    """
    per_folder, per_group = 16, 8
    schemas = folder / "schemas"

    def node_path(i: int) -> Path:
        group, rest = divmod(i, per_folder * per_group)
        return schemas / f"g{group:02d}" / f"s{rest // per_folder:02d}" / f"Node{i:04d}.yaml"

    def rel(from_file: Path, to_file: Path) -> str:
        return Path(os.path.relpath(to_file, from_file.parent)).as_posix()

    common = folder / "common"
    recursive = folder / "schemas" / "recursive"
    for d in (common, recursive):
        d.mkdir(parents=True, exist_ok=True)
    files = {
        common / "Error.yaml": "type: object\nrequired: [code, message]\nproperties:\n  code:\n    type: string\n"
        "    example: E0001\n  message:\n    type: string\n    description: エラーの説明\n",
        common / "Audit.yaml": "type: object\nproperties:\n  createdAt:\n    type: string\n    format: date-time\n"
        "  createdBy:\n    type: string\n    maxLength: 64\n",
        common / "Tag.yaml": "type: object\nrequired: [key]\nproperties:\n  key:\n    type: string\n"
        "    pattern: '^[a-z][a-z0-9-]*$'\n    example: tag-a\n  value:\n    type: [string, 'null']\n",
        recursive / "TreeNode.yaml": "type: object\ndescription: 再帰する木の節\nrequired: [label]\nproperties:\n"
        "  label:\n    type: string\n  branches:\n    type: array\n    items:\n      $ref: ./TreeBranch.yaml\n",
        recursive / "TreeBranch.yaml": "type: object\ndescription: 木の枝（TreeNode と相互参照）\nproperties:\n"
        "  weight:\n    type: number\n    minimum: 0\n  node:\n    $ref: ./TreeNode.yaml\n",
    }
    for i in range(count):
        path = node_path(i)
        lines = [
            "type: object",
            f"title: Node{i:04d}",
            f"description: 合成スキーマ {i} (split-spec benchmark)",
            "required: [id]",
            "properties:",
            "  id:",
            "    type: string",
            f"    example: N{i:04d}",
            "  size:",
            "    type: integer",
            "    minimum: 0",
            f"    default: {i % 10}",
        ]
        for child in (2 * i + 1, 2 * i + 2):
            if child < count:
                lines += [f"  child{child:04d}:", f"    $ref: {rel(path, node_path(child))}"]
        if 2 * i + 1 >= count:  # a leaf: into the recursive pair
            lines += ["  tree:", f"    $ref: {rel(path, recursive / 'TreeNode.yaml')}"]
        if i % 5 == 0:
            lines += ["  tags:", "    type: array", "    items:", f"      $ref: {rel(path, common / 'Tag.yaml')}"]
        if i % 3 == 0:
            lines += ["  state:", "    type: string", "    enum: [draft, active, closed]", "    default: draft"]
        if i % 7 == 0:
            lines = ["allOf:", f"  - $ref: {rel(path, common / 'Audit.yaml')}", "  - " + lines[0]] + [
                "    " + ln for ln in lines[1:]
            ]
        files[path] = "\n".join(lines) + "\n"
    paths: list[str] = ["paths:"]
    entry_points = sorted({0, 1, 2, *range(3, count, max(1, count // 24))})
    for i in entry_points:
        target = rel(folder / "openapi.yaml", node_path(i))
        paths += [
            f"  /nodes/n{i:04d}:",
            "    get:",
            f"      operationId: getNode{i:04d}",
            f"      summary: Node{i:04d} を取得する",
            "      responses:",
            "        '200':",
            "          description: OK",
            "          content:",
            "            application/json:",
            "              schema:",
            f"                $ref: {target}",
            "        '404':",
            "          description: Not found",
            "          content:",
            "            application/json:",
            "              schema:",
            "                $ref: ./common/Error.yaml",
        ]
    paths += [
        "  /trees:",
        "    post:",
        "      operationId: createTree",
        "      requestBody:",
        "        required: true",
        "        content:",
        "          application/json:",
        "            schema:",
        "              $ref: ./schemas/recursive/TreeNode.yaml",
        "      responses:",
        "        '201':",
        "          description: Created",
        "          content:",
        "            application/json:",
        "              schema:",
        "                $ref: ./schemas/recursive/TreeBranch.yaml",
    ]
    head = [
        "openapi: 3.1.0",
        "info:",
        "  title: Split Spec Benchmark API",
        "  version: 1.0.0",
        "  description: 2,000 以上のスキーマを別々のファイルに置いた文書（ベンチマーク用）",
        "servers:",
        "  - url: https://api.example.invalid/v1",
    ]
    files[folder / "openapi.yaml"] = "\n".join(head + paths) + "\n"
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    folders = {p.parent for p in files}
    return {
        "schemas": count + 5,
        "files": len(files),
        "folders": len(folders),
        "operations": len(entry_points) + 1,
        "max_depth": max(len(p.relative_to(folder).parts) - 1 for p in files),
    }


# --------------------------------------------------------------------------- peers


def ensure_opc(case_notes: list[str]) -> bool:
    """openapi-python-client pinned in its own venv, so the project venv stays as locked."""
    if OPC.exists():
        probe = subprocess.run([str(OPC), "--version"], capture_output=True, text=True, check=False)
        if OPC_VERSION in probe.stdout:
            return True
    log(f"creating {BENCH_VENV.name}/ with openapi-python-client=={OPC_VERSION} (not timed)")
    started = time.perf_counter()
    steps = [
        [sys.executable, "-m", "venv", "--clear", str(BENCH_VENV)],
        [
            str(BENCH_VENV / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"openapi-python-client=={OPC_VERSION}",
        ],
    ]
    for argv in steps:
        proc = subprocess.run(argv, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["?"]
            case_notes.append(f"could not install openapi-python-client: {tail[0][:200]}")
            return False
    log(f"installed in {time.perf_counter() - started:.0f}s")
    return OPC.exists()


def peer_loop(argvs: list[tuple[str, list[str]]], cwd: Path, env: dict[str, str], case: Case) -> float:
    """One process per document, one after the other, as a CI job would; failures are counted, not fatal."""
    started = time.perf_counter()
    failed: dict[str, str] = {}
    per_doc: dict[str, float] = {}
    warned: dict[str, int] = {}
    peak = cpu = 0.0
    for name, argv in argvs:
        sample = run(argv, cwd, env, timeout=600)
        peak = max(peak, sample.peak_mb)
        cpu += sample.cpu
        per_doc[name] = round(sample.seconds, 4)
        if sample.rc != 0:
            failed[name] = sample.tail[:400]
        elif sample.warnings:
            warned[name] = sample.warnings
    total = time.perf_counter() - started
    case.peak_mb.append(round(peak, 1))
    case.cpu.append(round(cpu, 3))
    case.details.setdefault("runs", []).append({"per_document": per_doc, "failed": failed, "warnings": warned})
    case.details["failures"] = len(failed)
    case.details["failed_documents"] = sorted(failed)
    case.details["documents_with_warnings"] = warned
    return total


def peer_notes(case: Case, total: int) -> None:
    failed = case.details.get("failed_documents") or []
    if failed:
        case.notes.append(
            f"FAILED on {len(failed)}/{total} document(s) (not retried, time included): {', '.join(failed)}"
        )
    else:
        case.notes.append(f"0/{total} failures")
    warned: dict[str, int] = case.details.get("documents_with_warnings") or {}
    if warned:
        case.notes.append(
            f"{len(warned)}/{total} document(s) with warnings ({sum(warned.values())} in all): "
            + ", ".join(sorted(warned))
        )


# --------------------------------------------------------------------------- the benchmark


def versions() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in (
        "mpgen",
        "datamodel-code-generator",
        "ruff",
        "pydantic",
        "openapi-spec-validator",
        "jsonschema-rs",
        "pyyaml",
        "jinja2",
    ):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    if out["mpgen"] == "not installed":  # a venv set up before the rename: the checkout still says what runs
        with (ROOT / "pyproject.toml").open("rb") as fh:
            out["mpgen"] = tomllib.load(fh)["project"]["version"] + " (source tree; not installed as mpgen)"
    if OPC.exists():
        probe = subprocess.run([str(OPC), "--version"], capture_output=True, text=True, check=False)
        out["openapi-python-client"] = probe.stdout.strip().rsplit(" ", 1)[-1] or "?"
        ruff = BENCH_VENV / "bin" / "ruff"
        if ruff.exists():
            probe = subprocess.run([str(ruff), "--version"], capture_output=True, text=True, check=False)
            out["ruff (in .venv-bench, used by openapi-python-client)"] = probe.stdout.strip().rsplit(" ", 1)[-1]
    else:
        out["openapi-python-client"] = "not installed"
    return out


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kib = int(Path("/proc/meminfo").read_text().split("MemTotal:", 1)[1].split()[0])
        mem = f"{kib / 2**20:.1f} GiB"
    except (OSError, IndexError, ValueError):
        pass
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "memory": mem,
        "python": platform.python_version() + f" ({sys.executable})",
        "os": platform.platform(),
    }


def bench_project(args: argparse.Namespace, tmp: Path, env: dict[str, str]) -> tuple[list[Case], Path]:
    project = make_project_copy(tmp)
    docs = len(source_documents(project / "specs"))
    full = Case("full", "full: `mpgen build --force` (specs/)", docs)
    measure(
        full,
        lambda _i: check_mpgen(run([str(MPGEN), "build", "--force"], project, env), full, "generated"),
        args.repeat,
        args.case_budget,
    )
    noop = Case("noop", "no-op: `mpgen build` again, nothing changed", docs)
    measure(
        noop,
        lambda _i: check_mpgen(run([str(MPGEN), "build"], project, env), noop, "up to date"),
        args.repeat,
        args.case_budget,
    )
    edited = project / "specs" / EDIT_TARGET
    if not edited.exists():
        edited = sorted((project / "specs").glob("*.yaml"))[0]
    one = Case("one_changed", f"one changed: a description in {edited.name} edited, `mpgen build`", docs)

    def one_changed(i: int) -> float:
        where = edit_description(edited, i + 1)
        one.details["edited"] = where
        return check_mpgen(run([str(MPGEN), "build"], project, env), one, "generated 1 document(s)")

    measure(one, one_changed, args.repeat, args.case_budget)
    return [full, noop, one], project


def bench_synthetic(args: argparse.Namespace, tmp: Path, env: dict[str, str], size: int, specs: Path) -> list[Case]:
    folder = tmp / f"synth{size}"
    docs, problems = make_synthetic(folder / "specs", size, source_documents(specs))
    out = folder / "out"
    base = [str(MPGEN), "generate", *map(str, docs), "--out", str(out), "--package", "synth_client"]
    full = Case(f"synth{size}", f"synthetic {size}: `mpgen generate … --force`", size)
    full.notes += problems
    measure(
        full,
        lambda _i: check_mpgen(run([*base, "--force"], ROOT, env), full, "generated"),
        args.repeat,
        args.case_budget,
    )
    cases = [full]
    if not args.skip_incremental_synthetic:
        noop = Case(f"synth{size}_noop", f"synthetic {size}: no-op rerun", size)
        measure(noop, lambda _i: check_mpgen(run(base, ROOT, env), noop, "up to date"), args.repeat, args.case_budget)
        one = Case(f"synth{size}_one_changed", f"synthetic {size}: one document changed", size)

        def one_changed(i: int) -> float:
            one.details["edited"] = edit_description(docs[0], i + 1)
            return check_mpgen(run(base, ROOT, env), one, "generated 1 document(s)")

        measure(one, one_changed, args.repeat, args.case_budget)
        cases += [noop, one]
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return cases


def bench_peers(args: argparse.Namespace, tmp: Path, bundles: list[Path]) -> list[Case]:
    cases = []
    out = tmp / "peers"
    opc = Case("opc", "openapi-python-client 0.29.1, one `generate` per bundle", len(bundles))
    if args.skip_opc:
        opc.notes.append("skipped (--skip-opc)")
    elif ensure_opc(opc.notes):
        env = tool_env(BENCH_VENV / "bin")  # its post-hooks call `ruff` from its own venv
        argvs = [
            (
                b.stem,
                [
                    str(OPC),
                    "generate",
                    "--path",
                    str(b),
                    "--output-path",
                    str(out / "opc" / b.stem),
                    "--overwrite",
                    "--meta",
                    "none",
                ],
            )
            for b in bundles
        ]
        measure(opc, lambda _i: peer_loop(argvs, tmp, env, opc), args.repeat, args.peer_budget)
        peer_notes(opc, len(bundles))
    cases.append(opc)
    dcg = Case("dcg", "datamodel-codegen CLI (models only), one call per bundle", len(bundles))
    env = tool_env(VENV_BIN)
    options = [
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--target-python-version",
        "3.11",
        "--use-annotated",
        "--field-constraints",
        "--use-standard-collections",
        "--use-union-operator",
        "--strict-nullable",
        "--use-schema-description",
        "--use-field-description",
        "--snake-case-field",
        "--use-double-quotes",
        "--capitalise-enum-members",
        "--allof-merge-mode",
        "all",
        "--disable-timestamp",
        "--no-allow-remote-refs",
        "--formatters",
        "ruff-format",
        "ruff-check",
    ]
    (out / "dcg").mkdir(parents=True, exist_ok=True)
    argvs = [
        (b.stem, [str(DCG), "--input", str(b), "--output", str(out / "dcg" / f"{b.stem}.py"), *options])
        for b in bundles
    ]
    measure(dcg, lambda _i: peer_loop(argvs, tmp, env, dcg), args.repeat, args.peer_budget)
    peer_notes(dcg, len(bundles))
    cases.append(dcg)
    return cases


def bench_split(args: argparse.Namespace, tmp: Path, env: dict[str, str]) -> list[Case]:
    folder = tmp / "split"
    shape = make_split_spec(folder / "spec", args.split_schemas)
    log(f"split spec: {shape}")
    out = folder / "out"
    base = [
        str(MPGEN),
        "generate",
        str(folder / "spec" / "openapi.yaml"),
        "--out",
        str(out),
        "--package",
        "split_client",
    ]
    full = Case(
        "split", f"split spec: {shape['schemas']} schemas in {shape['files']} files, `mpgen generate --force`", 1
    )
    full.details["shape"] = shape
    if args.split_repeat == 1:
        full.notes.append("one run by design (--split-repeat 1)")
    if args.split_memory_gb > 0:
        full.notes.append(f"address space capped at {args.split_memory_gb:g} GiB")
    measure(
        full,
        lambda _i: check_mpgen(
            run([*base, "--force"], ROOT, env, timeout=args.split_timeout, memory_gib=args.split_memory_gb),
            full,
            "generated",
        ),
        args.split_repeat,
        args.case_budget,
    )
    models = out / "split_client"
    if models.is_dir():
        py = list(models.rglob("*.py"))
        full.details["generated_python_files"] = len(py)
        full.details["generated_classes"] = sum(
            len(re.findall(r"^class ", p.read_text(encoding="utf-8"), re.MULTILINE)) for p in py
        )
    noop = Case("split_noop", "split spec: no-op rerun", 1)
    if full.samples and all("exit" not in n for n in full.notes):
        measure(
            noop, lambda _i: check_mpgen(run(base, ROOT, env), noop, "up to date"), args.split_repeat, args.case_budget
        )
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return [full, noop]


# --------------------------------------------------------------------------- report


def fmt(seconds: float | None) -> str:
    if seconds is None or seconds != seconds:  # noqa: PLR0124 - NaN check
        return "–"
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"


def ratios(cases: dict[str, Case], sizes: list[int]) -> list[dict[str, Any]]:
    def med(key: str, cpu: bool = False) -> float | None:
        c = cases.get(key)
        if c is None or not c.samples or c.failed_runs:
            return None
        return c.cpu_median if cpu else c.median

    smallest = f"synth{min(sizes)}" if sizes else "synth16"
    pairs = [
        ("full_vs_opc", "full", "opc", ""),
        ("noop_vs_full", "noop", "full", ""),
        ("one_changed_vs_full", "one_changed", "full", ""),
        ("synth256_vs_synth16", "synth256", "synth16", ""),
        ("full_vs_dcg", "full", "dcg", "full / datamodel-codegen CLI total (models only: not like for like)"),
    ]
    for n in sizes:
        if f"synth{n}" != smallest:
            pairs.append((f"synth{n}_vs_{smallest}", f"synth{n}", smallest, f"synthetic {n} / synthetic {min(sizes)}"))
    for n in sizes:
        pairs.append((f"synth{n}_noop_vs_full", f"synth{n}_noop", f"synth{n}", f"synthetic {n}: no-op / full"))
        pairs.append(
            (f"synth{n}_one_vs_full", f"synth{n}_one_changed", f"synth{n}", f"synthetic {n}: one changed / full")
        )
    rows = []
    seen: set[str] = set()
    for key, num, den, label in pairs:
        if key in seen:
            continue
        seen.add(key)
        a, b = med(num), med(den)
        value = a / b if a is not None and b else None
        ca, cb = med(num, cpu=True), med(den, cpu=True)
        cpu_value = ca / cb if ca is not None and cb else None
        bound, text = TARGETS.get(key, (None, label))
        if bound is None and value is None:
            continue
        result = "–" if bound is None else ("n/a" if value is None else ("PASS" if value <= bound else "FAIL"))
        rows.append(
            {"key": key, "what": text, "value": value, "cpu_value": cpu_value, "target": bound, "result": result}
        )
    return rows


def render(report: dict[str, Any], cases: list[Case]) -> str:
    lines = ["# mpgen pipeline benchmark", ""]
    lines += ["| machine / tool | value |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in report["machine"].items()]
    lines += [f"| {k} | {v} |" for k, v in report["versions"].items()]
    lines += [f"| {k} | {v} |" for k, v in report["source"].items()]
    lines += [
        "",
        f"Medians of up to {report['config']['repeat']} repetitions: wall time of whole processes in seconds; cpu s is"
        " user+system time of the process and the processes it waited for (less sensitive to other load on the"
        " machine); PASS/FAIL is judged on wall time.",
        "",
    ]
    lines += [
        "| case | docs | runs | median s | min s | max s | s/doc | cpu s | peak MB | notes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for c in cases:
        if not c.samples:
            lines.append(
                f"| {c.label} | {c.documents} | 0 | – | – | – | – | – | – | {'; '.join(c.notes) or 'not run'} |"
            )
            continue
        per_doc = c.median / c.documents if c.documents else float("nan")
        runs = f"{len(c.samples)}/{c.requested}" + (f" ({c.failed_runs} FAILED)" if c.failed_runs else "")
        notes = "; ".join(c.notes)
        if c.key == "split" and "generated_classes" in c.details:
            notes = "; ".join([f"{c.details['generated_classes']} classes generated", *c.notes])
        lines.append(
            f"| {c.label} | {c.documents} | {runs} | {fmt(c.median)} | {fmt(min(c.samples))} | {fmt(max(c.samples))} "
            f"| {fmt(per_doc)} | {fmt(c.cpu_median)} | {max(c.peak_mb, default=0):.0f} | {notes} |"
        )
    lines += ["", "| ratio | measured (wall) | cpu time ratio | target | result |", "| --- | ---: | ---: | --- | --- |"]
    for r in report["ratios"]:
        value = "–" if r["value"] is None else f"{r['value']:.3f}×"
        cpu = "–" if r["cpu_value"] is None else f"{r['cpu_value']:.3f}×"
        target = "–" if r["target"] is None else f"≤ {r['target']}×"
        lines.append(f"| {r['what']} | {value} | {cpu} | {target} | {r['result']} |")
    split = next((c for c in cases if c.key == "split"), None)
    if split is not None and split.samples:
        shape = split.details["shape"]
        what = f"Split spec ({shape['schemas']} schemas, {shape['files']} files in {shape['folders']} folders): "
        if split.failed_runs:
            what += (
                f"`mpgen generate` did NOT finish: it failed after {fmt(split.median)} s "
                f"({split.median / 60:.1f} min) with {max(split.peak_mb, default=0) / 1024:.1f} GiB resident "
                f"({split.details['summaries'][-1][:120]})."
            )
        else:
            what += (
                f"`mpgen generate` took {fmt(split.median)} s ({split.median / 60:.1f} min), "
                f"peak {max(split.peak_mb, default=0) / 1024:.1f} GiB resident."
            )
        lines += ["", what]
    lines += [
        "",
        "Full = `mpgen build --force` in a temporary copy of the project (validate + house lint + bundle + models +"
        " client); synthetic = `mpgen generate` (no house lint, no bundles written); peers run on the bundles of the"
        f" full run. Raw numbers: {JSON_OUT.relative_to(ROOT)}.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3, help="repetitions per case; medians are reported (default 3)")
    parser.add_argument("--sizes", default="16,64,256", help="synthetic document counts (default 16,64,256)")
    parser.add_argument("--split-schemas", type=int, default=2048, help="schemas of the split spec (default 2048)")
    parser.add_argument("--split-repeat", type=int, default=1, help="repetitions of the split-spec case (default 1)")
    parser.add_argument(
        "--split-timeout", type=float, default=600, help="seconds before the split run is abandoned (default 600)"
    )
    parser.add_argument(
        "--case-budget", type=float, default=90, help="seconds one mpgen case may take before its repetitions are cut"
    )
    parser.add_argument(
        "--peer-budget", type=float, default=60, help="seconds one peer case may take before its repetitions are cut"
    )
    parser.add_argument("--skip-opc", action="store_true", help="do not install or run openapi-python-client")
    parser.add_argument("--skip-split", action="store_true", help="leave out the split-spec case")
    parser.add_argument(
        "--skip-incremental-synthetic", action="store_true", help="no no-op/one-changed runs for synthetic sets"
    )
    parser.add_argument(
        "--split-memory-gb",
        type=float,
        default=16,
        help="address-space cap of the split-spec run in GiB, 0 for none (default 16: the machine is shared)",
    )
    parser.add_argument("--live", action="store_true", help="run the work tree's generator/, not a snapshot of it")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders (their path is logged)")
    parser.add_argument(
        "--json", type=Path, default=JSON_OUT, help=f"raw numbers (default {JSON_OUT.relative_to(ROOT)})"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if not MPGEN.exists():
        print(f"{MPGEN} not found: run `make build` (or create .venv) first", file=sys.stderr)
        return 2

    started = time.perf_counter()
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    git_before = git_state()
    tmp = Path(tempfile.mkdtemp(prefix="mpgen-bench-"))
    log(f"temporary folder {tmp}")
    if args.live:
        env, measured = tool_env(VENV_BIN), f"live work tree {tree_digest(ROOT / 'generator')}"
    else:
        snapshot, digest = snapshot_generator(tmp)
        env, measured = tool_env(VENV_BIN, snapshot), f"snapshot of generator/ taken at start, digest {digest}"
    log(f"measuring {measured}")
    cases: list[Case] = []
    try:
        project_cases, project = bench_project(args, tmp, env)
        cases += project_cases
        bundles = sorted(p for p in (project / "build" / "specs").glob("*.json") if p.name != "index.json")
        for size in sizes:
            cases += bench_synthetic(args, tmp, env, size, project / "specs")
        cases += bench_peers(args, tmp, bundles)
        if not args.skip_split:
            cases += bench_split(args, tmp, env)
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    by_key = {c.key: c for c in cases}
    report: dict[str, Any] = {
        "machine": {
            **machine(),
            "load average (1/5/15 min) at start / end": f"{load_before} / "
            + " ".join(f"{x:.2f}" for x in os.getloadavg()),
        },
        "source": {
            "git at start": git_before,
            "generator measured": measured,
            "generator/ in the work tree at the end": tree_digest(ROOT / "generator"),
        },
        "versions": versions(),
        "config": {
            "repeat": args.repeat,
            "sizes": sizes,
            "split_schemas": args.split_schemas,
            "split_memory_gib": args.split_memory_gb,
            "case_budget_s": args.case_budget,
            "peer_budget_s": args.peer_budget,
        },
        "ratios": [],
        "cases": {c.key: c.as_json() for c in cases},
    }
    report["ratios"] = ratios(by_key, sizes)
    report["total_seconds"] = round(time.perf_counter() - started, 1)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(render(report, cases))
    print(f"\nBenchmark wall time: {report['total_seconds']:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
