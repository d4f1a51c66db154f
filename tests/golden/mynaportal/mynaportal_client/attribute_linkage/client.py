"""属性連携設定API (1.0.0): generated client. Do not edit."""

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
    "AttributeLinkageClient",
    "AsyncAttributeLinkageClient",
    "AttributeLinkageClientWithRawResponse",
    "AsyncAttributeLinkageClientWithRawResponse",
]

SERVERS: tuple[str, ...] = (
    "http://127.0.0.1:4010/attribute-linkage",  # ローカルサンドボックス
    "https://sp-verify.mynaportal-api.example.jp/attribute-linkage",  # 検証環境（接続試験用。ホスト名は例示）
    "https://sp.mynaportal-api.example.jp/attribute-linkage",  # 本番環境（ホスト名は例示）
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


class AttributeLinkageClient(SyncTransport):
    """属性連携設定API のクライアント。

    属性連携設定API
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
    def with_raw_response(self) -> AttributeLinkageClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AttributeLinkageClientWithRawResponse(self)

    def target_list(
        self,
        *,
        category: models.TargetCategory | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.LinkageTargetList:
        """連携先サービスの一覧を取得する

        属性連携（もっとつながる）で連携できる外部サービスのうち、この事業者サービスの利用承認で認められた連携先の一覧
        を返します。
        民間送達サービスについては、受け取れる電子文書の種類（控除証明書等）も返します。
        利用者の同意を要しないため、相互TLSによるクライアント認証のみで呼び出せます。

        `GET /linkage-targets` (operationId: `attributeLinkageTargetList`)

        Args:
            category: 連携先の種別で絞り込む。省略時はすべての種別。 (query `category`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 連携先サービスの一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.target_list(
            category=category,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list_(
        self,
        *,
        status: models.LinkageStatus | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.LinkageList:
        """属性連携の一覧を取得する

        アクセストークンの利用者の属性連携のうち、この事業者サービスの利用承認で認められた連携先に関するものを、
        作成日時の新しい順に返します。マイナポータルの「もっとつながる」画面で利用者自身が設定した連携（`linkedVia:
        mynaPortal`）も含みます。
        解除済み・期限切れの連携は、解除・期限切れから90日間（例示）一覧に残ります。

        `GET /linkages` (operationId: `attributeLinkageList`)

        Args:
            status: 連携状態で絞り込む。省略時はすべての状態。 (query `status`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 属性連携の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.list_(
            status=status,
            page=page,
            per_page=per_page,
            x_request_id=x_request_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def create(
        self,
        *,
        body: models.LinkageCreateRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Linkage:
        """属性連携を開始する

        アクセストークンの利用者について、指定した連携先との属性連携を開始し、利用者のブラウザを遷移させる
        `linkageUrl` を返します。
        作成直後の状態は `pending` で、`linkageUrl` の有効期限は15分（例示）です。
        利用者が既に同じ連携先と連携済みの場合、または利用者登録が完了していない場合は 409 を返します
        （後者は利用者登録等API（#14）で登録してからやり直す）。

        `POST /linkages` (operationId: `attributeLinkageCreate`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 属性連携の開始内容。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 属性連携を開始した。`linkageUrl` へ利用者のブラウザを遷移させる。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.create(
            body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def get(
        self,
        linkage_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Linkage:
        """属性連携の状態を取得する

        属性連携1件の状態を返します。連携画面から `redirectUri` へ戻った後は、戻りのクエリ（`result`）だけで判断せず、
        必ずこの操作で `status` が `linked` になったことを確認してから民間送達サービス保有情報取得API（#5）へ進んでく
        ださい。

        `GET /linkages/{linkageId}` (operationId: `attributeLinkageGet`)

        Args:
            linkage_id: 連携ID。 (path `linkageId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 属性連携の状態。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.get(
            linkage_id=linkage_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def delete(
        self,
        linkage_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Linkage:
        """属性連携を解除する

        利用者の申出により属性連携を解除し、解除後の状態を返します。解除は即時に反映され、以後その連携先の
        民間送達サービス保有情報取得API（#5）による文書の取得や、マイナポータルからのシングルサインオンはできなくなり
        ます。
        連携先の民間送達サービスにも解除が通知されます。再び連携するには `POST /linkages` からやり直します。
        `linked`・`suspended` 以外の状態の連携を解除しようとした場合は 409 を返します（`pending` の連携は期限切れを待
        つ）。

        `DELETE /linkages/{linkageId}` (operationId: `attributeLinkageDelete`)

        Args:
            linkage_id: 連携ID。 (path `linkageId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 解除した。解除後の属性連携の状態を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.delete(
            linkage_id=linkage_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
        ).parse()

    def start(
        self, *, linkage_id: str, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> str:
        """属性連携画面へ遷移する

        **ブラウザで呼び出す**エンドポイントです（`linkageUrl` そのもの）。次の順に画面が遷移します。

        1. マイナポータルの連携確認画面 — 連携先サービス名と、連携により可能になること
           （マイナポータルからのシングルサインオン、マイナポータルAPI経由での文書の取得）を表示し、利用者が連携を承諾
        する。
        2. 連携先のログイン画面 — 利用者が連携先のID・パスワード等でログインし、連携先がアカウントの紐付けをマイナポー
        タルに登録する。
        3. マイナポータルの完了画面 — その後 `redirectUri` へ戻る。

        完了・中止・失敗のいずれでも、`redirectUri` に次のクエリを付けて 302 で戻ります。
        - `linkageId` — 連携ID
        - `state` — 連携開始時に指定した値（一致を検証すること）
        - `result` — `linked`（連携完了）、`cancelled`（中止）、`failed`（失敗）

        連携IDが存在しない・期限切れ・処理済みの場合はリダイレクトせずエラー画面（400）を表示します。

        `GET /linkage/start` (operationId: `attributeLinkageStart`)

        Args:
            linkage_id: POST /linkages で払い出された連携ID（linkageUrl に含まれる）。 (query `linkageId`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: 連携画面での操作後、事業者の `redirectUri` へのリダイレクト（`linkageId`、`state`、`result` を付
                与）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return self.with_raw_response.start(linkage_id=linkage_id, timeout=timeout, max_retries=max_retries).parse()

    @staticmethod
    def parse_status_changed_notify(payload: bytes | str) -> models.LinkageStatusNotification:
        """属性連携の状態変更を受け取る（Webhook `attributeLinkageStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.LinkageStatusNotification).validate_json(payload)


class AttributeLinkageClientWithRawResponse:
    """AttributeLinkageClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AttributeLinkageClient) -> None:
        self._client = client

    def target_list(
        self,
        *,
        category: models.TargetCategory | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.LinkageTargetList]:
        """target_list() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.LinkageTargetList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/linkage-targets",
                    {},
                    {
                        "category": category,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.LinkageTargetList},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def list_(
        self,
        *,
        status: models.LinkageStatus | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.LinkageList]:
        """list_() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.LinkageList]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/linkages",
                    {},
                    {
                        "status": status,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.LinkageList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def create(
        self,
        *,
        body: models.LinkageCreateRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Linkage]:
        """create() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Linkage]",
            self._client._send_raw(
                Call(
                    "POST",
                    "/linkages",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"201": models.Linkage},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def get(
        self,
        linkage_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Linkage]:
        """get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Linkage]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/linkages/{linkageId}",
                    {
                        "linkageId": linkage_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Linkage},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def delete(
        self,
        linkage_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Linkage]:
        """delete() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Linkage]",
            self._client._send_raw(
                Call(
                    "DELETE",
                    "/linkages/{linkageId}",
                    {
                        "linkageId": linkage_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Linkage},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    def start(
        self, *, linkage_id: str, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[str]:
        """start() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            self._client._send_raw(
                Call(
                    "GET",
                    "/linkage/start",
                    {},
                    {
                        "linkageId": linkage_id,
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


class AsyncAttributeLinkageClient(AsyncTransport):
    """属性連携設定API のクライアント（非同期）。

    属性連携設定API
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
    def with_raw_response(self) -> AsyncAttributeLinkageClientWithRawResponse:
        """The same methods, returning the raw response: status_code, headers, request_id and parse()."""
        return AsyncAttributeLinkageClientWithRawResponse(self)

    async def target_list(
        self,
        *,
        category: models.TargetCategory | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.LinkageTargetList:
        """連携先サービスの一覧を取得する

        属性連携（もっとつながる）で連携できる外部サービスのうち、この事業者サービスの利用承認で認められた連携先の一覧
        を返します。
        民間送達サービスについては、受け取れる電子文書の種類（控除証明書等）も返します。
        利用者の同意を要しないため、相互TLSによるクライアント認証のみで呼び出せます。

        `GET /linkage-targets` (operationId: `attributeLinkageTargetList`)

        Args:
            category: 連携先の種別で絞り込む。省略時はすべての種別。 (query `category`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 連携先サービスの一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.target_list(
                category=category,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def list_(
        self,
        *,
        status: models.LinkageStatus | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.LinkageList:
        """属性連携の一覧を取得する

        アクセストークンの利用者の属性連携のうち、この事業者サービスの利用承認で認められた連携先に関するものを、
        作成日時の新しい順に返します。マイナポータルの「もっとつながる」画面で利用者自身が設定した連携（`linkedVia:
        mynaPortal`）も含みます。
        解除済み・期限切れの連携は、解除・期限切れから90日間（例示）一覧に残ります。

        `GET /linkages` (operationId: `attributeLinkageList`)

        Args:
            status: 連携状態で絞り込む。省略時はすべての状態。 (query `status`)
            page: 取得するページ番号（1始まり）。 (query `page`)
            per_page: 1ページあたりの件数（上限100は例示）。 (query `perPage`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 属性連携の一覧。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.list_(
                status=status,
                page=page,
                per_page=per_page,
                x_request_id=x_request_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        ).parse()

    async def create(
        self,
        *,
        body: models.LinkageCreateRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Linkage:
        """属性連携を開始する

        アクセストークンの利用者について、指定した連携先との属性連携を開始し、利用者のブラウザを遷移させる
        `linkageUrl` を返します。
        作成直後の状態は `pending` で、`linkageUrl` の有効期限は15分（例示）です。
        利用者が既に同じ連携先と連携済みの場合、または利用者登録が完了していない場合は 409 を返します
        （後者は利用者登録等API（#14）で登録してからやり直す）。

        `POST /linkages` (operationId: `attributeLinkageCreate`)

        Args:
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            body: 属性連携の開始内容。 (application/json)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。冪等と示されていないので再試行しない。

        Returns:
            201: 属性連携を開始した。`linkageUrl` へ利用者のブラウザを遷移させる。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 413, 415, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.create(
                body=body, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def get(
        self,
        linkage_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Linkage:
        """属性連携の状態を取得する

        属性連携1件の状態を返します。連携画面から `redirectUri` へ戻った後は、戻りのクエリ（`result`）だけで判断せず、
        必ずこの操作で `status` が `linked` になったことを確認してから民間送達サービス保有情報取得API（#5）へ進んでく
        ださい。

        `GET /linkages/{linkageId}` (operationId: `attributeLinkageGet`)

        Args:
            linkage_id: 連携ID。 (path `linkageId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 属性連携の状態。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.get(
                linkage_id=linkage_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def delete(
        self,
        linkage_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> models.Linkage:
        """属性連携を解除する

        利用者の申出により属性連携を解除し、解除後の状態を返します。解除は即時に反映され、以後その連携先の
        民間送達サービス保有情報取得API（#5）による文書の取得や、マイナポータルからのシングルサインオンはできなくなり
        ます。
        連携先の民間送達サービスにも解除が通知されます。再び連携するには `POST /linkages` からやり直します。
        `linked`・`suspended` 以外の状態の連携を解除しようとした場合は 409 を返します（`pending` の連携は期限切れを待
        つ）。

        `DELETE /linkages/{linkageId}` (operationId: `attributeLinkageDelete`)

        Args:
            linkage_id: 連携ID。 (path `linkageId`)
            x_request_id: 事業者が採番するリクエスト識別子（UUID）。応答ヘッダにそのまま返され、問い合わせ時の照合
                に用いる。 (header `X-Request-Id`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            200: 解除した。解除後の属性連携の状態を返す。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 401, 403, 404, 409, 429, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.delete(
                linkage_id=linkage_id, x_request_id=x_request_id, timeout=timeout, max_retries=max_retries
            )
        ).parse()

    async def start(
        self, *, linkage_id: str, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> str:
        """属性連携画面へ遷移する

        **ブラウザで呼び出す**エンドポイントです（`linkageUrl` そのもの）。次の順に画面が遷移します。

        1. マイナポータルの連携確認画面 — 連携先サービス名と、連携により可能になること
           （マイナポータルからのシングルサインオン、マイナポータルAPI経由での文書の取得）を表示し、利用者が連携を承諾
        する。
        2. 連携先のログイン画面 — 利用者が連携先のID・パスワード等でログインし、連携先がアカウントの紐付けをマイナポー
        タルに登録する。
        3. マイナポータルの完了画面 — その後 `redirectUri` へ戻る。

        完了・中止・失敗のいずれでも、`redirectUri` に次のクエリを付けて 302 で戻ります。
        - `linkageId` — 連携ID
        - `state` — 連携開始時に指定した値（一致を検証すること）
        - `result` — `linked`（連携完了）、`cancelled`（中止）、`failed`（失敗）

        連携IDが存在しない・期限切れ・処理済みの場合はリダイレクトせずエラー画面（400）を表示します。

        `GET /linkage/start` (operationId: `attributeLinkageStart`)

        Args:
            linkage_id: POST /linkages で払い出された連携ID（linkageUrl に含まれる）。 (query `linkageId`)
            timeout: この呼び出しだけのタイムアウト（秒または httpx.Timeout）。
            max_retries: この呼び出しの再試行回数（0: 再試行しない）。接続エラー、408、429、5xx で再試行する。

        Returns:
            302: 連携画面での操作後、事業者の `redirectUri` へのリダイレクト（`linkageId`、`state`、`result` を付
                与）。

        Raises:
            APIStatusError: 文書化されたエラー応答（400, 500, 503）。
            APIConnectionError: 応答が得られなかった場合（タイムアウトを含む）。
            UnexpectedResponseError: 文書化されていない応答、またはスキーマに合わない本文。
        """
        return (
            await self.with_raw_response.start(linkage_id=linkage_id, timeout=timeout, max_retries=max_retries)
        ).parse()

    @staticmethod
    def parse_status_changed_notify(payload: bytes | str) -> models.LinkageStatusNotification:
        """属性連携の状態変更を受け取る（Webhook `attributeLinkageStatusChanged` の受信本文を検証して返す）"""
        return pydantic.TypeAdapter(models.LinkageStatusNotification).validate_json(payload)


class AsyncAttributeLinkageClientWithRawResponse:
    """AsyncAttributeLinkageClient のメソッドの生の応答版: RawResponse（status_code, headers, request_id, parse()）を返す。"""

    def __init__(self, client: AsyncAttributeLinkageClient) -> None:
        self._client = client

    async def target_list(
        self,
        *,
        category: models.TargetCategory | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.LinkageTargetList]:
        """target_list() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.LinkageTargetList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/linkage-targets",
                    {},
                    {
                        "category": category,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.LinkageTargetList},
                    security=(("mutualTLS",),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def list_(
        self,
        *,
        status: models.LinkageStatus | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.LinkageList]:
        """list_() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.LinkageList]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/linkages",
                    {},
                    {
                        "status": status,
                        "page": page,
                        "perPage": per_page,
                    },
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.LinkageList},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def create(
        self,
        *,
        body: models.LinkageCreateRequest,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Linkage]:
        """create() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Linkage]",
            await self._client._send_raw(
                Call(
                    "POST",
                    "/linkages",
                    {},
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    body,
                    "application/json",
                    {"201": models.Linkage},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def get(
        self,
        linkage_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Linkage]:
        """get() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Linkage]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/linkages/{linkageId}",
                    {
                        "linkageId": linkage_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Linkage},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def delete(
        self,
        linkage_id: str,
        *,
        x_request_id: UUID | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RawResponse[models.Linkage]:
        """delete() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[models.Linkage]",
            await self._client._send_raw(
                Call(
                    "DELETE",
                    "/linkages/{linkageId}",
                    {
                        "linkageId": linkage_id,
                    },
                    {},
                    {
                        "X-Request-Id": x_request_id,
                    },
                    UNSET,
                    None,
                    {"200": models.Linkage},
                    security=(("oauth2", "mutualTLS"),),
                    request_id=True,
                ),
                timeout,
                max_retries,
            ),
        )

    async def start(
        self, *, linkage_id: str, timeout: float | httpx.Timeout | Unset = UNSET, max_retries: int | Unset = UNSET
    ) -> RawResponse[str]:
        """start() の生の応答（status_code, headers, request_id, parse()）。"""
        return cast(
            "RawResponse[str]",
            await self._client._send_raw(
                Call(
                    "GET",
                    "/linkage/start",
                    {},
                    {
                        "linkageId": linkage_id,
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
