"""期間連携API (1.1.0): generated client. Do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import cast
from uuid import UUID

import httpx
import pydantic

from .._base import AsyncTransport, Call, SyncTransport, comma_joined
from .._ratelimit import RateLimiter
from .._response import RawResponse
from .._retry import DEFAULT_MAX_RETRIES
from .._types import UNSET, Unset, VerifyTypes
from . import models

__all__ = [
    "SERVERS",
    "PeriodicLinkageClient",
    "AsyncPeriodicLinkageClient",
    "PeriodicLinkageClientWithRawResponse",
    "AsyncPeriodicLinkageClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/periodic-linkage",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp",  # 本番環境（ホスト名は例示）
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


class PeriodicLinkageClient(SyncTransport):
    """期間連携API のクライアント。

    期間連携API
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
    def with_raw_response(self) -> PeriodicLinkageClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return PeriodicLinkageClientWithRawResponse(self)

    def issue_token(
        self,
        *,
        body: models.AuthorizationCodeGrantRequest | models.RefreshTokenGrantRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.PeriodicTokenResponse:
        """トークンを取得・更新する

        2種類のグラントを受け付けます（`application/x-www-form-urlencoded`、クライアント認証は相互TLS）。

        - `authorization_code`：スコープ `periodic:medical` を含む同意の認可コードを交換し、アクセストークン、
          リフレッシュトークン、同意ID（`consent_id`）を得ます。
        - `refresh_token`：リフレッシュトークンを使って新しいアクセストークンと **新しいリフレッシュトークン** を得ま
        す。
          使ったリフレッシュトークンはその時点で無効になります（単回使用）。

        **再使用の検知**：すでに使用されたリフレッシュトークンを提示すると `400 invalid_grant` が返り、同時にその同意
        の
        すべてのトークンが失効し、同意は `revoked`（`fraud_detected`）になります。期限切れ（同意から90日経過）・
        撤回済みの同意のトークンも `invalid_grant` です。`invalid_grant` を受けたら同意状況APIで状態を確認し、
        利用者に再同意を案内してください。

        アクセストークンの有効期間は例示で600秒。`refresh_token_expires_in` は同意の有効期限までの残り秒数で、
        ローテーションしても延長されません。

        `POST /online-authorization-web/oauth/token` (operationId: `periodicLinkageIssueToken`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/x-www-form-urlencoded)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: トークンを発行した。refresh_token は必ず新しい値で置き換えて暗号化保存すること。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.issue_token(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def revoke_token(
        self,
        *,
        body: models.RevocationRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """同意に基づくトークンを失効させる

        RFC 7009 に準拠したトークン失効エンドポイントです。リフレッシュトークンを指定すると、その同意に基づく
        すべてのトークンが失効し、同意は `revoked` になります（アクセストークンを指定した場合も同意全体を失効させます
        ）。
        呼び出すべき場面：

        - 利用者が事業者の同意画面で連携を停止した（`revocation_reason=user_withdrawal`）
        - 事業者がトークンの漏えい・不正利用を検知した（`fraud_detected`）
        - 利用者の退会・サービス終了など事業者側の事情（`business_request`）

        RFC 7009 に従い、既に無効なトークンを指定しても `200` を返します（存在有無を推測させないため）。
        失効後はトークンを速やかに削除してください。`revocation_reason` は本仕様の拡張パラメータ（例示）です。

        `POST /online-authorization-web/oauth/revoke` (operationId: `periodicLinkageRevokeToken`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/x-www-form-urlencoded)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 失効を受け付けた（トークンが既に無効だった場合も含む）。本文なし。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        self.with_raw_response.revoke_token(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_consents(
        self,
        *,
        status: models.ConsentStatus | Unset = UNSET,
        expires_before: datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ConsentList:
        """同意の一覧を取得する

        事業者（サービスID）単位で、期間連携の同意を一覧します。自社の同意画面・トークン保管庫との突合や、
        有効期限が近い利用者への再同意の案内に使います。個人を特定する情報は含みません（同意IDで突合）。
        クライアント証明書（相互TLS）で認証し、アクセストークンは不要です。

        `GET /online-resource-web/periodic/consents` (operationId: `periodicLinkageListConsents`)

        Args:
            status: 同意の状態で絞り込む。省略時はすべて。 (query `status`)
            expires_before: 有効期限がこの日時より前の同意に絞り込む（再同意案内の対象抽出用）。 (query
                `expiresBefore`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 同意の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_consents(
            status=status,
            expires_before=expires_before,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_consent(
        self,
        consent_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Consent:
        """同意状況を確認する

        同意IDを指定して、同意日時、有効期限（同意日時 + 90日）、状態（active / expired / revoked）、
        撤回日時と理由を返します。`invalid_grant` を受けた後の原因確認（期限切れか、撤回か、再使用検知か）や、
        同意画面の表示に使います。クライアント証明書（相互TLS）で認証し、トークンが失効した後でも照会できます。
        他の事業者（サービスID）の同意IDを指定すると 404 です。

        `GET /online-resource-web/periodic/consents/{consentId}` (operationId: `periodicLinkageGetConsent`)

        Args:
            consent_id: 同意ID（トークン応答の consent_id）。形式は例示。 (path `consentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 同意状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_consent(
            consent_id=consent_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_updates(
        self,
        *,
        since: datetime | Unset = UNSET,
        categories: list[models.PeriodicDataCategory] | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.PeriodicUpdates:
        """更新された医療保険情報を取得する

        同意期間内に、指定日時（`since`）以降に反映・更新された医療保険情報を取得します。
        対象は薬剤情報（処方・調剤）、特定健診情報、医療費通知情報で、同意されたスコープの範囲に限ります。
        アクセストークン（期間連携で更新したもの）と相互TLSの両方が必要です。

        - `since` は同意日時より前を指定できません。ただし同意直後の初回取得に限り、薬剤情報のうち電子処方箋由来の情報
          （処方・調剤・院内処方）は #6 と同じく **過去100日分** を遡って取得できます（`since` 省略時の既定）。
          レセプト由来の情報には100日の上限はなく、遡れる範囲は #6 と同じく項目により異なります（例示）。
        - 応答の `until` を次回の `since` に使うと、取りこぼしなく差分取得できます。
        - 事業者ごとのTPS上限（値は例示：10 TPS）を超えた要求には、本書では `429` と `Retry-After` を返します（応答の
        形は例示）。
          多数の利用者を定期取得する場合は、`periodicDataUpdated` Webhook を契機にするか、時間分散させてください。

        `GET /online-resource-web/periodic/updates` (operationId: `periodicLinkageGetUpdates`)

        Args:
            since: この日時以降に反映・更新された情報を返す（RFC 3339）。省略時は同意直後の初回取得とみなし、電子
                処方箋由来の薬剤情報は過去100日分。 (query `since`)
            categories: 取得する情報区分（カンマ区切り）。省略時は同意されたすべての区分。 (query `categories`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 更新分の医療保険情報。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_updates(
            since=since,
            categories=categories,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    @staticmethod
    def parse_consent_revoked_notification(payload: bytes | str) -> models.ConsentRevokedEvent:
        """同意の失効通知を受ける（Webhook `periodicConsentRevoked` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ConsentRevokedEvent).validate_json(payload)

    @staticmethod
    def parse_data_updated_notification(payload: bytes | str) -> models.DataUpdatedEvent:
        """医療保険情報の更新通知を受ける（Webhook `periodicDataUpdated` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.DataUpdatedEvent).validate_json(payload)


class PeriodicLinkageClientWithRawResponse:
    """PeriodicLinkageClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: PeriodicLinkageClient) -> None:
        self._client = client

    def issue_token(
        self,
        *,
        body: models.AuthorizationCodeGrantRequest | models.RefreshTokenGrantRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.PeriodicTokenResponse]:
        """issue_token() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PeriodicTokenResponse]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/online-authorization-web/oauth/token",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/x-www-form-urlencoded",
                    {"200": models.PeriodicTokenResponse},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def revoke_token(
        self,
        *,
        body: models.RevocationRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """revoke_token() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/online-authorization-web/oauth/revoke",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/x-www-form-urlencoded",
                    {"200": None},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_consents(
        self,
        *,
        status: models.ConsentStatus | Unset = UNSET,
        expires_before: datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ConsentList]:
        """list_consents() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ConsentList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/online-resource-web/periodic/consents",
                    {},
                    {
                        "status": status,
                        "expiresBefore": expires_before,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ConsentList},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_consent(
        self,
        consent_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Consent]:
        """get_consent() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Consent]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/online-resource-web/periodic/consents/{consentId}",
                    {
                        "consentId": consent_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Consent},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_updates(
        self,
        *,
        since: datetime | Unset = UNSET,
        categories: list[models.PeriodicDataCategory] | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.PeriodicUpdates]:
        """get_updates() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PeriodicUpdates]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/online-resource-web/periodic/updates",
                    {},
                    {
                        "since": since,
                        "categories": comma_joined(categories),
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.PeriodicUpdates},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncPeriodicLinkageClient(AsyncTransport):
    """期間連携API のクライアント（非同期）。

    期間連携API
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
    def with_raw_response(self) -> AsyncPeriodicLinkageClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncPeriodicLinkageClientWithRawResponse(self)

    async def issue_token(
        self,
        *,
        body: models.AuthorizationCodeGrantRequest | models.RefreshTokenGrantRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.PeriodicTokenResponse:
        """トークンを取得・更新する

        2種類のグラントを受け付けます（`application/x-www-form-urlencoded`、クライアント認証は相互TLS）。

        - `authorization_code`：スコープ `periodic:medical` を含む同意の認可コードを交換し、アクセストークン、
          リフレッシュトークン、同意ID（`consent_id`）を得ます。
        - `refresh_token`：リフレッシュトークンを使って新しいアクセストークンと **新しいリフレッシュトークン** を得ま
        す。
          使ったリフレッシュトークンはその時点で無効になります（単回使用）。

        **再使用の検知**：すでに使用されたリフレッシュトークンを提示すると `400 invalid_grant` が返り、同時にその同意
        の
        すべてのトークンが失効し、同意は `revoked`（`fraud_detected`）になります。期限切れ（同意から90日経過）・
        撤回済みの同意のトークンも `invalid_grant` です。`invalid_grant` を受けたら同意状況APIで状態を確認し、
        利用者に再同意を案内してください。

        アクセストークンの有効期間は例示で600秒。`refresh_token_expires_in` は同意の有効期限までの残り秒数で、
        ローテーションしても延長されません。

        `POST /online-authorization-web/oauth/token` (operationId: `periodicLinkageIssueToken`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/x-www-form-urlencoded)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: トークンを発行した。refresh_token は必ず新しい値で置き換えて暗号化保存すること。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.issue_token(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def revoke_token(
        self,
        *,
        body: models.RevocationRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """同意に基づくトークンを失効させる

        RFC 7009 に準拠したトークン失効エンドポイントです。リフレッシュトークンを指定すると、その同意に基づく
        すべてのトークンが失効し、同意は `revoked` になります（アクセストークンを指定した場合も同意全体を失効させます
        ）。
        呼び出すべき場面：

        - 利用者が事業者の同意画面で連携を停止した（`revocation_reason=user_withdrawal`）
        - 事業者がトークンの漏えい・不正利用を検知した（`fraud_detected`）
        - 利用者の退会・サービス終了など事業者側の事情（`business_request`）

        RFC 7009 に従い、既に無効なトークンを指定しても `200` を返します（存在有無を推測させないため）。
        失効後はトークンを速やかに削除してください。`revocation_reason` は本仕様の拡張パラメータ（例示）です。

        `POST /online-authorization-web/oauth/revoke` (operationId: `periodicLinkageRevokeToken`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/x-www-form-urlencoded)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 失効を受け付けた（トークンが既に無効だった場合も含む）。本文なし。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        (
            await self.with_raw_response.revoke_token(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_consents(
        self,
        *,
        status: models.ConsentStatus | Unset = UNSET,
        expires_before: datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ConsentList:
        """同意の一覧を取得する

        事業者（サービスID）単位で、期間連携の同意を一覧します。自社の同意画面・トークン保管庫との突合や、
        有効期限が近い利用者への再同意の案内に使います。個人を特定する情報は含みません（同意IDで突合）。
        クライアント証明書（相互TLS）で認証し、アクセストークンは不要です。

        `GET /online-resource-web/periodic/consents` (operationId: `periodicLinkageListConsents`)

        Args:
            status: 同意の状態で絞り込む。省略時はすべて。 (query `status`)
            expires_before: 有効期限がこの日時より前の同意に絞り込む（再同意案内の対象抽出用）。 (query
                `expiresBefore`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 同意の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_consents(
                status=status,
                expires_before=expires_before,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_consent(
        self,
        consent_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Consent:
        """同意状況を確認する

        同意IDを指定して、同意日時、有効期限（同意日時 + 90日）、状態（active / expired / revoked）、
        撤回日時と理由を返します。`invalid_grant` を受けた後の原因確認（期限切れか、撤回か、再使用検知か）や、
        同意画面の表示に使います。クライアント証明書（相互TLS）で認証し、トークンが失効した後でも照会できます。
        他の事業者（サービスID）の同意IDを指定すると 404 です。

        `GET /online-resource-web/periodic/consents/{consentId}` (operationId: `periodicLinkageGetConsent`)

        Args:
            consent_id: 同意ID（トークン応答の consent_id）。形式は例示。 (path `consentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 同意状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_consent(
                consent_id=consent_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_updates(
        self,
        *,
        since: datetime | Unset = UNSET,
        categories: list[models.PeriodicDataCategory] | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.PeriodicUpdates:
        """更新された医療保険情報を取得する

        同意期間内に、指定日時（`since`）以降に反映・更新された医療保険情報を取得します。
        対象は薬剤情報（処方・調剤）、特定健診情報、医療費通知情報で、同意されたスコープの範囲に限ります。
        アクセストークン（期間連携で更新したもの）と相互TLSの両方が必要です。

        - `since` は同意日時より前を指定できません。ただし同意直後の初回取得に限り、薬剤情報のうち電子処方箋由来の情報
          （処方・調剤・院内処方）は #6 と同じく **過去100日分** を遡って取得できます（`since` 省略時の既定）。
          レセプト由来の情報には100日の上限はなく、遡れる範囲は #6 と同じく項目により異なります（例示）。
        - 応答の `until` を次回の `since` に使うと、取りこぼしなく差分取得できます。
        - 事業者ごとのTPS上限（値は例示：10 TPS）を超えた要求には、本書では `429` と `Retry-After` を返します（応答の
        形は例示）。
          多数の利用者を定期取得する場合は、`periodicDataUpdated` Webhook を契機にするか、時間分散させてください。

        `GET /online-resource-web/periodic/updates` (operationId: `periodicLinkageGetUpdates`)

        Args:
            since: この日時以降に反映・更新された情報を返す（RFC 3339）。省略時は同意直後の初回取得とみなし、電子
                処方箋由来の薬剤情報は過去100日分。 (query `since`)
            categories: 取得する情報区分（カンマ区切り）。省略時は同意されたすべての区分。 (query `categories`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 更新分の医療保険情報。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_updates(
                since=since,
                categories=categories,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    @staticmethod
    def parse_consent_revoked_notification(payload: bytes | str) -> models.ConsentRevokedEvent:
        """同意の失効通知を受ける（Webhook `periodicConsentRevoked` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ConsentRevokedEvent).validate_json(payload)

    @staticmethod
    def parse_data_updated_notification(payload: bytes | str) -> models.DataUpdatedEvent:
        """医療保険情報の更新通知を受ける（Webhook `periodicDataUpdated` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.DataUpdatedEvent).validate_json(payload)


class AsyncPeriodicLinkageClientWithRawResponse:
    """AsyncPeriodicLinkageClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncPeriodicLinkageClient) -> None:
        self._client = client

    async def issue_token(
        self,
        *,
        body: models.AuthorizationCodeGrantRequest | models.RefreshTokenGrantRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.PeriodicTokenResponse]:
        """issue_token() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PeriodicTokenResponse]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/online-authorization-web/oauth/token",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/x-www-form-urlencoded",
                    {"200": models.PeriodicTokenResponse},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def revoke_token(
        self,
        *,
        body: models.RevocationRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """revoke_token() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/online-authorization-web/oauth/revoke",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/x-www-form-urlencoded",
                    {"200": None},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_consents(
        self,
        *,
        status: models.ConsentStatus | Unset = UNSET,
        expires_before: datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ConsentList]:
        """list_consents() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ConsentList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/online-resource-web/periodic/consents",
                    {},
                    {
                        "status": status,
                        "expiresBefore": expires_before,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ConsentList},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_consent(
        self,
        consent_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Consent]:
        """get_consent() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Consent]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/online-resource-web/periodic/consents/{consentId}",
                    {
                        "consentId": consent_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Consent},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_updates(
        self,
        *,
        since: datetime | Unset = UNSET,
        categories: list[models.PeriodicDataCategory] | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.PeriodicUpdates]:
        """get_updates() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PeriodicUpdates]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/online-resource-web/periodic/updates",
                    {},
                    {
                        "since": since,
                        "categories": comma_joined(categories),
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.PeriodicUpdates},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
