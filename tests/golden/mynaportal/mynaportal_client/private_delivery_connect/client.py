"""民間送達接続API (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Literal, cast
from uuid import UUID

import httpx
import pydantic

from .._base import AsyncTransport, Call, SyncTransport
from .._ratelimit import RateLimiter
from .._response import RawResponse
from .._retry import DEFAULT_MAX_RETRIES
from .._types import UNSET, Unset, VerifyTypes
from . import models

__all__ = [
    "SERVERS",
    "PrivateDeliveryConnectClient",
    "AsyncPrivateDeliveryConnectClient",
    "PrivateDeliveryConnectClientWithRawResponse",
    "AsyncPrivateDeliveryConnectClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/private-delivery-connect",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/private-delivery-connect/v1",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/private-delivery-connect/v1",  # 本番環境（ホスト名は例示）
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


class PrivateDeliveryConnectClient(SyncTransport):
    """民間送達接続API のクライアント。

    民間送達接続API
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
    def with_raw_response(self) -> PrivateDeliveryConnectClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return PrivateDeliveryConnectClientWithRawResponse(self)

    def create_mailbox_link(
        self,
        *,
        body: models.MailboxLinkCreate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MailboxLink:
        """受取箱をマイナポータルに接続する

        利用者の同意（スコープ `attribute_linkage`）を得たアクセストークンを用いて、事業者の受取箱ID とマイナポータル
        の利用者を紐付けます。
        1人の利用者が同じ事業者の受取箱を複数接続することはできません（既に接続済みなら `409`）。
        接続はアクセストークンの有効期限と関係なく、利用者または事業者が解除するまで有効です。

        `POST /mailbox-links` (operationId: `privateDeliveryConnectCreateMailboxLink`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 接続する受取箱と転送設定。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 接続した。`Location` に作成した接続のURLを返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.create_mailbox_link(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_mailbox_link(
        self,
        link_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MailboxLink:
        """受取箱の接続状況を照会する

        接続の状態（有効・解除済み）と転送設定を返します。解除済みの接続も解除から1年間（例示）は照会でき、解除日時と
        理由を返します。
        転送設定は利用者がマイナポータル上で変更することがあるため、お知らせの転送を受ける前提としてこの値を参照してく
        ださい。

        `GET /mailbox-links/{linkId}` (operationId: `privateDeliveryConnectGetMailboxLink`)

        Args:
            link_id: 接続ID（接続時に払い出される。形式は例示）。 (path `linkId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 接続の状態。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_mailbox_link(
            link_id=link_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def delete_mailbox_link(
        self,
        link_id: str,
        *,
        reason: Literal["userWithdrawn", "mailboxClosed", "operatorTerminated"] | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """受取箱の接続を解除する

        事業者側から接続を解除します（利用者が受取箱サービスを退会した場合等）。解除後は送達できず（`409`）、
        マイナポータルからのお知らせの転送も止まります。送達済みの文書はマイナポータルのお知らせに掲載期限まで残ります
        。
        既に解除済みの場合も `204` を返します（冪等）。

        `DELETE /mailbox-links/{linkId}` (operationId: `privateDeliveryConnectDeleteMailboxLink`)

        Args:
            link_id: 接続ID（接続時に払い出される。形式は例示）。 (path `linkId`)
            reason: 解除の理由。 (query `reason`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            204: 解除した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        self.with_raw_response.delete_mailbox_link(
            link_id=link_id, reason=reason, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_deliveries(
        self,
        *,
        status: models.DeliveryStatus | Unset = UNSET,
        link_id: str | Unset = UNSET,
        accepted_from: str | Unset = UNSET,
        accepted_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.DeliveryList:
        """送達の一覧を取得する

        事業者が行った送達を受付日時の新しい順に返します。webhook の取りこぼしを補うための定期的な照合（例えば1日1回）
        に使います。
        照会できるのは受付から400日以内（例示）の送達です。

        `GET /deliveries` (operationId: `privateDeliveryConnectListDeliveries`)

        Args:
            status: 送達状況で絞り込む。 (query `status`)
            link_id: 接続IDで絞り込む（特定の利用者への送達のみ）。 (query `linkId`)
            accepted_from: 受付日の下限（YYYYMMDD、当日を含む）。 (query `acceptedFrom`)
            accepted_to: 受付日の上限（YYYYMMDD、当日を含む）。 (query `acceptedTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 送達の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_deliveries(
            status=status,
            link_id=link_id,
            accepted_from=accepted_from,
            accepted_to=accepted_to,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def create_delivery(
        self,
        *,
        body: models.DeliveryCreate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.DeliveryAccepted:
        """文書をマイナポータルに送達する

        受取箱に届いた文書（控除証明書の電子データ、源泉徴収票、一般のお知らせ等）を、接続済みの利用者のマイナポータル
        に送達します。
        受け付けると `202` と `deliveryId` を返し、検証（ファイル形式・ダイジェスト・控除証明書の電子署名）の後にマイ
        ナポータルのお知らせに掲載します。
        結果は webhook（`privateDeliveryConnectDeliveryStatusChanged`）または `GET /deliveries/{deliveryId}` で確認し
        ます。

        - `operatorDeliveryId` は事業者が採番する送達IDで、同じ値での再送は二重送達とせず `409` を返します（応答の
        `detail` に既存の deliveryId）。
        - 添付は1送達あたり10ファイル・1ファイル5MB・合計10MBまで（例示）。`content` は base64 で送ります。
        - 控除証明書（`documentType` が `*Certificate`）は、発行者の電子署名付き XML（国税庁の控除証明書等の電子データ
        仕様）を必須とします。

        `POST /deliveries` (operationId: `privateDeliveryConnectCreateDelivery`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 送達する文書。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            202: 送達を受け付けた（検証・掲載は非同期）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.create_delivery(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_delivery(
        self,
        delivery_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Delivery:
        """送達状況を照会する

        送達の状況（受付済み・掲載済み・開封済み・失敗）と各時刻、失敗時の理由を返します。
        `failed` の場合は理由を解消したうえで、新しい `operatorDeliveryId` で送達し直してください。

        `GET /deliveries/{deliveryId}` (operationId: `privateDeliveryConnectGetDelivery`)

        Args:
            delivery_id: 送達ID（送達の受付時に払い出される。形式は例示）。 (path `deliveryId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 送達状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_delivery(
            delivery_id=delivery_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    @staticmethod
    def parse_notify_delivery_status(payload: bytes | str) -> models.Delivery:
        """送達状況の変化を通知する（Webhook `privateDeliveryConnectDeliveryStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.Delivery).validate_json(payload)

    @staticmethod
    def parse_notify_link_revoked(payload: bytes | str) -> models.LinkRevokedNotification:
        """接続の解除を通知する（Webhook `privateDeliveryConnectLinkRevoked` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.LinkRevokedNotification).validate_json(payload)

    @staticmethod
    def parse_forward_notice(payload: bytes | str) -> models.ForwardedNotice:
        """行政機関からのお知らせを受取箱に転送する（Webhook `privateDeliveryConnectNoticeForwarded` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ForwardedNotice).validate_json(payload)


class PrivateDeliveryConnectClientWithRawResponse:
    """PrivateDeliveryConnectClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: PrivateDeliveryConnectClient) -> None:
        self._client = client

    def create_mailbox_link(
        self,
        *,
        body: models.MailboxLinkCreate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MailboxLink]:
        """create_mailbox_link() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MailboxLink]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/mailbox-links",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"201": models.MailboxLink},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_mailbox_link(
        self,
        link_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MailboxLink]:
        """get_mailbox_link() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MailboxLink]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/mailbox-links/{linkId}",
                    {
                        "linkId": link_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.MailboxLink},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def delete_mailbox_link(
        self,
        link_id: str,
        *,
        reason: Literal["userWithdrawn", "mailboxClosed", "operatorTerminated"] | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """delete_mailbox_link() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            self._client._send_raw(
                Call(
                    "DELETE",
                    "/mailbox-links/{linkId}",
                    {
                        "linkId": link_id,
                    },
                    {
                        "reason": reason,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"204": None},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_deliveries(
        self,
        *,
        status: models.DeliveryStatus | Unset = UNSET,
        link_id: str | Unset = UNSET,
        accepted_from: str | Unset = UNSET,
        accepted_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.DeliveryList]:
        """list_deliveries() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.DeliveryList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/deliveries",
                    {},
                    {
                        "status": status,
                        "linkId": link_id,
                        "acceptedFrom": accepted_from,
                        "acceptedTo": accepted_to,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.DeliveryList},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def create_delivery(
        self,
        *,
        body: models.DeliveryCreate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.DeliveryAccepted]:
        """create_delivery() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.DeliveryAccepted]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/deliveries",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"202": models.DeliveryAccepted},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_delivery(
        self,
        delivery_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Delivery]:
        """get_delivery() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Delivery]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/deliveries/{deliveryId}",
                    {
                        "deliveryId": delivery_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Delivery},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncPrivateDeliveryConnectClient(AsyncTransport):
    """民間送達接続API のクライアント（非同期）。

    民間送達接続API
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
    def with_raw_response(self) -> AsyncPrivateDeliveryConnectClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncPrivateDeliveryConnectClientWithRawResponse(self)

    async def create_mailbox_link(
        self,
        *,
        body: models.MailboxLinkCreate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MailboxLink:
        """受取箱をマイナポータルに接続する

        利用者の同意（スコープ `attribute_linkage`）を得たアクセストークンを用いて、事業者の受取箱ID とマイナポータル
        の利用者を紐付けます。
        1人の利用者が同じ事業者の受取箱を複数接続することはできません（既に接続済みなら `409`）。
        接続はアクセストークンの有効期限と関係なく、利用者または事業者が解除するまで有効です。

        `POST /mailbox-links` (operationId: `privateDeliveryConnectCreateMailboxLink`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 接続する受取箱と転送設定。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 接続した。`Location` に作成した接続のURLを返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.create_mailbox_link(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_mailbox_link(
        self,
        link_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MailboxLink:
        """受取箱の接続状況を照会する

        接続の状態（有効・解除済み）と転送設定を返します。解除済みの接続も解除から1年間（例示）は照会でき、解除日時と
        理由を返します。
        転送設定は利用者がマイナポータル上で変更することがあるため、お知らせの転送を受ける前提としてこの値を参照してく
        ださい。

        `GET /mailbox-links/{linkId}` (operationId: `privateDeliveryConnectGetMailboxLink`)

        Args:
            link_id: 接続ID（接続時に払い出される。形式は例示）。 (path `linkId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 接続の状態。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_mailbox_link(
                link_id=link_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def delete_mailbox_link(
        self,
        link_id: str,
        *,
        reason: Literal["userWithdrawn", "mailboxClosed", "operatorTerminated"] | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """受取箱の接続を解除する

        事業者側から接続を解除します（利用者が受取箱サービスを退会した場合等）。解除後は送達できず（`409`）、
        マイナポータルからのお知らせの転送も止まります。送達済みの文書はマイナポータルのお知らせに掲載期限まで残ります
        。
        既に解除済みの場合も `204` を返します（冪等）。

        `DELETE /mailbox-links/{linkId}` (operationId: `privateDeliveryConnectDeleteMailboxLink`)

        Args:
            link_id: 接続ID（接続時に払い出される。形式は例示）。 (path `linkId`)
            reason: 解除の理由。 (query `reason`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            204: 解除した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        (
            await self.with_raw_response.delete_mailbox_link(
                link_id=link_id, reason=reason, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_deliveries(
        self,
        *,
        status: models.DeliveryStatus | Unset = UNSET,
        link_id: str | Unset = UNSET,
        accepted_from: str | Unset = UNSET,
        accepted_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.DeliveryList:
        """送達の一覧を取得する

        事業者が行った送達を受付日時の新しい順に返します。webhook の取りこぼしを補うための定期的な照合（例えば1日1回）
        に使います。
        照会できるのは受付から400日以内（例示）の送達です。

        `GET /deliveries` (operationId: `privateDeliveryConnectListDeliveries`)

        Args:
            status: 送達状況で絞り込む。 (query `status`)
            link_id: 接続IDで絞り込む（特定の利用者への送達のみ）。 (query `linkId`)
            accepted_from: 受付日の下限（YYYYMMDD、当日を含む）。 (query `acceptedFrom`)
            accepted_to: 受付日の上限（YYYYMMDD、当日を含む）。 (query `acceptedTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 送達の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_deliveries(
                status=status,
                link_id=link_id,
                accepted_from=accepted_from,
                accepted_to=accepted_to,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def create_delivery(
        self,
        *,
        body: models.DeliveryCreate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.DeliveryAccepted:
        """文書をマイナポータルに送達する

        受取箱に届いた文書（控除証明書の電子データ、源泉徴収票、一般のお知らせ等）を、接続済みの利用者のマイナポータル
        に送達します。
        受け付けると `202` と `deliveryId` を返し、検証（ファイル形式・ダイジェスト・控除証明書の電子署名）の後にマイ
        ナポータルのお知らせに掲載します。
        結果は webhook（`privateDeliveryConnectDeliveryStatusChanged`）または `GET /deliveries/{deliveryId}` で確認し
        ます。

        - `operatorDeliveryId` は事業者が採番する送達IDで、同じ値での再送は二重送達とせず `409` を返します（応答の
        `detail` に既存の deliveryId）。
        - 添付は1送達あたり10ファイル・1ファイル5MB・合計10MBまで（例示）。`content` は base64 で送ります。
        - 控除証明書（`documentType` が `*Certificate`）は、発行者の電子署名付き XML（国税庁の控除証明書等の電子データ
        仕様）を必須とします。

        `POST /deliveries` (operationId: `privateDeliveryConnectCreateDelivery`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 送達する文書。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            202: 送達を受け付けた（検証・掲載は非同期）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.create_delivery(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_delivery(
        self,
        delivery_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Delivery:
        """送達状況を照会する

        送達の状況（受付済み・掲載済み・開封済み・失敗）と各時刻、失敗時の理由を返します。
        `failed` の場合は理由を解消したうえで、新しい `operatorDeliveryId` で送達し直してください。

        `GET /deliveries/{deliveryId}` (operationId: `privateDeliveryConnectGetDelivery`)

        Args:
            delivery_id: 送達ID（送達の受付時に払い出される。形式は例示）。 (path `deliveryId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 送達状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_delivery(
                delivery_id=delivery_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    @staticmethod
    def parse_notify_delivery_status(payload: bytes | str) -> models.Delivery:
        """送達状況の変化を通知する（Webhook `privateDeliveryConnectDeliveryStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.Delivery).validate_json(payload)

    @staticmethod
    def parse_notify_link_revoked(payload: bytes | str) -> models.LinkRevokedNotification:
        """接続の解除を通知する（Webhook `privateDeliveryConnectLinkRevoked` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.LinkRevokedNotification).validate_json(payload)

    @staticmethod
    def parse_forward_notice(payload: bytes | str) -> models.ForwardedNotice:
        """行政機関からのお知らせを受取箱に転送する（Webhook `privateDeliveryConnectNoticeForwarded` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ForwardedNotice).validate_json(payload)


class AsyncPrivateDeliveryConnectClientWithRawResponse:
    """AsyncPrivateDeliveryConnectClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncPrivateDeliveryConnectClient) -> None:
        self._client = client

    async def create_mailbox_link(
        self,
        *,
        body: models.MailboxLinkCreate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MailboxLink]:
        """create_mailbox_link() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MailboxLink]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/mailbox-links",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"201": models.MailboxLink},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_mailbox_link(
        self,
        link_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MailboxLink]:
        """get_mailbox_link() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MailboxLink]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/mailbox-links/{linkId}",
                    {
                        "linkId": link_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.MailboxLink},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def delete_mailbox_link(
        self,
        link_id: str,
        *,
        reason: Literal["userWithdrawn", "mailboxClosed", "operatorTerminated"] | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """delete_mailbox_link() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            await self._client._send_raw(
                Call(
                    "DELETE",
                    "/mailbox-links/{linkId}",
                    {
                        "linkId": link_id,
                    },
                    {
                        "reason": reason,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"204": None},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_deliveries(
        self,
        *,
        status: models.DeliveryStatus | Unset = UNSET,
        link_id: str | Unset = UNSET,
        accepted_from: str | Unset = UNSET,
        accepted_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.DeliveryList]:
        """list_deliveries() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.DeliveryList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/deliveries",
                    {},
                    {
                        "status": status,
                        "linkId": link_id,
                        "acceptedFrom": accepted_from,
                        "acceptedTo": accepted_to,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.DeliveryList},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def create_delivery(
        self,
        *,
        body: models.DeliveryCreate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.DeliveryAccepted]:
        """create_delivery() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.DeliveryAccepted]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/deliveries",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"202": models.DeliveryAccepted},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_delivery(
        self,
        delivery_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Delivery]:
        """get_delivery() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Delivery]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/deliveries/{deliveryId}",
                    {
                        "deliveryId": delivery_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Delivery},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
