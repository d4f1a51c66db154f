"""在留手続申請API (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import cast
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
    "ResidenceProceduresClient",
    "AsyncResidenceProceduresClient",
    "ResidenceProceduresClientWithRawResponse",
    "AsyncResidenceProceduresClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/residence-procedures",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/residence-procedures/v1",  # 検証環境（システムテスト用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/residence-procedures/v1",  # 本番環境（ホスト名は例示）
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


class ResidenceProceduresClient(SyncTransport):
    """在留手続申請API のクライアント。

    在留手続申請API
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
    def with_raw_response(self) -> ResidenceProceduresClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return ResidenceProceduresClientWithRawResponse(self)

    def list_statuses(
        self,
        *,
        application_type: models.ApplicationType | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ResidenceStatusList:
        """在留資格コード表を取得する

        在留資格のコード表を取得します。各在留資格について、入管法の別表の区分、就労の可否、決定されうる在留期間、
        申請種別ごとのオンライン申請の可否を返します。`applicationType` を指定すると、その申請種別でオンライン申請でき
        る
        在留資格だけを返します。CSV の「現に有する在留資格」「希望する在留資格」にはこの `code` を記載します。
        利用者の同意は不要で、事業者のクライアント証明書（相互TLS）のみで呼び出せます。

        `GET /residence-statuses` (operationId: `residenceListStatuses`)

        Args:
            application_type: 申請種別。指定するとその申請種別でオンライン申請できる在留資格に絞り込む。 (query
                `applicationType`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 在留資格コード表。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_statuses(
            application_type=application_type, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_applications(
        self,
        *,
        status: list[models.ReviewStatus] | Unset = UNSET,
        application_type: models.ApplicationType | Unset = UNSET,
        submitted_from: str | Unset = UNSET,
        submitted_to: str | Unset = UNSET,
        client_reference: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ResidenceApplicationList:
        """送信した在留申請の一覧を取得する

        同意した送信者がこのサービス経由で送信した在留申請を、申請人単位（受付番号単位）で新しい順に返します。
        審査状況の一括確認や、通信断の後に受付済みかどうかの確認（`clientReference` で絞り込み）に用います。

        `GET /applications` (operationId: `residenceListApplications`)

        Args:
            status: 審査状況で絞り込む。複数指定した場合はいずれかに該当する申請を返す。 (query `status`)
            application_type: 申請種別で絞り込む。 (query `applicationType`)
            submitted_from: 送信日の範囲の開始日（YYYYMMDD、この日を含む）。 (query `submittedFrom`)
            submitted_to: 送信日の範囲の終了日（YYYYMMDD、この日を含む）。 (query `submittedTo`)
            client_reference: 送信時に指定した事業者側の管理番号で絞り込む。 (query `clientReference`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 在留申請の一覧（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_applications(
            status=status,
            application_type=application_type,
            submitted_from=submitted_from,
            submitted_to=submitted_to,
            client_reference=client_reference,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def submit_application(
        self,
        *,
        body: models.SubmitResidenceApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ResidenceSubmissionReceipt:
        """在留申請を送信する

        在留申請を送信し、申請人ごとの受付番号を得ます。`multipart/form-data` で次のパートを送ります。

        | パート | Content-Type | 内容 |
        |---|---|---|
        | `metadata` | `application/json` | 申請種別・同時申請・送信者・ZIPの目録（`ResidenceApplicationMetadata`）。
        |
        | `package` | `application/zip` | `application.csv`・顔写真・立証資料をまとめた ZIP（合計25MB以内、例示）。 |
        | `signature` | `application/pkcs7-signature` | `package` の ZIP のバイト列に対する CMS SignedData デタッチド
        署名（DER、SHA-256）。送信者の署名用電子証明書を含める。 |

        受信時に署名・証明書の有効性、ZIP のハッシュ値、CSV の形式（必須項目・コード値・桁数）、行番号と顔写真・立証資
        料の
        対応を確認し、すべて合格すると申請人ごとに受付番号を払い出して `201` を返します。1件でも不備がある場合は
        申請全体を受け付けず `400` を返します（`invalidParams` に CSV の行番号と項目名を示します）。

        1回の送信で申請できるのは、同じ申請種別・同じ所属機関の申請人50名まで（例示）です。再入国許可・資格外活動許可
        は、
        在留資格変更・在留期間更新・在留資格取得の申請と同時にのみ申請できます。
        同じ `clientReference` で再送した場合は二重申請とみなして `409` を返します。

        `POST /applications` (operationId: `residenceSubmitApplication`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: メタデータ、ZIP（CSV・顔写真・立証資料）、電子署名。 (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 受け付けた。申請人ごとの受付番号を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.submit_application(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_review_status(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ReviewStatusDetail:
        """審査状況を照会する

        受付番号を指定して、在留申請の審査状況と状況の履歴を取得します。状況が `additionalDocumentsRequested`
        （追加資料提出依頼）の場合は `additionalDocumentsRequest` に求められた資料と提出期限が入ります。
        状況が `decided`（審査終了）になったら結果通知（`GET /applications/{receiptNumber}/result`）を取得してください
        。
        審査状況の更新は地方出入国在留管理官署の処理に応じて行われ、即時ではありません。照会は1受付番号あたり
        1時間に1回程度を目安にしてください（例示）。

        `GET /applications/{receiptNumber}` (operationId: `residenceGetReviewStatus`)

        Args:
            receipt_number: 申請人ごとに払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 審査状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_review_status(
            receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def submit_additional_documents(
        self,
        receipt_number: str,
        *,
        body: models.SubmitAdditionalDocumentsForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.AdditionalDocumentsReceipt:
        """追加資料を提出する

        審査中に地方出入国在留管理官署から追加資料の提出を求められた（審査状況が `additionalDocumentsRequested`）申請
        に、
        追加資料を提出します。申請送信と同じく、メタデータ・ZIP（`attachments/` 配下の PDF）・ZIP に対する電子署名を
        `multipart/form-data` で送ります。提出すると審査状況は `underReview` に戻ります。
        追加資料提出依頼がない状態で送った場合、提出期限を過ぎている場合は `409` になります。

        `POST /applications/{receiptNumber}/additional-documents` (operationId: `residenceSubmitAdditionalDocuments`)

        Args:
            receipt_number: 申請人ごとに払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: メタデータ、追加資料の ZIP、電子署名。 (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 追加資料を受け付けた。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.submit_additional_documents(
            receipt_number=receipt_number,
            body=body,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_result_notice(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ResultNotice:
        """結果通知を取得する

        審査が終了した（審査状況が `decided`）申請の結果通知を取得します。

        - **許可**（在留資格変更・在留期間更新・在留資格取得）: 決定された在留資格・在留期間・在留期間の満了日、
          納付すべき手数料、新しい在留カードの受領方法（郵送または地方出入国在留管理官署の窓口）を返します。
          同時に申請した再入国許可・資格外活動許可の結果も含みます。
        - **交付**（在留資格認定証明書）: 電子化された在留資格認定証明書を送付したメールアドレスと有効期限（交付日から
        3か月）を返します。
        - **不許可・不交付**: 理由の説明を受けるための案内を返します。

        審査が終了していない場合は `409` になります。手数料額は例示です。最新の手数料は出入国在留管理庁の案内で確認し
        てください。

        `GET /applications/{receiptNumber}/result` (operationId: `residenceGetResultNotice`)

        Args:
            receipt_number: 申請人ごとに払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 結果通知。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_result_notice(
            receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    @staticmethod
    def parse_review_status_changed_webhook(payload: bytes | str) -> models.ReviewStatusChangedEvent:
        """審査状況の変化を通知する（Webhook `residenceReviewStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ReviewStatusChangedEvent).validate_json(payload)


class ResidenceProceduresClientWithRawResponse:
    """ResidenceProceduresClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: ResidenceProceduresClient) -> None:
        self._client = client

    def list_statuses(
        self,
        *,
        application_type: models.ApplicationType | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ResidenceStatusList]:
        """list_statuses() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ResidenceStatusList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/residence-statuses",
                    {},
                    {
                        "applicationType": application_type,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ResidenceStatusList},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_applications(
        self,
        *,
        status: list[models.ReviewStatus] | Unset = UNSET,
        application_type: models.ApplicationType | Unset = UNSET,
        submitted_from: str | Unset = UNSET,
        submitted_to: str | Unset = UNSET,
        client_reference: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ResidenceApplicationList]:
        """list_applications() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ResidenceApplicationList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/applications",
                    {},
                    {
                        "status": status,
                        "applicationType": application_type,
                        "submittedFrom": submitted_from,
                        "submittedTo": submitted_to,
                        "clientReference": client_reference,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ResidenceApplicationList},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def submit_application(
        self,
        *,
        body: models.SubmitResidenceApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ResidenceSubmissionReceipt]:
        """submit_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ResidenceSubmissionReceipt]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/applications",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "multipart/form-data",
                    {"201": models.ResidenceSubmissionReceipt},
                    part_types={
                        "metadata": "application/json",
                        "package": "application/zip",
                        "signature": "application/pkcs7-signature",
                    },
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_review_status(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ReviewStatusDetail]:
        """get_review_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ReviewStatusDetail]",
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
                    {"200": models.ReviewStatusDetail},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def submit_additional_documents(
        self,
        receipt_number: str,
        *,
        body: models.SubmitAdditionalDocumentsForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.AdditionalDocumentsReceipt]:
        """submit_additional_documents() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.AdditionalDocumentsReceipt]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/applications/{receiptNumber}/additional-documents",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "multipart/form-data",
                    {"201": models.AdditionalDocumentsReceipt},
                    part_types={
                        "metadata": "application/json",
                        "package": "application/zip",
                        "signature": "application/pkcs7-signature",
                    },
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_result_notice(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ResultNotice]:
        """get_result_notice() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ResultNotice]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/applications/{receiptNumber}/result",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ResultNotice},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncResidenceProceduresClient(AsyncTransport):
    """在留手続申請API のクライアント（非同期）。

    在留手続申請API
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
    def with_raw_response(self) -> AsyncResidenceProceduresClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncResidenceProceduresClientWithRawResponse(self)

    async def list_statuses(
        self,
        *,
        application_type: models.ApplicationType | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ResidenceStatusList:
        """在留資格コード表を取得する

        在留資格のコード表を取得します。各在留資格について、入管法の別表の区分、就労の可否、決定されうる在留期間、
        申請種別ごとのオンライン申請の可否を返します。`applicationType` を指定すると、その申請種別でオンライン申請でき
        る
        在留資格だけを返します。CSV の「現に有する在留資格」「希望する在留資格」にはこの `code` を記載します。
        利用者の同意は不要で、事業者のクライアント証明書（相互TLS）のみで呼び出せます。

        `GET /residence-statuses` (operationId: `residenceListStatuses`)

        Args:
            application_type: 申請種別。指定するとその申請種別でオンライン申請できる在留資格に絞り込む。 (query
                `applicationType`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 在留資格コード表。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_statuses(
                application_type=application_type, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_applications(
        self,
        *,
        status: list[models.ReviewStatus] | Unset = UNSET,
        application_type: models.ApplicationType | Unset = UNSET,
        submitted_from: str | Unset = UNSET,
        submitted_to: str | Unset = UNSET,
        client_reference: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ResidenceApplicationList:
        """送信した在留申請の一覧を取得する

        同意した送信者がこのサービス経由で送信した在留申請を、申請人単位（受付番号単位）で新しい順に返します。
        審査状況の一括確認や、通信断の後に受付済みかどうかの確認（`clientReference` で絞り込み）に用います。

        `GET /applications` (operationId: `residenceListApplications`)

        Args:
            status: 審査状況で絞り込む。複数指定した場合はいずれかに該当する申請を返す。 (query `status`)
            application_type: 申請種別で絞り込む。 (query `applicationType`)
            submitted_from: 送信日の範囲の開始日（YYYYMMDD、この日を含む）。 (query `submittedFrom`)
            submitted_to: 送信日の範囲の終了日（YYYYMMDD、この日を含む）。 (query `submittedTo`)
            client_reference: 送信時に指定した事業者側の管理番号で絞り込む。 (query `clientReference`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 在留申請の一覧（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_applications(
                status=status,
                application_type=application_type,
                submitted_from=submitted_from,
                submitted_to=submitted_to,
                client_reference=client_reference,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def submit_application(
        self,
        *,
        body: models.SubmitResidenceApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ResidenceSubmissionReceipt:
        """在留申請を送信する

        在留申請を送信し、申請人ごとの受付番号を得ます。`multipart/form-data` で次のパートを送ります。

        | パート | Content-Type | 内容 |
        |---|---|---|
        | `metadata` | `application/json` | 申請種別・同時申請・送信者・ZIPの目録（`ResidenceApplicationMetadata`）。
        |
        | `package` | `application/zip` | `application.csv`・顔写真・立証資料をまとめた ZIP（合計25MB以内、例示）。 |
        | `signature` | `application/pkcs7-signature` | `package` の ZIP のバイト列に対する CMS SignedData デタッチド
        署名（DER、SHA-256）。送信者の署名用電子証明書を含める。 |

        受信時に署名・証明書の有効性、ZIP のハッシュ値、CSV の形式（必須項目・コード値・桁数）、行番号と顔写真・立証資
        料の
        対応を確認し、すべて合格すると申請人ごとに受付番号を払い出して `201` を返します。1件でも不備がある場合は
        申請全体を受け付けず `400` を返します（`invalidParams` に CSV の行番号と項目名を示します）。

        1回の送信で申請できるのは、同じ申請種別・同じ所属機関の申請人50名まで（例示）です。再入国許可・資格外活動許可
        は、
        在留資格変更・在留期間更新・在留資格取得の申請と同時にのみ申請できます。
        同じ `clientReference` で再送した場合は二重申請とみなして `409` を返します。

        `POST /applications` (operationId: `residenceSubmitApplication`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: メタデータ、ZIP（CSV・顔写真・立証資料）、電子署名。 (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 受け付けた。申請人ごとの受付番号を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.submit_application(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_review_status(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ReviewStatusDetail:
        """審査状況を照会する

        受付番号を指定して、在留申請の審査状況と状況の履歴を取得します。状況が `additionalDocumentsRequested`
        （追加資料提出依頼）の場合は `additionalDocumentsRequest` に求められた資料と提出期限が入ります。
        状況が `decided`（審査終了）になったら結果通知（`GET /applications/{receiptNumber}/result`）を取得してください
        。
        審査状況の更新は地方出入国在留管理官署の処理に応じて行われ、即時ではありません。照会は1受付番号あたり
        1時間に1回程度を目安にしてください（例示）。

        `GET /applications/{receiptNumber}` (operationId: `residenceGetReviewStatus`)

        Args:
            receipt_number: 申請人ごとに払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 審査状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_review_status(
                receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def submit_additional_documents(
        self,
        receipt_number: str,
        *,
        body: models.SubmitAdditionalDocumentsForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.AdditionalDocumentsReceipt:
        """追加資料を提出する

        審査中に地方出入国在留管理官署から追加資料の提出を求められた（審査状況が `additionalDocumentsRequested`）申請
        に、
        追加資料を提出します。申請送信と同じく、メタデータ・ZIP（`attachments/` 配下の PDF）・ZIP に対する電子署名を
        `multipart/form-data` で送ります。提出すると審査状況は `underReview` に戻ります。
        追加資料提出依頼がない状態で送った場合、提出期限を過ぎている場合は `409` になります。

        `POST /applications/{receiptNumber}/additional-documents` (operationId: `residenceSubmitAdditionalDocuments`)

        Args:
            receipt_number: 申請人ごとに払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: メタデータ、追加資料の ZIP、電子署名。 (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 追加資料を受け付けた。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.submit_additional_documents(
                receipt_number=receipt_number,
                body=body,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_result_notice(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ResultNotice:
        """結果通知を取得する

        審査が終了した（審査状況が `decided`）申請の結果通知を取得します。

        - **許可**（在留資格変更・在留期間更新・在留資格取得）: 決定された在留資格・在留期間・在留期間の満了日、
          納付すべき手数料、新しい在留カードの受領方法（郵送または地方出入国在留管理官署の窓口）を返します。
          同時に申請した再入国許可・資格外活動許可の結果も含みます。
        - **交付**（在留資格認定証明書）: 電子化された在留資格認定証明書を送付したメールアドレスと有効期限（交付日から
        3か月）を返します。
        - **不許可・不交付**: 理由の説明を受けるための案内を返します。

        審査が終了していない場合は `409` になります。手数料額は例示です。最新の手数料は出入国在留管理庁の案内で確認し
        てください。

        `GET /applications/{receiptNumber}/result` (operationId: `residenceGetResultNotice`)

        Args:
            receipt_number: 申請人ごとに払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 結果通知。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_result_notice(
                receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    @staticmethod
    def parse_review_status_changed_webhook(payload: bytes | str) -> models.ReviewStatusChangedEvent:
        """審査状況の変化を通知する（Webhook `residenceReviewStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ReviewStatusChangedEvent).validate_json(payload)


class AsyncResidenceProceduresClientWithRawResponse:
    """AsyncResidenceProceduresClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncResidenceProceduresClient) -> None:
        self._client = client

    async def list_statuses(
        self,
        *,
        application_type: models.ApplicationType | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ResidenceStatusList]:
        """list_statuses() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ResidenceStatusList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/residence-statuses",
                    {},
                    {
                        "applicationType": application_type,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ResidenceStatusList},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_applications(
        self,
        *,
        status: list[models.ReviewStatus] | Unset = UNSET,
        application_type: models.ApplicationType | Unset = UNSET,
        submitted_from: str | Unset = UNSET,
        submitted_to: str | Unset = UNSET,
        client_reference: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ResidenceApplicationList]:
        """list_applications() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ResidenceApplicationList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/applications",
                    {},
                    {
                        "status": status,
                        "applicationType": application_type,
                        "submittedFrom": submitted_from,
                        "submittedTo": submitted_to,
                        "clientReference": client_reference,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ResidenceApplicationList},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def submit_application(
        self,
        *,
        body: models.SubmitResidenceApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ResidenceSubmissionReceipt]:
        """submit_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ResidenceSubmissionReceipt]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/applications",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "multipart/form-data",
                    {"201": models.ResidenceSubmissionReceipt},
                    part_types={
                        "metadata": "application/json",
                        "package": "application/zip",
                        "signature": "application/pkcs7-signature",
                    },
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_review_status(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ReviewStatusDetail]:
        """get_review_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ReviewStatusDetail]",
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
                    {"200": models.ReviewStatusDetail},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def submit_additional_documents(
        self,
        receipt_number: str,
        *,
        body: models.SubmitAdditionalDocumentsForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.AdditionalDocumentsReceipt]:
        """submit_additional_documents() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.AdditionalDocumentsReceipt]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/applications/{receiptNumber}/additional-documents",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "multipart/form-data",
                    {"201": models.AdditionalDocumentsReceipt},
                    part_types={
                        "metadata": "application/json",
                        "package": "application/zip",
                        "signature": "application/pkcs7-signature",
                    },
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_result_notice(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ResultNotice]:
        """get_result_notice() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ResultNotice]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/applications/{receiptNumber}/result",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ResultNotice},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
