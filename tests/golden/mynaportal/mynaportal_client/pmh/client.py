"""PMH情報連携API (1.0.0): generated client. Do not edit."""

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
    "PmhClient",
    "AsyncPmhClient",
    "PmhClientWithRawResponse",
    "AsyncPmhClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/pmh",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/pmh/v1",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/pmh/v1",  # 本番環境（ホスト名は例示）
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


class PmhClient(SyncTransport):
    """PMH情報連携API のクライアント。

    PMH情報連携API
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
    def with_raw_response(self) -> PmhClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return PmhClientWithRawResponse(self)

    def get_status(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.PmhStatus:
        """利用者登録とPMH参加状況を取得する

        利用者のマイナポータル利用者登録の状況と、住所地（および転入前）の自治体がPMHでどの区分の情報を提供しているか
        を返します。
        利用者が未登録でもエラーにはならず、`userRegistration.status` が `notRegistered` で返ります。

        `GET /status` (operationId: `pmhGetStatus`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 利用者登録の状況と情報提供元の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_status(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_subsidy_certificates(
        self,
        *,
        program_type: models.SubsidyProgramType | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SubsidyCertificateList:
        """医療費助成の受給者証を一覧取得する

        自治体がPMHに登録した医療費助成の受給者証情報（公費負担者番号、受給者番号、有効期間、自己負担上限額等）を返し
        ます。
        既定では有効な受給者証のみを返し、`includeExpired=true` で有効期間を過ぎたものも含めます。
        医療機関の窓口では、紙の受給者証の代わりにこの情報をオンライン資格確認で確認できる場合があります。

        `GET /subsidy-certificates` (operationId: `pmhListSubsidyCertificates`)

        Args:
            program_type: 助成制度の種別で絞り込む。 (query `programType`)
            include_expired: 有効期間を過ぎた受給者証も含めるか。 (query `includeExpired`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 受給者証の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_subsidy_certificates(
            program_type=program_type,
            include_expired=include_expired,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_subsidy_certificate(
        self,
        certificate_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SubsidyCertificate:
        """医療費助成の受給者証を取得する

        受給者証1件の詳細を返します。指定難病・小児慢性特定疾病では、対象疾病名と指定医療機関を含みます。

        `GET /subsidy-certificates/{certificateId}` (operationId: `pmhGetSubsidyCertificate`)

        Args:
            certificate_id: 受給者証ID（一覧取得の応答の certificateId）。形式は例示。 (path `certificateId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 受給者証の詳細。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_subsidy_certificate(
            certificate_id=certificate_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def list_immunizations(
        self,
        *,
        vaccine_type: models.VaccineType | Unset = UNSET,
        administered_from: str | Unset = UNSET,
        administered_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ImmunizationList:
        """予防接種履歴を取得する

        自治体が予防接種台帳からPMHに登録した接種記録を、接種日の古い順に返します。
        定期接種に加え、自治体が費用助成した任意接種（おたふくかぜ等）が含まれる場合があります。
        医療機関から自治体への接種記録の報告・登録には通常数週間かかるため、直近の接種がまだ反映されていないことがあり
        ます。

        `GET /immunizations` (operationId: `pmhListImmunizations`)

        Args:
            vaccine_type: ワクチンの種類で絞り込む。 (query `vaccineType`)
            administered_from: 接種日の開始（YYYYMMDD、この日を含む）。 (query `administeredFrom`)
            administered_to: 接種日の終了（YYYYMMDD、この日を含む）。 (query `administeredTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 予防接種記録の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_immunizations(
            vaccine_type=vaccine_type,
            administered_from=administered_from,
            administered_to=administered_to,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_prenatal_checkups(
        self,
        *,
        pregnancy_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.PrenatalCheckupList:
        """妊婦健診の結果を取得する

        妊婦健康診査（自治体の受診票による公費負担の健診、標準14回）の結果を、受診日の古い順に返します。
        妊娠ごとに `pregnancyId` でまとまり、`pregnancyId` で絞り込めます。

        `GET /maternal-child-health/prenatal-checkups` (operationId: `pmhListPrenatalCheckups`)

        Args:
            pregnancy_id: 妊娠（妊娠届出）ごとのID で絞り込む。形式は例示。 (query `pregnancyId`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 妊婦健診結果の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_prenatal_checkups(
            pregnancy_id=pregnancy_id,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_infant_checkups(
        self,
        *,
        checkup_type: models.InfantCheckupType | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.InfantCheckupList:
        """乳幼児健診の結果を取得する

        乳幼児健康診査（1か月児、3〜4か月児、1歳6か月児、3歳児等）の結果を、受診日の古い順に返します。
        1歳6か月児・3歳児健診では歯科健診の結果を含みます。

        `GET /maternal-child-health/infant-checkups` (operationId: `pmhListInfantCheckups`)

        Args:
            checkup_type: 健診の種類で絞り込む。 (query `checkupType`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 乳幼児健診結果の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_infant_checkups(
            checkup_type=checkup_type,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_questionnaire_prefill(
        self,
        *,
        vaccine_type: models.VaccineType,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.QuestionnairePrefill:
        """予診票の事前入力データを取得する

        指定したワクチンの予診票を作成するための事前入力データ（対象者の氏名・生年月日・住所地、同じワクチンの過去の接
        種歴、
        次に受ける接種回数の目安、定期接種の対象年齢かどうか）を返します。アプリはこれを予診票の画面に表示し、
        保護者が質問に回答したうえで `POST /immunization-questionnaires` で登録します。
        定期接種の対象判定は住所地自治体の予防接種台帳に基づく目安であり、最終判断は接種医が行います。

        `GET /prefill/immunization-questionnaire` (operationId: `pmhGetQuestionnairePrefill`)

        Args:
            vaccine_type: 予診票を作成するワクチンの種類。 (query `vaccineType`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 予診票の事前入力データ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_questionnaire_prefill(
            vaccine_type=vaccine_type, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def create_immunization_questionnaire(
        self,
        *,
        body: models.QuestionnaireDraft,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Questionnaire:
        """予防接種予診票の下書きを登録する

        保護者（または本人）が回答した予防接種予診票の下書きをPMHに登録します。登録された予診票は、接種予定日の前後に
        指定した医療機関（省略時は住所地自治体の委託医療機関のいずれか）がPMHから参照できます。
        同じワクチン・同じ接種回数で有効な予診票が既にある場合は `409` を返します（取下げてから再登録してください）。
        `Idempotency-Key` を指定すると、通信エラー時の再送で二重登録されません。
        接種当日の体温、医師の診察結果欄、保護者の接種同意欄は医療機関で記入されるため、ここでは登録できません。

        `POST /immunization-questionnaires` (operationId: `pmhCreateImmunizationQuestionnaire`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重登録を防ぐための一意キー（UUID）。同じキーでの再送には最初の応答を返す（
                保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            201: 予診票を登録した。Location に予診票のURLを返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.create_immunization_questionnaire(
            body=body,
            x_request_id=x_request_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def get_immunization_questionnaire(
        self,
        questionnaire_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Questionnaire:
        """登録した予診票を取得する

        登録した予診票の内容と状態（登録済み・医療機関が参照済み・接種で使用済み・取下げ・期限切れ）を返します。

        `GET /immunization-questionnaires/{questionnaireId}` (operationId: `pmhGetImmunizationQuestionnaire`)

        Args:
            questionnaire_id: 予診票ID（登録時の応答の questionnaireId）。形式は例示。 (path `questionnaireId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 予診票の内容と状態。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_immunization_questionnaire(
            questionnaire_id=questionnaire_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def withdraw_immunization_questionnaire(
        self,
        questionnaire_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """予診票を取り下げる

        登録した予診票を取り下げます（予定変更・回答の修正時）。取り下げた予診票は医療機関から参照できなくなります。
        既に接種で使用された予診票（status が `used`）は取り下げられず、`409` を返します。

        `DELETE /immunization-questionnaires/{questionnaireId}` (operationId: `pmhWithdrawImmunizationQuestionnaire`)

        Args:
            questionnaire_id: 予診票ID（登録時の応答の questionnaireId）。形式は例示。 (path `questionnaireId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            204: 取り下げた。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        self.with_raw_response.withdraw_immunization_questionnaire(
            questionnaire_id=questionnaire_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    @staticmethod
    def parse_questionnaire_status_changed(payload: bytes | str) -> models.QuestionnaireEvent:
        """予診票の状態変化を通知する（Webhook `pmhQuestionnaireStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.QuestionnaireEvent).validate_json(payload)


class PmhClientWithRawResponse:
    """PmhClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: PmhClient) -> None:
        self._client = client

    def get_status(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.PmhStatus]:
        """get_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PmhStatus]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/status",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.PmhStatus},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_subsidy_certificates(
        self,
        *,
        program_type: models.SubsidyProgramType | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SubsidyCertificateList]:
        """list_subsidy_certificates() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SubsidyCertificateList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/subsidy-certificates",
                    {},
                    {
                        "programType": program_type,
                        "includeExpired": include_expired,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.SubsidyCertificateList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_subsidy_certificate(
        self,
        certificate_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SubsidyCertificate]:
        """get_subsidy_certificate() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SubsidyCertificate]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/subsidy-certificates/{certificateId}",
                    {
                        "certificateId": certificate_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.SubsidyCertificate},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_immunizations(
        self,
        *,
        vaccine_type: models.VaccineType | Unset = UNSET,
        administered_from: str | Unset = UNSET,
        administered_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ImmunizationList]:
        """list_immunizations() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ImmunizationList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/immunizations",
                    {},
                    {
                        "vaccineType": vaccine_type,
                        "administeredFrom": administered_from,
                        "administeredTo": administered_to,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ImmunizationList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_prenatal_checkups(
        self,
        *,
        pregnancy_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.PrenatalCheckupList]:
        """list_prenatal_checkups() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PrenatalCheckupList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/maternal-child-health/prenatal-checkups",
                    {},
                    {
                        "pregnancyId": pregnancy_id,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.PrenatalCheckupList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_infant_checkups(
        self,
        *,
        checkup_type: models.InfantCheckupType | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.InfantCheckupList]:
        """list_infant_checkups() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.InfantCheckupList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/maternal-child-health/infant-checkups",
                    {},
                    {
                        "checkupType": checkup_type,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.InfantCheckupList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_questionnaire_prefill(
        self,
        *,
        vaccine_type: models.VaccineType,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.QuestionnairePrefill]:
        """get_questionnaire_prefill() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.QuestionnairePrefill]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/prefill/immunization-questionnaire",
                    {},
                    {
                        "vaccineType": vaccine_type,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.QuestionnairePrefill},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def create_immunization_questionnaire(
        self,
        *,
        body: models.QuestionnaireDraft,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Questionnaire]:
        """create_immunization_questionnaire() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Questionnaire]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/immunization-questionnaires",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "application/json",
                    {"201": models.Questionnaire},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_immunization_questionnaire(
        self,
        questionnaire_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Questionnaire]:
        """get_immunization_questionnaire() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Questionnaire]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/immunization-questionnaires/{questionnaireId}",
                    {
                        "questionnaireId": questionnaire_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Questionnaire},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def withdraw_immunization_questionnaire(
        self,
        questionnaire_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """withdraw_immunization_questionnaire() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            self._client._send_raw(
                Call(
                    "DELETE",
                    "/immunization-questionnaires/{questionnaireId}",
                    {
                        "questionnaireId": questionnaire_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"204": None},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncPmhClient(AsyncTransport):
    """PMH情報連携API のクライアント（非同期）。

    PMH情報連携API
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
    def with_raw_response(self) -> AsyncPmhClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncPmhClientWithRawResponse(self)

    async def get_status(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.PmhStatus:
        """利用者登録とPMH参加状況を取得する

        利用者のマイナポータル利用者登録の状況と、住所地（および転入前）の自治体がPMHでどの区分の情報を提供しているか
        を返します。
        利用者が未登録でもエラーにはならず、`userRegistration.status` が `notRegistered` で返ります。

        `GET /status` (operationId: `pmhGetStatus`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 利用者登録の状況と情報提供元の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_status(x_request_id=x_request_id, timeout=timeout, max_retries=max_retries)
        ).parse()

    async def list_subsidy_certificates(
        self,
        *,
        program_type: models.SubsidyProgramType | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SubsidyCertificateList:
        """医療費助成の受給者証を一覧取得する

        自治体がPMHに登録した医療費助成の受給者証情報（公費負担者番号、受給者番号、有効期間、自己負担上限額等）を返し
        ます。
        既定では有効な受給者証のみを返し、`includeExpired=true` で有効期間を過ぎたものも含めます。
        医療機関の窓口では、紙の受給者証の代わりにこの情報をオンライン資格確認で確認できる場合があります。

        `GET /subsidy-certificates` (operationId: `pmhListSubsidyCertificates`)

        Args:
            program_type: 助成制度の種別で絞り込む。 (query `programType`)
            include_expired: 有効期間を過ぎた受給者証も含めるか。 (query `includeExpired`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 受給者証の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_subsidy_certificates(
                program_type=program_type,
                include_expired=include_expired,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_subsidy_certificate(
        self,
        certificate_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SubsidyCertificate:
        """医療費助成の受給者証を取得する

        受給者証1件の詳細を返します。指定難病・小児慢性特定疾病では、対象疾病名と指定医療機関を含みます。

        `GET /subsidy-certificates/{certificateId}` (operationId: `pmhGetSubsidyCertificate`)

        Args:
            certificate_id: 受給者証ID（一覧取得の応答の certificateId）。形式は例示。 (path `certificateId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 受給者証の詳細。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_subsidy_certificate(
                certificate_id=certificate_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def list_immunizations(
        self,
        *,
        vaccine_type: models.VaccineType | Unset = UNSET,
        administered_from: str | Unset = UNSET,
        administered_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ImmunizationList:
        """予防接種履歴を取得する

        自治体が予防接種台帳からPMHに登録した接種記録を、接種日の古い順に返します。
        定期接種に加え、自治体が費用助成した任意接種（おたふくかぜ等）が含まれる場合があります。
        医療機関から自治体への接種記録の報告・登録には通常数週間かかるため、直近の接種がまだ反映されていないことがあり
        ます。

        `GET /immunizations` (operationId: `pmhListImmunizations`)

        Args:
            vaccine_type: ワクチンの種類で絞り込む。 (query `vaccineType`)
            administered_from: 接種日の開始（YYYYMMDD、この日を含む）。 (query `administeredFrom`)
            administered_to: 接種日の終了（YYYYMMDD、この日を含む）。 (query `administeredTo`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 予防接種記録の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_immunizations(
                vaccine_type=vaccine_type,
                administered_from=administered_from,
                administered_to=administered_to,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_prenatal_checkups(
        self,
        *,
        pregnancy_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.PrenatalCheckupList:
        """妊婦健診の結果を取得する

        妊婦健康診査（自治体の受診票による公費負担の健診、標準14回）の結果を、受診日の古い順に返します。
        妊娠ごとに `pregnancyId` でまとまり、`pregnancyId` で絞り込めます。

        `GET /maternal-child-health/prenatal-checkups` (operationId: `pmhListPrenatalCheckups`)

        Args:
            pregnancy_id: 妊娠（妊娠届出）ごとのID で絞り込む。形式は例示。 (query `pregnancyId`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 妊婦健診結果の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_prenatal_checkups(
                pregnancy_id=pregnancy_id,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_infant_checkups(
        self,
        *,
        checkup_type: models.InfantCheckupType | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.InfantCheckupList:
        """乳幼児健診の結果を取得する

        乳幼児健康診査（1か月児、3〜4か月児、1歳6か月児、3歳児等）の結果を、受診日の古い順に返します。
        1歳6か月児・3歳児健診では歯科健診の結果を含みます。

        `GET /maternal-child-health/infant-checkups` (operationId: `pmhListInfantCheckups`)

        Args:
            checkup_type: 健診の種類で絞り込む。 (query `checkupType`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 乳幼児健診結果の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_infant_checkups(
                checkup_type=checkup_type,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_questionnaire_prefill(
        self,
        *,
        vaccine_type: models.VaccineType,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.QuestionnairePrefill:
        """予診票の事前入力データを取得する

        指定したワクチンの予診票を作成するための事前入力データ（対象者の氏名・生年月日・住所地、同じワクチンの過去の接
        種歴、
        次に受ける接種回数の目安、定期接種の対象年齢かどうか）を返します。アプリはこれを予診票の画面に表示し、
        保護者が質問に回答したうえで `POST /immunization-questionnaires` で登録します。
        定期接種の対象判定は住所地自治体の予防接種台帳に基づく目安であり、最終判断は接種医が行います。

        `GET /prefill/immunization-questionnaire` (operationId: `pmhGetQuestionnairePrefill`)

        Args:
            vaccine_type: 予診票を作成するワクチンの種類。 (query `vaccineType`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 予診票の事前入力データ。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_questionnaire_prefill(
                vaccine_type=vaccine_type, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def create_immunization_questionnaire(
        self,
        *,
        body: models.QuestionnaireDraft,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Questionnaire:
        """予防接種予診票の下書きを登録する

        保護者（または本人）が回答した予防接種予診票の下書きをPMHに登録します。登録された予診票は、接種予定日の前後に
        指定した医療機関（省略時は住所地自治体の委託医療機関のいずれか）がPMHから参照できます。
        同じワクチン・同じ接種回数で有効な予診票が既にある場合は `409` を返します（取下げてから再登録してください）。
        `Idempotency-Key` を指定すると、通信エラー時の再送で二重登録されません。
        接種当日の体温、医師の診察結果欄、保護者の接種同意欄は医療機関で記入されるため、ここでは登録できません。

        `POST /immunization-questionnaires` (operationId: `pmhCreateImmunizationQuestionnaire`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重登録を防ぐための一意キー（UUID）。同じキーでの再送には最初の応答を返す（
                保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            201: 予診票を登録した。Location に予診票のURLを返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.create_immunization_questionnaire(
                body=body,
                x_request_id=x_request_id,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def get_immunization_questionnaire(
        self,
        questionnaire_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Questionnaire:
        """登録した予診票を取得する

        登録した予診票の内容と状態（登録済み・医療機関が参照済み・接種で使用済み・取下げ・期限切れ）を返します。

        `GET /immunization-questionnaires/{questionnaireId}` (operationId: `pmhGetImmunizationQuestionnaire`)

        Args:
            questionnaire_id: 予診票ID（登録時の応答の questionnaireId）。形式は例示。 (path `questionnaireId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 予診票の内容と状態。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_immunization_questionnaire(
                questionnaire_id=questionnaire_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def withdraw_immunization_questionnaire(
        self,
        questionnaire_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """予診票を取り下げる

        登録した予診票を取り下げます（予定変更・回答の修正時）。取り下げた予診票は医療機関から参照できなくなります。
        既に接種で使用された予診票（status が `used`）は取り下げられず、`409` を返します。

        `DELETE /immunization-questionnaires/{questionnaireId}` (operationId: `pmhWithdrawImmunizationQuestionnaire`)

        Args:
            questionnaire_id: 予診票ID（登録時の応答の questionnaireId）。形式は例示。 (path `questionnaireId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            204: 取り下げた。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        (
            await self.with_raw_response.withdraw_immunization_questionnaire(
                questionnaire_id=questionnaire_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    @staticmethod
    def parse_questionnaire_status_changed(payload: bytes | str) -> models.QuestionnaireEvent:
        """予診票の状態変化を通知する（Webhook `pmhQuestionnaireStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.QuestionnaireEvent).validate_json(payload)


class AsyncPmhClientWithRawResponse:
    """AsyncPmhClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncPmhClient) -> None:
        self._client = client

    async def get_status(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.PmhStatus]:
        """get_status() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PmhStatus]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/status",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.PmhStatus},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_subsidy_certificates(
        self,
        *,
        program_type: models.SubsidyProgramType | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SubsidyCertificateList]:
        """list_subsidy_certificates() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SubsidyCertificateList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/subsidy-certificates",
                    {},
                    {
                        "programType": program_type,
                        "includeExpired": include_expired,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.SubsidyCertificateList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_subsidy_certificate(
        self,
        certificate_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SubsidyCertificate]:
        """get_subsidy_certificate() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SubsidyCertificate]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/subsidy-certificates/{certificateId}",
                    {
                        "certificateId": certificate_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.SubsidyCertificate},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_immunizations(
        self,
        *,
        vaccine_type: models.VaccineType | Unset = UNSET,
        administered_from: str | Unset = UNSET,
        administered_to: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ImmunizationList]:
        """list_immunizations() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ImmunizationList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/immunizations",
                    {},
                    {
                        "vaccineType": vaccine_type,
                        "administeredFrom": administered_from,
                        "administeredTo": administered_to,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ImmunizationList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_prenatal_checkups(
        self,
        *,
        pregnancy_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.PrenatalCheckupList]:
        """list_prenatal_checkups() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.PrenatalCheckupList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/maternal-child-health/prenatal-checkups",
                    {},
                    {
                        "pregnancyId": pregnancy_id,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.PrenatalCheckupList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_infant_checkups(
        self,
        *,
        checkup_type: models.InfantCheckupType | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.InfantCheckupList]:
        """list_infant_checkups() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.InfantCheckupList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/maternal-child-health/infant-checkups",
                    {},
                    {
                        "checkupType": checkup_type,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.InfantCheckupList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_questionnaire_prefill(
        self,
        *,
        vaccine_type: models.VaccineType,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.QuestionnairePrefill]:
        """get_questionnaire_prefill() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.QuestionnairePrefill]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/prefill/immunization-questionnaire",
                    {},
                    {
                        "vaccineType": vaccine_type,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.QuestionnairePrefill},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def create_immunization_questionnaire(
        self,
        *,
        body: models.QuestionnaireDraft,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Questionnaire]:
        """create_immunization_questionnaire() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Questionnaire]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/immunization-questionnaires",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "application/json",
                    {"201": models.Questionnaire},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_immunization_questionnaire(
        self,
        questionnaire_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Questionnaire]:
        """get_immunization_questionnaire() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Questionnaire]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/immunization-questionnaires/{questionnaireId}",
                    {
                        "questionnaireId": questionnaire_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Questionnaire},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def withdraw_immunization_questionnaire(
        self,
        questionnaire_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[None]:
        """withdraw_immunization_questionnaire() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[None]",
            await self._client._send_raw(
                Call(
                    "DELETE",
                    "/immunization-questionnaires/{questionnaireId}",
                    {
                        "questionnaireId": questionnaire_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"204": None},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
