"""Request bodies built from Python field names: the spelling mypy accepts is the spelling that runs.

Every request body of every API is written as Python source from its documented example, by field names
(`CommonHeader(telegram_id=...)`, enum members, datetimes), then run and type-checked with `mypy --strict`.
The document's own names (aliases) must keep working at runtime too.
"""

from __future__ import annotations

import datetime
import enum
import os
import subprocess
import sys
import types
import typing
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydantic
import pytest
import typing_extensions

CLIENT_DIR = Path(__file__).resolve().parents[2] / "build" / "client"
PACKAGE = "mynaportal_client"


# pydantic's marker types are datetime and date to type checkers.
_TIME_TYPES: dict[Any, type[Any]] = {
    pydantic.AwareDatetime: datetime.datetime,
    pydantic.NaiveDatetime: datetime.datetime,
    pydantic.PastDatetime: datetime.datetime,
    pydantic.FutureDatetime: datetime.datetime,
    pydantic.PastDate: datetime.date,
    pydantic.FutureDate: datetime.date,
}


class NoSpelling(Exception):
    """The example cannot be written for this type (a union member that does not fit, say)."""


class Writer:
    """Python source for a JSON example as a value of an annotation: constructors by field names."""

    def __init__(self) -> None:
        self.modules: dict[str, str] = {}  # module -> local alias in the generated source

    def name_of(self, cls: type[Any]) -> str:
        alias = self.modules.setdefault(cls.__module__, f"m{len(self.modules)}")
        return f"{alias}.{cls.__qualname__}"

    def write(self, annotation: Any, value: Any) -> str:
        if isinstance(annotation, typing_extensions.TypeAliasType):  # a named plain value or union: what it holds
            return self.write(annotation.__value__, value)
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Annotated:
            return self.write(args[0], value)
        if origin in (typing.Union, types.UnionType):
            return self._union(args, value)
        if origin is typing.Literal:
            if value not in args:
                raise NoSpelling(f"{value!r} is not one of {args}")
            return repr(value)
        if origin is list:
            if not isinstance(value, list):
                raise NoSpelling("not a list")
            return "[" + ", ".join(self.write(args[0], v) for v in value) + "]"
        if origin is dict:
            if not isinstance(value, dict):
                raise NoSpelling("not an object")
            return "{" + ", ".join(f"{k!r}: {self.write(args[1], v)}" for k, v in value.items()) + "}"
        if annotation is typing.Any:
            return repr(value)
        if isinstance(annotation, type):
            return self._type(annotation, value)
        raise NoSpelling(f"unsupported annotation {annotation!r}")

    def _union(self, args: tuple[Any, ...], value: Any) -> str:
        if value is None and type(None) in args:
            return "None"
        for arg in args:
            if arg is type(None):
                continue
            try:
                source = self.write(arg, value)
                pydantic.TypeAdapter(arg).validate_python(value)
            except (NoSpelling, pydantic.ValidationError):
                continue
            return source
        raise NoSpelling(f"no member of {args} takes {value!r}")

    def _type(self, cls: type[Any], value: Any) -> str:
        if issubclass(cls, pydantic.RootModel):
            return f"{self.name_of(cls)}({self.write(cls.model_fields['root'].annotation, value)})"
        if issubclass(cls, pydantic.BaseModel):
            return self._model(cls, value)
        if issubclass(cls, enum.Enum):
            member = next((m for m in cls if m.value == value), None)
            if member is None:
                raise NoSpelling(f"{value!r} is not a member of {cls.__name__}")
            return f"{self.name_of(cls)}.{member.name}"
        if cls is bool:
            if not isinstance(value, bool):
                raise NoSpelling("not a boolean")
            return repr(value)
        if cls in (int, float):
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or (cls is int and isinstance(value, float))
            ):
                raise NoSpelling(f"not a {cls.__name__}")
            return repr(value)
        if cls is str:
            if not isinstance(value, str):
                raise NoSpelling("not a string")
            return repr(value)
        if cls is bytes:
            return repr(value.encode() if isinstance(value, str) else bytes(value))
        for kind in (datetime.datetime, datetime.date):
            if _TIME_TYPES.get(cls, cls) is kind and isinstance(value, str):
                self.modules.setdefault("datetime", "datetime")
                parsed = pydantic.TypeAdapter(kind).validate_python(value)
                return f"datetime.{kind.__name__}.fromisoformat({parsed.isoformat()!r})"
        if cls is uuid.UUID and isinstance(value, str):
            self.modules.setdefault("uuid", "uuid")
            return f"uuid.UUID({value!r})"
        raise NoSpelling(f"unsupported type {cls!r}")

    def _model(self, cls: type[pydantic.BaseModel], value: Any) -> str:
        if not isinstance(value, dict):
            raise NoSpelling(f"{cls.__name__} needs an object")
        by_wire = {(info.alias or name): name for name, info in cls.model_fields.items()}
        parts = []
        for key, item in value.items():
            name = by_wire.get(key)
            if name is None:
                raise NoSpelling(f"{cls.__name__} has no field for {key!r}")
            parts.append(f"{name}={self.write(cls.model_fields[name].annotation, item)}")
        return f"{self.name_of(cls)}({', '.join(parts)})"

    def imports(self) -> str:
        lines = []
        for module, alias in sorted(self.modules.items()):
            lines.append(f"import {module}" if module == alias else f"import {module} as {alias}")
        return "\n".join(lines)


