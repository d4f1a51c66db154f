"""Request building and response handling shared by every generated client, sync and async."""

from __future__ import annotations

import copy
import datetime
import json
import logging
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx
import pydantic

from ._errors import APIConnectionError, APITimeoutError, UnexpectedResponseError, error_for
from ._logging import log_exchange, log_retry, logger
from ._ratelimit import RateLimiter
from ._response import RawResponse
from ._retry import DEFAULT_MAX_RETRIES, SAFE_METHODS, backoff, delay_after, retryable_status
from ._types import UNSET, Unset, VerifyTypes

T = TypeVar("T")
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
REQUEST_ID = "X-Request-Id"
IDEMPOTENCY_KEY = "idempotency-key"


@dataclass(frozen=True)
class Call:
    """One operation call, described independently of the HTTP client that sends it."""

    method: str
    path: str
    path_params: Mapping[str, Any]
    query: Mapping[str, Any]
    headers: Mapping[str, Any]
    body: Any = UNSET
    media_type: str | None = None
    success: Mapping[str, Any] | None = None  # status ("200", "2XX", "default") -> type, or None for no body
    part_types: Mapping[str, str] | None = None  # multipart: Content-Type of each part, from `encoding`
    cookies: Mapping[str, Any] | None = None  # `in: cookie` parameters, sent in one Cookie header
    # The operation's `security`: alternatives, each the kinds of scheme it needs at once (`oauth2`,
    # `mutualTLS` ...). () is `security: []`; None: the document does not say.
    security: tuple[tuple[str, ...], ...] | None = None
    request_id: bool = False  # the operation takes an X-Request-Id header: one is generated when not given
    # Whether sending it twice is safe, as the document marks it (`x-idempotent`); None: the HTTP method decides.
    idempotent: bool | None = None


def wants_auth(call: Call) -> bool:
    """Whether the client's `auth` applies: not to `security: []`, nor where the client certificate alone
    authenticates (it travels with the connection, not the request). Token endpoints are such operations,
    so a token provider that refreshes through the same client is never asked from inside itself."""
    if call.security is None:
        return True
    return any(kind != "mutualTLS" for alternative in call.security for kind in alternative)


def _plain(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()  # str() would put a space between date and time
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), (str, int)):
        return value.value  # enums
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def build_request(client: httpx.Client | httpx.AsyncClient, call: Call, timeout: Any) -> httpx.Request:
    path = call.path
    for name, value in call.path_params.items():
        path = path.replace("{" + name + "}", quote(str(_plain(value)), safe=""))
    params = {k: _plain(v) for k, v in call.query.items() if v is not UNSET and v is not None}
    headers = {k: str(_plain(v)) for k, v in call.headers.items() if v is not UNSET and v is not None}
    if call.request_id and not any(k.lower() == REQUEST_ID.lower() for k in headers):
        headers[REQUEST_ID] = str(uuid.uuid4())
    cookies = [
        f"{k}={quote(str(_plain(v)), safe='')}"
        for k, v in (call.cookies or {}).items()
        if v is not UNSET and v is not None
    ]
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    kwargs: dict[str, Any] = {"params": params, "headers": headers}
    if call.body is not UNSET and call.body is not None:
        media = call.media_type or "application/json"
        if media == "application/json" or media.endswith("+json"):
            kwargs["content"] = json.dumps(_plain(call.body), ensure_ascii=False).encode()
            headers["Content-Type"] = media
        elif media == "application/x-www-form-urlencoded":
            kwargs["data"] = {k: _form_value(v) for k, v in _plain(call.body).items() if v is not None}
        elif media.startswith("multipart/"):
            kwargs["files"] = _multipart(call.body, call.part_types or {})
        else:
            kwargs["content"] = call.body if isinstance(call.body, (bytes, str)) else bytes(call.body)
            headers["Content-Type"] = media
    extensions = {"timeout": httpx.Timeout(timeout).as_dict()} if timeout is not UNSET else None
    return client.build_request(call.method, path, extensions=extensions, **kwargs)


def json_text(value: Any) -> Any:
    """A `content: application/json` parameter: the value as compact JSON text."""
    if value is UNSET or value is None:
        return value
    return json.dumps(_plain_json(value), ensure_ascii=False, separators=(",", ":"))


