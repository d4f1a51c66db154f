"""The names and types users touch: methods without the API's prefix, classes without numbers or `Model`
suffixes, one Problem class, no `.root` wrappers, standard types for date-time / date / uuid parameters and
Literal types for inline enums."""

from __future__ import annotations

import datetime
import enum
import importlib
import re
import typing
import uuid
from types import ModuleType, SimpleNamespace
from typing import Any

import pydantic
import typing_extensions


def _models(package: ModuleType, slug: str, spec: SimpleNamespace) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.{spec.snake(slug)}.models")


def _classes(module: ModuleType) -> dict[str, type[Any]]:
    return {n: c for n, c in vars(module).items() if isinstance(c, type) and c.__module__ == module.__name__}


def _schema_keys(document: dict[str, Any]) -> set[str]:
    return set((document.get("components") or {}).get("schemas") or {})


def test_methods_do_not_repeat_the_api_name(
    catalog_slug: str, client_package: ModuleType, spec: SimpleNamespace
) -> None:
    """`client.self_info.request`, not `client.self_info.self_info_request`."""
    sync_class, async_class = spec.client_classes(client_package, catalog_slug)
    document = spec.bundle(catalog_slug)
    for cls in (sync_class, async_class):
        names = [n for n in vars(cls) if not n.startswith("_")]
        assert names
        for name in names:
            assert not name.startswith(spec.snake(catalog_slug) + "_"), f"{cls.__name__}.{name}"
    ids = [c.op_id for c in spec.operations(catalog_slug)]
    methods = {spec.method_name(document, catalog_slug, i) for i in ids}
    assert methods <= set(vars(sync_class)), methods - set(vars(sync_class))


def test_class_names_are_the_documents_or_their_context(
    catalog_slug: str, client_package: ModuleType, spec: SimpleNamespace
) -> None:
    """No `GrantType1`, no `CommonHeaderModel`: numbers and `Model` suffixes only where the document wrote them."""
    keys = _schema_keys(spec.bundle(catalog_slug))
    for name in _classes(_models(client_package, catalog_slug, spec)):
        if name in keys:
            continue
        assert not re.search(r"[0-9]$", name), name
        assert not name.endswith("Model"), name


def test_one_problem_class(catalog_slug: str, client_package: ModuleType, spec: SimpleNamespace) -> None:
    """Error bodies are the runtime's Problem (errors carry it); no API module has a second one."""
    models = _models(client_package, catalog_slug, spec)
    assert "Problem" not in vars(models)
    assert client_package.Problem is client_package._errors.Problem


def test_no_root_wrappers_anywhere(catalog_slug: str, client_package: ModuleType, spec: SimpleNamespace) -> None:
    """No RootModel: plain values are plain (`str`, `datetime`), unions are unions, in models and signatures."""
    models = _models(client_package, catalog_slug, spec)
    assert not [n for n, c in _classes(models).items() if issubclass(c, pydantic.RootModel)]
    for cls in spec.client_classes(client_package, catalog_slug):
        for name, method in vars(cls).items():
            if callable(method) and not name.startswith("_"):
                for hint in typing.get_type_hints(method).values():
                    assert not any(_is_root(t) for t in _leaves(hint)), f"{cls.__name__}.{name}: {hint}"


def _is_root(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, pydantic.RootModel)


def _leaves(hint: Any) -> list[Any]:
    if isinstance(hint, typing_extensions.TypeAliasType):
        return _leaves(hint.__value__)
    args = typing.get_args(hint)
    if typing.get_origin(hint) is typing.Literal or not args:
        return [hint]
    return [leaf for arg in args for leaf in _leaves(arg)]


_FORMATS = {"date-time": datetime.datetime, "date": datetime.date, "uuid": uuid.UUID}


def test_parameters_have_standard_and_literal_types(
    all_operations: list[Any], client_package: ModuleType, spec: SimpleNamespace
) -> None:
    checked = {"format": 0, "enum": 0}
    for case in all_operations:
        sync_class, _async_class = spec.client_classes(client_package, case.slug)
        hints = typing.get_type_hints(getattr(sync_class, spec.method_name(case.document, case.slug, case.op_id)))
        for param in case.parameters():
            raw = param.get("schema") or {}
            schema = spec.resolve(case.document, raw)
            hint = hints[spec.snake(param["name"])]
            leaves = [leaf for leaf in _leaves(hint) if leaf is not type(None) and leaf != client_package.Unset]
            if schema.get("format") in _FORMATS and schema.get("type") == "string":
                assert leaves == [_FORMATS[schema["format"]]], (case.id, param["name"], hint)
                checked["format"] += 1
            elif "enum" in schema and "$ref" not in raw:
                (literal,) = leaves
                assert typing.get_origin(literal) is typing.Literal, (case.id, param["name"], hint)
                assert set(typing.get_args(literal)) == {v for v in schema["enum"] if v is not None}
                checked["enum"] += 1
            elif "enum" in schema:
                (kind,) = leaves
                assert isinstance(kind, type) and issubclass(kind, enum.Enum), (case.id, param["name"], hint)
    assert checked["format"] and checked["enum"], checked


def test_request_models_are_built_by_field_name_and_sent_by_alias(
    client_package: ModuleType, spec: SimpleNamespace
) -> None:
    models = _models(client_package, "self-info", spec)
    data = models.RequestData(data_categories=[models.SelfInfoDataCategory.PENSION], fiscal_year="2026")
    assert data.model_dump(mode="json", by_alias=True, exclude_unset=True) == {
        "dataCategories": ["pension"],
        "fiscalYear": "2026",
    }
    assert models.RequestData.model_validate({"dataCategories": ["pension"]}).data_categories == ["pension"]
    assert models.RequestData(dataCategories=["pension"]).data_categories == ["pension"]  # the document's names run too
