"""Running `mpgen` on one fuzz case and checking the invariants.

Every command runs in a child forked from the test process: the parent has imported and warmed
everything once, so a run costs only its own work, while a crash, a hang (killed after a timeout)
or a memory blow-up (address-space limit) stays in the child and becomes a finding. The child calls
`generator.cli.main(argv)` exactly as the console script does, with MPGEN_DEBUG unset, and imports
the generated package afterwards (a fork, so the parent's sys.modules stay clean); every Nth
successful generation is also imported by a fresh interpreter.

Invariants (a broken one is a Violation, which fails the test):
  - the exit code is 0, 1 or 2, and never 2 (every input is a readable regular file, so no I/O error);
  - no `internal error`, no traceback, no exception masked as a diagnostic (`generation failed: KeyError`);
  - a failed `generate`/`bundle` leaves the previous output byte-identical, a successful one leaves
    no staging folder behind; `generate --check` writes nothing; nothing is written beside the inputs;
  - every generated package imports (each module of it);
  - no output line carries a control or format character (ESC, bidi overrides: terminal steering).
Observations (reported, never failing): diagnostics that are not one well-formed line (over-long),
validate and generate disagreeing, a valid document whose client could not be made (models-failed,
codegen-unsafe, client-failed), warnings while importing generated code.
"""

from __future__ import annotations

