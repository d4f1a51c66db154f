"""What to compare with what: two documents, or the documents of two folders matched by catalogue
slug, then by relative path, then by file name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Location, display_path, error
from generator.diff.loading import DiffInputError
from generator.documents.catalog import load_catalog
from generator.documents.discovery import RELEASES, discover
from generator.paths import real


@dataclass(frozen=True)
class Pair:
    name: str  # catalogue slug, else the file's name without suffix
    old: Path | None
    new: Path | None


def pair_inputs(old: Path, new: Path) -> list[Pair]:
    for given in (old, new):
        if not given.exists():
            raise DiffInputError([error(Location(display_path(given)), "io-error", "no such file or folder")])
    if old.is_dir() != new.is_dir():
        message = "compare a file with a file, or a folder with a folder"
        raise DiffInputError([error(Location(display_path(new)), "diff-usage", message)])
    if not old.is_dir():
        return [Pair(_slug_of_file(new) or _slug_of_file(old) or new.stem, old, new)]
    return _pair_folders(_documents(old), _documents(new))


@dataclass(frozen=True)
class _Doc:
    path: Path
    relative: str
    slug: str | None


def _documents(folder: Path) -> list[_Doc]:
    found, _fragments, problems = discover([folder])
    if problems:
        raise DiffInputError(problems)
    slugs = _catalogue_slugs(folder)
    out = []
    for path in found:
        relative = path.relative_to(folder).as_posix()
        if relative.split("/", 1)[0] == RELEASES:  # frozen bundles are history, not documents to compare
            continue
        out.append(_Doc(path, relative, slugs.get(relative)))
    return out


def _catalogue_slugs(folder: Path) -> dict[str, str]:
    catalog = folder / "catalog.yaml"
    if not catalog.is_file():
        return {}
    entries, _doc, problems = load_catalog(catalog)
    if any(d.is_error for d in problems) and not entries:
        raise DiffInputError(problems)
    return {entry.file: entry.slug for entry in entries}


def _slug_of_file(path: Path) -> str | None:
    return _catalogue_slugs(path.parent).get(path.name)


def _pair_folders(old: list[_Doc], new: list[_Doc]) -> list[Pair]:
    pairs: list[Pair] = []
    left, right = list(old), list(new)
    for key in (lambda d: d.slug, lambda d: d.relative, lambda d: Path(d.relative).name):
        index: dict[str, list[_Doc]] = {}
        for d in right:
            k = key(d)
            if k is not None:
                index.setdefault(k, []).append(d)
        rest = []
        for d in left:
            k = key(d)
            candidates = index.get(k, []) if k is not None else []
            if len(candidates) == 1:
                match = candidates.pop()
                right.remove(match)
                pairs.append(Pair(match.slug or d.slug or Path(match.relative).stem, d.path, match.path))
            else:
                rest.append(d)
        left = rest
    pairs += [Pair(d.slug or Path(d.relative).stem, d.path, None) for d in left]
    pairs += [Pair(d.slug or Path(d.relative).stem, None, d.path) for d in right]
    return sorted(pairs, key=lambda p: p.name)


def root_of(path: Path, override: Path | None) -> Path:
    """The folder references may reach into: `--root` when the path is inside it, else the folder
    named, else the file's folder."""
    if override is not None and real(path).is_relative_to(override):
        return override
    return real(path) if path.is_dir() else real(path).parent
