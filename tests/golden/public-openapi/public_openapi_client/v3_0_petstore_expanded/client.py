"""Swagger Petstore (1.0.0): generated client. Do not edit."""

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
    "V30PetstoreExpandedClient",
    "AsyncV30PetstoreExpandedClient",
    "V30PetstoreExpandedClientWithRawResponse",
    "AsyncV30PetstoreExpandedClientWithRawResponse",
]

SERVERS: tuple[str, ...] = ("https://petstore.swagger.io/v2",)


def _server(base_url: str | None, server: int) -> str:
    if base_url is not None:
        return base_url
    if not SERVERS or not 0 <= server < len(SERVERS):
        raise ValueError(f"server must be 0..{len(SERVERS) - 1} or pass base_url=")
    url = SERVERS[server]
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"the document's server {url!r} is relative: pass base_url=")
    return url


class V30PetstoreExpandedClient(SyncTransport):
    """Swagger Petstore のクライアント。

    Swagger Petstore
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
    def with_raw_response(self) -> V30PetstoreExpandedClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return V30PetstoreExpandedClientWithRawResponse(self)

    def find_pets(
        self,
        *,
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[models.Pet]:
        """findPets

        Returns all pets from the system that the user has access to
        Nam sed condimentum est. Maecenas tempor sagittis sapien, nec rhoncus sem sagittis sit amet. Aenean at gravida
        augue, ac iaculis sem. Curabitur odio lorem, ornare eget elementum nec, cursus id lectus. Duis mi turpis,
        pulvinar ac eros ac, tincidunt varius justo. In hac habitasse platea dictumst. Integer at adipiscing ante, a
        sagittis ligula. Aenean pharetra tempor ante molestie imperdiet. Vivamus id aliquam diam. Cras quis velit non
        tortor eleifend sagittis. Praesent at enim pharetra urna volutpat venenatis eget eget mauris. In eleifend
        fermentum facilisis. Praesent enim enim, gravida ac sodales sed, placerat id erat. Suspendisse lacus dolor,
        consectetur non augue vel, vehicula interdum libero. Morbi euismod sagittis libero sed lacinia.

        Sed tempus felis lobortis leo pulvinar rutrum. Nam mattis velit nisl, eu condimentum ligula luctus nec.
        Phasellus semper velit eget aliquet faucibus. In a mattis elit. Phasellus vel urna viverra, condimentum lorem
        id, rhoncus nibh. Ut pellentesque posuere elementum. Sed a varius odio. Morbi rhoncus ligula libero, vel
        eleifend nunc tristique vitae. Fusce et sem dui. Aenean nec scelerisque tortor. Fusce malesuada accumsan magna
        vel tempus. Quisque mollis felis eu dolor tristique, sit amet auctor felis gravida. Sed libero lorem, molestie
        sed nisl in, accumsan tempor nisi. Fusce sollicitudin massa ut lacinia mattis. Sed vel eleifend lorem.
        Pellentesque vitae felis pretium, pulvinar elit eu, euismod sapien.

        `GET /pets` (operationId: `findPets`)

        Args:
            tags: tags to filter by (query `tags`)
            limit: maximum number of results to return (query `limit`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: pet response

        Raises:
            APIStatusError: 文書化されたエラー応答（default）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.find_pets(
            tags=tags, limit=limit, timeout=timeout, max_retries=max_retries
        ).parse()

    def add_pet(
        self, *, body: models.NewPet, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.Pet:
        """addPet

        Creates a new pet in the store. Duplicates are allowed

        `POST /pets` (operationId: `addPet`)

        Args:
            body: Pet to add to the store (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: pet response

        Raises:
            APIStatusError: 文書化されたエラー応答（default）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.add_pet(body=body, timeout=timeout, max_retries=max_retries).parse()

    def find_pet_by_id(
        self, id: int, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.Pet:
        """find pet by id

        Returns a user based on a single ID, if the user does not have access to the pet

        `GET /pets/{id}` (operationId: `find pet by id`)

        Args:
            id: ID of pet to fetch (path `id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: pet response

        Raises:
            APIStatusError: 文書化されたエラー応答（default）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.find_pet_by_id(id=id, timeout=timeout, max_retries=max_retries).parse()

    def delete_pet(
        self, id: int, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> None:
        """deletePet

        deletes a single pet based on the ID supplied

        `DELETE /pets/{id}` (operationId: `deletePet`)

        Args:
            id: ID of pet to delete (path `id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            204: pet deleted

        Raises:
            APIStatusError: 文書化されたエラー応答（default）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        self.with_raw_response.delete_pet(id=id, timeout=timeout, max_retries=max_retries).parse()


class V30PetstoreExpandedClientWithRawResponse:
    """V30PetstoreExpandedClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: V30PetstoreExpandedClient) -> None:
        self._client = client

    def find_pets(
        self,
        *,
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[list[models.Pet]]:
        """find_pets() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[list[models.Pet]]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/pets",
                    {},
                    {
                        "tags": tags,
                        "limit": limit,
                    },
                    {},
                    UNSET,
                    None,
                    {"200": list[models.Pet]},
                ),
                timeout,
                max_retries,
            ),
        )

    def add_pet(
        self, *, body: models.NewPet, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.Pet]:
        """add_pet() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Pet]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/pets",
                    {},
                    {},
                    {},
                    body,
                    "application/json",
                    {"200": models.Pet},
                ),
                timeout,
                max_retries,
            ),
        )

    def find_pet_by_id(
        self, id: int, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.Pet]:
        """find_pet_by_id() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Pet]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/pets/{id}",
                    {
                        "id": id,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.Pet},
                ),
                timeout,
                max_retries,
            ),
        )

    def delete_pet(
        self, id: int, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[None]:
        """delete_pet() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            self._client._send_raw(
                Call(
                    "DELETE",
                    "/pets/{id}",
                    {
                        "id": id,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"204": None},
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncV30PetstoreExpandedClient(AsyncTransport):
    """Swagger Petstore のクライアント（非同期）。

    Swagger Petstore
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
    def with_raw_response(self) -> AsyncV30PetstoreExpandedClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncV30PetstoreExpandedClientWithRawResponse(self)

    async def find_pets(
        self,
        *,
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[models.Pet]:
        """findPets

        Returns all pets from the system that the user has access to
        Nam sed condimentum est. Maecenas tempor sagittis sapien, nec rhoncus sem sagittis sit amet. Aenean at gravida
        augue, ac iaculis sem. Curabitur odio lorem, ornare eget elementum nec, cursus id lectus. Duis mi turpis,
        pulvinar ac eros ac, tincidunt varius justo. In hac habitasse platea dictumst. Integer at adipiscing ante, a
        sagittis ligula. Aenean pharetra tempor ante molestie imperdiet. Vivamus id aliquam diam. Cras quis velit non
        tortor eleifend sagittis. Praesent at enim pharetra urna volutpat venenatis eget eget mauris. In eleifend
        fermentum facilisis. Praesent enim enim, gravida ac sodales sed, placerat id erat. Suspendisse lacus dolor,
        consectetur non augue vel, vehicula interdum libero. Morbi euismod sagittis libero sed lacinia.

        Sed tempus felis lobortis leo pulvinar rutrum. Nam mattis velit nisl, eu condimentum ligula luctus nec.
        Phasellus semper velit eget aliquet faucibus. In a mattis elit. Phasellus vel urna viverra, condimentum lorem
        id, rhoncus nibh. Ut pellentesque posuere elementum. Sed a varius odio. Morbi rhoncus ligula libero, vel
        eleifend nunc tristique vitae. Fusce et sem dui. Aenean nec scelerisque tortor. Fusce malesuada accumsan magna
        vel tempus. Quisque mollis felis eu dolor tristique, sit amet auctor felis gravida. Sed libero lorem, molestie
        sed nisl in, accumsan tempor nisi. Fusce sollicitudin massa ut lacinia mattis. Sed vel eleifend lorem.
        Pellentesque vitae felis pretium, pulvinar elit eu, euismod sapien.

        `GET /pets` (operationId: `findPets`)

        Args:
            tags: tags to filter by (query `tags`)
            limit: maximum number of results to return (query `limit`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: pet response

        Raises:
            APIStatusError: 文書化されたエラー応答（default）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.find_pets(tags=tags, limit=limit, timeout=timeout, max_retries=max_retries)
        ).parse()

    async def add_pet(
        self, *, body: models.NewPet, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.Pet:
        """addPet

        Creates a new pet in the store. Duplicates are allowed

        `POST /pets` (operationId: `addPet`)

        Args:
            body: Pet to add to the store (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: pet response

        Raises:
            APIStatusError: 文書化されたエラー応答（default）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (await self.with_raw_response.add_pet(body=body, timeout=timeout, max_retries=max_retries)).parse()

    async def find_pet_by_id(
        self, id: int, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.Pet:
        """find pet by id

        Returns a user based on a single ID, if the user does not have access to the pet

        `GET /pets/{id}` (operationId: `find pet by id`)

        Args:
            id: ID of pet to fetch (path `id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: pet response

        Raises:
            APIStatusError: 文書化されたエラー応答（default）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (await self.with_raw_response.find_pet_by_id(id=id, timeout=timeout, max_retries=max_retries)).parse()

    async def delete_pet(
        self, id: int, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> None:
        """deletePet

        deletes a single pet based on the ID supplied

        `DELETE /pets/{id}` (operationId: `deletePet`)

        Args:
            id: ID of pet to delete (path `id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            204: pet deleted

        Raises:
            APIStatusError: 文書化されたエラー応答（default）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        (await self.with_raw_response.delete_pet(id=id, timeout=timeout, max_retries=max_retries)).parse()


class AsyncV30PetstoreExpandedClientWithRawResponse:
    """AsyncV30PetstoreExpandedClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncV30PetstoreExpandedClient) -> None:
        self._client = client

    async def find_pets(
        self,
        *,
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[list[models.Pet]]:
        """find_pets() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[list[models.Pet]]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/pets",
                    {},
                    {
                        "tags": tags,
                        "limit": limit,
                    },
                    {},
                    UNSET,
                    None,
                    {"200": list[models.Pet]},
                ),
                timeout,
                max_retries,
            ),
        )

    async def add_pet(
        self, *, body: models.NewPet, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.Pet]:
        """add_pet() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Pet]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/pets",
                    {},
                    {},
                    {},
                    body,
                    "application/json",
                    {"200": models.Pet},
                ),
                timeout,
                max_retries,
            ),
        )

    async def find_pet_by_id(
        self, id: int, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.Pet]:
        """find_pet_by_id() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Pet]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/pets/{id}",
                    {
                        "id": id,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.Pet},
                ),
                timeout,
                max_retries,
            ),
        )

    async def delete_pet(
        self, id: int, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[None]:
        """delete_pet() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            await self._client._send_raw(
                Call(
                    "DELETE",
                    "/pets/{id}",
                    {
                        "id": id,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"204": None},
                ),
                timeout,
                max_retries,
            ),
        )
