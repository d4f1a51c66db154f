"""`kill -9` at any step of a writing run leaves the old output or the new one, complete (issue #8, item 7).

A real `mpgen build` / `mpgen generate` runs on a copy of a small project with MPGEN_TEST_PAUSE_AT=<point>
(generator/build/output.py: pause), which makes it announce the point on stderr and wait; the test then
SIGKILLs its whole process group, compares what a reader sees (through mpgen's symlinks) with the known old
and new trees, and checks that the next run settles the leftovers and succeeds. A few kills at random times
cover the steps between the named points.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

LEGAL = Path(__file__).parent / "corpus" / "legal"
PACKAGE = "kt_client"
SPECS = ("composition.yaml", "tabs.json", "nonstandard_refs.yaml")
PYPROJECT = f'[tool.mpgen]\nspecs = "specs"\nout = "build"\npackage = "{PACKAGE}"\nfacade = "KtClient"\n'
GENERATE = ("generate", *(f"specs/{s}" for s in SPECS), "--out", "out", "--package", PACKAGE)


@dataclass(frozen=True)
class Scenario:
    argv: tuple[str, ...]
    root: str  # the output root, relative to the project
    outputs: tuple[str, ...]  # what a reader looks at, relative to the root
    linked: bool  # outputs reached through .mpgen-current (mpgen build)


BUILD = Scenario(("build",), "build", (f"client/{PACKAGE}", "client/pyproject.toml", "specs"), linked=True)
GEN = Scenario((*GENERATE, "--pyproject"), "out", (PACKAGE, "pyproject.toml"), linked=False)

# Points per starting state. rename-N: right after the N-th visible rename of the commit.
#   build: the one flip of .mpgen-current. build-first: three links (dangling until the flip), then the flip.
#   build-legacy (output of an mpgen without generations): flip to a hard-linked copy of what is visible,
#   three exchanges of real folders for symlinks showing the same content, then the flip to the new one.
POINTS = {
    "build": ["staged", "journal", "rename-1", "settling", "cleaned"],
    "build-first": ["staged", "journal", "rename-1", "rename-2", "rename-3", "rename-4", "settling"],
    "build-legacy": [
        "staged",
        "journal",
        "rename-1",
        "rename-2",
        "rename-3",
        "rename-4",
        "rename-5",
        "settling",
        "cleaned",
    ],
    "generate": ["staged", "journal", "rename-1", "settling", "cleaned"],
}
SCENARIOS = {"build": BUILD, "build-first": BUILD, "build-legacy": BUILD, "generate": GEN}


def run(project: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MPGEN_TEST_")}
    return subprocess.run(
        [sys.executable, "-m", "generator", *argv], cwd=project, env=env, capture_output=True, text=True, check=False
    )


def start(
    project: Path, argv: tuple[str, ...], pause: str | None, **hooks: str
) -> tuple[subprocess.Popen[bytes], Path]:
    log = project / f"kill-{time.monotonic_ns()}.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MPGEN_TEST_")} | hooks
    if pause:
        env["MPGEN_TEST_PAUSE_AT"] = pause
    with log.open("wb") as err:  # the child keeps its own descriptor
        proc = subprocess.Popen(
            [sys.executable, "-m", "generator", *argv],
            cwd=project,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,  # its own group: the kill takes ruff and workers too, as a CI cancel does
        )
    return proc, log


def kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def kill_at(project: Path, argv: tuple[str, ...], point: str, **hooks: str) -> None:
    proc, log = start(project, argv, point, **hooks)
    deadline = time.monotonic() + 120
    while f"paused at {point}" not in log.read_text(encoding="utf-8", errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            kill(proc)
            pytest.fail(f"{' '.join(argv)} never reached {point}:\n{log.read_text(encoding='utf-8')}")
        time.sleep(0.02)
    kill(proc)
    log.unlink()


def visible(project: Path, scenario: Scenario) -> dict[str, bytes]:
    """What a reader sees at the output paths, following mpgen's symlinks like any reader."""
    root = project / scenario.root
    seen: dict[str, bytes] = {}
    for name in scenario.outputs:
        path = root / name
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and "__pycache__" not in p.parts:
                    seen[f"{name}/{p.relative_to(path).as_posix()}"] = p.read_bytes()
        elif path.is_file():
            seen[name] = path.read_bytes()
    return seen


