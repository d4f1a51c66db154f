"""Security: what an operation requires (schemes and scopes), and the definitions of the schemes.

A security requirement is a list of alternatives; a client that satisfied an OLD alternative still
works when some NEW alternative asks for no scheme and no scope it did not already provide.
"""

from __future__ import annotations

from typing import Any

from generator.diff.finding import Findings
from generator.diff.operations import Operation
from generator.diff.side import Side
from generator.documents.loader import Pointer

Alternative = dict[str, frozenset[str]]
_SCHEME_FIELDS = ("type", "scheme", "in", "name", "openIdConnectUrl")  # bearerFormat is only a hint
_FLOW_FIELDS = ("authorizationUrl", "tokenUrl")


def _requirement(operation: Operation) -> tuple[list[Alternative], Pointer]:
    """The effective requirement of an operation (its own, else the document's) and where it is written."""
    if "security" in operation.op:
        raw, pointer = operation.op["security"], (*operation.pointer, "security")
    elif "security" in operation.side.data:
        raw, pointer = operation.side.data["security"], ("security",)
    else:
        raw, pointer = [], operation.pointer
    alternatives: list[Alternative] = []
    if isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict):
                alternatives.append(
                    {
                        str(k): frozenset(str(s) for s in v) if isinstance(v, list) else frozenset()
                        for k, v in item.items()
                    }
                )
    return alternatives, pointer


def _satisfies(new: Alternative, old: Alternative) -> bool:
    return all(name in old and scopes <= old[name] for name, scopes in new.items())


def compare_security(old: Operation, new: Operation, findings: Findings) -> set[int]:
    before, _ = _requirement(old)
    after, where = _requirement(new)
    label = new.label
    open_before = not before or any(not alt for alt in before)
    ids: set[int] = set()
    schemes_after = {name for alt in after for name in alt}
    at = new.side.at(where)
    broken = False
    for old_alt in [{}] if open_before else before:
        if any(_satisfies(new_alt, old_alt) for new_alt in after) or not after:
            continue
        broken = True
        # The closest NEW alternative: the one asking for fewest things the client lacks
        best = min(after, key=lambda alt: sum(n not in old_alt for n in alt) + sum(len(s) for s in alt.values()))
        for name in sorted(best):
            if name not in old_alt:
                ids.add(findings.add("security-scheme-added", at, "new", operation=label, scheme=name))
            else:
                for scope in sorted(best[name] - old_alt[name]):
                    ids.add(findings.add("security-scope-added", at, "new", operation=label, scheme=name, scope=scope))
    schemes_before = {name for alt in before for name in alt}
    if not broken and not open_before:
        ids |= _accepted(before, after, where, new, findings)
    for name in sorted(schemes_before - schemes_after):
        ids.add(findings.add("security-scheme-removed", at, "new", operation=label, scheme=name))
    for name in sorted(schemes_before & schemes_after):
        was = set().union(*(alt[name] for alt in before if name in alt))
        now = set().union(*(alt[name] for alt in after if name in alt))
        for scope in sorted(was - now):
            ids.add(findings.add("security-scope-removed", at, "new", operation=label, scheme=name, scope=scope))
    return ids


def _accepted(
    before: list[Alternative], after: list[Alternative], where: Pointer, new: Operation, findings: Findings
) -> set[int]:
    """NEW alternatives no OLD one equals, while every OLD one still works: more ways in, nothing lost. One
    that uses only schemes OLD used accepts their extra scopes; any other is a new way to authenticate."""
    ids: set[int] = set()
    label = new.label
    used = {name: set().union(*(alt[name] for alt in before if name in alt)) for alt in before for name in alt}
    for i, alt in enumerate(after):
        if alt in before:
            continue
        at = new.side.at((*where, str(i)) if where and where[-1] == "security" else where)
        extra = {name: sorted(alt[name] - used[name]) for name in alt if name in used}
        if set(alt) <= set(used) and any(extra.values()):
            for name, scopes in sorted(extra.items()):
                for scope in scopes:
                    ids.add(
                        findings.add("security-scope-accepted", at, "new", operation=label, scheme=name, scope=scope)
                    )
        else:
            ids.add(findings.add("security-alternative-added", at, "new", operation=label, alternative=_text(alt)))
    return ids


def _text(alt: Alternative) -> str:
    """`ApiKey` or `OAuth (read, write)`, several schemes joined with ` + ` (all of them are needed)."""
    return " + ".join(f"`{name}`" + (f" ({', '.join(sorted(alt[name]))})" if alt[name] else "") for name in sorted(alt))


def compare_schemes(old: Side, new: Side, findings: Findings) -> None:
    """Definitions under components.securitySchemes that clients configure (type, location, URLs)."""
    before = _schemes(old)
    after = _schemes(new)
    for name, o in before.items():
        n = after.get(name)
        if not isinstance(n, dict) or not isinstance(o, dict):
            continue
        base = ("components", "securitySchemes", name)
        for field in _SCHEME_FIELDS:
            if o.get(field) != n.get(field):
                at = new.at((*base, field) if field in n else base)
                findings.add(
                    "security-scheme-changed", at, "new", scheme=name, field=field, old=o.get(field), new=n.get(field)
                )
        old_flows = o.get("flows") if isinstance(o.get("flows"), dict) else {}
        new_flows = n.get("flows") if isinstance(n.get("flows"), dict) else {}
        assert isinstance(old_flows, dict) and isinstance(new_flows, dict)
        for flow, of in old_flows.items():
            nf = new_flows.get(flow)
            if not isinstance(nf, dict):  # a flow clients use is gone (a new flow breaks nobody)
                at = new.at((*base, "flows"))
                field = f"flows.{flow}"
                findings.add("security-scheme-changed", at, "new", scheme=name, field=field, old="present", new="none")
                continue
            for field in _FLOW_FIELDS:
                before_value = of.get(field) if isinstance(of, dict) else None
                if before_value != nf.get(field):
                    pointer = (*base, "flows", flow, field) if field in nf else (*base, "flows", flow)
                    findings.add(
                        "security-scheme-changed",
                        new.at(pointer),
                        "new",
                        scheme=name,
                        field=f"flows.{flow}.{field}",
                        old=before_value,
                        new=nf.get(field),
                    )


def _schemes(side: Side) -> dict[str, Any]:
    components = side.data.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    if not isinstance(schemes, dict):
        return {}
    return {name: side.resolve(("components", "securitySchemes", name), node)[1] for name, node in schemes.items()}
