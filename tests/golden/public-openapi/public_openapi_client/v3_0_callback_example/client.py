"""Callback Example (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Any, cast

import httpx

from .._base import DEFAULT_TIMEOUT, AsyncTransport, Call, SyncTransport
from .._types import UNSET, Unset
from . import models

__all__ = ["SERVERS", "V30CallbackExampleClient", "AsyncV30CallbackExampleClient"]

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
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        verify: Any = True,
    ) -> None:
        """Connect to base_url, or to SERVERS[server] (0 is the first server of the document)."""
        super().__init__(
            _server(base_url, server),
            http_client=http_client,
            auth=auth,
            timeout=timeout,
            headers=headers,
            verify=verify,
        )

    def post_streams(
        self, *, callback_url: str, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> models.PostStreamsResponse201:
        """postStreams

        subscribes a client to receive out-of-band data

        `POST /streams` (operationId: `postStreams`)

        Args:
            callback_url: the location where data will be sent. Must be network accessible by the source server
                (query `callbackUrl`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            201: subscription successfully created

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.PostStreamsResponse201",
            self._send(
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
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        verify: Any = True,
    ) -> None:
        """Connect to base_url, or to SERVERS[server] (0 is the first server of the document)."""
        super().__init__(
            _server(base_url, server),
            http_client=http_client,
            auth=auth,
            timeout=timeout,
            headers=headers,
            verify=verify,
        )

    async def post_streams(
        self, *, callback_url: str, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> models.PostStreamsResponse201:
        """postStreams

        subscribes a client to receive out-of-band data

        `POST /streams` (operationId: `postStreams`)

        Args:
            callback_url: the location where data will be sent. Must be network accessible by the source server
                (query `callbackUrl`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            201: subscription successfully created

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.PostStreamsResponse201",
            await self._send(
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
            ),
        )
