"""public_openapi_client: generated typed clients. Do not edit.

PublicOpenapiClient exposes every API; each API also has its own client class (sync and async).
Errors: see `public_openapi_client._errors` for the exception tree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._auth import BearerTokenAuth, mtls_context
from ._base import DEFAULT_TIMEOUT
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    UnexpectedResponseError,
)
from ._types import UNSET, Unset
from .v3_0_api_with_examples.client import AsyncV30ApiWithExamplesClient, V30ApiWithExamplesClient
from .v3_0_api_with_examples.client import _server as v3_0_api_with_examples_server
from .v3_0_callback_example.client import AsyncV30CallbackExampleClient, V30CallbackExampleClient
from .v3_0_callback_example.client import _server as v3_0_callback_example_server
from .v3_0_link_example.client import AsyncV30LinkExampleClient, V30LinkExampleClient
from .v3_0_link_example.client import _server as v3_0_link_example_server
from .v3_0_petstore_expanded.client import AsyncV30PetstoreExpandedClient, V30PetstoreExpandedClient
from .v3_0_petstore_expanded.client import _server as v3_0_petstore_expanded_server
from .v3_1_webhook_example.client import AsyncV31WebhookExampleClient, V31WebhookExampleClient
from .v3_1_webhook_example.client import _server as v3_1_webhook_example_server

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPublicOpenapiClient",
    "AuthenticationError",
    "BadRequestError",
    "BearerTokenAuth",
    "ConflictError",
    "NotFoundError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "UnexpectedResponseError",
    "Unset",
    "mtls_context",
    "PublicOpenapiClient",
    "AsyncV30ApiWithExamplesClient",
    "V30ApiWithExamplesClient",
    "AsyncV30CallbackExampleClient",
    "V30CallbackExampleClient",
    "AsyncV30LinkExampleClient",
    "V30LinkExampleClient",
    "AsyncV30PetstoreExpandedClient",
    "V30PetstoreExpandedClient",
    "AsyncV31WebhookExampleClient",
    "V31WebhookExampleClient",
]


class PublicOpenapiClient:
    """Every API over one shared httpx.Client.

    server selects the same entry of every document's `servers` (0: the first one);
    base_urls overrides it per API, keyed by slug.
    """

    def __init__(
        self,
        *,
        server: int = 0,
        base_urls: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        verify: Any = True,
    ) -> None:
        # Resolve every server first: a bad index raises before any connection pool exists.
        urls = {
            "v3.0_api-with-examples": v3_0_api_with_examples_server(
                (base_urls or {}).get("v3.0_api-with-examples"), server
            ),
            "v3.0_callback-example": v3_0_callback_example_server(
                (base_urls or {}).get("v3.0_callback-example"), server
            ),
            "v3.0_link-example": v3_0_link_example_server((base_urls or {}).get("v3.0_link-example"), server),
            "v3.0_petstore-expanded": v3_0_petstore_expanded_server(
                (base_urls or {}).get("v3.0_petstore-expanded"), server
            ),
            "v3.1_webhook-example": v3_1_webhook_example_server((base_urls or {}).get("v3.1_webhook-example"), server),
        }
        self._owns_client = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout, verify=verify)
        self.v3_0_api_with_examples = V30ApiWithExamplesClient(
            urls["v3.0_api-with-examples"], http_client=self._http, auth=auth, headers=headers
        )
        """Simple API overview"""
        self.v3_0_callback_example = V30CallbackExampleClient(
            urls["v3.0_callback-example"], http_client=self._http, auth=auth, headers=headers
        )
        """Callback Example"""
        self.v3_0_link_example = V30LinkExampleClient(
            urls["v3.0_link-example"], http_client=self._http, auth=auth, headers=headers
        )
        """Link Example"""
        self.v3_0_petstore_expanded = V30PetstoreExpandedClient(
            urls["v3.0_petstore-expanded"], http_client=self._http, auth=auth, headers=headers
        )
        """Swagger Petstore"""
        self.v3_1_webhook_example = V31WebhookExampleClient(
            urls["v3.1_webhook-example"], http_client=self._http, auth=auth, headers=headers
        )
        """Webhook Example"""

    def close(self) -> None:
        if self._owns_client:
            self._http.close()

    def __enter__(self) -> PublicOpenapiClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncPublicOpenapiClient:
    """Every API over one shared httpx.AsyncClient.

    server selects the same entry of every document's `servers` (0: the first one);
    base_urls overrides it per API, keyed by slug.
    """

    def __init__(
        self,
        *,
        server: int = 0,
        base_urls: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        verify: Any = True,
    ) -> None:
        # Resolve every server first: a bad index raises before any connection pool exists.
        urls = {
            "v3.0_api-with-examples": v3_0_api_with_examples_server(
                (base_urls or {}).get("v3.0_api-with-examples"), server
            ),
            "v3.0_callback-example": v3_0_callback_example_server(
                (base_urls or {}).get("v3.0_callback-example"), server
            ),
            "v3.0_link-example": v3_0_link_example_server((base_urls or {}).get("v3.0_link-example"), server),
            "v3.0_petstore-expanded": v3_0_petstore_expanded_server(
                (base_urls or {}).get("v3.0_petstore-expanded"), server
            ),
            "v3.1_webhook-example": v3_1_webhook_example_server((base_urls or {}).get("v3.1_webhook-example"), server),
        }
        self._owns_client = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout, verify=verify)
        self.v3_0_api_with_examples = AsyncV30ApiWithExamplesClient(
            urls["v3.0_api-with-examples"], http_client=self._http, auth=auth, headers=headers
        )
        """Simple API overview"""
        self.v3_0_callback_example = AsyncV30CallbackExampleClient(
            urls["v3.0_callback-example"], http_client=self._http, auth=auth, headers=headers
        )
        """Callback Example"""
        self.v3_0_link_example = AsyncV30LinkExampleClient(
            urls["v3.0_link-example"], http_client=self._http, auth=auth, headers=headers
        )
        """Link Example"""
        self.v3_0_petstore_expanded = AsyncV30PetstoreExpandedClient(
            urls["v3.0_petstore-expanded"], http_client=self._http, auth=auth, headers=headers
        )
        """Swagger Petstore"""
        self.v3_1_webhook_example = AsyncV31WebhookExampleClient(
            urls["v3.1_webhook-example"], http_client=self._http, auth=auth, headers=headers
        )
        """Webhook Example"""

    async def aclose(self) -> None:
        if self._owns_client:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncPublicOpenapiClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
