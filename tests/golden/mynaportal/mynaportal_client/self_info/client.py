"""自己情報取得API (1.0.0): generated client. Do not edit."""

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
    "SelfInfoClient",
    "AsyncSelfInfoClient",
    "SelfInfoClientWithRawResponse",
    "AsyncSelfInfoClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/self-info",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp",  # 検証環境（接続試験用、サーバ間通信。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp",  # 本番環境（サーバ間通信。ホスト名は例示）
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


class SelfInfoClient(SyncTransport):
    """自己情報取得API のクライアント。

    自己情報取得API
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
    def with_raw_response(self) -> SelfInfoClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return SelfInfoClientWithRawResponse(self)

    def authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        state: str,
        scope: str,
        code_challenge: str | Unset = UNSET,
        code_challenge_method: Literal["S256", "plain"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """利用者の同意を取得する

        利用者のブラウザをこのエンドポイントへリダイレクトします（サーバからの直接呼出しではありません）。
        マイナポータルの画面で利用者がマイナンバーカードの利用者証明用電子証明書（暗証番号4桁）、または
        スマートフォン用電子証明書（生体認証）で認証し、提供するデータ区分を確認して同意します。

        - 同意した場合：`302` で `{redirect_uri}?code={認可コード}&state={state}` に戻ります。
        - キャンセル・拒否した場合：`302` で `{redirect_uri}?error=access_denied&state={state}` に戻ります。
        - `client_id` または `redirect_uri` が登録内容と一致しない場合：リダイレクトせずエラー画面を表示します（`400`
        ）。

        事業者は `state` を推測困難な値で生成してセッションに保存し、戻ってきた値と一致することを必ず検証してください
        。
        認可コードの有効期間は短く（例示：60秒）、1回のみ使用できます。

        `GET /online-authorization-web/oauth/authorize` (operationId: `selfInfoAuthorize`)

        Args:
            response_type: 応答種別。認可コードフローのため常に `code`。 (query `response_type`)
            client_id: クライアントID。`{事業者ID}_{サービスID}` の形式で、利用承認時に通知された値。 (query
                `client_id`)
            redirect_uri: 同意後に戻るURL。利用申請時に登録したURLと完全一致する必要がある（HTTPSのみ）。 (query
                `redirect_uri`)
            state: CSRF対策の値。事業者が推測困難な乱数で生成し、リダイレクト時にそのまま返される。 (query
                `state`)
            scope: 要求するデータ区分のスコープ（空白区切り）。利用承認で認められたものに限る。スコープ名は例示。
                例：`self_info:family_register`（戸籍関係情報）、`self_info:tax_income`（税・所得）。 (query `scope`)
            code_challenge: PKCE（RFC 7636）のコードチャレンジ。`code_verifier` の SHA-256 を base64url 符号化した
                43文字（S256）。 指定した場合はトークン要求に `code_verifier` が必要になる。PKCE への対応は例示。
                (query `code_challenge`)
            code_challenge_method: コードチャレンジの方式。S256 を推奨（plain は code_verifier をそのまま送る）。
                code_challenge を指定しない場合は無視される。 (query `code_challenge_method`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: `redirect_uri` へのリダイレクト。同意時は `code` と `state`、キャンセル・拒否時は
                `error=access_denied`（と `state`）がクエリに付与される。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.authorize(
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            state=state,
            scope=scope,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def issue_token(
        self,
        *,
        body: models.AuthorizationCodeTokenRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.TokenResponse:
        """アクセストークンを取得する

        認可エンドポイントで得た認可コードをアクセストークンに交換します（RFC 6749 4.1.3）。
        リクエストは `application/x-www-form-urlencoded`。クライアントシークレットは送らず、
        登録済みクライアント証明書による相互TLSでクライアントを認証します（RFC 8705）。
        アクセストークンの有効期間は例示で600秒。自己情報取得ではリフレッシュトークンは払い出されません
        （継続取得は期間連携APIを利用）。エラーは RFC 6749 形式（`OAuthError`）で返ります。

        `POST /online-authorization-web/oauth/token` (operationId: `selfInfoIssueToken`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/x-www-form-urlencoded)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: アクセストークンを発行した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.issue_token(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def request(
        self,
        *,
        body: models.SelfInfoRequestBody,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SelfInfoRequestAccepted:
        """自己情報の取得を要求する

        電文種別 `IFA0301-R01` で自己情報の取得を要求します。`commonHeader.processId` と `errorCode` は空にし、
        `requestData.dataCategories` に取得したいデータ区分を指定します。各データ区分に対応するスコープ
        （`SelfInfoDataCategory` の説明を参照）がアクセストークンに付与されている必要があり、範囲外は 403 になります。
        マイナポータルは要求を受け付けると、応答電文 `IFA0302-S01` で処理ID `processId` を払い出し、各情報保有機関への
        照会を非同期に行います。
        続けて結果取得API（`IFA0303-R01`）を、処理状態が確定するまで10秒おきに（最大36回）呼び出してください。
        `telegramId` は事業者が電文ごとに一意に採番します（同じ値の再送は 409）。

        `POST /online-resource-web/request` (operationId: `selfInfoRequest`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 要求を受け付け、応答電文 IFA0302-S01 で処理IDを払い出した（データは未取得。結果をポーリングする）
                。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.request(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_result(
        self,
        *,
        body: models.SelfInfoResultRequestBody,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SelfInfoResult | models.SelfInfoResultPending:
        """自己情報の取得結果をポーリングする

        電文種別 `IFA0303-R01` と処理ID を指定して、処理状態 `processStatus` と結果を取得します。

        - `WAIT_RESULT`（照会中）：本書では `202` と `Retry-After`（秒）で返します。10秒おいて再度呼び出してください。
          公開されているクライアントコードは10秒間隔・最大36回で打ち切ります（HTTPステータスと Retry-After は例示）。
        - `REGISTER`（完了）：`200` で `selfPersonalData` を返します。
        - `ERROR`（失敗）・`TIMEOUT`（時間切れ）：`200` で返し、`commonHeader.errorCode` に理由が入ります。
        `selfPersonalData` はありません。
          利用者に状況を伝え、必要なら取得要求からやり直してください。

        `selfPersonalData` は **JSON文字列** です。第1階層が情報保有機関名（例：`東京都千代田区`、`日本年金機構`）、
        第2階層が日本語の情報名（例：`戸籍関係情報`）、その下が日本語の項目名と値で、日付は `YYYYMMDD`、
        金額は円単位の数字文字列です。一部の情報保有機関から応答がなかった場合は、得られた分だけが含まれ、
        `holderResults` に機関ごとの結果が示されます。

        結果の保存期間（例示：完了から24時間）を過ぎた処理IDや、存在しない処理IDを指定すると 404 になります。
        取得したデータは利用目的の範囲でのみ利用し、不要になった時点で消去してください。

        `POST /online-resource-web/result` (operationId: `selfInfoGetResult`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 処理状態が確定した（REGISTER・ERROR・TIMEOUT）。REGISTER の selfPersonalData は JSON として再度解
                析すること。; 202: 照会中（処理状態 WAIT_RESULT）。`Retry-After` 秒（10秒）おいて再度取得する。公開さ
                れているクライアントコードは 10秒間隔・最大36回で打ち切る。WAIT_RESULT を 202 と Retry-After で返すこ
                とは例示。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_result(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()


class SelfInfoClientWithRawResponse:
    """SelfInfoClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: SelfInfoClient) -> None:
        self._client = client

    def authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        state: str,
        scope: str,
        code_challenge: str | Unset = UNSET,
        code_challenge_method: Literal["S256", "plain"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """authorize() の生の応答（status_code, headers, request_id, parse()）。"""
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
                        "code_challenge": code_challenge,
                        "code_challenge_method": code_challenge_method,
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

    def issue_token(
        self,
        *,
        body: models.AuthorizationCodeTokenRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.TokenResponse]:
        """issue_token() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.TokenResponse]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/online-authorization-web/oauth/token",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/x-www-form-urlencoded",
                    {"200": models.TokenResponse},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def request(
        self,
        *,
        body: models.SelfInfoRequestBody,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SelfInfoRequestAccepted]:
        """request() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SelfInfoRequestAccepted]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/online-resource-web/request",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.SelfInfoRequestAccepted},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_result(
        self,
        *,
        body: models.SelfInfoResultRequestBody,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SelfInfoResult | models.SelfInfoResultPending]:
        """get_result() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SelfInfoResult | models.SelfInfoResultPending]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/online-resource-web/result",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.SelfInfoResult, "202": models.SelfInfoResultPending},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )


class AsyncSelfInfoClient(AsyncTransport):
    """自己情報取得API のクライアント（非同期）。

    自己情報取得API
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
    def with_raw_response(self) -> AsyncSelfInfoClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncSelfInfoClientWithRawResponse(self)

    async def authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        state: str,
        scope: str,
        code_challenge: str | Unset = UNSET,
        code_challenge_method: Literal["S256", "plain"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """利用者の同意を取得する

        利用者のブラウザをこのエンドポイントへリダイレクトします（サーバからの直接呼出しではありません）。
        マイナポータルの画面で利用者がマイナンバーカードの利用者証明用電子証明書（暗証番号4桁）、または
        スマートフォン用電子証明書（生体認証）で認証し、提供するデータ区分を確認して同意します。

        - 同意した場合：`302` で `{redirect_uri}?code={認可コード}&state={state}` に戻ります。
        - キャンセル・拒否した場合：`302` で `{redirect_uri}?error=access_denied&state={state}` に戻ります。
        - `client_id` または `redirect_uri` が登録内容と一致しない場合：リダイレクトせずエラー画面を表示します（`400`
        ）。

        事業者は `state` を推測困難な値で生成してセッションに保存し、戻ってきた値と一致することを必ず検証してください
        。
        認可コードの有効期間は短く（例示：60秒）、1回のみ使用できます。

        `GET /online-authorization-web/oauth/authorize` (operationId: `selfInfoAuthorize`)

        Args:
            response_type: 応答種別。認可コードフローのため常に `code`。 (query `response_type`)
            client_id: クライアントID。`{事業者ID}_{サービスID}` の形式で、利用承認時に通知された値。 (query
                `client_id`)
            redirect_uri: 同意後に戻るURL。利用申請時に登録したURLと完全一致する必要がある（HTTPSのみ）。 (query
                `redirect_uri`)
            state: CSRF対策の値。事業者が推測困難な乱数で生成し、リダイレクト時にそのまま返される。 (query
                `state`)
            scope: 要求するデータ区分のスコープ（空白区切り）。利用承認で認められたものに限る。スコープ名は例示。
                例：`self_info:family_register`（戸籍関係情報）、`self_info:tax_income`（税・所得）。 (query `scope`)
            code_challenge: PKCE（RFC 7636）のコードチャレンジ。`code_verifier` の SHA-256 を base64url 符号化した
                43文字（S256）。 指定した場合はトークン要求に `code_verifier` が必要になる。PKCE への対応は例示。
                (query `code_challenge`)
            code_challenge_method: コードチャレンジの方式。S256 を推奨（plain は code_verifier をそのまま送る）。
                code_challenge を指定しない場合は無視される。 (query `code_challenge_method`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: `redirect_uri` へのリダイレクト。同意時は `code` と `state`、キャンセル・拒否時は
                `error=access_denied`（と `state`）がクエリに付与される。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.authorize(
                response_type=response_type,
                client_id=client_id,
                redirect_uri=redirect_uri,
                state=state,
                scope=scope,
                code_challenge=code_challenge,
                code_challenge_method=code_challenge_method,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def issue_token(
        self,
        *,
        body: models.AuthorizationCodeTokenRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.TokenResponse:
        """アクセストークンを取得する

        認可エンドポイントで得た認可コードをアクセストークンに交換します（RFC 6749 4.1.3）。
        リクエストは `application/x-www-form-urlencoded`。クライアントシークレットは送らず、
        登録済みクライアント証明書による相互TLSでクライアントを認証します（RFC 8705）。
        アクセストークンの有効期間は例示で600秒。自己情報取得ではリフレッシュトークンは払い出されません
        （継続取得は期間連携APIを利用）。エラーは RFC 6749 形式（`OAuthError`）で返ります。

        `POST /online-authorization-web/oauth/token` (operationId: `selfInfoIssueToken`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/x-www-form-urlencoded)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: アクセストークンを発行した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.issue_token(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def request(
        self,
        *,
        body: models.SelfInfoRequestBody,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SelfInfoRequestAccepted:
        """自己情報の取得を要求する

        電文種別 `IFA0301-R01` で自己情報の取得を要求します。`commonHeader.processId` と `errorCode` は空にし、
        `requestData.dataCategories` に取得したいデータ区分を指定します。各データ区分に対応するスコープ
        （`SelfInfoDataCategory` の説明を参照）がアクセストークンに付与されている必要があり、範囲外は 403 になります。
        マイナポータルは要求を受け付けると、応答電文 `IFA0302-S01` で処理ID `processId` を払い出し、各情報保有機関への
        照会を非同期に行います。
        続けて結果取得API（`IFA0303-R01`）を、処理状態が確定するまで10秒おきに（最大36回）呼び出してください。
        `telegramId` は事業者が電文ごとに一意に採番します（同じ値の再送は 409）。

        `POST /online-resource-web/request` (operationId: `selfInfoRequest`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 要求を受け付け、応答電文 IFA0302-S01 で処理IDを払い出した（データは未取得。結果をポーリングする）
                。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.request(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_result(
        self,
        *,
        body: models.SelfInfoResultRequestBody,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.SelfInfoResult | models.SelfInfoResultPending:
        """自己情報の取得結果をポーリングする

        電文種別 `IFA0303-R01` と処理ID を指定して、処理状態 `processStatus` と結果を取得します。

        - `WAIT_RESULT`（照会中）：本書では `202` と `Retry-After`（秒）で返します。10秒おいて再度呼び出してください。
          公開されているクライアントコードは10秒間隔・最大36回で打ち切ります（HTTPステータスと Retry-After は例示）。
        - `REGISTER`（完了）：`200` で `selfPersonalData` を返します。
        - `ERROR`（失敗）・`TIMEOUT`（時間切れ）：`200` で返し、`commonHeader.errorCode` に理由が入ります。
        `selfPersonalData` はありません。
          利用者に状況を伝え、必要なら取得要求からやり直してください。

        `selfPersonalData` は **JSON文字列** です。第1階層が情報保有機関名（例：`東京都千代田区`、`日本年金機構`）、
        第2階層が日本語の情報名（例：`戸籍関係情報`）、その下が日本語の項目名と値で、日付は `YYYYMMDD`、
        金額は円単位の数字文字列です。一部の情報保有機関から応答がなかった場合は、得られた分だけが含まれ、
        `holderResults` に機関ごとの結果が示されます。

        結果の保存期間（例示：完了から24時間）を過ぎた処理IDや、存在しない処理IDを指定すると 404 になります。
        取得したデータは利用目的の範囲でのみ利用し、不要になった時点で消去してください。

        `POST /online-resource-web/result` (operationId: `selfInfoGetResult`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: 処理状態が確定した（REGISTER・ERROR・TIMEOUT）。REGISTER の selfPersonalData は JSON として再度解
                析すること。; 202: 照会中（処理状態 WAIT_RESULT）。`Retry-After` 秒（10秒）おいて再度取得する。公開さ
                れているクライアントコードは 10秒間隔・最大36回で打ち切る。WAIT_RESULT を 202 と Retry-After で返すこ
                とは例示。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_result(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()


class AsyncSelfInfoClientWithRawResponse:
    """AsyncSelfInfoClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncSelfInfoClient) -> None:
        self._client = client

    async def authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        state: str,
        scope: str,
        code_challenge: str | Unset = UNSET,
        code_challenge_method: Literal["S256", "plain"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """authorize() の生の応答（status_code, headers, request_id, parse()）。"""
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
                        "code_challenge": code_challenge,
                        "code_challenge_method": code_challenge_method,
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

    async def issue_token(
        self,
        *,
        body: models.AuthorizationCodeTokenRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.TokenResponse]:
        """issue_token() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.TokenResponse]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/online-authorization-web/oauth/token",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/x-www-form-urlencoded",
                    {"200": models.TokenResponse},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def request(
        self,
        *,
        body: models.SelfInfoRequestBody,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SelfInfoRequestAccepted]:
        """request() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SelfInfoRequestAccepted]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/online-resource-web/request",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.SelfInfoRequestAccepted},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_result(
        self,
        *,
        body: models.SelfInfoResultRequestBody,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.SelfInfoResult | models.SelfInfoResultPending]:
        """get_result() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.SelfInfoResult | models.SelfInfoResultPending]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/online-resource-web/result",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"200": models.SelfInfoResult, "202": models.SelfInfoResultPending},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )
