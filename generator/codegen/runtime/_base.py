"""Request building and response handling shared by every generated client, sync and async."""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import pydantic

from ._errors import APIConnectionError, APITimeoutError, UnexpectedResponseError, error_for
from ._response import RawResponse
from ._types import UNSET, Unset, VerifyTypes

T = TypeVar("T")
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
REQUEST_ID = "X-Request-Id"


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
    """What the sync and async transports share: the server URL, auth, default headers and timeout."""

    def __init__(
        self,
        base_url: str,
        auth: httpx.Auth | None,
        headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> None:
        self._base_url = httpx.URL(base_url.rstrip("/") + "/")
        self._auth: Any = auth if auth is not None else httpx.USE_CLIENT_DEFAULT
        self._headers = dict(headers or {})
        self._timeout = timeout  # set: every call's default (an injected http client keeps its own otherwise)

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
    """Owns or borrows an httpx.Client; the generated API classes derive from it.

    With an injected http_client, `timeout=` becomes every call's default and `verify=` is refused: it could
    only apply to a client this class creates.
    """

    def __init__(
        self,
        base_url: str,
        *,
        http_client: httpx.Client | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        verify: VerifyTypes | Unset = UNSET,
    ) -> None:
        options, per_call = client_options(http_client, timeout, verify)
        super().__init__(base_url, auth, headers, per_call)
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(**options)

    def _send(self, call: Call, timeout: Any = UNSET) -> Any:
        """Send and parse the body."""
        return self._send_raw(call, timeout).parse()

    def _send_raw(self, call: Call, timeout: Any = UNSET) -> RawResponse[Any]:
        try:
            request = self._request(self._client, call, timeout)
            response = self._client.send(request, auth=self._auth_for(call), follow_redirects=False)
            response.read()
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        return _raw(call, response)

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
    ) -> None:
        options, per_call = client_options(http_client, timeout, verify)
        super().__init__(base_url, auth, headers, per_call)
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(**options)

    async def _send(self, call: Call, timeout: Any = UNSET) -> Any:
        """Send and parse the body."""
        return (await self._send_raw(call, timeout)).parse()

    async def _send_raw(self, call: Call, timeout: Any = UNSET) -> RawResponse[Any]:
        try:
            request = self._request(self._client, call, timeout)
            response = await self._client.send(request, auth=self._auth_for(call), follow_redirects=False)
            await response.aread()
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        return _raw(call, response)

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


def _rebase(call: Call, base_url: httpx.URL, headers: Mapping[str, str]) -> Call:
    """Join the operation path to the server URL (keeping the server's own path prefix); a header the call
    leaves unset keeps the client's default."""
    given = {k: v for k, v in call.headers.items() if v is not UNSET}
    return replace(call, path=str(base_url) + call.path.lstrip("/"), headers={**headers, **given})
