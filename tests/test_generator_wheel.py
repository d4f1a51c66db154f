"""mpgen as the portal publishes it: `downloads/mpgen-<version>-py3-none-any.whl` and `downloads/constraints.txt`
(tools/mpgen_dist.py). Installed with pip into a fresh venv, offline, from those two files and the wheels of the
pinned dependencies alone, its console script validates and generates.

The wheels of the dependencies come from build/wheelhouse, which `make test` prepares (it may download); the tests
themselves never do. Without it they skip locally and fail in CI.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import venv
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.conftest import ROOT

WHEELHOUSE = ROOT / "build" / "wheelhouse"
TOOL = ROOT / "tools" / "mpgen_dist.py"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NOT_RUNTIME = ("pytest", "mypy", "playwright", "mkdocs", "mkdocs-material", "hypothesis", "schemathesis", "pre-commit")


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def require_wheelhouse() -> Path:
    """build/wheelhouse, complete; skip locally (fail in CI) when `make test` has not prepared it."""
    if (WHEELHOUSE / ".complete").is_file():
        return WHEELHOUSE
    reason = f"{WHEELHOUSE} is missing: `make build/wheelhouse/.complete` downloads it (make test does)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def build_dist(out: Path) -> tuple[Path, Path]:
    """The wheel and constraints.txt exactly as `make build` publishes them, written into out."""
    result = subprocess.run(
        [sys.executable, str(TOOL), "dist", str(out)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("*.whl")
    return wheel, out / "constraints.txt"


def fresh_venv(path: Path) -> Path:
    """A new venv without system site packages (pip only); returns its bin folder."""
    venv.EnvBuilder(with_pip=True, system_site_packages=False, clear=True).create(path)
    assert "include-system-site-packages = false" in (path / "pyvenv.cfg").read_text(encoding="utf-8")
    return path / "bin"


def clean_env(bin_dir: Path, **extra: str) -> dict[str, str]:
    """The environment a fresh machine has: no project venv on PATH, no pip configuration, no PYTHONPATH."""
    ours = str(Path(sys.executable).parent)
    path = os.pathsep.join([str(bin_dir), *(p for p in os.environ.get("PATH", "").split(os.pathsep) if p != ours)])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "MPGEN_"))}
    return {**env, "PATH": path, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1", **extra}


def _pins(text: str) -> dict[str, str]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {normalize(line.split("==")[0]): line for line in lines}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_dist(tmp_path_factory.mktemp("dist"))


def test_constraints_pin_the_runtime_closure_of_mpgen_to_the_lock(dist: tuple[Path, Path]) -> None:
    _wheel, constraints = dist
    pins = _pins(constraints.read_text(encoding="utf-8"))
    lock = _pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    assert all(pins[key] == lock[key] for key in pins), "a constraint differs from requirements.lock"
    for dependency in PROJECT["dependencies"]:
        assert normalize(Requirement(dependency).name) in pins, dependency
    for tool in NOT_RUNTIME:
        assert tool not in pins, f"{tool} is a development tool, not a dependency of mpgen"
    for key in pins:  # closed: what a pinned package needs (no extras, this platform) is pinned too
        for raw in metadata.requires(key) or []:
            req = Requirement(raw)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                assert normalize(req.name) in pins, f"{key} requires {req.name}, which is not pinned"


def test_wheel_is_mpgen_with_its_templates_and_console_script(dist: tuple[Path, Path]) -> None:
    wheel, _constraints = dist
    assert PROJECT["name"] == "mpgen"
    assert wheel.name == f"mpgen-{PROJECT['version']}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        info = f"mpgen-{PROJECT['version']}.dist-info"
        meta = zf.read(f"{info}/METADATA").decode("utf-8")
        entry_points = zf.read(f"{info}/entry_points.txt").decode("utf-8")
    assert "Name: mpgen\n" in meta
    required = {
        normalize(Requirement(line.split(":", 1)[1]).name) for line in meta.splitlines() if "Requires-Dist" in line
    }
    assert required == {normalize(Requirement(d).name) for d in PROJECT["dependencies"]}
    assert "mpgen = generator.cli:main" in entry_points
    for folder in ("generator/codegen/templates", "generator/codegen/runtime", "generator/portal/templates"):
        assert any(n.startswith(folder + "/") for n in names), folder
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)


def test_wheel_installs_offline_in_a_fresh_venv_and_validates_and_generates(
    dist: tuple[Path, Path], tmp_path: Path
) -> None:
    wheelhouse = require_wheelhouse()
    wheel, constraints = dist
    bin_dir = fresh_venv(tmp_path / "venv")
    env = clean_env(bin_dir)
    pip_install = [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--no-index"]
    install = subprocess.run(
        [*pip_install, "--find-links", str(wheelhouse), "-c", str(constraints), str(wheel)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)

    installed = _pins(run(str(bin_dir / "python"), "-m", "pip", "freeze").stdout)
    pinned = _pins(constraints.read_text(encoding="utf-8"))
    assert {k: v for k, v in installed.items() if k in pinned} == {k: pinned[k] for k in installed if k in pinned}
    assert run(str(bin_dir / "python"), "-m", "pip", "check").returncode == 0
    where = run(str(bin_dir / "python"), "-c", "import generator; print(generator.__file__)").stdout.strip()
    assert Path(where).is_relative_to(tmp_path / "venv"), where  # the wheel's copy, not this checkout

    spec = tmp_path / "openapi" / "self-info.yaml"
    spec.parent.mkdir()
    spec.write_bytes((ROOT / "specs" / "self-info.yaml").read_bytes())
    shared = ROOT / "specs" / "shared"
    if shared.is_dir():  # the source document references shared components: take them along
        for source in shared.rglob("*"):
            if source.is_file():
                target = spec.parent / "shared" / source.relative_to(shared)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source.read_bytes())
    mpgen = str(bin_dir / "mpgen")
    validated = run(mpgen, "validate", "openapi/self-info.yaml")
    assert validated.returncode == 0, validated.stdout + validated.stderr
    generated = run(mpgen, "generate", "openapi/self-info.yaml", "--out", "src", "--package", "myna_client")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert (tmp_path / "src" / "myna_client" / "__init__.py").is_file()
    checked = run(mpgen, "generate", "openapi/self-info.yaml", "--out", "src", "--package", "myna_client", "--check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    imported = subprocess.run(  # the generated client runs on what the wheel pulled in
        [str(bin_dir / "python"), "-c", "import myna_client"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(tmp_path / "src")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    broken = spec.read_text(encoding="utf-8") + "\nopenapi: 3.1.0\n"  # a duplicate key: a located error, exit 1
    spec.write_text(broken, encoding="utf-8")
    refused = run(mpgen, "validate", "openapi/self-info.yaml")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "openapi/self-info.yaml:" in refused.stdout + refused.stderr
