"""The frozen releases (specs/releases/<slug>/<version>.yaml) and what changed between consecutive ones.

Read by `mpgen build` (the client's version and CHANGELOG.md) and by the MkDocs hook (変更履歴 pages, feeds, release
downloads), so both tell the same story. Findings come from generator.diff, judged on the day the newer release
was made (`info.x-released`), never on the build's day: same releases, same output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from generator.diff.engine import compare, version_findings
from generator.diff.finding import Finding
from generator.diff.loading import Parsed, load_side
from generator.diff.rules import Level
from generator.diff.side import Side
from generator.diff.versions import major, parse_version
from generator.documents.discovery import RELEASES

FIRST_CLIENT_VERSION = (1, 0, 0)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class ReleaseDiff:
    slug: str
    version: str
    released: str  # YYYY-MM-DD from info.x-released, "" when absent
    path: Path
    data: dict[str, Any]  # the release, bundled
    previous: str | None = None
    findings: list[Finding] = field(default_factory=list)


def released_on(info: object) -> str:
    value = info.get("x-released") if isinstance(info, dict) else None
    match = _DATE.match(str(value)) if value is not None else None
    return match.group(0) if match else ""


def load_releases(specs: Path, slugs: Iterable[str]) -> dict[str, list[ReleaseDiff]]:
    """slug → its releases, oldest first, each with the findings against the one before (DiffInputError when a
    release cannot be read)."""
    folder = specs / RELEASES
    parsed: Parsed = {}
    history: dict[str, list[ReleaseDiff]] = {}
    for slug in slugs:
        where = folder / slug
        files = sorted(
            (version, path)
            for path in (where.glob("*.yaml") if where.is_dir() else ())
            if (version := parse_version(path.stem)) is not None
        )
        before: Side | None = None
        releases: list[ReleaseDiff] = []
        for _version, path in files:
            side = load_side(path, where, parsed, slug)
            released = released_on(side.data.get("info"))
            found: list[Finding] = []
            if before is not None:
                found = compare(before, side, date.fromisoformat(released) if released else date(1970, 1, 1))
                found += version_findings(before, side, found)
                found.sort(key=Finding.sort_key)
            previous = releases[-1].version if releases else None
            releases.append(ReleaseDiff(slug, path.stem, released, path, side.data, previous, found))
            before = side
        if releases:
            history[slug] = releases
    return history


def _step(release: ReleaseDiff) -> int:
    """0 major, 1 minor, 2 patch: what this release asks of the client's version."""
    if release.previous is None:
        return 1
    if any(f.level is Level.ERR for f in release.findings) or (major(release.version) or 0) > (
        major(release.previous) or 0
    ):
        return 0
    old, new = parse_version(release.previous), parse_version(release.version)
    return 1 if old is not None and new is not None and new[:2] > old[:2] else 2


def client_versions(history: Mapping[str, Sequence[ReleaseDiff]]) -> list[tuple[str, str, list[ReleaseDiff]]]:
    """(client version, date, the API releases it ships), oldest first. The first release day is 1.0.0; each later
    day bumps the major when an API broke (ERR or a new major), else the minor when one gained features, else the
    patch."""
    days: dict[str, list[ReleaseDiff]] = {}
    for releases in history.values():
        for r in releases:
            days.setdefault(r.released, []).append(r)
    out: list[tuple[str, str, list[ReleaseDiff]]] = []
    current = FIRST_CLIENT_VERSION
    for i, day in enumerate(sorted(days)):
        shipped = sorted(days[day], key=lambda r: r.slug)
        if i:
            step = min(_step(r) for r in shipped)
            current = (
                (current[0] + 1, 0, 0)
                if step == 0
                else (current[0], current[1] + 1, 0)
                if step == 1
                else (current[0], current[1], current[2] + 1)
            )
        out.append(("{}.{}.{}".format(*current), day, shipped))
    return out


def client_version(history: Mapping[str, Sequence[ReleaseDiff]]) -> str:
    versions = client_versions(history)
    return versions[-1][0] if versions else "{}.{}.{}".format(*FIRST_CLIENT_VERSION)


def _method_names(release: ReleaseDiff) -> dict[tuple[str, str], str]:
    """(METHOD, path or webhook:name) → `client.<api>.<method>()` in the release's own spelling."""
    from generator.apimodel.describe import describe_api  # noqa: PLC0415 - only when a changelog is written

    api = describe_api(release.data, release.slug, with_fields=False)
    out = {}
    for op in api.operations:
        where = f"webhook:{op.path}" if op.is_webhook else op.path
        out[(op.method.upper(), _normal(where))] = (
            f"Webhook {op.path}" if op.is_webhook else f"client.{api.attr_name}.{op.py_name}()"
        )
    return out


def _normal(path: str) -> str:
    return re.sub(r"\{[^}/]*\}", "{}", path)


def _models(release: ReleaseDiff, finding: Finding) -> list[str]:
    components = release.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    names = []
    for key in ("subject", "name"):
        value = finding.params.get(key, "")
        head = re.split(r"[.\[ ]", value, maxsplit=1)[0]
        if isinstance(schemas, dict) and head in schemas:
            names.append(head)
    return names


def client_changelog(history: Mapping[str, Sequence[ReleaseDiff]], package: str) -> str:
    """CHANGELOG.md of the generated client: per client version, the API releases it follows and, for each change
    found by `mpgen diff`, the client methods and models it touches."""
    lines = [
        "# 変更履歴",
        "",
        f"`{package}` の版は仕様のリリース（`specs/releases/`）に従います。",
        "破壊的変更（ERR）か仕様のメジャー版の更新を含むリリース日はメジャー版、機能追加はマイナー版、",
        "それ以外はパッチ版を上げます。各項目は `mpgen diff` の結果です。",
        "",
    ]
    for version, day, shipped in reversed(client_versions(history)):
        lines += [f"## {version}（{day or '日付なし'}）", ""]
        for release in shipped:
            title = str((release.data.get("info") or {}).get("title", release.slug))
            since = f"（{release.previous} から）" if release.previous else "（最初のリリース）"
            lines += [f"### {title} {release.version}{since}", ""]
            if release.previous is None:
                lines += ["- 最初のリリースです。", ""]
                continue
            if not release.findings:
                lines += ["- 仕様上の差分はありません。", ""]
                continue
            methods = _method_names(release)
            changed_methods: list[str] = []
            changed_models: list[str] = []
            for f in release.findings:
                lines.append(f"- **{f.level.value}** {f.message('ja')}")
                for label in f.operations:
                    method, _, where = label.partition(" ")
                    name = methods.get((method, _normal(where)))
                    if name and name not in changed_methods:
                        changed_methods.append(name)
                changed_models += [m for m in _models(release, f) if m not in changed_models]
            lines.append("")
            if changed_methods:
                lines += ["変更のあるメソッド: " + "、".join(f"`{m}`" for m in changed_methods), ""]
            if changed_models:
                lines += ["変更のあるモデル: " + "、".join(f"`{m}`" for m in changed_models), ""]
    return "\n".join(lines).rstrip("\n") + "\n"
