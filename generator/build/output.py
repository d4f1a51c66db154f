"""Writing output safely: build in a temporary folder, format once, then swap it into place."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def ruff_binary() -> str:
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]  # noqa: PLC0415

        return str(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        found = shutil.which("ruff")
        if found is None:
            raise RuntimeError("ruff is not installed: it formats the generated code") from None
        return found


def format_python(folder: Path, only: list[str] | None = None) -> None:
    """Fix imports and format with ruff, in one call each: byte-identical output for a pinned ruff.

    only: paths relative to folder (files reused from a previous run are formatted already).
    """
    targets = sorted(only) if only is not None else ["."]
    if not targets or not any(folder.rglob("*.py")):
        return
    common = ["--no-cache", "--line-length", "120", "--target-version", "py311"]
    # Unused imports and import order are the only lint fixes: templates stay simple, output stays clean.
    fix = [ruff_binary(), "check", "--fix", "--quiet", "--isolated", "--select", "F401,I001", *common, *targets]
    # cwd decides what isort calls first-party: run where the package's parent is, as users will.
    subprocess.run(fix, cwd=folder, capture_output=True, text=True, check=False)
    result = subprocess.run(
        [ruff_binary(), "format", *common, *targets], cwd=folder, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"ruff format failed: {result.stderr.strip()[:500]}")


def write_tree(folder: Path, files: dict[str, bytes]) -> None:
    for rel, data in sorted(files.items()):
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def link_tree(folder: Path, sources: dict[str, Path]) -> None:
    """Reused files enter the staging folder as hard links: no copy (files are never edited in place)."""
    for rel, source in sorted(sources.items()):
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:  # another file system, or links not supported
            shutil.copyfile(source, target)


def read_tree(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
    }


def diff_trees(new: dict[str, bytes], old: dict[str, bytes]) -> list[str]:
    """Lines like `changed x.py`, `added y.py`, `removed z.py`, sorted by path."""
    out = []
    for rel in sorted(set(new) | set(old)):
        if rel not in old:
            out.append(f"added    {rel}")
        elif rel not in new:
            out.append(f"removed  {rel}")
        elif new[rel] != old[rel]:
            out.append(f"changed  {rel}")
    return out


@contextmanager
def staging(parent: Path | None, name: str) -> Iterator[Path]:
    """A temporary folder beside the destination (same file system, so the swap is a rename);
    parent None: the system's temporary folder, for runs that only compare (`--check`)."""
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.tmp-", dir=parent))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def swap_in(staged: Path, destination: Path) -> None:
    """Replace destination by staged; if anything fails the previous content stays."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    backup = destination.with_name(f".{destination.name}.old-{os.getpid()}")
    had_old = destination.exists()
    if had_old:
        destination.rename(backup)
    try:
        staged.rename(destination)
    except OSError:
        if had_old:
            backup.rename(destination)
        raise
    if had_old:
        shutil.rmtree(backup, ignore_errors=True)
