"""社会保険・税手続申請API (1.0.0): generated client. Do not edit."""

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
    "SocialInsuranceTaxClient",
    "AsyncSocialInsuranceTaxClient",
    "SocialInsuranceTaxClientWithRawResponse",
    "AsyncSocialInsuranceTaxClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/social-insurance-tax",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/social-insurance-tax/v1",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/social-insurance-tax/v1",  # 本番環境（ホスト名は例示）
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


class SocialInsuranceTaxClient(SyncTransport):
    """社会保険・税手続申請API のクライアント。

    社会保険・税手続申請API
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
    def with_raw_response(self) -> SocialInsuranceTaxClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return SocialInsuranceTaxClientWithRawResponse(self)

    def list_procedures(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcedureList:
        """申請できる届出の一覧を取得する

        申請できる届出の種類ごとに、提出先の区分、受け付けるデータ形式と様式の版、提出期限の目安を返します。
        様式は制度改正に合わせて改版されるため、届出データの作成前に版を確認してください。

        `GET /procedures` (operationId: `socialTaxListProcedures`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 届出の種類の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_procedures(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_filings(
        self,
        *,
        procedure_kind: models.ProcedureKind | Unset = UNSET,
        status: models.FilingStatus | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.FilingList:
        """届出の一覧を取得する

        ログイン中の事業主・代理人がこのサービスから送信した届出を、受付日時の新しい順に返します。

        `GET /filings` (operationId: `socialTaxListFilings`)

        Args:
            procedure_kind: 手続の種類で絞り込む。 (query `procedureKind`)
            status: 届出の状態で絞り込む（補正対応が必要な届出の抽出等）。 (query `status`)
            received_from: 受付日の開始（YYYYMMDD、この日を含む）。 (query `receivedFrom`)
            received_to: 受付日の終了（YYYYMMDD、この日を含む）。 (query `receivedTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 届出の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_filings(
            procedure_kind=procedure_kind,
            status=status,
            received_from=received_from,
            received_to=received_to,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def submit_filing(
        self,
        *,
        body: models.FilingSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Filing:
        """届出データを送信する

        届出データを送信し、受付番号を払い出します。受付時にはマニフェストとZIPの整合（ファイルの有無、SHA-256）、
        電子署名の検証、様式の版、事業所の識別情報の形式を確認し、不備があれば `400` を返します。
        提出先での審査は非同期のため応答は `202 Accepted` です。状況は `GET /filings/{receiptNumber}` または
        Webhook（`socialTaxFilingStatusChanged`）で確認してください。
        `Idempotency-Key` を指定すると、通信エラー時の再送で二重提出になりません。パッケージの上限は50MB（例示）です。

        `POST /filings` (operationId: `socialTaxSubmitFiling`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重提出を防ぐための一意キー（UUID）。同じキーでの再送には最初の応答を返す（
                保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: リクエストボディ (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            202: 受け付けた。受付番号と初期状態を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.submit_filing(
            body=body,
            x_request_id=x_request_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_filing(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Filing:
        """届出の状況を取得する

        受付番号で届出の状態と、提出先ごとの状態（到達番号、審査、補正、完了）を返します。
        給与支払報告書のように複数の市区町村へ提出される届出では、提出先ごとに状態が分かれます。

        `GET /filings/{receiptNumber}` (operationId: `socialTaxGetFiling`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 届出の状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_filing(
            receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def withdraw_filing(
        self,
        receipt_number: str,
        *,
        body: models.WithdrawalRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Filing:
        """届出を取り下げる

        審査が完了していない届出を取り下げます。提出先が取下げを受理した時点で `withdrawn` になります（非同期のため
        `202`）。
        完了済み・返戻済みの届出は取り下げられず `409` を返します。内容を訂正する場合は、取下げではなく訂正の届出（訂
        正用の様式）を新たに送信してください。

        `POST /filings/{receiptNumber}/withdrawal` (operationId: `socialTaxWithdrawFiling`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            202: 取下げを受け付けた。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.withdraw_filing(
            receipt_number=receipt_number,
            body=body,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_correction_requests(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.CorrectionRequestList:
        """補正依頼を取得する

        提出先から届いた補正依頼を、依頼日時の古い順に返します。各依頼には不備の箇所（届書の行・項目）と理由、補正期限
        が含まれます。
        対応が必要なのは `status` が `open` の依頼です。

        `GET /filings/{receiptNumber}/corrections` (operationId: `socialTaxListCorrectionRequests`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 補正依頼の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_correction_requests(
            receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def respond_to_correction(
        self,
        receipt_number: str,
        correction_id: str,
        *,
        body: models.CorrectionSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.CorrectionRequest:
        """補正依頼に修正データを再提出する

        補正依頼に対し、修正した届書データを再提出します。再提出するデータは補正対象の届出全体（全員分）で、
        新規送信と同様に電子署名が必要です。受付番号は変わらず、補正依頼の状態が `responded` になります。
        既に回答済み・期限切れの補正依頼には `409` を返します。

        `POST /filings/{receiptNumber}/corrections/{correctionId}/response` (operationId: `socialTaxRespondToCorrection`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            correction_id: 補正依頼ID（補正依頼一覧の correctionId）。形式は例示。 (path `correctionId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重提出を防ぐための一意キー（UUID）。同じキーでの再送には最初の応答を返す（
                保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: リクエストボディ (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            202: 再提出を受け付けた。更新後の補正依頼を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.respond_to_correction(
            receipt_number=receipt_number,
            correction_id=correction_id,
            body=body,
            x_request_id=x_request_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_official_documents(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.OfficialDocumentList:
        """公文書の一覧を取得する

        届出に対して提出先が発出した公文書（電子公文書）の一覧を返します。資格取得届の「資格取得確認および標準報酬決定
        通知書」、
        算定基礎届の「標準報酬決定通知書」、雇用保険の「資格取得等確認通知書」「離職票」などです。
        従業員に交付すべき通知書が含まれるため、取得可能期間（発出から90日、例示）内に取得・保存してください。

        `GET /filings/{receiptNumber}/official-documents` (operationId: `socialTaxListOfficialDocuments`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 公文書の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_official_documents(
            receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def download_official_document(
        self,
        receipt_number: str,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """公文書をダウンロードする

        公文書を発出時のまま返します。ZIPには公文書本体（XML）、表示用スタイルシート（XSL）、発出者の電子署名が含まれ
        ます。
        署名を検証したうえで保存してください。`Content-Digest` は一覧の `sha256` と同じダイジェストです。

        `GET /filings/{receiptNumber}/official-documents/{documentId}` (operationId: `socialTaxDownloadOfficialDocument`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            document_id: 公文書ID（公文書一覧の documentId）。形式は例示。 (path `documentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 公文書（ZIP またはPDF）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.download_official_document(
            receipt_number=receipt_number,
            document_id=document_id,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    @staticmethod
    def parse_filing_status_changed(payload: bytes | str) -> models.FilingEvent:
        """届出の状態変化を通知する（Webhook `socialTaxFilingStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.FilingEvent).validate_json(payload)


class SocialInsuranceTaxClientWithRawResponse:
    """SocialInsuranceTaxClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: SocialInsuranceTaxClient) -> None:
        self._client = client

    def list_procedures(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcedureList]:
        """list_procedures() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcedureList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/procedures",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcedureList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_filings(
        self,
        *,
        procedure_kind: models.ProcedureKind | Unset = UNSET,
        status: models.FilingStatus | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.FilingList]:
        """list_filings() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.FilingList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/filings",
                    {},
                    {
                        "procedureKind": procedure_kind,
                        "status": status,
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
                    {"200": models.FilingList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def submit_filing(
        self,
        *,
        body: models.FilingSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Filing]:
        """submit_filing() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Filing]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/filings",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "multipart/form-data",
                    {"202": models.Filing},
                    part_types={"manifest": "application/json", "package": "application/zip"},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_filing(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Filing]:
        """get_filing() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Filing]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/filings/{receiptNumber}",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Filing},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def withdraw_filing(
        self,
        receipt_number: str,
        *,
        body: models.WithdrawalRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Filing]:
        """withdraw_filing() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Filing]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/filings/{receiptNumber}/withdrawal",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"202": models.Filing},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_correction_requests(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.CorrectionRequestList]:
        """list_correction_requests() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.CorrectionRequestList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/filings/{receiptNumber}/corrections",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.CorrectionRequestList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def respond_to_correction(
        self,
        receipt_number: str,
        correction_id: str,
        *,
        body: models.CorrectionSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.CorrectionRequest]:
        """respond_to_correction() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.CorrectionRequest]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/filings/{receiptNumber}/corrections/{correctionId}/response",
                    {
                        "receiptNumber": receipt_number,
                        "correctionId": correction_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "multipart/form-data",
                    {"202": models.CorrectionRequest},
                    part_types={"manifest": "application/json", "package": "application/zip"},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_official_documents(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.OfficialDocumentList]:
        """list_official_documents() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.OfficialDocumentList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/filings/{receiptNumber}/official-documents",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.OfficialDocumentList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def download_official_document(
        self,
        receipt_number: str,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[bytes]:
        """download_official_document() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[bytes]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/filings/{receiptNumber}/official-documents/{documentId}",
                    {
                        "receiptNumber": receipt_number,
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


class AsyncSocialInsuranceTaxClient(AsyncTransport):
    """社会保険・税手続申請API のクライアント（非同期）。

    社会保険・税手続申請API
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
    def with_raw_response(self) -> AsyncSocialInsuranceTaxClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncSocialInsuranceTaxClientWithRawResponse(self)

    async def list_procedures(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcedureList:
        """申請できる届出の一覧を取得する

        申請できる届出の種類ごとに、提出先の区分、受け付けるデータ形式と様式の版、提出期限の目安を返します。
        様式は制度改正に合わせて改版されるため、届出データの作成前に版を確認してください。

        `GET /procedures` (operationId: `socialTaxListProcedures`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 届出の種類の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_procedures(
                x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_filings(
        self,
        *,
        procedure_kind: models.ProcedureKind | Unset = UNSET,
        status: models.FilingStatus | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.FilingList:
        """届出の一覧を取得する

        ログイン中の事業主・代理人がこのサービスから送信した届出を、受付日時の新しい順に返します。

        `GET /filings` (operationId: `socialTaxListFilings`)

        Args:
            procedure_kind: 手続の種類で絞り込む。 (query `procedureKind`)
            status: 届出の状態で絞り込む（補正対応が必要な届出の抽出等）。 (query `status`)
            received_from: 受付日の開始（YYYYMMDD、この日を含む）。 (query `receivedFrom`)
            received_to: 受付日の終了（YYYYMMDD、この日を含む）。 (query `receivedTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 届出の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_filings(
                procedure_kind=procedure_kind,
                status=status,
                received_from=received_from,
                received_to=received_to,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def submit_filing(
        self,
        *,
        body: models.FilingSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Filing:
        """届出データを送信する

        届出データを送信し、受付番号を払い出します。受付時にはマニフェストとZIPの整合（ファイルの有無、SHA-256）、
        電子署名の検証、様式の版、事業所の識別情報の形式を確認し、不備があれば `400` を返します。
        提出先での審査は非同期のため応答は `202 Accepted` です。状況は `GET /filings/{receiptNumber}` または
        Webhook（`socialTaxFilingStatusChanged`）で確認してください。
        `Idempotency-Key` を指定すると、通信エラー時の再送で二重提出になりません。パッケージの上限は50MB（例示）です。

        `POST /filings` (operationId: `socialTaxSubmitFiling`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重提出を防ぐための一意キー（UUID）。同じキーでの再送には最初の応答を返す（
                保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: リクエストボディ (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            202: 受け付けた。受付番号と初期状態を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.submit_filing(
                body=body,
                x_request_id=x_request_id,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_filing(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Filing:
        """届出の状況を取得する

        受付番号で届出の状態と、提出先ごとの状態（到達番号、審査、補正、完了）を返します。
        給与支払報告書のように複数の市区町村へ提出される届出では、提出先ごとに状態が分かれます。

        `GET /filings/{receiptNumber}` (operationId: `socialTaxGetFiling`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 届出の状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_filing(
                receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def withdraw_filing(
        self,
        receipt_number: str,
        *,
        body: models.WithdrawalRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Filing:
        """届出を取り下げる

        審査が完了していない届出を取り下げます。提出先が取下げを受理した時点で `withdrawn` になります（非同期のため
        `202`）。
        完了済み・返戻済みの届出は取り下げられず `409` を返します。内容を訂正する場合は、取下げではなく訂正の届出（訂
        正用の様式）を新たに送信してください。

        `POST /filings/{receiptNumber}/withdrawal` (operationId: `socialTaxWithdrawFiling`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            202: 取下げを受け付けた。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.withdraw_filing(
                receipt_number=receipt_number,
                body=body,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_correction_requests(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.CorrectionRequestList:
        """補正依頼を取得する

        提出先から届いた補正依頼を、依頼日時の古い順に返します。各依頼には不備の箇所（届書の行・項目）と理由、補正期限
        が含まれます。
        対応が必要なのは `status` が `open` の依頼です。

        `GET /filings/{receiptNumber}/corrections` (operationId: `socialTaxListCorrectionRequests`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 補正依頼の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_correction_requests(
                receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def respond_to_correction(
        self,
        receipt_number: str,
        correction_id: str,
        *,
        body: models.CorrectionSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.CorrectionRequest:
        """補正依頼に修正データを再提出する

        補正依頼に対し、修正した届書データを再提出します。再提出するデータは補正対象の届出全体（全員分）で、
        新規送信と同様に電子署名が必要です。受付番号は変わらず、補正依頼の状態が `responded` になります。
        既に回答済み・期限切れの補正依頼には `409` を返します。

        `POST /filings/{receiptNumber}/corrections/{correctionId}/response` (operationId: `socialTaxRespondToCorrection`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            correction_id: 補正依頼ID（補正依頼一覧の correctionId）。形式は例示。 (path `correctionId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重提出を防ぐための一意キー（UUID）。同じキーでの再送には最初の応答を返す（
                保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: リクエストボディ (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            202: 再提出を受け付けた。更新後の補正依頼を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.respond_to_correction(
                receipt_number=receipt_number,
                correction_id=correction_id,
                body=body,
                x_request_id=x_request_id,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_official_documents(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.OfficialDocumentList:
        """公文書の一覧を取得する

        届出に対して提出先が発出した公文書（電子公文書）の一覧を返します。資格取得届の「資格取得確認および標準報酬決定
        通知書」、
        算定基礎届の「標準報酬決定通知書」、雇用保険の「資格取得等確認通知書」「離職票」などです。
        従業員に交付すべき通知書が含まれるため、取得可能期間（発出から90日、例示）内に取得・保存してください。

        `GET /filings/{receiptNumber}/official-documents` (operationId: `socialTaxListOfficialDocuments`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 公文書の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_official_documents(
                receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def download_official_document(
        self,
        receipt_number: str,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bytes:
        """公文書をダウンロードする

        公文書を発出時のまま返します。ZIPには公文書本体（XML）、表示用スタイルシート（XSL）、発出者の電子署名が含まれ
        ます。
        署名を検証したうえで保存してください。`Content-Digest` は一覧の `sha256` と同じダイジェストです。

        `GET /filings/{receiptNumber}/official-documents/{documentId}` (operationId: `socialTaxDownloadOfficialDocument`)

        Args:
            receipt_number: 受付番号（届出送信時の応答の receiptNumber）。 (path `receiptNumber`)
            document_id: 公文書ID（公文書一覧の documentId）。形式は例示。 (path `documentId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 公文書（ZIP またはPDF）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.download_official_document(
                receipt_number=receipt_number,
                document_id=document_id,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    @staticmethod
    def parse_filing_status_changed(payload: bytes | str) -> models.FilingEvent:
        """届出の状態変化を通知する（Webhook `socialTaxFilingStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.FilingEvent).validate_json(payload)


class AsyncSocialInsuranceTaxClientWithRawResponse:
    """AsyncSocialInsuranceTaxClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncSocialInsuranceTaxClient) -> None:
        self._client = client

    async def list_procedures(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcedureList]:
        """list_procedures() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcedureList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/procedures",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcedureList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_filings(
        self,
        *,
        procedure_kind: models.ProcedureKind | Unset = UNSET,
        status: models.FilingStatus | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.FilingList]:
        """list_filings() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.FilingList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/filings",
                    {},
                    {
                        "procedureKind": procedure_kind,
                        "status": status,
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
                    {"200": models.FilingList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def submit_filing(
        self,
        *,
        body: models.FilingSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Filing]:
        """submit_filing() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Filing]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/filings",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "multipart/form-data",
                    {"202": models.Filing},
                    part_types={"manifest": "application/json", "package": "application/zip"},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_filing(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Filing]:
        """get_filing() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Filing]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/filings/{receiptNumber}",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Filing},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def withdraw_filing(
        self,
        receipt_number: str,
        *,
        body: models.WithdrawalRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Filing]:
        """withdraw_filing() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Filing]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/filings/{receiptNumber}/withdrawal",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"202": models.Filing},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_correction_requests(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.CorrectionRequestList]:
        """list_correction_requests() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.CorrectionRequestList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/filings/{receiptNumber}/corrections",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.CorrectionRequestList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def respond_to_correction(
        self,
        receipt_number: str,
        correction_id: str,
        *,
        body: models.CorrectionSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.CorrectionRequest]:
        """respond_to_correction() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.CorrectionRequest]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/filings/{receiptNumber}/corrections/{correctionId}/response",
                    {
                        "receiptNumber": receipt_number,
                        "correctionId": correction_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "multipart/form-data",
                    {"202": models.CorrectionRequest},
                    part_types={"manifest": "application/json", "package": "application/zip"},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_official_documents(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.OfficialDocumentList]:
        """list_official_documents() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.OfficialDocumentList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/filings/{receiptNumber}/official-documents",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.OfficialDocumentList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def download_official_document(
        self,
        receipt_number: str,
        document_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[bytes]:
        """download_official_document() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[bytes]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/filings/{receiptNumber}/official-documents/{documentId}",
                    {
                        "receiptNumber": receipt_number,
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
