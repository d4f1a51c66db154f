"""Comparing one operation on both sides: identity, parameters, request body and responses.

Webhooks are operations the API calls on the client: there the client receives the request body and
writes the response, so the schema directions are swapped and the parameter rules do not apply.
"""

from __future__ import annotations

import re
from typing import Any

from generator.diff.finding import Findings
from generator.diff.operations import Operation, sunset_text
from generator.diff.schema_compare import REQUEST, RESPONSE, SchemaDiff
from generator.diff.schema_view import Part
from generator.diff.side import Side
from generator.documents.loader import Pointer

_PATH_NAME = re.compile(r"\{([^}/]*)\}")
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})  # OpenAPI ignores these parameters
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}

ParamKey = tuple[str, str]


class OperationDiff:
    def __init__(self, old: Side, new: Side, findings: Findings, schemas: SchemaDiff) -> None:
        self.old, self.new, self.findings, self.schemas = old, new, findings, schemas

    def _new(self, rule: str, pointer: Pointer, **params: Any) -> int:
        return self.findings.add(rule, self.new.at(pointer), "new", **params)

    def _old(self, rule: str, pointer: Pointer, **params: Any) -> int:
        return self.findings.add(rule, self.old.at(pointer), "old", **params)

    def compare(self, old: Operation, new: Operation) -> set[int]:
        ids = self._identity(old, new)
        if not new.is_webhook:
            ids |= self._parameters(old, new)
        ids |= self._request_body(old, new)
        ids |= self._responses(old, new)
        return ids

    # ------------------------------------------------------------------ identity and lifecycle

    def _identity(self, old: Operation, new: Operation) -> set[int]:
        ids = set()
        o, n = old.op.get("operationId"), new.op.get("operationId")
        if o != n and o is not None:
            at = (*new.pointer, "operationId") if n is not None else new.pointer
            ids.add(self._new("operation-id-changed", at, old=str(o), new=str(n)))
        if new.deprecated and not old.deprecated:
            sunset = new.sunset.isoformat() if new.sunset else "-"
            ids.add(self._new("operation-deprecated", (*new.pointer, "deprecated"), operation=new.label, sunset=sunset))
        if old.sunset and new.sunset and new.sunset < old.sunset:
            ids.add(
                self._new(
                    "operation-sunset-earlier",
                    new.sunset_pointer(),
                    operation=new.label,
                    old=old.sunset.isoformat(),
                    new=new.sunset.isoformat(),
                )
            )
        return ids

    # ------------------------------------------------------------------ parameters

    def _parameters(self, old: Operation, new: Operation) -> set[int]:
        ids: set[int] = set()
        before, after = _parameters(old), _parameters(new)
        for key in dict.fromkeys([*before, *after]):
            o, n = before.get(key), after.get(key)
            if o is not None and n is not None:
                ids |= self._parameter(o, n)
            elif n is not None:
                pointer, param = n
                rule = "request-parameter-added-required" if _required(param) else "request-parameter-added-optional"
                ids.add(self._new(rule, pointer, name=param.get("name", "?"), **{"in": param.get("in", "?")}))
            elif o is not None:
                pointer, param = o
                where = {"in": param.get("in", "?")}
                ids.add(self._old("request-parameter-removed", pointer, name=param.get("name", "?"), **where))
        return ids

    def _parameter(self, o: Part, n: Part) -> set[int]:
        (op, old), (np, new) = o, n
        ids = set()
        names = {"name": str(new.get("name", "?")), "in": str(new.get("in", "?"))}
        if _required(new) and not _required(old):
            at = (*np, "required") if "required" in new else np
            ids.add(self._new("request-parameter-made-required", at, **names))
        elif _required(old) and not _required(new):
            at = (*np, "required") if "required" in new else np
            ids.add(self._new("request-parameter-made-optional", at, **names))
        if new.get("deprecated") is True and old.get("deprecated") is not True:
            sunset = sunset_text(new)
            ids.add(self._new("request-parameter-deprecated", (*np, "deprecated"), sunset=sunset, **names))
        before, after = _serialisation(old), _serialisation(new)
        if before != after:
            at = (*np, "style") if "style" in new else (*np, "explode") if "explode" in new else np
            ids.add(self._new("request-parameter-style-changed", at, old=before, new=after, **names))
        old_schema, new_schema = _parameter_schema(op, old), _parameter_schema(np, new)
        if old_schema and new_schema:
            subject = f"{names['in']}:{names['name']}"
            ids |= self.schemas.compare([old_schema], [new_schema], REQUEST, subject)
        return ids

    # ------------------------------------------------------------------ request body

    def _request_body(self, old: Operation, new: Operation) -> set[int]:
        op_ptr, o = _resolved(old.side, (*old.pointer, "requestBody"), old.op.get("requestBody"))
        np_ptr, n = _resolved(new.side, (*new.pointer, "requestBody"), new.op.get("requestBody"))
        ids: set[int] = set()
        if n is None and o is None:
            return ids
        if n is None:
            if not new.is_webhook:
                ids.add(self._old("request-body-removed", op_ptr, operation=new.label))
            return ids
        if n.get("required") is True and (o is None or o.get("required") is not True) and not new.is_webhook:
            at = (*np_ptr, "required") if "required" in n else np_ptr
            ids.add(self._new("request-body-made-required", at, operation=new.label))
        if o is None:
            return ids
        direction = RESPONSE if new.is_webhook else REQUEST  # a webhook's client receives the body
        ids |= self._content(op_ptr, o, np_ptr, n, direction, "body", None, media_rules=not new.is_webhook)
        return ids

    def _content(
        self,
        op_ptr: Pointer,
        old: dict[str, Any],
        np_ptr: Pointer,
        new: dict[str, Any],
        direction: str,
        subject: str,
        status: str | None,
        media_rules: bool = True,
    ) -> set[int]:
        ids: set[int] = set()
        before = old.get("content") if isinstance(old.get("content"), dict) else {}
        after = new.get("content") if isinstance(new.get("content"), dict) else {}
        assert isinstance(before, dict) and isinstance(after, dict)
        prefix = "request" if status is None else "response"
        extra = {} if status is None else {"status": status}
        for media in dict.fromkeys([*before, *after]):
            o, n = before.get(media), after.get(media)
            if isinstance(o, dict) and isinstance(n, dict):
                if "schema" in o and "schema" in n:
                    parts_o = [((*op_ptr, "content", media, "schema"), o["schema"])]
                    parts_n = [((*np_ptr, "content", media, "schema"), n["schema"])]
                    label = subject if len(after) == 1 else f"{subject}[{media}]"
                    ids |= self.schemas.compare(parts_o, parts_n, direction, label)
            elif not media_rules:
                continue
            elif isinstance(n, dict):
                ids.add(self._new(f"{prefix}-media-type-added", (*np_ptr, "content", media), media=media, **extra))
            elif isinstance(o, dict):
                ids.add(self._old(f"{prefix}-media-type-removed", (*op_ptr, "content", media), media=media, **extra))
        return ids

    # ------------------------------------------------------------------ responses

    def _responses(self, old: Operation, new: Operation) -> set[int]:
        before = old.op.get("responses") if isinstance(old.op.get("responses"), dict) else {}
        after = new.op.get("responses") if isinstance(new.op.get("responses"), dict) else {}
        assert isinstance(before, dict) and isinstance(after, dict)
        ids: set[int] = set()
        # A webhook's client writes the response: there narrowing is what breaks it
        direction = REQUEST if new.is_webhook else RESPONSE
        lowered = {str(s).upper(): s for s in after}
        for status in before:
            match = lowered.get(str(status).upper())
            pointer = (*old.pointer, "responses", status)
            if match is None:
                success = str(status).startswith("2")
                rule = "response-success-status-removed" if success else "response-error-status-removed"
                ids.add(self._old(rule, pointer, status=str(status)))
                continue
            op_ptr, o = _resolved(old.side, pointer, before[status])
            np_ptr, n = _resolved(new.side, (*new.pointer, "responses", match), after[match])
            if o is None or n is None:
                continue
            ids |= self._content(op_ptr, o, np_ptr, n, direction, f"{match} body", str(match))
            ids |= self._headers(op_ptr, o, np_ptr, n, direction, str(match))
        known = {str(s).upper() for s in before}
        for status in after:
            if str(status).upper() not in known:
                ids.add(self._new("response-status-added", (*new.pointer, "responses", status), status=str(status)))
        return ids

    def _headers(
        self, op_ptr: Pointer, old: dict[str, Any], np_ptr: Pointer, new: dict[str, Any], direction: str, status: str
    ) -> set[int]:
        before = old.get("headers") if isinstance(old.get("headers"), dict) else {}
        after = new.get("headers") if isinstance(new.get("headers"), dict) else {}
        assert isinstance(before, dict) and isinstance(after, dict)
        ids: set[int] = set()
        lowered = {str(h).lower(): h for h in after}
        for name in before:
            match = lowered.pop(str(name).lower(), None)
            if match is None:
                ids.add(self._old("response-header-removed", (*op_ptr, "headers", name), name=name, status=status))
                continue
            hp, h_old = _resolved(self.old, (*op_ptr, "headers", name), before[name])
            hn, h_new = _resolved(self.new, (*np_ptr, "headers", match), after[match])
            if isinstance(h_old, dict) and isinstance(h_new, dict) and "schema" in h_old and "schema" in h_new:
                parts_o = [((*hp, "schema"), h_old["schema"])]
                parts_n = [((*hn, "schema"), h_new["schema"])]
                ids |= self.schemas.compare(parts_o, parts_n, direction, f"{status} header:{match}")
        for name in lowered.values():
            ids.add(self._new("response-header-added", (*np_ptr, "headers", name), name=name, status=status))
        return ids


