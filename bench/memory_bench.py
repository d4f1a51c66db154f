"""Memory benchmark: peak RSS and wall time of `mpgen validate` and `mpgen generate` on large inputs.

Run with the project venv: `.venv/bin/python bench/memory_bench.py [--cases chain,ops,10mb] [--quick]`.
It prints a Markdown table on stdout (progress goes to stderr) and writes the raw numbers to
build/bench/memory.json. Every document is synthesised into a temporary folder; nothing else is touched.

Cases (issue #8 item 10; target: peak RSS ≤ 60× the input size and ≤ 1.5 GB for a 10 MB document):

- chain N: components/schemas/S0 → S1 → … → SN by `$ref`, SN a small object, plus one response
  example whose schema is S0 (N = 1,000 / 3,000 / 5,000 / 10,000).
- ops K: K small operations (path and query parameters, a JSON request body on every other one,
  a success response and an error response) referencing a few shared schemas (K = 10k / 50k / 100k).
- 10mb public-API shape: ~10 MB shaped like a large public spec (prose on every operation, parameter
  and property; per resource a described schema of eight properties, list/create/read/update/delete
  operations and an example): 7,125 operations, 1,425 schemas.
- 10mb schemas only: ~10 MB of distinct object schemas (enums, formats, nested arrays, an example
  each) with two operations per schema, 7,300 classes for the model generator: its own footprint
  (about 75 KB per class inside datamodel-code-generator) made this the hardest case until the models
  were generated in batches of at most 1,000 classes (generator.codegen.model_batches).
- baseline: the same command on a one-operation document; `growth` is (peak − baseline) / input,
  the memory a document costs beyond the interpreter and the imports.

Each command runs in its own process session, watched: when the RSS of its process tree passes
--limit-gb (default 5.5) it is killed and reported as such, so no experiment can take the machine down.
Peak RSS is the larger of the kernel's figure for the largest process of the command's tree (ruff
included; read through a small wrapper process, see measure) and the sum over the tree sampled every 0.1 s.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MPGEN = ROOT / ".venv" / "bin" / "mpgen"
JSON_OUT = ROOT / "build" / "bench" / "memory.json"
RATIO_TARGET = 60.0
TEN_MB_TARGET = 1.5 * 2**30
PAGE = os.sysconf("SC_PAGE_SIZE")


def log(message: str) -> None:
    print(f"[memory {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- synthetic documents


def chain_document(links: int) -> str:
    """S0 → S1 → … → S{links} by `$ref` (S{links} a small object) and one example checked against S0."""
    lines = [
        "openapi: 3.1.0",
        "info:",
        "  title: ref chain",
        "  version: '1'",
        "paths:",
        "  /chain:",
        "    get:",
        "      operationId: getChain",
        "      responses:",
        "        '200':",
        "          description: ok",
        "          content:",
        "            application/json:",
        "              schema:",
        "                $ref: '#/components/schemas/S0'",
        "              example:",
        "                id: 1",
        "                name: end of the chain",
        "components:",
        "  schemas:",
    ]
    lines += [f"    S{i}:\n      $ref: '#/components/schemas/S{i + 1}'" for i in range(links)]
    lines += [
        f"    S{links}:",
        "      type: object",
        "      required: [id]",
        "      properties:",
        "        id:",
        "          type: integer",
        "        name:",
        "          type: string",
    ]
    return "\n".join(lines) + "\n"


_SHARED_SCHEMAS = """\
components:
  parameters:
    ItemId:
      name: itemId
      in: path
      required: true
      schema:
        type: string
  responses:
    Item:
      description: the item
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Item'
    NotFound:
      description: not found
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Error'
  schemas:
    Error:
      type: object
      required: [code, message]
      properties:
        code:
          type: string
        message:
          type: string
    Item:
      type: object
      required: [id, name]
      properties:
        id:
          type: string
        name:
          type: string
        status:
          $ref: '#/components/schemas/Status'
        tags:
          type: array
          items:
            type: string
        updatedAt:
          type: string
          format: date-time
    ItemInput:
      type: object
      required: [name]
      properties:
        name:
          type: string
          maxLength: 100
        status:
          $ref: '#/components/schemas/Status'
    Status:
      type: string
      enum: [active, archived]