import contextlib
import faulthandler
import hashlib
import io
import json
import os
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGE = "fuzzpkg"
TIMEOUT = float(os.environ.get("MPGEN_FUZZ_TIMEOUT", "120"))  # seconds per command: longer is a hang
MEMORY = 3 << 30  # extra address space a child may take before MemoryError
LEFTOVER = re.compile(r"^\.(mpgen\.tmp-.*|.*\.old-\d+)$|\.tmp$")
DIAGNOSTIC = re.compile(r"^[^\n]+:\d+:\d+: (error|warning) \[[\w/.-]+\] [^\n]*$")
# Violations whose command is re-run with MPGEN_DEBUG=1 to learn where it failed.
DEBUG_KINDS = frozenset({"internal-error", "exit-2", "masked-exception", "crash", "traceback"})
MAX_LINE = 1000  # a longer diagnostic is dumping the input
# Control, format and line-separator characters other than the newline ending each line (ZWJ/ZWNJ are text).
_STEERING = re.compile(
    r"[^\S\n \u3000]|[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200e\u200f"
    r"\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_MASKED = re.compile(r"generation failed: (\w+(?:Error|Exception|Exit|Interrupt|Iteration))\b")
_IMPORT_ALL = """
import importlib, pkgutil, sys, warnings
sys.path.insert(0, sys.argv[2])
warnings.simplefilter("always")
pkg = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(pkg.__path__, sys.argv[1] + "."):
    importlib.import_module(info.name)
"""


@dataclass
class Run:
    """One command's result."""

    argv: tuple[str, ...]
    rc: int | None  # None: the child died (crash says how)
    stdout: str
    stderr: str
    seconds: float
    crash: str | None = None
    import_error: str | None = None
    import_warnings: list[str] = field(default_factory=list)
    traces: list[str] = field(default_factory=list)  # debug runs only: tracebacks of our exceptions

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def shown(self, limit: int = 1500) -> str:
        text = f"$ mpgen {' '.join(self.argv)}\nexit {self.rc}\n{self.stdout}{self.stderr}"
        if self.crash:
            text += f"\n{self.crash}"
        if self.import_error:
            text += f"\nimport failed:\n{self.import_error}"
        return text if len(text) <= limit else text[: limit // 2] + "\n[...]\n" + text[-limit // 2 :]


@dataclass
class Violation:
    kind: str
    command: str
    detail: str
    run: Run

    def __str__(self) -> str:
        return f"[{self.kind}] mpgen {self.command}: {self.detail}"


@dataclass
class Outcome:
    violations: list[Violation] = field(default_factory=list)
    observations: list[tuple[str, str]] = field(default_factory=list)  # (what, an example)
    runs: list[Run] = field(default_factory=list)


@dataclass(frozen=True)
class Case:
    """Input files (relative to the case's spec folder) and the document named on the command line."""

    files: dict[str, bytes]
    entry: str
    label: str = ""  # how it was made, for reports

    def __repr__(self) -> str:  # Hypothesis prints this for a failing example
        sizes = ", ".join(f"{k} ({len(v)} bytes)" for k, v in sorted(self.files.items()))
        return f"Case({self.label or 'raw'}: {sizes}; entry {self.entry!r})"


@dataclass(frozen=True)
class Plan:
    """Which commands run on a case (validate always)."""

    validate_folder: bool = False  # `validate spec/` (discovery) instead of the file
    house: bool = False
    bundle: bool = True
    generate: bool = True
    check: bool = False  # also `generate --check`, which must never write


# --- running one command in a forked child -----------------------------------------------------------


def run_cli(argv: list[str], cwd: Path, *, import_from: Path | None = None, debug: bool = False) -> Run:
    """`mpgen ARGV` in a forked child; import_from: import PACKAGE from there when the exit code is 0."""
    logs = Path(cwd) / ".fuzz-logs"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir()
    started = time.perf_counter()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        status = 3
        try:
            _child(argv, cwd, logs, import_from, debug)
            status = 0
        finally:
            os._exit(status)
    crash = _wait(pid)
    seconds = time.perf_counter() - started
    out = _read(logs / "stdout")
    err = _read(logs / "stderr")
    result: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        result = json.loads((logs / "result.json").read_text(encoding="utf-8"))
    shutil.rmtree(logs, ignore_errors=True)
    if crash is None and "rc" not in result:
        crash = "the child ended without a result"
    if result.get("uncaught"):
        crash = f"uncaught exception out of cli.main:\n{result['uncaught']}"
    return Run(
        tuple(argv),
        result.get("rc") if crash is None else None,
        out,
        err,
        seconds,
        crash,
        result.get("import_error"),
        result.get("import_warnings", []),
        result.get("traces", []),
    )


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", "backslashreplace")
    except OSError:
        return ""


def _wait(pid: int) -> str | None:
    """None when the child exited normally, else what happened to it."""
    fd = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([fd], [], [], TIMEOUT)
    finally:
        os.close(fd)
    if not ready:
        try:
            os.killpg(pid, signal.SIGKILL)  # the child's own group, ruff included
        except (ProcessLookupError, PermissionError):  # killed before it made its group
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return f"hang: killed after {TIMEOUT:.0f}s"
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return f"crash: killed by {signal.Signals(os.WTERMSIG(status)).name}"
    if os.WEXITSTATUS(status) != 0:
        return f"crash: the child exited with {os.WEXITSTATUS(status)} outside cli.main"
    return None


def _child(argv: list[str], cwd: Path, logs: Path, import_from: Path | None, debug: bool) -> None:
    os.setpgid(0, 0)  # a hang kills the child's subprocesses (ruff) too
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with contextlib.suppress(ValueError, OSError):
        used = int(Path("/proc/self/statm").read_text().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (used + MEMORY, hard))
    for fd, name in ((1, "stdout"), (2, "stderr")):
        target = os.open(logs / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(target, fd)
        os.close(target)
    # What a terminal gives a UTF-8 user: strict stdout, backslashreplace stderr.
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), "utf-8", "strict", line_buffering=True)
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), "utf-8", "backslashreplace", line_buffering=True)
    faulthandler.enable(sys.stderr)  # a fatal error's Python stack goes to this run's stderr
    os.chdir(cwd)
    os.environ.pop("MPGEN_DEBUG", None)
    traces: list[str] = []
    if debug:
        os.environ["MPGEN_DEBUG"] = "1"
        _record_exceptions(traces)
    from generator.cli import main  # noqa: PLC0415

    result: dict[str, Any] = {}
    try:
        result["rc"] = main(argv)
    except SystemExit as exc:  # argparse
        result["rc"] = exc.code if isinstance(exc.code, int) else 2
    except BaseException:
        result["uncaught"] = traceback.format_exc()[-4000:]
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    result["traces"] = traces
    if result.get("rc") == 0 and import_from is not None:
        result.update(_import_package(import_from))
    (logs / "result.json").write_text(json.dumps(result), encoding="utf-8")


