"""医療保険情報取得API (2.0.0): generated client. Do not edit."""

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
    "MedicalInsuranceClient",
    "AsyncMedicalInsuranceClient",
    "MedicalInsuranceClientWithRawResponse",
    "AsyncMedicalInsuranceClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/medical-insurance",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/medical-insurance/v1",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/medical-insurance/v1",  # 本番環境（ホスト名は例示）
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


class MedicalInsuranceClient(SyncTransport):
    """医療保険情報取得API のクライアント。

    医療保険情報取得API
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
    def with_raw_response(self) -> MedicalInsuranceClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return MedicalInsuranceClientWithRawResponse(self)

    def create_request(
        self,
        *,
        body: models.MedicalInfoRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MedicalInfoRequestAccepted:
        """医療保険情報の取得要求を登録する

        利用者の同意に基づき、指定したデータ区分の取得要求を登録します（電文種別 `IFA0601-R01`）。
        受け付けると `202` と処理ID（`processId`）を返し、集約完了後に取得完了通知（`IFA0602-S01`）を送ります。

        - `datasets` に含めるデータ区分は、アクセストークンで同意されたスコープ（`medical:medication` 等のいずれか1つ
        以上）の範囲内である必要があります（範囲外は `403`）。
        - 薬剤情報のうち電子処方箋由来の情報（処方・調剤・院内処方）の取得期間は `medicationCriteria.lookbackDays`（1
        〜100日）で指定します。
          100日を超える期間は指定できません。レセプト由来の薬剤情報は `medicationCriteria.claimsRange`（診療年月）で指
        定し、
          100日の上限は適用されません（遡れる期間は項目により約1.5か月〜5年）。
        - 代理人として取得する場合は `subject.relationship` に `proxy`、`subject.principalId` に
          `GET /proxy/principals` で得た委任者IDを指定します（スコープ `medical:proxy` が必要）。
        - 同じ利用者・同じデータ区分の要求が処理中の場合は `409` を返します。

        `POST /requests` (operationId: `medicalInsuranceCreateRequest`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 取得要求電文（IFA0601-R01）。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            202: 取得要求を受け付けた。`processId` を保存し、取得完了通知を待つ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.create_request(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_request_status(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.RequestStatus:
        """取得要求の処理状況を照会する

        取得要求の全体の状態と、データ区分ごとの状態・件数・情報の反映日を返します。
        取得完了通知を受けられなかった場合のポーリングにも使えます（間隔5秒以上を推奨、例示）。

        `GET /requests/{processId}` (operationId: `medicalInsuranceGetRequestStatus`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 処理状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_request_status(
            process_id=process_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def delete_request(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """取得結果を破棄する

        保存期間（完了から24時間、例示）の満了を待たずに、マイナポータル側に保持されている取得結果を破棄します。
        事業者サービスへの取込が終わったら呼び出すことを推奨します。処理中の要求は取り消され、以後の通知は送られません
        。

        `DELETE /requests/{processId}` (operationId: `medicalInsuranceDeleteRequest`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            204: 破棄した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        self.with_raw_response.delete_request(
            process_id=process_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_medications(
        self,
        process_id: str,
        *,
        source: models.MedicationSource | Unset = UNSET,
        info_type: models.MedicationInfoType | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MedicationList:
        """薬剤情報を取得する

        薬剤情報を、処方年月日・調剤年月日の新しい順に返します。1件が1回の処方・調剤に対応し、`drugs` に医薬品ごとの明
        細を持ちます。
        情報源（`source`）は2種類です。

        - **電子処方箋由来**（`electronicPrescription`）：医療機関が電子処方箋管理サービスに登録した処方情報・院内処方
        情報と、
          薬局が登録した調剤情報。取得できるのは **処方・調剤から最大100日前まで** で、取得要求時の `lookbackDays` で
        決まる期間（`period`）の内側です。
        - **レセプト由来**（`claims`）：レセプト（診療報酬明細書・調剤報酬明細書）に記載された医薬品。100日の上限はな
        く、
          遡れる期間は項目により約1.5か月〜5年です（マイナポータルAPI FAQ）。取得要求時の `claimsRange` の範囲（
        `claimsPeriod`）の内側です。
        - `source`・`infoType`・`dateFrom`・`dateTo` でさらに絞り込めます。
        - 紙の処方箋による調剤でも、薬局が調剤結果を登録していれば調剤情報として含まれます（`prescriptionForm: paper`
        ）。
        - 取得要求に `medication` を含めていない場合、または処理中の場合は `409` を返します。

        `GET /requests/{processId}/medications` (operationId: `medicalInsuranceListMedications`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            source: 情報源で絞り込む。省略時は取得要求に含めたすべての情報源。 (query `source`)
            info_type: 情報の種類で絞り込む。省略時はすべての種類。 (query `infoType`)
            date_from: 処方年月日（調剤情報は調剤年月日）の下限（YYYYMMDD、当日を含む）。電子処方箋由来の情報は取
                得要求時の期間（最大100日前まで）の外にはない。 (query `dateFrom`)
            date_to: 処方年月日（調剤情報は調剤年月日）の上限（YYYYMMDD、当日を含む）。 (query `dateTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 薬剤情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_medications(
            process_id=process_id,
            source=source,
            info_type=info_type,
            date_from=date_from,
            date_to=date_to,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_specific_health_checkups(
        self,
        process_id: str,
        *,
        fiscal_year: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SpecificHealthCheckupList:
        """特定健診情報を取得する

        医療保険者が実施した特定健康診査（40〜74歳）の結果を、実施日の新しい順に返します。1件が1回の健診に対応し、
        基本項目（検査項目コード・結果値・単位・基準値・判定）、メタボリックシンドローム判定、保健指導レベル、
        医師の判断、標準的な質問票（22問）の回答を含みます。

        検査項目コードは特定健診データ（XML）で用いる17桁の項目コードです。判定は保健指導判定値・受診勧奨判定値との比
        較結果で、
        医師の診断ではありません。利用者への表示では医師の判断（`doctorJudgment`）を優先してください。

        `GET /requests/{processId}/specific-health-checkups` (operationId: `medicalInsuranceListSpecificHealthCheckups`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            fiscal_year: 実施年度（4月〜翌3月）で絞り込む。 (query `fiscalYear`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 特定健診情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_specific_health_checkups(
            process_id=process_id,
            fiscal_year=fiscal_year,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_medical_expense_notices(
        self,
        process_id: str,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MedicalExpenseNoticeList:
        """医療費通知情報を取得する

        医療保険者の医療費通知（医療費のお知らせ）に相当する情報を、診療年月・医療機関等・診療区分ごとに返します。
        `summary` に期間内の合計を含みます。レセプト（診療報酬明細書）に基づくため、診療月から概ね1〜2か月遅れて反映さ
        れます。
        確定申告の医療費控除の集計に利用できますが、医療保険者が通知対象外とする医療費（保険外診療等）は含まれません。

        `GET /requests/{processId}/medical-expense-notices` (operationId: `medicalInsuranceListMedicalExpenseNotices`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            service_year_month: 診療年月（YYYYMM）で絞り込む。 (query `serviceYearMonth`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 医療費通知情報の一覧と合計。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_medical_expense_notices(
            process_id=process_id,
            service_year_month=service_year_month,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_clinical_records(
        self,
        process_id: str,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ClinicalRecordList:
        """診療情報を取得する

        レセプト（診療報酬明細書）に記載された診療行為（手術、画像診断、病理診断、放射線治療、医学管理等）と傷病名を、
        診療年月・医療機関ごとに返します（マイナポータルAPI FAQ：診療情報の情報源はレセプト）。
        診療行為コード・傷病名コードはレセプト電算処理システム用コードです。レセプトの提出・審査を経て反映されるため診
        療月から遅れて現れ、
        遡れる期間は項目により約1.5か月〜5年です。「疑い」病名は `suspected: true` で示します。利用者への表示に配慮し
        てください。
        診療情報は、情報開示系APIの拡充として追加された「診療情報API」の情報です（本書での提供形態は例示）。

        `GET /requests/{processId}/clinical-records` (operationId: `medicalInsuranceListClinicalRecords`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            service_year_month: 診療年月（YYYYMM）で絞り込む。 (query `serviceYearMonth`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 診療情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_clinical_records(
            process_id=process_id,
            service_year_month=service_year_month,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_qualification(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.QualificationResult:
        """資格情報を取得する

        オンライン資格確認等システムに登録された医療保険の資格情報（保険者、被保険者区分、資格取得日・喪失日、一部負担
        金の割合等）を返します。
        転職等で資格が切り替わった直後は、新旧両方の資格が含まれることがあります（`eligibilityStatus` で区別）。

        **告知要求制限**：被保険者等記号・番号（`insuredCardSymbol`・`insuredCardNumber`・`branchNumber`）は、
        健康保険事業等の目的以外で告知を求めたり、顧客管理のキーとして利用・保存したりしてはいけません。

        `GET /requests/{processId}/qualification` (operationId: `medicalInsuranceGetQualification`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 資格情報。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_qualification(
            process_id=process_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_proxy_principals(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProxyPrincipalList:
        """代理取得できる委任者の一覧を取得する

        認証した利用者が、マイナポータルで代理人として登録されている委任者（子・高齢の親等）の一覧を返します。
        代理人登録はマイナポータル上で委任者・代理人双方の手続により行われ、このAPIでは登録できません。
        返された `principalId` を `POST /requests` の `subject.principalId` に指定して、委任者の情報を取得します。
        `principalId` は事業者サービスごとに異なる不透明なIDで、委任関係が解消されると無効になります。
        2.0.0 から、委任者の資格確認のためスコープ `medical:qualification` への同意も必要です（例示）。

        `GET /proxy/principals` (operationId: `medicalInsuranceListProxyPrincipals`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 委任者の一覧（代理人登録がない場合は空配列）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_proxy_principals(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    @staticmethod
    def parse_notify_result_ready(payload: bytes | str) -> models.ResultReadyNotification:
        """取得完了を通知する（Webhook `medicalInsuranceResultReady` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ResultReadyNotification).validate_json(payload)


class MedicalInsuranceClientWithRawResponse:
    """MedicalInsuranceClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: MedicalInsuranceClient) -> None:
        self._client = client

    def create_request(
        self,
        *,
        body: models.MedicalInfoRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MedicalInfoRequestAccepted]:
        """create_request() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MedicalInfoRequestAccepted]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/requests",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"202": models.MedicalInfoRequestAccepted},
                    security=(
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                    ),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_request_status(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.RequestStatus]:
        """get_request_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.RequestStatus]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}",
                    {
                        "processId": process_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.RequestStatus},
                    security=(
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                    ),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def delete_request(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """delete_request() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            self._client._send_raw(
                Call(
                    "DELETE",
                    "/requests/{processId}",
                    {
                        "processId": process_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"204": None},
                    security=(
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                    ),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_medications(
        self,
        process_id: str,
        *,
        source: models.MedicationSource | Unset = UNSET,
        info_type: models.MedicationInfoType | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MedicationList]:
        """list_medications() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MedicationList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/medications",
                    {
                        "processId": process_id,
                    },
                    {
                        "source": source,
                        "infoType": info_type,
                        "dateFrom": date_from,
                        "dateTo": date_to,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.MedicationList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_specific_health_checkups(
        self,
        process_id: str,
        *,
        fiscal_year: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SpecificHealthCheckupList]:
        """list_specific_health_checkups() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SpecificHealthCheckupList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/specific-health-checkups",
                    {
                        "processId": process_id,
                    },
                    {
                        "fiscalYear": fiscal_year,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.SpecificHealthCheckupList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_medical_expense_notices(
        self,
        process_id: str,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MedicalExpenseNoticeList]:
        """list_medical_expense_notices() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MedicalExpenseNoticeList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/medical-expense-notices",
                    {
                        "processId": process_id,
                    },
                    {
                        "serviceYearMonth": service_year_month,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.MedicalExpenseNoticeList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_clinical_records(
        self,
        process_id: str,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ClinicalRecordList]:
        """list_clinical_records() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ClinicalRecordList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/clinical-records",
                    {
                        "processId": process_id,
                    },
                    {
                        "serviceYearMonth": service_year_month,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ClinicalRecordList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_qualification(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.QualificationResult]:
        """get_qualification() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.QualificationResult]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/qualification",
                    {
                        "processId": process_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.QualificationResult},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_proxy_principals(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProxyPrincipalList]:
        """list_proxy_principals() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProxyPrincipalList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/proxy/principals",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProxyPrincipalList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncMedicalInsuranceClient(AsyncTransport):
    """医療保険情報取得API のクライアント（非同期）。

    医療保険情報取得API
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
    def with_raw_response(self) -> AsyncMedicalInsuranceClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncMedicalInsuranceClientWithRawResponse(self)

    async def create_request(
        self,
        *,
        body: models.MedicalInfoRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MedicalInfoRequestAccepted:
        """医療保険情報の取得要求を登録する

        利用者の同意に基づき、指定したデータ区分の取得要求を登録します（電文種別 `IFA0601-R01`）。
        受け付けると `202` と処理ID（`processId`）を返し、集約完了後に取得完了通知（`IFA0602-S01`）を送ります。

        - `datasets` に含めるデータ区分は、アクセストークンで同意されたスコープ（`medical:medication` 等のいずれか1つ
        以上）の範囲内である必要があります（範囲外は `403`）。
        - 薬剤情報のうち電子処方箋由来の情報（処方・調剤・院内処方）の取得期間は `medicationCriteria.lookbackDays`（1
        〜100日）で指定します。
          100日を超える期間は指定できません。レセプト由来の薬剤情報は `medicationCriteria.claimsRange`（診療年月）で指
        定し、
          100日の上限は適用されません（遡れる期間は項目により約1.5か月〜5年）。
        - 代理人として取得する場合は `subject.relationship` に `proxy`、`subject.principalId` に
          `GET /proxy/principals` で得た委任者IDを指定します（スコープ `medical:proxy` が必要）。
        - 同じ利用者・同じデータ区分の要求が処理中の場合は `409` を返します。

        `POST /requests` (operationId: `medicalInsuranceCreateRequest`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 取得要求電文（IFA0601-R01）。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            202: 取得要求を受け付けた。`processId` を保存し、取得完了通知を待つ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.create_request(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_request_status(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.RequestStatus:
        """取得要求の処理状況を照会する

        取得要求の全体の状態と、データ区分ごとの状態・件数・情報の反映日を返します。
        取得完了通知を受けられなかった場合のポーリングにも使えます（間隔5秒以上を推奨、例示）。

        `GET /requests/{processId}` (operationId: `medicalInsuranceGetRequestStatus`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 処理状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_request_status(
                process_id=process_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def delete_request(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """取得結果を破棄する

        保存期間（完了から24時間、例示）の満了を待たずに、マイナポータル側に保持されている取得結果を破棄します。
        事業者サービスへの取込が終わったら呼び出すことを推奨します。処理中の要求は取り消され、以後の通知は送られません
        。

        `DELETE /requests/{processId}` (operationId: `medicalInsuranceDeleteRequest`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            204: 破棄した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        (
            await self.with_raw_response.delete_request(
                process_id=process_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_medications(
        self,
        process_id: str,
        *,
        source: models.MedicationSource | Unset = UNSET,
        info_type: models.MedicationInfoType | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MedicationList:
        """薬剤情報を取得する

        薬剤情報を、処方年月日・調剤年月日の新しい順に返します。1件が1回の処方・調剤に対応し、`drugs` に医薬品ごとの明
        細を持ちます。
        情報源（`source`）は2種類です。

        - **電子処方箋由来**（`electronicPrescription`）：医療機関が電子処方箋管理サービスに登録した処方情報・院内処方
        情報と、
          薬局が登録した調剤情報。取得できるのは **処方・調剤から最大100日前まで** で、取得要求時の `lookbackDays` で
        決まる期間（`period`）の内側です。
        - **レセプト由来**（`claims`）：レセプト（診療報酬明細書・調剤報酬明細書）に記載された医薬品。100日の上限はな
        く、
          遡れる期間は項目により約1.5か月〜5年です（マイナポータルAPI FAQ）。取得要求時の `claimsRange` の範囲（
        `claimsPeriod`）の内側です。
        - `source`・`infoType`・`dateFrom`・`dateTo` でさらに絞り込めます。
        - 紙の処方箋による調剤でも、薬局が調剤結果を登録していれば調剤情報として含まれます（`prescriptionForm: paper`
        ）。
        - 取得要求に `medication` を含めていない場合、または処理中の場合は `409` を返します。

        `GET /requests/{processId}/medications` (operationId: `medicalInsuranceListMedications`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            source: 情報源で絞り込む。省略時は取得要求に含めたすべての情報源。 (query `source`)
            info_type: 情報の種類で絞り込む。省略時はすべての種類。 (query `infoType`)
            date_from: 処方年月日（調剤情報は調剤年月日）の下限（YYYYMMDD、当日を含む）。電子処方箋由来の情報は取
                得要求時の期間（最大100日前まで）の外にはない。 (query `dateFrom`)
            date_to: 処方年月日（調剤情報は調剤年月日）の上限（YYYYMMDD、当日を含む）。 (query `dateTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 薬剤情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_medications(
                process_id=process_id,
                source=source,
                info_type=info_type,
                date_from=date_from,
                date_to=date_to,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_specific_health_checkups(
        self,
        process_id: str,
        *,
        fiscal_year: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SpecificHealthCheckupList:
        """特定健診情報を取得する

        医療保険者が実施した特定健康診査（40〜74歳）の結果を、実施日の新しい順に返します。1件が1回の健診に対応し、
        基本項目（検査項目コード・結果値・単位・基準値・判定）、メタボリックシンドローム判定、保健指導レベル、
        医師の判断、標準的な質問票（22問）の回答を含みます。

        検査項目コードは特定健診データ（XML）で用いる17桁の項目コードです。判定は保健指導判定値・受診勧奨判定値との比
        較結果で、
        医師の診断ではありません。利用者への表示では医師の判断（`doctorJudgment`）を優先してください。

        `GET /requests/{processId}/specific-health-checkups` (operationId: `medicalInsuranceListSpecificHealthCheckups`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            fiscal_year: 実施年度（4月〜翌3月）で絞り込む。 (query `fiscalYear`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 特定健診情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_specific_health_checkups(
                process_id=process_id,
                fiscal_year=fiscal_year,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_medical_expense_notices(
        self,
        process_id: str,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.MedicalExpenseNoticeList:
        """医療費通知情報を取得する

        医療保険者の医療費通知（医療費のお知らせ）に相当する情報を、診療年月・医療機関等・診療区分ごとに返します。
        `summary` に期間内の合計を含みます。レセプト（診療報酬明細書）に基づくため、診療月から概ね1〜2か月遅れて反映さ
        れます。
        確定申告の医療費控除の集計に利用できますが、医療保険者が通知対象外とする医療費（保険外診療等）は含まれません。

        `GET /requests/{processId}/medical-expense-notices` (operationId: `medicalInsuranceListMedicalExpenseNotices`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            service_year_month: 診療年月（YYYYMM）で絞り込む。 (query `serviceYearMonth`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 医療費通知情報の一覧と合計。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_medical_expense_notices(
                process_id=process_id,
                service_year_month=service_year_month,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_clinical_records(
        self,
        process_id: str,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ClinicalRecordList:
        """診療情報を取得する

        レセプト（診療報酬明細書）に記載された診療行為（手術、画像診断、病理診断、放射線治療、医学管理等）と傷病名を、
        診療年月・医療機関ごとに返します（マイナポータルAPI FAQ：診療情報の情報源はレセプト）。
        診療行為コード・傷病名コードはレセプト電算処理システム用コードです。レセプトの提出・審査を経て反映されるため診
        療月から遅れて現れ、
        遡れる期間は項目により約1.5か月〜5年です。「疑い」病名は `suspected: true` で示します。利用者への表示に配慮し
        てください。
        診療情報は、情報開示系APIの拡充として追加された「診療情報API」の情報です（本書での提供形態は例示）。

        `GET /requests/{processId}/clinical-records` (operationId: `medicalInsuranceListClinicalRecords`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            service_year_month: 診療年月（YYYYMM）で絞り込む。 (query `serviceYearMonth`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 診療情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_clinical_records(
                process_id=process_id,
                service_year_month=service_year_month,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_qualification(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.QualificationResult:
        """資格情報を取得する

        オンライン資格確認等システムに登録された医療保険の資格情報（保険者、被保険者区分、資格取得日・喪失日、一部負担
        金の割合等）を返します。
        転職等で資格が切り替わった直後は、新旧両方の資格が含まれることがあります（`eligibilityStatus` で区別）。

        **告知要求制限**：被保険者等記号・番号（`insuredCardSymbol`・`insuredCardNumber`・`branchNumber`）は、
        健康保険事業等の目的以外で告知を求めたり、顧客管理のキーとして利用・保存したりしてはいけません。

        `GET /requests/{processId}/qualification` (operationId: `medicalInsuranceGetQualification`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 資格情報。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_qualification(
                process_id=process_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_proxy_principals(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ProxyPrincipalList:
        """代理取得できる委任者の一覧を取得する

        認証した利用者が、マイナポータルで代理人として登録されている委任者（子・高齢の親等）の一覧を返します。
        代理人登録はマイナポータル上で委任者・代理人双方の手続により行われ、このAPIでは登録できません。
        返された `principalId` を `POST /requests` の `subject.principalId` に指定して、委任者の情報を取得します。
        `principalId` は事業者サービスごとに異なる不透明なIDで、委任関係が解消されると無効になります。
        2.0.0 から、委任者の資格確認のためスコープ `medical:qualification` への同意も必要です（例示）。

        `GET /proxy/principals` (operationId: `medicalInsuranceListProxyPrincipals`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 委任者の一覧（代理人登録がない場合は空配列）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_proxy_principals(
                x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    @staticmethod
    def parse_notify_result_ready(payload: bytes | str) -> models.ResultReadyNotification:
        """取得完了を通知する（Webhook `medicalInsuranceResultReady` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ResultReadyNotification).validate_json(payload)


class AsyncMedicalInsuranceClientWithRawResponse:
    """AsyncMedicalInsuranceClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncMedicalInsuranceClient) -> None:
        self._client = client

    async def create_request(
        self,
        *,
        body: models.MedicalInfoRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MedicalInfoRequestAccepted]:
        """create_request() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MedicalInfoRequestAccepted]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/requests",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"202": models.MedicalInfoRequestAccepted},
                    security=(
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                    ),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_request_status(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.RequestStatus]:
        """get_request_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.RequestStatus]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}",
                    {
                        "processId": process_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.RequestStatus},
                    security=(
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                    ),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def delete_request(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """delete_request() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            await self._client._send_raw(
                Call(
                    "DELETE",
                    "/requests/{processId}",
                    {
                        "processId": process_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"204": None},
                    security=(
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                        ("oauth2", "mutualTLS"),
                    ),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_medications(
        self,
        process_id: str,
        *,
        source: models.MedicationSource | Unset = UNSET,
        info_type: models.MedicationInfoType | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MedicationList]:
        """list_medications() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MedicationList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/medications",
                    {
                        "processId": process_id,
                    },
                    {
                        "source": source,
                        "infoType": info_type,
                        "dateFrom": date_from,
                        "dateTo": date_to,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.MedicationList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_specific_health_checkups(
        self,
        process_id: str,
        *,
        fiscal_year: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SpecificHealthCheckupList]:
        """list_specific_health_checkups() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SpecificHealthCheckupList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/specific-health-checkups",
                    {
                        "processId": process_id,
                    },
                    {
                        "fiscalYear": fiscal_year,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.SpecificHealthCheckupList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_medical_expense_notices(
        self,
        process_id: str,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.MedicalExpenseNoticeList]:
        """list_medical_expense_notices() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.MedicalExpenseNoticeList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/medical-expense-notices",
                    {
                        "processId": process_id,
                    },
                    {
                        "serviceYearMonth": service_year_month,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.MedicalExpenseNoticeList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_clinical_records(
        self,
        process_id: str,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ClinicalRecordList]:
        """list_clinical_records() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ClinicalRecordList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/clinical-records",
                    {
                        "processId": process_id,
                    },
                    {
                        "serviceYearMonth": service_year_month,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ClinicalRecordList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_qualification(
        self,
        process_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.QualificationResult]:
        """get_qualification() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.QualificationResult]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/requests/{processId}/qualification",
                    {
                        "processId": process_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.QualificationResult},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_proxy_principals(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ProxyPrincipalList]:
        """list_proxy_principals() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ProxyPrincipalList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/proxy/principals",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ProxyPrincipalList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
