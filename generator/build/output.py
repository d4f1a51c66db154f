"""Writing output safely: stage it beside the destination, check ownership, then switch it in atomically.

Every output root (the folder given to --out, or build/) holds `.mpgen-manifest.json`, the record of every
path mpgen wrote there with the sha256 of each file. A run replaces or removes only paths that record lists,
paths that already hold exactly the bytes it is about to write, or (for output of an mpgen that kept no
record) paths the old cache lists with matching digests; anything else is refused before a byte is written.

`Transaction` stages into a folder inside the root, then commits: each output path is switched with one
atomic rename (renameat2 RENAME_EXCHANGE on Linux: never a moment without it), or, for `linked` outputs
(`mpgen build`), every output path is a symlink through `.mpgen-current`, and one atomic replacement of
that symlink switches all of them together. A journal written before the first visible change lets the
next run finish (or, before a linked flip, undo) a killed commit and remove every folder it left.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import gc
import hashlib
import json
import os
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from generator.diagnostics import Diagnostic, GeneratorError, Location, error
from generator.paths import real


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    """A file's sha256, read in chunks: a client of 100,000 operations is ~350 MB, not to be held twice."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


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
    release_free_memory()  # ruff runs beside this process: hand back what the generation freed first
    from generator.build.pieces import format_in_pieces, is_large  # noqa: PLC0415

    # ruff holds a file at ~13 times its size: a huge module (a client of 100,000 operations) goes in pieces.
    targets = [t for t in targets if not (is_large(folder / t) and format_in_pieces(folder, t, ruff_binary(), common))]
    if not targets:
        return
    # Unused imports and import order are the only lint fixes: templates stay simple, output stays clean.
    fix = [ruff_binary(), "check", "--fix", "--quiet", "--isolated", "--select", "F401,I001", *common, *targets]
    # cwd decides what isort calls first-party: run where the package's parent is, as users will.
    subprocess.run(fix, cwd=folder, capture_output=True, text=True, check=False)
    result = subprocess.run(
        [ruff_binary(), "format", *common, *targets], cwd=folder, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"ruff format failed: {result.stderr.strip()[:500]}")


def release_free_memory() -> None:
    """Return the heap the allocator keeps after the objects in it are freed (glibc's malloc_trim; nothing
    elsewhere). After generating the client of 10,000 operations that is 17 MiB the process would keep
    resident while ruff, in its own process, formats the output."""
    gc.collect()
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


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
    """The generated files under folder: mpgen's own records (`.mpgen-*`) and byte-code caches left out."""
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(_derived(part) or part.startswith(".mpgen") for part in p.relative_to(folder).parts)
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
    """A throw-away folder for runs that only compare (`--check`); parent None: the system's temporary folder."""
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.tmp-", dir=parent))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def shown(path: Path) -> str:
    """A path for messages, relative to the working folder; unlike display_path it never resolves symlinks,
    so build/specs stays build/specs rather than the generation folder behind it."""
    here = real(Path.cwd())
    return path.relative_to(here).as_posix() if path.is_absolute() and path.is_relative_to(here) else str(path)


# --- the test hook ----------------------------------------------------------------------------------------

PAUSE_ENV = "MPGEN_TEST_PAUSE_AT"


def pause(point: str) -> None:
    """Test hook, a no-op unless MPGEN_TEST_PAUSE_AT names this point: announce it on stderr and wait there,
    so that a test can kill the process at an exact step of a commit."""
    if os.environ.get(PAUSE_ENV) == point:
        print(f"mpgen-test: paused at {point}", file=sys.stderr, flush=True)
        time.sleep(600)


# --- the ownership record ---------------------------------------------------------------------------------

MANIFEST = ".mpgen-manifest.json"  # every path mpgen wrote in an output root
JOURNAL = ".mpgen-journal.json"  # the commit in progress, for the next run to finish or undo
MARKER = ".mpgen-marker.json"  # inside every staging and generation folder: made by mpgen, and what it holds
CURRENT = ".mpgen-current"  # linked outputs: the one symlink naming the current generation folder
STAGE_PREFIX, GEN_PREFIX = ".mpgen.tmp-", ".mpgen-gen-"
_RESERVED_TMP = (MANIFEST + ".tmp", JOURNAL + ".tmp", ".mpgen-cache.tmp")