def _plain_json(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, (list, tuple)):
        return [_plain_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_json(v) for k, v in value.items()}
    return value


def comma_joined(value: Any) -> Any:
    """A query array with `explode: false`: one parameter, values joined by commas."""
    if value is UNSET or value is None:
        return value
    return ",".join(str(_plain(v)) for v in value)


def _form_value(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray)) or hasattr(value, "read")


def _multipart(body: Any, part_types: Mapping[str, str]) -> list[tuple[str, Any]]:
    """One part per property: files as octet-stream, objects as JSON, the rest as text.

    Every part goes through `files=` so httpx always sends multipart/form-data, even without files.
    """
    if isinstance(body, pydantic.BaseModel):
        raw = body.model_dump(mode="python", by_alias=True, exclude_unset=True)
        as_json = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    else:
        raw = as_json = dict(body)
    parts: list[tuple[str, Any]] = []
    for key, value in raw.items():
        if value is None:
            continue
        declared = part_types.get(key)
        if _is_file(value):
            parts.append((key, (key, value, declared or "application/octet-stream")))
        elif isinstance(value, tuple):
            parts.append((key, value))  # (filename, content, content type) given by the caller
        elif isinstance(value, list) and value and all(_is_file(v) for v in value):
            kind = declared or "application/octet-stream"
            parts.extend((key, (f"{key}-{i + 1}", v, kind)) for i, v in enumerate(value))
        elif isinstance(value, (dict, list)):
            body_json = json.dumps(as_json[key], ensure_ascii=False).encode()
            parts.append((key, (None, body_json, declared or "application/json")))
        elif declared:
            parts.append((key, (None, str(_plain(as_json[key])).encode(), declared)))
        else:
            parts.append((key, (None, str(_plain(as_json[key])))))
    return parts


def _expected(call: Call, status: int) -> tuple[bool, Any]:
    if call.success is None:
        return (200 <= status < 300), None
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in call.success:
            return True, call.success[key]
    return False, None


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def check_status(call: Call, response: httpx.Response) -> None:
    """Raise the documented error for an error status, UnexpectedResponseError for an undocumented one."""
    ok, _kind = _expected(call, response.status_code)
    if not ok:
        if response.status_code >= 400:
            raise error_for(response)
        raise UnexpectedResponseError(f"undocumented status {response.status_code}", response)


def parse_response(call: Call, response: httpx.Response) -> Any:
    """The typed body of a response (its status checked first)."""
    check_status(call, response)
    _ok, kind = _expected(call, response.status_code)
    if kind is None:
        return None
    if kind is bytes:
        return response.content
    if kind is str and 300 <= response.status_code < 400:
        return response.headers.get("location", "")
    adapter = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS.setdefault(kind, pydantic.TypeAdapter(kind))
    try:
        return adapter.validate_json(response.content)
    except pydantic.ValidationError as exc:
        raise UnexpectedResponseError(
            f"response body does not match the documented schema: {exc.error_count()} error(s)", response
        ) from exc


def transport_error(exc: httpx.TransportError) -> APIConnectionError:
    request: httpx.Request | None
    try:
        request = exc.request
    except RuntimeError:  # httpx raises when the error happened before a request existed
        request = None
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"timed out: {exc}", request)
    return APIConnectionError(f"connection failed: {exc}", request)


