"""Shrink a collected failing case to a small reproducer that still fails the same way.

    .venv/bin/python -m tests.fuzz.reduce COLLECTED_FOLDER DEST [--budget SECONDS]

COLLECTED_FOLDER is one folder written by MPGEN_FUZZ_COLLECT (spec/ + info.json). The case is
reduced as data (deleting members and items, hoisting children, shortening strings) when its
document still fails after a round trip through the YAML/JSON writer, else as text (lines, then
characters). DEST becomes DEST.yaml/.json when one file under a neutral name still fails, else a
folder with the files and an info.json naming the entry.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from tests.fuzz import harness
from tests.fuzz.harness import Case, Fuzzer, Plan
from tests.fuzz.mutations import Pointer, _huge_ints, dump, get, walk


class Reducer:
    def __init__(self, fuzzer: Fuzzer, signature: str, plan: Plan, budget: float) -> None:
        self.fuzzer = fuzzer
        self.signature = signature
        self.plan = plan
        self.deadline = time.monotonic() + budget
        self.tries = 0

    def fails(self, case: Case) -> bool:
        """Does case still break the invariant the same way?"""
        if time.monotonic() > self.deadline:
            return False
        self.tries += 1
        outcome = self.fuzzer.exercise(case, self.plan, strategy="reduce")
        for v in outcome.violations:
            if v.kind in harness.DEBUG_KINDS:
                v = harness.Violation(v.kind, v.command, v.detail, harness.debug_rerun(case, self.plan, self.fuzzer, v))
            if harness.signature(v) == self.signature:
                return True
        return False


def _load(raw: bytes, name: str) -> Any:
    with _huge_ints():
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogatepass")
        if name.endswith(".json"):
            return json.loads(text)
        return yaml.load(text, Loader=yaml.SafeLoader)


def _candidates(data: Any) -> Iterator[tuple[str, Pointer, Any]]:
    """Smaller versions of data, largest cuts first: (how, where, replacement or _DELETE)."""
    pointers = sorted((p for p in walk(data) if p), key=len)
    for ptr in pointers:
        yield "delete", ptr, _DELETE
    for ptr in pointers:
        node = _safe_get(data, ptr)
        if isinstance(node, dict) and node:
            for key in list(node)[:8]:
                yield "hoist", ptr, node[key]
            yield "empty", ptr, {}
        elif isinstance(node, list) and node:
            yield "hoist", ptr, node[0]
            yield "empty", ptr, []
        elif isinstance(node, str) and len(node) > 8:
            yield "shorten", ptr, node[:8]


_DELETE = object()


def _safe_get(data: Any, ptr: Pointer) -> Any:
    try:
        return get(data, ptr)
    except (KeyError, IndexError, TypeError):
        return _DELETE


def _apply(data: Any, ptr: Pointer, value: Any) -> Any:
    tree = copy.deepcopy(data)
    parent = get(tree, ptr[:-1])
    if value is _DELETE:
        del parent[ptr[-1]]
    else:
        parent[ptr[-1]] = value
    return tree


def reduce_data(
    data: Any, rebuild: Callable[[Any], Case], fails: Callable[[Case], bool], budget_ok: Callable[[], bool]
) -> Any:
    changed = True
    while changed and budget_ok():
        changed = False
        for how, ptr, value in _candidates(data):
            if not budget_ok():
                break
            if _safe_get(data, ptr) is _DELETE:
                continue
            try:
                smaller = _apply(data, ptr, value)
            except (KeyError, IndexError, TypeError, ValueError, RecursionError):
                continue
            if fails(rebuild(smaller)):
                data, changed = smaller, True
                print(f"  {how} {harness_pointer(ptr)}", file=sys.stderr)
                break
    return data


def harness_pointer(ptr: Pointer) -> str:
    return "/" + "/".join(str(p)[:30] for p in ptr)


def reduce_text(
    raw: bytes, rebuild: Callable[[bytes], Case], fails: Callable[[Case], bool], ok: Callable[[], bool]
) -> bytes:
    """ddmin over lines, then JSON-ish items (one-line documents), then bytes once it is short."""
    for unit in (b"\n", b",", None):
        parts: list[bytes] = raw.split(unit) if unit else [bytes([b]) for b in raw]
        if unit is None and len(parts) > 600:
            break
        joiner = unit or b""
        chunk = max(len(parts) // 2, 1)
        while chunk >= 1 and ok():
            i, progress = 0, False
            while i < len(parts) and ok():
                trial = parts[:i] + parts[i + chunk :]
                if trial and fails(rebuild(joiner.join(trial))):
                    parts, progress = trial, True
                else:
                    i += chunk
            if not progress:
                chunk //= 2
        raw = joiner.join(parts)
    return raw


def reduce_case(folder: Path, dest: Path, budget: float) -> Path:
    info = json.loads((folder / "info.json").read_text(encoding="utf-8"))
    case = harness.load_case(folder)
    with tempfile.TemporaryDirectory(prefix="mpgen-reduce-") as tmp:
        fuzzer = harness.prepare(Path(tmp))
        plan = Plan(**info["plan"])
        reducer = Reducer(fuzzer, info["signature"], plan, budget)
        if not reducer.fails(case):
            raise SystemExit(f"{folder}: does not fail with {info['signature']!r} any more")
        for simpler in (Plan(bundle=False, house=plan.house), Plan(bundle=False), Plan(bundle=plan.bundle)):
            reducer.plan = simpler
            if reducer.fails(case):
                break
            reducer.plan = plan
        ok = lambda: time.monotonic() < reducer.deadline  # noqa: E731
        files = dict(case.files)
        for rel in [r for r in files if r != case.entry]:  # fragments nobody needs
            trial = {k: v for k, v in files.items() if k != rel}
            if reducer.fails(Case(trial, case.entry, case.label)):
                files = trial
        for rel in sorted(files, key=lambda r: r != case.entry):
            files[rel] = _reduce_file(files, rel, case, reducer, ok)
        case = Case(files, case.entry, case.label)
        ext = Path(case.entry).suffix
        single = Case({f"doc{ext}": files[case.entry]}, f"doc{ext}", case.label) if len(files) == 1 else None
        print(f"{folder.name}: {reducer.tries} tries", file=sys.stderr)
        if single is not None and reducer.fails(single):
            target = dest.with_suffix(ext)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(single.files[single.entry])
            return target
        meta = {"entry": case.entry, "label": case.label, "signature": info["signature"]}
        harness.save(case, dest, meta)
        return dest


def _reduce_file(files: dict[str, bytes], rel: str, case: Case, reducer: Reducer, ok: Callable[[], bool]) -> bytes:
    raw = files[rel]

    def with_file(data: bytes) -> Case:
        return Case({**files, rel: data}, case.entry, case.label)

    data: Any = None
    with contextlib.suppress(Exception):
        data = _load(raw, rel)
    if isinstance(data, (dict, list)):
        fmt = "json" if rel.endswith(".json") else "yaml"
        for style in range(6):
            written = dump(data, fmt, style)
            if reducer.fails(with_file(written)):

                def rebuild(d: Any, fmt: str = fmt, style: int = style) -> Case:
                    return with_file(dump(d, fmt, style))

                data = reduce_data(data, rebuild, reducer.fails, ok)
                raw = dump(data, fmt, style)
                break
    return reduce_text(raw, with_file, reducer.fails, ok)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--budget", type=float, default=300, help="seconds of reduction at most")
    args = parser.parse_args(argv)
    print(reduce_case(args.folder, args.dest, args.budget))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
