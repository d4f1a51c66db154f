"""The frozen releases under specs/releases/ (issue #12): at least three APIs have an earlier version, each release
names its version and date, and consecutive releases differ by the changes their history announces."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.diff.engine import compare, version_findings
from generator.diff.loading import load_side
from generator.diff.versions import major, parse_version
from generator.documents.discovery import RELEASES as RELEASES_FOLDER

ROOT = Path(__file__).resolve().parent.parent
RELEASES = ROOT / "specs" / RELEASES_FOLDER
# slug → (old version, new version, {(rule, the finding's parameter that names what changed)})
EXPECTED = {
    "periodic-linkage": (
        "1.0.0",
        "1.1.0",
        {
            ("response-enum-value-added", "user_deregistered"),
            ("request-enum-value-added", "user_deregistered"),
            ("property-deprecated", "2027-06-30"),  # Consent.remainingDays, with its x-sunset
        },
    ),
    "medical-insurance": (
        "1.0.0",
        "2.0.0",
        {
            ("security-scope-added", "medical:qualification"),
            ("response-enum-value-added", "guardian"),
            ("security-scope-accepted", "medical:proxy"),  # POST /requests: another consent scope will do
        },
    ),
    "notices": (
        "1.0.0",
        "1.1.0",
        {("operation-deprecated", "2027-03-31"), ("response-enum-value-added", "urgent")},
    ),
}


def _versions(slug: str) -> list[Path]:
    files = [p for p in (RELEASES / slug).glob("*.yaml") if parse_version(p.stem) is not None]
    return sorted(files, key=lambda p: parse_version(p.stem) or (0, 0, 0))


def _load(path: Path) -> dict[str, object]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_at_least_three_apis_have_an_earlier_release() -> None:
    with_history = [p.name for p in RELEASES.iterdir() if p.is_dir() and len(_versions(p.name)) >= 2]
    assert len(with_history) >= 3, with_history
    assert set(EXPECTED) <= set(with_history)


@pytest.mark.parametrize("slug", sorted(EXPECTED))
def test_each_release_names_its_version_and_date(slug: str) -> None:
    dates = []
    for path in _versions(slug):
        info = _load(path)["info"]
        assert isinstance(info, dict)
        assert str(info["version"]) == path.stem
        dates.append(date.fromisoformat(str(info["x-released"])))
    assert dates == sorted(dates) and len(set(dates)) == len(dates)
    current = _load(ROOT / "specs" / f"{slug}.yaml")["info"]
    assert isinstance(current, dict)
    assert (parse_version(str(current["version"])) or (0, 0, 0)) >= (parse_version(_versions(slug)[-1].stem) or ())


@pytest.mark.parametrize("slug", sorted(EXPECTED))
def test_consecutive_releases_differ_as_announced(slug: str) -> None:
    old_version, new_version, expected = EXPECTED[slug]
    folder = RELEASES / slug
    parsed: dict[tuple[bool, bytes], object] = {}
    old = load_side(folder / f"{old_version}.yaml", folder, parsed, slug)  # type: ignore[arg-type]
    new = load_side(folder / f"{new_version}.yaml", folder, parsed, slug)  # type: ignore[arg-type]
    findings = compare(old, new, date(2026, 12, 1))
    findings += version_findings(old, new, findings)
    seen = {(f.rule, value) for f in findings for value in f.params.values()}
    assert expected <= seen, sorted(seen)
    breaking = [f for f in findings if f.level.value == "ERR"]
    assert not any(f.rule == "major-version-not-bumped" for f in findings)
    assert bool(breaking) == ((major(new_version) or 0) > (major(old_version) or 0))


def test_field_deprecation_carries_a_sunset_only_in_the_new_release() -> None:
    def remaining_days(version: str) -> dict[str, object]:
        data = _load(RELEASES / "periodic-linkage" / f"{version}.yaml")
        prop = data["components"]["schemas"]["Consent"]["properties"]["remainingDays"]  # type: ignore[index]
        assert isinstance(prop, dict)
        return prop

    assert "deprecated" not in remaining_days("1.0.0") and "x-sunset" not in remaining_days("1.0.0")
    assert remaining_days("1.1.0")["deprecated"] is True
    assert remaining_days("1.1.0")["x-sunset"] == "2027-06-30"


def test_a_consent_scope_was_added_to_the_request_of_medical_insurance() -> None:
    def scopes(version: str) -> list[list[str]]:
        data = _load(RELEASES / "medical-insurance" / f"{version}.yaml")
        security = data["paths"]["/requests"]["post"]["security"]  # type: ignore[index]
        return [req["MynaPortalConsent"] for req in security]

    assert ["medical:proxy"] not in scopes("1.0.0")
    assert ["medical:proxy"] in scopes("2.0.0")


V1 = """openapi: 3.1.0
info: {title: Items, version: 1.0.0, x-released: '2026-01-15'}
paths:
  /items:
    get:
      operationId: listItems
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Kind'}
  /items/{id}:
    delete:
      operationId: deleteItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: gone}
components:
  schemas:
    Kind: {type: string, enum: [a, b]}
"""
V2 = V1.replace("version: 1.0.0, x-released: '2026-01-15'", "version: 1.1.0, x-released: '2026-02-01'").replace(
    "enum: [a, b]", "enum: [a, b, c]"
)
V3 = (
    V2.replace("version: 1.1.0, x-released: '2026-02-01'", "version: 2.0.0, x-released: '2026-03-01'").split(
        "  /items/{id}:"
    )[0]
    + V2.split("        '204': {description: gone}\n")[1]
)


def test_the_client_version_and_changelog_follow_the_releases(tmp_path: Path) -> None:
    from tests.conftest import run_mpgen  # noqa: PLC0415

    for name, text in {
        "specs/items.yaml": V3,
        "specs/releases/items/1.0.0.yaml": V1,
        "specs/releases/items/1.1.0.yaml": V2,
        "specs/releases/items/2.0.0.yaml": V3,
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    built = run_mpgen("build", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    pyproject = (tmp_path / "build" / "client" / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = "2.0.0"' in pyproject  # 1.0.0, a minor (enum value) then a major (operation removed)
    changelog = (tmp_path / "build" / "client" / "CHANGELOG.md").read_text(encoding="utf-8")
    days = ["## 2.0.0（2026-03-01）", "## 1.1.0（2026-02-01）", "## 1.0.0（2026-01-15）"]
    assert [changelog.index(d) for d in days] == sorted(changelog.index(d) for d in days)  # newest first
    assert "**ERR**" in changelog and "**WARN**" in changelog
    assert "変更のあるメソッド: `client.items." in changelog
    assert "変更のあるモデル: `Kind`" in changelog
