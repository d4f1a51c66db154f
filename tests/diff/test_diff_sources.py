"""What is compared with what: folders by catalogue slug or file name, git revisions, split documents."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import Run, write_pair
from diff_cases import BASE, CASES, apply

WARN_EDIT = next(c for c in CASES if c.rule == "request-default-changed").new
ERR_EDIT = next(c for c in CASES if c.rule == "request-type-changed").new


def _catalog(folder: Path, entries: dict[str, str]) -> None:
    rows = "".join(
        f"  - number: {i}\n    slug: {slug}\n    name: API {i}\n    file: {file}\n"
        for i, (slug, file) in enumerate(entries.items(), 1)
    )
    (folder / "catalog.yaml").write_text("apis:\n" + rows, encoding="utf-8")


def _findings(out: str) -> list[dict[str, object]]:
    findings: list[dict[str, object]] = json.loads(out)["findings"]
    return findings


def test_folders_match_by_catalogue_slug_across_renamed_files(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, None, name="items-v1.yaml")
    (new / "items.yaml").write_text(apply(WARN_EDIT), encoding="utf-8")
    _catalog(old, {"items": "items-v1.yaml"})
    _catalog(new, {"items": "items.yaml"})
    code, out, _ = mpgen("diff", old, new, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["documents"] == ["items"]
    assert [(f["id"], f["documents"]) for f in data["findings"]] == [("request-default-changed", ["items"])]


def test_folders_match_by_file_name_and_report_added_and_removed(mpgen: Run, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, BASE, apply(WARN_EDIT), name="items.yaml")
    (old / "gone.yaml").write_text(BASE, encoding="utf-8")
    (new / "fresh.yaml").write_text(BASE, encoding="utf-8")
    (new / "releases" / "items").mkdir(parents=True)  # frozen releases are not documents to compare
    (new / "releases" / "items" / "0.9.0.yaml").write_text(BASE, encoding="utf-8")
    code, out, _ = mpgen("diff", old, new, "--format", "json")
    found = {(f["id"], tuple(f["documents"])) for f in _findings(out)}  # type: ignore[arg-type]
    assert found == {
        ("request-default-changed", ("items",)),
        ("document-removed", ("gone",)),
        ("document-added", ("fresh",)),
    }
    assert code == 1 and json.loads(out)["documents"] == ["fresh", "gone", "items"]


SPLIT_ENTRY = """\
openapi: 3.1.0
info: {title: Split, version: 1.0.0}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {$ref: 'schemas/thing.yaml#/Thing'}
"""
THING = """\
Thing:
  type: object
  required: [id]
  properties:
    id: {type: string}
    kind:
      $ref: 'common.yaml#/Kind'
