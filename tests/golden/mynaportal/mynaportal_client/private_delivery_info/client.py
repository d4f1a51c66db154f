"""民間送達サービス保有情報取得API (1.0.0): generated client. Do not edit."""

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
    "PrivateDeliveryInfoClient",
    "AsyncPrivateDeliveryInfoClient",
    "PrivateDeliveryInfoClientWithRawResponse",
    "AsyncPrivateDeliveryInfoClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/private-delivery-info",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/private-delivery-info/v1",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/private-delivery-info/v1",  # 本番環境（ホスト名は例示）
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


class PrivateDeliveryInfoClient(SyncTransport):
    """民間送達サービス保有情報取得API のクライアント。

    民間送達サービス保有情報取得API
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
    def with_raw_response(self) -> PrivateDeliveryInfoClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return PrivateDeliveryInfoClientWithRawResponse(self)

    def list_mailboxes(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MailboxList:
        """連携済みの受取箱を取得する

        利用者がマイナポータルと属性連携している民間送達サービスの受取箱と、その連携状態を返します。
        属性連携が未設定の利用者でもエラーにはならず、`attributeLinkage.status` が `notLinked`、`mailboxes` が空配列で
        返ります。
        文書を取得する前の確認と、未連携時の案内表示に用いてください。

        `GET /mailboxes` (operationId: `deliveryInfoListMailboxes`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 連携状況と受取箱の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_mailboxes(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_documents(
        self,
        *,
        tax_year: int | Unset = UNSET,
        document_type: list[models.DocumentType] | Unset = UNSET,
        mailbox_id: str | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.DocumentList:
        """保有文書の一覧を取得する

        連携済み受取箱に保有されている文書のメタデータを、受取日時の新しい順に返します。XML本体は含みません。
        年末調整では `taxYear`（対象年分）と `documentType` で絞り込むのが一般的です。
        属性連携が未設定の場合は `409`（前提手続未了）を返します。
        受取箱での文書の保存期間は民間送達サービスごとに異なり、期間を過ぎた文書は一覧に現れません。

        `GET /documents` (operationId: `deliveryInfoListDocuments`)

        Args:
            tax_year: 対象年分（西暦4桁）。控除証明書の「令和7年分」は 2025 を指定する。 (query `taxYear`)
            document_type: 文書種別で絞り込む。複数指定する場合はパラメータを繰り返す（例
                `documentType=lifeInsuranceDeduction&documentType=earthquakeInsuranceDeduction`）。 (query
                `documentType`)
            mailbox_id: 受取箱IDで絞り込む（複数の民間送達サービスと連携している場合）。 (query `mailboxId`)
            received_from: 受取日の開始（YYYYMMDD、この日を含む）。 (query `receivedFrom`)
            received_to: 受取日の終了（YYYYMMDD、この日を含む）。receivedFrom 以降の日付を指定する。 (query
                `receivedTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 文書メタデータの一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_documents(
            tax_year=tax_year,
            document_type=document_type,
            mailbox_id=mailbox_id,
            received_from=received_from,
            received_to=received_to,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_document(
        self,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.DeliveryDocument:
        """保有文書のメタデータを取得する

        1件の文書のメタデータ（発行者、対象年分、XML様式、発行者署名の検証結果、控除額の要約）を返します。
        XML本体は `GET /documents/{documentId}/content` で取得します。

        `GET /documents/{documentId}` (operationId: `deliveryInfoGetDocument`)

        Args:
            document_id: 文書ID（一覧取得の応答の documentId）。形式は例示。 (path `documentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 文書のメタデータ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_document(
            document_id=document_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def download_document(
        self,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """文書のXML本体をダウンロードする

        発行者が作成したXML（XML署名を含む）を無加工で返します。改ざん検知のため、`Content-Digest` ヘッダまたは
        メタデータの `sha256` と照合してください。XMLの要素構成は文書種別ごとの様式（国税庁が公表する控除証明書等のXML
        様式）に従います。
        レスポンス例は要素を省略した例示です。

        `GET /documents/{documentId}/content` (operationId: `deliveryInfoDownloadDocument`)

        Args:
            document_id: 文書ID（一覧取得の応答の documentId）。形式は例示。 (path `documentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 文書のXML本体（UTF-8）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.download_document(
            document_id=document_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def download_archive(
        self,
        *,
        body: models.ArchiveRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """複数の文書をZIPで一括取得する

        年末調整・確定申告の一括取込向けに、指定した文書（または対象年分・文書種別の条件に一致する文書）のXMLを1つの
        ZIPにまとめて返します。
        ZIPの直下には各文書のXML（ファイル名は `fileName`）と、文書IDとファイル名・SHA-256の対応を記載した
        `manifest.json` を格納します。
        1回に取得できる文書は100件まで（例示）です。`documentIds` と条件指定は同時に指定できません。

        `POST /documents/archive` (operationId: `deliveryInfoDownloadArchive`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: XMLと manifest.json を格納したZIP。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.download_archive(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()


class PrivateDeliveryInfoClientWithRawResponse:
    """PrivateDeliveryInfoClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: PrivateDeliveryInfoClient) -> None:
        self._client = client

    def list_mailboxes(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MailboxList]:
        """list_mailboxes() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MailboxList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/mailboxes",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.MailboxList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_documents(
        self,
        *,
        tax_year: int | Unset = UNSET,
        document_type: list[models.DocumentType] | Unset = UNSET,
        mailbox_id: str | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.DocumentList]:
        """list_documents() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.DocumentList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/documents",
                    {},
                    {
                        "taxYear": tax_year,
                        "documentType": document_type,
                        "mailboxId": mailbox_id,
                        "receivedFrom": received_from,
                        "receivedTo": received_to,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.DocumentList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_document(
        self,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.DeliveryDocument]:
        """get_document() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.DeliveryDocument]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/documents/{documentId}",
                    {
                        "documentId": document_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.DeliveryDocument},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def download_document(
        self,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[bytes]:
        """download_document() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[bytes]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/documents/{documentId}/content",
                    {
                        "documentId": document_id,
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

    def download_archive(
        self,
        *,
        body: models.ArchiveRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[bytes]:
        """download_archive() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[bytes]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/documents/archive",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": bytes},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncPrivateDeliveryInfoClient(AsyncTransport):
    """民間送達サービス保有情報取得API のクライアント（非同期）。

    民間送達サービス保有情報取得API
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
    def with_raw_response(self) -> AsyncPrivateDeliveryInfoClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncPrivateDeliveryInfoClientWithRawResponse(self)

    async def list_mailboxes(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MailboxList:
        """連携済みの受取箱を取得する

        利用者がマイナポータルと属性連携している民間送達サービスの受取箱と、その連携状態を返します。
        属性連携が未設定の利用者でもエラーにはならず、`attributeLinkage.status` が `notLinked`、`mailboxes` が空配列で
        返ります。
        文書を取得する前の確認と、未連携時の案内表示に用いてください。

        `GET /mailboxes` (operationId: `deliveryInfoListMailboxes`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 連携状況と受取箱の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_mailboxes(
                x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_documents(
        self,
        *,
        tax_year: int | Unset = UNSET,
        document_type: list[models.DocumentType] | Unset = UNSET,
        mailbox_id: str | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.DocumentList:
        """保有文書の一覧を取得する

        連携済み受取箱に保有されている文書のメタデータを、受取日時の新しい順に返します。XML本体は含みません。
        年末調整では `taxYear`（対象年分）と `documentType` で絞り込むのが一般的です。
        属性連携が未設定の場合は `409`（前提手続未了）を返します。
        受取箱での文書の保存期間は民間送達サービスごとに異なり、期間を過ぎた文書は一覧に現れません。

        `GET /documents` (operationId: `deliveryInfoListDocuments`)

        Args:
            tax_year: 対象年分（西暦4桁）。控除証明書の「令和7年分」は 2025 を指定する。 (query `taxYear`)
            document_type: 文書種別で絞り込む。複数指定する場合はパラメータを繰り返す（例
                `documentType=lifeInsuranceDeduction&documentType=earthquakeInsuranceDeduction`）。 (query
                `documentType`)
            mailbox_id: 受取箱IDで絞り込む（複数の民間送達サービスと連携している場合）。 (query `mailboxId`)
            received_from: 受取日の開始（YYYYMMDD、この日を含む）。 (query `receivedFrom`)
            received_to: 受取日の終了（YYYYMMDD、この日を含む）。receivedFrom 以降の日付を指定する。 (query
                `receivedTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 文書メタデータの一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_documents(
                tax_year=tax_year,
                document_type=document_type,
                mailbox_id=mailbox_id,
                received_from=received_from,
                received_to=received_to,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_document(
        self,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.DeliveryDocument:
        """保有文書のメタデータを取得する

        1件の文書のメタデータ（発行者、対象年分、XML様式、発行者署名の検証結果、控除額の要約）を返します。
        XML本体は `GET /documents/{documentId}/content` で取得します。

        `GET /documents/{documentId}` (operationId: `deliveryInfoGetDocument`)

        Args:
            document_id: 文書ID（一覧取得の応答の documentId）。形式は例示。 (path `documentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 文書のメタデータ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_document(
                document_id=document_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def download_document(
        self,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """文書のXML本体をダウンロードする

        発行者が作成したXML（XML署名を含む）を無加工で返します。改ざん検知のため、`Content-Digest` ヘッダまたは
        メタデータの `sha256` と照合してください。XMLの要素構成は文書種別ごとの様式（国税庁が公表する控除証明書等のXML
        様式）に従います。
        レスポンス例は要素を省略した例示です。

        `GET /documents/{documentId}/content` (operationId: `deliveryInfoDownloadDocument`)

        Args:
            document_id: 文書ID（一覧取得の応答の documentId）。形式は例示。 (path `documentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 文書のXML本体（UTF-8）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.download_document(
                document_id=document_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def download_archive(
        self,
        *,
        body: models.ArchiveRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """複数の文書をZIPで一括取得する

        年末調整・確定申告の一括取込向けに、指定した文書（または対象年分・文書種別の条件に一致する文書）のXMLを1つの
        ZIPにまとめて返します。
        ZIPの直下には各文書のXML（ファイル名は `fileName`）と、文書IDとファイル名・SHA-256の対応を記載した
        `manifest.json` を格納します。
        1回に取得できる文書は100件まで（例示）です。`documentIds` と条件指定は同時に指定できません。

        `POST /documents/archive` (operationId: `deliveryInfoDownloadArchive`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: XMLと manifest.json を格納したZIP。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.download_archive(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()


class AsyncPrivateDeliveryInfoClientWithRawResponse:
    """AsyncPrivateDeliveryInfoClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncPrivateDeliveryInfoClient) -> None:
        self._client = client

    async def list_mailboxes(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MailboxList]:
        """list_mailboxes() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MailboxList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/mailboxes",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.MailboxList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_documents(
        self,
        *,
        tax_year: int | Unset = UNSET,
        document_type: list[models.DocumentType] | Unset = UNSET,
        mailbox_id: str | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.DocumentList]:
        """list_documents() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.DocumentList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/documents",
                    {},
                    {
                        "taxYear": tax_year,
                        "documentType": document_type,
                        "mailboxId": mailbox_id,
                        "receivedFrom": received_from,
                        "receivedTo": received_to,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.DocumentList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_document(
        self,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.DeliveryDocument]:
        """get_document() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.DeliveryDocument]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/documents/{documentId}",
                    {
                        "documentId": document_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.DeliveryDocument},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def download_document(
        self,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[bytes]:
        """download_document() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[bytes]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/documents/{documentId}/content",
                    {
                        "documentId": document_id,
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

    async def download_archive(
        self,
        *,
        body: models.ArchiveRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[bytes]:
        """download_archive() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[bytes]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/documents/archive",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": bytes},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
