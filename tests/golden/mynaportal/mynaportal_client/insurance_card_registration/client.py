"""健康保険証利用登録API (1.0.0): generated client. Do not edit."""

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
    "InsuranceCardRegistrationClient",
    "AsyncInsuranceCardRegistrationClient",
    "InsuranceCardRegistrationClientWithRawResponse",
    "AsyncInsuranceCardRegistrationClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/insurance-card-registration",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/insurance-card-registration",  # 検証環境（接続試験用。J-LIS発行のテスト用カードを用いる。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/insurance-card-registration",  # 本番環境（ホスト名は例示）
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


class InsuranceCardRegistrationClient(SyncTransport):
    """健康保険証利用登録API のクライアント。

    健康保険証利用登録API
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
    def with_raw_response(self) -> InsuranceCardRegistrationClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return InsuranceCardRegistrationClientWithRawResponse(self)

    def consent_terms_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ConsentTerms:
        """同意事項を取得する

        健康保険証利用登録に当たり利用者がデジタル庁に対して同意する事項（同意事項）の現行版を取得します。
        事業者サービスは同意画面へ遷移する前にこの内容（または要旨）を利用者に示し、
        利用登録申込み（`POST /registrations`）の `consentTermsVersion` に、ここで得た `termsVersion` を設定します。
        利用者の同意を要しないため、相互TLSによるクライアント認証のみで呼び出せます。

        `GET /consent-terms` (operationId: `insuranceCardConsentTermsGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 現行の同意事項。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.consent_terms_get(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def consent_authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        state: str,
        scope: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """同意画面へ遷移する

        **ブラウザで呼び出す**エンドポイントです（事業者サーバからは呼び出さない）。事業者サービスは利用者のブラウザを
        このURLへリダイレクトし、マイナポータルは次の画面を表示します。

        1. マイナンバーカードの読み取りと利用者証明用電子証明書の暗証番号（4桁）の入力による本人確認
           （「iPhoneのマイナンバーカード」「Androidスマホ用電子証明書」の場合は端末の生体認証）。
        2. 健康保険証利用登録の同意事項（`GET /consent-terms` と同じ内容）と、登録結果を事業者サービスへ提供することへ
        の同意。

        同意後は `redirect_uri?code={認可コード}&state={state}` へ 302 で戻ります。
        キャンセル・拒否の場合は `redirect_uri?error=access_denied&state={state}` へ戻ります。
        `client_id` または `redirect_uri` が登録内容と一致しない場合はリダイレクトせず、エラー画面（400）を表示します
        。
        認可コードの有効期限（例示：60秒）内にトークンエンドポイントでアクセストークンへ交換してください。

        `GET /online-authorization-web/oauth/authorize` (operationId: `insuranceCardConsentAuthorize`)

        Args:
            response_type: 応答種別。認可コードフローのため常に `code`。 (query `response_type`)
            client_id: クライアントID（`{事業者ID}_{サービスID}`）。利用承認時にデジタル庁から通知される。 (query
                `client_id`)
            redirect_uri: 同意後に戻るURL。利用申請時に登録したURLと完全一致すること（https のみ）。 (query
                `redirect_uri`)
            state: CSRF対策の値。事業者が推測困難な乱数で生成し、戻り時に一致を検証する。 (query `state`)
            scope: 要求するスコープ（空白区切り）。`insurance_card:register` を必ず含める。利用承認で認められてい
                れば、 医療保険情報取得（例：`medical:qualification`）等のスコープと同時に要求でき、1回の同意で続けて
                利用できる。スコープ名は例示。 (query `scope`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: 同意画面での操作後、`redirect_uri` へのリダイレクト。 成功時は `code`（認可コード）と `state`、拒
                否・キャンセル時は `error=access_denied` と `state` がクエリに付与される。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.consent_authorize(
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            state=state,
            scope=scope,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def register(
        self,
        *,
        body: models.InsuranceCardRegistrationRequest,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.InsuranceCardRegistrationResult:
        """健康保険証利用登録を申し込む

        同意済みの利用者について、マイナンバーカードの健康保険証利用登録を申し込みます。
        マイナポータルは支払基金等（オンライン資格確認等システム）に利用者の資格情報を照会し、結果を同期的に返します。

        登録結果 `result` は次の3種類で、いずれも **HTTP 200** で返ります（業務上のエラーはHTTPエラーにしない）。
        - `registered` — 今回の申込みで利用登録が完了した。
        - `alreadyRegistered` — 既に利用登録済みだった（登録日時を返す）。利用者への案内のみ行えばよい。
        - `error` — 登録できなかった。`errors` に理由（資格情報未登録、保険者未対応など）と、利用者に示す案内文を返す
        。

        通信断やタイムアウトで結果を受け取れなかった場合に備え、`Idempotency-Key` を付けて送信してください。
        同じキー・同じ内容の再送には、24時間以内（例示）であれば初回の結果（同じ `registrationId`）を返します。
        アクセストークン1件につき申込みは1回で、異なるキー（またはキーなし）による2回目の申込みは 409 になります。

        `POST /registrations` (operationId: `insuranceCardRegister`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重申込みを防ぐための冪等キー（UUID）。同じキーでの再送には初回の結果を返す
                （保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: 利用登録の申込み内容。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            200: 登録結果（登録完了・登録済み・エラーのいずれか）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.register(
            body=body,
            x_request_id=x_request_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def registration_get(
        self,
        registration_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.InsuranceCardRegistrationResult:
        """登録結果を再照会する

        受け取った登録IDで、登録結果を後から再照会します（利用者からの問い合わせ対応や、結果画面の再表示に用います）。
        応答そのものを受け取れなかった場合は、この操作ではなく同じ `Idempotency-Key` で `POST /registrations` を再送し
        てください。
        照会できるのは同じクライアントIDが行った申込みで、申込みから7日以内（例示）に限られます。
        申込み時と同じアクセストークン、または同じ利用者について新たに同意を得たアクセストークンで呼び出します。

        `GET /registrations/{registrationId}` (operationId: `insuranceCardRegistrationGet`)

        Args:
            registration_id: 申込み時に払い出された登録ID（形式は例示）。 (path `registrationId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申込み時に返した（または返すはずだった）登録結果。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.registration_get(
            registration_id=registration_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def registration_status_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.InsuranceCardRegistrationStatus:
        """利用登録状況を照会する

        アクセストークンの利用者について、マイナンバーカードが健康保険証として利用登録済みかどうかを照会します。
        申込みの前に照会し、登録済みであれば申込み画面を出さずに案内だけを表示する、といった使い方を想定しています。
        利用登録の経路（マイナポータル、医療機関の顔認証付きカードリーダー、ATM、本API）は問いません。
        資格情報の内容（保険者名・保険者番号・被保険者記号番号等）は本APIでは返しません。必要な場合は医療保険情報取得
        API（#6）で
        利用者の同意を得て取得します。

        `GET /registration-status` (operationId: `insuranceCardRegistrationStatusGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 利用登録状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.registration_status_get(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()


class InsuranceCardRegistrationClientWithRawResponse:
    """InsuranceCardRegistrationClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: InsuranceCardRegistrationClient) -> None:
        self._client = client

    def consent_terms_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ConsentTerms]:
        """consent_terms_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ConsentTerms]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/consent-terms",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ConsentTerms},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def consent_authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        state: str,
        scope: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """consent_authorize() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/online-authorization-web/oauth/authorize",
                    {},
                    {
                        "response_type": response_type,
                        "client_id": client_id,
                        "redirect_uri": redirect_uri,
                        "state": state,
                        "scope": scope,
                    },
                    {},
                    UNSET,
                    None,
                    {"302": str},
                    security=(),
                ),
                timeout,
                max_retries,
            ),
        )

    def register(
        self,
        *,
        body: models.InsuranceCardRegistrationRequest,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.InsuranceCardRegistrationResult]:
        """register() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.InsuranceCardRegistrationResult]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/registrations",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "application/json",
                    {"200": models.InsuranceCardRegistrationResult},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def registration_get(
        self,
        registration_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.InsuranceCardRegistrationResult]:
        """registration_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.InsuranceCardRegistrationResult]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/registrations/{registrationId}",
                    {
                        "registrationId": registration_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.InsuranceCardRegistrationResult},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def registration_status_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.InsuranceCardRegistrationStatus]:
        """registration_status_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.InsuranceCardRegistrationStatus]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/registration-status",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.InsuranceCardRegistrationStatus},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncInsuranceCardRegistrationClient(AsyncTransport):
    """健康保険証利用登録API のクライアント（非同期）。

    健康保険証利用登録API
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
    def with_raw_response(self) -> AsyncInsuranceCardRegistrationClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncInsuranceCardRegistrationClientWithRawResponse(self)

    async def consent_terms_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.ConsentTerms:
        """同意事項を取得する

        健康保険証利用登録に当たり利用者がデジタル庁に対して同意する事項（同意事項）の現行版を取得します。
        事業者サービスは同意画面へ遷移する前にこの内容（または要旨）を利用者に示し、
        利用登録申込み（`POST /registrations`）の `consentTermsVersion` に、ここで得た `termsVersion` を設定します。
        利用者の同意を要しないため、相互TLSによるクライアント認証のみで呼び出せます。

        `GET /consent-terms` (operationId: `insuranceCardConsentTermsGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 現行の同意事項。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.consent_terms_get(
                x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def consent_authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        state: str,
        scope: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """同意画面へ遷移する

        **ブラウザで呼び出す**エンドポイントです（事業者サーバからは呼び出さない）。事業者サービスは利用者のブラウザを
        このURLへリダイレクトし、マイナポータルは次の画面を表示します。

        1. マイナンバーカードの読み取りと利用者証明用電子証明書の暗証番号（4桁）の入力による本人確認
           （「iPhoneのマイナンバーカード」「Androidスマホ用電子証明書」の場合は端末の生体認証）。
        2. 健康保険証利用登録の同意事項（`GET /consent-terms` と同じ内容）と、登録結果を事業者サービスへ提供することへ
        の同意。

        同意後は `redirect_uri?code={認可コード}&state={state}` へ 302 で戻ります。
        キャンセル・拒否の場合は `redirect_uri?error=access_denied&state={state}` へ戻ります。
        `client_id` または `redirect_uri` が登録内容と一致しない場合はリダイレクトせず、エラー画面（400）を表示します
        。
        認可コードの有効期限（例示：60秒）内にトークンエンドポイントでアクセストークンへ交換してください。

        `GET /online-authorization-web/oauth/authorize` (operationId: `insuranceCardConsentAuthorize`)

        Args:
            response_type: 応答種別。認可コードフローのため常に `code`。 (query `response_type`)
            client_id: クライアントID（`{事業者ID}_{サービスID}`）。利用承認時にデジタル庁から通知される。 (query
                `client_id`)
            redirect_uri: 同意後に戻るURL。利用申請時に登録したURLと完全一致すること（https のみ）。 (query
                `redirect_uri`)
            state: CSRF対策の値。事業者が推測困難な乱数で生成し、戻り時に一致を検証する。 (query `state`)
            scope: 要求するスコープ（空白区切り）。`insurance_card:register` を必ず含める。利用承認で認められてい
                れば、 医療保険情報取得（例：`medical:qualification`）等のスコープと同時に要求でき、1回の同意で続けて
                利用できる。スコープ名は例示。 (query `scope`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: 同意画面での操作後、`redirect_uri` へのリダイレクト。 成功時は `code`（認可コード）と `state`、拒
                否・キャンセル時は `error=access_denied` と `state` がクエリに付与される。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.consent_authorize(
                response_type=response_type,
                client_id=client_id,
                redirect_uri=redirect_uri,
                state=state,
                scope=scope,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def register(
        self,
        *,
        body: models.InsuranceCardRegistrationRequest,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.InsuranceCardRegistrationResult:
        """健康保険証利用登録を申し込む

        同意済みの利用者について、マイナンバーカードの健康保険証利用登録を申し込みます。
        マイナポータルは支払基金等（オンライン資格確認等システム）に利用者の資格情報を照会し、結果を同期的に返します。

        登録結果 `result` は次の3種類で、いずれも **HTTP 200** で返ります（業務上のエラーはHTTPエラーにしない）。
        - `registered` — 今回の申込みで利用登録が完了した。
        - `alreadyRegistered` — 既に利用登録済みだった（登録日時を返す）。利用者への案内のみ行えばよい。
        - `error` — 登録できなかった。`errors` に理由（資格情報未登録、保険者未対応など）と、利用者に示す案内文を返す
        。

        通信断やタイムアウトで結果を受け取れなかった場合に備え、`Idempotency-Key` を付けて送信してください。
        同じキー・同じ内容の再送には、24時間以内（例示）であれば初回の結果（同じ `registrationId`）を返します。
        アクセストークン1件につき申込みは1回で、異なるキー（またはキーなし）による2回目の申込みは 409 になります。

        `POST /registrations` (operationId: `insuranceCardRegister`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            idempotency_key: 再送時の二重申込みを防ぐための冪等キー（UUID）。同じキーでの再送には初回の結果を返す
                （保持期間24時間は例示）。 (header `Idempotency-Key`)
            body: 利用登録の申込み内容。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。idempotency_key を渡したときだけ、接続エラー
                、408、429、5xx で再試行する。

        Returns:
            200: 登録結果（登録完了・登録済み・エラーのいずれか）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.register(
                body=body,
                x_request_id=x_request_id,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def registration_get(
        self,
        registration_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.InsuranceCardRegistrationResult:
        """登録結果を再照会する

        受け取った登録IDで、登録結果を後から再照会します（利用者からの問い合わせ対応や、結果画面の再表示に用います）。
        応答そのものを受け取れなかった場合は、この操作ではなく同じ `Idempotency-Key` で `POST /registrations` を再送し
        てください。
        照会できるのは同じクライアントIDが行った申込みで、申込みから7日以内（例示）に限られます。
        申込み時と同じアクセストークン、または同じ利用者について新たに同意を得たアクセストークンで呼び出します。

        `GET /registrations/{registrationId}` (operationId: `insuranceCardRegistrationGet`)

        Args:
            registration_id: 申込み時に払い出された登録ID（形式は例示）。 (path `registrationId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 申込み時に返した（または返すはずだった）登録結果。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.registration_get(
                registration_id=registration_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def registration_status_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.InsuranceCardRegistrationStatus:
        """利用登録状況を照会する

        アクセストークンの利用者について、マイナンバーカードが健康保険証として利用登録済みかどうかを照会します。
        申込みの前に照会し、登録済みであれば申込み画面を出さずに案内だけを表示する、といった使い方を想定しています。
        利用登録の経路（マイナポータル、医療機関の顔認証付きカードリーダー、ATM、本API）は問いません。
        資格情報の内容（保険者名・保険者番号・被保険者記号番号等）は本APIでは返しません。必要な場合は医療保険情報取得
        API（#6）で
        利用者の同意を得て取得します。

        `GET /registration-status` (operationId: `insuranceCardRegistrationStatusGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 利用登録状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.registration_status_get(
                x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()


class AsyncInsuranceCardRegistrationClientWithRawResponse:
    """AsyncInsuranceCardRegistrationClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncInsuranceCardRegistrationClient) -> None:
        self._client = client

    async def consent_terms_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.ConsentTerms]:
        """consent_terms_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.ConsentTerms]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/consent-terms",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.ConsentTerms},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def consent_authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        state: str,
        scope: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """consent_authorize() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/online-authorization-web/oauth/authorize",
                    {},
                    {
                        "response_type": response_type,
                        "client_id": client_id,
                        "redirect_uri": redirect_uri,
                        "state": state,
                        "scope": scope,
                    },
                    {},
                    UNSET,
                    None,
                    {"302": str},
                    security=(),
                ),
                timeout,
                max_retries,
            ),
        )

    async def register(
        self,
        *,
        body: models.InsuranceCardRegistrationRequest,
        x_request_id: UUID | Unset = UNSET,
        idempotency_key: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.InsuranceCardRegistrationResult]:
        """register() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.InsuranceCardRegistrationResult]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/registrations",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                        "Idempotency-Key": idempotency_key,
                    },
                    body,
                    "application/json",
                    {"200": models.InsuranceCardRegistrationResult},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def registration_get(
        self,
        registration_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.InsuranceCardRegistrationResult]:
        """registration_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.InsuranceCardRegistrationResult]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/registrations/{registrationId}",
                    {
                        "registrationId": registration_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.InsuranceCardRegistrationResult},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def registration_status_get(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.InsuranceCardRegistrationStatus]:
        """registration_status_get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.InsuranceCardRegistrationStatus]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/registration-status",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.InsuranceCardRegistrationStatus},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
