"""`client.<api>.with_raw_response.<method>(...)`: status, headers and request id with `parse()` for the typed
body, on every API, sync and async; errors carry the same; X-Request-Id is generated when not given."""

from __future__ import annotations

import asyncio
import inspect
import uuid
from collections.abc import Callable
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pydantic
import pytest

BASE = "https://api.example.jp"


def _public(cls: type[Any]) -> dict[str, Any]:
    return {n: f for n, f in vars(cls).items() if callable(f) and not n.startswith("_") and not n.startswith("parse_")}


def test_raw_methods_mirror_the_methods(catalog_slug: str, client_package: ModuleType, spec: SimpleNamespace) -> None:
    for cls in spec.client_classes(client_package, catalog_slug):
        raw_cls = inspect.signature(cls.with_raw_response.fget).return_annotation  # type: ignore[attr-defined]
        raw_cls = getattr(inspect.getmodule(cls), raw_cls.split(".")[-1]) if isinstance(raw_cls, str) else raw_cls
        methods = {n: f for n, f in _public(cls).items() if n not in ("close", "aclose", "with_options")}
        raw = _public(raw_cls)
        assert set(raw) == set(methods), cls.__name__
        for name, method in methods.items():
            assert inspect.signature(raw[name]).parameters == inspect.signature(method).parameters, name
            assert inspect.iscoroutinefunction(raw[name]) == inspect.iscoroutinefunction(method), name


def _answer(call: Any, spec: SimpleNamespace, headers: dict[str, str]) -> Callable[[httpx.Request], httpx.Response]:
    """The documented success: its example, a bare status, or a redirect."""
    _media_type, media = spec.pick_media(call.response.get("content") or {})
    example = spec.media_example(call.case.document, media)
    redirect = {"Location": "https://rp.example.jp/cb"} if 300 <= call.status < 400 else {}
    if example is spec.MISSING or redirect:
        return lambda request: httpx.Response(call.status, headers={**headers, **redirect})
    return lambda request: httpx.Response(call.status, json=example, headers=headers)


def test_raw_response_of_every_api(
    catalog_slug: str, representative_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    call = representative_call(catalog_slug)
    answer = _answer(call, spec, {"X-Request-Id": "srv-1", "X-Extra": "yes"})
    with (
        httpx.Client(transport=httpx.MockTransport(answer)) as http,
        call.sync_class(f"{BASE}/{catalog_slug}", http_client=http) as client,
    ):
        raw = getattr(client.with_raw_response, call.name)(*call.args, **call.kwargs)
        plain = call.invoke(client)
    assert isinstance(raw, client_package.RawResponse)
    assert (raw.status_code, raw.headers["x-extra"], raw.request_id) == (call.status, "yes", "srv-1")
    assert raw.http_response.status_code == call.status
    parsed = raw.parse()
    assert parsed == plain and raw.parse() is parsed, "parse() gives what the method returns, once"
    assert isinstance(parsed, pydantic.BaseModel) or isinstance(parsed, list)

    async def main() -> Any:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http,
            call.async_class(f"{BASE}/{catalog_slug}", http_client=http) as client,
        ):
            return await getattr(client.with_raw_response, call.name)(*call.args, **call.kwargs)

    raw_async = asyncio.run(main())
    assert (raw_async.status_code, raw_async.request_id) == (call.status, "srv-1")
    assert raw_async.parse() == plain