def _bodies(all_operations: list[Any], prepare_call: Callable[..., Any], missing: Any) -> list[tuple[Any, Any, Any]]:
    """(case, body annotation, example) of every structured request body that has an example."""
    found = []
    for case in all_operations:
        call = prepare_call(case)
        if call.body_example is missing or "body" not in call.kwargs or isinstance(call.kwargs["body"], bytes):
            continue
        annotation = typing.get_type_hints(getattr(call.sync_class, call.name))["body"]
        found.append((case, annotation, call.body_example))
    return found


@pytest.fixture(scope="module")
def bodies(
    all_operations: list[Any], prepare_call: Callable[..., Any], spec: types.SimpleNamespace
) -> list[tuple[Any, Any, Any]]:
    found = _bodies(all_operations, prepare_call, spec.MISSING)
    assert len(found) >= 20, "the catalogue's request bodies with examples"
    return found


def test_every_request_body_builds_from_field_names_and_round_trips(bodies: list[tuple[Any, Any, Any]]) -> None:
    writer = Writer()
    problems = {}
    for case, annotation, example in bodies:
        try:
            source = writer.write(annotation, example)
            namespace: dict[str, Any] = {}
            exec(writer.imports(), namespace)  # source the test wrote from the example
            value = eval(source, namespace)
        except (NoSpelling, pydantic.ValidationError, TypeError) as exc:
            problems[case.id] = f"{type(exc).__name__}: {str(exc)[:300]}"
            continue
        dumped = pydantic.TypeAdapter(annotation).dump_python(value, mode="json", by_alias=True, exclude_unset=True)
        if dumped != example:
            problems[case.id] = f"sends {dumped!r}, documented {example!r}"
    assert problems == {}


def test_every_request_body_still_validates_from_its_aliases(bodies: list[tuple[Any, Any, Any]]) -> None:
    for case, annotation, example in bodies:
        value = pydantic.TypeAdapter(annotation).validate_python(example)
        dumped = pydantic.TypeAdapter(annotation).dump_python(value, mode="json", by_alias=True, exclude_unset=True)
        assert dumped == example, case.id


def test_field_name_constructions_pass_mypy_strict(
    bodies: list[tuple[Any, Any, Any]], client_package: types.ModuleType, tmp_path: Path
) -> None:
    """One module holding every construction, checked the way users check theirs (no pydantic mypy plugin)."""
    writer = Writer()
    statements = []
    for i, (case, annotation, example) in enumerate(bodies):
        source = writer.write(annotation, example)
        statements.append(f"# {case.id}\nbody_{i} = {source}\n")
    module = tmp_path / "bodies_check.py"
    module.write_text(writer.imports() + "\n\n" + "\n".join(statements), encoding="utf-8")
    assert PACKAGE in module.read_text(encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, str(module)],
        cwd=CLIENT_DIR,
        env={**os.environ, "MYPYPATH": str(CLIENT_DIR)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]


def test_the_document_names_are_not_the_typed_spelling(client_package: types.ModuleType, tmp_path: Path) -> None:
    """mypy refuses the alias spelling (`telegramId=`): users see one spelling, the Python one."""
    module = tmp_path / "alias_check.py"
    module.write_text(
        f"from {PACKAGE}.self_info import models\n\n"
        "models.RequestData(dataCategories=[models.SelfInfoDataCategory.TAX_INCOME])\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, str(module)],
        cwd=CLIENT_DIR,
        env={**os.environ, "MYPYPATH": str(CLIENT_DIR)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "dataCategories" in result.stdout, result.stdout
