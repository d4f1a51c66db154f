"""The examples run as written: the maintainers' CI jobs in README.md (GitHub Actions, GitLab CI) pass on the current
specs and fail when a spec drifts from the committed client, and the SDK page's Python examples import what they use."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

PAGE = ROOT / "docs" / "sdk" / "index.md"
CI_PAGE = ROOT / "README.md"  # CI of a checkout of this repository: a maintainers' matter, not the portal's
FENCE = re.compile(r'^```(\w+)(?: title="([^"]*)")?\n(.*?)^```', re.S | re.M)


def _fences(page: Path = PAGE) -> list[tuple[str, str, str]]:
    return FENCE.findall(page.read_text(encoding="utf-8"))


def _ci_commands() -> dict[str, list[str]]:
    """Shell commands of each CI example, by file name, in order."""
    jobs: dict[str, Any] = {
        title: yaml.safe_load(body) for lang, title, body in _fences(CI_PAGE) if lang == "yaml" and title
    }
    github = [step["run"] for step in jobs[".github/workflows/specs.yml"]["jobs"]["check"]["steps"] if "run" in step]
    gitlab = list(jobs[".gitlab-ci.yml"]["specs"]["script"])
    return {"github": [c.strip() for c in github], "gitlab": [c.strip() for c in gitlab]}


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"  # mpgen of this environment
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env={**os.environ, "PATH": path}, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checkout as CI sees it: specs, configuration and the client committed by the page's regenerate command."""
    root = tmp_path_factory.mktemp("checkout")
    shutil.copytree(ROOT / "specs", root / "specs")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    (regenerate,) = [body.strip() for lang, title, body in _fences(CI_PAGE) if lang == "bash" and title == "再生成"]
    result = _shell(regenerate, root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def test_both_ci_examples_run_the_same_checks_after_installing_from_the_lock_file() -> None:
    commands = _ci_commands()
    assert commands["github"] == commands["gitlab"]
    install, *checks = commands["github"]
    assert install == "python -m pip install -r requirements.lock -e ."
    assert (ROOT / "requirements.lock").is_file() and (ROOT / "pyproject.toml").is_file()
    assert [c.split()[:2] for c in checks] == [["mpgen", "validate"], ["mpgen", "generate"]]
    (regenerate,) = [body.strip() for lang, title, body in _fences(CI_PAGE) if lang == "bash" and title == "再生成"]
    assert checks[-1].split() == [*regenerate.split(), "--check"]  # CI checks exactly what the page says to run


def test_ci_checks_pass_on_the_specs_and_fail_on_drift(project: Path) -> None:
    _install, *checks = _ci_commands()["github"]
    for command in checks:
        result = _shell(command, project)
        assert result.returncode == 0, f"{command}\n{result.stdout}{result.stderr}"

    spec = project / "specs" / "self-info.yaml"
    original = spec.read_text(encoding="utf-8")
    drifted = original.replace("summary: 利用者の同意を取得する", "summary: 利用者の同意を取得する（変更）", 1)
    assert drifted != original
    spec.write_text(drifted, encoding="utf-8")
    try:
        result = _shell(checks[-1], project)
    finally:
        spec.write_text(original, encoding="utf-8")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self_info" in result.stdout + result.stderr  # the stale files are named


def test_python_examples_compile_and_import_what_they_use(project: Path) -> None:
    examples = [body for lang, _title, body in _fences() if lang == "python"]
    assert examples
    imports: list[str] = []
    for example in examples:
        compile(example, "docs/sdk/index.md", "exec")
        imports += [line for line in example.splitlines() if line.startswith("from mynaportal_client import")]
        assert any(line.startswith("from mynaportal_client import") for line in example.splitlines()), example
    result = subprocess.run(
        [sys.executable, "-c", "\n".join(imports)],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project / "clients" / "python")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
