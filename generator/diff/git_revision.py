"""`--base REV`: the spec folder as it was at a git revision, extracted into a temporary folder.

Only `git rev-parse` and `git archive` run (no checkout: the working tree and index are never
touched); the archive is unpacked with the `data` filter, so no member can land outside the folder.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Location, display_path, error
from generator.diff.loading import DiffInputError
from generator.paths import real


@dataclass(frozen=True)
class Snapshot:
    folder: Path  # the extracted copy of the requested folder
    top: Path  # the repository's working tree
    revision: str
    prefix: str  # real path of the extraction root, as it appears in locations

    def rename(self, path: str) -> str:
        """A location inside the snapshot reads `REV:specs/x.yaml`, as `git show` spells it."""
        if path.startswith(self.prefix + "/"):
            return f"{self.revision}:{path[len(self.prefix) + 1 :]}"
        return path

    def counterpart(self, path: Path) -> Path:
        """Where a working-tree path is in the snapshot."""
        return Path(self.prefix) / real(path).relative_to(self.top)


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, timeout=120)
    except (OSError, subprocess.SubprocessError) as exc:
        raise _failure(cwd, f"cannot run git: {exc}") from None


def _failure(where: Path, message: str) -> DiffInputError:
    return DiffInputError([error(Location(display_path(where)), "git-error", message)])


def snapshot(revision: str, folder: Path, into: Path) -> Snapshot:
    """Extract `folder` (a folder of the working tree) as it was at `revision` into `into`."""
    if revision.startswith("-"):
        raise _failure(folder, f"{revision!r} is not a revision")
    probe = folder if folder.is_dir() else folder.parent
    while not probe.is_dir() and probe != probe.parent:
        probe = probe.parent
    top_run = _git(["rev-parse", "--show-toplevel"], probe)
    if top_run.returncode != 0:
        raise _failure(folder, "not inside a git repository")
    top = real(Path(top_run.stdout.decode("utf-8", "replace").strip()))
    try:
        relative = real(folder).relative_to(top).as_posix()
    except ValueError:
        raise _failure(folder, f"not inside the repository {top}") from None
    verify = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], top)
    if verify.returncode != 0:
        raise _failure(folder, f"unknown revision {revision!r}")
    commit = verify.stdout.decode().strip()
    archive = _git(["archive", "--format=tar", commit, "--", relative or "."], top)
    if archive.returncode != 0:
        detail = archive.stderr.decode("utf-8", "replace").strip().splitlines()
        raise _failure(folder, f"{relative or '.'} at {revision}: {detail[-1] if detail else 'git archive failed'}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    root = real(into)
    return Snapshot(root / relative if relative else root, top, revision, str(root))
