"""An injected http_client: `timeout=` applies to every call, `verify=` is refused with a clear error (it cannot
reach a connection pool that already exists), for each API client and the facades, sync and async."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pytest

BASE = "https://api.example.jp"


@pytest.fixture(scope="module")
def call(prepare_call: Callable[..., Any], spec: SimpleNamespace) -> Any:
    return prepare_call(spec.representative(spec.catalog_slugs()[0]))


def _ok(call: Any, spec: SimpleNamespace, seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    _media_type, media = spec.pick_media(call.response.get("content") or {})
    example = spec.media_example(call.case.document, media)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(call.status, json=example)

    return handler


def test_verify_with_an_injected_client_is_refused(call: Any, client_package: ModuleType) -> None:
    sync_class, async_class = call.sync_class, call.async_class
    context = ssl.create_default_context()
    with httpx.Client() as http, pytest.raises(ValueError, match="verify="):
        sync_class(BASE, http_client=http, verify=context)
    with httpx.Client() as http, pytest.raises(ValueError, match="verify="):
        client_package.MynaPortalClient(http_client=http, verify=False)

    async def main() -> None:
        async with httpx.AsyncClient() as http:
            with pytest.raises(ValueError, match="verify="):
                async_class(BASE, http_client=http, verify="ca.pem")
            with pytest.raises(ValueError, match="verify="):
                client_package.AsyncMynaPortalClient(http_client=http, verify=context)

    asyncio.run(main())


def test_timeout_with_an_injected_client_applies_to_every_call(call: Any, spec: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []
    with (
        httpx.Client(transport=httpx.MockTransport(_ok(call, spec, seen)), timeout=99.0) as http,
        call.sync_class(f"{BASE}/{call.case.slug}", http_client=http, timeout=3.5) as client,
    ):
        call.invoke(client)
        getattr(client, call.name)(*call.args, **call.kwargs, timeout=1.25)  # a call's own still wins
    assert seen[0].extensions["timeout"] == httpx.Timeout(3.5).as_dict()
    assert seen[1].extensions["timeout"] == httpx.Timeout(1.25).as_dict()


def test_without_timeout_an_injected_client_keeps_its_own(call: Any, spec: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []
    with (
        httpx.Client(transport=httpx.MockTransport(_ok(call, spec, seen)), timeout=99.0) as http,
        call.sync_class(f"{BASE}/{call.case.slug}", http_client=http) as client,
    ):
        call.invoke(client)
    assert seen[0].extensions["timeout"] == httpx.Timeout(99.0).as_dict()


def test_facade_timeout_reaches_an_injected_client(
    call: Any, spec: SimpleNamespace, client_package: ModuleType
) -> None:
    seen: list[httpx.Request] = []
    with httpx.Client(transport=httpx.MockTransport(_ok(call, spec, seen))) as http:
        facade = client_package.MynaPortalClient(
            http_client=http, timeout=httpx.Timeout(4.0, connect=1.0), base_urls={call.case.slug: BASE}
        )
        call.invoke(getattr(facade, spec.snake(call.case.slug)))
    assert seen[0].extensions["timeout"] == httpx.Timeout(4.0, connect=1.0).as_dict()

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(_ok(call, spec, seen))) as http:
            facade = client_package.AsyncMynaPortalClient(
                http_client=http, timeout=2.0, base_urls={call.case.slug: BASE}
            )
            await call.invoke(getattr(facade, spec.snake(call.case.slug)))

    asyncio.run(main())
    assert seen[1].extensions["timeout"] == httpx.Timeout(2.0).as_dict()


def test_verify_and_timeout_configure_an_owned_client(call: Any, client_package: ModuleType) -> None:
    context = ssl.create_default_context()
    with call.sync_class(BASE, verify=context, timeout=6.0) as client:
        assert client._client.timeout == httpx.Timeout(6.0)
        assert client._client._transport._pool._ssl_context is context  # httpx 0.28: the pool holds it
    with client_package.MynaPortalClient(verify=context, timeout=7.0) as facade:
        assert facade._http.timeout == httpx.Timeout(7.0)
        assert facade._http._transport._pool._ssl_context is context
