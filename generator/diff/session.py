"""One diff run: load the pairs, compare, apply the ignore file, judge the versions.

A pair whose files are byte-identical on both sides is skipped unread (generator.diff.twins): a diff reports what
changed, and `mpgen validate` what is wrong with a document that did not change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.diagnostics import Location
from generator.diff.engine import compare, version_findings
from generator.diff.finding import Finding, Findings, merge_shared
from generator.diff.ignore import IgnoreEntry, apply_ignores
from generator.diff.loading import Parsed, load_side
from generator.diff.result import DiffResult
from generator.diff.rules import Level
from generator.diff.side import Rename, Side, keep
from generator.diff.sources import Pair
from generator.diff.twins import Twins
from generator.paths import real


@dataclass(frozen=True)
class Roots:
    old: Path  # the folders references may reach into, per side
    new: Path
    rename_old: Rename = keep


def diff_pairs(
    pairs: list[Pair],
    roots: Roots,
    today: date,
    ignores: list[IgnoreEntry],
    fail_on: Level = Level.ERR,
    revision: str | None = None,
) -> DiffResult:
    parsed: Parsed = {}
    found: list[Finding] = []
    compared: list[tuple[Side, Side]] = []
    twins = Twins(roots.old, roots.new)
    for pair in pairs:
        if pair.old is not None and pair.new is not None and twins.unchanged(pair.old, pair.new):
            continue  # byte-identical with everything it references, known without parsing either side
        old = load_side(pair.old, roots.old, parsed, pair.name, roots.rename_old) if pair.old else None
        if old is not None and pair.new is not None and _same_files(old, pair.new, roots):
            continue  # every file it reads is byte-identical on the other side: nothing can differ
        new = load_side(pair.new, roots.new, parsed, pair.name) if pair.new else None
        if old is None and new is not None:
            found.append(_whole(new, "document-added", "new"))
        elif new is None and old is not None:
            found.append(_whole(old, "document-removed", "old"))
        elif old is not None and new is not None:
            compared.append((old, new))
            if old.data != new.data:  # a $ref moved between files bundles to the same data
                found += compare(old, new, today)
    kept, ignored = apply_ignores(merge_shared(found), ignores)
    for old, new in compared:
        versions, versions_ignored = apply_ignores(version_findings(old, new, kept), ignores)
        kept += versions
        ignored += versions_ignored
    kept.sort(key=Finding.sort_key)
    return DiffResult([p.name for p in pairs], kept, ignored, fail_on, revision)


def _whole(side: Side, rule: str, where: str) -> Finding:
    findings = Findings(side.name)
    at = side.at(())
    findings.add(rule, Location(at.path, 1, 1), where, name=side.name)
    return findings.items[0]


def _same_files(old: Side, new_entry: Path, roots: Roots) -> bool:
    files = old.bundle.files
    try:
        if roots.new / real(files[0]).relative_to(roots.old) != real(new_entry):
            return False
        for path in files:
            twin = roots.new / real(path).relative_to(roots.old)
            if path.read_bytes() != twin.read_bytes():
                return False
    except (OSError, ValueError):
        return False
    return True
