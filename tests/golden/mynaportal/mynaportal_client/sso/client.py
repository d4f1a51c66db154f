"""シングルサインオンAPI (1.0.0): generated client. Do not edit."""

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
    "SsoClient",
    "AsyncSsoClient",
    "SsoClientWithRawResponse",
    "AsyncSsoClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/sso",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/sso",  # 検証環境・サーバ間通信（トークン、UserInfo。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/sso",  # 本番環境・サーバ間通信（ホスト名は例示）
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


class SsoClient(SyncTransport):
    """シングルサインオンAPI のクライアント。

    シングルサインオンAPI
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
    def with_raw_response(self) -> SsoClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return SsoClientWithRawResponse(self)

    def get_openid_configuration(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.OpenIdConfiguration:
        """OPのメタデータを取得する

        OpenID Connect Discovery 1.0 の OP メタデータを返します。RP は起動時に取得してエンドポイントURL・対応方式を設
        定し、
        24時間程度キャッシュしてください（`Cache-Control` に従う）。`issuer` は ID トークンの `iss` と完全一致します。

        `GET /.well-known/openid-configuration` (operationId: `ssoGetOpenidConfiguration`)

        Args:
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: OP メタデータ。

        Raises:
            APIStatusError: 文書化されたエラー応答（429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_openid_configuration(timeout=timeout, max_retries=max_retries).parse()

    def get_jwks(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.JwkSet:
        """IDトークン署名用の公開鍵を取得する

        ID トークンの署名検証に用いる公開鍵の集合（JWK Set、RFC 7517）を返します。ID トークンのヘッダの `kid` に一致す
        る鍵で検証してください。
        鍵は定期的に更新（ローテーション）され、更新期間中は新旧の鍵が並存します。未知の `kid` を受け取った場合は JWKS
        を再取得してください。

        `GET /jwks` (operationId: `ssoGetJwks`)

        Args:
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: JWK Set。

        Raises:
            APIStatusError: 文書化されたエラー応答（429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_jwks(timeout=timeout, max_retries=max_retries).parse()

    def authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        scope: Literal["openid"],
        state: str,
        nonce: str,
        code_challenge: str,
        code_challenge_method: Literal["S256"],
        prompt: Literal["login", "none"] | Unset = UNSET,
        max_age: int | Unset = UNSET,
        acr_values: Literal["urn:mynaportal:acr:jpki-card", "urn:mynaportal:acr:jpki-smartphone"] | Unset = UNSET,
        ui_locales: Literal["ja", "en"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """マイナンバーカードで認証する

        RP がブラウザをリダイレクトする認可エンドポイントです。利用者はマイナポータルの画面でマイナンバーカードを読み
        取り、
        暗証番号（4桁）を入力するか、スマートフォン用電子証明書を生体認証で使って認証し、ログインに同意します。

        完了後は `redirect_uri` に `302` でリダイレクトします。
        - 成功：`{redirect_uri}?code={認可コード}&state={state}`（認可コードの有効期限は60秒・1回限り、例示）
        - キャンセル・拒否：`{redirect_uri}?error=access_denied&state={state}`
        - `prompt=none` で認証済みセッションがない：`error=login_required`

        `client_id` が未登録、または `redirect_uri` が事前登録値と完全一致しない場合はリダイレクトせず、`400` のエラー
        画面を表示します
        （本書では problem+json として記載）。

        `GET /authorize` (operationId: `ssoAuthorize`)

        Args:
            response_type: 応答種別。認可コードフローのため `code` 固定。 (query `response_type`)
            client_id: クライアントID（`{事業者ID}_{サービスID}`）。利用承認時に通知される。 (query `client_id`)
            redirect_uri: 認証後の戻り先URL。利用申請時に登録したURLと完全一致すること（https のみ）。 (query
                `redirect_uri`)
            scope: スコープ（空白区切り）。`openid` を必ず含める。シングルサインオンで要求できるのは `openid` のみ
                。 (query `scope`)
            state: CSRF 対策の値。RP がセッションごとに推測困難な値を生成し、戻りの `state` と照合する。 (query
                `state`)
            nonce: リプレイ攻撃対策の値。ID トークンの `nonce` にそのまま入るので、RP は照合する。 (query `nonce`)
            code_challenge: PKCE（RFC 7636）のコードチャレンジ。code_verifier の SHA-256 を base64url 符号化した43
                文字。 (query `code_challenge`)
            code_challenge_method: PKCE の変換方式。`S256` のみ対応。 (query `code_challenge_method`)
            prompt: 再認証の指示。`login` は有効なセッションがあっても必ずカードで再認証させる。`none` は画面を出
                さずに既存セッションを確認する。 (query `prompt`)
            max_age: 認証からの最大経過秒数。経過している場合は再認証を求める。 (query `max_age`)
            acr_values: 要求する認証手段（空白区切り。値は例示）。省略時はカード・スマートフォンのいずれも可。
                (query `acr_values`)
            ui_locales: 画面表示の言語。 (query `ui_locales`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: `redirect_uri` へのリダイレクト（成功時は code と state、失敗時は error と state）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.authorize(
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            state=state,
            nonce=nonce,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
            prompt=prompt,
            max_age=max_age,
            acr_values=acr_values,
            ui_locales=ui_locales,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def token(
        self,
        *,
        body: models.TokenRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.OidcTokenResponse:
        """認可コードをIDトークンと交換する

        RP のサーバが認可コードを ID トークン・アクセストークンと交換します。クライアント認証は相互TLS（
        `tls_client_auth`）で行い、
        クライアントシークレットは送りません。アクセストークンはクライアント証明書に紐付けられます（RFC 8705）。

        RP は ID トークンについて、署名（`GET /jwks`）、`iss`、`aud`（= client_id）、`exp`、`nonce`、`at_hash` を検証
        してください。
        リフレッシュトークンは払い出しません（ログインごとに認証します）。エラーは RFC 6749 形式（`OAuthError`）で返し
        ます。

        `POST /token` (operationId: `ssoToken`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: トークン要求（application/x-www-form-urlencoded）。 (application/x-www-form-urlencoded)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: トークン応答（ID トークンを含む）。Cache-Control ヘッダは no-store。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.token(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def get_user_info(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.UserInfo:
        """認証した利用者の識別子を取得する

        アクセストークンに対応する利用者のクレームを返します。返すのはペアワイズ識別子 `sub` と認証に関する情報のみで
        、
        氏名・住所・生年月日・マイナンバー等は返しません。`sub` は ID トークンの `sub` と一致することを確認してくださ
        い。
        アクセストークンはクライアント証明書に紐付いているため、トークン取得時と同じ証明書で相互TLS接続する必要があり
        ます。

        `GET /userinfo` (operationId: `ssoGetUserInfo`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: UserInfo クレーム。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get_user_info(
            x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def end_session(
        self,
        *,
        id_token_hint: str,
        client_id: str | Unset = UNSET,
        post_logout_redirect_uri: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """マイナポータルのログインセッションを終了する

        RP-Initiated Logout 1.0 のログアウトエンドポイントです。RP は自サービスのログアウト時にブラウザをここへリダイ
        レクトし、
        マイナポータル側のログインセッションも終了させます。`post_logout_redirect_uri` は利用申請時に登録した値と完全
        一致する必要があります。
        終了後は `post_logout_redirect_uri` に `302` で戻します（指定がない場合はマイナポータルのログアウト完了画面を
        表示）。

        `GET /logout` (operationId: `ssoEndSession`)

        Args:
            id_token_hint: ログインで受け取った ID トークン（有効期限切れでもよい）。 (query `id_token_hint`)
            client_id: クライアントID。 (query `client_id`)
            post_logout_redirect_uri: ログアウト後の戻り先URL（登録済みの値と完全一致）。 (query
                `post_logout_redirect_uri`)
            state: 戻り先に付与して返す値。 (query `state`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: post_logout_redirect_uri へのリダイレクト（state を付与）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.end_session(
            id_token_hint=id_token_hint,
            client_id=client_id,
            post_logout_redirect_uri=post_logout_redirect_uri,
            state=state,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()


class SsoClientWithRawResponse:
    """SsoClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: SsoClient) -> None:
        self._client = client

    def get_openid_configuration(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.OpenIdConfiguration]:
        """get_openid_configuration() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.OpenIdConfiguration]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/.well-known/openid-configuration",
                    {},
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.OpenIdConfiguration},
                    security=(),
                ),
                timeout,
                max_retries,
            ),
        )

    def get_jwks(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.JwkSet]:
        """get_jwks() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.JwkSet]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/jwks",
                    {},
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.JwkSet},
                    security=(),
                ),
                timeout,
                max_retries,
            ),
        )

    def authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        scope: Literal["openid"],
        state: str,
        nonce: str,
        code_challenge: str,
        code_challenge_method: Literal["S256"],
        prompt: Literal["login", "none"] | Unset = UNSET,
        max_age: int | Unset = UNSET,
        acr_values: Literal["urn:mynaportal:acr:jpki-card", "urn:mynaportal:acr:jpki-smartphone"] | Unset = UNSET,
        ui_locales: Literal["ja", "en"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """authorize() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/authorize",
                    {},
                    {
                        "response_type": response_type,
                        "client_id": client_id,
                        "redirect_uri": redirect_uri,
                        "scope": scope,
                        "state": state,
                        "nonce": nonce,
                        "code_challenge": code_challenge,
                        "code_challenge_method": code_challenge_method,
                        "prompt": prompt,
                        "max_age": max_age,
                        "acr_values": acr_values,
                        "ui_locales": ui_locales,
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

    def token(
        self,
        *,
        body: models.TokenRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.OidcTokenResponse]:
        """token() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.OidcTokenResponse]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/token",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/x-www-form-urlencoded",
                    {"200": models.OidcTokenResponse},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get_user_info(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.UserInfo]:
        """get_user_info() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.UserInfo]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/userinfo",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.UserInfo},
                    security=(("openIdConnect", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def end_session(
        self,
        *,
        id_token_hint: str,
        client_id: str | Unset = UNSET,
        post_logout_redirect_uri: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """end_session() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/logout",
                    {},
                    {
                        "id_token_hint": id_token_hint,
                        "client_id": client_id,
                        "post_logout_redirect_uri": post_logout_redirect_uri,
                        "state": state,
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


class AsyncSsoClient(AsyncTransport):
    """シングルサインオンAPI のクライアント（非同期）。

    シングルサインオンAPI
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
    def with_raw_response(self) -> AsyncSsoClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncSsoClientWithRawResponse(self)

    async def get_openid_configuration(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.OpenIdConfiguration:
        """OPのメタデータを取得する

        OpenID Connect Discovery 1.0 の OP メタデータを返します。RP は起動時に取得してエンドポイントURL・対応方式を設
        定し、
        24時間程度キャッシュしてください（`Cache-Control` に従う）。`issuer` は ID トークンの `iss` と完全一致します。

        `GET /.well-known/openid-configuration` (operationId: `ssoGetOpenidConfiguration`)

        Args:
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: OP メタデータ。

        Raises:
            APIStatusError: 文書化されたエラー応答（429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (await self.with_raw_response.get_openid_configuration(timeout=timeout, max_retries=max_retries)).parse()

    async def get_jwks(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> models.JwkSet:
        """IDトークン署名用の公開鍵を取得する

        ID トークンの署名検証に用いる公開鍵の集合（JWK Set、RFC 7517）を返します。ID トークンのヘッダの `kid` に一致す
        る鍵で検証してください。
        鍵は定期的に更新（ローテーション）され、更新期間中は新旧の鍵が並存します。未知の `kid` を受け取った場合は JWKS
        を再取得してください。

        `GET /jwks` (operationId: `ssoGetJwks`)

        Args:
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: JWK Set。

        Raises:
            APIStatusError: 文書化されたエラー応答（429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (await self.with_raw_response.get_jwks(timeout=timeout, max_retries=max_retries)).parse()

    async def authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        scope: Literal["openid"],
        state: str,
        nonce: str,
        code_challenge: str,
        code_challenge_method: Literal["S256"],
        prompt: Literal["login", "none"] | Unset = UNSET,
        max_age: int | Unset = UNSET,
        acr_values: Literal["urn:mynaportal:acr:jpki-card", "urn:mynaportal:acr:jpki-smartphone"] | Unset = UNSET,
        ui_locales: Literal["ja", "en"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """マイナンバーカードで認証する

        RP がブラウザをリダイレクトする認可エンドポイントです。利用者はマイナポータルの画面でマイナンバーカードを読み
        取り、
        暗証番号（4桁）を入力するか、スマートフォン用電子証明書を生体認証で使って認証し、ログインに同意します。

        完了後は `redirect_uri` に `302` でリダイレクトします。
        - 成功：`{redirect_uri}?code={認可コード}&state={state}`（認可コードの有効期限は60秒・1回限り、例示）
        - キャンセル・拒否：`{redirect_uri}?error=access_denied&state={state}`
        - `prompt=none` で認証済みセッションがない：`error=login_required`

        `client_id` が未登録、または `redirect_uri` が事前登録値と完全一致しない場合はリダイレクトせず、`400` のエラー
        画面を表示します
        （本書では problem+json として記載）。

        `GET /authorize` (operationId: `ssoAuthorize`)

        Args:
            response_type: 応答種別。認可コードフローのため `code` 固定。 (query `response_type`)
            client_id: クライアントID（`{事業者ID}_{サービスID}`）。利用承認時に通知される。 (query `client_id`)
            redirect_uri: 認証後の戻り先URL。利用申請時に登録したURLと完全一致すること（https のみ）。 (query
                `redirect_uri`)
            scope: スコープ（空白区切り）。`openid` を必ず含める。シングルサインオンで要求できるのは `openid` のみ
                。 (query `scope`)
            state: CSRF 対策の値。RP がセッションごとに推測困難な値を生成し、戻りの `state` と照合する。 (query
                `state`)
            nonce: リプレイ攻撃対策の値。ID トークンの `nonce` にそのまま入るので、RP は照合する。 (query `nonce`)
            code_challenge: PKCE（RFC 7636）のコードチャレンジ。code_verifier の SHA-256 を base64url 符号化した43
                文字。 (query `code_challenge`)
            code_challenge_method: PKCE の変換方式。`S256` のみ対応。 (query `code_challenge_method`)
            prompt: 再認証の指示。`login` は有効なセッションがあっても必ずカードで再認証させる。`none` は画面を出
                さずに既存セッションを確認する。 (query `prompt`)
            max_age: 認証からの最大経過秒数。経過している場合は再認証を求める。 (query `max_age`)
            acr_values: 要求する認証手段（空白区切り。値は例示）。省略時はカード・スマートフォンのいずれも可。
                (query `acr_values`)
            ui_locales: 画面表示の言語。 (query `ui_locales`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: `redirect_uri` へのリダイレクト（成功時は code と state、失敗時は error と state）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.authorize(
                response_type=response_type,
                client_id=client_id,
                redirect_uri=redirect_uri,
                scope=scope,
                state=state,
                nonce=nonce,
                code_challenge=code_challenge,
                code_challenge_method=code_challenge_method,
                prompt=prompt,
                max_age=max_age,
                acr_values=acr_values,
                ui_locales=ui_locales,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def token(
        self,
        *,
        body: models.TokenRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.OidcTokenResponse:
        """認可コードをIDトークンと交換する

        RP のサーバが認可コードを ID トークン・アクセストークンと交換します。クライアント認証は相互TLS（
        `tls_client_auth`）で行い、
        クライアントシークレットは送りません。アクセストークンはクライアント証明書に紐付けられます（RFC 8705）。

        RP は ID トークンについて、署名（`GET /jwks`）、`iss`、`aud`（= client_id）、`exp`、`nonce`、`at_hash` を検証
        してください。
        リフレッシュトークンは払い出しません（ログインごとに認証します）。エラーは RFC 6749 形式（`OAuthError`）で返し
        ます。

        `POST /token` (operationId: `ssoToken`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: トークン要求（application/x-www-form-urlencoded）。 (application/x-www-form-urlencoded)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            200: トークン応答（ID トークンを含む）。Cache-Control ヘッダは no-store。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.token(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get_user_info(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.UserInfo:
        """認証した利用者の識別子を取得する

        アクセストークンに対応する利用者のクレームを返します。返すのはペアワイズ識別子 `sub` と認証に関する情報のみで
        、
        氏名・住所・生年月日・マイナンバー等は返しません。`sub` は ID トークンの `sub` と一致することを確認してくださ
        い。
        アクセストークンはクライアント証明書に紐付いているため、トークン取得時と同じ証明書で相互TLS接続する必要があり
        ます。

        `GET /userinfo` (operationId: `ssoGetUserInfo`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: UserInfo クレーム。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get_user_info(
                x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def end_session(
        self,
        *,
        id_token_hint: str,
        client_id: str | Unset = UNSET,
        post_logout_redirect_uri: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """マイナポータルのログインセッションを終了する

        RP-Initiated Logout 1.0 のログアウトエンドポイントです。RP は自サービスのログアウト時にブラウザをここへリダイ
        レクトし、
        マイナポータル側のログインセッションも終了させます。`post_logout_redirect_uri` は利用申請時に登録した値と完全
        一致する必要があります。
        終了後は `post_logout_redirect_uri` に `302` で戻します（指定がない場合はマイナポータルのログアウト完了画面を
        表示）。

        `GET /logout` (operationId: `ssoEndSession`)

        Args:
            id_token_hint: ログインで受け取った ID トークン（有効期限切れでもよい）。 (query `id_token_hint`)
            client_id: クライアントID。 (query `client_id`)
            post_logout_redirect_uri: ログアウト後の戻り先URL（登録済みの値と完全一致）。 (query
                `post_logout_redirect_uri`)
            state: 戻り先に付与して返す値。 (query `state`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: post_logout_redirect_uri へのリダイレクト（state を付与）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.end_session(
                id_token_hint=id_token_hint,
                client_id=client_id,
                post_logout_redirect_uri=post_logout_redirect_uri,
                state=state,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()


class AsyncSsoClientWithRawResponse:
    """AsyncSsoClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncSsoClient) -> None:
        self._client = client

    async def get_openid_configuration(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.OpenIdConfiguration]:
        """get_openid_configuration() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.OpenIdConfiguration]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/.well-known/openid-configuration",
                    {},
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.OpenIdConfiguration},
                    security=(),
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_jwks(
        self, *, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[models.JwkSet]:
        """get_jwks() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.JwkSet]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/jwks",
                    {},
                    {},
                    {},
                    UNSET,
                    None,
                    {"200": models.JwkSet},
                    security=(),
                ),
                timeout,
                max_retries,
            ),
        )

    async def authorize(
        self,
        *,
        response_type: Literal["code"],
        client_id: str,
        redirect_uri: str,
        scope: Literal["openid"],
        state: str,
        nonce: str,
        code_challenge: str,
        code_challenge_method: Literal["S256"],
        prompt: Literal["login", "none"] | Unset = UNSET,
        max_age: int | Unset = UNSET,
        acr_values: Literal["urn:mynaportal:acr:jpki-card", "urn:mynaportal:acr:jpki-smartphone"] | Unset = UNSET,
        ui_locales: Literal["ja", "en"] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """authorize() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/authorize",
                    {},
                    {
                        "response_type": response_type,
                        "client_id": client_id,
                        "redirect_uri": redirect_uri,
                        "scope": scope,
                        "state": state,
                        "nonce": nonce,
                        "code_challenge": code_challenge,
                        "code_challenge_method": code_challenge_method,
                        "prompt": prompt,
                        "max_age": max_age,
                        "acr_values": acr_values,
                        "ui_locales": ui_locales,
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

    async def token(
        self,
        *,
        body: models.TokenRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.OidcTokenResponse]:
        """token() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.OidcTokenResponse]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/token",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/x-www-form-urlencoded",
                    {"200": models.OidcTokenResponse},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get_user_info(
        self,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.UserInfo]:
        """get_user_info() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.UserInfo]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/userinfo",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.UserInfo},
                    security=(("openIdConnect", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def end_session(
        self,
        *,
        id_token_hint: str,
        client_id: str | Unset = UNSET,
        post_logout_redirect_uri: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[str]:
        """end_session() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/logout",
                    {},
                    {
                        "id_token_hint": id_token_hint,
                        "client_id": client_id,
                        "post_logout_redirect_uri": post_logout_redirect_uri,
                        "state": state,
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
