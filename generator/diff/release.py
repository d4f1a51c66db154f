"""`mpgen release SLUG`: freeze the current bundle of an API as `specs/releases/SLUG/VERSION.yaml`.

A release is immutable: the same version with other content is refused, and so is a breaking change
from the previous release without a new major version. Nothing is written outside that folder, and
the file appears whole or not at all (written beside it, then linked into place without overwriting).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

from generator.config import Config
from generator.diagnostics import display_path
from generator.diff.engine import compare
from generator.diff.loading import DiffInputError, Parsed, load_side
from generator.diff.rules import Level
from generator.diff.side import Side
from generator.diff.versions import major, parse_version
from generator.documents.bundler import Workspace
from generator.documents.catalog import load_catalog
from generator.documents.discovery import RELEASES
from generator.documents.pipeline import check_document
from generator.serialize import bundle_texts

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}")


def release(config: Config, slug: str, lang: str, today: date | None = None) -> int:
    if config.catalog is None:
        return _say("no catalogue is configured ([tool.mpgen] catalog)", EXIT_USAGE)
    entries, _doc, problems = load_catalog(config.catalog)
    if problems and not entries:
        return _say("\n".join(str(d) for d in problems), EXIT_USAGE)
    entry = next((e for e in entries if e.slug == slug), None)
    if entry is None:
        return _say(f"{slug!r} is not in the catalogue {display_path(config.catalog)}", EXIT_USAGE)
    path = config.specs / entry.file
    checked = check_document(
        Workspace(config.root or config.specs), path, config.house_applies(path), config.disabled_rules
    )
    errors = [d for d in checked.diagnostics if d.is_error]
    if checked.bundle is None or errors:  # a release is what clients build against: it must be valid
        for d in errors:
            print(d, file=sys.stderr)
        return _say(f"{display_path(path)} does not validate: nothing released")
    current = Side(checked.bundle, slug)
    parsed: Parsed = {}
    version = str((current.data.get("info") or {}).get("version", ""))
    if not _VERSION.fullmatch(version) or parse_version(version) is None:
        return _say(f"info.version {version!r} cannot name a release file (use e.g. 1.2.0)", EXIT_REFUSED)
    folder = config.specs / RELEASES / slug
    target = folder / f"{version}.yaml"
    text = bundle_texts(current.data)[0]
    if target.exists():
        if target.read_text(encoding="utf-8") == text:
            return _say(f"{display_path(target)} is already released with this content", EXIT_OK)
        return _say(f"{display_path(target)} exists with other content: a release never changes; bump info.version")
    previous = _previous(folder, version)
    if previous is not None:
        refusal = _breaking_without_major(previous, current, parsed, lang, today or date.today())
        if refusal:
            return refusal
    _write_new(target, text)
    return _say(f"released {slug} {version} → {display_path(target)}", EXIT_OK)


def _previous(folder: Path, version: str) -> Path | None:
    """The latest release before this version."""
    mine = parse_version(version)
    assert mine is not None
    older = []
    for path in folder.glob("*.yaml") if folder.is_dir() else []:
        parsed = parse_version(path.stem)
        if parsed is not None and parsed < mine:
            older.append((parsed, path))
    return max(older)[1] if older else None


def _breaking_without_major(previous: Path, current: Side, parsed: Parsed, lang: str, today: date) -> int:
    try:
        before = load_side(previous, previous.parent, parsed, current.name)
    except DiffInputError as exc:
        return _say("\n".join(str(d) for d in exc.diagnostics), EXIT_USAGE)
    breaking = [f for f in compare(before, current, today) if f.level is Level.ERR]
    old_version = str((before.data.get("info") or {}).get("version", ""))
    new_version = str((current.data.get("info") or {}).get("version", ""))
    if not breaking or (major(new_version) or 0) > (major(old_version) or 0):
        return 0
    for f in sorted(breaking, key=lambda f: f.sort_key()):
        print(f"{f.location}: {f.level.value} [{f.rule}] {f.message(lang)}", file=sys.stderr)
    return _say(
        f"{len(breaking)} breaking change(s) since {display_path(previous)} but the major version stays "
        f"{major(new_version)}: release {new_version} refused"
    )


def _write_new(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".release-", suffix=".yaml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.link(temp, target)  # fails if another release appeared meanwhile: never overwrite
    finally:
        os.unlink(temp)


def _say(message: str, code: int = EXIT_REFUSED) -> int:
    print(f"mpgen release: {message}", file=sys.stderr)
    return code
