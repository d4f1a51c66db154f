"""Diff benchmark: `mpgen diff` on our 16 APIs and on a 2,000+ file split spec.

Run with the project venv: `.venv/bin/python bench/diff_bench.py [--repeat N]`. It prints a Markdown
table on stdout (progress on stderr) and writes the raw numbers to build/bench/diff.json; nothing else
under build/ is touched, every document is copied into a temporary folder first.

Cases (wall time of whole `mpgen` processes, as a CI job sees them, and their CPU time, which is
what the wall time would be on an idle machine; medians of the repetitions):

0. 16 APIs, release pairs: a copy of specs/ against a copy, where each API with frozen releases
   (specs/releases/<slug>/) is its previous release on the OLD side and its latest on the NEW side (the
   diff the change-history pages show). Target ≤ 1 s.
1. 16 APIs, four documents edited: a copy of specs/ against a copy where four documents have one
   operationId renamed and one `maxLength` lowered (shared files untouched). Target ≤ 1 s.
2. 16 APIs, shared file edited: the same plus one `maxLength` of specs/shared/schemas.yaml raised, so
   every document is bundled and compared on both sides. Target ≤ 1 s.
3. split spec: the split spec of bench/pipeline_bench.py (2,048 schemas, one file each) against a copy
   with 50 scattered edits (types widened, enum values added, properties removed, descriptions).
   Targets: ≤ 15 s, and ≤ 2× `mpgen bundle` of the same two documents (one process, both documents).

`--no-split` runs cases 0-2 only. Runs use a bytecode cache under build/bench (as an installed mpgen has),
after one uncounted warm-up. Measured 2026-12-04 on the shared 2-CPU machine at load average ~9 (wall times
inflated; the CPU column is what an idle machine's wall time would be), medians of 5, CPU before → after the
unchanged-pair scan (generator/diff/twins.py), cached pointers and lazy tempfile: release pairs 0.37 → 0.22 s,
four documents 0.38 → 0.24 s, shared file 0.50 → 0.51 s (there every document is bundled on both sides; the
bundling is generator/documents'). This script at load ~8: 0.78 / 0.59 / 1.73 s wall, 0.21 / 0.21 / 0.41 s CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_bench import MPGEN, ROOT, Sample, log, make_split_spec, run, tool_env

JSON_OUT = ROOT / "build" / "bench" / "diff.json"
EDITED_DOCUMENTS = ("self-info.yaml", "notices.yaml", "pmh.yaml", "sso.yaml")
SPLIT_EDITS = 50

_OPERATION_ID = re.compile(r"(operationId:\s*)([A-Za-z_][A-Za-z0-9_]*)")
_MAX_LENGTH = re.compile(r"(maxLength:\s*)(\d+)")


def _sub_first(path: Path, pattern: re.Pattern[str], change: Any) -> None:
    text = path.read_text(encoding="utf-8")
    match = pattern.search(text)
    if match is None:
        raise SystemExit(f"bench: nothing to edit in {path} for {pattern.pattern}")
    path.write_text(text[: match.start()] + change(match) + text[match.end() :], encoding="utf-8")


def make_api_pair(tmp: Path, shared: bool) -> tuple[Path, Path]:
    old, new = tmp / "old", tmp / "new"
    for side in (old, new):
        shutil.copytree(ROOT / "specs", side, ignore=shutil.ignore_patterns("releases"))
    for name in EDITED_DOCUMENTS:
        _sub_first(new / name, _OPERATION_ID, lambda m: f"{m[1]}{m[2]}Renamed")
        _sub_first(new / name, _MAX_LENGTH, lambda m: f"{m[1]}{max(1, int(m[2]) - 1)}")
    if shared:
        _sub_first(new / "shared" / "schemas.yaml", _MAX_LENGTH, lambda m: f"{m[1]}{int(m[2]) + 1}")
    return old, new


def make_release_pair(tmp: Path) -> tuple[Path, Path, list[str]]:
    """OLD and NEW folders of all 16 APIs; the ones with releases are their previous and latest release."""
    from generator.diff.versions import parse_version  # noqa: PLC0415
    from generator.documents.catalog import load_catalog  # noqa: PLC0415 - the slug → file names of the catalogue
    from generator.documents.discovery import RELEASES  # noqa: PLC0415

    old, new = tmp / "old", tmp / "new"
    for side in (old, new):
        shutil.copytree(ROOT / "specs", side, ignore=shutil.ignore_patterns(RELEASES))
    entries, _doc, _problems = load_catalog(ROOT / "specs" / "catalog.yaml")
    files = {e.slug: e.file for e in entries}
    paired = []
    for folder in sorted((ROOT / "specs" / RELEASES).iterdir()):
        versions = sorted(folder.glob("*.yaml"), key=lambda p: parse_version(p.stem) or (0, 0, 0))
        if len(versions) < 2 or folder.name not in files:
            continue
        shutil.copy(versions[-2], old / files[folder.name])
        shutil.copy(versions[-1], new / files[folder.name])
        paired.append(f"{folder.name} {versions[-2].stem} → {versions[-1].stem}")
    return old, new, paired


def make_split_pair(tmp: Path, schemas: int) -> tuple[dict[str, Any], Path, Path, list[str]]:
    old_spec = tmp / "split-old" / "spec"
    shape = make_split_spec(old_spec, schemas)
    new_spec = tmp / "split-new" / "spec"
    shutil.copytree(old_spec, new_spec)
    (new_spec / "openapi.yaml").rename(new_spec / "openapi-new.yaml")  # `mpgen bundle` names outputs by stem
    nodes = sorted(new_spec.glob("schemas/g*/s*/Node*.yaml"))
    step = max(1, len(nodes) // SPLIT_EDITS)
    edits: list[str] = []
    for k, path in enumerate(nodes[::step][:SPLIT_EDITS]):
        text = path.read_text(encoding="utf-8")
        if k % 4 == 0:
            text, what = text.replace("type: integer", "type: number", 1), "size widened"
        elif k % 4 == 1 and "enum: [draft, active, closed]" in text:
            text, what = text.replace("[draft, active, closed]", "[draft, active, closed, archived]"), "enum value"
        elif k % 4 == 2:
            text, what = (
                re.sub(r"  size:\n    type: integer\n    minimum: 0\n    default: \d+\n", "", text),
                "size gone",
            )
        else:
            text, what = text.replace("(split-spec benchmark)", "(split-spec benchmark, edited)"), "description"
        path.write_text(text, encoding="utf-8")
        edits.append(f"{path.stem}: {what}")
    return shape, old_spec / "openapi.yaml", new_spec / "openapi-new.yaml", edits


def timed(argv: list[str], env: dict[str, str], repeat: int, ok: tuple[int, ...]) -> tuple[list[float], list[Sample]]:
    run(argv, ROOT, env)  # warm-up, not counted: bytecode written, files in the page cache
    samples: list[Sample] = []
    for _ in range(repeat):
        sample = run(argv, ROOT, env)
        if sample.rc not in ok:
            raise SystemExit(f"bench: {' '.join(argv[:3])} … exited {sample.rc}: {sample.tail}")
        samples.append(sample)
    return [s.seconds for s in samples], samples


def row(
    case: str,
    samples: list[Sample],
    target: str,
    met: bool | None,
    findings: dict[str, int] | None,
    limit: float | None = None,
) -> dict[str, Any]:
    seconds = [s.seconds for s in samples]
    return {
        "case": case,
        "seconds": seconds,
        "median": statistics.median(seconds),
        "cpu_median": statistics.median(s.cpu for s in samples),
        "target": target,
        "met": met,
        # the machine may be shared: CPU time shows what the same run costs on an idle one
        "met_cpu": None if limit is None else statistics.median(s.cpu for s in samples) <= limit,
        "findings": findings,
        "peak_mb": max(s.peak_mb for s in samples),
    }


def findings_of(argv: list[str], env: dict[str, str]) -> dict[str, int]:
    import subprocess  # noqa: PLC0415 - only for this one untimed run

    proc = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    summary: dict[str, int] = json.loads(proc.stdout)["summary"]
    return {k: summary[k] for k in ("ERR", "WARN", "INFO")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of the 16-API cases (default 5)")
    parser.add_argument("--split-repeat", type=int, default=3, help="repetitions of the split cases (default 3)")
    parser.add_argument("--split-schemas", type=int, default=2048, help="schemas of the split spec (default 2048)")
    parser.add_argument("--no-split", action="store_true", help="only the 16-API cases (a minute less)")
    args = parser.parse_args(argv)
    env = tool_env(MPGEN.parent)
    # As installed (pip compiles bytecode): a session that sets PYTHONDONTWRITEBYTECODE would otherwise time the
    # compilation of every generator module on each run. The cache lives under build/bench, not in the tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(JSON_OUT.parent / "pycache")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="mpgen-diff-bench-") as tmp_name:
        tmp = Path(tmp_name)
        old, new, paired = make_release_pair(tmp / "releases")
        command = [str(MPGEN), "diff", str(old), str(new), "--format", "json"]
        log(f"16 APIs, release pairs ({'; '.join(paired)})")
        seconds, samples = timed(command, env, args.repeat, ok=(0, 1))
        met = statistics.median(seconds) <= 1.0
        label = f"16 APIs, release pairs ({len(paired)} APIs with a previous release)"
        rows.append(row(label, samples, "≤ 1 s", met, findings_of(command, env), limit=1.0))
        for shared in (False, True):
            folder = tmp / ("shared" if shared else "documents")
            old, new = make_api_pair(folder, shared)
            command = [str(MPGEN), "diff", str(old), str(new), "--format", "json"]
            log(f"16 APIs ({'shared file' if shared else 'four documents'} edited)")
            seconds, samples = timed(command, env, args.repeat, ok=(0, 1))
            label = f"16 APIs, {'shared file + four documents' if shared else 'four documents'} edited"
            met = statistics.median(seconds) <= 1.0
            rows.append(row(label, samples, "≤ 1 s", met, findings_of(command, env), limit=1.0))
        if args.no_split:
            return _report(rows, None, None, None)
        log("split spec: generating")
        shape, old_entry, new_entry, edits = make_split_pair(tmp, args.split_schemas)
        diff_cmd = [str(MPGEN), "diff", str(old_entry), str(new_entry), "--format", "json"]
        bundle_cmd = [str(MPGEN), "bundle", str(old_entry), str(new_entry), "--out", str(tmp / "bundled")]
        log("split spec: mpgen bundle of both documents")
        bundle_s, bundle_samples = timed(bundle_cmd, env, args.split_repeat, ok=(0, 1))
        log("split spec: mpgen diff")
        diff_s, diff_samples = timed(diff_cmd, env, args.split_repeat, ok=(0, 1))
        split_findings = findings_of(diff_cmd, env)
    ratio = statistics.median(diff_s) / statistics.median(bundle_s)
    met = statistics.median(diff_s) <= 15.0 and ratio <= 2.0
    label = f"split spec ({shape['files']} files) vs {SPLIT_EDITS} scattered edits: mpgen diff"
    rows.append(row(label, diff_samples, "≤ 15 s and ≤ 2× bundle", met, split_findings, limit=15.0))
    rows.append(row("split spec: mpgen bundle of the same two documents", bundle_samples, "reference", None, None))
    return _report(rows, ratio, shape, edits)


def _report(
    rows: list[dict[str, Any]], ratio: float | None, shape: dict[str, Any] | None, edits: list[str] | None
) -> int:
    load = os.getloadavg()[0]
    report = {"rows": rows, "split_shape": shape, "split_edits": edits, "diff_vs_bundle": ratio, "load": load}
    JSON_OUT.parent.mkdir(parents=True, exist_ok=True)
    JSON_OUT.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(render(rows, ratio, load))
    return 0 if all(r["met"] is not False for r in rows) else 1


def render(rows: list[dict[str, Any]], ratio: float | None, load: float) -> str:
    lines = [
        "| case | median wall (s) | median CPU (s) | runs | peak MB | findings (ERR/WARN/INFO) | target "
        "| met (wall) | met (CPU) |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- |",
    ]
    for r in rows:
        f = r["findings"]
        found = f"{f['ERR']}/{f['WARN']}/{f['INFO']}" if f else "-"
        words = {True: "yes", False: "**no**", None: "-"}
        met = f"{words[r['met']]} | {words[r['met_cpu']]}"
        lines.append(
            f"| {r['case']} | {r['median']:.3f} | {r['cpu_median']:.3f} | {len(r['seconds'])} "
            f"| {r['peak_mb']:.0f} | {found} | {r['target']} | {met} |"
        )
    lines.append("")
    split = f"split spec: diff / bundle = {ratio:.2f}× (wall time); " if ratio is not None else ""
    lines.append(f"{split}load average {load:.1f} on {os.cpu_count()} CPUs")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