def describe(state: dict[str, bytes], other: dict[str, bytes]) -> str:
    diff = sorted(k for k in set(state) | set(other) if state.get(k) != other.get(k))
    return f"{len(diff)} path(s) differ, e.g. {diff[:4]}"


def assert_settled(project: Path, scenario: Scenario) -> None:
    root = project / scenario.root
    names = sorted(p.name for p in root.iterdir())
    left = [n for n in names if n.startswith(".mpgen.tmp-") or n.endswith(".tmp") or n == ".mpgen-journal.json"]
    assert left == [], f"leftovers: {left}"
    gens = [n for n in names if n.startswith(".mpgen-gen-")]
    assert gens == ([os.readlink(root / ".mpgen-current")] if scenario.linked else [])


def make_project(folder: Path) -> Path:
    (folder / "specs").mkdir(parents=True)
    for name in (*SPECS, "shared"):
        source = LEGAL / name
        if source.is_dir():
            shutil.copytree(source, folder / "specs" / name)
        else:
            shutil.copy(source, folder / "specs" / name)
    (folder / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return folder


def edit_v2(project: Path) -> None:
    """A change that reaches the models, a client module and the bundles of one document."""
    spec = project / "specs" / "tabs.json"
    text = spec.read_text(encoding="utf-8")
    assert '"name": {' in text
    spec.write_text(text.replace('"name": {', '"label": {', 1), encoding="utf-8")


def ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout + result.stderr


def delink(project: Path) -> None:
    """Turn a build into the layout an mpgen without generations wrote: real folders, no record."""
    build = project / "build"
    for name in BUILD.outputs:
        path = build / name
        if not path.is_symlink():
            continue
        target = path.resolve()
        path.unlink()
        if target.is_dir():
            shutil.copytree(target, path)
        else:
            shutil.copy(target, path)
    for entry in build.iterdir():
        if entry.name.startswith((".mpgen-gen-", ".mpgen-current", ".mpgen-manifest")):
            entry.unlink() if entry.is_symlink() or entry.is_file() else shutil.rmtree(entry)


Start = tuple[Path, dict[str, bytes]]


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Start]:
    """Per starting state: a project holding the old output (v1) and the old visible tree."""
    base = tmp_path_factory.mktemp("kill")
    made: dict[str, Start] = {}
    for key, scenario in SCENARIOS.items():
        old = make_project(base / f"old-{key}")
        if key != "build-first":
            ok(run(old, *scenario.argv))
        if key == "build-legacy":
            delink(old)
        made[key] = (old, visible(old, scenario))
    return made


def reference(folder: Path, scenario: Scenario) -> dict[str, bytes]:
    """The new visible tree (v2), from a fresh project: made right after the kill, so that it comes from the
    same generator sources as the killed run even while they are being edited."""
    fresh = make_project(folder)
    edit_v2(fresh)
    ok(run(fresh, *scenario.argv))
    return visible(fresh, scenario)


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    edit_v2(target)
    return target


CASES = [(key, point) for key, points in POINTS.items() for point in points]


@pytest.mark.parametrize(("key", "point"), CASES, ids=[f"{k}@{p}" for k, p in CASES])
def test_killed_at_a_step_leaves_old_or_new_and_the_next_run_settles(
    starts: dict[str, Start], tmp_path: Path, key: str, point: str
) -> None:
    source, old = starts[key]
    scenario = SCENARIOS[key]
    project = _copy(source, tmp_path / "p")
    kill_at(project, scenario.argv, point)
    new = reference(tmp_path / "new", scenario)
    state = visible(project, scenario)
    assert state in (old, new), (
        f"killed at {point}: neither old ({describe(state, old)}) nor new ({describe(state, new)})"
    )
    ok(run(project, *scenario.argv))
    assert visible(project, scenario) == new
    assert_settled(project, scenario)


