"""法人設立手続等申請API (1.0.0): generated client. Do not edit."""

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
    "CorporateRegistrationClient",
    "AsyncCorporateRegistrationClient",
    "CorporateRegistrationClientWithRawResponse",
    "AsyncCorporateRegistrationClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/corporate-registration",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/corporate-registration/v1",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/corporate-registration/v1",  # 本番環境（ホスト名は例示）
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


class CorporateRegistrationClient(SyncTransport):
    """法人設立手続等申請API のクライアント。

    法人設立手続等申請API
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
    def with_raw_response(self) -> CorporateRegistrationClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return CorporateRegistrationClientWithRawResponse(self)

    def list_procedure_kinds(
        self,
        *,
        company_type: models.CompanyType | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcedureKindList:
        """申請できる手続の一覧を取得する

        申請パッケージに含められる手続の種類、提出先の区分、設立登記の完了を待つ手続かどうか、必須の添付書類、
        受け付ける様式の版を返します。様式の改正に追随するため、申請画面の構築時や定期的な確認に用いてください。

        `GET /procedure-kinds` (operationId: `corpRegListProcedureKinds`)

        Args:
            company_type: 設立する法人の種類で絞り込む。 (query `companyType`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 手続の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_procedure_kinds(
            company_type=company_type, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_applications(
        self,
        *,
        status: models.ApplicationStatus | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationList:
        """申請の一覧を取得する

        ログイン中の申請者がこのサービスから送信した申請を、受付日時の新しい順に返します。

        `GET /applications` (operationId: `corpRegListApplications`)

        Args:
            status: 申請全体の状態で絞り込む。 (query `status`)
            received_from: 受付日の開始（YYYYMMDD、この日を含む）。 (query `receivedFrom`)
            received_to: 受付日の終了（YYYYMMDD、この日を含む）。 (query `receivedTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請の一覧（手続ごとの詳細は省略）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_applications(
            status=status,
            received_from=received_from,
            received_to=received_to,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def submit_application(
        self,
        *,
        body: models.ApplicationSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Application:
        """法人設立の申請パッケージを送信する

        申請パッケージを送信し、受付番号を払い出します。受付時にはマニフェストとZIPの整合（ファイルの有無、SHA-256）、
        電子署名の検証（署名の有効性、証明書の有効期間・失効）、様式の版を確認し、不備があれば `400` を返します。
        各提出先での審査はこの後に非同期で行われるため、応答は `202 Accepted` です。状況は `GET
        /applications/{receiptNumber}`
        またはWebhook（`corpRegApplicationStatusChanged`）で確認してください。
        `Idempotency-Key` を指定すると、通信エラー時の再送で二重申請になりません。パッケージの上限は50MB・300ファイル
        （例示）です。

        `POST /applications` (operationId: `corpRegSubmitApplication`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重申請を防ぐための一意キー（UUID）。同じキーでの再送には最初の応答を返す（
                保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: リクエストボディ (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            202: 受け付けた。受付番号と手続ごとの初期状態を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.submit_application(
            body=body,
            x_request_id=x_request_id,
            idempotency_key=idempotency_key,
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
    ) -> models.Application:
        """申請の状況を取得する

        受付番号で申請全体の状態と、手続ごとの状態（提出先への送付、到達番号、審査、補正、完了）を返します。
        設立登記が完了すると `company.corporateNumber` に法人番号が設定され、設立後の手続が各提出先へ送付されます。
        提出先から補正の連絡があった手続は `correctionRequested` となり、`message` に内容が示されます
        （補正は各提出先の案内に従って行います）。

        `GET /applications/{receiptNumber}` (operationId: `corpRegGetApplication`)

        Args:
            receipt_number: 受付番号（申請送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請の状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_application(
            receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def withdraw_application(
        self,
        receipt_number: str,
        *,
        body: models.WithdrawalRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Application:
        """申請を取り下げる

        申請全体、または指定した手続を取り下げます。完了済みの手続（例：登記済みの設立登記）は取り下げられません。
        提出先へ送付済みの手続は、提出先が取下げを受理した時点で `withdrawn` になります（非同期のため `202`）。
        送付前の手続（設立登記の完了待ち等）は直ちに取り下げられます。

        `POST /applications/{receiptNumber}/withdrawal` (operationId: `corpRegWithdrawApplication`)

        Args:
            receipt_number: 受付番号（申請送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            202: 取下げを受け付けた。手続ごとの状態を含む申請状況を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.withdraw_application(
            receipt_number=receipt_number,
            body=body,
            x_request_id=x_request_id,
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

        申請に対して各提出先が発出した公文書（電子公文書）の一覧を返します。公文書は提出先の電子署名付きで、
        取得可能期間（発出から90日、例示）を過ぎると取得できなくなるため、発出の通知を受けたら速やかに取得・保存してく
        ださい。

        `GET /applications/{receiptNumber}/official-documents` (operationId: `corpRegListOfficialDocuments`)

        Args:
            receipt_number: 受付番号（申請送信時の応答の receiptNumber）。 (path `receiptNumber`)
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

        公文書を発出時のまま返します。ZIPには公文書本体（XML）、表示用スタイルシート（XSL）、提出先の電子署名が含まれ
        ます。
        署名を検証したうえで保存してください。`Content-Digest` は一覧の `sha256` と同じダイジェストです。

        `GET /applications/{receiptNumber}/official-documents/{documentId}` (operationId: `corpRegDownloadOfficialDocument`)

        Args:
            receipt_number: 受付番号（申請送信時の応答の receiptNumber）。 (path `receiptNumber`)
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
    def parse_application_status_changed(payload: bytes | str) -> models.ApplicationEvent:
        """申請の状態変化を通知する（Webhook `corpRegApplicationStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ApplicationEvent).validate_json(payload)


class CorporateRegistrationClientWithRawResponse:
    """CorporateRegistrationClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: CorporateRegistrationClient) -> None:
        self._client = client

    def list_procedure_kinds(
        self,
        *,
        company_type: models.CompanyType | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcedureKindList]:
        """list_procedure_kinds() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcedureKindList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/procedure-kinds",
                    {},
                    {
                        "companyType": company_type,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcedureKindList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_applications(
        self,
        *,
        status: models.ApplicationStatus | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationList]:
        """list_applications() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/applications",
                    {},
                    {
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
                    {"200": models.ApplicationList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def submit_application(
        self,
        *,
        body: models.ApplicationSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Application]:
        """submit_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Application]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/applications",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "multipart/form-data",
                    {"202": models.Application},
                    part_types={"manifest": "application/json", "package": "application/zip"},
                    security=(("oauth2", "mutualTLS"),),
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
    ) -> RawResponse[models.Application]:
        """get_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Application]",
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
                    {"200": models.Application},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def withdraw_application(
        self,
        receipt_number: str,
        *,
        body: models.WithdrawalRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Application]:
        """withdraw_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Application]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/applications/{receiptNumber}/withdrawal",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"202": models.Application},
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
                    "/applications/{receiptNumber}/official-documents",
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
                    "/applications/{receiptNumber}/official-documents/{documentId}",
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


class AsyncCorporateRegistrationClient(AsyncTransport):
    """法人設立手続等申請API のクライアント（非同期）。

    法人設立手続等申請API
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
    def with_raw_response(self) -> AsyncCorporateRegistrationClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncCorporateRegistrationClientWithRawResponse(self)

    async def list_procedure_kinds(
        self,
        *,
        company_type: models.CompanyType | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcedureKindList:
        """申請できる手続の一覧を取得する

        申請パッケージに含められる手続の種類、提出先の区分、設立登記の完了を待つ手続かどうか、必須の添付書類、
        受け付ける様式の版を返します。様式の改正に追随するため、申請画面の構築時や定期的な確認に用いてください。

        `GET /procedure-kinds` (operationId: `corpRegListProcedureKinds`)

        Args:
            company_type: 設立する法人の種類で絞り込む。 (query `companyType`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 手続の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_procedure_kinds(
                company_type=company_type, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_applications(
        self,
        *,
        status: models.ApplicationStatus | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationList:
        """申請の一覧を取得する

        ログイン中の申請者がこのサービスから送信した申請を、受付日時の新しい順に返します。

        `GET /applications` (operationId: `corpRegListApplications`)

        Args:
            status: 申請全体の状態で絞り込む。 (query `status`)
            received_from: 受付日の開始（YYYYMMDD、この日を含む）。 (query `receivedFrom`)
            received_to: 受付日の終了（YYYYMMDD、この日を含む）。 (query `receivedTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請の一覧（手続ごとの詳細は省略）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_applications(
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

    async def submit_application(
        self,
        *,
        body: models.ApplicationSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Application:
        """法人設立の申請パッケージを送信する

        申請パッケージを送信し、受付番号を払い出します。受付時にはマニフェストとZIPの整合（ファイルの有無、SHA-256）、
        電子署名の検証（署名の有効性、証明書の有効期間・失効）、様式の版を確認し、不備があれば `400` を返します。
        各提出先での審査はこの後に非同期で行われるため、応答は `202 Accepted` です。状況は `GET
        /applications/{receiptNumber}`
        またはWebhook（`corpRegApplicationStatusChanged`）で確認してください。
        `Idempotency-Key` を指定すると、通信エラー時の再送で二重申請になりません。パッケージの上限は50MB・300ファイル
        （例示）です。

        `POST /applications` (operationId: `corpRegSubmitApplication`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重申請を防ぐための一意キー（UUID）。同じキーでの再送には最初の応答を返す（
                保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: リクエストボディ (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            202: 受け付けた。受付番号と手続ごとの初期状態を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.submit_application(
                body=body,
                x_request_id=x_request_id,
                idempotency_key=idempotency_key,
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
    ) -> models.Application:
        """申請の状況を取得する

        受付番号で申請全体の状態と、手続ごとの状態（提出先への送付、到達番号、審査、補正、完了）を返します。
        設立登記が完了すると `company.corporateNumber` に法人番号が設定され、設立後の手続が各提出先へ送付されます。
        提出先から補正の連絡があった手続は `correctionRequested` となり、`message` に内容が示されます
        （補正は各提出先の案内に従って行います）。

        `GET /applications/{receiptNumber}` (operationId: `corpRegGetApplication`)

        Args:
            receipt_number: 受付番号（申請送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請の状況。

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

    async def withdraw_application(
        self,
        receipt_number: str,
        *,
        body: models.WithdrawalRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Application:
        """申請を取り下げる

        申請全体、または指定した手続を取り下げます。完了済みの手続（例：登記済みの設立登記）は取り下げられません。
        提出先へ送付済みの手続は、提出先が取下げを受理した時点で `withdrawn` になります（非同期のため `202`）。
        送付前の手続（設立登記の完了待ち等）は直ちに取り下げられます。

        `POST /applications/{receiptNumber}/withdrawal` (operationId: `corpRegWithdrawApplication`)

        Args:
            receipt_number: 受付番号（申請送信時の応答の receiptNumber）。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            202: 取下げを受け付けた。手続ごとの状態を含む申請状況を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.withdraw_application(
                receipt_number=receipt_number,
                body=body,
                x_request_id=x_request_id,
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

        申請に対して各提出先が発出した公文書（電子公文書）の一覧を返します。公文書は提出先の電子署名付きで、
        取得可能期間（発出から90日、例示）を過ぎると取得できなくなるため、発出の通知を受けたら速やかに取得・保存してく
        ださい。

        `GET /applications/{receiptNumber}/official-documents` (operationId: `corpRegListOfficialDocuments`)

        Args:
            receipt_number: 受付番号（申請送信時の応答の receiptNumber）。 (path `receiptNumber`)
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

        公文書を発出時のまま返します。ZIPには公文書本体（XML）、表示用スタイルシート（XSL）、提出先の電子署名が含まれ
        ます。
        署名を検証したうえで保存してください。`Content-Digest` は一覧の `sha256` と同じダイジェストです。

        `GET /applications/{receiptNumber}/official-documents/{documentId}` (operationId: `corpRegDownloadOfficialDocument`)

        Args:
            receipt_number: 受付番号（申請送信時の応答の receiptNumber）。 (path `receiptNumber`)
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
    def parse_application_status_changed(payload: bytes | str) -> models.ApplicationEvent:
        """申請の状態変化を通知する（Webhook `corpRegApplicationStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ApplicationEvent).validate_json(payload)


class AsyncCorporateRegistrationClientWithRawResponse:
    """AsyncCorporateRegistrationClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncCorporateRegistrationClient) -> None:
        self._client = client

    async def list_procedure_kinds(
        self,
        *,
        company_type: models.CompanyType | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcedureKindList]:
        """list_procedure_kinds() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcedureKindList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/procedure-kinds",
                    {},
                    {
                        "companyType": company_type,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcedureKindList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_applications(
        self,
        *,
        status: models.ApplicationStatus | Unset = UNSET,
        received_from: str | Unset = UNSET,
        received_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationList]:
        """list_applications() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/applications",
                    {},
                    {
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
                    {"200": models.ApplicationList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def submit_application(
        self,
        *,
        body: models.ApplicationSubmission,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Application]:
        """submit_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Application]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/applications",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "multipart/form-data",
                    {"202": models.Application},
                    part_types={"manifest": "application/json", "package": "application/zip"},
                    security=(("oauth2", "mutualTLS"),),
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
    ) -> RawResponse[models.Application]:
        """get_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Application]",
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
                    {"200": models.Application},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def withdraw_application(
        self,
        receipt_number: str,
        *,
        body: models.WithdrawalRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Application]:
        """withdraw_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Application]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/applications/{receiptNumber}/withdrawal",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"202": models.Application},
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
                    "/applications/{receiptNumber}/official-documents",
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
                    "/applications/{receiptNumber}/official-documents/{documentId}",
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
