"""電子申請等API (1.0.0): generated client. Do not edit."""

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
    "EApplicationClient",
    "AsyncEApplicationClient",
    "EApplicationClientWithRawResponse",
    "AsyncEApplicationClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/e-application",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/e-application/v1",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/e-application/v1",  # 本番環境（ホスト名は例示）
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


class EApplicationClient(SyncTransport):
    """電子申請等API のクライアント。

    電子申請等API
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
    def with_raw_response(self) -> EApplicationClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return EApplicationClientWithRawResponse(self)

    def search_procedures(
        self,
        *,
        municipality_code: str | Unset = UNSET,
        category: list[models.ProcedureCategory] | Unset = UNSET,
        keyword: str | Unset = UNSET,
        signature_required: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcedureSearchResult:
        """手続を検索する

        電子申請に対応した手続を、申請先の地方公共団体（全国地方公共団体コード）、カテゴリ、キーワードで検索します。
        結果は申請受付中の手続に限られ、手続ID（`psid`）の昇順で返します。利用者の同意は不要で、
        事業者のクライアント証明書（相互TLS）のみで呼び出せます。

        `GET /procedures` (operationId: `eApplicationSearchProcedures`)

        Args:
            municipality_code: 申請先の地方公共団体の全国地方公共団体コード（6桁、検査数字を含む）。省略時は全団体
                が対象。 (query `municipalityCode`)
            category: 手続のカテゴリ。複数指定した場合はいずれかに該当する手続を返す。 (query `category`)
            keyword: 手続名・手続概要に対する部分一致キーワード（全角・半角を区別しない）。 (query `keyword`)
            signature_required: 電子署名の要否で絞り込む。true の場合は署名が必要な手続のみ、false の場合は不要な
                手続のみを返す。 (query `signatureRequired`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 検索結果（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.search_procedures(
            municipality_code=municipality_code,
            category=category,
            keyword=keyword,
            signature_required=signature_required,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_procedure(
        self,
        psid: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcedureDetail:
        """手続の詳細を取得する

        手続ID（`psid`）を指定して、手続の詳細を取得します。申請フォームの入力項目定義（項目ID・入力種別・必須・
        桁数・選択肢）、必要な添付書類（ファイル形式・サイズ上限）、電子署名の要否、申請先窓口を含みます。
        申請送信（`POST /applications`）の `formData` と `attachments` はこの定義に従って組み立ててください。
        フォーム定義は団体が改定することがあり、改定ごとに `formVersion` が増えます。申請時には取得した
        `formVersion` を送り、古い版で送った場合は 409 となります。

        `GET /procedures/{psid}` (operationId: `eApplicationGetProcedure`)

        Args:
            psid: 手続ID（psid）。手続検索の結果から得る。形式は例示。 (path `psid`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 手続の詳細。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_procedure(
            psid=psid, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_applications(
        self,
        *,
        status: list[models.ApplicationStatus] | Unset = UNSET,
        submitted_from: str | Unset = UNSET,
        submitted_to: str | Unset = UNSET,
        client_application_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationList:
        """送信した申請の一覧を取得する

        同意した利用者が、このサービス（client_id）経由で送信した申請の一覧を、新しい順に返します。
        通信断の後に申請が到達済みかどうかを確認する場合は `clientApplicationId` で絞り込んでください。
        一覧で照会できるのは送信日から5年以内の申請です（保存期間は例示）。

        `GET /applications` (operationId: `eApplicationListApplications`)

        Args:
            status: 申請状況で絞り込む。複数指定した場合はいずれかに該当する申請を返す。 (query `status`)
            submitted_from: 送信日の範囲の開始日（YYYYMMDD、この日を含む）。指定できるのは5年前の日以降（保存期間
                は例示）。 (query `submittedFrom`)
            submitted_to: 送信日の範囲の終了日（YYYYMMDD、この日を含む）。 (query `submittedTo`)
            client_application_id: 申請送信時に指定した事業者側の申請管理番号で絞り込む（到達確認用）。 (query
                `clientApplicationId`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請の一覧（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_applications(
            status=status,
            submitted_from=submitted_from,
            submitted_to=submitted_to,
            client_application_id=client_application_id,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def submit_application(
        self,
        *,
        body: models.SubmitApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationAcceptance:
        """電子申請を送信する

        利用者本人の名義で電子申請を送信し、受付番号を得ます。`multipart/form-data` で次のパートを送ります。

        | パート | Content-Type | 内容 |
        |---|---|---|
        | `application` | `application/json` | 申請内容（`ApplicationSubmission`）。必須。 |
        | `attachments` | 各ファイルの形式 | 添付書類。`application.attachments` と同じ順序・同じファイル名で繰り返す
        （最大20ファイル、例示）。 |
        | `signature` | `application/pkcs7-signature` | `application` パートのバイト列に対するCMSデタッチド署名（DER）
        。署名が必要な手続では必須。 |

        形式チェック（必須項目、桁数、選択肢、添付ファイルのハッシュ値・形式・サイズ、署名と証明書の有効性）に
        合格すると申請が申請先団体に到達し、`201` で受付番号を返します。署名に用いた証明書が失効している場合、
        署名者が同意した利用者と一致しない場合は `400` になります。

        同じ `clientApplicationId` で再送した場合は二重申請とみなして `409` を返します（通信断後の再送は、
        まず `GET /applications` で到達済みかどうかを確認してください）。補正依頼に応じて出し直す場合は、
        新しい申請ではなく補正（`POST /applications/{receiptNumber}/corrections`）を使います。

        `POST /applications` (operationId: `eApplicationSubmitApplication`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 申請内容・添付書類・電子署名。 (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 申請が到達し、受付番号が払い出された。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.submit_application(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_application_status(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationStatusDetail:
        """申請状況を照会する

        受付番号を指定して、申請の現在の状況と状況の履歴を取得します。申請先団体が電子申請等情報受取等API（#12）
        または申請管理画面で処理状況を更新すると、ここに反映されます。

        状況が `correctionRequested`（補正依頼）の場合は `correctionRequest` に補正の理由と期限が入ります。
        利用者に内容を示し、期限までに補正（`POST /applications/{receiptNumber}/corrections`）で申請内容を出し直してく
        ださい。
        `completed`（完了）で交付物がある場合は、`resultNotice` に団体からの連絡事項が入ります。

        `GET /applications/{receiptNumber}` (operationId: `eApplicationGetApplicationStatus`)

        Args:
            receipt_number: 申請送信時に払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_application_status(
            receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def submit_correction(
        self,
        receipt_number: str,
        *,
        body: models.SubmitApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationAcceptance:
        """補正した申請内容を送信する

        補正依頼（申請状況が `correctionRequested`）を受けた申請について、同じ受付番号のまま申請内容を出し直します。
        送り方は申請送信と同じ `multipart/form-data`（`application`・`attachments`・`signature`）で、`application` に
        は
        補正後の申請内容の **全体** を入れます（差分ではありません）。`psid` と `clientApplicationId` は元の申請と同じ
        値にしてください。
        署名が必要な手続では、補正後の `application` パートに改めて署名します。

        補正が到達すると `revision` が1増え、申請状況は `underReview`（審査中）に戻り、申請先団体は電子申請等情報受取
        等API（#12）で
        補正後の申請データを取得します。補正依頼がない状態・補正期限を過ぎた後は `409` になります。

        `POST /applications/{receiptNumber}/corrections` (operationId: `eApplicationSubmitCorrection`)

        Args:
            receipt_number: 申請送信時に払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 補正後の申請内容（全体）・添付書類・電子署名。 (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 補正が到達した。補正後の版数と到達日時を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.submit_correction(
            receipt_number=receipt_number,
            body=body,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def withdraw_application(
        self,
        receipt_number: str,
        *,
        body: models.WithdrawalRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationStatusDetail:
        """申請を取り下げる

        申請を取り下げます。取下げできるのは、申請状況が `submitted`（到達・未受付）で、手続が取下げを
        認めている場合に限ります（`withdrawable` が `true`）。団体が受け付けた後（`accepted` 以降）の
        取下げは、申請先窓口に連絡する必要があり、本APIでは `409` になります。
        取下げ後の状況は `withdrawn` となり、申請先団体の申請管理にも反映されます。
        取下げの可否の条件は例示です。

        `POST /applications/{receiptNumber}/withdrawal` (operationId: `eApplicationWithdrawApplication`)

        Args:
            receipt_number: 申請送信時に払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 取下げの理由。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 取り下げた。取下げ後の申請状況を返す。

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


class EApplicationClientWithRawResponse:
    """EApplicationClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: EApplicationClient) -> None:
        self._client = client

    def search_procedures(
        self,
        *,
        municipality_code: str | Unset = UNSET,
        category: list[models.ProcedureCategory] | Unset = UNSET,
        keyword: str | Unset = UNSET,
        signature_required: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcedureSearchResult]:
        """search_procedures() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcedureSearchResult]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/procedures",
                    {},
                    {
                        "municipalityCode": municipality_code,
                        "category": category,
                        "keyword": keyword,
                        "signatureRequired": signature_required,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcedureSearchResult},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_procedure(
        self,
        psid: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcedureDetail]:
        """get_procedure() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcedureDetail]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/procedures/{psid}",
                    {
                        "psid": psid,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcedureDetail},
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
        status: list[models.ApplicationStatus] | Unset = UNSET,
        submitted_from: str | Unset = UNSET,
        submitted_to: str | Unset = UNSET,
        client_application_id: str | Unset = UNSET,
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
                        "submittedFrom": submitted_from,
                        "submittedTo": submitted_to,
                        "clientApplicationId": client_application_id,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ApplicationList},
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
        body: models.SubmitApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationAcceptance]:
        """submit_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationAcceptance]",
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
                    {"201": models.ApplicationAcceptance},
                    part_types={"application": "application/json", "signature": "application/pkcs7-signature"},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_application_status(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationStatusDetail]:
        """get_application_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationStatusDetail]",
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
                    {"200": models.ApplicationStatusDetail},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def submit_correction(
        self,
        receipt_number: str,
        *,
        body: models.SubmitApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationAcceptance]:
        """submit_correction() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationAcceptance]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/applications/{receiptNumber}/corrections",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "multipart/form-data",
                    {"200": models.ApplicationAcceptance},
                    part_types={"application": "application/json", "signature": "application/pkcs7-signature"},
                    security=(("mutualTLS", "oauth2"),),
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
    ) -> RawResponse[models.ApplicationStatusDetail]:
        """withdraw_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationStatusDetail]",
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
                    {"200": models.ApplicationStatusDetail},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncEApplicationClient(AsyncTransport):
    """電子申請等API のクライアント（非同期）。

    電子申請等API
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
    def with_raw_response(self) -> AsyncEApplicationClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncEApplicationClientWithRawResponse(self)

    async def search_procedures(
        self,
        *,
        municipality_code: str | Unset = UNSET,
        category: list[models.ProcedureCategory] | Unset = UNSET,
        keyword: str | Unset = UNSET,
        signature_required: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcedureSearchResult:
        """手続を検索する

        電子申請に対応した手続を、申請先の地方公共団体（全国地方公共団体コード）、カテゴリ、キーワードで検索します。
        結果は申請受付中の手続に限られ、手続ID（`psid`）の昇順で返します。利用者の同意は不要で、
        事業者のクライアント証明書（相互TLS）のみで呼び出せます。

        `GET /procedures` (operationId: `eApplicationSearchProcedures`)

        Args:
            municipality_code: 申請先の地方公共団体の全国地方公共団体コード（6桁、検査数字を含む）。省略時は全団体
                が対象。 (query `municipalityCode`)
            category: 手続のカテゴリ。複数指定した場合はいずれかに該当する手続を返す。 (query `category`)
            keyword: 手続名・手続概要に対する部分一致キーワード（全角・半角を区別しない）。 (query `keyword`)
            signature_required: 電子署名の要否で絞り込む。true の場合は署名が必要な手続のみ、false の場合は不要な
                手続のみを返す。 (query `signatureRequired`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 検索結果（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.search_procedures(
                municipality_code=municipality_code,
                category=category,
                keyword=keyword,
                signature_required=signature_required,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_procedure(
        self,
        psid: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProcedureDetail:
        """手続の詳細を取得する

        手続ID（`psid`）を指定して、手続の詳細を取得します。申請フォームの入力項目定義（項目ID・入力種別・必須・
        桁数・選択肢）、必要な添付書類（ファイル形式・サイズ上限）、電子署名の要否、申請先窓口を含みます。
        申請送信（`POST /applications`）の `formData` と `attachments` はこの定義に従って組み立ててください。
        フォーム定義は団体が改定することがあり、改定ごとに `formVersion` が増えます。申請時には取得した
        `formVersion` を送り、古い版で送った場合は 409 となります。

        `GET /procedures/{psid}` (operationId: `eApplicationGetProcedure`)

        Args:
            psid: 手続ID（psid）。手続検索の結果から得る。形式は例示。 (path `psid`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 手続の詳細。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_procedure(
                psid=psid, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_applications(
        self,
        *,
        status: list[models.ApplicationStatus] | Unset = UNSET,
        submitted_from: str | Unset = UNSET,
        submitted_to: str | Unset = UNSET,
        client_application_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationList:
        """送信した申請の一覧を取得する

        同意した利用者が、このサービス（client_id）経由で送信した申請の一覧を、新しい順に返します。
        通信断の後に申請が到達済みかどうかを確認する場合は `clientApplicationId` で絞り込んでください。
        一覧で照会できるのは送信日から5年以内の申請です（保存期間は例示）。

        `GET /applications` (operationId: `eApplicationListApplications`)

        Args:
            status: 申請状況で絞り込む。複数指定した場合はいずれかに該当する申請を返す。 (query `status`)
            submitted_from: 送信日の範囲の開始日（YYYYMMDD、この日を含む）。指定できるのは5年前の日以降（保存期間
                は例示）。 (query `submittedFrom`)
            submitted_to: 送信日の範囲の終了日（YYYYMMDD、この日を含む）。 (query `submittedTo`)
            client_application_id: 申請送信時に指定した事業者側の申請管理番号で絞り込む（到達確認用）。 (query
                `clientApplicationId`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請の一覧（ページング）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_applications(
                status=status,
                submitted_from=submitted_from,
                submitted_to=submitted_to,
                client_application_id=client_application_id,
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
        body: models.SubmitApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationAcceptance:
        """電子申請を送信する

        利用者本人の名義で電子申請を送信し、受付番号を得ます。`multipart/form-data` で次のパートを送ります。

        | パート | Content-Type | 内容 |
        |---|---|---|
        | `application` | `application/json` | 申請内容（`ApplicationSubmission`）。必須。 |
        | `attachments` | 各ファイルの形式 | 添付書類。`application.attachments` と同じ順序・同じファイル名で繰り返す
        （最大20ファイル、例示）。 |
        | `signature` | `application/pkcs7-signature` | `application` パートのバイト列に対するCMSデタッチド署名（DER）
        。署名が必要な手続では必須。 |

        形式チェック（必須項目、桁数、選択肢、添付ファイルのハッシュ値・形式・サイズ、署名と証明書の有効性）に
        合格すると申請が申請先団体に到達し、`201` で受付番号を返します。署名に用いた証明書が失効している場合、
        署名者が同意した利用者と一致しない場合は `400` になります。

        同じ `clientApplicationId` で再送した場合は二重申請とみなして `409` を返します（通信断後の再送は、
        まず `GET /applications` で到達済みかどうかを確認してください）。補正依頼に応じて出し直す場合は、
        新しい申請ではなく補正（`POST /applications/{receiptNumber}/corrections`）を使います。

        `POST /applications` (operationId: `eApplicationSubmitApplication`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 申請内容・添付書類・電子署名。 (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 申請が到達し、受付番号が払い出された。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.submit_application(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_application_status(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationStatusDetail:
        """申請状況を照会する

        受付番号を指定して、申請の現在の状況と状況の履歴を取得します。申請先団体が電子申請等情報受取等API（#12）
        または申請管理画面で処理状況を更新すると、ここに反映されます。

        状況が `correctionRequested`（補正依頼）の場合は `correctionRequest` に補正の理由と期限が入ります。
        利用者に内容を示し、期限までに補正（`POST /applications/{receiptNumber}/corrections`）で申請内容を出し直してく
        ださい。
        `completed`（完了）で交付物がある場合は、`resultNotice` に団体からの連絡事項が入ります。

        `GET /applications/{receiptNumber}` (operationId: `eApplicationGetApplicationStatus`)

        Args:
            receipt_number: 申請送信時に払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申請状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_application_status(
                receipt_number=receipt_number, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def submit_correction(
        self,
        receipt_number: str,
        *,
        body: models.SubmitApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ApplicationAcceptance:
        """補正した申請内容を送信する

        補正依頼（申請状況が `correctionRequested`）を受けた申請について、同じ受付番号のまま申請内容を出し直します。
        送り方は申請送信と同じ `multipart/form-data`（`application`・`attachments`・`signature`）で、`application` に
        は
        補正後の申請内容の **全体** を入れます（差分ではありません）。`psid` と `clientApplicationId` は元の申請と同じ
        値にしてください。
        署名が必要な手続では、補正後の `application` パートに改めて署名します。

        補正が到達すると `revision` が1増え、申請状況は `underReview`（審査中）に戻り、申請先団体は電子申請等情報受取
        等API（#12）で
        補正後の申請データを取得します。補正依頼がない状態・補正期限を過ぎた後は `409` になります。

        `POST /applications/{receiptNumber}/corrections` (operationId: `eApplicationSubmitCorrection`)

        Args:
            receipt_number: 申請送信時に払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 補正後の申請内容（全体）・添付書類・電子署名。 (multipart/form-data)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 補正が到達した。補正後の版数と到達日時を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.submit_correction(
                receipt_number=receipt_number,
                body=body,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
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
    ) -> models.ApplicationStatusDetail:
        """申請を取り下げる

        申請を取り下げます。取下げできるのは、申請状況が `submitted`（到達・未受付）で、手続が取下げを
        認めている場合に限ります（`withdrawable` が `true`）。団体が受け付けた後（`accepted` 以降）の
        取下げは、申請先窓口に連絡する必要があり、本APIでは `409` になります。
        取下げ後の状況は `withdrawn` となり、申請先団体の申請管理にも反映されます。
        取下げの可否の条件は例示です。

        `POST /applications/{receiptNumber}/withdrawal` (operationId: `eApplicationWithdrawApplication`)

        Args:
            receipt_number: 申請送信時に払い出された受付番号。 (path `receiptNumber`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 取下げの理由。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 取り下げた。取下げ後の申請状況を返す。

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


class AsyncEApplicationClientWithRawResponse:
    """AsyncEApplicationClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncEApplicationClient) -> None:
        self._client = client

    async def search_procedures(
        self,
        *,
        municipality_code: str | Unset = UNSET,
        category: list[models.ProcedureCategory] | Unset = UNSET,
        keyword: str | Unset = UNSET,
        signature_required: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcedureSearchResult]:
        """search_procedures() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcedureSearchResult]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/procedures",
                    {},
                    {
                        "municipalityCode": municipality_code,
                        "category": category,
                        "keyword": keyword,
                        "signatureRequired": signature_required,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcedureSearchResult},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_procedure(
        self,
        psid: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProcedureDetail]:
        """get_procedure() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProcedureDetail]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/procedures/{psid}",
                    {
                        "psid": psid,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProcedureDetail},
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
        status: list[models.ApplicationStatus] | Unset = UNSET,
        submitted_from: str | Unset = UNSET,
        submitted_to: str | Unset = UNSET,
        client_application_id: str | Unset = UNSET,
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
                        "submittedFrom": submitted_from,
                        "submittedTo": submitted_to,
                        "clientApplicationId": client_application_id,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ApplicationList},
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
        body: models.SubmitApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationAcceptance]:
        """submit_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationAcceptance]",
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
                    {"201": models.ApplicationAcceptance},
                    part_types={"application": "application/json", "signature": "application/pkcs7-signature"},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_application_status(
        self,
        receipt_number: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationStatusDetail]:
        """get_application_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationStatusDetail]",
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
                    {"200": models.ApplicationStatusDetail},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def submit_correction(
        self,
        receipt_number: str,
        *,
        body: models.SubmitApplicationForm,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ApplicationAcceptance]:
        """submit_correction() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationAcceptance]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/applications/{receiptNumber}/corrections",
                    {
                        "receiptNumber": receipt_number,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "multipart/form-data",
                    {"200": models.ApplicationAcceptance},
                    part_types={"application": "application/json", "signature": "application/pkcs7-signature"},
                    security=(("mutualTLS", "oauth2"),),
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
    ) -> RawResponse[models.ApplicationStatusDetail]:
        """withdraw_application() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ApplicationStatusDetail]",
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
                    {"200": models.ApplicationStatusDetail},
                    security=(("mutualTLS", "oauth2"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