class _Transport:
    """What the sync and async transports share: the server URL, auth, default headers, retries and rate."""

    _owns_client: bool

    def __init__(
        self,
        base_url: str,
        auth: httpx.Auth | None,
        headers: Mapping[str, str] | None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | RateLimiter | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> None:
        self._base_url = httpx.URL(base_url.rstrip("/") + "/")
        self._auth: Any = auth if auth is not None else httpx.USE_CLIENT_DEFAULT
        self._headers = dict(headers or {})
        self._timeout = timeout  # set: every call's default (an injected http client keeps its own otherwise)
        self._max_retries = max_retries
        self._limiter = _limiter(rate_limit)

    def with_options(
        self, *, max_retries: int | Unset = UNSET, rate_limit: float | RateLimiter | Unset | None = UNSET
    ) -> Self:
        """A copy with other retry or rate settings, sharing this client's connections (closing it closes nothing).

        rate_limit: requests per second, or a RateLimiter to share one budget between clients; None: no limit.
        """
        clone = copy.copy(self)
        clone._owns_client = False
        if max_retries is not UNSET:
            clone._max_retries = max_retries
        if rate_limit is not UNSET:
            clone._limiter = _limiter(rate_limit)
        return clone

    def _retries(self, call: Call, max_retries: int | Unset, idempotent: bool) -> int:
        """How often this call may be repeated: only where repeating is safe, and never a token grant."""
        retries = self._max_retries if max_retries is UNSET else max_retries
        if retries <= 0 or not (idempotent or _idempotent(call)) or _is_grant(call):
            return 0
        return retries

    def _after_response(
        self, call: Call, response: httpx.Response, started: float, retry: int, retries: int
    ) -> float | None:
        """Log the exchange; seconds to wait before sending again, or None to keep this response."""
        if logger.isEnabledFor(logging.DEBUG):
            request_id = response.headers.get("x-request-id") or response.request.headers.get("x-request-id")
            log_exchange(call.method, self._template(call), response.status_code, _since(started), request_id)
        if retry >= retries or not retryable_status(response.status_code):
            return None
        delay = delay_after(response, retry)
        if delay is not None:
            log_retry(call.method, self._template(call), f"HTTP {response.status_code}", delay, retry + 1, retries)
        return delay

    def _after_failure(
        self, call: Call, exc: httpx.TransportError, started: float, retry: int, retries: int
    ) -> float | None:
        """Log the failure; seconds to wait before sending again, or None to raise."""
        if logger.isEnabledFor(logging.DEBUG):
            log_exchange(call.method, self._template(call), type(exc).__name__, _since(started), None)
        if retry >= retries:
            return None
        delay = backoff(retry)
        log_retry(call.method, self._template(call), type(exc).__name__, delay, retry + 1, retries)
        return delay

    def _template(self, call: Call) -> str:
        return str(self._base_url) + call.path.lstrip("/")

    def _request(self, client: httpx.Client | httpx.AsyncClient, call: Call, timeout: Any) -> httpx.Request:
        chosen = timeout if timeout is not UNSET else self._timeout
        return build_request(client, _rebase(call, self._base_url, self._headers), chosen)

    def _auth_for(self, call: Call) -> Any:
        return self._auth if wants_auth(call) else None  # None: no auth at all, not even the http client's


_INJECTED_VERIFY = (
    "verify= cannot reach an injected http_client (TLS settings belong to its connection pool): "
    "create that client with verify=..., e.g. httpx.Client(verify=mtls_context(...))"
)


def client_options(
    http_client: Any, timeout: float | httpx.Timeout | Unset, verify: VerifyTypes | Unset
) -> tuple[dict[str, Any], float | httpx.Timeout | Unset]:
    """Options of the http client a transport creates, and the timeout every call gets by default: with an
    injected client, `timeout=` applies per call and `verify=` is refused (it would be silently dropped)."""
    if http_client is not None:
        if verify is not UNSET:
            raise ValueError(_INJECTED_VERIFY)
        return {}, timeout
    options = {
        "timeout": DEFAULT_TIMEOUT if timeout is UNSET else timeout,
        "verify": True if verify is UNSET else verify,
        "follow_redirects": False,
    }
    return options, UNSET


class SyncTransport(_Transport):
    """Owns or borrows an httpx.Client; the generated API classes derive from it."""

    def __init__(
        self,
        base_url: str,
        *,
        http_client: httpx.Client | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        verify: VerifyTypes | Unset = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | RateLimiter | None = None,
    ) -> None:
        options, per_call = client_options(http_client, timeout, verify)
        super().__init__(base_url, auth, headers, max_retries, rate_limit, per_call)
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(**options)

    def _send(
        self, call: Call, timeout: Any = UNSET, max_retries: int | Unset = UNSET, idempotent: bool = False
    ) -> Any:
        """Send and parse the body."""
        return self._send_raw(call, timeout, max_retries, idempotent).parse()

    def _send_raw(
        self, call: Call, timeout: Any = UNSET, max_retries: int | Unset = UNSET, idempotent: bool = False
    ) -> RawResponse[Any]:
        """Send, repeating where safe; idempotent: the document marks the operation so (e.g. x-idempotent)."""
        request = self._request(self._client, call, timeout)
        retries = self._retries(call, max_retries, idempotent)
        retry = 0
        while True:
            if self._limiter is not None:
                self._limiter.acquire()
            started = time.perf_counter()
            try:
                response = self._client.send(request, auth=self._auth_for(call), follow_redirects=False)
                response.read()
            except httpx.TransportError as exc:
                delay = self._after_failure(call, exc, started, retry, retries)
                if delay is None:
                    raise transport_error(exc) from exc
            else:
                delay = self._after_response(call, response, started, retry, retries)
                if delay is None:
                    return _raw(call, response)
            time.sleep(delay)
            retry += 1

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncTransport(_Transport):
    """The async twin of SyncTransport, around an httpx.AsyncClient."""

    def __init__(
        self,
        base_url: str,
        *,
        http_client: httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        verify: VerifyTypes | Unset = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | RateLimiter | None = None,
    ) -> None:
        options, per_call = client_options(http_client, timeout, verify)
        super().__init__(base_url, auth, headers, max_retries, rate_limit, per_call)
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(**options)

    async def _send(
        self, call: Call, timeout: Any = UNSET, max_retries: int | Unset = UNSET, idempotent: bool = False
    ) -> Any:
        """Send and parse the body."""
        return (await self._send_raw(call, timeout, max_retries, idempotent)).parse()

    async def _send_raw(
        self, call: Call, timeout: Any = UNSET, max_retries: int | Unset = UNSET, idempotent: bool = False
    ) -> RawResponse[Any]:
        """The async twin of SyncTransport._send_raw."""
        request = self._request(self._client, call, timeout)
        retries = self._retries(call, max_retries, idempotent)
        retry = 0
        while True:
            if self._limiter is not None:
                await self._limiter.aacquire()
            started = time.perf_counter()
            try:
                response = await self._client.send(request, auth=self._auth_for(call), follow_redirects=False)
                await response.aread()
            except httpx.TransportError as exc:
                delay = self._after_failure(call, exc, started, retry, retries)
                if delay is None:
                    raise transport_error(exc) from exc
            else:
                delay = self._after_response(call, response, started, retry, retries)
                if delay is None:
                    return _raw(call, response)
            await _async_sleep(delay)
            retry += 1

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _raw(call: Call, response: httpx.Response) -> RawResponse[Any]:
    check_status(call, response)  # errors raise here, as the plain methods do
    return RawResponse(response, lambda: parse_response(call, response))


def _limiter(rate_limit: float | RateLimiter | None) -> RateLimiter | None:
    if rate_limit is None or isinstance(rate_limit, RateLimiter):
        return rate_limit
    return RateLimiter(rate_limit)


async def _async_sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 (asyncio costs a fifth of the package's import time; only async retries need it)

    await asyncio.sleep(seconds)


def _since(started: float) -> float:
    return time.perf_counter() - started


def _idempotent(call: Call) -> bool:
    """The document's mark where it has one, else the method's own semantics (RFC 9110 §9.2.2), or an
    `Idempotency-Key` the caller gave: the server answers a request repeated with it by the first result."""
    if call.idempotent is not None:
        return call.idempotent
    if call.method.upper() in SAFE_METHODS:
        return True
    return any(k.lower() == IDEMPOTENCY_KEY and v is not UNSET and v is not None for k, v in call.headers.items())


def _is_grant(call: Call) -> bool:
    """A token request (form with grant_type): codes and 期間連携 refresh tokens are single use, never resent."""
    if call.media_type != "application/x-www-form-urlencoded" or call.body is UNSET or call.body is None:
        return False
    body = _plain(call.body)
    return isinstance(body, Mapping) and "grant_type" in body


def _rebase(call: Call, base_url: httpx.URL, headers: Mapping[str, str]) -> Call:
    """Join the operation path to the server URL (keeping the server's own path prefix); a header the call
    leaves unset keeps the client's default."""
    given = {k: v for k, v in call.headers.items() if v is not UNSET}
    return replace(call, path=str(base_url) + call.path.lstrip("/"), headers={**headers, **given})
