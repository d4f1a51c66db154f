"""The client runtime through httpx.MockTransport: error mapping, transport errors, auth, serialisation
details, server selection and per-call timeouts. Operations are picked from the bundled documents by what
they declare, so the tests follow the specs as they change."""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pydantic
import pytest

BASE = "https://api.example.jp"
TOKEN = "tok-3f0e8d2a-very-secret"


Handler = Callable[[httpx.Request], httpx.Response]


@contextmanager
def mocked(call: Any, handler: Handler, **options: Any) -> Iterator[Any]:
    """The sync client of `call`'s API over a MockTransport (base_url BASE/<slug> unless `server=` is given)."""
    base = None if "server" in options else f"{BASE}/{call.case.slug}"
    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        call.sync_class(base, http_client=http, **options) as client,
    ):
        yield client


def _find(cases: list[Any], predicate: Callable[[Any], bool], what: str) -> Any:
    for case in cases:
        if predicate(case):
            return case
    pytest.skip(f"no documented operation {what}")


def _returns_model(case: Any, spec: SimpleNamespace) -> bool:
    status, response = case.success()
    media_type, media = spec.pick_media(response.get("content") or {})
    schema = spec.resolve(case.document, media.get("schema"))
    return (
        200 <= status < 300 and spec.is_json(media_type) and isinstance(schema, dict) and schema.get("type") == "object"
    )


@pytest.fixture(scope="module")
def simple(all_operations: list[Any], prepare_call: Callable[..., Any], spec: SimpleNamespace) -> Any:
    """A GET returning a JSON object model, called with its required arguments only."""
    case = _find(
        all_operations,
        lambda c: c.method == "get" and c.request_body() is None and _returns_model(c, spec),
        "GET with a JSON object response",
    )
    return prepare_call(case, optional=False)


@pytest.fixture(scope="module")
def authed(all_operations: list[Any], prepare_call: Callable[..., Any], spec: SimpleNamespace) -> Any:
    """A GET returning a JSON object model whose security asks for a token (the client's `auth` applies)."""
    case = _find(
        all_operations,
        lambda c: c.method == "get" and c.request_body() is None and _returns_model(c, spec) and c.wants_token(),
        "GET with a JSON object response that needs a token",
    )
    return prepare_call(case, optional=False)


def _ok(call: Any, spec: SimpleNamespace) -> Handler:
    """A handler answering with the operation's documented example."""
    _status, response = call.case.success()
    _media_type, media = spec.pick_media(response.get("content") or {})
    example = spec.media_example(call.case.document, media)
    return lambda request: httpx.Response(call.status, json=example)


# --------------------------------------------------------------------------- status -> exception


def _problem(status: int) -> dict[str, Any]:
    return {
        "type": "https://mynaportal-api.example.jp/problems/test",
        "title": f"title {status}",
        "status": status,
        "detail": f"detail {status}",
        "instance": "/requests/1",
        "errorCode": f"E{status}",
        "invalidParams": [{"name": "page", "reason": "too large"}],
    }


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "APIStatusError"),
        (429, "RateLimitError"),
        (500, "ServerError"),
        (502, "ServerError"),
        (503, "ServiceUnavailableError"),
    ],
)
def test_status_maps_to_exception(status: int, name: str, simple: Any, client_package: ModuleType) -> None:
    errors = client_package._errors
    expected = getattr(client_package, name)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, json=_problem(status), headers={"Content-Type": "application/problem+json", "X-Request-Id": "rid-1"}
        )

    with mocked(simple, handler) as client, pytest.raises(client_package.APIStatusError) as caught:
        simple.invoke(client)
    exc = caught.value
    assert type(exc) is expected
    assert isinstance(exc, client_package.APIError)
    assert exc.status_code == status
    assert exc.response.status_code == status
    assert exc.request_id == "rid-1"
    assert isinstance(exc.problem, errors.Problem)
    assert exc.problem.error_code == f"E{status}"
    assert (exc.problem.title, exc.problem.detail, exc.problem.status) == (
        f"title {status}",
        f"detail {status}",
        status,
    )
    assert exc.problem.extra["invalidParams"] == [{"name": "page", "reason": "too large"}]
    assert str(status) in str(exc) and f"E{status}" in str(exc)
    if status >= 500:
        assert isinstance(exc, client_package.ServerError)


