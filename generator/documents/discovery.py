"""Finding OpenAPI documents in the folders and files named on the command line (cheap: no parsing)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator.diagnostics import Diagnostic, Location, display_path, error
from generator.paths import inside, real

SPEC_SUFFIXES = (".yaml", ".yml", ".json")
RELEASES = "releases"  # specs/releases/<slug>/<version>.yaml: bundles frozen by `mpgen release`


def discover(paths: Iterable[Path], specs: Path | None = None) -> tuple[list[Path], list[Path], list[Diagnostic]]:
    """(documents, fragments, problems): folders are searched for files that declare `openapi`/`swagger`.

    specs: the configured specs folder. Its `releases/` folder holds frozen bundles, which declare
    `openapi` but are history, not APIs: a walk from above it passes it by. Named on its own (the
    folder, or a file in it) it is read like any other.
    """
    documents: list[Path] = []
    fragments: list[Path] = []
    problems: list[Diagnostic] = []
    for given in paths:
        if given.is_dir():
            skipped = _releases_below(given, specs)
            files = sorted(
                p
                for p in given.rglob("*")
                if p.suffix in SPEC_SUFFIXES and _wanted(p.relative_to(given).parts, skipped)
            )
            for f in files:
                if not inside(f, given):  # a symlink out of the folder is never opened
                    message = "not read: it links outside the folder"
                    problems.append(error(Location(display_path(f)), "ref-outside-root", message))
                    continue
                if not real(f).is_file():
                    message = "cannot be read: not a regular file (a symlink loop?)"
                    problems.append(error(Location(display_path(f)), "io-error", message))
                    continue
                (documents if _declares_openapi(f) else fragments).append(f)
        elif given.is_file():
            documents.append(given)
        else:
            problems.append(error(Location(display_path(given)), "io-error", "no such file or folder"))
    return documents, fragments, problems


def _wanted(parts: tuple[str, ...], skipped: tuple[str, ...]) -> bool:
    """Neither hidden (a part starting with a dot) nor inside the skipped folder."""
    if any(part.startswith(".") for part in parts):
        return False
    return not (skipped and parts[: len(skipped)] == skipped)


def _releases_below(folder: Path, specs: Path | None) -> tuple[str, ...]:
    """The parts of specs/releases relative to folder when the walk of folder would reach it, else ()."""
    if specs is None:
        return ()
    try:
        return real(specs / RELEASES).relative_to(real(folder)).parts
    except (OSError, ValueError):  # not below folder (or folder is inside it: then read it)
        return ()


def _declares_openapi(path: Path) -> bool:
    """A cheap look at the top of the file: whole-file parsing happens later, once."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return True  # let loading report it
    text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")
    return any(
        line.startswith(("openapi:", "swagger:", '"openapi"', '"swagger"', "'openapi'"))
        or '"openapi":' in line
        or '"swagger":' in line
        for line in text.splitlines()
    )
