"""Each operation's own `security` decides the credentials: `[]` sends none, mutualTLS alone the client
certificate only (it travels with the connection), a token scheme the token. Token endpoints never ask the
token provider, so a provider may refresh through the same client."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pytest

BASE = "https://api.example.jp"
TOKEN = "tok-5c1d9e7a-secret"


def _answer(call: Any, spec: SimpleNamespace) -> Callable[[httpx.Request], httpx.Response]:
    """The operation's documented success (its example when it has one)."""
    _media_type, media = spec.pick_media(call.response.get("content") or {})
    example = spec.media_example(call.case.document, media)
    headers = {"Location": "https://rp.example.jp/cb"} if 300 <= call.status < 400 else {}
    if example is spec.MISSING or headers:
        return lambda request: httpx.Response(call.status, headers=headers)
    return lambda request: httpx.Response(call.status, json=example)


def test_auth_follows_each_operations_security(
    path_operation: Any, prepare_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    case = path_operation
    case.require_document()
    call = prepare_call(case)
    asked: list[int] = []
    seen: list[httpx.Request] = []
    answer = _answer(call, spec)

    def provider() -> str:
        asked.append(1)
        return TOKEN

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    wanted = case.wants_token()
    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        call.sync_class(f"{BASE}/{case.slug}", http_client=http, auth=client_package.BearerTokenAuth(provider)) as c,
    ):
        call.invoke(c)
    assert seen[0].headers.get("Authorization") == (f"Bearer {TOKEN}" if wanted else None)
    assert len(asked) == (1 if wanted else 0), "the provider is asked only where a token is sent"

    # Auth configured on an injected http client obeys the same rule: `[]` and mutualTLS alone turn it off.
    with (
        httpx.Client(transport=httpx.MockTransport(handler), auth=httpx.BasicAuth("user", "pass")) as http,
        call.sync_class(f"{BASE}/{case.slug}", http_client=http) as c,
    ):
        call.invoke(c)
    assert ("Authorization" in seen[1].headers) == wanted


def _token_endpoint(spec: SimpleNamespace, slug: str) -> Any | None:
    """The operation that grants tokens (a form body with grant_type) and asks for no token itself."""
    for case in spec.operations(slug):
        body = case.request_body()
        if body and body[0] == "application/x-www-form-urlencoded" and not case.wants_token():
            example = spec.media_example(case.document, body[1])
            if isinstance(example, dict) and "grant_type" in example:
                return case
    return None


def _pairs(spec: SimpleNamespace) -> list[tuple[Any, Any]]:
    """(token endpoint, an operation that needs the token) of each API that has both."""
    out = []
    for slug in spec.catalog_slugs():
        grant = _token_endpoint(spec, slug)
        needs = [c for c in spec.operations(slug) if c.wants_token()]
        if grant is not None and needs:
            out.append((grant, needs[0]))
    return out


def _routes(calls: list[Any], spec: SimpleNamespace, seen: list[httpx.Request]) -> Callable[..., httpx.Response]:
    answers = [
        (
            c.case.method.upper(),
            re.compile(re.sub(r"\\{[^/]*?\\}", "[^/]+", re.escape(c.case.path)) + "$"),
            _answer(c, spec),
        )
        for c in calls
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        for method, pattern, answer in answers:
            if request.method == method and pattern.search(request.url.path):
                return answer(request)
        return httpx.Response(404)

    return handler


def test_a_provider_that_refreshes_through_the_same_client_does_not_recurse(
    prepare_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    pairs = _pairs(spec)
    assert pairs, "the catalogue has token endpoints"
    for grant_case, needs_case in pairs:
        grant, needs = prepare_call(grant_case), prepare_call(needs_case)
        seen: list[httpx.Request] = []
        made: list[Any] = []  # the client, once made: the provider calls through it

        def provider(grant: Any = grant, made: list[Any] = made) -> str:
            token = grant.invoke(made[0])  # the token endpoint, through the very client that asks
            return str(token.access_token)

        with httpx.Client(transport=httpx.MockTransport(_routes([grant, needs], spec, seen))) as http:
            made.append(
                grant.sync_class(
                    f"{BASE}/{grant_case.slug}", http_client=http, auth=client_package.BearerTokenAuth(provider)
                )
            )
            needs.invoke(made[0])
        token_request, api_request = seen
        assert "Authorization" not in token_request.headers, grant_case.id
        issued = json.loads(_answer(grant, spec)(token_request).content)["access_token"]
        assert api_request.headers["Authorization"] == f"Bearer {issued}", needs_case.id


def test_an_async_provider_refreshes_through_the_same_async_client(
    prepare_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    grant_case, needs_case = _pairs(spec)[0]
    grant, needs = prepare_call(grant_case), prepare_call(needs_case)
    seen: list[httpx.Request] = []

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(_routes([grant, needs], spec, seen))) as http:
            client: Any = None

            async def provider() -> str:
                return str((await grant.invoke(client)).access_token)

            client = grant.async_class(
                f"{BASE}/{grant_case.slug}", http_client=http, auth=client_package.BearerTokenAuth(provider)
            )
            await needs.invoke(client)

    asyncio.run(main())
    assert "Authorization" not in seen[0].headers and seen[1].headers["Authorization"].startswith("Bearer ")


@pytest.mark.parametrize("token", ["", "two words", "line\nbreak", None], ids=["empty", "space", "newline", "none"])
def test_an_unusable_token_is_refused_before_anything_is_sent(
    token: Any, prepare_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    _grant, needs_case = _pairs(spec)[0]
    needs = prepare_call(needs_case)
    seen: list[httpx.Request] = []
    auth = client_package.BearerTokenAuth(lambda: token)
    with (
        httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(500))) as http,
        needs.sync_class(f"{BASE}/{needs_case.slug}", http_client=http, auth=auth) as client,
        pytest.raises(client_package.CredentialsError) as caught,
    ):
        needs.invoke(client)
    assert seen == []
    assert isinstance(caught.value, client_package.APIError)
    if token:
        assert token not in str(caught.value) and token not in repr(caught.value)

    async def main() -> None:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(500))) as http,
            needs.async_class(f"{BASE}/{needs_case.slug}", http_client=http, auth=auth) as client,
        ):
            await needs.invoke(client)

    with pytest.raises(client_package.CredentialsError):
        asyncio.run(main())