def str_map(value: object) -> TypeGuard[dict[str, str]]:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def str_list(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def safe_rel(path: str) -> bool:
    """A relative POSIX path that stays where it is joined (records come from disk: never trust them blindly)."""
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and all(p not in ("", ".", "..") for p in parts)


def _under(path: str, tops: Iterable[str]) -> bool:
    return any(path == t or path.startswith(t + "/") for t in tops)


@dataclass
class Manifest:
    """What mpgen wrote under one output root; paths are relative, in POSIX form, as a reader sees them."""

    files: dict[str, str] = field(default_factory=dict)  # path -> sha256 of the bytes mpgen wrote
    folders: set[str] = field(default_factory=set)  # folders mpgen created
    links: dict[str, str] = field(default_factory=dict)  # symlinks mpgen created -> their target
    bundle: set[str] = field(default_factory=set)  # the files the last `mpgen bundle` wrote here
    found: bool = False  # read from disk; False: there was none, or it was unreadable

    def to_json(self) -> dict[str, Any]:
        return {
            "mpgen-manifest": 1,
            "files": dict(sorted(self.files.items())),
            "folders": sorted(self.folders),
            "links": dict(sorted(self.links.items())),
            "bundle": sorted(self.bundle),
        }

    def without(self, tops: list[str]) -> Manifest:
        """This record minus everything at or under tops (the outputs being replaced)."""
        return Manifest(
            {k: v for k, v in self.files.items() if not _under(k, tops)},
            {k for k in self.folders if not _under(k, tops)},
            {k: v for k, v in self.links.items() if not _under(k, tops)},
            {k for k in self.bundle if not _under(k, tops)},
            self.found,
        )

    def merged(self, other: Manifest) -> Manifest:
        return Manifest(
            {**self.files, **other.files},
            self.folders | other.folders,
            {**self.links, **other.links},
            self.bundle | other.bundle,
            self.found,
        )


def parse_manifest(raw: object) -> Manifest | None:
    """A record of the right shape, or None."""
    if not isinstance(raw, dict) or raw.get("mpgen-manifest") != 1:
        return None
    files, folders, links, bundle = (raw.get(k, default) for k, default in _EMPTY_RECORD)
    if not (str_map(files) and str_map(links) and str_list(folders) and str_list(bundle)):
        return None
    return Manifest(dict(files), set(folders), dict(links), set(bundle), found=True)


_EMPTY_RECORD: tuple[tuple[str, object], ...] = (("files", {}), ("folders", []), ("links", {}), ("bundle", []))


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_json(path: Path, data: object) -> None:
    """Atomically: a reader (or the next run after a kill) sees the old file or the new one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def load_manifest(root: Path) -> Manifest:
    """The record of root; empty when missing or malformed (then no existing path counts as mpgen's)."""
    return parse_manifest(_read_json(root / MANIFEST)) or Manifest()


def save_manifest(root: Path, manifest: Manifest) -> None:
    data = manifest.to_json()
    if _read_json(root / MANIFEST) != data:  # an unchanged record is not rewritten
        _write_json(root / MANIFEST, data)


# --- what is on disk --------------------------------------------------------------------------------------


def _derived(name: str) -> bool:
    """Python's byte-code caches: made from mpgen's files by whoever imports them, never anyone's data."""
    return name == "__pycache__" or name.endswith(".pyc")


@dataclass
class Tree:
    """Paths under some outputs as a reader sees them: regular files, folders, and anything else."""

    files: dict[str, Path] = field(default_factory=dict)  # visible path -> where the file is
    folders: set[str] = field(default_factory=set)
    odd: set[str] = field(default_factory=set)  # symlinks, sockets...: never mpgen's inside an output


def scan(path: Path, rel: str, tree: Tree, *, follow: bool = False) -> None:
    """Add what is at path, seen as rel, to tree (follow: path itself may be a symlink to go through)."""
    todo = [(path, rel, follow)]
    while todo:  # a loop, not recursion: a user's folder may be nested arbitrarily deep
        here, seen, through = todo.pop()
        try:
            mode = (os.stat(here) if through else os.lstat(here)).st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue
        if stat.S_ISDIR(mode):
            tree.folders.add(seen)
            with os.scandir(here) as entries:
                todo += [(Path(e.path), f"{seen}/{e.name}", False) for e in entries if not _derived(e.name)]
        elif stat.S_ISREG(mode):
            tree.files[seen] = here
        else:
            tree.odd.add(seen)


def _digest(path: Path) -> str:
    return sha256(path.read_bytes())


@dataclass
class Verdict:
    """Which existing paths a commit may replace or remove."""

    foreign: list[str] = field(default_factory=list)  # not mpgen's: the commit is refused
    adopted: dict[str, str] = field(default_factory=dict)  # not recorded, yet safe to replace: path -> sha256
    edited: list[str] = field(default_factory=list)  # recorded, but changed since mpgen wrote them


def judge(old: Tree, new: Tree, record: Manifest, legacy: dict[str, str], verdict: Verdict) -> None:
    """Sort the existing paths of one output. mpgen's: what the record lists (even if edited since: generated
    files say "Do not edit"), what already holds the exact bytes about to be written there, and, when there is
    no record at all, what an older mpgen's cache lists with a matching digest (and then the other files of
    that same output that mpgen is about to rewrite). A user's file or empty folder is never mpgen's."""
    digests = {rel: _digest(path) for rel, path in old.files.items()}
    ours = not record.found and any(legacy.get(rel) == digest for rel, digest in digests.items())
    for rel, digest in sorted(digests.items()):
        fresh = _digest(new.files[rel]) if rel in new.files else None
        if rel in record.files:
            if digest not in (record.files[rel], fresh):
                verdict.edited.append(rel)
        elif digest == fresh or (ours and (legacy.get(rel) == digest or fresh is not None)):
            verdict.adopted[rel] = digest
        else:
            verdict.foreign.append(rel)
    holding = {"/".join(rel.split("/")[:n]) for rel in [*old.files, *old.odd] for n in range(1, rel.count("/") + 1)}
    verdict.foreign += sorted(f for f in old.folders - record.folders - new.folders if f not in holding)
    verdict.foreign += sorted(old.odd)


# --- atomic renames ---------------------------------------------------------------------------------------

_AT_FDCWD, _RENAME_NOREPLACE, _RENAME_EXCHANGE = -100, 1, 2
_UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}


def _renameat2(source: Path, target: Path, flags: int) -> bool:
    """Linux renameat2; False when this system or file system cannot (then the caller falls back).
    MPGEN_TEST_NO_RENAMEAT2 (test hook) takes the fallback everywhere."""
    if os.environ.get("MPGEN_TEST_NO_RENAMEAT2"):
        return False
    try:
        call = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    if call(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), flags) == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(source), None, str(target))


