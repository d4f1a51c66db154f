"""電子申請等情報受取等API (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from datetime import datetime
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
    "EApplicationReceiptClient",
    "AsyncEApplicationReceiptClient",
    "EApplicationReceiptClientWithRawResponse",
    "AsyncEApplicationReceiptClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/e-application-receipt",  # ローカルサンドボックス
    "https://sp-verify.lgwan.mynaportal-api.example.jp/e-application-receipt/v1",  # 検証環境（LGWAN 経由でのみ到達可能。ホスト名は例示）
    "https://sp.lgwan.mynaportal-api.example.jp/e-application-receipt/v1",  # 本番環境（LGWAN 経由でのみ到達可能。ホスト名は例示）
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


class EApplicationReceiptClient(SyncTransport):
    """電子申請等情報受取等API のクライアント。

    電子申請等情報受取等API
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
    def with_raw_response(self) -> EApplicationReceiptClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return EApplicationReceiptClientWithRawResponse(self)

    def login(
        self,
        *,
        body: models.LoginRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.LoginResult:
        """ログインしてセッショントークンを取得する

        団体コード・ログインID・パスワードでログインし、他のAPIの呼出しに使うセッショントークンを取得します。
        ログインIDはマイナポータル（申請管理）で団体の管理者が発行した連携用アカウントです。
        トークンの有効期限は発行から30分（例示）で、期限が切れた場合は再度ログインしてください。
        パスワードを5回連続で誤るとアカウントがロックされ（例示）、解除まで `403` になります。
        IDまたはパスワードの誤りは `401` です。

        `POST /login` (operationId: `eAppReceiptLogin`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: ログイン情報。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: ログインに成功した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.login(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def logout(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """ログアウトする

        現在のセッショントークンを失効させます。業務処理の終了時に必ず呼び出してください。失効済みのトークンでは `401`
        になります。

        `POST /logout` (operationId: `eAppReceiptLogout`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            204: ログアウトした（セッショントークンを失効させた）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        self.with_raw_response.logout(x_request_id=x_request_id, timeout=timeout, max_retries=max_retries).parse()

    def list_applications(
        self,
        *,
        receipt_number: str | Unset = UNSET,
        arrived_from: str | Unset = UNSET,
        arrived_to: str | Unset = UNSET,
        psid: str | Unset = UNSET,
        status: list[models.ProcessingStatus] | Unset = UNSET,
        downloaded: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationSummaryList:
        """申請データの一覧を取得する

        ログインした団体宛てに到達した申請データを、検索条件で絞り込んで簡易情報の一覧として取得します。
        受付番号を抽出し、申請データ取得（`GET /applications/{receiptNumber}`）に用います。

        - `receiptNumber` を指定した場合は、他の条件に関係なくその1件のみを返します。
        - 到達日の範囲（`arrivedFrom`〜`arrivedTo`）は31日以内で指定してください（例示）。省略時は直近7日間です。
        - 取得できるのは到達から90日以内の申請データです（保存期間は例示）。期間を過ぎたデータはマイナポータルから削除
        されます。
        - `downloaded=false` を指定すると、申請データ取得をまだ行っていない（未取得の）申請だけを返します。
          補正が到達した申請も未取得に戻ります。日次の取込バッチではこの条件を使うと取りこぼしを防げます。

        並び順は到達日時の古い順です。

        `GET /applications` (operationId: `eAppReceiptListApplications`)

        Args:
            receipt_number: 受付番号（完全一致）。指定した場合は他の条件を無視する。 (query `receiptNumber`)
            arrived_from: 到達日の範囲の開始日（YYYYMMDD、この日を含む）。指定できるのは90日前の日以降（保存期間は
                例示）。 (query `arrivedFrom`)
            arrived_to: 到達日の範囲の終了日（YYYYMMDD、この日を含む）。開始日から31日以内（例示）。 (query
                `arrivedTo`)
            psid: 手続ID（psid）。指定した手続の申請のみを返す。 (query `psid`)
            status: 処理状況で絞り込む。複数指定した場合はいずれかに該当する申請を返す。 (query `status`)
            downloaded: 申請データ取得の実施有無で絞り込む。false は未取得の申請のみ、true は取得済みの申請のみ。
                省略時は両方。 (query `downloaded`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請データの簡易情報の一覧（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_applications(
            receipt_number=receipt_number,
            arrived_from=arrived_from,
            arrived_to=arrived_to,
            psid=psid,
            status=status,
            downloaded=downloaded,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_application(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationData:
        """申請データを取得する

        受付番号を指定して、申請データの詳細を取得します。申請者の基本4情報と連絡先、フォームの入力値（項目名付き）、
        電子署名の検証結果（署名用電子証明書のシリアル番号を含む）、添付ファイルの目録を返します。

        署名用電子証明書のシリアル番号は、番号紐付情報（シリアル番号と住民の対応）により申請者を特定するために用います
        。
        初回の取得で `downloaded` が `true` になり、`downloadedAt` に日時が記録されます。
        申請書XML・添付書類・署名ファイルの本体は添付ファイル取得で取得してください。

        `GET /applications/{receiptNumber}` (operationId: `eAppReceiptGetApplication`)

        Args:
            receipt_number: 申請の受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請データ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_application(
            receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def download_attachment(
        self,
        receipt_number: str,
        attachment_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """添付ファイルを取得する

        申請データ取得で得た目録（`attachments[]`）の `attachmentId` を指定して、ファイル本体を取得します。
        申請書XML（`XML`）、署名ファイル（`SIG`）、申請者が添付した書類（`F01` 等）のいずれも取得できます。
        取得後は `X-Content-SHA256` と目録の `sha256` を照合し、改ざん・破損がないことを確認してください。

        `GET /applications/{receiptNumber}/attachments/{attachmentId}` (operationId: `eAppReceiptDownloadAttachment`)

        Args:
            receipt_number: 申請の受付番号。 (path `receiptNumber`)
            attachment_id: 添付ファイルID（申請書XMLは XML、署名ファイルは SIG、添付書類は F01〜F20。形式は例示）
                。 (path `attachmentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: ファイル本体。Content-Type は目録の mediaType。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.download_attachment(
            receipt_number=receipt_number,
            attachment_id=attachment_id,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def update_processing_status(
        self,
        receipt_number: str,
        *,
        body: models.ProcessingStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcessingStatusRecord:
        """申請の処理状況を更新する

        申請の処理状況を更新します。更新できる遷移は文書冒頭の表のとおりです。更新内容は申請者の
        申請状況照会（マイナポータル、電子申請等API）に反映されます。

        - `correctionRequested`（補正依頼）にする場合は `correctionRequest`（理由・期限）が必須です。
        - `rejected`（却下）にする場合は `resultNotice` に却下理由を記載してください（必須）。
        - `comment` と `resultNotice` は申請者に表示されます。庁内向けのメモは `internalNote` に記載してください（申請
        者には表示されません）。

        同時更新を防ぐため、申請データ取得または処理状況一覧で得た `statusVersion` を `expectedStatusVersion` に指定し
        ます。
        他の職員・システムが先に更新していた場合、許されない遷移の場合、申請者が取り下げ済みの場合は `409` になります
        。

        `PUT /applications/{receiptNumber}/processing-status` (operationId: `eAppReceiptUpdateProcessingStatus`)

        Args:
            receipt_number: 申請の受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 更新後の処理状況と申請者への連絡事項。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 更新後の処理状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.update_processing_status(
            receipt_number=receipt_number,
            body=body,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_processing_statuses(
        self,
        *,
        status: list[models.ProcessingStatus] | Unset = UNSET,
        updated_from: datetime | Unset = UNSET,
        updated_to: datetime | Unset = UNSET,
        psid: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcessingStatusList:
        """申請処理状況の一覧を取得する

        検索条件に一致する申請の処理状況を一覧で取得します。`updatedFrom` を前回の取得日時にすると、
        その後に変わった状況（他の職員による更新、申請者による取下げ）を差分で得られます。
        並び順は更新日時の古い順です。

        `GET /processing-statuses` (operationId: `eAppReceiptListProcessingStatuses`)

        Args:
            status: 処理状況で絞り込む。複数指定した場合はいずれかに該当する申請を返す。 (query `status`)
            updated_from: 状況の更新日時の範囲の開始（この日時を含む）。省略時は24時間前。 (query `updatedFrom`)
            updated_to: 状況の更新日時の範囲の終了（この日時を含まない）。省略時は現在。 (query `updatedTo`)
            psid: 手続ID（psid）で絞り込む。 (query `psid`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 処理状況の一覧（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_processing_statuses(
            status=status,
            updated_from=updated_from,
            updated_to=updated_to,
            psid=psid,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()


class EApplicationReceiptClientWithRawResponse:
    """EApplicationReceiptClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: EApplicationReceiptClient) -> None:
        self._client = client

    def login(
        self,
        *,
        body: models.LoginRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.LoginResult]:
        """login() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.LoginResult]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/login",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.LoginResult},
                    security=(),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def logout(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """logout() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/logout",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"204": None},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_applications(
        self,
        *,
        receipt_number: str | Unset = UNSET,
        arrived_from: str | Unset = UNSET,
        arrived_to: str | Unset = UNSET,
        psid: str | Unset = UNSET,
        status: list[models.ProcessingStatus] | Unset = UNSET,
        downloaded: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationSummaryList]:
        """list_applications() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationSummaryList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/applications",
                    {},
                    {
                        "receiptNumber": receipt_number,
                        "arrivedFrom": arrived_from,
                        "arrivedTo": arrived_to,
                        "psid": psid,
                        "status": status,
                        "downloaded": downloaded,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ApplicationSummaryList},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_application(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationData]:
        """get_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationData]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/applications/{receiptNumber}",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ApplicationData},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def download_attachment(
        self,
        receipt_number: str,
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
                    "/applications/{receiptNumber}/attachments/{attachmentId}",
                    {
                        "receiptNumber": receipt_number,
                        "attachmentId": attachment_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": bytes},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def update_processing_status(
        self,
        receipt_number: str,
        *,
        body: models.ProcessingStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcessingStatusRecord]:
        """update_processing_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcessingStatusRecord]",
            self._client._send_raw(
                Call(
                    "PUT",
                    "/applications/{receiptNumber}/processing-status",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.ProcessingStatusRecord},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_processing_statuses(
        self,
        *,
        status: list[models.ProcessingStatus] | Unset = UNSET,
        updated_from: datetime | Unset = UNSET,
        updated_to: datetime | Unset = UNSET,
        psid: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcessingStatusList]:
        """list_processing_statuses() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcessingStatusList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/processing-statuses",
                    {},
                    {
                        "status": status,
                        "updatedFrom": updated_from,
                        "updatedTo": updated_to,
                        "psid": psid,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcessingStatusList},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncEApplicationReceiptClient(AsyncTransport):
    """電子申請等情報受取等API のクライアント（非同期）。

    電子申請等情報受取等API
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
    def with_raw_response(self) -> AsyncEApplicationReceiptClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncEApplicationReceiptClientWithRawResponse(self)

    async def login(
        self,
        *,
        body: models.LoginRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.LoginResult:
        """ログインしてセッショントークンを取得する

        団体コード・ログインID・パスワードでログインし、他のAPIの呼出しに使うセッショントークンを取得します。
        ログインIDはマイナポータル（申請管理）で団体の管理者が発行した連携用アカウントです。
        トークンの有効期限は発行から30分（例示）で、期限が切れた場合は再度ログインしてください。
        パスワードを5回連続で誤るとアカウントがロックされ（例示）、解除まで `403` になります。
        IDまたはパスワードの誤りは `401` です。

        `POST /login` (operationId: `eAppReceiptLogin`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: ログイン情報。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: ログインに成功した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.login(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def logout(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """ログアウトする

        現在のセッショントークンを失効させます。業務処理の終了時に必ず呼び出してください。失効済みのトークンでは `401`
        になります。

        `POST /logout` (operationId: `eAppReceiptLogout`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            204: ログアウトした（セッショントークンを失効させた）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        (
            await self.with_raw_response.logout(x_request_id=x_request_id, timeout=timeout, max_retries=max_retries)
        ).parse()

    async def list_applications(
        self,
        *,
        receipt_number: str | Unset = UNSET,
        arrived_from: str | Unset = UNSET,
        arrived_to: str | Unset = UNSET,
        psid: str | Unset = UNSET,
        status: list[models.ProcessingStatus] | Unset = UNSET,
        downloaded: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationSummaryList:
        """申請データの一覧を取得する

        ログインした団体宛てに到達した申請データを、検索条件で絞り込んで簡易情報の一覧として取得します。
        受付番号を抽出し、申請データ取得（`GET /applications/{receiptNumber}`）に用います。

        - `receiptNumber` を指定した場合は、他の条件に関係なくその1件のみを返します。
        - 到達日の範囲（`arrivedFrom`〜`arrivedTo`）は31日以内で指定してください（例示）。省略時は直近7日間です。
        - 取得できるのは到達から90日以内の申請データです（保存期間は例示）。期間を過ぎたデータはマイナポータルから削除
        されます。
        - `downloaded=false` を指定すると、申請データ取得をまだ行っていない（未取得の）申請だけを返します。
          補正が到達した申請も未取得に戻ります。日次の取込バッチではこの条件を使うと取りこぼしを防げます。

        並び順は到達日時の古い順です。

        `GET /applications` (operationId: `eAppReceiptListApplications`)

        Args:
            receipt_number: 受付番号（完全一致）。指定した場合は他の条件を無視する。 (query `receiptNumber`)
            arrived_from: 到達日の範囲の開始日（YYYYMMDD、この日を含む）。指定できるのは90日前の日以降（保存期間は
                例示）。 (query `arrivedFrom`)
            arrived_to: 到達日の範囲の終了日（YYYYMMDD、この日を含む）。開始日から31日以内（例示）。 (query
                `arrivedTo`)
            psid: 手続ID（psid）。指定した手続の申請のみを返す。 (query `psid`)
            status: 処理状況で絞り込む。複数指定した場合はいずれかに該当する申請を返す。 (query `status`)
            downloaded: 申請データ取得の実施有無で絞り込む。false は未取得の申請のみ、true は取得済みの申請のみ。
                省略時は両方。 (query `downloaded`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請データの簡易情報の一覧（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_applications(
                receipt_number=receipt_number,
                arrived_from=arrived_from,
                arrived_to=arrived_to,
                psid=psid,
                status=status,
                downloaded=downloaded,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_application(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationData:
        """申請データを取得する

        受付番号を指定して、申請データの詳細を取得します。申請者の基本4情報と連絡先、フォームの入力値（項目名付き）、
        電子署名の検証結果（署名用電子証明書のシリアル番号を含む）、添付ファイルの目録を返します。

        署名用電子証明書のシリアル番号は、番号紐付情報（シリアル番号と住民の対応）により申請者を特定するために用います
        。
        初回の取得で `downloaded` が `true` になり、`downloadedAt` に日時が記録されます。
        申請書XML・添付書類・署名ファイルの本体は添付ファイル取得で取得してください。

        `GET /applications/{receiptNumber}` (operationId: `eAppReceiptGetApplication`)

        Args:
            receipt_number: 申請の受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請データ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_application(
                receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def download_attachment(
        self,
        receipt_number: str,
        attachment_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """添付ファイルを取得する

        申請データ取得で得た目録（`attachments[]`）の `attachmentId` を指定して、ファイル本体を取得します。
        申請書XML（`XML`）、署名ファイル（`SIG`）、申請者が添付した書類（`F01` 等）のいずれも取得できます。
        取得後は `X-Content-SHA256` と目録の `sha256` を照合し、改ざん・破損がないことを確認してください。

        `GET /applications/{receiptNumber}/attachments/{attachmentId}` (operationId: `eAppReceiptDownloadAttachment`)

        Args:
            receipt_number: 申請の受付番号。 (path `receiptNumber`)
            attachment_id: 添付ファイルID（申請書XMLは XML、署名ファイルは SIG、添付書類は F01〜F20。形式は例示）
                。 (path `attachmentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: ファイル本体。Content-Type は目録の mediaType。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.download_attachment(
                receipt_number=receipt_number,
                attachment_id=attachment_id,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def update_processing_status(
        self,
        receipt_number: str,
        *,
        body: models.ProcessingStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcessingStatusRecord:
        """申請の処理状況を更新する

        申請の処理状況を更新します。更新できる遷移は文書冒頭の表のとおりです。更新内容は申請者の
        申請状況照会（マイナポータル、電子申請等API）に反映されます。

        - `correctionRequested`（補正依頼）にする場合は `correctionRequest`（理由・期限）が必須です。
        - `rejected`（却下）にする場合は `resultNotice` に却下理由を記載してください（必須）。
        - `comment` と `resultNotice` は申請者に表示されます。庁内向けのメモは `internalNote` に記載してください（申請
        者には表示されません）。

        同時更新を防ぐため、申請データ取得または処理状況一覧で得た `statusVersion` を `expectedStatusVersion` に指定し
        ます。
        他の職員・システムが先に更新していた場合、許されない遷移の場合、申請者が取り下げ済みの場合は `409` になります
        。

        `PUT /applications/{receiptNumber}/processing-status` (operationId: `eAppReceiptUpdateProcessingStatus`)

        Args:
            receipt_number: 申請の受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 更新後の処理状況と申請者への連絡事項。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 更新後の処理状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.update_processing_status(
                receipt_number=receipt_number,
                body=body,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_processing_statuses(
        self,
        *,
        status: list[models.ProcessingStatus] | Unset = UNSET,
        updated_from: datetime | Unset = UNSET,
        updated_to: datetime | Unset = UNSET,
        psid: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcessingStatusList:
        """申請処理状況の一覧を取得する

        検索条件に一致する申請の処理状況を一覧で取得します。`updatedFrom` を前回の取得日時にすると、
        その後に変わった状況（他の職員による更新、申請者による取下げ）を差分で得られます。
        並び順は更新日時の古い順です。

        `GET /processing-statuses` (operationId: `eAppReceiptListProcessingStatuses`)

        Args:
            status: 処理状況で絞り込む。複数指定した場合はいずれかに該当する申請を返す。 (query `status`)
            updated_from: 状況の更新日時の範囲の開始（この日時を含む）。省略時は24時間前。 (query `updatedFrom`)
            updated_to: 状況の更新日時の範囲の終了（この日時を含まない）。省略時は現在。 (query `updatedTo`)
            psid: 手続ID（psid）で絞り込む。 (query `psid`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 処理状況の一覧（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_processing_statuses(
                status=status,
                updated_from=updated_from,
                updated_to=updated_to,
                psid=psid,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()


class AsyncEApplicationReceiptClientWithRawResponse:
    """AsyncEApplicationReceiptClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncEApplicationReceiptClient) -> None:
        self._client = client

    async def login(
        self,
        *,
        body: models.LoginRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.LoginResult]:
        """login() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.LoginResult]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/login",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.LoginResult},
                    security=(),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def logout(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """logout() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/logout",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"204": None},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_applications(
        self,
        *,
        receipt_number: str | Unset = UNSET,
        arrived_from: str | Unset = UNSET,
        arrived_to: str | Unset = UNSET,
        psid: str | Unset = UNSET,
        status: list[models.ProcessingStatus] | Unset = UNSET,
        downloaded: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationSummaryList]:
        """list_applications() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationSummaryList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/applications",
                    {},
                    {
                        "receiptNumber": receipt_number,
                        "arrivedFrom": arrived_from,
                        "arrivedTo": arrived_to,
                        "psid": psid,
                        "status": status,
                        "downloaded": downloaded,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ApplicationSummaryList},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_application(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationData]:
        """get_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationData]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/applications/{receiptNumber}",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ApplicationData},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def download_attachment(
        self,
        receipt_number: str,
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
                    "/applications/{receiptNumber}/attachments/{attachmentId}",
                    {
                        "receiptNumber": receipt_number,
                        "attachmentId": attachment_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": bytes},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def update_processing_status(
        self,
        receipt_number: str,
        *,
        body: models.ProcessingStatusUpdate,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcessingStatusRecord]:
        """update_processing_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcessingStatusRecord]",
            await self._client._send_raw(
                Call(
                    "PUT",
                    "/applications/{receiptNumber}/processing-status",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.ProcessingStatusRecord},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_processing_statuses(
        self,
        *,
        status: list[models.ProcessingStatus] | Unset = UNSET,
        updated_from: datetime | Unset = UNSET,
        updated_to: datetime | Unset = UNSET,
        psid: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcessingStatusList]:
        """list_processing_statuses() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcessingStatusList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/processing-statuses",
                    {},
                    {
                        "status": status,
                        "updatedFrom": updated_from,
                        "updatedTo": updated_to,
                        "psid": psid,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcessingStatusList},
                    security=(("http",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