"""
KIND = "Kind:\n  type: string\n  enum: [a, b]\n"


def _split(folder: Path, kind_in_thing: bool = False) -> None:
    (folder / "schemas").mkdir(parents=True)
    (folder / "api.yaml").write_text(SPLIT_ENTRY, encoding="utf-8")
    if kind_in_thing:  # the same schema, moved from common.yaml into thing.yaml
        (folder / "schemas" / "thing.yaml").write_text(THING.replace("common.yaml#/Kind", "#/Kind") + KIND, "utf-8")
    else:
        (folder / "schemas" / "thing.yaml").write_text(THING, encoding="utf-8")
        (folder / "schemas" / "common.yaml").write_text(KIND, encoding="utf-8")


def test_a_ref_moved_between_files_is_not_a_change(mpgen: Run, tmp_path: Path) -> None:
    _split(tmp_path / "old")
    _split(tmp_path / "new", kind_in_thing=True)
    code, out, err = mpgen("diff", tmp_path / "old" / "api.yaml", tmp_path / "new" / "api.yaml", "--format", "json")
    assert code == 0 and _findings(out) == [], err


def test_findings_in_a_split_document_point_at_the_source_file(mpgen: Run, tmp_path: Path) -> None:
    _split(tmp_path / "old")
    _split(tmp_path / "new")
    (tmp_path / "new" / "schemas" / "common.yaml").write_text(KIND.replace("[a, b]", "[a, b, c]"), "utf-8")
    _code, out, _ = mpgen("diff", tmp_path / "old" / "api.yaml", tmp_path / "new" / "api.yaml", "--format", "json")
    (finding,) = _findings(out)
    assert finding["id"] == "response-enum-value-added"
    assert str(finding["file"]).endswith("new/schemas/common.yaml") and finding["line"] == 3


def test_a_shared_file_change_is_one_finding_for_every_document(mpgen: Run, tmp_path: Path) -> None:
    for side in ("old", "new"):
        _split(tmp_path / side)
        second = (tmp_path / side / "api.yaml").read_text("utf-8").replace("/things", "/other")
        (tmp_path / side / "other.yaml").write_text(second.replace("listThings", "listOther"), "utf-8")
    (tmp_path / "new" / "schemas" / "common.yaml").write_text(KIND.replace("[a, b]", "[a]"), "utf-8")
    _code, out, _ = mpgen("diff", tmp_path / "old", tmp_path / "new", "--format", "json")
    (finding,) = _findings(out)
    assert finding["id"] == "response-enum-value-removed" and finding["documents"] == ["api", "other"]
    assert finding["operations"] == ["GET /things", "GET /other"]
    assert str(finding["file"]).endswith("old/schemas/common.yaml")


# --------------------------------------------------------------------------- --base REV


def _git(repo: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    (repo / "pyproject.toml").write_text('[tool.mpgen]\nspecs = "specs"\n', encoding="utf-8")
    removed = BASE.replace("  - url: https://old.example.jp/v1\n", "  - url: https://old.example.jp/v1  #<\n")
    (repo / "specs" / "api.yaml").write_text(removed, encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "v1")
    (repo / "specs" / "api.yaml").write_text(
        apply((("  - url: https://old.example.jp/v1\n", ""), *ERR_EDIT)), encoding="utf-8"
    )
    monkeypatch.chdir(repo)
    return repo


def test_base_revision_against_the_working_tree(mpgen: Run, repo: Path) -> None:
    code, out, _ = mpgen("diff", "--base", "main", "--format", "json")
    found = {f["id"]: f for f in _findings(out)}
    assert code == 1
    assert set(found) == {"server-removed", "request-type-changed", "major-version-not-bumped"}
    assert found["server-removed"]["file"] == "main:specs/api.yaml" and found["server-removed"]["line"] == 7
    assert found["request-type-changed"]["file"] == "specs/api.yaml" and found["request-type-changed"]["line"] == 42
    _code, out, _ = mpgen("diff", "--base", "main", "--format", "github")
    assert "::warning file=specs/api.yaml,line=7," in out  # the checkout's path, not REV:path
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True, check=True)
    assert status.stdout == " M specs/api.yaml\n"  # the working tree and index are untouched


def test_base_revision_of_one_document(mpgen: Run, repo: Path) -> None:
    code, out, _ = mpgen("diff", "--base", "HEAD", "specs/api.yaml", "--format", "json")
    assert code == 1 and {f["id"] for f in _findings(out)} >= {"server-removed", "request-type-changed"}


@pytest.mark.parametrize("revision", ["no-such-branch", "--output=x"])
def test_unknown_revision_is_a_usage_error(mpgen: Run, repo: Path, revision: str) -> None:
    code, out, err = mpgen("diff", f"--base={revision}")
    assert code == 2 and out == "" and "[git-error]" in err
    assert not (repo / "x").exists()


def test_base_outside_a_repository_is_a_usage_error(
    mpgen: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, _new = write_pair(tmp_path, BASE, BASE)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    code, _out, err = mpgen("diff", "--base", "HEAD", old)
    assert code == 2 and "not inside a git repository" in err
