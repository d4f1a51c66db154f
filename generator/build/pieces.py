"""ruff on a generated module too large for it to hold at once, piece by piece, with the bytes it gives the whole.

ruff needs about 13 times the file it checks or formats: 3 GB for the 200 MB client of a document with
100,000 operations. The module is cut between methods (generator.codegen.segments) and each piece is
formatted in a stand-in of its class, where ruff lays it out exactly as in the file. The one decision that
spans pieces is which imports are unused (F401): every later piece is checked with the module's imports in
front of it, and the first piece, which holds the imports, is fixed with a line using every import a later
piece uses (removed again before formatting).
"""

from __future__ import annotations

import ast
import json
import mmap
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import cast

from generator.codegen.segments import SEGMENT_CHARS, Segment, one_piece, split, wrap

_USES = "__mpgen_uses__"


def is_large(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > SEGMENT_CHARS
    except OSError:
        return False


def format_in_pieces(folder: Path, rel: str, ruff: str, common: list[str]) -> bool:
    """Fix imports (F401, I001) and format folder/rel as `ruff check --fix` and `ruff format` would the
    whole file. False, with the file untouched, where it is one piece or cannot be done in pieces (it does
    not parse, or ruff's output is not the shape this relies on): then format the file whole."""
    path = folder / rel
    work = Path(tempfile.mkdtemp(prefix=".mpgen-pieces-", dir=folder))  # cwd decides isort's sections: stay here
    try:
        names = _write_pieces(path, work)
        if names is None:
            return False
        owners, header = names
        used = _used_elsewhere(work, owners, header, ruff, common)
        if used is None:
            return False
        first = work / _piece(0)
        stub = f"\n\n{_USES} = ({', '.join(sorted(used))},)\n" if used else ""
        first.write_bytes(first.read_bytes() + stub.encode())
        files = [str((work / _piece(i)).relative_to(folder)) for i in range(len(owners))]
        fix = [ruff, "check", "--fix", "--quiet", "--isolated", "--select", "F401,I001", *common, *files]
        subprocess.run(fix, cwd=folder, capture_output=True, text=True, check=False)
        fixed = first.read_bytes()
        if not fixed.endswith(stub.encode()):
            return False
        first.write_bytes(fixed[: len(fixed) - len(stub.encode())])
        result = subprocess.run(
            [ruff, "format", *common, *files], cwd=folder, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"ruff format failed: {result.stderr.strip()[:500]}")
        return _assemble(work, owners, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _piece(index: int) -> str:
    return f"piece{index:06d}.py"


def _write_pieces(path: Path, work: Path) -> tuple[list[str | None], str] | None:
    """Each piece as a module of its own (piece000000.py ...); the owners of the pieces and the source of
    the module's imports. None if the file does not parse, or is one piece (the whole file's tree, ~45 times
    its size, would be spent for nothing: a models module of 3 MB took 135 MiB).

    The file is mapped, not read: the caller still holds its bytes (a client of 100,000 operations is
    350 MB), and the pages behind the piece being cut are let go as the cutting moves on."""
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        code = cast(bytes, mapped)  # what split needs of bytes (find, regex search, slices), a mapping has
        if one_piece(code):
            return None
        owners: list[str | None] = []
        header = ""
        try:
            for segment, tree in split(code):
                if not owners:
                    header = _import_source(segment, tree)
                (work / _piece(len(owners))).write_bytes(segment.source())
                owners.append(segment.owner)
                done = segment.start - segment.start % mmap.PAGESIZE  # split never looks before a piece
                if done and hasattr(mmap, "MADV_DONTNEED"):
                    mapped.madvise(mmap.MADV_DONTNEED, 0, done)
        except SyntaxError:
            return None
        finally:
            del code  # no export of the mapping may outlive it
    return owners, header


def _import_source(segment: Segment[bytes], tree: ast.Module) -> str:
    """The module-level imports of the first piece, as written."""
    lines = segment.text.decode().splitlines(keepends=True)
    out = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            end = node.end_lineno or node.lineno
            out.append("".join(lines[node.lineno - 1 : end]))
    return "".join(out)


def _used_elsewhere(work: Path, owners: list[str | None], header: str, ruff: str, common: list[str]) -> set[str] | None:
    """Names the module imports that some later piece uses: those ruff does not call unused there."""
    aliases: dict[tuple[int, int], str] = {}  # (row, column) as ruff reports them -> bound name
    for node in ast.parse(header).body:
        if isinstance(node, ast.Import) or (isinstance(node, ast.ImportFrom) and node.module != "__future__"):
            for alias in node.names:
                aliases[(alias.lineno, alias.col_offset + 1)] = alias.asname or alias.name.split(".")[0]
    probes = []
    for index, owner in enumerate(owners[1:], 1):
        assert owner is not None
        probe = work / f"probe{index:06d}.py"
        piece = (work / _piece(index)).read_bytes()
        probe.write_bytes(header.encode() + b"\n\n" + piece)
        probes.append(probe)
    if not probes or not aliases:
        return set()
    check = [ruff, "check", "--select", "F401", "--output-format", "json", "--isolated", "--exit-zero", *common]
    result = subprocess.run([*check, *map(str, probes)], cwd=work, capture_output=True, text=True, check=False)
    try:
        found = json.loads(result.stdout)
    except ValueError:
        return None
    unused: dict[Path, set[str]] = {p.resolve(): set() for p in probes}
    for item in found:
        row, column = item["location"]["row"], item["location"]["column"]
        name = aliases.get((row, column))
        probe = Path(item["filename"]).resolve()
        if item.get("code") != "F401" or probe not in unused:
            return None
        if name is not None:  # a method's own import is no business of the module's
            unused[probe].add(name)
        elif row <= header.count("\n"):
            return None  # a report in the imports that matches none of them: not what this relies on
    everything = set(aliases.values())
    return set().union(*(everything - names for names in unused.values()))


def _assemble(work: Path, owners: list[str | None], path: Path) -> bool:
    """The formatted pieces in order, each continued piece without its stand-in (the blank line after it
    stays: it separates the piece from the method before it)."""
    staged = work / "assembled.py"
    with staged.open("wb") as out:
        for index, owner in enumerate(owners):
            text = (work / _piece(index)).read_bytes()
            if owner is not None:
                head = wrap(owner).encode()[:-1]  # its class line, the stand-in method; not the blank line
                if not text.startswith(head):
                    return False
                text = text[len(head) :]
            out.write(text)
    staged.replace(path)
    return True