def _rename_new(source: Path, target: Path) -> None:
    """Rename onto a path that must not exist (never silently replacing an empty folder someone made)."""
    if not _renameat2(source, target, _RENAME_NOREPLACE):
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target))
        os.rename(source, target)


def switch(source: Path, target: Path) -> None:
    """Put the entry at source in target's place, atomically: what was at target ends up at source.
    Without renameat2 a folder takes two renames (old one aside to source.old first): a moment without
    target, which the journal lets the next run finish; a file is replaced by one rename."""
    if not os.path.lexists(target):
        _rename_new(source, target)
    elif not _renameat2(source, target, _RENAME_EXCHANGE):
        if stat.S_ISDIR(os.lstat(target).st_mode):  # rename(2) cannot replace a folder
            os.rename(target, source.with_name(source.name + ".old"))
            pause("aside")
        os.replace(source, target)


def _inode(path: Path) -> int | None:
    try:
        return os.lstat(path).st_ino
    except OSError:
        return None


# --- the lock, leftovers and recovery ---------------------------------------------------------------------


@contextmanager
def locked(root: Path) -> Iterator[None]:
    """One writing run per output root at a time (the lock dies with the process, even on kill -9)."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"mpgen: waiting for another mpgen run writing to {shown(root)}", file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _mark(folder: Path, mapping: dict[str, str]) -> None:
    """Claim a folder mpgen made: the marker maps the paths inside it to the output paths they stand for
    (empty while staging: then nothing in it has been visible yet)."""
    _write_json(folder / MARKER, {"mpgen-marker": 1, "map": mapping})


def _marker(folder: Path) -> dict[str, str] | None:
    if folder.is_symlink() or not folder.is_dir():
        return None
    raw = _read_json(folder / MARKER)
    if not isinstance(raw, dict) or raw.get("mpgen-marker") != 1 or not str_map(raw.get("map")):
        return None
    mapping: dict[str, str] = raw["map"]
    return mapping


def _current(root: Path) -> str | None:
    link = root / CURRENT
    return os.readlink(link) if link.is_symlink() else None


def _visible(rel: str, mapping: dict[str, str]) -> str | None:
    """The output path that a path inside a staging or generation folder stands for."""
    for inner, outer in mapping.items():
        if rel == inner or rel.startswith(inner + "/"):
            return outer + rel[len(inner) :]
    return None


def discard(folder: Path, record: Manifest) -> list[str]:
    """Remove a staging or generation folder, deleting only what is mpgen's: files that stand for recorded
    output paths, byte-code caches and symlinks (which hold no data). Anything else stays, reported."""
    mapping = _marker(folder)
    if mapping is None:
        return []
    if not mapping:  # still staging when its run ended: nothing in it was ever visible, all of it is mpgen's
        shutil.rmtree(folder, ignore_errors=True)
        return []
    kept: list[str] = []
    for base, folders, files in os.walk(folder, topdown=False):
        for name in [*files, *(f for f in folders if os.path.islink(os.path.join(base, f)))]:
            path = Path(base, name)
            rel = path.relative_to(folder).as_posix()
            if rel == MARKER:
                continue
            if path.is_symlink() or any(map(_derived, rel.split("/"))) or _visible(rel, mapping) in record.files:
                path.unlink()
            else:
                kept.append(f"mpgen: kept {shown(path)}: mpgen did not write it")
        for name in folders:
            with _quiet():
                os.rmdir(os.path.join(base, name))
    if not kept:
        (folder / MARKER).unlink(missing_ok=True)
        with _quiet():
            folder.rmdir()
    return kept


@contextmanager
def _quiet() -> Iterator[None]:
    try:
        yield
    except OSError:  # not empty, or gone already: either way nothing to do
        pass


@dataclass(frozen=True)
class _Move:
    """One visible change of a direct commit: the entry with inode `inode` goes from source to target."""

    source: str
    target: str
    inode: int


@dataclass
class _Journal:
    phase: str  # "staging": nothing visible changed yet; "commit": finish (or, linked, maybe undo) it
    temps: list[str]  # folders this run made, and old generations to retire
    moves: list[_Move] = field(default_factory=list)
    flip: str | None = None  # linked: the generation that .mpgen-current names once committed
    final: Manifest | None = None  # the record once committed
    previous: Manifest | None = None  # the record if undone

    def to_json(self) -> dict[str, Any]:
        return {
            "mpgen-journal": 1,
            "phase": self.phase,
            "temps": self.temps,
            "moves": [[m.source, m.target, m.inode] for m in self.moves],
            "flip": self.flip,
            "final": self.final.to_json() if self.final else None,
            "previous": self.previous.to_json() if self.previous else None,
        }


def _parse_journal(raw: object) -> _Journal | None:
    if not isinstance(raw, dict) or raw.get("mpgen-journal") != 1 or raw.get("phase") not in ("staging", "commit"):
        return None
    temps, moves, flip = raw.get("temps"), raw.get("moves"), raw.get("flip")
    if not str_list(temps) or not all(_temp_name(t) for t in temps) or not isinstance(moves, list):
        return None
    parsed = [_Move(m[0], m[1], m[2]) for m in moves if _move_shape(m)]
    if len(parsed) != len(moves) or not (flip is None or (isinstance(flip, str) and _temp_name(flip))):
        return None
    final, previous = parse_manifest(raw.get("final")), parse_manifest(raw.get("previous"))
    if raw["phase"] == "commit" and (final is None or previous is None):
        return None
    return _Journal(raw["phase"], temps, parsed, flip, final, previous)


def _move_shape(m: object) -> bool:
    return (
        isinstance(m, list)
        and len(m) == 3
        and all(isinstance(p, str) and safe_rel(p) for p in m[:2])
        and isinstance(m[2], int)
        and not isinstance(m[2], bool)
    )


def _temp_name(name: str) -> bool:
    return name.startswith((STAGE_PREFIX, GEN_PREFIX)) and safe_rel(name) and "/" not in name


def recover_root(root: Path) -> list[str]:
    """Before a writing run reads its output: settle what a killed run left (notes for the user)."""
    if not root.is_dir():
        return []
    with locked(root):
        return recover(root)


def recover(root: Path) -> list[str]:
    """Finish or undo a killed run's commit, then remove every staging or generation folder that carries
    mpgen's marker and is not current. The caller holds the lock."""
    notes: list[str] = []
    journal = _parse_journal(_read_json(root / JOURNAL))
    if journal is not None:
        notes += _settle(root, journal)
    (root / JOURNAL).unlink(missing_ok=True)
    for name in _RESERVED_TMP:
        (root / name).unlink(missing_ok=True)
    current, record = _current(root), load_manifest(root)
    for entry in sorted(root.iterdir()):
        if _temp_name(entry.name) and entry.name != current:
            notes += discard(entry, record)
    return notes


