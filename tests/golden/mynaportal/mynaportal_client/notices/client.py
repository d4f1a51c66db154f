"""お知らせ情報取得API (1.1.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Literal, cast
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
    "NoticesClient",
    "AsyncNoticesClient",
    "NoticesClientWithRawResponse",
    "AsyncNoticesClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/notices",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/notices/v1",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/notices/v1",  # 本番環境（ホスト名は例示）
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


class NoticesClient(SyncTransport):
    """お知らせ情報取得API のクライアント。

    お知らせ情報取得API
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
    def with_raw_response(self) -> NoticesClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return NoticesClientWithRawResponse(self)

    def list_notices(
        self,
        *,
        read_status: Literal["unread", "read"] | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        category: models.NoticeCategory | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        sort: Literal["receivedAtDesc", "receivedAtAsc"] | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.NoticeList:
        """お知らせの一覧を取得する

        利用者宛てのお知らせを受信日時の新しい順（`sort=receivedAtAsc` で古い順）に返します。一覧には本文を含まず、
        冒頭100文字（`bodyPreview`）と添付ファイルの件数を含みます。本文と添付ファイル情報は `GET /notices/{noticeId}`
        で取得してください。
        `unreadCount` は絞り込み条件に関係なく、利用者の未読のお知らせの総数です（アプリのバッジ表示に使う）。

        `GET /notices` (operationId: `noticesListNotices`)

        Args:
            read_status: 既読状態で絞り込む。省略時はすべて。 (query `readStatus`)
            sender_id: 差出人ID（`GET /senders` の値）で絞り込む。 (query `senderId`)
            category: お知らせの分類で絞り込む。 (query `category`)
            received_from: 受信日の下限（YYYYMMDD、当日を含む）。 (query `receivedFrom`)
            received_to: 受信日の上限（YYYYMMDD、当日を含む）。 (query `receivedTo`)
            sort: 並び順。 (query `sort`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: お知らせの一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_notices(
            read_status=read_status,
            sender_id=sender_id,
            category=category,
            received_from=received_from,
            received_to=received_to,
            sort=sort,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_notice(
        self,
        notice_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Notice:
        """お知らせの詳細を取得する

        お知らせの件名・本文・差出人・関連する手続へのリンク・添付ファイルの情報を返します。
        取得しても既読にはなりません。利用者が本文を表示したら `PUT /notices/{noticeId}/read-status` で既読にしてくだ
        さい。

        `GET /notices/{noticeId}` (operationId: `noticesGetNotice`)

        Args:
            notice_id: お知らせID（形式は例示）。 (path `noticeId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: お知らせの詳細。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_notice(
            notice_id=notice_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def update_read_status(
        self,
        notice_id: str,
        *,
        body: models.ReadStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ReadStatus:
        """お知らせの既読状態を変更する

        **非推奨（1.1.0）**：2027-03-31 に廃止予定です。`POST /notices/read-status`（1件でも可）を使ってください。

        お知らせを既読（`read: true`）または未読（`read: false`）にします。変更はマイナポータルのお知らせ画面にも反映
        されます。
        同じ状態への変更は冪等で、`readAt` は最初に既読にした日時のまま変わりません。

        `PUT /notices/{noticeId}/read-status` (operationId: `noticesUpdateReadStatus`)

        Args:
            notice_id: お知らせID（形式は例示）。 (path `noticeId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 変更後の既読状態。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 変更後の既読状態。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.update_read_status(
            notice_id=notice_id, body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def bulk_update_read_status(
        self,
        *,
        body: models.BulkReadStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.BulkReadStatusResult:
        """複数のお知らせをまとめて既読にする

        最大100件（例示）のお知らせの既読状態をまとめて変更します（「すべて既読にする」操作用）。
        一部のお知らせが存在しない・掲載期限切れの場合も他のお知らせは変更し、結果を `results` に1件ずつ返します。

        `POST /notices/read-status` (operationId: `noticesBulkUpdateReadStatus`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 対象のお知らせIDと変更後の既読状態。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: お知らせごとの変更結果。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.bulk_update_read_status(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def download_attachment(
        self,
        notice_id: str,
        attachment_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """添付ファイルをダウンロードする

        添付ファイルをバイナリで返します。`Content-Type` はお知らせ詳細の `mediaType`、ファイル名は
        `Content-Disposition`
        （RFC 6266、UTF-8 の `filename*`）で示します。受信後は `Repr-Digest`（SHA-256）またはお知らせ詳細の `sha256`
        で改ざんがないことを確認してください。
        1ファイルの上限は10MB（例示）です。

        `GET /notices/{noticeId}/attachments/{attachmentId}` (operationId: `noticesDownloadAttachment`)

        Args:
            notice_id: お知らせID（形式は例示）。 (path `noticeId`)
            attachment_id: 添付ファイルID（お知らせ詳細の attachments[].attachmentId。お知らせ内で一意）。 (path
                `attachmentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 添付ファイルの内容。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.download_attachment(
            notice_id=notice_id,
            attachment_id=attachment_id,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_senders(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SenderList:
        """お知らせの差出人の一覧を取得する

        利用者にお知らせを送ったことのある差出人（国の行政機関・地方公共団体等）を、未読件数とともに返します。
        一覧画面の絞り込み条件（`senderId`）の選択肢に使います。

        `GET /senders` (operationId: `noticesListSenders`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 差出人の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_senders(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()


class NoticesClientWithRawResponse:
    """NoticesClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: NoticesClient) -> None:
        self._client = client

    def list_notices(
        self,
        *,
        read_status: Literal["unread", "read"] | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        category: models.NoticeCategory | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        sort: Literal["receivedAtDesc", "receivedAtAsc"] | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.NoticeList]:
        """list_notices() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.NoticeList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/notices",
                    {},
                    {
                        "readStatus": read_status,
                        "senderId": sender_id,
                        "category": category,
                        "receivedFrom": received_from,
                        "receivedTo": received_to,
                        "sort": sort,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.NoticeList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_notice(
        self,
        notice_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Notice]:
        """get_notice() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Notice]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/notices/{noticeId}",
                    {
                        "noticeId": notice_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Notice},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def update_read_status(
        self,
        notice_id: str,
        *,
        body: models.ReadStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ReadStatus]:
        """update_read_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ReadStatus]",
            self._client._send_raw(
                Call(
                    "PUT",
                    "/notices/{noticeId}/read-status",
                    {
                        "noticeId": notice_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.ReadStatus},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def bulk_update_read_status(
        self,
        *,
        body: models.BulkReadStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.BulkReadStatusResult]:
        """bulk_update_read_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.BulkReadStatusResult]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/notices/read-status",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.BulkReadStatusResult},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def download_attachment(
        self,
        notice_id: str,
        attachment_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[bytes]:
        """download_attachment() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[bytes]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/notices/{noticeId}/attachments/{attachmentId}",
                    {
                        "noticeId": notice_id,
                        "attachmentId": attachment_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": bytes},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_senders(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SenderList]:
        """list_senders() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SenderList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/senders",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.SenderList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncNoticesClient(AsyncTransport):
    """お知らせ情報取得API のクライアント（非同期）。

    お知らせ情報取得API
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
    def with_raw_response(self) -> AsyncNoticesClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncNoticesClientWithRawResponse(self)

    async def list_notices(
        self,
        *,
        read_status: Literal["unread", "read"] | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        category: models.NoticeCategory | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        sort: Literal["receivedAtDesc", "receivedAtAsc"] | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.NoticeList:
        """お知らせの一覧を取得する

        利用者宛てのお知らせを受信日時の新しい順（`sort=receivedAtAsc` で古い順）に返します。一覧には本文を含まず、
        冒頭100文字（`bodyPreview`）と添付ファイルの件数を含みます。本文と添付ファイル情報は `GET /notices/{noticeId}`
        で取得してください。
        `unreadCount` は絞り込み条件に関係なく、利用者の未読のお知らせの総数です（アプリのバッジ表示に使う）。

        `GET /notices` (operationId: `noticesListNotices`)

        Args:
            read_status: 既読状態で絞り込む。省略時はすべて。 (query `readStatus`)
            sender_id: 差出人ID（`GET /senders` の値）で絞り込む。 (query `senderId`)
            category: お知らせの分類で絞り込む。 (query `category`)
            received_from: 受信日の下限（YYYYMMDD、当日を含む）。 (query `receivedFrom`)
            received_to: 受信日の上限（YYYYMMDD、当日を含む）。 (query `receivedTo`)
            sort: 並び順。 (query `sort`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: お知らせの一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_notices(
                read_status=read_status,
                sender_id=sender_id,
                category=category,
                received_from=received_from,
                received_to=received_to,
                sort=sort,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_notice(
        self,
        notice_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Notice:
        """お知らせの詳細を取得する

        お知らせの件名・本文・差出人・関連する手続へのリンク・添付ファイルの情報を返します。
        取得しても既読にはなりません。利用者が本文を表示したら `PUT /notices/{noticeId}/read-status` で既読にしてくだ
        さい。

        `GET /notices/{noticeId}` (operationId: `noticesGetNotice`)

        Args:
            notice_id: お知らせID（形式は例示）。 (path `noticeId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: お知らせの詳細。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_notice(
                notice_id=notice_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def update_read_status(
        self,
        notice_id: str,
        *,
        body: models.ReadStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ReadStatus:
        """お知らせの既読状態を変更する

        **非推奨（1.1.0）**：2027-03-31 に廃止予定です。`POST /notices/read-status`（1件でも可）を使ってください。

        お知らせを既読（`read: true`）または未読（`read: false`）にします。変更はマイナポータルのお知らせ画面にも反映
        されます。
        同じ状態への変更は冪等で、`readAt` は最初に既読にした日時のまま変わりません。

        `PUT /notices/{noticeId}/read-status` (operationId: `noticesUpdateReadStatus`)

        Args:
            notice_id: お知らせID（形式は例示）。 (path `noticeId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 変更後の既読状態。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 変更後の既読状態。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.update_read_status(
                notice_id=notice_id, body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def bulk_update_read_status(
        self,
        *,
        body: models.BulkReadStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.BulkReadStatusResult:
        """複数のお知らせをまとめて既読にする

        最大100件（例示）のお知らせの既読状態をまとめて変更します（「すべて既読にする」操作用）。
        一部のお知らせが存在しない・掲載期限切れの場合も他のお知らせは変更し、結果を `results` に1件ずつ返します。

        `POST /notices/read-status` (operationId: `noticesBulkUpdateReadStatus`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 対象のお知らせIDと変更後の既読状態。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: お知らせごとの変更結果。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.bulk_update_read_status(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def download_attachment(
        self,
        notice_id: str,
        attachment_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """添付ファイルをダウンロードする

        添付ファイルをバイナリで返します。`Content-Type` はお知らせ詳細の `mediaType`、ファイル名は
        `Content-Disposition`
        （RFC 6266、UTF-8 の `filename*`）で示します。受信後は `Repr-Digest`（SHA-256）またはお知らせ詳細の `sha256`
        で改ざんがないことを確認してください。
        1ファイルの上限は10MB（例示）です。

        `GET /notices/{noticeId}/attachments/{attachmentId}` (operationId: `noticesDownloadAttachment`)

        Args:
            notice_id: お知らせID（形式は例示）。 (path `noticeId`)
            attachment_id: 添付ファイルID（お知らせ詳細の attachments[].attachmentId。お知らせ内で一意）。 (path
                `attachmentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 添付ファイルの内容。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.download_attachment(
                notice_id=notice_id,
                attachment_id=attachment_id,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_senders(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SenderList:
        """お知らせの差出人の一覧を取得する

        利用者にお知らせを送ったことのある差出人（国の行政機関・地方公共団体等）を、未読件数とともに返します。
        一覧画面の絞り込み条件（`senderId`）の選択肢に使います。

        `GET /senders` (operationId: `noticesListSenders`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 差出人の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_senders(
                x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()


class AsyncNoticesClientWithRawResponse:
    """AsyncNoticesClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncNoticesClient) -> None:
        self._client = client

    async def list_notices(
        self,
        *,
        read_status: Literal["unread", "read"] | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        category: models.NoticeCategory | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        sort: Literal["receivedAtDesc", "receivedAtAsc"] | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.NoticeList]:
        """list_notices() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.NoticeList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/notices",
                    {},
                    {
                        "readStatus": read_status,
                        "senderId": sender_id,
                        "category": category,
                        "receivedFrom": received_from,
                        "receivedTo": received_to,
                        "sort": sort,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.NoticeList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_notice(
        self,
        notice_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Notice]:
        """get_notice() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Notice]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/notices/{noticeId}",
                    {
                        "noticeId": notice_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Notice},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def update_read_status(
        self,
        notice_id: str,
        *,
        body: models.ReadStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ReadStatus]:
        """update_read_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ReadStatus]",
            await self._client._send_raw(
                Call(
                    "PUT",
                    "/notices/{noticeId}/read-status",
                    {
                        "noticeId": notice_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.ReadStatus},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def bulk_update_read_status(
        self,
        *,
        body: models.BulkReadStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.BulkReadStatusResult]:
        """bulk_update_read_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.BulkReadStatusResult]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/notices/read-status",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.BulkReadStatusResult},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def download_attachment(
        self,
        notice_id: str,
        attachment_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[bytes]:
        """download_attachment() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[bytes]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/notices/{noticeId}/attachments/{attachmentId}",
                    {
                        "noticeId": notice_id,
                        "attachmentId": attachment_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": bytes},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_senders(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SenderList]:
        """list_senders() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SenderList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/senders",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.SenderList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
