"""Compiled JSON Schemas of one document, and violations described in Japanese with JSON pointers."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from generator.documents.jsonschema_check import _from_oas30, refuse_remote
from generator.documents.walk import resolve


@dataclass(frozen=True)
class Violation:
    """One offending value: where it is (JSON pointer), which part of the request, and why."""

    where: str  # "body", "query", "header", "path", "cookie"
    pointer: str  # "/commonHeader/telegramId", "/query/page"
    reason: str  # Japanese, for invalidParams[].reason
    missing: bool = False  # a required value is absent (errorCode E0400002)


def pointer(parts: tuple[str, ...] | list[str]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


class Schemas:
    """Every schema of one document compiled once (one validator map over one root, as the
    documents stage does), so a request costs one lookup and one validation."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.oas30 = str(document.get("openapi", "")).startswith("3.0")
        components = document.get("components") or {}
        self._components = _from_oas30(copy.deepcopy(components)) if self.oas30 else components
        self._pending: dict[int, Any] = {}
        self._validators: dict[int, tuple[Any, Any]] = {}  # id(schema) -> (schema kept alive, validator)

    def resolve(self, node: Any) -> Any:
        return resolve(self.document, node)

    def add(self, schema: Any) -> None:
        if isinstance(schema, (dict, bool)) and id(schema) not in self._validators:
            self._pending[id(schema)] = schema

    def compile(self) -> None:
        """Compile what was added since the last call in one validator map."""
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        names = {key: f"s{i}" for i, key in enumerate(pending)}
        defs = {names[key]: self._dialect(schema) for key, schema in pending.items()}
        root = {"$defs": defs, "components": self._components}
        try:
            compiled = jsonschema_rs.validator_map_for(
                root, validate_formats=True, retriever=refuse_remote, base_uri="urn:mpgen:sandbox"
            )
        except (ValueError, jsonschema_rs.ValidationError):
            compiled = None  # one schema is unusable: compile them one by one below
        for key, schema in pending.items():
            validator = compiled.get(f"#/$defs/{names[key]}") if compiled is not None else None
            if validator is None:
                validator = self._compile_one(schema)
            self._validators[key] = (schema, validator)

    def _dialect(self, schema: Any) -> Any:
        return _from_oas30(schema) if self.oas30 else schema

    def _compile_one(self, schema: Any) -> Any:
        body = self._dialect(schema)
        root = {**body, "components": self._components} if isinstance(body, dict) else body
        try:
            return jsonschema_rs.validator_for(
                root, validate_formats=True, retriever=refuse_remote, base_uri="urn:mpgen:sandbox"
            )
        except (ValueError, jsonschema_rs.ValidationError):
            return None  # an unusable schema accepts everything; `mpgen validate` reports it

    def _validator(self, schema: Any) -> Any:
        entry = self._validators.get(id(schema))
        if entry is None:
            self.add(schema)
            self.compile()
            entry = self._validators[id(schema)]
        return entry[1]

    def is_valid(self, schema: Any, instance: Any) -> bool:
        validator = self._validator(schema)
        return validator is None or bool(validator.is_valid(instance))

    def violations(self, schema: Any, instance: Any, where: str, prefix: tuple[str, ...] = ()) -> list[Violation]:
        validator = self._validator(schema)
        if validator is None:
            return []
        out: list[Violation] = []
        for err in validator.iter_errors(instance):
            parts = (*prefix, *(str(p) for p in err.instance_path))
            out.append(_describe(err, parts, where))
        return out


def _describe(err: Any, parts: tuple[str, ...], where: str) -> Violation:
    kind = err.kind.name
    detail = err.kind.as_dict()
    if kind == "required":
        return Violation(where, pointer((*parts, str(detail.get("property", "")))), "必須項目です。", missing=True)
    if kind == "additionalProperties":
        unexpected = detail.get("unexpected") or [""]
        return Violation(where, pointer((*parts, str(unexpected[0]))), "定義されていない項目です。")
    return Violation(where, pointer(parts), _reason(kind, detail, err.message))


def _reason(kind: str, detail: dict[str, Any], message: str) -> str:
    limit = detail.get("limit")
    match kind:
        case "type":
            types = detail.get("types") or [detail.get("expected")]
            return f"型が正しくありません（{' / '.join(str(t) for t in types)} で指定してください）。"
        case "enum":
            options = ", ".join(str(o) for o in detail.get("options", []))
            return _clip(f"次のいずれかを指定してください：{options}")
        case "const":
            return _clip(f"{detail.get('expected_value')} を指定してください。")
        case "pattern":
            return _clip(f"形式が正しくありません（{detail.get('pattern')} に一致させてください）。")
        case "format":
            return f"{detail.get('format')} 形式で指定してください。"
        case "minLength":
            return f"{limit} 文字以上で指定してください。"
        case "maxLength":
            return f"{limit} 文字以下で指定してください。"
        case "minimum":
            return f"{limit} 以上を指定してください。"
        case "maximum":
            return f"{limit} 以下を指定してください。"
        case "exclusiveMinimum":
            return f"{limit} より大きい値を指定してください。"
        case "exclusiveMaximum":
            return f"{limit} より小さい値を指定してください。"
        case "minItems":
            return f"{limit} 件以上を指定してください。"
        case "maxItems":
            return f"{limit} 件以下を指定してください。"
        case "uniqueItems":
            return "重複しない値を指定してください。"
        case "oneOf" | "anyOf" | "oneOfNotValid" | "oneOfMultipleValid":
            return "いずれの形式にも一致しません。"
    return _clip(f"値が制約に違反しています（{message}）。")


def _clip(text: str, limit: int = 480) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
