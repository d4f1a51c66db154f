"""The house profile: lint rules for our own specs (enabled for `specs/` in `[tool.mpgen]`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import Diagnostic, Severity
from generator.documents.bundler import Bundle
from generator.documents.loader import Pointer
from generator.documents.walk import operations, resolve

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_CAMEL = re.compile(r"[a-z][a-zA-Z0-9]*")
_ASCII_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_SEMVER = re.compile(r"\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?")

Emit = Callable[[Pointer, str], None]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    doc: str
    check: Callable[[Bundle, Emit], None]


def has_japanese(text: Any) -> bool:
    return isinstance(text, str) and bool(_JAPANESE.search(text))


def _operation_id(bundle: Bundle, emit: Emit) -> None:
    for pointer, _m, _p, op, _item in operations(bundle.data):
        op_id = op.get("operationId")
        if not isinstance(op_id, str):
            emit(pointer, "operation has no operationId")
        elif not _CAMEL.fullmatch(op_id):
            emit((*pointer, "operationId"), f"operationId {op_id!r} is not camelCase")


def _summary(bundle: Bundle, emit: Emit) -> None:
    for pointer, _m, _p, op, _item in operations(bundle.data):
        if not has_japanese(op.get("summary")):
            emit((*pointer, "summary") if "summary" in op else pointer, "operation needs a Japanese summary")


def _problem_schema(bundle: Bundle, emit: Emit) -> None:
    for pointer, _m, _p, op, _item in operations(bundle.data):
        if op.get("x-problem-exempt") is True:
            continue
        responses = op.get("responses")
        for status, raw in (responses if isinstance(responses, dict) else {}).items():
            if str(status)[:1] not in ("4", "5"):
                continue
            response = resolve(bundle.data, raw)
            content = response.get("content") if isinstance(response, dict) else None
            media = content.get("application/problem+json") if isinstance(content, dict) else None
            schema = media.get("schema") if isinstance(media, dict) else None
            ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
            if not str(ref).endswith("/Problem"):
                emit(
                    (*pointer, "responses", str(status)),
                    f"{status} response must use the shared problem body (application/problem+json, Problem schema)",
                )


def _success_example(bundle: Bundle, emit: Emit) -> None:
    for pointer, _m, _p, op, _item in operations(bundle.data):
        responses = op.get("responses")
        for status, raw in (responses if isinstance(responses, dict) else {}).items():
            if not str(status).startswith("2"):
                continue
            response = resolve(bundle.data, raw)
            content = response.get("content") if isinstance(response, dict) else None
            for media_type, media in (content or {}).items():
                if (
                    "json" in media_type
                    and isinstance(media, dict)
                    and not ("example" in media or media.get("examples"))
                ):
                    emit(
                        (*pointer, "responses", str(status), "content", media_type),
                        f"{status} {media_type} response has no example",
                    )


def _request_example(bundle: Bundle, emit: Emit) -> None:
    for pointer, _m, _p, op, _item in operations(bundle.data):
        body = resolve(bundle.data, op.get("requestBody"))
        content = body.get("content") if isinstance(body, dict) else None
        for media_type, media in (content or {}).items():
            if isinstance(media, dict) and not ("example" in media or media.get("examples")):
                emit((*pointer, "requestBody", "content", media_type), f"request body {media_type} has no example")


def _schemas(bundle: Bundle) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    for kind, pointer, node in bundle.nodes:
        if kind == "schema":
            yield pointer, node


def _ascii_names(bundle: Bundle, emit: Emit) -> None:
    schemas = (bundle.data.get("components") or {}).get("schemas") or {}
    for name in schemas:
        if not _ASCII_NAME.fullmatch(name):
            emit(("components", "schemas", name), f"schema key {name!r} must be ASCII (put Japanese in title)")
    for pointer, node in _schemas(bundle):
        props = node.get("properties")
        for prop in props if isinstance(props, dict) else {}:
            if not _ASCII_NAME.fullmatch(prop):
                emit((*pointer, "properties", prop), f"property name {prop!r} must be ASCII (put Japanese in title)")


def _japanese_docs(bundle: Bundle, emit: Emit) -> None:
    schemas = (bundle.data.get("components") or {}).get("schemas") or {}
    for name, node in schemas.items():
        if (
            isinstance(node, dict)
            and "$ref" not in node
            and not (has_japanese(node.get("title")) or has_japanese(node.get("description")))
        ):
            emit(("components", "schemas", name), f"schema {name!r} needs a Japanese title or description")
    for pointer, node in _schemas(bundle):
        props = node.get("properties")
        for prop, sub in (props if isinstance(props, dict) else {}).items():
            if isinstance(sub, dict) and not (has_japanese(sub.get("title")) or has_japanese(sub.get("description"))):
                target = resolve(bundle.data, sub)
                if isinstance(target, dict) and (
                    has_japanese(target.get("title")) or has_japanese(target.get("description"))
                ):
                    continue  # a reference to a documented schema documents the property
                emit((*pointer, "properties", prop), f"property {prop!r} needs a Japanese title or description")


def _enums(bundle: Bundle, emit: Emit) -> None:
    for pointer, node in _schemas(bundle):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        strings = [v for v in values if isinstance(v, str)]
        for i, value in enumerate(values):
            if isinstance(value, str) and not value.isascii():
                emit(
                    (*pointer, "enum", str(i)), f"enum value {value!r} must be ASCII (label it in x-enum-descriptions)"
                )
        labels = node.get("x-enum-descriptions")
        labelled = (
            isinstance(labels, list) and len(labels) == len(values) and all(isinstance(x, str) and x for x in labels)
        )
        if len(strings) > 1 and not (labelled and any(has_japanese(x) for x in labels or [])):
            emit((*pointer, "enum"), "string enum needs x-enum-descriptions: one Japanese label per value, same order")


def _info(bundle: Bundle, emit: Emit) -> None:
    info = bundle.data.get("info") or {}
    if not _SEMVER.fullmatch(str(info.get("version", ""))):
        emit(("info", "version"), f"info.version {info.get('version')!r} is not a semantic version")
    if not has_japanese(info.get("description")):
        emit(("info",), "info needs a Japanese description")


RULES: tuple[Rule, ...] = (
    Rule("house/operation-id", Severity.ERROR, "Every operation has a camelCase operationId.", _operation_id),
    Rule("house/summary-ja", Severity.ERROR, "Every operation has a Japanese summary.", _summary),
    Rule(
        "house/problem-body",
        Severity.ERROR,
        "4xx/5xx responses use application/problem+json with the shared Problem schema.",
        _problem_schema,
    ),
    Rule("house/success-example", Severity.ERROR, "Every 2xx JSON response has an example.", _success_example),
    Rule("house/request-example", Severity.ERROR, "Every request body has an example.", _request_example),
    Rule("house/ascii-names", Severity.ERROR, "Schema keys and property names are ASCII.", _ascii_names),
    Rule(
        "house/japanese-docs",
        Severity.WARNING,
        "Schemas and properties carry a Japanese title or description.",
        _japanese_docs,
    ),
    Rule(
        "house/enum-labels",
        Severity.ERROR,
        "Enum values are ASCII, with Japanese labels in x-enum-descriptions.",
        _enums,
    ),
    Rule("house/info", Severity.ERROR, "info.version is semver and info.description is Japanese.", _info),
)
CATALOG_RULES = {
    "house/operation-id-global": "operationIds are unique across the whole catalogue.",
    "house/catalog-match": "info.x-mynaportal matches the API's entry in specs/catalog.yaml.",
}


def lint(bundle: Bundle, disabled: frozenset[str] = frozenset()) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for rule in RULES:
        if rule.id in disabled:
            continue

        def emit(pointer: Pointer, message: str, rule: Rule = rule) -> None:
            out.append(Diagnostic(bundle.location(pointer), rule.severity, rule.id, message))

        rule.check(bundle, emit)
    return out
