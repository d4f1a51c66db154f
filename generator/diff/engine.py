"""Comparing two bundled documents: every rule of the catalogue, findings located at their source."""

from __future__ import annotations

from datetime import date
from typing import Any

from generator.diff.finding import Finding, Findings
from generator.diff.operation_compare import OperationDiff
from generator.diff.operations import Operation, collect, normalise_path
from generator.diff.rules import Level
from generator.diff.schema_compare import SchemaDiff
from generator.diff.security_compare import compare_schemes, compare_security
from generator.diff.side import Side
from generator.diff.unchanged import Unchanged
from generator.diff.versions import major, parse_version


def compare(old: Side, new: Side, today: date) -> list[Finding]:
    """All findings of NEW against OLD (the version rule excepted: it needs the ignore file first)."""
    findings = Findings(new.name)
    unchanged = Unchanged(old, new)
    schemas = SchemaDiff(old, new, findings, unchanged)
    ops = OperationDiff(old, new, findings, schemas)
    before, after = collect(old), collect(new)
    _removed(old, before, after, findings, today)
    _added(new, before, after, findings)
    for key, o in before.items():
        n = after.get(key)
        if n is None:
            continue
        ids = compare_security(o, n, findings)
        if o.path != n.path or not unchanged.subtree(_own(o), _own(n)):
            ids |= ops.compare(o, n)
        findings.attach(ids, n.label)
    compare_schemes(old, new, findings)
    _components(old, new, findings)
    return findings.items


def _own(o: Operation) -> tuple[Any, ...]:
    """What an operation's comparison reads besides components (security is compared apart)."""
    return (o.op, o.item.get("parameters"), o.item.get("x-sunset"))


def _path_key(o: Operation) -> tuple[str, str]:
    return (o.section, normalise_path(o.path))


def _shown_path(o: Operation) -> str:
    return f"webhook:{o.path}" if o.is_webhook else o.path


def _removal_rule(o: Operation, today: date) -> tuple[str, dict[str, str]]:
    sunset = o.sunset
    if sunset is not None and sunset > today:
        return "operation-removed-before-sunset", {"operation": o.label, "sunset": sunset.isoformat()}
    if o.deprecated or sunset is not None:
        return "deprecated-operation-removed", {"operation": o.label, "sunset": sunset.isoformat() if sunset else "-"}
    return "operation-removed", {"operation": o.label}


def _removed(
    old: Side, before: dict[Any, Operation], after: dict[Any, Operation], findings: Findings, today: date
) -> None:
    paths_after = {_path_key(o) for o in after.values()}
    gone: dict[tuple[str, str], list[Operation]] = {}
    for key, o in before.items():
        if key not in after:
            gone.setdefault(_path_key(o), []).append(o)
    for path_key, removed in gone.items():
        verdicts = [_removal_rule(o, today) for o in removed]
        first = removed[0]
        all_of_path = path_key not in paths_after and len(removed) == sum(
            1 for o in before.values() if _path_key(o) == path_key
        )
        if all_of_path and all(rule == "operation-removed" for rule, _ in verdicts):
            methods = ", ".join(o.method.upper() for o in removed)
            i = findings.add(
                "path-removed", old.at(first.pointer[:-1]), "old", path=_shown_path(first), methods=methods
            )
            for o in removed:
                findings.attach([i], o.label)
            continue
        for o, (rule, params) in zip(removed, verdicts, strict=True):
            findings.attach([findings.add(rule, old.at(o.pointer), "old", **params)], o.label)


def _added(new: Side, before: dict[Any, Operation], after: dict[Any, Operation], findings: Findings) -> None:
    paths_before = {_path_key(o) for o in before.values()}
    for key, o in after.items():
        if key in before:
            continue
        if _path_key(o) not in paths_before:
            i = findings.add("path-added", new.at(o.pointer[:-1]), "new", path=_shown_path(o))
        else:
            i = findings.add("operation-added", new.at(o.pointer), "new", operation=o.label)
        findings.attach([i], o.label)


def _components(old: Side, new: Side, findings: Findings) -> None:
    old_schemas = _section(old, "schemas")
    new_schemas = _section(new, "schemas")
    for name in old_schemas:
        if name not in new_schemas:
            findings.add("schema-removed", old.at(("components", "schemas", name)), "old", name=name)
    new_tags = {t.get("name") for t in _list(new, "tags")}
    for i, tag in enumerate(_list(old, "tags")):
        if tag.get("name") not in new_tags:
            findings.add("tag-removed", old.at(("tags", str(i), "name")), "old", name=str(tag.get("name")))
    new_servers = {s.get("url") for s in _list(new, "servers")}
    for i, server in enumerate(_list(old, "servers")):
        if server.get("url") not in new_servers:
            findings.add("server-removed", old.at(("servers", str(i), "url")), "old", url=str(server.get("url")))


def _section(side: Side, name: str) -> dict[str, Any]:
    components = side.data.get("components")
    section = components.get(name) if isinstance(components, dict) else None
    return section if isinstance(section, dict) else {}


def _list(side: Side, name: str) -> list[dict[str, Any]]:
    items = side.data.get(name)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def version_findings(old: Side, new: Side, kept: list[Finding]) -> list[Finding]:
    """A breaking change needs a new major `info.version`; a version never goes backwards."""
    findings = Findings(new.name)
    o, n = _version(old), _version(new)
    at = new.at(("info", "version"))
    po, pn = parse_version(o), parse_version(n)
    if po is not None and pn is not None and pn < po:
        findings.add("version-decreased", at, "new", old=o, new=n)
    breaking = sum(1 for f in kept if f.level is Level.ERR and new.name in f.documents)
    if breaking:
        bumped = (major(n) or 0) > (major(o) or 0) if major(o) is not None and major(n) is not None else o != n
        if not bumped:
            findings.add("major-version-not-bumped", at, "new", count=str(breaking), old=o, new=n)
    return findings.items


def _version(side: Side) -> str:
    info = side.data.get("info")
    return str(info.get("version", "")) if isinstance(info, dict) else ""
