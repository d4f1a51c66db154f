"""Simple API overview (2.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Any, cast

import httpx

from .._base import DEFAULT_TIMEOUT, AsyncTransport, Call, SyncTransport
from .._types import UNSET, Unset

__all__ = ["SERVERS", "V30ApiWithExamplesClient", "AsyncV30ApiWithExamplesClient"]

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

    def list_versionsv2(self, *, timeout: float | httpx.Timeout | Unset = UNSET) -> Any:
        """List API versions

        `GET /` (operationId: `listVersionsv2`)

        Returns:
            200: 200 response; 300: 300 response

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "Any",
            self._send(
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
            ),
        )

    def get_version_detailsv2(self, *, timeout: float | httpx.Timeout | Unset = UNSET) -> Any:
        """Show API version details

        `GET /v2` (operationId: `getVersionDetailsv2`)

        Returns:
            200: 200 response; 203: 203 response

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "Any",
            self._send(
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
            ),
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

    async def list_versionsv2(self, *, timeout: float | httpx.Timeout | Unset = UNSET) -> Any:
        """List API versions

        `GET /` (operationId: `listVersionsv2`)

        Returns:
            200: 200 response; 300: 300 response

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "Any",
            await self._send(
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
            ),
        )

    async def get_version_detailsv2(self, *, timeout: float | httpx.Timeout | Unset = UNSET) -> Any:
        """Show API version details

        `GET /v2` (operationId: `getVersionDetailsv2`)

        Returns:
            200: 200 response; 203: 203 response

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "Any",
            await self._send(
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
            ),
        )