def _resolved(side: Side, pointer: Pointer, node: Any) -> tuple[Pointer, dict[str, Any] | None]:
    pointer, node = side.resolve(pointer, node)
    return pointer, node if isinstance(node, dict) else None


def _parameters(operation: Operation) -> dict[ParamKey, Part]:
    """Parameters of the path item overridden by the operation's, keyed by (in, name); path
    parameters by their position in the template, so renaming `{id}` to `{key}` is no change."""
    side = operation.side
    positions = {name: str(i) for i, name in enumerate(_PATH_NAME.findall(operation.path))}
    out: dict[ParamKey, Part] = {}
    item_ptr = operation.pointer[:-1]
    for holder, base in ((operation.item, item_ptr), (operation.op, operation.pointer)):
        params = holder.get("parameters")
        if not isinstance(params, list):
            continue
        for i, raw in enumerate(params):
            pointer, param = side.resolve((*base, "parameters", str(i)), raw)
            if not isinstance(param, dict):
                continue
            where, name = str(param.get("in", "")), str(param.get("name", ""))
            if where == "header":
                if name.lower() in _IGNORED_HEADERS:
                    continue
                name = name.lower()
            elif where == "path" and name in positions:
                name = "#" + positions[name]
            out[(where, name)] = (pointer, param)
    return out


def _required(param: dict[str, Any]) -> bool:
    return param.get("in") == "path" or param.get("required") is True


def _serialisation(param: dict[str, Any]) -> str:
    style = str(param.get("style", _DEFAULT_STYLE.get(str(param.get("in")), "simple")))
    explode = param.get("explode", style == "form")
    return f"{style}{', explode' if explode is True else ''}"


def _parameter_schema(pointer: Pointer, param: dict[str, Any]) -> Part | None:
    if isinstance(param.get("schema"), dict):
        return ((*pointer, "schema"), param["schema"])
    content = param.get("content")
    if isinstance(content, dict):
        for media, body in content.items():
            if isinstance(body, dict) and isinstance(body.get("schema"), dict):
                return ((*pointer, "content", media, "schema"), body["schema"])
    return None