def test_exception_tree_matches_the_docstring(client_package: ModuleType) -> None:
    p = client_package
    assert issubclass(p.APITimeoutError, p.APIConnectionError) and issubclass(p.APIConnectionError, p.APIError)
    assert issubclass(p.UnexpectedResponseError, p.APIError)
    for name in (
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "RateLimitError",
        "ServerError",
    ):
        assert issubclass(getattr(p, name), p.APIStatusError)
    assert issubclass(p.ServiceUnavailableError, p.ServerError)
    assert issubclass(p.APIStatusError, p.APIError) and not issubclass(p.APIStatusError, p.APIConnectionError)
    assert "ServiceUnavailableError" in (p._errors.__doc__ or "")


@pytest.mark.parametrize(
    ("status", "header", "expected"),
    [
        (429, "120", 120.0),
        (429, "0.5", 0.5),
        (503, "30", 30.0),
        (429, None, None),
        (503, "Wed, 21 Oct 2026 07:28:00 GMT", None),
    ],
)
def test_retry_after(
    status: int, header: str | None, expected: float | None, simple: Any, client_package: ModuleType
) -> None:
    headers = {"Content-Type": "application/problem+json"} | ({"Retry-After": header} if header else {})
    with (
        mocked(simple, lambda r: httpx.Response(status, json=_problem(status), headers=headers)) as client,
        pytest.raises((client_package.RateLimitError, client_package.ServiceUnavailableError)) as caught,
    ):
        simple.invoke(client)
    assert caught.value.retry_after == expected


def test_error_without_problem_body(simple: Any, client_package: ModuleType) -> None:
    with (
        mocked(simple, lambda r: httpx.Response(404, text="<html>not found</html>")) as client,
        pytest.raises(client_package.NotFoundError) as caught,
    ):
        simple.invoke(client)
    assert caught.value.problem is None
    assert str(caught.value) == "HTTP 404: Not Found"


# --------------------------------------------------------------------------- unexpected responses


@pytest.mark.parametrize("body", ["a string", [], {"unexpected": {"nested": True}}, None])
def test_success_body_that_fails_validation(body: Any, simple: Any, client_package: ModuleType) -> None:
    with (
        mocked(simple, lambda r: httpx.Response(simple.status, json=body)) as client,
        pytest.raises(client_package.UnexpectedResponseError) as caught,
    ):
        simple.invoke(client)
    assert caught.value.status_code == simple.status
    assert isinstance(caught.value.__cause__, pydantic.ValidationError)


def test_success_body_that_is_not_json(simple: Any, client_package: ModuleType) -> None:
    with (
        mocked(simple, lambda r: httpx.Response(simple.status, text="{not json")) as client,
        pytest.raises(client_package.UnexpectedResponseError),
    ):
        simple.invoke(client)


def test_undocumented_success_status(simple: Any, client_package: ModuleType, spec: SimpleNamespace) -> None:
    documented = {str(s).upper() for s in simple.case.operation["responses"]}
    status = next(s for s in (299, 208, 203) if str(s) not in documented and "2XX" not in documented)
    with (
        mocked(simple, lambda r: httpx.Response(status, json={})) as client,
        pytest.raises(client_package.UnexpectedResponseError) as caught,
    ):
        simple.invoke(client)
    assert caught.value.status_code == status


def test_documented_example_parses(simple: Any, spec: SimpleNamespace) -> None:
    """The control case of the tests above: the documented example itself is accepted."""
    with mocked(simple, _ok(simple, spec)) as client:
        assert isinstance(simple.invoke(client), pydantic.BaseModel)


