"""Webhook Example (1.0.0): generated client. Do not edit."""

from __future__ import annotations

import httpx
import pydantic

from .._base import AsyncTransport, SyncTransport
from .._ratelimit import RateLimiter
from .._retry import DEFAULT_MAX_RETRIES
from .._types import UNSET, Unset, VerifyTypes
from . import models

__all__ = [
    "SERVERS",
    "V31WebhookExampleClient",
    "AsyncV31WebhookExampleClient",
    "V31WebhookExampleClientWithRawResponse",
    "AsyncV31WebhookExampleClientWithRawResponse",
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
    def with_raw_response(self) -> V31WebhookExampleClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return V31WebhookExampleClientWithRawResponse(self)

    @staticmethod
    def parse_post_new_pet(payload: bytes | str) -> models.Pet:
        """postNewPet（Webhook `newPet` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.Pet).validate_json(payload)


class V31WebhookExampleClientWithRawResponse:
    """V31WebhookExampleClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: V31WebhookExampleClient) -> None:
        self._client = client


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
    def with_raw_response(self) -> AsyncV31WebhookExampleClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncV31WebhookExampleClientWithRawResponse(self)

    @staticmethod
    def parse_post_new_pet(payload: bytes | str) -> models.Pet:
        """postNewPet（Webhook `newPet` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.Pet).validate_json(payload)


class AsyncV31WebhookExampleClientWithRawResponse:
    """AsyncV31WebhookExampleClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncV31WebhookExampleClient) -> None:
        self._client = client
