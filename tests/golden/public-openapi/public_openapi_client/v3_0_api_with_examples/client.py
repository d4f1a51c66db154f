"""Simple API overview (2.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Any

import httpx

from .._base import AsyncTransport, Call, SyncTransport
from .._ratelimit import RateLimiter
from .._response import RawResponse
from .._retry import DEFAULT_MAX_RETRIES
from .._types import UNSET, Unset, VerifyTypes

__all__ = [
    "SERVERS",
    "V30ApiWithExamplesClient",
    "AsyncV30ApiWithExamplesClient",
    "V30ApiWithExamplesClientWithRawResponse",
    "AsyncV30ApiWithExamplesClientWithRawResponse",
]

SERVERS: tuple[str, ...] = ()


def _server(base_url: str | None, server: int) -> str:
    if base_url is not None:
        return base_url
    if not SERVERS or not 0 <= server < len(SERVERS):
        raise ValueError(f"server must be 0..{len(SERVERS) - 1} or pass base_url=")
    url = SERVERS[server]
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"the document's server {url!r} is relative: pass base_url=")
    return url


class V30ApiWithExamplesClient(SyncTransport):
    """Simple API overview のクライアント。

    Simple API overview
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        server: int = 0,
        http_client: httpx.Client | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
        headers: dict[str, str] | None = None,
        verify: VerifyTypes | Unset = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | RateLimiter | None = None,
    ) -> None:
        """Connect to base_url, or to SERVERS[server] (0 is the first server of the document).

        With http_client, timeout applies to each call and verify is refused (set it on that client).
        max_retries: how often a call is repeated after a connection error, 408, 429 or 5xx, where repeating is
        safe (GET, HEAD, PUT, DELETE, OPTIONS, an operation the document marks `x-idempotent: true`, or a call given
        its Idempotency-Key; never a token grant); each method's max_retries= overrides it for one call.
        rate_limit: at most this many requests per second from this client, or a RateLimiter shared with others.
        """
        super().__init__(
            _server(base_url, server),
            http_client=http_client,
            auth=auth,
            timeout=timeout,
            headers=headers,
            verify=verify,
            max_retries=max_retries,
            rate_limit=rate_limit,
        )

    @property
    def with_raw_response(self) -> V30ApiWithExamplesClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return V30ApiWithExamplesClientWithRawResponse(self)

    def list_versionsv2(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> Any:
        """List API versions

        `GET /` (operationId: `listVersionsv2`)

        Args:
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 200 response; 300: 300 response

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_versionsv2(timeout=timeout, max_retries=max_retries).parse()

    def get_version_detailsv2(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> Any:
        """Show API version details

        `GET /v2` (operationId: `getVersionDetailsv2`)

        Args:
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 200 response; 203: 203 response

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_version_detailsv2(timeout=timeout, max_retries=max_retries).parse()


class V30ApiWithExamplesClientWithRawResponse:
    """V30ApiWithExamplesClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: V30ApiWithExamplesClient) -> None:
        self._client = client

    def list_versionsv2(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[Any]:
        """list_versionsv2() の生の応答（status_code, headers, request_id, parse()）。"""
        return self._client._send_raw(
            Call(
                "GET",
                "/",
                {},
                {},
                {},
                UNSET,
                None,
                {"200": Any, "300": str},
            ),
            timeout,
            max_retries,
        )

    def get_version_detailsv2(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[Any]:
        """get_version_detailsv2() の生の応答（status_code, headers, request_id, parse()）。"""
        return self._client._send_raw(
            Call(
                "GET",
                "/v2",
                {},
                {},
                {},
                UNSET,
                None,
                {"200": Any, "203": Any},
            ),
            timeout,
            max_retries,
        )


class AsyncV30ApiWithExamplesClient(AsyncTransport):
    """Simple API overview のクライアント（非同期）。

    Simple API overview
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        server: int = 0,
        http_client: httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
        headers: dict[str, str] | None = None,
        verify: VerifyTypes | Unset = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | RateLimiter | None = None,
    ) -> None:
        """Connect to base_url, or to SERVERS[server] (0 is the first server of the document).

        With http_client, timeout applies to each call and verify is refused (set it on that client).
        max_retries: how often a call is repeated after a connection error, 408, 429 or 5xx, where repeating is
        safe (GET, HEAD, PUT, DELETE, OPTIONS, an operation the document marks `x-idempotent: true`, or a call given
        its Idempotency-Key; never a token grant); each method's max_retries= overrides it for one call.
        rate_limit: at most this many requests per second from this client, or a RateLimiter shared with others.
        """
        super().__init__(
            _server(base_url, server),
            http_client=http_client,
            auth=auth,
            timeout=timeout,
            headers=headers,
            verify=verify,
            max_retries=max_retries,
            rate_limit=rate_limit,
        )

    @property
    def with_raw_response(self) -> AsyncV30ApiWithExamplesClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncV30ApiWithExamplesClientWithRawResponse(self)

    async def list_versionsv2(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> Any:
        """List API versions

        `GET /` (operationId: `listVersionsv2`)

        Args:
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 200 response; 300: 300 response

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (await self.with_raw_response.list_versionsv2(timeout=timeout, max_retries=max_retries)).parse()

    async def get_version_detailsv2(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> Any:
        """Show API version details

        `GET /v2` (operationId: `getVersionDetailsv2`)

        Args:
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 200 response; 203: 203 response

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (await self.with_raw_response.get_version_detailsv2(timeout=timeout, max_retries=max_retries)).parse()


class AsyncV30ApiWithExamplesClientWithRawResponse:
    """AsyncV30ApiWithExamplesClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncV30ApiWithExamplesClient) -> None:
        self._client = client

    async def list_versionsv2(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[Any]:
        """list_versionsv2() の生の応答（status_code, headers, request_id, parse()）。"""
        return await self._client._send_raw(
            Call(
                "GET",
                "/",
                {},
                {},
                {},
                UNSET,
                None,
                {"200": Any, "300": str},
            ),
            timeout,
            max_retries,
        )

    async def get_version_detailsv2(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[Any]:
        """get_version_detailsv2() の生の応答（status_code, headers, request_id, parse()）。"""
        return await self._client._send_raw(
            Call(
                "GET",
                "/v2",
                {},
                {},
                {},
                UNSET,
                None,
                {"200": Any, "203": Any},
            ),
            timeout,
            max_retries,
        )