def _record_exceptions(traces: list[str]) -> None:
    """Debug runs: keep the traceback of an exception the CLI turns into a message or an exit code."""
    from generator.build import commands, produce  # noqa: PLC0415
    from generator.diagnostics import GeneratorError  # noqa: PLC0415

    def recorded(fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except GeneratorError:
                raise
            except BaseException:
                traces.append(traceback.format_exc()[-6000:])
                raise

        return wrapper

    commands.execute = recorded(commands.execute)
    commands.bundle_only = recorded(commands.bundle_only)
    produce._generate = recorded(produce._generate)


def _import_package(folder: Path) -> dict[str, Any]:
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415
    import warnings  # noqa: PLC0415

    sys.dont_write_bytecode = True  # the output folder stays as generated
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            pkg = importlib.import_module(PACKAGE)
            for info in pkgutil.walk_packages(pkg.__path__, PACKAGE + "."):
                importlib.import_module(info.name)
        except BaseException:
            return {"import_error": traceback.format_exc()[-3000:]}
    return {"import_warnings": sorted({f"{w.category.__name__}: {w.message}"[:300] for w in caught})}


def import_fresh(folder: Path) -> str | None:
    """Import PACKAGE and all its modules in a new interpreter; the error output, or None."""
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-c", _IMPORT_ALL, PACKAGE, str(folder)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"import hung for {TIMEOUT:.0f}s"
    return None if done.returncode == 0 else (done.stderr or done.stdout)[-3000:]


def in_process(argv: list[str], cwd: Path) -> tuple[int, str]:
    """One CLI run in this process (warms every import and cache before the children fork)."""
    from generator.cli import main  # noqa: PLC0415

    out, err = io.StringIO(), io.StringIO()
    before = Path.cwd()
    os.environ.pop("MPGEN_DEBUG", None)
    try:
        os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = main(argv)
    finally:
        os.chdir(before)
    return rc, out.getvalue() + err.getvalue()


def prepare(base: Path) -> Fuzzer:
    """A Fuzzer working under base, with the previous outputs generated (in this process: warm) from
    the bundled self-info document, the one every case's output replaces."""
    previous = base / "previous"
    spec = Path(__file__).resolve().parents[2] / "specs" / "self-info.yaml"
    rc, output = in_process(["bundle", str(spec), "--out", str(previous / "bundles")], base)
    assert rc == 0, output
    baseline = str(previous / "bundles" / "self-info.json")
    rc, output = in_process(["generate", baseline, "--out", str(previous / "out"), "--package", PACKAGE], base)
    assert rc == 0, output
    import httpx  # noqa: F401, PLC0415 - the generated packages need it: import once, not in every child

    (base / "cases").mkdir(exist_ok=True)
    return Fuzzer(base / "cases", previous / "out", previous / "bundles")


# --- snapshots -------------------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file (bytes) and folder (None) under folder, hidden ones included."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): (None if p.is_dir() else p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if "__pycache__" not in p.parts and p.name != ".fuzz-logs" and ".fuzz-logs" not in p.parts
    }


def tree_diff(before: dict[str, bytes | None], after: dict[str, bytes | None]) -> list[str]:
    out = []
    for rel in sorted(set(before) | set(after)):
        if rel not in after:
            out.append(f"removed {rel}")
        elif rel not in before:
            out.append(f"added {rel}")
        elif before[rel] != after[rel]:
            out.append(f"changed {rel}")
    return out


def leftovers(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if LEFTOVER.search(p.name))


# --- one case: validate, bundle, generate ------------------------------------------------------------


