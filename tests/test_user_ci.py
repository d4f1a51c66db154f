"""What we give users for their own CI, run as they would run it.

- ci/github-actions.yml and ci/gitlab-ci.yml: the job's shell commands, taken from the YAML as written, run in bash
  on a user's repository (a committed copy of a portal spec and the client generated from it) with a fresh venv on
  PATH. PORTAL_URL points at a loopback http.server serving a downloads/ folder built here as the portal builds it
  (bundles from `mpgen bundle`, index.json from generator.portal.downloads, the mpgen wheel and constraints.txt
  from tools/mpgen_dist.py). pip resolves the dependencies offline (PIP_NO_INDEX, PIP_FIND_LINKS=build/wheelhouse).
- .pre-commit-hooks.yaml: run by the real `pre-commit` tool in a temporary git repository. The config is a
  `repo: local` one whose hooks are the manifest's entries (entry, files, pass_filenames, ...) with
  `language: system`: a remote `repo:` would make pre-commit clone this repository and pip-install mpgen from the
  network, which a test may not do. So this proves the hook definitions (the commands, their arguments, which files
  trigger them); `pre-commit validate-manifest` proves the manifest itself is valid for the remote use.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.portal.downloads import ARCHIVE, ApiFiles, Downloads, archive, index_json, info
from tests.conftest import ROOT, run_mpgen
from tests.test_generator_wheel import build_dist, clean_env, fresh_venv, require_wheelhouse

GITHUB = ROOT / "ci" / "github-actions.yml"
GITLAB = ROOT / "ci" / "gitlab-ci.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
SDK_PAGE = ROOT / "docs" / "sdk" / "index.md"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
SLUGS = ("self-info", "notices")  # what the test portal publishes
CHECK = 'mpgen generate "$SPEC" --out "$CLIENT_OUT" --package "$CLIENT_PACKAGE" --check'


def _github() -> dict[str, Any]:
    (job,) = yaml.safe_load(GITHUB.read_text(encoding="utf-8"))["jobs"].values()
    return dict(job)


def _gitlab() -> dict[str, Any]:
    (job,) = yaml.safe_load(GITLAB.read_text(encoding="utf-8")).values()
    return dict(job)


def _variables(kind: str) -> dict[str, str]:
    return {k: str(v) for k, v in (_github()["env"] if kind == "github" else _gitlab()["variables"]).items()}


# --------------------------------------------------------------------------- the test portal


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A loopback web server; each test publishes a portal in its own folder under the served root."""
    root = tmp_path_factory.mktemp("served")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", root
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundles")
    result = run_mpgen("bundle", *(f"specs/{s}.yaml" for s in SLUGS), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_dist(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def fresh_bin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One fresh venv for the CI runs: the first run's install line installs mpgen into it."""
    return fresh_venv(tmp_path_factory.mktemp("ci-venv") / "venv")


def publish(site: Path, specs: dict[str, bytes], dist: tuple[Path, Path], index_specs: dict[str, bytes]) -> None:
    """site/downloads/ as the portal lays it out; index.json describes index_specs (normally the same bytes)."""
    downloads = site / "downloads"
    downloads.mkdir(parents=True)
    for name, data in specs.items():
        (downloads / name).write_bytes(data)
    for path in dist:
        shutil.copy(path, downloads / path.name)
    apis = []
    for slug in SLUGS:
        doc = yaml.safe_load(index_specs[f"{slug}.yaml"])
        files = tuple(info(f"{slug}.{ext}", index_specs[f"{slug}.{ext}"]) for ext in ("yaml", "json"))
        apis.append(ApiFiles(slug, doc["info"]["title"], doc["info"]["version"], files))
    zipped = archive(index_specs)
    (downloads / ARCHIVE).write_bytes(zipped)
    listing = Downloads(dict(index_specs), tuple(apis), info(ARCHIVE, zipped), ())
    (downloads / "index.json").write_text(index_json(listing), encoding="utf-8")


def _bundle_bytes(bundles: Path) -> dict[str, bytes]:
    return {f"{s}.{ext}": (bundles / f"{s}.{ext}").read_bytes() for s in SLUGS for ext in ("yaml", "json")}


def edit_summary(text: str) -> str:
    """The first operation's summary changed: a valid document, no breaking change, a different client."""
    doc = yaml.safe_load(text)
    operation = next(op for item in doc["paths"].values() for op in item.values() if isinstance(op, dict))
    old = f"summary: {operation['summary']}\n"
    assert old in text
    return text.replace(old, f"summary: {operation['summary']}（変更）\n", 1)


def _remove_first_path(yaml_bytes: bytes) -> bytes:
    doc = yaml.safe_load(yaml_bytes)
    del doc["paths"][next(iter(doc["paths"]))]
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False).encode("utf-8")


def user_repository(where: Path, kind: str, committed_spec: bytes) -> Path:
    """A user's repository as the template's variables describe it: the spec copy and the client from it."""
    variables = _variables(kind)
    where.mkdir(parents=True)
    spec = where / variables["SPEC"]
    spec.parent.mkdir(parents=True, exist_ok=True)
    spec.write_bytes(committed_spec)
    out, package = variables["CLIENT_OUT"], variables["CLIENT_PACKAGE"]
    result = run_mpgen("generate", variables["SPEC"], "--out", out, "--package", package, cwd=where)
    assert result.returncode == 0, result.stdout + result.stderr
    return where


# --------------------------------------------------------------------------- running a job as written


@dataclass(frozen=True)
class JobRun:
    returncode: int
    failed_step: str | None  # GitHub: the name of the step that failed
    output: str
    summary: str  # GitHub: what the job appended to $GITHUB_STEP_SUMMARY; GitLab: the artifact


def run_job(kind: str, repo: Path, portal_url: str, bin_dir: Path, wheelhouse: Path) -> JobRun:
    variables = {**_variables(kind), "PORTAL_URL": portal_url}
    env = clean_env(bin_dir, **variables, PIP_NO_INDEX="1", PIP_FIND_LINKS=str(wheelhouse))
    scratch = repo.parent / f"{repo.name}-runner"
    scratch.mkdir()
    output: list[str] = []
    if kind == "github":  # each `run` step in `bash -e {0}` (the runner's default shell), stopping at a failure
        step_summary = scratch / "step_summary.md"
        step_summary.touch()
        env |= {"RUNNER_TEMP": str(scratch), "GITHUB_STEP_SUMMARY": str(step_summary), "GITHUB_WORKSPACE": str(repo)}
        for number, step in enumerate(s for s in _github()["steps"] if "run" in s):
            script = scratch / f"step{number}.sh"
            script.write_text(step["run"], encoding="utf-8")
            result = subprocess.run(
                ["bash", "-e", str(script)], cwd=repo, env=env, capture_output=True, text=True, check=False
            )
            output.append(result.stdout + result.stderr)
            if result.returncode != 0:
                return JobRun(result.returncode, step["name"], "".join(output), step_summary.read_text("utf-8"))
        return JobRun(0, None, "".join(output), step_summary.read_text(encoding="utf-8"))
    # GitLab: the script lines in one bash with errexit and pipefail, as the runner does; the diff is an artifact
    script = scratch / "script.sh"
    script.write_text("\n".join(_gitlab()["script"]) + "\n", encoding="utf-8")
    env |= {"CI_PROJECT_DIR": str(repo)}
    result = subprocess.run(
        ["bash", "-e", "-o", "pipefail", str(script)], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    (artifact,) = _gitlab()["artifacts"]["paths"]
    summary_file = repo / artifact
    summary = summary_file.read_text(encoding="utf-8") if summary_file.is_file() else ""
    return JobRun(result.returncode, None, result.stdout + result.stderr, summary)


# --------------------------------------------------------------------------- tests


def test_templates_point_at_the_portal_and_install_the_published_mpgen() -> None:
    found = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    assert found is not None
    site_url = found[1]
    for kind in ("github", "gitlab"):
        variables = _variables(kind)
        assert variables["PORTAL_URL"] == site_url.rstrip("/"), kind
        assert variables["MPGEN_VERSION"] == VERSION, f"{kind}: update MPGEN_VERSION with pyproject's version"
    github = [s["run"] for s in _github()["steps"] if "run" in s]
    gitlab = _gitlab()["script"]
    install = (
        'python -m pip install -c "$PORTAL_URL/downloads/constraints.txt" '
        '"$PORTAL_URL/downloads/mpgen-$MPGEN_VERSION-py3-none-any.whl"'
    )
    assert github[0].strip() == install and gitlab[0] == install
    for commands in ("\n".join(github), "\n".join(gitlab)):
        assert "sha256sum -c" in commands and "downloads/index.json" in commands
        assert "--fail-on ERR --format markdown" in commands
        assert commands.rstrip().endswith(CHECK)
    assert "$GITHUB_STEP_SUMMARY" in "\n".join(github)
    assert _gitlab()["artifacts"]["when"] == "always"  # the summary is kept when the diff fails the job


@pytest.mark.parametrize("kind", ["github", "gitlab"])
def test_ci_job_passes_on_an_unchanged_spec_and_fails_on_a_breaking_change(
    kind: str,
    server: tuple[str, Path],
    bundles: Path,
    dist: tuple[Path, Path],
    fresh_bin: Path,
    tmp_path: Path,
) -> None:
    wheelhouse = require_wheelhouse()
    url, served = server
    specs = _bundle_bytes(bundles)
    committed = specs["self-info.yaml"]

    publish(served / f"{kind}-same", specs, dist, specs)
    ok = run_job(kind, user_repository(tmp_path / "same", kind, committed), f"{url}/{kind}-same", fresh_bin, wheelhouse)
    assert ok.returncode == 0, ok.output
    assert "## API changes" in ok.summary and "0 breaking (ERR)" in ok.summary, ok.summary
    assert (fresh_bin / "mpgen").is_file()  # installed by the job's own install line

    breaking = dict(specs, **{"self-info.yaml": _remove_first_path(committed)})
    publish(served / f"{kind}-breaking", breaking, dist, breaking)
    bad = run_job(
        kind, user_repository(tmp_path / "breaking", kind, committed), f"{url}/{kind}-breaking", fresh_bin, wheelhouse
    )
    assert bad.returncode == 1, bad.output
    assert "`path-removed`" in bad.summary, bad.summary  # the markdown summary is posted although the job fails
    if kind == "github":
        assert bad.failed_step is not None and "breaking change" in bad.failed_step


@pytest.mark.parametrize("kind", ["github", "gitlab"])
def test_ci_job_fails_on_a_stale_client_and_on_a_download_that_does_not_match_index(
    kind: str,
    server: tuple[str, Path],
    bundles: Path,
    dist: tuple[Path, Path],
    fresh_bin: Path,
    tmp_path: Path,
) -> None:
    wheelhouse = require_wheelhouse()
    url, served = server
    specs = _bundle_bytes(bundles)
    committed = specs["self-info.yaml"]

    # the user updated the committed copy (a new summary: no breaking change) but did not regenerate the client
    edited = edit_summary(committed.decode("utf-8")).encode("utf-8")
    assert edited != committed
    repo = user_repository(tmp_path / "stale", kind, committed)
    (repo / _variables(kind)["SPEC"]).write_bytes(edited)
    published = dict(specs, **{"self-info.yaml": edited})
    publish(served / f"{kind}-stale", published, dist, published)
    stale = run_job(kind, repo, f"{url}/{kind}-stale", fresh_bin, wheelhouse)
    assert stale.returncode == 1, stale.output
    assert "0 breaking (ERR)" in stale.summary, stale.summary  # the diff passed: the generate --check step failed
    assert _variables(kind)["CLIENT_PACKAGE"] in stale.output
    if kind == "github":
        assert stale.failed_step is not None and "committed client" in stale.failed_step

    # the file served is not the one index.json lists: the job stops before diffing anything
    tampered = dict(specs, **{"self-info.yaml": _remove_first_path(committed)})
    publish(served / f"{kind}-tampered", tampered, dist, specs)
    refused = run_job(
        kind, user_repository(tmp_path / "tampered", kind, committed), f"{url}/{kind}-tampered", fresh_bin, wheelhouse
    )
    assert refused.returncode != 0, refused.output
    assert "FAILED" in refused.output  # sha256sum -c
    assert refused.summary == ""
    if kind == "github":
        assert refused.failed_step is not None and "sha256" in refused.failed_step


def _hooks() -> list[dict[str, Any]]:
    return list(yaml.safe_load(HOOKS.read_text(encoding="utf-8")))


def _pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",  # mpgen of this checkout
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "PRE_COMMIT_COLOR": "never",
    }
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env, capture_output=True, text=True, check=False
    )