def _settle(root: Path, journal: _Journal) -> list[str]:
    """Bring a journalled commit to an end: finished, or (linked and not yet flipped) undone."""
    current = _current(root)
    if journal.phase == "staging":  # nothing was visible yet: everything listed is this run's own
        for name in journal.temps:
            if name != current:
                shutil.rmtree(root / name, ignore_errors=True)
        (root / JOURNAL).unlink(missing_ok=True)
        return []
    assert journal.final is not None and journal.previous is not None  # checked by _parse_journal
    forward = journal.flip is None or current == journal.flip
    for move in journal.moves:  # direct: every move done, in order; each step is idempotent
        if _inode(root / move.target) != move.inode and _inode(root / move.source) == move.inode:
            switch(root / move.source, root / move.target)
            _pause_after_rename()
    pause("settling")
    notes: list[str] = []
    pending = load_manifest(root)  # covers old and new files alike
    for name in journal.temps:
        if name != current:
            notes += discard(root / name, pending) if _marker(root / name) else _drop_unmarked(root / name)
    pause("cleaned")
    record = journal.final if forward else journal.previous
    if current is not None:
        record.links[CURRENT] = current
    save_manifest(root, record)
    (root / JOURNAL).unlink(missing_ok=True)
    return notes


def _drop_unmarked(folder: Path) -> list[str]:
    """A folder the journal says this run made, killed before its marker was written: it holds nothing."""
    with _quiet():
        folder.rmdir()
    return []


