"""Webhook Example (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Any

import httpx
import pydantic

from .._base import DEFAULT_TIMEOUT, AsyncTransport, SyncTransport
from . import models

__all__ = ["SERVERS", "V31WebhookExampleClient", "AsyncV31WebhookExampleClient"]

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


class V31WebhookExampleClient(SyncTransport):
    """Webhook Example のクライアント。

    Webhook Example
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

    @staticmethod
    def parse_post_new_pet(payload: bytes | str) -> models.Pet:
        """postNewPet（Webhook `newPet` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.Pet).validate_json(payload)


class AsyncV31WebhookExampleClient(AsyncTransport):
    """Webhook Example のクライアント（非同期）。

    Webhook Example
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

    @staticmethod
    def parse_post_new_pet(payload: bytes | str) -> models.Pet:
        """postNewPet（Webhook `newPet` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.Pet).validate_json(payload)
