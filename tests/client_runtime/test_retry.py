"""Retries over real HTTP on 127.0.0.1: which statuses and failures are repeated, for which methods, how long the
client waits (Retry-After in seconds or as an HTTP-date, retry-after-ms, exponential backoff with jitter), and
that a token grant is never sent twice."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from types import ModuleType
from typing import Any

import pytest

from tests.client_runtime.conftest import api_class, api_models, operation
from tests.client_runtime.servers import Reply, Scripted, json_reply, scripted

PAGE = {"consents": [], "pagination": {"totalCount": 0, "page": 1, "perPage": 20, "nextPage": None}}
OK = json_reply(200, PAGE)
CLIENT = "SP23456789_PH0001"


def problem(status: int, headers: dict[str, str] | None = None) -> Reply:
    body = {"type": "about:blank", "title": f"status {status}", "status": status}
    return json_reply(status, body, {"Content-Type": "application/problem+json", **(headers or {})})


@contextmanager
def sync_client(pkg: ModuleType, server: Scripted, **options: Any) -> Iterator[Any]:
    cls = api_class(pkg, "periodic_linkage", "PeriodicLinkageClient")
    with cls(server.url + "/pl") as client:
        yield client.with_options(**options) if options else client


def list_consents(client: Any) -> Any:
    return operation(client, "periodicLinkageListConsents")()


def _once(pkg: ModuleType, server: Scripted, **options: Any) -> Any:
    with sync_client(pkg, server, **options) as client:
        return list_consents(client)


def gaps(server: Scripted) -> list[float]:
    return [b.at - a.at for a, b in zip(server.seen, server.seen[1:], strict=False)]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_is_retried_on_retryable_statuses(pkg: ModuleType, status: int) -> None:
    with scripted(problem(status, {"retry-after-ms": "10"}), problem(status, {"retry-after-ms": "10"}), OK) as server:
        result = _once(pkg, server)
    assert result.consents == []
    assert len(server.seen) == 3
    assert len({s.headers.get("x-request-id") for s in server.seen}) == 1, "a retry is the same request"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_errors_are_not_retried(pkg: ModuleType, status: int) -> None:
    with scripted(problem(status), OK) as server, pytest.raises(pkg.APIStatusError) as caught:
        _once(pkg, server)
    assert caught.value.status_code == status
    assert len(server.seen) == 1


def test_gives_up_after_max_retries(pkg: ModuleType) -> None:
    with scripted(problem(503, {"retry-after-ms": "1"})) as server, pytest.raises(pkg.ServiceUnavailableError):
        _once(pkg, server)
    assert len(server.seen) == 3  # the default: two retries


@pytest.mark.parametrize(
    ("headers", "low", "high"),
    [
        ({"Retry-After": "1"}, 0.95, 1.6),
        ({"Retry-After": "0.3"}, 0.28, 0.9),
        ({"retry-after-ms": "300", "Retry-After": "5"}, 0.28, 0.9),  # the precise header wins
        ({"Retry-After": "HTTPDATE+2"}, 0.9, 2.6),  # HTTP-dates have whole seconds
    ],
)
def test_server_delay_is_honoured(pkg: ModuleType, headers: dict[str, str], low: float, high: float) -> None:
    if headers.get("Retry-After") == "HTTPDATE+2":
        headers = {"Retry-After": formatdate(time.time() + 2, usegmt=True)}
    with scripted(problem(429, headers), OK) as server:
        _once(pkg, server)
    (gap,) = gaps(server)
    assert low <= gap <= high, gap


def test_a_longer_retry_after_than_a_minute_is_not_waited(pkg: ModuleType) -> None:
    started = time.monotonic()
    with scripted(problem(429, {"Retry-After": "3600"}), OK) as server, pytest.raises(pkg.RateLimitError) as caught:
        _once(pkg, server)
    assert time.monotonic() - started < 2
    assert len(server.seen) == 1
    assert caught.value.retry_after == 3600


def test_exponential_backoff_with_jitter(pkg: ModuleType) -> None:
    with scripted(problem(500), problem(500), problem(500), OK) as server:
        _once(pkg, server, max_retries=3)
    first, second, third = gaps(server)
    # delay d = 0.5 * 2**retry, waited between d/2 and d (plus loopback time)
    assert 0.25 <= first <= 0.75, first
    assert 0.5 <= second <= 1.25, second
    assert 1.0 <= third <= 2.25, third


def test_max_retries_on_the_client_per_call_and_on_the_facade(pkg: ModuleType) -> None:
    busy = problem(503, {"retry-after-ms": "1"})
    with scripted(busy) as server:
        with pytest.raises(pkg.ServiceUnavailableError):
            _once(pkg, server, max_retries=0)
        assert len(server.seen) == 1
        with pytest.raises(pkg.ServiceUnavailableError):
            _once(pkg, server, max_retries=4)
        assert len(server.seen) == 1 + 5
        with sync_client(pkg, server) as client, pytest.raises(pkg.ServiceUnavailableError):
            client._send(_list_call(pkg), max_retries=1)  # the per-call argument the methods pass on
        assert len(server.seen) == 6 + 2
        with (
            pkg.MynaPortalClient(base_urls={"periodic-linkage": server.url + "/pl"}, max_retries=3) as facade,
            pytest.raises(pkg.ServiceUnavailableError),
        ):
            list_consents(facade.periodic_linkage)
        assert len(server.seen) == 8 + 4


def _list_call(pkg: ModuleType) -> Any:
    return pkg._base.Call("GET", "/online-resource-web/periodic/consents", {}, {}, {}, success=None)


def test_post_is_not_retried_unless_the_operation_is_idempotent(pkg: ModuleType) -> None:
    revoke = {
        "token": "rt.abcdefghijklmnopqrstuvwxyz",
        "token_type_hint": "refresh_token",
        "client_id": "SP23456789_PH0001",
    }
    with scripted(problem(503, {"retry-after-ms": "1"})) as server, sync_client(pkg, server) as client:
        models = api_models(pkg, "periodic_linkage")
        with pytest.raises(pkg.ServiceUnavailableError):
            operation(client, "periodicLinkageRevokeToken")(body=models.RevocationRequest.model_validate(revoke))
        assert len(server.seen) == 1
        call = pkg._base.Call("POST", "/things", {}, {}, {}, {"name": "x"}, "application/json", None)
        with pytest.raises(pkg.ServiceUnavailableError):
            client._send(call, idempotent=True)  # e.g. `x-idempotent: true` in the document
        assert len(server.seen) == 1 + 3


def test_a_token_grant_is_never_retried(pkg: ModuleType) -> None:
    form = {
        "grant_type": "refresh_token",
        "refresh_token": "rt.single-use-token-value",
        "client_id": "SP23456789_PH0001",
    }
    with (
        scripted(problem(503, {"retry-after-ms": "1"})) as server,
        sync_client(pkg, server, max_retries=5) as client,
    ):
        models = api_models(pkg, "periodic_linkage")
        with pytest.raises(pkg.ServiceUnavailableError):
            operation(client, "periodicLinkageIssueToken")(body=models.RefreshTokenGrantRequest.model_validate(form))
        assert len(server.seen) == 1
        grant = pkg._base.Call("PUT", "/token", {}, {}, {}, form, "application/x-www-form-urlencoded", None)
        with pytest.raises(pkg.ServiceUnavailableError):
            client._send(grant, idempotent=True)  # even a PUT, even marked idempotent
        assert len(server.seen) == 2


def test_connection_failures_are_retried_for_safe_methods_only(pkg: ModuleType) -> None:
    with scripted(None, None, OK) as server:  # None: the connection is dropped without an answer
        assert _once(pkg, server).consents == []
        assert len(server.seen) == 3
    with scripted(None) as server, sync_client(pkg, server) as client:
        call = pkg._base.Call("POST", "/things", {}, {}, {}, {"name": "x"}, "application/json", None)
        with pytest.raises(pkg.APIConnectionError):
            client._send(call)
        assert len(server.seen) == 1


def test_async_client_retries_the_same_way(pkg: ModuleType) -> None:
    cls = api_class(pkg, "periodic_linkage", "AsyncPeriodicLinkageClient")

    async def main(server: Scripted) -> Any:
        async with cls(server.url + "/pl") as client:
            result = await operation(client, "periodicLinkageListConsents")()
            call = pkg._base.Call("POST", "/things", {}, {}, {}, {"name": "x"}, "application/json", None)
            with pytest.raises(pkg.RateLimitError):
                await client._send(call)
            return result

    with scripted(problem(429, {"Retry-After": "0.2"}), None, OK, problem(429, {"retry-after-ms": "1"})) as server:
        assert asyncio.run(main(server)).consents == []
    assert [s.method for s in server.seen] == ["GET", "GET", "GET", "POST"]
    assert gaps(server)[0] >= 0.19