USER_ARGS = {
    "mpgen-validate": ["openapi"],
    "mpgen-generate-check": ["openapi/self-info.yaml", "--out", "src", "--package", "myna_client"],
}


def test_pre_commit_hooks_pass_on_a_consistent_repository_and_fail_on_a_stale_client_or_an_invalid_spec(
    bundles: Path, tmp_path: Path
) -> None:
    manifest = _pre_commit(ROOT, "validate-manifest", str(HOOKS))
    assert manifest.returncode == 0, manifest.stdout + manifest.stderr
    hooks = _hooks()
    assert [h["id"] for h in hooks] == list(USER_ARGS)
    assert [h["entry"] for h in hooks] == ["mpgen validate", "mpgen generate --check"]

    repo = tmp_path / "repo"
    spec = repo / "openapi" / "self-info.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_bytes((bundles / "self-info.yaml").read_bytes())
    generated = run_mpgen("generate", *USER_ARGS["mpgen-generate-check"], cwd=repo)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    config = {
        "repos": [{"repo": "local", "hooks": [{**h, "language": "system", "args": USER_ARGS[h["id"]]} for h in hooks]}]
    }
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    for command in (["init", "-q"], ["config", "user.email", "ci@example.jp"], ["config", "user.name", "ci"]):
        subprocess.run(["git", *command], cwd=repo, check=True)

    def run_hooks() -> subprocess.CompletedProcess[str]:
        subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
        return _pre_commit(repo, "run", "--all-files")

    def status(result: subprocess.CompletedProcess[str], name: str) -> str:
        (line,) = [line for line in result.stdout.splitlines() if line.startswith(name + ".")]
        return line.rsplit(".", 1)[1].strip()

    clean = run_hooks()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert status(clean, "mpgen validate") == "Passed" and status(clean, "mpgen generate --check") == "Passed"

    original = spec.read_text(encoding="utf-8")
    spec.write_text(edit_summary(original), encoding="utf-8")  # valid, the client is now stale
    stale = run_hooks()
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert status(stale, "mpgen validate") == "Passed" and status(stale, "mpgen generate --check") == "Failed"
    assert "myna_client" in stale.stdout

    spec.write_text(original + "\nopenapi: 3.1.0\n", encoding="utf-8")  # a duplicate key
    invalid = run_hooks()
    assert invalid.returncode == 1, invalid.stdout + invalid.stderr
    assert status(invalid, "mpgen validate") == "Failed"
    assert "openapi/self-info.yaml:" in invalid.stdout

    (repo / "README.md").write_text("unrelated\n", encoding="utf-8")
    spec.write_text(original, encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    skipped = _pre_commit(repo, "run", "--files", "README.md")  # files no hook is for: nothing runs
    assert skipped.returncode == 0 and "(no files to check)Skipped" in skipped.stdout.replace(".", "")


def test_sdk_page_shows_the_published_templates_and_hooks() -> None:
    page = SDK_PAGE.read_text(encoding="utf-8")
    for template in (GITHUB, GITLAB):
        assert template.read_text(encoding="utf-8").strip() in page, f"{template.name} differs from the SDK page"
        assert f"downloads/{template.name}" in page
    assert "downloads/constraints.txt" in page and f"mpgen-{VERSION}-py3-none-any.whl" in page
    start = page.index('```yaml title=".pre-commit-config.yaml"')
    body = page[start:].split("\n", 1)[1].split("```", 1)[0]
    (repo,) = yaml.safe_load(body)["repos"]
    assert repo["repo"] == "local"
    shown = {h["id"]: h for h in repo["hooks"]}
    for hook in _hooks():  # the page's hooks are the manifest's, run on the mpgen installed from the portal
        for key, value in hook.items():
            if key not in ("language", "description"):
                assert shown[hook["id"]].get(key) == value, (hook["id"], key)
        assert shown[hook["id"]]["language"] == "system"


def test_portal_publishes_the_mpgen_wheel_constraints_and_templates_under_downloads(
    dist: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `make build` leaves in build/mpgen becomes downloads/<name> of the site; the spec downloads win."""
    from mkdocs.config.defaults import MkDocsConfig  # noqa: PLC0415 - only this test needs MkDocs
    from mkdocs.structure.files import Files  # noqa: PLC0415

    from generator import mkdocs_hook  # noqa: PLC0415
    from generator.portal.downloads import FileInfo  # noqa: PLC0415

    published = tmp_path / "build" / "mpgen"
    published.mkdir(parents=True)
    for path in (*dist, GITHUB, GITLAB):
        shutil.copy(path, published / path.name)
    (published / "index.json").write_text("not the portal's index\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict({"site_name": "test", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site")})
    assert config.validate() == ([], [])
    config.plugins._current_plugin = None  # as during a build: File.generated records which plugin made the file
    index = b'{"apis": []}\n'
    state = mkdocs_hook._State({}, Downloads({"index.json": index}, (), FileInfo(ARCHIVE, 0, ""), ()))
    monkeypatch.setattr(mkdocs_hook, "_state", state)

    files = mkdocs_hook.on_files(Files([]), config)
    wheel, constraints = dist
    for path in (wheel, constraints, GITHUB, GITLAB):
        served = files.get_file_from_path(f"downloads/{path.name}")
        assert served is not None and served.content_bytes == path.read_bytes(), path.name
    assert wheel.name == f"mpgen-{VERSION}-py3-none-any.whl"
    served_index = files.get_file_from_path("downloads/index.json")
    assert served_index is not None and served_index.content_bytes == index