"""


def _path_item(i: int, both: bool) -> list[str]:
    """One path with a get (query parameter) and a put (JSON request body), one operation a line."""
    responses = (
        "responses: {'200': {$ref: '#/components/responses/Item'}, '404': {$ref: '#/components/responses/NotFound'}}"
    )
    out = [
        f"  /items{i}/{{itemId}}:",
        "    parameters: [{$ref: '#/components/parameters/ItemId'}]",
        f"    get: {{operationId: getItem{i}, summary: read item {i}, tags: [items], "
        f"parameters: [{{name: verbose, in: query, schema: {{type: boolean}}}}], {responses}}}",
    ]
    if both:
        out.append(
            f"    put: {{operationId: putItem{i}, tags: [items], requestBody: {{required: true, content: "
            f"{{application/json: {{schema: {{$ref: '#/components/schemas/ItemInput'}}}}}}}}, {responses}}}"
        )
    return out


def operations_document(count: int) -> str:
    """count small operations (a get and a put per path) sharing a handful of schemas."""
    lines = ["openapi: 3.1.0", "info:", f"  title: {count} operations", "  version: '1'", "paths:"]
    for i in range(0, count, 2):
        lines += _path_item(i // 2, i + 1 < count)
    return "\n".join(lines) + "\n" + _SHARED_SCHEMAS


def _resource(i: int) -> tuple[list[str], list[str]]:
    """One resource: its own object schema (components) and two operations (paths) using it."""
    schema = [
        f"    Resource{i}:",
        "      type: object",
        f"      description: resource number {i}",
        "      required: [id, kind, createdOn]",
        "      properties:",
        "        id:",
        "          type: string",
        "          pattern: '^[A-Z]{3}-[0-9]+$'",
        "        kind:",
        "          type: string",
        f"          enum: [alpha{i}, beta{i}, gamma{i}]",
        "        createdOn:",
        "          type: string",
        "          format: date",
        "        amount:",
        "          type: integer",
        "          minimum: 0",
        "        lines:",
        "          type: array",
        "          items:",
        "            type: object",
        "            properties:",
        "              label:",
        "                type: string",
        "              value:",
        "                type: number",
        "      example:",
        f"        id: RES-{i}",
        f"        kind: beta{i}",
        "        createdOn: '2024-04-01'",
        "        amount: 3",
        "        lines:",
        "          - label: first",
        "            value: 1.5",
    ]
    paths = [
        f"  /resources{i}/{{id}}:",
        "    get:",
        f"      operationId: getResource{i}",
        f"      summary: read resource {i}",
        "      parameters:",
        "        - name: id",
        "          in: path",
        "          required: true",
        "          schema:",
        "            type: string",
        "          example: RES-1",
        "      responses:",
        "        '200':",
        "          description: ok",
        "          content:",
        "            application/json:",
        "              schema:",
        f"                $ref: '#/components/schemas/Resource{i}'",
        "        '404':",
        "          $ref: '#/components/responses/NotFound'",
        "    put:",
        f"      operationId: putResource{i}",
        "      parameters:",
        "        - name: id",
        "          in: path",
        "          required: true",
        "          schema:",
        "            type: string",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema:",
        f"              $ref: '#/components/schemas/Resource{i}'",
        "            example:",
        f"              id: RES-{i}",
        f"              kind: alpha{i}",
        "              createdOn: '2024-04-02'",
        "      responses:",
        "        '204':",
        "          description: stored",
    ]
    return schema, paths


def sized_document(target_bytes: int) -> str:
    """About target_bytes of distinct object schemas (each with an example) and two operations per schema:
    a dense case, where the model generator has a class for every 1.4 KB of document."""
    head = ["openapi: 3.1.0", "info:", "  title: ten megabytes of schemas", "  version: '1'", "paths:"]
    per = sum(len(line) + 1 for part in _resource(10_000) for line in part)
    count = max(1, (target_bytes - 2_000) // per)
    schemas: list[str] = []
    paths: list[str] = []
    for i in range(count):
        schema, ops = _resource(i)
        schemas += schema
        paths += ops
    return "\n".join([*head, *paths]) + "\n" + _SHARED_SCHEMAS + "\n".join(schemas) + "\n"


_PROSE = (
    "この項目は利用者の同意に基づいて取得される情報であり、取得の目的と保存期間は利用規約に従います。"
    " The value is returned as recorded by the issuing authority and may change after a correction."
)


def _described_resource(i: int) -> tuple[list[str], list[str]]:
    """One resource the way public specs write it: prose on everything, a list, a create, a read, an
    update and a delete, parameters and an example; one schema of eight described properties."""
    fields = [("id", "string", ""), ("title", "string", ""), ("status", "string", "enum: [draft, active, closed]")]
    fields += [("createdAt", "string", "format: date-time"), ("count", "integer", "minimum: 0")]
    fields += [("owner", "string", "maxLength: 64"), ("note", "string", ""), ("score", "number", "")]
    schema = [
        f"    Record{i}:",
        "      type: object",
        f"      description: record {i}. {_PROSE}",
        "      required: [id, title]",
    ]
    schema.append("      properties:")
    for name, kind, extra in fields:
        schema += [
            f"        {name}:",
            f"          type: {kind}",
            f"          description: {name} of record {i}. {_PROSE}",
        ]
        if extra:
            schema.append(f"          {extra}")
    ref = f"'#/components/schemas/Record{i}'"
    param = ["        - name: recordId", "          in: path", "          required: true"]
    param += [f"          description: the record. {_PROSE}", "          schema:", "            type: string"]
    ok = [
        "          content:",
        "            application/json:",
        "              schema:",
        f"                $ref: {ref}",
    ]
    paths = [f"  /records{i}:", "    get:", f"      operationId: listRecords{i}", f"      summary: list records {i}"]
    paths += [f"      description: {_PROSE}", "      parameters:", "        - name: limit", "          in: query"]
    paths += [f"          description: at most this many. {_PROSE}", "          schema:", "            type: integer"]
    paths += ["      responses:", "        '200':", "          description: the records", "          content:"]
    paths += [
        "            application/json:",
        "              schema:",
        "                type: array",
        "                items:",
    ]
    paths += [f"                  $ref: {ref}", "    post:", f"      operationId: createRecord{i}"]
    paths += [f"      summary: create a record {i}", f"      description: {_PROSE}", "      requestBody:"]
    paths += ["        required: true", "        content:", "          application/json:", "            schema:"]
    paths += [
        f"              $ref: {ref}",
        "            example:",
        f"              id: R-{i}",
        "              title: first",
    ]
    paths += ["      responses:", "        '201':", "          description: created", *ok]
    paths += [
        f"  /records{i}/{{recordId}}:",
        "    get:",
        f"      operationId: getRecord{i}",
        f"      description: {_PROSE}",
    ]
    paths += ["      parameters:", *param, "      responses:", "        '200':", "          description: the record"]
    paths += [*ok, "        '404':", "          $ref: '#/components/responses/NotFound'", "    put:"]
    paths += [f"      operationId: putRecord{i}", f"      description: {_PROSE}", "      parameters:", *param]
    paths += ["      requestBody:", "        content:", "          application/json:", "            schema:"]
    paths += [f"              $ref: {ref}", "      responses:", "        '200':", "          description: stored", *ok]
    paths += ["    delete:", f"      operationId: deleteRecord{i}", "      parameters:", *param, "      responses:"]
    paths += ["        '204':", "          description: deleted"]
    return schema, paths


def mixed_document(target_bytes: int) -> str:
    """About target_bytes shaped like a large public spec: mostly operations and prose, a schema per resource."""
    head = ["openapi: 3.1.0", "info:", "  title: ten megabytes of a public API", "  version: '1'", "paths:"]
    per = sum(len(line.encode()) + 1 for part in _described_resource(10_000) for line in part)
    schemas: list[str] = []
    paths: list[str] = []
    for i in range(max(1, (target_bytes - 2_000) // per)):
        schema, ops = _described_resource(i)
        schemas += schema
        paths += ops
    return "\n".join([*head, *paths]) + "\n" + _SHARED_SCHEMAS + "\n".join(schemas) + "\n"


# --------------------------------------------------------------------------- measuring


@dataclass
class Measure:
    case: str
    command: str
    input_bytes: int
    wall_s: float
    peak_rss: int  # bytes
    exit_code: int
    killed: bool  # by the watchdog (RSS limit or timeout)
    output_tail: str
    baseline: int = 0  # peak RSS of the same command on a one-operation document

    @property
    def ratio(self) -> float:
        return self.peak_rss / self.input_bytes

    @property
    def growth(self) -> float:
        return max(self.peak_rss - self.baseline, 0) / self.input_bytes


# The command runs under this wrapper, a fresh small interpreter: on Linux a process's ru_maxrss includes
# the memory high-water mark of the image it replaced at exec — for a child of a big process (pytest after
# a long suite, with vfork the parent's very mm) that is the parent's size, not the command's. The
# wrapper's children are forked from the wrapper (a few MiB), so RUSAGE_CHILDREN, read in the wrapper
# after the command ends, is the largest process of the command's own tree (ruff included), nothing else.
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[2:])\n"
    "with open(sys.argv[1], 'w', encoding='ascii') as report:\n"
    "    report.write(f'{code} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}')\n"
)


@dataclass
class Run:
    wall_s: float
    peak_rss: int  # bytes: the larger of the largest process (kernel) and the sampled sum of the tree
    exit_code: int
    killed: bool  # by the watchdog (RSS limit or timeout)
    largest: int = 0  # bytes: the kernel's peak of the largest single process of the tree
    tree: int = 0  # bytes: the largest sum over the tree seen by sampling


def _tree_rss(root: int, *, with_root: bool = True) -> int:
    """Resident bytes of root (unless with_root is false) and all its descendants, from /proc (0 for
    processes already gone). A child caught between fork (vfork: the very same memory) and exec shows its
    parent's program and resident size: it is not counted twice (that read 126 MiB for a 63 MiB run)."""
    total, seen = 0, set()
    stack: list[tuple[int, tuple[str, int] | None]] = [(root, None)]
    while stack:
        pid, parent = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as f:
                resident = int(f.read().split()[1]) * PAGE
            me = (os.readlink(f"/proc/{pid}/exe"), resident)
            if me == parent:
                continue
            if with_root or pid != root:
                total += resident
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                    stack += [(int(c), me) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def measure(argv: list[str], cwd: Path, output: Path, limit: int, timeout: float) -> Run:
    """Run argv in cwd (stdout and stderr to output) in its own session; its peak RSS, counting only its
    own process tree whatever the size of the calling process. Killed when the tree passes limit bytes
    or timeout seconds."""
    report = output.with_name(output.name + ".rusage")
    report.unlink(missing_ok=True)
    started = time.perf_counter()
    wrapped = [sys.executable, "-I", "-S", "-c", _WRAPPER, str(report), *argv]
    with open(output, "wb") as out:
        proc = subprocess.Popen(wrapped, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    killed = threading.Event()
    done = threading.Event()
    sampled = [0]

    def watch() -> None:
        while not done.wait(0.1):
            tree = _tree_rss(proc.pid, with_root=False)
            sampled[0] = max(sampled[0], tree)
            if tree > limit or time.perf_counter() - started > timeout:
                killed.set()
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    proc.wait()
    done.set()
    watcher.join()
    wall = time.perf_counter() - started
    try:
        code_text, maxrss_text = report.read_text(encoding="ascii").split()
        code, largest = int(code_text), int(maxrss_text) * 1024
        report.unlink()
    except (OSError, ValueError):  # the wrapper itself was killed
        code, largest = proc.returncode, 0
    return Run(wall, max(largest, sampled[0]), code, killed.is_set(), largest, sampled[0])


def run_measured(argv: list[str], cwd: Path, limit: int, timeout: float) -> tuple[float, int, int, bool, str]:
    """(wall seconds, peak RSS bytes, exit code, killed, last output lines) of one command."""
    log_file = cwd / f".out-{time.monotonic_ns()}.txt"
    run = measure(argv, cwd, log_file, limit, timeout)
    tail = "\n".join(log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-3:])
    log_file.unlink()
    log(f"  largest process {run.largest / 2**20:.0f} MiB, process tree (sampled) {run.tree / 2**20:.0f} MiB")
    return run.wall_s, run.peak_rss, run.exit_code, run.killed, tail


def measure_document(
    case: str, text: str, work: Path, commands: list[str], limit: int, timeout: float
) -> list[Measure]:
    spec = work / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    size = spec.stat().st_size
    results = []
    for command in commands:
        if command == "validate":
            argv = [str(MPGEN), "validate", str(spec)]
        else:
            argv = [str(MPGEN), "generate", str(spec), "--out", str(work / "out"), "--package", "bench_client"]
            argv.append("--force")
        log(f"{case}: mpgen {command} ({size / 2**20:.1f} MiB)")
        wall, peak, code, killed, tail = run_measured(argv, work, limit, timeout)
        m = Measure(case, command, size, wall, peak, code, killed, tail)
        log(f"  {wall:.1f}s, peak {peak / 2**20:.0f} MiB ({m.ratio:.0f}×), exit {code}{' KILLED' if killed else ''}")
        results.append(m)
    return results


# --------------------------------------------------------------------------- report


def _verdict(m: Measure) -> str:
    if m.exit_code not in (0, 1) or m.killed or (m.case.startswith("10mb") and m.peak_rss > TEN_MB_TARGET):
        return "MISSED"
    if m.ratio <= RATIO_TARGET:
        return "ok"
    return "ok (growth)" if m.growth <= RATIO_TARGET else "MISSED"


def table(results: list[Measure]) -> str:
    rows = [
        "| case | command | input | wall | peak RSS | RSS/input | growth | exit | target |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for m in results:
        exit_text = "killed (limit)" if m.killed else str(m.exit_code)
        rows.append(
            f"| {m.case} | {m.command} | {m.input_bytes / 2**20:.2f} MiB | {m.wall_s:.1f} s | "
            f"{m.peak_rss / 2**20:.0f} MiB | {m.ratio:.0f}× | {m.growth:.0f}× | {exit_text} | {_verdict(m)} |"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", default="chain,ops,10mb", help="comma-separated: chain, ops, 10mb")
    parser.add_argument("--chain", default="1000,3000,5000,10000", help="chain lengths")
    parser.add_argument("--ops", default="10000,50000,100000", help="operation counts")
    parser.add_argument("--commands", default="validate,generate")
    parser.add_argument("--limit-gb", type=float, default=5.5, help="kill a command whose process tree passes this")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per command")
    parser.add_argument("--quick", action="store_true", help="small sizes only (chain 1,000/3,000, ops 10k)")
    parser.add_argument("--json", type=Path, default=JSON_OUT)
    args = parser.parse_args()
    if args.quick:
        args.chain, args.ops = "1000,3000", "10000"
    commands = args.commands.split(",")
    limit = int(args.limit_gb * 2**30)
    plan: list[tuple[str, Callable[[], str]]] = []
    cases = args.cases.split(",")
    if "chain" in cases:
        for n in map(int, filter(None, args.chain.split(","))):
            plan.append((f"chain {n:,}", functools.partial(chain_document, n)))
    if "ops" in cases:
        for k in map(int, filter(None, args.ops.split(","))):
            plan.append((f"ops {k:,}", functools.partial(operations_document, k)))
    if "10mb" in cases:
        plan.append(("10mb public-API shape", lambda: mixed_document(10 * 2**20)))
        plan.append(("10mb schemas only", lambda: sized_document(10 * 2**20)))
    results: list[Measure] = []
    with tempfile.TemporaryDirectory(prefix="mpgen-memory-") as tmp:
        (Path(tmp) / "baseline").mkdir()
        base = measure_document("baseline", operations_document(1), Path(tmp) / "baseline", commands, limit, 600)
        baseline = {m.command: m.peak_rss for m in base}
        for case, make in plan:
            work = Path(tmp) / case.replace(" ", "-").replace(",", "")
            work.mkdir()
            for m in measure_document(case, make(), work, commands, limit, args.timeout):
                m.baseline = baseline[m.command]
                results.append(m)
        results = base + results
    print(table(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "targets": {"ratio": RATIO_TARGET, "ten_mb_bytes": TEN_MB_TARGET},
        "limit_bytes": limit,
        "results": [
            {**asdict(m), "ratio": round(m.ratio, 2), "growth": round(m.growth, 2), "verdict": _verdict(m)}
            for m in results
        ],
        "bench_self_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }
    args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    log(f"raw numbers → {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