def test_raw_response_through_the_facade(
    representative_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    slug = spec.catalog_slugs()[0]
    call = representative_call(slug)
    with httpx.Client(transport=httpx.MockTransport(_answer(call, spec, {}))) as http:
        facade = client_package.MynaPortalClient(http_client=http, base_urls={slug: BASE})
        raw = getattr(getattr(facade, spec.snake(slug)).with_raw_response, call.name)(*call.args, **call.kwargs)
    assert raw.status_code == call.status and raw.parse() is not None


def _takes_request_id(case: Any) -> bool:
    return any(p["in"] == "header" and p["name"].lower() == "x-request-id" for p in case.parameters())


def test_a_request_id_is_generated_where_the_document_defines_one(
    path_operation: Any, prepare_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    case = path_operation
    case.require_document()
    if not _takes_request_id(case):
        pytest.skip("no X-Request-Id parameter")
    call = prepare_call(case, optional=False)
    call.kwargs.pop("x_request_id", None)
    seen: list[httpx.Request] = []
    answer = _answer(call, spec, {})

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        call.sync_class(f"{BASE}/{case.slug}", http_client=http) as client,
    ):
        raw = getattr(client.with_raw_response, call.name)(*call.args, **call.kwargs)
        getattr(client, call.name)(*call.args, **call.kwargs)
        given = str(uuid.UUID(int=7))
        getattr(client, call.name)(*call.args, **call.kwargs, x_request_id=_typed(call, given))
    generated = seen[0].headers["X-Request-Id"]
    assert uuid.UUID(generated).version == 4
    assert seen[1].headers["X-Request-Id"] != generated, "a new id for each call"
    assert seen[2].headers["X-Request-Id"] == given, "a given id is sent as given"
    assert raw.request_id == generated, "the server did not echo it: the one sent"


def _typed(call: Any, value: str) -> Any:
    import typing  # noqa: PLC0415

    hint = typing.get_type_hints(getattr(call.sync_class, call.name))["x_request_id"]
    return uuid.UUID(value) if uuid.UUID in typing.get_args(hint) else value


def test_operations_without_the_header_send_no_request_id(
    all_operations: list[Any], prepare_call: Callable[..., Any], client_package: ModuleType
) -> None:
    case = next((c for c in all_operations if not _takes_request_id(c) and c.method == "get"), None)
    if case is None:
        pytest.skip("every GET takes X-Request-Id")
    call = prepare_call(case, optional=False)
    seen: list[httpx.Request] = []
    with (
        httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(404))) as http,
        call.sync_class(f"{BASE}/{case.slug}", http_client=http) as client,
        pytest.raises(client_package.APIError),
    ):
        call.invoke(client)
    assert "X-Request-Id" not in seen[0].headers


def test_errors_carry_status_headers_and_request_id(
    catalog_slug: str, representative_call: Callable[..., Any], client_package: ModuleType
) -> None:
    call = representative_call(catalog_slug)
    problem = {"type": "about:blank", "title": "conflict", "status": 409}

    def handler(request: httpx.Request) -> httpx.Response:  # 409: never retried
        return httpx.Response(409, json=problem, headers={"X-Request-Id": "srv-9", "X-Extra": "2"})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        call.sync_class(f"{BASE}/{catalog_slug}", http_client=http) as client,
    ):
        with pytest.raises(client_package.APIStatusError) as caught:
            getattr(client.with_raw_response, call.name)(*call.args, **call.kwargs)
        with pytest.raises(client_package.APIStatusError) as plain:
            call.invoke(client)
    for exc in (caught.value, plain.value):
        assert (exc.status_code, exc.request_id, exc.headers["x-extra"]) == (409, "srv-9", "2")
        assert isinstance(exc.problem, client_package.Problem) and exc.problem.title == "conflict"


def test_unexpected_responses_carry_status_headers_and_request_id(
    representative_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    call = representative_call(spec.catalog_slugs()[0])
    answer = lambda request: httpx.Response(call.status, json=[1, 2], headers={"X-Request-Id": "srv-3"})  # noqa: E731
    with (
        httpx.Client(transport=httpx.MockTransport(answer)) as http,
        call.sync_class(f"{BASE}/{call.case.slug}", http_client=http) as client,
    ):
        raw = getattr(client.with_raw_response, call.name)(*call.args, **call.kwargs)
        assert raw.status_code == call.status, "the raw response comes back; only parse() checks the body"
        with pytest.raises(client_package.UnexpectedResponseError) as caught:
            raw.parse()
    exc = caught.value
    assert (exc.status_code, exc.request_id, exc.headers["x-request-id"]) == (call.status, "srv-3", "srv-3")