@dataclass
class Fuzzer:
    """Runs cases in fresh folders under base, against a previous good output of every command."""

    base: Path
    previous_out: Path  # a folder holding a good `generate` output (package + cache)
    previous_bundles: Path  # a folder holding a good `bundle` output
    import_every: int = 20  # a fresh interpreter imports every Nth generated package (~1 s each)
    stats: Counter[str] = field(default_factory=Counter)
    _n: int = 0

    def exercise(self, case: Case, plan: Plan, *, strategy: str) -> Outcome:
        self._n += 1
        self.stats[f"cases:{strategy}"] += 1
        folder = self.base / f"case-{os.getpid()}-{self._n}"
        try:
            return self._exercise(folder, case, plan)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _exercise(self, folder: Path, case: Case, plan: Plan) -> Outcome:
        spec = folder / "spec"
        for rel, data in case.files.items():
            (spec / rel).parent.mkdir(parents=True, exist_ok=True)
            (spec / rel).write_bytes(data)
        inputs = snapshot(spec)
        outcome = Outcome()
        entry = f"spec/{case.entry}"

        argv = ["validate", "spec" if plan.validate_folder else entry, *(["--house"] if plan.house else [])]
        validate = self._run(outcome, argv, folder)
        if plan.bundle:
            shutil.copytree(self.previous_bundles, folder / "bundles", symlinks=True)
            self._run_writing(outcome, ["bundle", entry, "--out", "bundles"], folder, folder / "bundles")
        if plan.generate:
            shutil.copytree(self.previous_out, folder / "out", symlinks=True)
            if plan.check:
                argv = ["generate", entry, "--out", "out", "--package", PACKAGE, "--check"]
                before = snapshot(folder / "out")
                run = self._run(outcome, argv, folder)
                changed = tree_diff(before, snapshot(folder / "out"))
                if changed:
                    outcome.violations.append(Violation("check-wrote", "generate --check", "; ".join(changed[:5]), run))
            argv = ["generate", entry, "--out", "out", "--package", PACKAGE]
            generate = self._run_writing(outcome, argv, folder, folder / "out", imports=True)
            self._refusals(outcome, generate)
            if not (plan.house or plan.validate_folder):  # then validate checked more than generate does
                self._compare(outcome, validate, generate)
        changed = tree_diff(inputs, snapshot(spec))
        if changed:
            last = outcome.runs[-1]
            outcome.violations.append(Violation("wrote-beside-inputs", "any", "; ".join(changed[:5]), last))
        return outcome

    def _run(self, outcome: Outcome, argv: list[str], cwd: Path, import_from: Path | None = None) -> Run:
        run = run_cli(argv, cwd, import_from=import_from)
        outcome.runs.append(run)
        command = argv[0] + (" --check" if "--check" in argv else "")
        self.stats[f"{command}:exit {run.rc}"] += 1
        bad = outcome.violations.append
        internal = next((line for line in run.output.splitlines() if "internal error" in line), None)
        if internal is not None:
            bad(Violation("internal-error", command, internal, run))
        if run.crash:
            bad(Violation("crash", command, run.crash.splitlines()[0], run))
        elif run.rc not in (0, 1, 2):
            bad(Violation("exit-code", command, f"exit {run.rc}", run))
        elif run.rc == 2 and internal is None:
            bad(Violation("exit-2", command, _last_line(run.stderr), run))
        if "Traceback (most recent call last)" in run.output:
            bad(Violation("traceback", command, "a traceback was printed", run))
        first = re.search(r": error \[([\w/.-]+)\]", run.stdout)
        if first:
            self.stats[f"first error:{first.group(1)}"] += 1
        masked = _MASKED.search(run.stdout)
        if masked:
            line = next(x for x in run.stdout.splitlines() if "generation failed:" in x)
            bad(Violation("masked-exception", command, line, run))
        steering = next((line for line in run.output.split("\n") if _STEERING.search(line)), None)
        if steering is not None:
            bad(Violation("control-character", command, repr(steering[:300]), run))
        listing = "--check" in argv  # prints the files that would change, one a line
        for line in run.stdout.split("\n")[:-1]:  # split(): str.splitlines() also breaks at \x1c, \x85, \u2028
            if listing and re.match(r"^(added|changed|removed) +\S", line):
                continue
            if not DIAGNOSTIC.match(line) or len(line) > MAX_LINE:
                rule = re.search(r"\[([\w/.-]+)\]", line)
                what = f"{command}: not a one-line diagnostic ({rule.group(1) if rule else 'no rule'})"
                outcome.observations.append((what, repr(line[:300])))
                self.stats["observation:malformed-line"] += 1
                break
        return run

    def _run_writing(self, outcome: Outcome, argv: list[str], cwd: Path, out: Path, imports: bool = False) -> Run:
        before = snapshot(out)
        run = self._run(outcome, argv, cwd, out if imports else None)
        command = argv[0]
        if run.rc == 0:
            left = leftovers(out)
            if left:
                outcome.violations.append(Violation("leftover", command, ", ".join(left[:5]), run))
            if imports:
                self._check_import(outcome, run, out)
        elif run.crash is None or "hang" not in run.crash:  # a killed child may die mid-swap
            changed = tree_diff(before, snapshot(out))
            if changed:
                detail = f"exit {run.rc} but the previous output changed: " + "; ".join(changed[:5])
                outcome.violations.append(Violation("previous-output-changed", command, detail, run))
        return run

    def _check_import(self, outcome: Outcome, run: Run, out: Path) -> None:
        self.stats["generated"] += 1
        if run.import_error:
            message = _last_line(run.import_error)
            outcome.violations.append(Violation("not-importable", "generate", message, run))
            return
        self.stats["imported (fork)"] += 1
        for warning in run.import_warnings:
            outcome.observations.append((f"import warning: {warning.split(':')[0]}", warning))
            self.stats["observation:import-warning"] += 1
        if self.stats["generated"] % self.import_every == 1 or self.import_every == 1:
            error = import_fresh(out)
            self.stats["imported (fresh interpreter)"] += 1
            if error:
                run.import_error = error
                outcome.violations.append(Violation("not-importable", "generate", _last_line(error), run))

    def _refusals(self, outcome: Outcome, generate: Run) -> None:
        """A valid document whose client could not be made: the generators' own limits, or bugs."""
        for rule in ("models-failed", "codegen-unsafe", "client-failed"):
            line = next((x for x in generate.stdout.split("\n") if f": error [{rule}]" in x), None)
            if line is not None:
                outcome.observations.append((f"generate refused: {rule}", line[:400]))
                self.stats[f"observation:{rule}"] += 1

    def _compare(self, outcome: Outcome, validate: Run, generate: Run) -> None:
        if validate.rc == 0 and generate.rc == 1:
            rules = sorted(set(re.findall(r": error \[([\w/.-]+)\]", generate.stdout)))
            example = next((x for x in generate.stdout.split("\n") if ": error [" in x), "")
            outcome.observations.append((f"validate passed, generate failed: {', '.join(rules) or '?'}", example))
            self.stats["observation:validate-ok-generate-failed"] += 1
        elif validate.rc == 1 and generate.rc == 0:
            example = next((x for x in validate.stdout.split("\n") if ": error [" in x), "")
            outcome.observations.append(("validate failed, generate succeeded", example))
            self.stats["observation:validate-failed-generate-ok"] += 1


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "(no output)"


