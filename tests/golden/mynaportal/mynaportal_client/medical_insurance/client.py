"""医療保険情報取得API (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Any, cast

import httpx
import pydantic

from .._base import DEFAULT_TIMEOUT, AsyncTransport, Call, SyncTransport
from .._types import UNSET, Unset
from . import models

__all__ = ["SERVERS", "MedicalInsuranceClient", "AsyncMedicalInsuranceClient"]

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
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        verify: Any = True,
    ) -> None:
        """Connect to base_url, or to SERVERS[server] (0 is the first server of the document)."""
        super().__init__(
            _server(base_url, server),
            http_client=http_client,
            auth=auth,
            timeout=timeout,
            headers=headers,
            verify=verify,
        )

    def medical_insurance_create_request(
        self,
        *,
        body: models.MedicalInfoRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.MedicalInfoRequestAccepted:
        """医療保険情報の取得要求を登録する

        利用者の同意に基づき、指定したデータ区分の取得要求を登録します（電文種別 `IFA0601-R01`）。
        受け付けると `202` と処理ID（`processId`）を返し、集約完了後に取得完了通知（`IFA0602-S01`）を送ります。

        - `datasets` に含めるデータ区分は、アクセストークンで同意されたスコープ（`medical:medication` 等のいずれか1つ
        以上）の範囲内である必要があります（範囲外は `403`）。
        - 薬剤情報の取得期間は `medicationCriteria.lookbackDays`（1〜100日）で指定します。100日を超える期間は指定でき
        ません。
        - 代理人として取得する場合は `subject.relationship` に `proxy`、`subject.principalId` に
          `GET /proxy/principals` で得た委任者IDを指定します（スコープ `medical:proxy` が必要）。
        - 同じ利用者・同じデータ区分の要求が処理中の場合は `409` を返します。

        `POST /requests` (operationId: `medicalInsuranceCreateRequest`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 取得要求電文（IFA0601-R01）。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            202: 取得要求を受け付けた。`processId` を保存し、取得完了通知を待つ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.MedicalInfoRequestAccepted",
            self._send(
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
                ),
                timeout,
            ),
        )

    def medical_insurance_get_request_status(
        self,
        process_id: models.ProcessId,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: 処理状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.RequestStatus",
            self._send(
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
                ),
                timeout,
            ),
        )

    def medical_insurance_delete_request(
        self,
        process_id: models.ProcessId,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            204: 破棄した。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        self._send(
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
            ),
            timeout,
        )

    def medical_insurance_list_medications(
        self,
        process_id: models.ProcessId,
        *,
        info_type: models.MedicationInfoType | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.MedicationList:
        """薬剤情報を取得する

        処方情報（医療機関が電子処方箋管理サービスに登録した処方内容）と調剤情報（薬局が登録した調剤結果）を、
        処方年月日・調剤年月日の新しい順に返します。1件が1回の処方または1回の調剤に対応し、`drugs` に医薬品ごとの明細
        を持ちます。

        - 取得できるのは **処方・調剤から最大100日前まで** です。取得要求時の `lookbackDays` で決まる期間（`period`）
        の内側を、
          `infoType`・`dateFrom`・`dateTo` でさらに絞り込めます。期間外の日付を指定すると `400` を返します。
        - 紙の処方箋による調剤でも、薬局が調剤結果を登録していれば調剤情報として含まれます（`prescriptionForm: paper`
        ）。
        - 取得要求に `medication` を含めていない場合、または処理中の場合は `409` を返します。

        `GET /requests/{processId}/medications` (operationId: `medicalInsuranceListMedications`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            info_type: 情報の種類で絞り込む。省略時は処方情報・調剤情報の両方。 (query `infoType`)
            date_from: 処方年月日（調剤情報は調剤年月日）の下限（YYYYMMDD、当日を含む）。取得要求時の期間内である
                こと（最大100日前まで）。 (query `dateFrom`)
            date_to: 処方年月日（調剤情報は調剤年月日）の上限（YYYYMMDD、当日を含む）。 (query `dateTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 薬剤情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.MedicationList",
            self._send(
                Call(
                    "GET",
                    "/requests/{processId}/medications",
                    {
                        "processId": process_id,
                    },
                    {
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
                ),
                timeout,
            ),
        )

    def medical_insurance_list_specific_health_checkups(
        self,
        process_id: models.ProcessId,
        *,
        fiscal_year: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: 特定健診情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.SpecificHealthCheckupList",
            self._send(
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
                ),
                timeout,
            ),
        )

    def medical_insurance_list_medical_expense_notices(
        self,
        process_id: models.ProcessId,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: 医療費通知情報の一覧と合計。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.MedicalExpenseNoticeList",
            self._send(
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
                ),
                timeout,
            ),
        )

    def medical_insurance_list_clinical_records(
        self,
        process_id: models.ProcessId,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.ClinicalRecordList:
        """診療情報を取得する

        レセプトに基づく診療行為（手術、画像診断、病理診断、放射線治療、医学管理等）と、
        電子カルテ情報共有サービスから提供される傷病名を、診療年月・医療機関ごとに返します。
        診療行為コード・傷病名コードはレセプト電算処理システム用コードです。
        傷病名は医療機関が共有対象とした範囲に限られ、「疑い」病名は `suspected: true` で示します。利用者への表示に配
        慮してください。

        `GET /requests/{processId}/clinical-records` (operationId: `medicalInsuranceListClinicalRecords`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            service_year_month: 診療年月（YYYYMM）で絞り込む。 (query `serviceYearMonth`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 診療情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.ClinicalRecordList",
            self._send(
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
                ),
                timeout,
            ),
        )

    def medical_insurance_get_qualification(
        self,
        process_id: models.ProcessId,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: 資格情報。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.QualificationResult",
            self._send(
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
                ),
                timeout,
            ),
        )

    def medical_insurance_list_proxy_principals(
        self, *, x_request_id: str | Unset = UNSET, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> models.ProxyPrincipalList:
        """代理取得できる委任者の一覧を取得する

        認証した利用者が、マイナポータルで代理人として登録されている委任者（子・高齢の親等）の一覧を返します。
        代理人登録はマイナポータル上で委任者・代理人双方の手続により行われ、このAPIでは登録できません。
        返された `principalId` を `POST /requests` の `subject.principalId` に指定して、委任者の情報を取得します。
        `principalId` は事業者サービスごとに異なる不透明なIDで、委任関係が解消されると無効になります。

        `GET /proxy/principals` (operationId: `medicalInsuranceListProxyPrincipals`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 委任者の一覧（代理人登録がない場合は空配列）。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.ProxyPrincipalList",
            self._send(
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
                ),
                timeout,
            ),
        )

    @staticmethod
    def parse_medical_insurance_notify_result_ready(payload: bytes | str) -> models.ResultReadyNotification:
        """取得完了を通知する（Webhook `medicalInsuranceResultReady` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ResultReadyNotification).validate_json(payload)


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
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        verify: Any = True,
    ) -> None:
        """Connect to base_url, or to SERVERS[server] (0 is the first server of the document)."""
        super().__init__(
            _server(base_url, server),
            http_client=http_client,
            auth=auth,
            timeout=timeout,
            headers=headers,
            verify=verify,
        )

    async def medical_insurance_create_request(
        self,
        *,
        body: models.MedicalInfoRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.MedicalInfoRequestAccepted:
        """医療保険情報の取得要求を登録する

        利用者の同意に基づき、指定したデータ区分の取得要求を登録します（電文種別 `IFA0601-R01`）。
        受け付けると `202` と処理ID（`processId`）を返し、集約完了後に取得完了通知（`IFA0602-S01`）を送ります。

        - `datasets` に含めるデータ区分は、アクセストークンで同意されたスコープ（`medical:medication` 等のいずれか1つ
        以上）の範囲内である必要があります（範囲外は `403`）。
        - 薬剤情報の取得期間は `medicationCriteria.lookbackDays`（1〜100日）で指定します。100日を超える期間は指定でき
        ません。
        - 代理人として取得する場合は `subject.relationship` に `proxy`、`subject.principalId` に
          `GET /proxy/principals` で得た委任者IDを指定します（スコープ `medical:proxy` が必要）。
        - 同じ利用者・同じデータ区分の要求が処理中の場合は `409` を返します。

        `POST /requests` (operationId: `medicalInsuranceCreateRequest`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 取得要求電文（IFA0601-R01）。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            202: 取得要求を受け付けた。`processId` を保存し、取得完了通知を待つ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.MedicalInfoRequestAccepted",
            await self._send(
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
                ),
                timeout,
            ),
        )

    async def medical_insurance_get_request_status(
        self,
        process_id: models.ProcessId,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: 処理状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.RequestStatus",
            await self._send(
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
                ),
                timeout,
            ),
        )

    async def medical_insurance_delete_request(
        self,
        process_id: models.ProcessId,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            204: 破棄した。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        await self._send(
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
            ),
            timeout,
        )

    async def medical_insurance_list_medications(
        self,
        process_id: models.ProcessId,
        *,
        info_type: models.MedicationInfoType | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.MedicationList:
        """薬剤情報を取得する

        処方情報（医療機関が電子処方箋管理サービスに登録した処方内容）と調剤情報（薬局が登録した調剤結果）を、
        処方年月日・調剤年月日の新しい順に返します。1件が1回の処方または1回の調剤に対応し、`drugs` に医薬品ごとの明細
        を持ちます。

        - 取得できるのは **処方・調剤から最大100日前まで** です。取得要求時の `lookbackDays` で決まる期間（`period`）
        の内側を、
          `infoType`・`dateFrom`・`dateTo` でさらに絞り込めます。期間外の日付を指定すると `400` を返します。
        - 紙の処方箋による調剤でも、薬局が調剤結果を登録していれば調剤情報として含まれます（`prescriptionForm: paper`
        ）。
        - 取得要求に `medication` を含めていない場合、または処理中の場合は `409` を返します。

        `GET /requests/{processId}/medications` (operationId: `medicalInsuranceListMedications`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            info_type: 情報の種類で絞り込む。省略時は処方情報・調剤情報の両方。 (query `infoType`)
            date_from: 処方年月日（調剤情報は調剤年月日）の下限（YYYYMMDD、当日を含む）。取得要求時の期間内である
                こと（最大100日前まで）。 (query `dateFrom`)
            date_to: 処方年月日（調剤情報は調剤年月日）の上限（YYYYMMDD、当日を含む）。 (query `dateTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 薬剤情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.MedicationList",
            await self._send(
                Call(
                    "GET",
                    "/requests/{processId}/medications",
                    {
                        "processId": process_id,
                    },
                    {
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
                ),
                timeout,
            ),
        )

    async def medical_insurance_list_specific_health_checkups(
        self,
        process_id: models.ProcessId,
        *,
        fiscal_year: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: 特定健診情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.SpecificHealthCheckupList",
            await self._send(
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
                ),
                timeout,
            ),
        )

    async def medical_insurance_list_medical_expense_notices(
        self,
        process_id: models.ProcessId,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: 医療費通知情報の一覧と合計。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.MedicalExpenseNoticeList",
            await self._send(
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
                ),
                timeout,
            ),
        )

    async def medical_insurance_list_clinical_records(
        self,
        process_id: models.ProcessId,
        *,
        service_year_month: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.ClinicalRecordList:
        """診療情報を取得する

        レセプトに基づく診療行為（手術、画像診断、病理診断、放射線治療、医学管理等）と、
        電子カルテ情報共有サービスから提供される傷病名を、診療年月・医療機関ごとに返します。
        診療行為コード・傷病名コードはレセプト電算処理システム用コードです。
        傷病名は医療機関が共有対象とした範囲に限られ、「疑い」病名は `suspected: true` で示します。利用者への表示に配
        慮してください。

        `GET /requests/{processId}/clinical-records` (operationId: `medicalInsuranceListClinicalRecords`)

        Args:
            process_id: 取得要求の応答で払い出された処理ID（形式は例示）。 (path `processId`)
            service_year_month: 診療年月（YYYYMM）で絞り込む。 (query `serviceYearMonth`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 診療情報の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.ClinicalRecordList",
            await self._send(
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
                ),
                timeout,
            ),
        )

    async def medical_insurance_get_qualification(
        self,
        process_id: models.ProcessId,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: 資格情報。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.QualificationResult",
            await self._send(
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
                ),
                timeout,
            ),
        )

    async def medical_insurance_list_proxy_principals(
        self, *, x_request_id: str | Unset = UNSET, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> models.ProxyPrincipalList:
        """代理取得できる委任者の一覧を取得する

        認証した利用者が、マイナポータルで代理人として登録されている委任者（子・高齢の親等）の一覧を返します。
        代理人登録はマイナポータル上で委任者・代理人双方の手続により行われ、このAPIでは登録できません。
        返された `principalId` を `POST /requests` の `subject.principalId` に指定して、委任者の情報を取得します。
        `principalId` は事業者サービスごとに異なる不透明なIDで、委任関係が解消されると無効になります。

        `GET /proxy/principals` (operationId: `medicalInsuranceListProxyPrincipals`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 委任者の一覧（代理人登録がない場合は空配列）。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.ProxyPrincipalList",
            await self._send(
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
                ),
                timeout,
            ),
        )

    @staticmethod
    def parse_medical_insurance_notify_result_ready(payload: bytes | str) -> models.ResultReadyNotification:
        """取得完了を通知する（Webhook `medicalInsuranceResultReady` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.ResultReadyNotification).validate_json(payload)
