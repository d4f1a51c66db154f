"""Parameters from text to values by their schema (OpenAPI styles), then checked against it."""

from __future__ import annotations

import json
import re
from typing import Any

from generator.sandbox.operations import Operation, Param
from generator.sandbox.schemas import Violation, pointer

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


class RawParams:
    """The request's parameters as text, grouped by where they came from."""

    def __init__(
        self,
        path: dict[str, str],
        query: list[tuple[str, str]],
        headers: dict[str, str],
        cookies: dict[str, str],
    ) -> None:
        self.path = path
        self.query = query
        self.headers = headers  # lower-case names
        self.cookies = cookies

    def values(self, param: Param) -> list[str]:
        match param.where:
            case "path":
                return [self.path[param.name]] if param.name in self.path else []
            case "query":
                return [v for k, v in self.query if k == param.name]
            case "header":
                value = self.headers.get(param.name.lower())
                return [] if value is None else [value]
            case "cookie":
                return [self.cookies[param.name]] if param.name in self.cookies else []
        return []


def read_params(op: Operation, raw: RawParams) -> tuple[dict[str, dict[str, Any]], list[Violation]]:
    values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
    problems: list[Violation] = []
    for param in op.params:
        texts = raw.values(param)
        where = f"/{param.where}/{param.name}"
        if not texts:
            if param.required:
                problems.append(Violation(param.where, pointer((param.where, param.name)), "必須項目です。", True))
            continue
        try:
            value = _value(param, texts)
        except ValueError:
            problems.append(Violation(param.where, where, "JSON として解析できません。"))
            continue
        problems += op.schemas.violations(param.schema, value, param.where, (param.where, param.name))
        values[param.where][param.name] = value
    return values, problems


def _value(param: Param, texts: list[str]) -> Any:
    if param.json_content:
        return json.loads(texts[0])
    if "array" in param.types:
        if param.explode and param.where in ("query", "cookie"):
            items = texts
        else:
            items = [] if texts[0] == "" else texts[0].split(param.delimiter)
        return [scalar(item, param.items_types) for item in items]
    return scalar(texts[0], param.types)


def scalar(text: str, types: frozenset[str]) -> Any:
    """Text as the first type of the schema it reads as; left as text when none fits (the schema then says why)."""
    if "integer" in types and _INTEGER.fullmatch(text):
        return int(text)
    if "number" in types and _NUMBER.fullmatch(text):
        number = float(text)
        return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    return text
