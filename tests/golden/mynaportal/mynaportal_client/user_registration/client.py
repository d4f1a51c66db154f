"""利用者登録等API (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import cast
from uuid import UUID

import httpx

from .._base import AsyncTransport, Call, SyncTransport
from .._ratelimit import RateLimiter
from .._response import RawResponse
from .._retry import DEFAULT_MAX_RETRIES
from .._types import UNSET, Unset, VerifyTypes
from . import models

__all__ = [
    "SERVERS",
    "UserRegistrationClient",
    "AsyncUserRegistrationClient",
    "UserRegistrationClientWithRawResponse",
    "AsyncUserRegistrationClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/user-registration",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/user-registration",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/user-registration",  # 本番環境（ホスト名は例示）
)


def _server(base_url: str | None, server: int) -> str:
    if base_url is not None:
        return base_url
    if not SERVERS or not 0 <= server < len(SERVERS):
        raise ValueError(f"server must be 0..{len(SERVERS) - 1} or pass base_url=")
    url = SERVERS[server]
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"the document's server {url!r} is relative: pass base_url=")
    return url


class UserRegistrationClient(SyncTransport):
    """利用者登録等API のクライアント。

    利用者登録等API
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
    def with_raw_response(self) -> UserRegistrationClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return UserRegistrationClientWithRawResponse(self)

    def terms_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.TermsOfUse:
        """利用規約の現行版数を取得する

        マイナポータル利用規約の現行版の版数・適用開始日・改定概要を取得します。
        事業者サービスが登録画面へ遷移する前の案内表示や、登録状況照会の `agreedTermsVersion` との比較に使います。
        利用者の同意を要しないため、相互TLSによるクライアント認証のみで呼び出せます。

        `GET /terms/current` (operationId: `userRegistrationTermsGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 利用規約の現行版。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.terms_get(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def status_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.UserRegistrationStatus:
        """利用者登録状況を照会する

        アクセストークンの利用者について、マイナポータルの利用者登録が完了しているか、同意済みの利用規約の版数、
        再同意の要否を照会します。`status` が `registered` かつ `reagreementRequired` が false であれば、
        利用者登録を前提とするAPI（#4、#5、#6、#7 等）をそのまま利用できます。

        `GET /registration-status` (operationId: `userRegistrationStatusGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 利用者登録状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.status_get(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def session_create(
        self,
        *,
        body: models.RegistrationSessionRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.RegistrationSession:
        """利用者登録セッションを開始する

        利用者登録（または利用規約の再同意）のための登録セッションを作成し、利用者のブラウザを遷移させる
        `registrationUrl` を返します。
        セッションの有効期限は作成から10分（例示）で、1回だけ使用できます。
        既に登録済みで再同意も不要な利用者について要求した場合は、登録画面を経由しない完了済みのセッション
        （`status` が `alreadyRegistered`、`registrationUrl` が null）を記録して HTTP 200 で返します。
        この場合は利用者をそのまま目的のAPIの利用へ進めてください。

        `POST /registration-sessions` (operationId: `userRegistrationSessionCreate`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 登録セッションの作成内容。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 登録セッションを作成した。`registrationUrl` へ利用者のブラウザを遷移させる。; 200: 既に登録済みで
                再同意も不要なため、登録画面を経由しない完了済み（alreadyRegistered）のセッションを返した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.session_create(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def session_get(
        self,
        registration_session_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.RegistrationSession:
        """利用者登録の結果を確認する

        登録画面から `redirectUri` へ戻った後、登録セッションの結果をサーバ間で確認します。
        戻りのクエリ（`result`）は利用者のブラウザを経由するため、これだけで登録完了と判断してはいけません。
        `status` が `completed` または `alreadyRegistered` であれば、利用者登録を前提とするAPIへ進めます。
        セッションの情報は作成から24時間（例示）照会できます。

        `GET /registration-sessions/{registrationSessionId}` (operationId: `userRegistrationSessionGet`)

        Args:
            registration_session_id: 登録セッションID。 (path `registrationSessionId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 登録セッションの状態と結果。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.session_get(
            registration_session_id=registration_session_id,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def start(
        self,
        *,
        registration_session_id: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """利用者登録画面へ遷移する

        **ブラウザで呼び出す**エンドポイントです（`registrationUrl` そのもの）。マイナポータルは次の画面を表示します。

        1. 同意フローで認証した利用者と同じ利用者であることの確認（マイナンバーカードの再読み取り、
           またはスマホ用電子証明書による生体認証。同意直後は省略される場合がある）。
        2. マイナポータル利用規約の表示と同意（`purpose: termsReagreement` の場合は改定内容と再同意）。
        3. お知らせ通知用メールアドレスの登録（任意）。

        完了・中止・失敗のいずれでも、`redirectUri` に次のクエリを付けて 302 で戻ります。
        - `registrationSessionId` — 登録セッションID
        - `state` — セッション作成時に指定した値（一致を検証すること）
        - `result` — `completed`（完了）、`cancelled`（中止）、`failed`（失敗）

        登録セッションが存在しない・期限切れ・使用済みの場合はリダイレクトせずエラー画面（400）を表示します。

        `GET /registration/start` (operationId: `userRegistrationStart`)

        Args:
            registration_session_id: POST /registration-sessions で払い出された登録セッションID（registrationUrl
                に含まれる）。 (query `registrationSessionId`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: 登録画面での操作後、事業者の `redirectUri` へのリダイレクト（`registrationSessionId`、`state`、
                `result` を付与）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.start(
            registration_session_id=registration_session_id, timeout=timeout, max_retries=max_retries
        ).parse()


class UserRegistrationClientWithRawResponse:
    """UserRegistrationClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: UserRegistrationClient) -> None:
        self._client = client

    def terms_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.TermsOfUse]:
        """terms_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.TermsOfUse]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/terms/current",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.TermsOfUse},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def status_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.UserRegistrationStatus]:
        """status_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.UserRegistrationStatus]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/registration-status",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.UserRegistrationStatus},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def session_create(
        self,
        *,
        body: models.RegistrationSessionRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.RegistrationSession]:
        """session_create() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.RegistrationSession]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/registration-sessions",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"201": models.RegistrationSession, "200": models.RegistrationSession},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def session_get(
        self,
        registration_session_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.RegistrationSession]:
        """session_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.RegistrationSession]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/registration-sessions/{registrationSessionId}",
                    {
                        "registrationSessionId": registration_session_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.RegistrationSession},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def start(
        self,
        *,
        registration_session_id: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """start() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/registration/start",
                    {},
                    {
                        "registrationSessionId": registration_session_id,
                    },
                    {},
                    UNSET,
                    None,
                    {"302": str},
                    security=(),
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncUserRegistrationClient(AsyncTransport):
    """利用者登録等API のクライアント（非同期）。

    利用者登録等API
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
    def with_raw_response(self) -> AsyncUserRegistrationClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncUserRegistrationClientWithRawResponse(self)

    async def terms_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.TermsOfUse:
        """利用規約の現行版数を取得する

        マイナポータル利用規約の現行版の版数・適用開始日・改定概要を取得します。
        事業者サービスが登録画面へ遷移する前の案内表示や、登録状況照会の `agreedTermsVersion` との比較に使います。
        利用者の同意を要しないため、相互TLSによるクライアント認証のみで呼び出せます。

        `GET /terms/current` (operationId: `userRegistrationTermsGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 利用規約の現行版。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.terms_get(x_request_id=x_request_id, timeout=timeout, max_retries=max_retries)
        ).parse()

    async def status_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.UserRegistrationStatus:
        """利用者登録状況を照会する

        アクセストークンの利用者について、マイナポータルの利用者登録が完了しているか、同意済みの利用規約の版数、
        再同意の要否を照会します。`status` が `registered` かつ `reagreementRequired` が false であれば、
        利用者登録を前提とするAPI（#4、#5、#6、#7 等）をそのまま利用できます。

        `GET /registration-status` (operationId: `userRegistrationStatusGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 利用者登録状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.status_get(x_request_id=x_request_id, timeout=timeout, max_retries=max_retries)
        ).parse()

    async def session_create(
        self,
        *,
        body: models.RegistrationSessionRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.RegistrationSession:
        """利用者登録セッションを開始する

        利用者登録（または利用規約の再同意）のための登録セッションを作成し、利用者のブラウザを遷移させる
        `registrationUrl` を返します。
        セッションの有効期限は作成から10分（例示）で、1回だけ使用できます。
        既に登録済みで再同意も不要な利用者について要求した場合は、登録画面を経由しない完了済みのセッション
        （`status` が `alreadyRegistered`、`registrationUrl` が null）を記録して HTTP 200 で返します。
        この場合は利用者をそのまま目的のAPIの利用へ進めてください。

        `POST /registration-sessions` (operationId: `userRegistrationSessionCreate`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 登録セッションの作成内容。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 登録セッションを作成した。`registrationUrl` へ利用者のブラウザを遷移させる。; 200: 既に登録済みで
                再同意も不要なため、登録画面を経由しない完了済み（alreadyRegistered）のセッションを返した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.session_create(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def session_get(
        self,
        registration_session_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.RegistrationSession:
        """利用者登録の結果を確認する

        登録画面から `redirectUri` へ戻った後、登録セッションの結果をサーバ間で確認します。
        戻りのクエリ（`result`）は利用者のブラウザを経由するため、これだけで登録完了と判断してはいけません。
        `status` が `completed` または `alreadyRegistered` であれば、利用者登録を前提とするAPIへ進めます。
        セッションの情報は作成から24時間（例示）照会できます。

        `GET /registration-sessions/{registrationSessionId}` (operationId: `userRegistrationSessionGet`)

        Args:
            registration_session_id: 登録セッションID。 (path `registrationSessionId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 登録セッションの状態と結果。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.session_get(
                registration_session_id=registration_session_id,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def start(
        self,
        *,
        registration_session_id: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """利用者登録画面へ遷移する

        **ブラウザで呼び出す**エンドポイントです（`registrationUrl` そのもの）。マイナポータルは次の画面を表示します。

        1. 同意フローで認証した利用者と同じ利用者であることの確認（マイナンバーカードの再読み取り、
           またはスマホ用電子証明書による生体認証。同意直後は省略される場合がある）。
        2. マイナポータル利用規約の表示と同意（`purpose: termsReagreement` の場合は改定内容と再同意）。
        3. お知らせ通知用メールアドレスの登録（任意）。

        完了・中止・失敗のいずれでも、`redirectUri` に次のクエリを付けて 302 で戻ります。
        - `registrationSessionId` — 登録セッションID
        - `state` — セッション作成時に指定した値（一致を検証すること）
        - `result` — `completed`（完了）、`cancelled`（中止）、`failed`（失敗）

        登録セッションが存在しない・期限切れ・使用済みの場合はリダイレクトせずエラー画面（400）を表示します。

        `GET /registration/start` (operationId: `userRegistrationStart`)

        Args:
            registration_session_id: POST /registration-sessions で払い出された登録セッションID（registrationUrl
                に含まれる）。 (query `registrationSessionId`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: 登録画面での操作後、事業者の `redirectUri` へのリダイレクト（`registrationSessionId`、`state`、
                `result` を付与）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.start(
                registration_session_id=registration_session_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()


class AsyncUserRegistrationClientWithRawResponse:
    """AsyncUserRegistrationClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncUserRegistrationClient) -> None:
        self._client = client

    async def terms_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.TermsOfUse]:
        """terms_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.TermsOfUse]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/terms/current",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.TermsOfUse},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def status_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.UserRegistrationStatus]:
        """status_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.UserRegistrationStatus]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/registration-status",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.UserRegistrationStatus},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def session_create(
        self,
        *,
        body: models.RegistrationSessionRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.RegistrationSession]:
        """session_create() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.RegistrationSession]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/registration-sessions",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"201": models.RegistrationSession, "200": models.RegistrationSession},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def session_get(
        self,
        registration_session_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.RegistrationSession]:
        """session_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.RegistrationSession]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/registration-sessions/{registrationSessionId}",
                    {
                        "registrationSessionId": registration_session_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.RegistrationSession},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def start(
        self,
        *,
        registration_session_id: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """start() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/registration/start",
                    {},
                    {
                        "registrationSessionId": registration_session_id,
                    },
                    {},
                    UNSET,
                    None,
                    {"302": str},
                    security=(),
                ),
                timeout,
                max_retries,
            ),
        )
