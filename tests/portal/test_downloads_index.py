"""The downloads page and downloads/index.json: older versions of each spec and mpgen's own files (wheel,
constraints, CI templates), each listed with size and sha256; the built site's index checked against its files."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest

from generator.portal import Artifact, SiteConfig, build_downloads, render_pages
from generator.portal.history import Release
from generator.portal.render import DOWNLOADS_PAGE
from tests.portal.conftest import StandInProject

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("MP_SITE_DIR") or ROOT / "build" / "site")
TOOLS = (
    Artifact("gitlab-ci.yml", b"mpgen:\n  script: [mpgen diff]\n"),
    Artifact("constraints.txt", b"pyyaml==6.0.2\n"),
    Artifact("mpgen-0.1.0-py3-none-any.whl", b"PK\x03\x04 not really a wheel"),
    Artifact("github-actions.yml", b"name: mynaportal-api\n"),
)


def _history() -> dict[str, list[Release]]:
    return {
        "sample": [
            Release("sample", "1.0.0", "2026-01-15", "openapi: 3.1.0\nold: 1\n", '{"old": 1}\n'),
            Release("sample", "1.1.0", "", "openapi: 3.1.0\nmid: 2\n", '{"mid": 2}\n', previous="1.0.0"),
            Release("sample", "2.0.0", "2026-03-01", "openapi: 3.1.0\nnew: 3\n", '{"new": 3}\n', previous="1.1.0"),
        ]
    }


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _page_html(project: StandInProject, site: SiteConfig) -> str:
    downloads = build_downloads(project, (), _history(), TOOLS)
    text = render_pages(project, site, downloads, _history())[DOWNLOADS_PAGE]
    return str(markdown.markdown(text.split("---\n", 2)[2], extensions=["tables", "attr_list", "fenced_code"]))


def _section(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    end = html.find("<h2", start)
    return html[start : end if end >= 0 else len(html)]


def test_index_lists_every_release_and_mpgen_file_with_size_and_sha256(project: StandInProject) -> None:
    downloads = build_downloads(project, (), _history(), TOOLS)
    index = json.loads(downloads.files["index.json"])
    versions = index["apis"][0]["versions"]
    assert [v["version"] for v in versions] == ["1.0.0", "1.1.0", "2.0.0"]
    assert versions[1]["released"] is None
    for v in versions:
        for kind in ("yaml", "json"):
            entry = v["files"][kind]
            assert entry["path"] == f"sample/{v['version']}.{kind}"
            data = downloads.files[entry["path"]]
            assert entry["size"] == len(data) and entry["sha256"] == _sha(data)
    tools = index["mpgen"]
    assert [(t["kind"], t["path"]) for t in tools] == [
        ("wheel", "mpgen-0.1.0-py3-none-any.whl"),
        ("constraints", "constraints.txt"),
        ("ci", "github-actions.yml"),
        ("ci", "gitlab-ci.yml"),
    ]
    given = {t.name: t.data for t in TOOLS}
    for t in tools:
        assert downloads.files[t["path"]] == given[t["path"]]
        assert t["size"] == len(given[t["path"]]) and t["sha256"] == _sha(given[t["path"]])
    assert json.loads(build_downloads(project).files["index.json"])["mpgen"] == []


def test_stray_files_of_build_mpgen_never_replace_the_portals(project: StandInProject) -> None:
    stray = (Artifact("index.json", b"not the portal's index\n"), Artifact("sample.yaml", b"not the spec\n"))
    downloads = build_downloads(project, (), None, TOOLS + stray)
    index = json.loads(downloads.files["index.json"])
    assert [t["path"] for t in index["mpgen"]] == [
        "mpgen-0.1.0-py3-none-any.whl",
        "constraints.txt",
        "github-actions.yml",
        "gitlab-ci.yml",
    ]
    assert downloads.files["sample.yaml"] != b"not the spec\n"


def test_page_offers_older_versions_newest_first(project: StandInProject, site: SiteConfig) -> None:
    downloads = build_downloads(project, (), _history(), TOOLS)
    html = _section(_page_html(project, site), "releases")
    links = re.findall(r'<a download="([^"]+)" href="([^"]+)"', html)
    assert [href for _name, href in links] == [
        f"sample/{v}.{ext}" for v in ("2.0.0", "1.1.0", "1.0.0") for ext in ("yaml", "json")
    ]
    assert ("sample-1.0.0.yaml", "sample/1.0.0.yaml") in links  # saved under a name that keeps the API
    for version in ("1.0.0", "1.1.0", "2.0.0"):
        for ext in ("yaml", "json"):
            name = f"sample/{version}.{ext}"
            assert _sha(downloads.files[name]) in html
            assert f"{len(downloads.files[name]):,} バイト" in html
    assert "2026-01-15" in html and "—" in html  # a release without a date says so
    assert 'href="../apis/sample/changes.md"' in html


def test_page_offers_mpgen_with_its_install_command(project: StandInProject, site: SiteConfig) -> None:
    html = _section(_page_html(project, site), "mpgen")
    for tool in TOOLS:
        assert f'href="{tool.name}"' in html and _sha(tool.data) in html
    assert "python -m pip install -c constraints.txt mpgen-0.1.0-py3-none-any.whl" in html
    assert html.index("mpgen-0.1.0") < html.index("constraints.txt") < html.index("github-actions.yml")


def test_page_without_releases_or_mpgen_says_so(project: StandInProject, site: SiteConfig) -> None:
    text = render_pages(project, site, build_downloads(project), {})[DOWNLOADS_PAGE]
    assert "公開済みのリリースはまだありません。" in text
    assert "このビルドには mpgen の配布物が含まれていません。" in text


# --------------------------------------------------------------------------- the built site


@pytest.fixture(scope="module")
def built() -> Iterator[tuple[Path, dict[str, object]]]:
    index = SITE / "downloads" / "index.json"
    if not index.is_file():
        reason = f"{index} not built (make build, or MP_SITE_DIR)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (required in CI)")
        pytest.skip(reason)
    yield SITE / "downloads", json.loads(index.read_text(encoding="utf-8"))


def _entries(index: dict[str, object]) -> Iterator[dict[str, object]]:
    apis = index["apis"]
    assert isinstance(apis, list)
    for api in apis:
        yield from api["files"].values()
        for version in api["versions"]:
            yield from version["files"].values()
    yield index["archive"]  # type: ignore[misc]
    yield from index["client"]  # type: ignore[misc]
    yield from index["mpgen"]  # type: ignore[misc]


def test_built_index_matches_the_files(built: tuple[Path, dict[str, object]]) -> None:
    folder, index = built
    checked = 0
    for entry in _entries(index):
        path = folder / str(entry["path"])
        assert path.is_file(), path
        data = path.read_bytes()
        assert (len(data), _sha(data)) == (entry["size"], entry["sha256"]), path
        checked += 1
    apis = index["apis"]
    assert isinstance(apis, list)
    assert sum(1 for a in apis if len(a["versions"]) >= 2) >= 3  # the published history
    assert checked >= 2 * len(apis) + 2 * 2 * 3 + 1 + 4  # specs, 3 APIs × 2 releases, the zip, mpgen


def test_built_index_offers_mpgen_wheel_constraints_and_ci(built: tuple[Path, dict[str, object]]) -> None:
    folder, index = built
    tools = index["mpgen"]
    assert isinstance(tools, list)
    kinds = {t["path"]: t["kind"] for t in tools}
    assert [k for k in kinds.values() if k == "wheel"] == ["wheel"]
    assert next(p for p, k in kinds.items() if k == "wheel").startswith("mpgen-")
    assert kinds.get("constraints.txt") == "constraints"
    assert {p for p, k in kinds.items() if k == "ci"} == {"github-actions.yml", "gitlab-ci.yml"}
    page = (folder / "index.html").read_text(encoding="utf-8")
    for tool in tools:
        assert f'href="{tool["path"]}"' in page and tool["sha256"] in page
    for api in index["apis"]:  # type: ignore[attr-defined]
        for version in api["versions"]:
            for f in version["files"].values():
                assert f'href="{f["path"]}"' in page and f["sha256"] in page


def test_history_pages_point_to_the_checksums(project: StandInProject, site: SiteConfig) -> None:
    pages = render_pages(project, site, build_downloads(project, (), _history()), _history())
    assert pages["apis/sample/changes.md"].count("(../../downloads/index.md#releases)") == 3
    assert "(../downloads/index.md#releases)" in pages["apis/changes.md"]