@pytest.mark.parametrize("key", ["build", "generate"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_at_a_random_moment_leaves_old_or_new(
    starts: dict[str, Start], tmp_path: Path, key: str, seed: int
) -> None:
    source, old = starts[key]
    scenario = SCENARIOS[key]
    project = _copy(source, tmp_path / "p")
    proc, _log = start(project, scenario.argv, None)
    time.sleep(random.Random(f"{key}-{seed}").uniform(0.3, 3.0))
    kill(proc)
    new = reference(tmp_path / "new", scenario)
    state = visible(project, scenario)
    assert state in (old, new), f"neither old ({describe(state, old)}) nor new ({describe(state, new)})"
    ok(run(project, *scenario.argv))
    assert visible(project, scenario) == new
    assert_settled(project, scenario)


def test_a_kill_while_settling_a_killed_run_is_settled_by_the_run_after(
    starts: dict[str, Start], tmp_path: Path
) -> None:
    source, old = starts["build"]
    project = _copy(source, tmp_path / "p")
    kill_at(project, BUILD.argv, "journal")
    kill_at(project, BUILD.argv, "settling")  # the next run, killed while undoing the first one's commit
    assert visible(project, BUILD) == old
    ok(run(project, *BUILD.argv))
    assert visible(project, BUILD) == reference(tmp_path / "new", BUILD)
    assert_settled(project, BUILD)


def test_generate_killed_between_its_two_outputs_is_completed_by_the_next_run(tmp_path: Path) -> None:
    """The weaker case the README states: `generate` switches the package folder and pyproject.toml one after
    the other (each atomically). Between the two a reader sees the new package without the new pyproject.toml;
    the journal makes the next run finish the switch."""
    project = make_project(tmp_path / "p")
    ok(run(project, *GENERATE))  # no pyproject.toml yet
    before = visible(project, GEN)
    edit_v2(project)
    kill_at(project, GEN.argv, "rename-1")
    state = visible(project, GEN)
    assert "pyproject.toml" not in state and state != before, "the package switched, pyproject.toml not yet"
    assert (project / "out" / ".mpgen-journal.json").is_file()
    ok(run(project, *GENERATE, "--check"))  # --check writes nothing, and the package it compares is complete
    ok(run(project, *GEN.argv))
    fresh = make_project(tmp_path / "fresh")
    edit_v2(fresh)
    ok(run(fresh, *GEN.argv))
    assert visible(project, GEN) == visible(fresh, GEN)
    assert_settled(project, GEN)


def test_only_marked_leftovers_are_removed(tmp_path: Path) -> None:
    """Staging folders of a killed run carry mpgen's marker; a user's folder with a matching name does not."""
    project = make_project(tmp_path / "p")
    ok(run(project, *GEN.argv))
    edit_v2(project)
    kill_at(project, GEN.argv, "staged")
    (project / "out" / ".mpgen.tmp-mine").mkdir()
    (project / "out" / ".mpgen.tmp-mine" / "keep.txt").write_text("mine\n", encoding="utf-8")
    (project / "out" / ".mpgen-journal.json").unlink()  # even without the journal, the marker identifies ours
    ok(run(project, *GEN.argv))
    names = sorted(p.name for p in (project / "out").iterdir())
    assert [n for n in names if n.startswith(".mpgen.tmp-")] == [".mpgen.tmp-mine"]
    assert (project / "out" / ".mpgen.tmp-mine" / "keep.txt").read_text(encoding="utf-8") == "mine\n"


def test_without_renameat2_a_kill_between_the_two_renames_is_finished_by_the_next_run(
    starts: dict[str, Start], tmp_path: Path
) -> None:
    """The weaker case the README states for systems without renameat2: a folder is replaced by two renames
    (the old one aside, then the new one in), so a reader may find it missing between them."""
    source, _old = starts["generate"]
    project = _copy(source, tmp_path / "p")
    kill_at(project, GEN.argv, "aside", MPGEN_TEST_NO_RENAMEAT2="1")
    assert not (project / "out" / PACKAGE).exists()
    ok(run(project, *GEN.argv))
    assert visible(project, GEN) == reference(tmp_path / "new", GEN)
    assert_settled(project, GEN)
    spec = project / "specs" / "tabs.json"  # and a whole run through the fallback
    spec.write_text(spec.read_text(encoding="utf-8").replace('"label": {', '"title": {', 1), encoding="utf-8")
    proc, log = start(project, GEN.argv, None, MPGEN_TEST_NO_RENAMEAT2="1")
    assert proc.wait() == 0, log.read_text(encoding="utf-8")
    assert "title" in (project / "out" / PACKAGE / "tabs" / "models.py").read_text(encoding="utf-8")
    assert_settled(project, GEN)
