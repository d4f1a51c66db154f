"""What the portal publishes for installing `mpgen` itself: its wheel and a constraints file of its dependencies.

    python tools/mpgen_dist.py constraints          # print constraints.txt
    python tools/mpgen_dist.py dist OUT             # OUT/mpgen-<version>-py3-none-any.whl, OUT/constraints.txt

constraints.txt pins the transitive closure of `[project].dependencies` (read from the installed metadata of
this environment) to the versions of requirements.lock: the generator's output depends on them (model generator,
formatter), so a user's `mpgen generate --check` must see the versions the portal was built with. Test tools
(pytest, mypy, playwright, ...) are not in it. This script does not import `generator`.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PIP_WHEEL = [
    sys.executable,
    "-m",
    "pip",
    "wheel",
    "--quiet",
    "--disable-pip-version-check",
    "--no-deps",
    "--no-build-isolation",
]


def normalize(name: str) -> str:
    """PEP 503 name normalization: `Jinja2`, `jinja2` and `jinja_2` compare equal as `jinja2`."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(lock: Path) -> dict[str, tuple[str, str]]:
    """normalized name -> (name as the lock spells it, exact version)."""
    pins: dict[str, tuple[str, str]] = {}
    for raw in lock.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        if not sep:
            raise ValueError(f"{lock}: not an exact pin: {raw!r}")
        pins[normalize(name.strip())] = (name.strip(), version.strip())
    return pins


def _wanted(marker: Marker | None) -> bool | None:
    """True: needed here; False: only for an extra (never); None: needed on another platform or Python."""
    if marker is None:
        return True
    if "extra" in str(marker):
        return True if marker.evaluate({"extra": ""}) else False
    return True if marker.evaluate() else None


def runtime_closure(roots: list[str]) -> set[str]:
    """Normalized names of the roots and everything they require (no extras), from the installed metadata."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in roots]
    while todo:
        req = todo.pop()
        key = normalize(req.name)
        wanted = _wanted(req.marker)
        if key in seen or wanted is False:
            continue
        try:
            requires = metadata.requires(req.name) or []
        except metadata.PackageNotFoundError:
            if wanted is None:
                continue  # for another platform or Python, and not installed here
            raise
        seen.add(key)
        todo += [Requirement(r) for r in requires]
        todo += [Requirement(f"{r.name}; {r.marker}") if r.marker else r for r in _extras(req)]
    return seen


def _extras(req: Requirement) -> list[Requirement]:
    """The requirements that `name[extra]` adds to name."""
    out: list[Requirement] = []
    for extra in req.extras:
        for raw in metadata.requires(req.name) or []:
            dep = Requirement(raw)
            if dep.marker is not None and "extra" in str(dep.marker) and dep.marker.evaluate({"extra": extra}):
                out.append(Requirement(dep.name))
    return out


def constraints(pyproject: Path = ROOT / "pyproject.toml", lock: Path = ROOT / "requirements.lock") -> str:
    """constraints.txt: one `name==version` line per runtime dependency of mpgen, in the lock's order."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    pins = read_lock(lock)
    closure = runtime_closure(list(project["dependencies"]))
    missing = sorted(closure - set(pins))
    if missing:
        raise SystemExit(f"{lock}: no pin for {', '.join(missing)} (required by {project['name']})")
    lines = [f"{pins[key][0]}=={pins[key][1]}" for key in pins if key in closure]
    header = (
        f"# Runtime dependencies of {project['name']} {project['version']}, pinned to the versions the portal uses.\n"
        f"# pip install -c constraints.txt {wheel_name(project['name'], project['version'])}\n"
    )
    return header + "\n".join(lines) + "\n"


def wheel_name(name: str, version: str) -> str:
    return f"{re.sub(r'[-_.]+', '_', name).lower()}-{version}-py3-none-any.whl"


def build_wheel(out: Path, project: Path = ROOT) -> Path:
    """Build mpgen's wheel from a copy of the sources (setuptools writes build/ and *.egg-info where it builds)."""
    meta = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mpgen-wheel-") as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        shutil.copy2(project / "pyproject.toml", src / "pyproject.toml")
        shutil.copytree(project / "generator", src / "generator", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        subprocess.run(
            [*PIP_WHEEL, "-w", str(out), str(src)],
            check=True,
        )
    wheel = out / wheel_name(meta["name"], meta["version"])
    if not wheel.is_file():
        raise SystemExit(f"pip wheel did not write {wheel}")
    return wheel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("constraints", help="print constraints.txt")
    dist = sub.add_parser("dist", help="write the wheel and constraints.txt into OUT")
    dist.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "constraints":
        sys.stdout.write(constraints())
        return 0
    text = constraints()
    wheel = build_wheel(args.out)
    (args.out / "constraints.txt").write_text(text, encoding="utf-8")
    print(f"{wheel}\n{args.out / 'constraints.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
