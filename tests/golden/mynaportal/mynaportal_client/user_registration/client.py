"""利用者登録等API (1.0.0): generated client. Do not edit."""

from __future__ import annotations

from typing import Any, cast

import httpx

from .._base import DEFAULT_TIMEOUT, AsyncTransport, Call, SyncTransport
from .._types import UNSET, Unset
from . import models

__all__ = ["SERVERS", "UserRegistrationClient", "AsyncUserRegistrationClient"]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/user-registration",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/user-registration",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/user-registration",  # 本番環境（ホスト名は例示）
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


class UserRegistrationClient(SyncTransport):
    """利用者登録等API のクライアント。

    利用者登録等API
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

    def user_registration_terms_get(
        self, *, x_request_id: str | Unset = UNSET, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> models.TermsOfUse:
        """利用規約の現行版数を取得する

        マイナポータル利用規約の現行版の版数・適用開始日・改定概要を取得します。
        事業者サービスが登録画面へ遷移する前の案内表示や、登録状況照会の `agreedTermsVersion` との比較に使います。
        利用者の同意を要しないため、相互TLSによるクライアント認証のみで呼び出せます。

        `GET /terms/current` (operationId: `userRegistrationTermsGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 利用規約の現行版。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.TermsOfUse",
            self._send(
                Call(
                    "GET",
                    "/terms/current",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.TermsOfUse},
                ),
                timeout,
            ),
        )

    def user_registration_status_get(
        self, *, x_request_id: str | Unset = UNSET, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> models.UserRegistrationStatus:
        """利用者登録状況を照会する

        アクセストークンの利用者について、マイナポータルの利用者登録が完了しているか、同意済みの利用規約の版数、
        再同意の要否を照会します。`status` が `registered` かつ `reagreementRequired` が false であれば、
        利用者登録を前提とするAPI（#4、#5、#7 等）をそのまま利用できます。

        `GET /registration-status` (operationId: `userRegistrationStatusGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 利用者登録状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.UserRegistrationStatus",
            self._send(
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
                    {"200": models.UserRegistrationStatus},
                ),
                timeout,
            ),
        )

    def user_registration_session_create(
        self,
        *,
        body: models.RegistrationSessionRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.RegistrationSession:
        """利用者登録セッションを開始する

        利用者登録（または利用規約の再同意）のための登録セッションを作成し、利用者のブラウザを遷移させる
        `registrationUrl` を返します。
        セッションの有効期限は作成から10分（例示）で、1回だけ使用できます。
        既に登録済みで再同意も不要な利用者について要求した場合は、登録画面を経由しない完了済みのセッション
        （`status` が `alreadyRegistered`、`registrationUrl` が null）を記録して HTTP 200 で返します。
        この場合は利用者をそのまま目的のAPIの利用へ進めてください。

        `POST /registration-sessions` (operationId: `userRegistrationSessionCreate`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 登録セッションの作成内容。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            201: 登録セッションを作成した。`registrationUrl` へ利用者のブラウザを遷移させる。; 200: 既に登録済みで
                再同意も不要なため、登録画面を経由しない完了済み（alreadyRegistered）のセッションを返した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.RegistrationSession",
            self._send(
                Call(
                    "POST",
                    "/registration-sessions",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"201": models.RegistrationSession, "200": models.RegistrationSession},
                ),
                timeout,
            ),
        )

    def user_registration_session_get(
        self,
        registration_session_id: models.RegistrationSessionId,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.RegistrationSession:
        """利用者登録の結果を確認する

        登録画面から `redirectUri` へ戻った後、登録セッションの結果をサーバ間で確認します。
        戻りのクエリ（`result`）は利用者のブラウザを経由するため、これだけで登録完了と判断してはいけません。
        `status` が `completed` または `alreadyRegistered` であれば、利用者登録を前提とするAPIへ進めます。
        セッションの情報は作成から24時間（例示）照会できます。

        `GET /registration-sessions/{registrationSessionId}` (operationId: `userRegistrationSessionGet`)

        Args:
            registration_session_id: 登録セッションID。 (path `registrationSessionId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 登録セッションの状態と結果。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.RegistrationSession",
            self._send(
                Call(
                    "GET",
                    "/registration-sessions/{registrationSessionId}",
                    {
                        "registrationSessionId": registration_session_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.RegistrationSession},
                ),
                timeout,
            ),
        )

    def user_registration_start(
        self, *, registration_session_id: models.RegistrationSessionId, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> str:
        """利用者登録画面へ遷移する

        **ブラウザで呼び出す**エンドポイントです（`registrationUrl` そのもの）。マイナポータルは次の画面を表示します。

        1. 同意フローで認証した利用者と同じ利用者であることの確認（マイナンバーカードの再読み取り、
           またはスマホ用電子証明書による生体認証。同意直後は省略される場合がある）。
        2. マイナポータル利用規約の表示と同意（`purpose: termsReagreement` の場合は改定内容と再同意）。
        3. お知らせ通知用メールアドレスの登録（任意）。

        完了・中止・失敗のいずれでも、`redirectUri` に次のクエリを付けて 302 で戻ります。
        - `registrationSessionId` — 登録セッションID
        - `state` — セッション作成時に指定した値（一致を検証すること）
        - `result` — `completed`（完了）、`cancelled`（中止）、`failed`（失敗）

        登録セッションが存在しない・期限切れ・使用済みの場合はリダイレクトせずエラー画面（400）を表示します。

        `GET /registration/start` (operationId: `userRegistrationStart`)

        Args:
            registration_session_id: POST /registration-sessions で払い出された登録セッションID（registrationUrl
                に含まれる）。 (query `registrationSessionId`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            302: 登録画面での操作後、事業者の `redirectUri` へのリダイレクト（`registrationSessionId`、`state`、
                `result` を付与）。

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
                    "/registration/start",
                    {},
                    {
                        "registrationSessionId": registration_session_id,
                    },
                    {},
                    UNSET,
                    None,
                    {"302": str},
                ),
                timeout,
            ),
        )


class AsyncUserRegistrationClient(AsyncTransport):
    """利用者登録等API のクライアント（非同期）。

    利用者登録等API
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

    async def user_registration_terms_get(
        self, *, x_request_id: str | Unset = UNSET, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> models.TermsOfUse:
        """利用規約の現行版数を取得する

        マイナポータル利用規約の現行版の版数・適用開始日・改定概要を取得します。
        事業者サービスが登録画面へ遷移する前の案内表示や、登録状況照会の `agreedTermsVersion` との比較に使います。
        利用者の同意を要しないため、相互TLSによるクライアント認証のみで呼び出せます。

        `GET /terms/current` (operationId: `userRegistrationTermsGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 利用規約の現行版。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.TermsOfUse",
            await self._send(
                Call(
                    "GET",
                    "/terms/current",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.TermsOfUse},
                ),
                timeout,
            ),
        )

    async def user_registration_status_get(
        self, *, x_request_id: str | Unset = UNSET, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> models.UserRegistrationStatus:
        """利用者登録状況を照会する

        アクセストークンの利用者について、マイナポータルの利用者登録が完了しているか、同意済みの利用規約の版数、
        再同意の要否を照会します。`status` が `registered` かつ `reagreementRequired` が false であれば、
        利用者登録を前提とするAPI（#4、#5、#7 等）をそのまま利用できます。

        `GET /registration-status` (operationId: `userRegistrationStatusGet`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 利用者登録状況。

        Raises:
            APIStatusError: 文書化されたエラー応答（401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.UserRegistrationStatus",
            await self._send(
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
                    {"200": models.UserRegistrationStatus},
                ),
                timeout,
            ),
        )

    async def user_registration_session_create(
        self,
        *,
        body: models.RegistrationSessionRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.RegistrationSession:
        """利用者登録セッションを開始する

        利用者登録（または利用規約の再同意）のための登録セッションを作成し、利用者のブラウザを遷移させる
        `registrationUrl` を返します。
        セッションの有効期限は作成から10分（例示）で、1回だけ使用できます。
        既に登録済みで再同意も不要な利用者について要求した場合は、登録画面を経由しない完了済みのセッション
        （`status` が `alreadyRegistered`、`registrationUrl` が null）を記録して HTTP 200 で返します。
        この場合は利用者をそのまま目的のAPIの利用へ進めてください。

        `POST /registration-sessions` (operationId: `userRegistrationSessionCreate`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 登録セッションの作成内容。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            201: 登録セッションを作成した。`registrationUrl` へ利用者のブラウザを遷移させる。; 200: 既に登録済みで
                再同意も不要なため、登録画面を経由しない完了済み（alreadyRegistered）のセッションを返した。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.RegistrationSession",
            await self._send(
                Call(
                    "POST",
                    "/registration-sessions",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"201": models.RegistrationSession, "200": models.RegistrationSession},
                ),
                timeout,
            ),
        )

    async def user_registration_session_get(
        self,
        registration_session_id: models.RegistrationSessionId,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> models.RegistrationSession:
        """利用者登録の結果を確認する

        登録画面から `redirectUri` へ戻った後、登録セッションの結果をサーバ間で確認します。
        戻りのクエリ（`result`）は利用者のブラウザを経由するため、これだけで登録完了と判断してはいけません。
        `status` が `completed` または `alreadyRegistered` であれば、利用者登録を前提とするAPIへ進めます。
        セッションの情報は作成から24時間（例示）照会できます。

        `GET /registration-sessions/{registrationSessionId}` (operationId: `userRegistrationSessionGet`)

        Args:
            registration_session_id: 登録セッションID。 (path `registrationSessionId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            200: 登録セッションの状態と結果。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return cast(
            "models.RegistrationSession",
            await self._send(
                Call(
                    "GET",
                    "/registration-sessions/{registrationSessionId}",
                    {
                        "registrationSessionId": registration_session_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.RegistrationSession},
                ),
                timeout,
            ),
        )

    async def user_registration_start(
        self, *, registration_session_id: models.RegistrationSessionId, timeout: float | httpx.Timeout | Unset = UNSET
    ) -> str:
        """利用者登録画面へ遷移する

        **ブラウザで呼び出す**エンドポイントです（`registrationUrl` そのもの）。マイナポータルは次の画面を表示します。

        1. 同意フローで認証した利用者と同じ利用者であることの確認（マイナンバーカードの再読み取り、
           またはスマホ用電子証明書による生体認証。同意直後は省略される場合がある）。
        2. マイナポータル利用規約の表示と同意（`purpose: termsReagreement` の場合は改定内容と再同意）。
        3. お知らせ通知用メールアドレスの登録（任意）。

        完了・中止・失敗のいずれでも、`redirectUri` に次のクエリを付けて 302 で戻ります。
        - `registrationSessionId` — 登録セッションID
        - `state` — セッション作成時に指定した値（一致を検証すること）
        - `result` — `completed`（完了）、`cancelled`（中止）、`failed`（失敗）

        登録セッションが存在しない・期限切れ・使用済みの場合はリダイレクトせずエラー画面（400）を表示します。

        `GET /registration/start` (operationId: `userRegistrationStart`)

        Args:
            registration_session_id: POST /registration-sessions で払い出された登録セッションID（registrationUrl
                に含まれる）。 (query `registrationSessionId`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。

        Returns:
            302: 登録画面での操作後、事業者の `redirectUri` へのリダイレクト（`registrationSessionId`、`state`、
                `result` を付与）。

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
                    "/registration/start",
                    {},
                    {
                        "registrationSessionId": registration_session_id,
                    },
                    {},
                    UNSET,
                    None,
                    {"302": str},
                ),
                timeout,
            ),
        )
