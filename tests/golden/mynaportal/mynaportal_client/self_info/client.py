"""自己情報取得API (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Any, cast

import httpx
import pydantic

from .._base import DEFAULT_TIMEOUT, AsyncTransport, Call, SyncTransport
from .._types import UNSET, Unset
from . import models

__all__ = ["SERVERS", "SelfInfoClient", "AsyncSelfInfoClient"]

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

    def self_info_authorize(
        self,
        *,
        response_type: str,
        client_id: models.ClientId,
        redirect_uri: str,
        state: str,
        scope: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
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
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            302: `redirect_uri` へのリダイレクト。同意時は `code` と `state`、キャンセル・拒否時は
                `error=access_denied`（と `state`）がクエリに付与される。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "str",
            self._send(
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
                ),
                timeout,
            ),
        )

    def self_info_issue_token(
        self,
        *,
        body: models.AuthorizationCodeTokenRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: アクセストークンを発行した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.TokenResponse",
            self._send(
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
                ),
                timeout,
            ),
        )

    def self_info_request(
        self,
        *,
        body: models.SelfInfoRequestBody,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.SelfInfoRequestAccepted:
        """自己情報の取得を要求する

        電文種別 `IFA0301-R01` で自己情報の取得を要求します。`commonHeader.processId` と `errorCode` は空にし、
        `requestData.dataCategories` に取得したいデータ区分を指定します。各データ区分に対応するスコープ
        （`SelfInfoDataCategory` の説明を参照）がアクセストークンに付与されている必要があり、範囲外は 403 になります。
        マイナポータルは要求を受け付けると処理ID `processId` を払い出し、各情報保有機関への照会を非同期に行います。
        照会が完了すると `selfInfoReady` Webhook（`IFA0302-S01`）で通知されるので、その後に結果取得APIを呼び出してくだ
        さい。
        `telegramId` は事業者が電文ごとに一意に採番します（同じ値の再送は 409）。

        `POST /online-resource-web/request` (operationId: `selfInfoRequest`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 要求を受け付け、処理IDを払い出した（データは未取得。完了通知を待つ）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.SelfInfoRequestAccepted",
            self._send(
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
                ),
                timeout,
            ),
        )

    def self_info_get_result(
        self,
        *,
        body: models.SelfInfoResultRequestBody,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.SelfInfoResult:
        """自己情報の取得結果を受け取る

        完了通知（`IFA0302-S01`）を受けた後、電文種別 `IFA0303-R01` と処理ID を指定して結果を取得します。
        `selfPersonalData` は **JSON文字列** です。第1階層が情報保有機関名（例：`東京都千代田区`、`日本年金機構`）、
        第2階層が日本語の情報名（例：`戸籍関係情報`）、その下が日本語の項目名と値で、日付は `YYYYMMDD`、
        金額は円単位の数字文字列です。一部の情報保有機関から応答がなかった場合は、得られた分だけが含まれ、
        `holderResults` に機関ごとの結果が示されます。

        照会が完了していない処理IDを指定すると 409、保存期間（例示：通知から24時間）を過ぎると 404 になります。
        取得したデータは利用目的の範囲でのみ利用し、不要になった時点で消去してください。

        `POST /online-resource-web/result` (operationId: `selfInfoGetResult`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 取得結果。selfPersonalData は JSON として再度解析すること。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.SelfInfoResult",
            self._send(
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
                    {"200": models.SelfInfoResult},
                ),
                timeout,
            ),
        )

    @staticmethod
    def parse_self_info_ready_notification(payload: bytes | str) -> models.SelfInfoReadyNotification:
        """取得完了の通知を受ける（Webhook `selfInfoReady` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.SelfInfoReadyNotification).validate_json(payload)


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

    async def self_info_authorize(
        self,
        *,
        response_type: str,
        client_id: models.ClientId,
        redirect_uri: str,
        state: str,
        scope: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
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
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            302: `redirect_uri` へのリダイレクト。同意時は `code` と `state`、キャンセル・拒否時は
                `error=access_denied`（と `state`）がクエリに付与される。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "str",
            await self._send(
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
                ),
                timeout,
            ),
        )

    async def self_info_issue_token(
        self,
        *,
        body: models.AuthorizationCodeTokenRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
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

        Returns:
            200: アクセストークンを発行した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.TokenResponse",
            await self._send(
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
                ),
                timeout,
            ),
        )

    async def self_info_request(
        self,
        *,
        body: models.SelfInfoRequestBody,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.SelfInfoRequestAccepted:
        """自己情報の取得を要求する

        電文種別 `IFA0301-R01` で自己情報の取得を要求します。`commonHeader.processId` と `errorCode` は空にし、
        `requestData.dataCategories` に取得したいデータ区分を指定します。各データ区分に対応するスコープ
        （`SelfInfoDataCategory` の説明を参照）がアクセストークンに付与されている必要があり、範囲外は 403 になります。
        マイナポータルは要求を受け付けると処理ID `processId` を払い出し、各情報保有機関への照会を非同期に行います。
        照会が完了すると `selfInfoReady` Webhook（`IFA0302-S01`）で通知されるので、その後に結果取得APIを呼び出してくだ
        さい。
        `telegramId` は事業者が電文ごとに一意に採番します（同じ値の再送は 409）。

        `POST /online-resource-web/request` (operationId: `selfInfoRequest`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 要求を受け付け、処理IDを払い出した（データは未取得。完了通知を待つ）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.SelfInfoRequestAccepted",
            await self._send(
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
                ),
                timeout,
            ),
        )

    async def self_info_get_result(
        self,
        *,
        body: models.SelfInfoResultRequestBody,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.SelfInfoResult:
        """自己情報の取得結果を受け取る

        完了通知（`IFA0302-S01`）を受けた後、電文種別 `IFA0303-R01` と処理ID を指定して結果を取得します。
        `selfPersonalData` は **JSON文字列** です。第1階層が情報保有機関名（例：`東京都千代田区`、`日本年金機構`）、
        第2階層が日本語の情報名（例：`戸籍関係情報`）、その下が日本語の項目名と値で、日付は `YYYYMMDD`、
        金額は円単位の数字文字列です。一部の情報保有機関から応答がなかった場合は、得られた分だけが含まれ、
        `holderResults` に機関ごとの結果が示されます。

        照会が完了していない処理IDを指定すると 409、保存期間（例示：通知から24時間）を過ぎると 404 になります。
        取得したデータは利用目的の範囲でのみ利用し、不要になった時点で消去してください。

        `POST /online-resource-web/result` (operationId: `selfInfoGetResult`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: リクエストボディ (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 取得結果。selfPersonalData は JSON として再度解析すること。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.SelfInfoResult",
            await self._send(
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
                    {"200": models.SelfInfoResult},
                ),
                timeout,
            ),
        )

    @staticmethod
    def parse_self_info_ready_notification(payload: bytes | str) -> models.SelfInfoReadyNotification:
        """取得完了の通知を受ける（Webhook `selfInfoReady` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.SelfInfoReadyNotification).validate_json(payload)
