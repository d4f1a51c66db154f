"""A server that adds a property or an enum value breaks no call: every API, every response, sync and async.

Each documented success example (and each webhook payload) is answered with an extra property in every
object and an undocumented value in every enum; the call must succeed, keep the new property
(`model_extra`) and return the new value as a member of its enum.
"""

from __future__ import annotations

import asyncio
import enum
import json
from collections.abc import Callable
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pydantic
import pytest

BASE = "https://api.example.jp"
ADDED = "addedByTheServer"
ADDED_VALUE = {"since": "v2"}


def _new_value(member: enum.Enum) -> Any:
    """A value of the member's JSON type that its enum does not list."""
    value = member.value
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return 987654321
    if isinstance(value, float):
        return 98765.4321
    return "added_by_the_server"


def _grow(value: Any, data: Any) -> Any:
    """data (the JSON of value) with a new property in every object a model holds and a new value in every
    enum (booleans aside: a JSON type has no third boolean)."""
    if isinstance(value, pydantic.BaseModel) and isinstance(data, dict) and not isinstance(value, pydantic.RootModel):
        grown = dict(data)
        for name, info in type(value).model_fields.items():
            key = info.alias or name
            if key in grown:
                grown[key] = _grow(value.__dict__[name], grown[key])  # no DeprecationWarning for deprecated fields
        grown[ADDED] = ADDED_VALUE
        return grown
    if isinstance(value, enum.Enum) and not isinstance(value.value, bool):
        return _new_value(value)
    if isinstance(value, list) and isinstance(data, list):
        return [_grow(v, d) for v, d in zip(value, data, strict=True)]
    if isinstance(value, dict) and isinstance(data, dict):
        return {k: _grow(value[k], d) if k in value else d for k, d in data.items()}
    return data


def _check(result: Any, data: Any) -> None:
    """Every added property is kept and every new enum value is there, as the grown JSON says."""
    if isinstance(result, pydantic.BaseModel) and isinstance(data, dict) and not isinstance(result, pydantic.RootModel):
        assert (result.model_extra or {}).get(ADDED) == ADDED_VALUE, f"{type(result).__name__} dropped {ADDED}"
        for name, info in type(result).model_fields.items():
            key = info.alias or name
            if key in data:
                _check(result.__dict__[name], data[key])
    elif isinstance(result, enum.Enum):
        assert result.value == data, (result, data)
    elif isinstance(result, list) and isinstance(data, list):
        for r, d in zip(result, data, strict=True):
            _check(r, d)
    elif isinstance(result, dict) and isinstance(data, dict):
        for k, d in data.items():
            if k in result:
                _check(result[k], d)


def _grown_example(call: Any, spec: SimpleNamespace) -> tuple[Any, Any]:
    """(documented example, grown example) of the call's success response."""
    _media_type, media = spec.pick_media(call.response.get("content") or {})
    example = spec.media_example(call.case.document, media)
    parsed = pydantic.TypeAdapter(call.return_type).validate_python(example)
    return example, _grow(parsed, example)


def _json_cases(spec: SimpleNamespace) -> list[Any]:
    return [case for slug in spec.catalog_slugs() for case in spec.operations(slug) if _has_json_example(case, spec)]


def _has_json_example(case: Any, spec: SimpleNamespace) -> bool:
    status, response = case.success()
    media_type, media = spec.pick_media(response.get("content") or {})
    return (
        200 <= status < 300
        and spec.is_json(media_type)
        and spec.media_example(case.document, media) is not spec.MISSING
    )


def test_every_api_has_grown_responses_to_check(spec: SimpleNamespace) -> None:
    slugs = {case.slug for case in _json_cases(spec)}
    assert slugs == set(spec.catalog_slugs())


def test_sync_calls_accept_new_properties_and_enum_values(
    path_operation: Any, prepare_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    case = path_operation
    case.require_document()
    if not _has_json_example(case, spec):
        pytest.skip("no JSON success example")
    call = prepare_call(case)
    example, grown = _grown_example(call, spec)
    assert grown != example or not isinstance(example, (dict, list)), "nothing to grow"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(call.status, json=grown)

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        call.sync_class(f"{BASE}/{case.slug}", http_client=http) as client,
    ):
        result = call.invoke(client)
        raw = getattr(client.with_raw_response, call.name)(*call.args, **call.kwargs)
    _check(result, grown)
    _check(raw.parse(), grown)
    dumped = pydantic.TypeAdapter(call.return_type).dump_python(result, mode="json", by_alias=True, exclude_unset=True)
    assert dumped == grown, "what was received is kept as received"


def test_async_calls_accept_new_properties_and_enum_values(
    catalog_slug: str, representative_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    call = representative_call(catalog_slug)
    _example, grown = _grown_example(call, spec)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(call.status, json=grown)

    async def main() -> Any:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http,
            call.async_class(f"{BASE}/{catalog_slug}", http_client=http) as client,
        ):
            return await call.invoke(client)

    _check(asyncio.run(main()), grown)


def test_webhook_payloads_accept_new_properties_and_enum_values(
    webhook_operation: Any, client_package: ModuleType, spec: SimpleNamespace
) -> None:
    case = webhook_operation
    media_type, media, _body = case.request_body()
    if not spec.is_json(media_type):
        pytest.skip(f"{media_type} webhook body")
    example = spec.media_example(case.document, media)
    sync_class, _async_class = spec.client_classes(client_package, case.slug)
    parse = getattr(sync_class, "parse_" + spec.method_name(case.document, case.slug, case.op_id))
    grown = _grow(parse(json.dumps(example)), example)
    assert grown != example
    _check(parse(json.dumps(grown)), grown)


def test_unknown_enum_values_are_pseudo_members(client_package: ModuleType) -> None:
    """Equal to the plain value, an instance of the enum, not listed, and never added to the class."""
    from mynaportal_client._enums import OpenIntEnum, OpenStrEnum  # noqa: PLC0415 - the generated runtime

    class Colour(OpenStrEnum):
        RED = "red"

    class Level(OpenIntEnum):
        LOW = 1

    new = Colour("mauve")
    assert isinstance(new, Colour) and new == "mauve" and new.value == "mauve" and str(new) == "mauve"
    assert Colour("red") is Colour.RED and list(Colour) == [Colour.RED]
    assert Colour("mauve") is not new and "mauve" not in Colour.__members__  # not cached: a server cannot grow it
    assert Level(7) == 7 and isinstance(Level(7), Level) and list(Level) == [Level.LOW]
    with pytest.raises(ValueError):
        Colour(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Level("7")  # type: ignore[arg-type]


def test_request_only_models_stay_strict(
    all_operations: list[Any], prepare_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    """A body the client only sends keeps `additionalProperties: false`: a typo fails before anything is sent."""
    for case in all_operations:
        body = case.request_body()
        schema = spec.resolve(case.document, (body[1] if body else {}).get("schema")) if body else None
        if not (isinstance(schema, dict) and schema.get("additionalProperties") is False and spec.is_json(body[0])):
            continue
        call = prepare_call(case)
        if "body" not in call.kwargs:
            continue
        model = type(call.kwargs["body"])
        if model.model_config.get("extra") != "forbid":
            continue  # also received somewhere (a webhook payload, a response): lenient
        with pytest.raises(pydantic.ValidationError):
            model.model_validate({**call.body_example, "typo": 1})
        return
    pytest.skip("no request-only body with additionalProperties: false")
