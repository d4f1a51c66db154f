"""Path resolution that never raises on symlink loops (Path.resolve does on Python 3.11)."""

from __future__ import annotations

import functools
import os
from pathlib import Path


def real(path: Path) -> Path:
    """The canonical absolute path; a symlink loop stays unresolved and later fails to open."""
    return Path(_realpath(os.path.abspath(path)))


@functools.lru_cache(maxsize=1 << 16)
def _realpath(path: str) -> str:
    # realpath stats every component: a split spec with thousands of $refs asks the same few folders.
    # Keyed by absolute path (cwd may change between runs in one process) and cleared per run.
    return os.path.realpath(path)


def forget() -> None:
    """Start a run with no remembered resolutions (the file system may have changed since the last)."""
    _realpath.cache_clear()


def inside(path: Path, folder: Path) -> bool:
    return real(path).is_relative_to(real(folder))