_RENAMES = [0]


def _pause_after_rename() -> None:
    _RENAMES[0] += 1
    pause(f"rename-{_RENAMES[0]}")


# --- a writing run ----------------------------------------------------------------------------------------


class Transaction:
    """One writing run into one output root, all or nothing; `stage` is where the new outputs go.

    direct (generate, bundle): each output path is switched by one atomic exchange, one after the other.
    linked (build): output paths are symlinks through `.mpgen-current` into a generation folder, so one
    atomic replacement of that symlink switches every output at once.
    """

    def __init__(self, root: Path, *, linked: bool) -> None:
        self.root, self.linked = root, linked
        self.token = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.stage = root / ((GEN_PREFIX if linked else STAGE_PREFIX) + self.token)
        self.notes: list[str] = []
        self._journal = _Journal("staging", [self.stage.name])
        self._stack = ExitStack()
        self._visible = False  # once anything visible changed, only the journal may end the commit

    def __enter__(self) -> Transaction:
        self.root.mkdir(parents=True, exist_ok=True)
        self._stack.enter_context(locked(self.root))
        try:
            self.notes += recover(self.root)
            _RENAMES[0] = 0
            _write_json(self.root / JOURNAL, self._journal.to_json())
            self.stage.mkdir()
            _mark(self.stage, {})
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if not self._visible:  # nothing visible changed: remove what this run made
                _settle(self.root, _Journal("staging", self._journal.temps))
        finally:
            self._stack.close()

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def commit(
        self, outputs: dict[str, Path], *, legacy: dict[str, str] | None = None, bundle: bool = False
    ) -> list[str]:
        """Switch the staged outputs (name inside `stage` -> destination under root) into place.

        Raises GeneratorError naming every existing path that is not mpgen's, before anything is written.
        bundle: these are `mpgen bundle` files, and the previous bundle's other files go. Returns notes.
        """
        record = load_manifest(self.root)
        moves = {name: self._rel(dest) for name, dest in outputs.items() if os.path.lexists(self.stage / name)}
        stale = sorted(r for r in record.bundle - set(moves.values()) if _regular(self.root / r)) if bundle else []
        new, verdict = Tree(), Verdict()
        for name, rel in moves.items():
            scan(self.stage / name, rel, new)
        for name, rel in moves.items():
            judge(self._old(name, rel, verdict), new, record, legacy or {}, verdict)
        if verdict.foreign:
            raise GeneratorError(self._refusals(verdict.foreign))
        wrote = Manifest({rel: _digest(p) for rel, p in new.files.items()}, set(new.folders))
        final = record.without([*moves.values(), *stale]).merged(wrote)
        if bundle:
            final.bundle = set(moves.values())
        previous = record.merged(Manifest(verdict.adopted))
        pause("staged")
        if self.linked:
            self._commit_linked(moves, final, previous)
        else:
            self._commit_direct(moves, stale, final, previous)
        edited = [
            f"mpgen: note: {shown(self.root / r)} was edited after mpgen wrote it; regenerated" for r in verdict.edited
        ]
        return [*self.notes, *edited]

    def _old(self, name: str, rel: str, verdict: Verdict) -> Tree:
        """What output rel shows now; for linked outputs, through mpgen's own symlink."""
        path, tree = self.root / rel, Tree()
        if path.is_symlink():
            if self.linked and os.readlink(path) == self._target(name, rel):
                scan(path, rel, tree, follow=True)
            else:
                tree.odd.add(rel)
        else:
            scan(path, rel, tree)
        current = self.root / CURRENT
        if self.linked and os.path.lexists(current) and not _temp_name(_current(self.root) or "/"):
            verdict.foreign.append(CURRENT)
        return tree

    def _refusals(self, paths: list[str]) -> list[Diagnostic]:
        record = shown(self.root / MANIFEST)
        diagnostics = [
            error(
                Location(shown(self.root / rel)),
                "output-not-ours",
                f"{shown(self.root / rel)} exists and mpgen did not write it (it is not in {record}): "
                "move it away, or choose another output folder or package name",
            )
            for rel in sorted(set(paths))[:20]
        ]
        if len(set(paths)) > 20:
            more = f"and {len(set(paths)) - 20} more paths that mpgen did not write"
            diagnostics.append(error(Location(shown(self.root)), "output-not-ours", more))
        return diagnostics

    def _begin(self, final: Manifest, previous: Manifest, pending: Manifest) -> None:
        """The point of no return: the record covers old and new paths, the journal says what follows."""
        save_manifest(self.root, pending)
        self._journal.phase, self._journal.final, self._journal.previous = "commit", final, previous
        _write_json(self.root / JOURNAL, self._journal.to_json())
        self._visible = True
        pause("journal")

    def _commit_direct(self, moves: dict[str, str], stale: list[str], final: Manifest, previous: Manifest) -> None:
        plan: list[_Move] = []
        for name, rel in moves.items():
            staged, dest = self.stage / name, self.root / rel
            if _regular(staged) and _regular(dest) and _same(staged, dest):
                continue  # identical file: no rename, so no second visible step for an unchanged pyproject.toml
            plan.append(_Move(self._rel(staged), rel, os.lstat(staged).st_ino))
        mapping = {**moves, **{f"{name}.old": rel for name, rel in moves.items()}}
        for i, rel in enumerate(stale):
            mapping[f"removed-{i}"] = rel
            plan.append(_Move(rel, self._rel(self.stage / f"removed-{i}"), os.lstat(self.root / rel).st_ino))
        _mark(self.stage, mapping)
        self._journal.moves = plan
        self._begin(final, previous, final.merged(previous))
        self.notes += _settle(self.root, self._journal)

    def _commit_linked(self, moves: dict[str, str], final: Manifest, previous: Manifest) -> None:
        work = self.root / (STAGE_PREFIX + self.token)
        was = _current(self.root)
        legacy = [(n, r) for n, r in moves.items() if os.path.lexists(self.root / r) and not self._ours(n, r)]
        old_gen = self.root / (GEN_PREFIX + self.token + "-was") if legacy else None
        self._journal.temps += [work.name, *([old_gen.name] if old_gen else []), *([was] if was else [])]
        self._journal.flip = self.stage.name
        _mark(self.stage, moves)
        links = {rel: self._target(name, rel) for name, rel in moves.items()}
        final.links.update({**links, CURRENT: self.stage.name})
        previous.links.update(links)
        self._begin(final, previous, final.merged(previous))
        work.mkdir()
        _mark(
            work,
            {
                **{f"{i}": r for i, r in enumerate(moves.values())},
                **{f"{i}.old": r for i, r in enumerate(moves.values())},
            },
        )
        try:
            if old_gen is not None:  # the first run over output of an mpgen without generations
                self._materialise(old_gen, moves)
                self._flip(work, old_gen.name)  # shows exactly what is visible already
                for i, (name, rel) in enumerate(moves.items()):
                    if (name, rel) in legacy:  # its content, now through the link: nothing changes for a reader
                        self._link(work / f"{i}", name, rel)
            for i, (name, rel) in enumerate(moves.items()):
                if not os.path.lexists(self.root / rel):  # shows nothing until the flip, as before
                    self._link(work / f"{i}", name, rel)
            self._flip(work, self.stage.name)
        finally:  # flipped: finished; not flipped (an error): undone, the previous output stays
            self.notes += _settle(self.root, self._journal)

    def _ours(self, name: str, rel: str) -> bool:
        path = self.root / rel
        return path.is_symlink() and os.readlink(path) == self._target(name, rel)

    def _target(self, name: str, rel: str) -> str:
        """The symlink at output rel: relative, through .mpgen-current, so one flip moves every output."""
        return os.path.relpath(self.root / CURRENT / name, (self.root / rel).parent)

    def _materialise(self, folder: Path, moves: dict[str, str]) -> None:
        """A generation holding (hard-linked) exactly what each output shows now."""
        folder.mkdir()
        _mark(folder, moves)
        for name, rel in moves.items():
            tree = Tree()
            scan(self.root / rel, name, tree, follow=True)
            for sub in sorted(tree.folders):
                (folder / sub).mkdir(parents=True, exist_ok=True)
            link_tree(folder, tree.files)

    def _link(self, temp: Path, name: str, rel: str) -> None:
        dest = self.root / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(self._target(name, rel), temp)
        switch(temp, dest)
        _pause_after_rename()

    def _flip(self, work: Path, generation: str) -> None:
        temp = work / "current"
        temp.unlink(missing_ok=True)
        os.symlink(generation, temp)
        os.replace(temp, self.root / CURRENT)  # rename(2) over the old link: never a moment without one
        _pause_after_rename()


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _same(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()