# --------------------------------------------------------------------------- transport errors


@pytest.mark.parametrize(
    ("error", "name"),
    [
        (httpx.ConnectError, "APIConnectionError"),
        (httpx.RemoteProtocolError, "APIConnectionError"),
        (httpx.ConnectTimeout, "APITimeoutError"),
        (httpx.ReadTimeout, "APITimeoutError"),
        (httpx.PoolTimeout, "APITimeoutError"),
    ],
)
def test_transport_errors(
    error: type[httpx.TransportError], name: str, simple: Any, client_package: ModuleType
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("boom", request=request)

    with mocked(simple, handler) as client, pytest.raises(client_package.APIConnectionError) as caught:
        simple.invoke(client)
    assert type(caught.value) is getattr(client_package, name)
    assert isinstance(caught.value.__cause__, error)
    assert isinstance(caught.value.request, httpx.Request)
    assert caught.value.request.url.path.startswith(f"/{simple.case.slug}/")


def test_async_transport_timeout(simple: Any, client_package: ModuleType) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("slow", request=request)

    async def main() -> None:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http,
            simple.async_class(f"{BASE}/{simple.case.slug}", http_client=http) as client,
        ):
            with pytest.raises(client_package.APITimeoutError):
                await simple.invoke(client)

    asyncio.run(main())


# --------------------------------------------------------------------------- auth


def test_bearer_token_auth(authed: Any, client_package: ModuleType, spec: SimpleNamespace) -> None:
    issued: list[str] = []

    def provider() -> str:
        issued.append(f"{TOKEN}-{len(issued)}")
        return issued[-1]

    auth = client_package.BearerTokenAuth(provider)
    seen: list[httpx.Request] = []
    ok = _ok(authed, spec)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    with mocked(authed, handler, auth=auth) as client:
        authed.invoke(client)
        authed.invoke(client)
    assert [r.headers["Authorization"] for r in seen] == [f"Bearer {TOKEN}-0", f"Bearer {TOKEN}-1"]
    assert TOKEN not in repr(auth) and TOKEN not in str(auth)


def test_token_never_in_exception_messages(authed: Any, client_package: ModuleType) -> None:
    auth = client_package.BearerTokenAuth(lambda: TOKEN)

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    handlers: list[Handler] = [
        lambda r: httpx.Response(401, json=_problem(401), headers={"Content-Type": "application/problem+json"}),
        lambda r: httpx.Response(500, text="oops"),
        lambda r: httpx.Response(authed.status, json=[1, 2]),
        refused,
    ]
    for handler in handlers:
        with mocked(authed, handler, auth=auth) as client, pytest.raises(client_package.APIError) as caught:
            authed.invoke(client)
        exc = caught.value
        for text in (str(exc), repr(exc), *(str(a) for a in exc.args)):
            assert TOKEN not in text, f"{type(exc).__name__} leaks the token: {text}"


def test_async_token_provider(authed: Any, client_package: ModuleType, spec: SimpleNamespace) -> None:
    async def provider() -> str:
        await asyncio.sleep(0)
        return TOKEN

    seen: list[str] = []
    ok = _ok(authed, spec)

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return ok(request)

    async def main() -> None:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http,
            authed.async_class(
                f"{BASE}/{authed.case.slug}", http_client=http, auth=client_package.BearerTokenAuth(provider)
            ) as client,
        ):
            await authed.invoke(client)

    asyncio.run(main())
    assert seen == [f"Bearer {TOKEN}"]


def test_async_provider_on_sync_client_fails_cleanly(
    authed: Any, client_package: ModuleType, spec: SimpleNamespace
) -> None:
    async def provider() -> str:
        return TOKEN

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with mocked(authed, _ok(authed, spec), auth=client_package.BearerTokenAuth(provider)) as client:
            with pytest.raises(TypeError, match="async"):
                authed.invoke(client)
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)] == []