# --- distinct failures -------------------------------------------------------------------------------


def signature(violation: Violation) -> str:
    """What tells one bug from another: the kind, the command and where it happened (not the input)."""
    where = _innermost(violation.run)
    if where is None:
        return f"{violation.kind} | {violation.command} | {_normalise(violation.detail)}"
    return f"{violation.kind} | {where}"  # the same place fails the same way whichever command got there


def _innermost(run: Run) -> str | None:
    """The exception type and the innermost frame in generator/ from a debug re-run, if it raises."""
    if run.argv[0] == "validate" and not run.crash:
        text = run.output
    else:
        text = "\n".join(run.traces) + (run.crash or "") + run.output
    frames = re.findall(r'File "[^"]*/(generator/[^"]+)", line \d+, in (\w+)', text)
    exc = re.findall(r"^(\w+(?:\.\w+)*(?:Error|Exception|Exit)): ", text, re.MULTILINE)
    if not frames:
        return None
    path, function = frames[-1]
    return f"{exc[-1] if exc else '?'} at {path}:{function}"


def _normalise(detail: str) -> str:
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", detail)
    text = re.sub(r"\b\d+\b", "N", text)
    text = re.sub(r"\S*spec/\S*", "PATH", text)
    return text[:160]


def debug_rerun(case: Case, plan: Plan, fuzzer: Fuzzer, violation: Violation) -> Run:
    """The failing command again with MPGEN_DEBUG=1 and exception recording, for its traceback."""
    folder = fuzzer.base / f"debug-{os.getpid()}-{fuzzer._n}"
    try:
        for rel, data in case.files.items():
            (folder / "spec" / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / "spec" / rel).write_bytes(data)
        if violation.command == "bundle":
            shutil.copytree(fuzzer.previous_bundles, folder / "bundles", symlinks=True)
        if violation.command == "generate":
            shutil.copytree(fuzzer.previous_out, folder / "out", symlinks=True)
        return run_cli(list(violation.run.argv), folder, debug=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def describe(outcome: Outcome) -> str:
    parts = [str(v) for v in outcome.violations]
    seen: set[int] = set()
    for v in outcome.violations:
        if id(v.run) not in seen:
            seen.add(id(v.run))
            parts.append(v.run.shown())
    return "\n".join(parts)


def save(case: Case, folder: Path, info: dict[str, Any]) -> Path:
    """Write a case's files and what went wrong into folder (a collected failure)."""
    folder.mkdir(parents=True, exist_ok=True)
    for rel, data in case.files.items():
        (folder / "spec" / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / "spec" / rel).write_bytes(data)
    (folder / "info.json").write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    return folder


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def load_case(folder: Path) -> Case:
    """A saved case: folder/spec/* with folder/info.json naming the entry (or the single file)."""
    info_path = folder / "info.json"
    info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
    spec = folder / "spec" if (folder / "spec").is_dir() else folder
    files = {
        p.relative_to(spec).as_posix(): p.read_bytes()
        for p in sorted(spec.rglob("*"))
        if p.is_file() and p.name not in ("info.json", "README.md")
    }
    entry = info.get("entry") or next(iter(sorted(files)))
    return Case(files, entry, info.get("label", folder.name))


def iter_found(found: Path) -> Iterator[tuple[str, Case]]:
    """The reproducers: single files, or folders holding an `entry` in info.json."""
    for item in sorted(found.iterdir()):
        if item.name.startswith((".", "README")):
            continue
        if item.is_dir():
            yield item.name, load_case(item)
        elif item.suffix in (".yaml", ".yml", ".json"):
            yield item.name, Case({item.name: item.read_bytes()}, item.name, item.name)
