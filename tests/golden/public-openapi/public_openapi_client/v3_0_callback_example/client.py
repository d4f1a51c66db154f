"""Callback Example (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import cast

import httpx

from .._base import AsyncTransport, Call, SyncTransport
from .._ratelimit import RateLimiter
from .._response import RawResponse
from .._retry import DEFAULT_MAX_RETRIES
from .._types import UNSET, Unset, VerifyTypes
from . import models

__all__ = [
    "SERVERS",
    "V30CallbackExampleClient",
    "AsyncV30CallbackExampleClient",
    "V30CallbackExampleClientWithRawResponse",
    "AsyncV30CallbackExampleClientWithRawResponse",
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


class V30CallbackExampleClient(SyncTransport):
    """Callback Example のクライアント。

    Callback Example
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
    def with_raw_response(self) -> V30CallbackExampleClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return V30CallbackExampleClientWithRawResponse(self)

    def post_streams(
        self, *, callback_url: str, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.PostStreamsResponse201:
        """postStreams

        subscribes a client to receive out-of-band data

        `POST /streams` (operationId: `postStreams`)

        Args:
            callback_url: the location where data will be sent. Must be network accessible by the source server
                (query `callbackUrl`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: subscription successfully created

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.post_streams(
            callback_url=callback_url, timeout=timeout, max_retries=max_retries
        ).parse()


class V30CallbackExampleClientWithRawResponse:
    """V30CallbackExampleClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: V30CallbackExampleClient) -> None:
        self._client = client

    def post_streams(
        self, *, callback_url: str, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.PostStreamsResponse201]:
        """post_streams() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PostStreamsResponse201]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/streams",
                    {},
                    {
                        "callbackUrl": callback_url,
                    },
                    {},
                    UNSET,
                    None,
                    {"201": models.PostStreamsResponse201},
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncV30CallbackExampleClient(AsyncTransport):
    """Callback Example のクライアント（非同期）。

    Callback Example
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
    def with_raw_response(self) -> AsyncV30CallbackExampleClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncV30CallbackExampleClientWithRawResponse(self)

    async def post_streams(
        self, *, callback_url: str, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.PostStreamsResponse201:
        """postStreams

        subscribes a client to receive out-of-band data

        `POST /streams` (operationId: `postStreams`)

        Args:
            callback_url: the location where data will be sent. Must be network accessible by the source server
                (query `callbackUrl`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: subscription successfully created

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.post_streams(
                callback_url=callback_url, timeout=timeout, max_retries=max_retries
            )
        ).parse()


class AsyncV30CallbackExampleClientWithRawResponse:
    """AsyncV30CallbackExampleClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncV30CallbackExampleClient) -> None:
        self._client = client

    async def post_streams(
        self, *, callback_url: str, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.PostStreamsResponse201]:
        """post_streams() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PostStreamsResponse201]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/streams",
                    {},
                    {
                        "callbackUrl": callback_url,
                    },
                    {},
                    UNSET,
                    None,
                    {"201": models.PostStreamsResponse201},
                ),
                timeout,
                max_retries,
            ),
        )