# --------------------------------------------------------------------------- serialisation details


def _array_query(case: Any, spec: SimpleNamespace) -> dict[str, Any] | None:
    for param in case.parameters():
        schema = spec.resolve(case.document, param.get("schema")) or {}
        style = param.get("style", "form")
        items = spec.resolve(case.document, schema.get("items")) or {}
        if (
            param["in"] == "query"
            and schema.get("type") == "array"
            and param.get("explode", style == "form")
            and len(items.get("enum") or []) >= 2
        ):
            return param
    return None


def test_query_arrays_are_repeated_keys(
    all_operations: list[Any], prepare_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    case = _find(all_operations, lambda c: _array_query(c, spec) is not None, "with an exploded array query parameter")
    param = _array_query(case, spec)
    assert param is not None
    values = list(spec.resolve(case.document, spec.resolve(case.document, param["schema"])["items"])["enum"][:2])
    call = prepare_call(case, optional=False)
    call.kwargs[spec.snake(param["name"])] = values
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok(call, spec)(request)

    with mocked(call, handler) as client:
        call.invoke(client)
    assert seen[0].url.params.get_list(param["name"]) == [str(v) for v in values]
    assert seen[0].url.query.decode().count(f"{param['name']}=") == 2


def test_unset_parameters_are_omitted(
    all_operations: list[Any], prepare_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    """Optional query and header parameters left UNSET (by default or explicitly) are not sent at all."""

    def optional_params(case: Any) -> list[dict[str, Any]]:
        return [p for p in case.parameters() if p["in"] in ("query", "header") and not p.get("required")]

    case = _find(
        all_operations,
        lambda c: c.request_body() is None and len(optional_params(c)) >= 2 and _returns_model(c, spec),
        "with two optional parameters",
    )
    call = prepare_call(case, optional=False)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok(call, spec)(request)

    with mocked(call, handler) as client:
        call.invoke(client)
        explicit = {spec.snake(p["name"]): client_package.UNSET for p in optional_params(case)}
        getattr(client, call.name)(*call.args, **call.kwargs, **explicit)
    required = {p["name"] for p in case.parameters() if p["in"] == "query" and p.get("required")}
    for request in seen:
        assert set(request.url.params.keys()) == required
        for p in optional_params(case):
            if p["in"] == "header" and p["name"].lower() != "x-request-id":  # generated when not given
                assert p["name"].lower() not in request.headers
    assert repr(client_package.UNSET) == "UNSET" and not client_package.UNSET


def test_path_parameters_are_percent_encoded(
    all_operations: list[Any], prepare_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    case = _find(
        all_operations,
        lambda c: c.method == "get" and any(p["in"] == "path" for p in c.parameters()) and _returns_model(c, spec),
        "GET with a path parameter",
    )
    call = prepare_call(case, optional=False)
    call.args[0] = "a/b c?d#e%f 申請"
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok(call, spec)(request)

    with mocked(call, handler) as client:
        call.invoke(client)
    raw = seen[0].url.raw_path.decode()
    assert "a%2Fb%20c%3Fd%23e%25f%20%E7%94%B3%E8%AB%8B" in raw, raw
    assert "?" not in raw or raw.index("?") > raw.index("%E8%AB%8B")


def test_client_headers_are_sent(simple: Any, spec: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []
    ok = _ok(simple, spec)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    with mocked(simple, handler, headers={"X-Client-Name": "tests"}) as client:
        simple.invoke(client)
    assert seen[0].headers["X-Client-Name"] == "tests"


# --------------------------------------------------------------------------- servers


def test_server_selects_servers_entry(
    catalog_slug: str, prepare_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    case = spec.representative(catalog_slug)
    call = prepare_call(case)
    module = spec.client_classes(client_package, catalog_slug)[0].__module__
    servers = sys.modules[module].SERVERS
    documented = [s["url"] for s in case.document.get("servers") or []]
    assert list(servers) == documented
    for index, url in enumerate(servers):
        seen: list[httpx.Request] = []

        def handler(request: httpx.Request, seen: list[httpx.Request] = seen) -> httpx.Response:
            seen.append(request)
            return _ok(call, spec)(request)

        with mocked(call, handler, server=index) as client:
            call.invoke(client)
        expected = url.rstrip("/") + "/" + _filled_path(case, call).lstrip("/")
        assert str(seen[0].url).split("?")[0] == expected
    for bad in (len(servers), -1, 99):
        with pytest.raises(ValueError, match="server"):
            call.sync_class(server=bad)
        with pytest.raises(ValueError, match="server"):
            call.async_class(server=bad)
    with httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(204))) as http, pytest.raises(ValueError):
        getattr(client_package.MynaPortalClient(server=len(servers) + 10, http_client=http), spec.snake(catalog_slug))


def _filled_path(case: Any, call: Any) -> str:
    path = case.path
    for name, value in call.path_values.items():
        path = path.replace("{" + name + "}", str(value))
    return path


def test_facade_server_index_applies_to_every_api(
    client_package: ModuleType, prepare_call: Callable[..., Any], spec: SimpleNamespace
) -> None:
    """MynaPortalClient(server=i) sends every API to its document's servers[i]; base_urls overrides one API."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        with client_package.MynaPortalClient(
            server=1, http_client=http, base_urls={"sso": f"{BASE}/sso-override"}
        ) as facade:
            for slug in spec.catalog_slugs():
                call = prepare_call(spec.representative(slug))
                with pytest.raises(client_package.ServerError):
                    call.invoke(getattr(facade, spec.snake(slug)))
                base = f"{BASE}/sso-override" if slug == "sso" else call.case.document["servers"][1]["url"]
                expected = base.rstrip("/") + "/" + _filled_path(call.case, call).lstrip("/")
                assert str(seen.pop().url).split("?")[0] == expected, slug
        assert not http.is_closed, "a borrowed http_client is not closed by the facade"


# --------------------------------------------------------------------------- timeouts


@pytest.mark.parametrize(
    "timeout",
    [2.5, httpx.Timeout(1.0, read=9.0), httpx.Timeout(None)],
    ids=["float", "Timeout", "no-timeout"],
)
def test_per_call_timeout_reaches_the_request(timeout: Any, simple: Any, spec: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []
    ok = _ok(simple, spec)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    with mocked(simple, handler) as client:
        getattr(client, simple.name)(*simple.args, **simple.kwargs, timeout=timeout)
        simple.invoke(client)
    assert seen[0].extensions["timeout"] == httpx.Timeout(timeout).as_dict()
    assert seen[1].extensions["timeout"] == httpx.Timeout(5.0).as_dict(), "without timeout=: the http client's own"


def test_default_timeout_of_an_owned_client(simple: Any) -> None:
    with simple.sync_class(f"{BASE}/{simple.case.slug}", timeout=7.0) as client:
        assert client._client.timeout == httpx.Timeout(7.0)


def test_json_body_is_sent_as_json(
    all_operations: list[Any], prepare_call: Callable[..., Any], spec: SimpleNamespace, client_package: ModuleType
) -> None:
    """A JSON body: application/json, non-ASCII kept as UTF-8, only the fields that were set."""
    case = _find(
        all_operations,
        lambda c: (
            (c.request_body() or ("",))[0] == "application/json" and "password" not in json.dumps(c.request_body()[1])
        ),
        "with a JSON body",
    )
    call = prepare_call(case)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    with mocked(call, handler) as client, pytest.raises(client_package.ServerError):
        call.invoke(client)
    assert seen[0].headers["Content-Type"] == "application/json"
    assert json.loads(seen[0].content) == call.body_example
