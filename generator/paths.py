"""Path resolution that never raises on symlink loops (Path.resolve does on Python 3.11)."""

from __future__ import annotations

import functools
import os
from pathlib import Path


def real(path: Path) -> Path:
    """The canonical absolute path; a symlink loop stays unresolved and later fails to open."""
    return Path(_realpath(os.fspath(path)))


@functools.lru_cache(maxsize=1 << 16)
def _realpath(path: str) -> str:
    # realpath stats every component: a split spec with thousands of $refs asks the same few folders.
    return os.path.realpath(path)


def inside(path: Path, folder: Path) -> bool:
    return real(path).is_relative_to(real(folder))
