"""Link Example (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Literal, cast

import httpx

from .._base import AsyncTransport, Call, SyncTransport
from .._ratelimit import RateLimiter
from .._response import RawResponse
from .._retry import DEFAULT_MAX_RETRIES
from .._types import UNSET, Unset, VerifyTypes
from . import models

__all__ = [
    "SERVERS",
    "V30LinkExampleClient",
    "AsyncV30LinkExampleClient",
    "V30LinkExampleClientWithRawResponse",
    "AsyncV30LinkExampleClientWithRawResponse",
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


class V30LinkExampleClient(SyncTransport):
    """Link Example のクライアント。

    Link Example
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
    def with_raw_response(self) -> V30LinkExampleClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return V30LinkExampleClientWithRawResponse(self)

    def get_user_by_name(
        self, username: str, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.User:
        """getUserByName

        `GET /2.0/users/{username}` (operationId: `getUserByName`)

        Args:
            username: username (path `username`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: The User

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_user_by_name(
            username=username, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_repositories_by_owner(
        self, username: str, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> list[models.Repository]:
        """getRepositoriesByOwner

        `GET /2.0/repositories/{username}` (operationId: `getRepositoriesByOwner`)

        Args:
            username: username (path `username`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: repositories owned by the supplied user

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_repositories_by_owner(
            username=username, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_repository(
        self,
        username: str,
        slug: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Repository:
        """getRepository

        `GET /2.0/repositories/{username}/{slug}` (operationId: `getRepository`)

        Args:
            username: username (path `username`)
            slug: slug (path `slug`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: The repository

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_repository(
            username=username, slug=slug, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_pull_requests_by_repository(
        self,
        username: str,
        slug: str,
        *,
        state: Literal["open", "merged", "declined"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[models.Pullrequest]:
        """getPullRequestsByRepository

        `GET /2.0/repositories/{username}/{slug}/pullrequests` (operationId: `getPullRequestsByRepository`)

        Args:
            username: username (path `username`)
            slug: slug (path `slug`)
            state: state (query `state`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: an array of pull request objects

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_pull_requests_by_repository(
            username=username, slug=slug, state=state, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_pull_requests_by_id(
        self,
        username: str,
        slug: str,
        pid: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Pullrequest:
        """getPullRequestsById

        `GET /2.0/repositories/{username}/{slug}/pullrequests/{pid}` (operationId: `getPullRequestsById`)

        Args:
            username: username (path `username`)
            slug: slug (path `slug`)
            pid: pid (path `pid`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: a pull request object

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_pull_requests_by_id(
            username=username, slug=slug, pid=pid, timeout=timeout, max_retries=max_retries
        ).parse()

    def merge_pull_request(
        self,
        username: str,
        slug: str,
        pid: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """mergePullRequest

        `POST /2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge` (operationId: `mergePullRequest`)

        Args:
            username: username (path `username`)
            slug: slug (path `slug`)
            pid: pid (path `pid`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            204: the PR was successfully merged

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        self.with_raw_response.merge_pull_request(
            username=username, slug=slug, pid=pid, timeout=timeout, max_retries=max_retries
        ).parse()


class V30LinkExampleClientWithRawResponse:
    """V30LinkExampleClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: V30LinkExampleClient) -> None:
        self._client = client

    def get_user_by_name(
        self, username: str, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.User]:
        """get_user_by_name() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.User]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/users/{username}",
                    {
                        "username": username,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.User},
                ),
                timeout,
                max_retries,
            ),
        )

    def get_repositories_by_owner(
        self, username: str, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[list[models.Repository]]:
        """get_repositories_by_owner() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[list[models.Repository]]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/repositories/{username}",
                    {
                        "username": username,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": list[models.Repository]},
                ),
                timeout,
                max_retries,
            ),
        )

    def get_repository(
        self,
        username: str,
        slug: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Repository]:
        """get_repository() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Repository]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/repositories/{username}/{slug}",
                    {
                        "username": username,
                        "slug": slug,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.Repository},
                ),
                timeout,
                max_retries,
            ),
        )

    def get_pull_requests_by_repository(
        self,
        username: str,
        slug: str,
        *,
        state: Literal["open", "merged", "declined"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[list[models.Pullrequest]]:
        """get_pull_requests_by_repository() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[list[models.Pullrequest]]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/repositories/{username}/{slug}/pullrequests",
                    {
                        "username": username,
                        "slug": slug,
                    },
                    {
                        "state": state,
                    },
                    {},
                    UNSET,
                    None,
                    {"200": list[models.Pullrequest]},
                ),
                timeout,
                max_retries,
            ),
        )

    def get_pull_requests_by_id(
        self,
        username: str,
        slug: str,
        pid: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Pullrequest]:
        """get_pull_requests_by_id() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Pullrequest]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/repositories/{username}/{slug}/pullrequests/{pid}",
                    {
                        "username": username,
                        "slug": slug,
                        "pid": pid,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.Pullrequest},
                ),
                timeout,
                max_retries,
            ),
        )

    def merge_pull_request(
        self,
        username: str,
        slug: str,
        pid: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """merge_pull_request() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge",
                    {
                        "username": username,
                        "slug": slug,
                        "pid": pid,
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


class AsyncV30LinkExampleClient(AsyncTransport):
    """Link Example のクライアント（非同期）。

    Link Example
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
    def with_raw_response(self) -> AsyncV30LinkExampleClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncV30LinkExampleClientWithRawResponse(self)

    async def get_user_by_name(
        self, username: str, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.User:
        """getUserByName

        `GET /2.0/users/{username}` (operationId: `getUserByName`)

        Args:
            username: username (path `username`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: The User

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_user_by_name(username=username, timeout=timeout, max_retries=max_retries)
        ).parse()

    async def get_repositories_by_owner(
        self, username: str, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> list[models.Repository]:
        """getRepositoriesByOwner

        `GET /2.0/repositories/{username}` (operationId: `getRepositoriesByOwner`)

        Args:
            username: username (path `username`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: repositories owned by the supplied user

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_repositories_by_owner(
                username=username, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_repository(
        self,
        username: str,
        slug: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Repository:
        """getRepository

        `GET /2.0/repositories/{username}/{slug}` (operationId: `getRepository`)

        Args:
            username: username (path `username`)
            slug: slug (path `slug`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: The repository

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_repository(
                username=username, slug=slug, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_pull_requests_by_repository(
        self,
        username: str,
        slug: str,
        *,
        state: Literal["open", "merged", "declined"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[models.Pullrequest]:
        """getPullRequestsByRepository

        `GET /2.0/repositories/{username}/{slug}/pullrequests` (operationId: `getPullRequestsByRepository`)

        Args:
            username: username (path `username`)
            slug: slug (path `slug`)
            state: state (query `state`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: an array of pull request objects

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_pull_requests_by_repository(
                username=username, slug=slug, state=state, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_pull_requests_by_id(
        self,
        username: str,
        slug: str,
        pid: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Pullrequest:
        """getPullRequestsById

        `GET /2.0/repositories/{username}/{slug}/pullrequests/{pid}` (operationId: `getPullRequestsById`)

        Args:
            username: username (path `username`)
            slug: slug (path `slug`)
            pid: pid (path `pid`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: a pull request object

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_pull_requests_by_id(
                username=username, slug=slug, pid=pid, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def merge_pull_request(
        self,
        username: str,
        slug: str,
        pid: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """mergePullRequest

        `POST /2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge` (operationId: `mergePullRequest`)

        Args:
            username: username (path `username`)
            slug: slug (path `slug`)
            pid: pid (path `pid`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            204: the PR was successfully merged

        Raises:
            APIStatusError: 文書化されたエラー応答（なし）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        (
            await self.with_raw_response.merge_pull_request(
                username=username, slug=slug, pid=pid, timeout=timeout, max_retries=max_retries
            )
        ).parse()


class AsyncV30LinkExampleClientWithRawResponse:
    """AsyncV30LinkExampleClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncV30LinkExampleClient) -> None:
        self._client = client

    async def get_user_by_name(
        self, username: str, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.User]:
        """get_user_by_name() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.User]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/users/{username}",
                    {
                        "username": username,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.User},
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_repositories_by_owner(
        self, username: str, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[list[models.Repository]]:
        """get_repositories_by_owner() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[list[models.Repository]]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/repositories/{username}",
                    {
                        "username": username,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": list[models.Repository]},
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_repository(
        self,
        username: str,
        slug: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Repository]:
        """get_repository() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Repository]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/repositories/{username}/{slug}",
                    {
                        "username": username,
                        "slug": slug,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.Repository},
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_pull_requests_by_repository(
        self,
        username: str,
        slug: str,
        *,
        state: Literal["open", "merged", "declined"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[list[models.Pullrequest]]:
        """get_pull_requests_by_repository() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[list[models.Pullrequest]]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/repositories/{username}/{slug}/pullrequests",
                    {
                        "username": username,
                        "slug": slug,
                    },
                    {
                        "state": state,
                    },
                    {},
                    UNSET,
                    None,
                    {"200": list[models.Pullrequest]},
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_pull_requests_by_id(
        self,
        username: str,
        slug: str,
        pid: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Pullrequest]:
        """get_pull_requests_by_id() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Pullrequest]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/2.0/repositories/{username}/{slug}/pullrequests/{pid}",
                    {
                        "username": username,
                        "slug": slug,
                        "pid": pid,
                    },
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.Pullrequest},
                ),
                timeout,
                max_retries,
            ),
        )

    async def merge_pull_request(
        self,
        username: str,
        slug: str,
        pid: str,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """merge_pull_request() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge",
                    {
                        "username": username,
                        "slug": slug,
                        "pid": pid,
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
