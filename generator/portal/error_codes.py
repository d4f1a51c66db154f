"""The error-code page: every error code the specs return, one row each, with status, meaning and what to do.

Codes come from the bundled documents themselves: the shared `ErrorCode` table (enum + x-enum-descriptions) and
every `errorCode` value found in a response or example, plus the OAuth 2.0 / OpenID Connect `error` values the
specs use. Retry advice is ours (keyed by code, then by HTTP status); the E-codes are illustrative like the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.apimodel.model import Api, CatalogEntry

ERROR_CODES_PAGE = "errors.md"
_E_CODE = re.compile(r"^E[0-9]{7}$")
_E_CODE_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])E[0-9]{7}(?![0-9])")
_WORD = "(?<![A-Za-z0-9_]){}(?![A-Za-z0-9_])"

RETRY_YES = "する"
RETRY_NO = "しない"
RETRY_AFTER_FIX = "条件付き"


@dataclass(frozen=True)
class Advice:
    retry: str  # RETRY_YES | RETRY_NO | RETRY_AFTER_FIX
    action: str


# Per code: whether repeating the same request can succeed, and what the service should do.
_CODE_ADVICE: dict[str, Advice] = {
    "E0400001": Advice(RETRY_NO, "JSON構文・Content-Type・ボディの大きさを直してから送り直す。"),
    "E0400002": Advice(RETRY_NO, "invalidParams に挙がった必須項目を補ってから送り直す。"),
    "E0400003": Advice(RETRY_NO, "invalidParams の項目を形式・桁数・コード値の制約に合わせて直す。"),
    "E0400004": Advice(RETRY_NO, "電文種別（telegramType）を呼び出すエンドポイントに合わせる。"),
    "E0401001": Advice(
        RETRY_AFTER_FIX, "アクセストークンを取得し直す。失効している場合は利用者に再度認可（同意）を求める。"
    ),
    "E0401002": Advice(RETRY_AFTER_FIX, "トークンを更新・再取得してから1回だけ送り直す。"),
    "E0401003": Advice(
        RETRY_NO, "クライアント証明書の有効期限と登録内容を確認する。更新・再登録は申請窓口へ連絡する。"
    ),
    "E0403001": Advice(RETRY_NO, "利用承認を受けたAPI・サービスIDか確認する。APIの追加は追加申請が必要。"),
    "E0403002": Advice(RETRY_NO, "要求を利用者の同意範囲（スコープ）内に絞る。必要なら利用者に改めて同意を求める。"),
    "E0403003": Advice(
        RETRY_NO, "保管しているトークンを削除し、同意画面の表示を更新する。継続するには利用者の再同意が必要。"
    ),
    "E0404001": Advice(RETRY_NO, "指定した識別子（受付番号・通知ID等）を確認する。"),
    "E0404002": Advice(RETRY_NO, "処理IDは保存期間を過ぎている。取得要求からやり直す。"),
    "E0409001": Advice(
        RETRY_AFTER_FIX, "処理中の要求の完了を待つ（結果の取得・状態の確認）。二重登録の場合は送り直さない。"
    ),
    "E0429001": Advice(RETRY_YES, "Retry-After の秒数だけ待ってから送り直す。事業者ごとのTPS上限内に平準化する。"),
    "E0500001": Advice(
        RETRY_YES, "間隔を空けて数回まで送り直す。解消しなければ instance と X-Request-Id を添えて問い合わせる。"
    ),
    "E0503001": Advice(RETRY_YES, "メンテナンス終了後（Retry-After の経過後）に送り直す。"),
    "E0503002": Advice(RETRY_YES, "時間をおいて送り直す。特定の情報保有機関だけの場合は部分的な結果として扱う。"),
}

# OAuth 2.0 (RFC 6749, RFC 6750) and OpenID Connect Core error values: standard, not illustrative.
_OAUTH: dict[str, tuple[str, str, Advice]] = {
    "access_denied": (
        "302（redirect_uri）",
        "利用者が認可（同意）を拒否した、またはキャンセルした",
        Advice(RETRY_NO, "エラーとして扱わず、利用者に連携しなかったことを表示する。再開は利用者の操作で。"),
    ),
    "login_required": (
        "302（redirect_uri）",
        "prompt=none で要求したが、認証済みのセッションがない",
        Advice(RETRY_AFTER_FIX, "prompt を付けずに認可要求をやり直し、利用者に認証してもらう。"),
    ),
    "invalid_request": (
        "400",
        "要求に必須パラメータの欠落・重複・不正な値がある",
        Advice(RETRY_NO, "パラメータを仕様どおりに直す。"),
    ),
    "invalid_client": (
        "401",
        "クライアント認証に失敗した（client_id・クライアント証明書）",
        Advice(RETRY_NO, "client_id と相互TLSのクライアント証明書の登録内容を確認する。"),
    ),
    "invalid_grant": (
        "400",
        "認可コード・リフレッシュトークンが無効、期限切れ、使用済み、または redirect_uri が一致しない",
        Advice(RETRY_NO, "同じコード・トークンは再使用しない。利用者に認可（同意）をやり直してもらう。"),
    ),
    "invalid_scope": (
        "400",
        "要求したスコープが不正、または利用承認の範囲外",
        Advice(RETRY_NO, "利用承認を受けたスコープだけを要求する。"),
    ),
    "unauthorized_client": (
        "400",
        "このクライアントにはその認可方式が許可されていない",
        Advice(RETRY_NO, "登録内容を確認し、必要なら申請窓口へ問い合わせる。"),
    ),
    "unsupported_grant_type": (
        "400",
        "grant_type が対応していない値",
        Advice(RETRY_NO, "grant_type を仕様の値（authorization_code、refresh_token）にする。"),
    ),
    "invalid_token": (
        "401",
        "アクセストークンが無効、または期限切れ（WWW-Authenticate で通知）",
        Advice(RETRY_AFTER_FIX, "トークンを更新・再取得してから1回だけ送り直す。"),
    ),
}


@dataclass(frozen=True)
class ApiRef:
    slug: str
    number: int
    name: str


@dataclass(frozen=True)
class ErrorCodeRow:
    code: str
    statuses: tuple[str, ...]
    meaning: str
    retry: str
    action: str
    illustrative: bool
    apis: tuple[ApiRef, ...]


@dataclass(frozen=True)
class ErrorCodePage:
    codes: tuple[ErrorCodeRow, ...]  # the マイナポータルAPI codes (errorCode), E-codes
    oauth: tuple[ErrorCodeRow, ...]  # OAuth 2.0 / OpenID Connect error values used by the specs


def _walk(value: Any) -> Iterable[tuple[str | None, Any]]:
    """(key, value) for every value inside a JSON document, depth first; key None for list items and the root."""
    stack: list[tuple[str | None, Any]] = [(None, value)]
    while stack:
        key, item = stack.pop()
        yield key, item
        if isinstance(item, dict):
            stack.extend((str(k), v) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((None, v) for v in reversed(item))


def _usage_sections(document: Mapping[str, Any]) -> list[Any]:
    """The parts of a bundle that say what its operations return: not the shared schemas (whose ErrorCode enum and
    Problem example every bundle carries), but paths, webhooks, responses, examples and the API's own description."""
    components = document.get("components")
    parts = [document.get("paths"), document.get("webhooks")]
    if isinstance(components, dict):
        parts += [components.get("responses"), components.get("examples"), components.get("pathItems")]
    info = document.get("info")
    if isinstance(info, dict):
        parts.append(info.get("description"))
    return [part for part in parts if part is not None]


def _error_code_table(apis: Sequence[Api]) -> dict[str, str]:
    """code → description from the shared ErrorCode schema of the first document that has one."""
    for api in apis:
        components = api.document.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        schema = schemas.get("ErrorCode") if isinstance(schemas, dict) else None
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list):
            descriptions = schema.get("x-enum-descriptions")
            texts = descriptions if isinstance(descriptions, list) else []
            return {
                str(code): str(texts[i]) if i < len(texts) else ""
                for i, code in enumerate(schema["enum"])
                if isinstance(code, str) and _E_CODE.match(code)
            }
    return {}


def _code_status(code: str) -> str:
    """The HTTP status an E-code names: `E` + status in 4 digits + serial in 3 (E0403002 → 403)."""
    return str(int(code[1:5]))


def _default_advice(statuses: Sequence[str]) -> Advice:
    if any(s in ("429", "503") for s in statuses):
        return Advice(RETRY_YES, "Retry-After の秒数だけ待ってから送り直す。")
    if any(s.startswith("5") for s in statuses):
        return Advice(RETRY_YES, "間隔を空けて数回まで送り直す。解消しなければ問い合わせる。")
    if "409" in statuses:
        return Advice(RETRY_AFTER_FIX, "処理の完了を待ってから状態を確認する。")
    return Advice(RETRY_NO, "エラー応答の detail と invalidParams を確認し、要求を直す。")


def _status_key(status: str) -> tuple[int, str]:
    return (int(status), status) if status.isdigit() else (999, status)


def error_code_page(apis: Sequence[Api], catalog: Sequence[CatalogEntry]) -> ErrorCodePage:
    """Every error code of the given APIs, in code order; APIs listed in catalogue order."""
    entries = {e.slug: e for e in catalog}
    order = {e.slug: i for i, e in enumerate(catalog)}
    table = _error_code_table(apis)
    users: dict[str, set[str]] = {code: set() for code in table}
    statuses: dict[str, set[str]] = {code: {_code_status(code)} for code in table}
    titles: dict[str, str] = {}
    oauth_users: dict[str, set[str]] = {}
    for api in apis:
        for op in api.operations:
            for response in op.errors:
                example = response.example
                code = example.get("errorCode") if isinstance(example, dict) else None
                if isinstance(code, str) and _E_CODE.match(code):
                    statuses.setdefault(code, {_code_status(code)}).add(response.status)
                    if isinstance(example, dict) and isinstance(example.get("title"), str):
                        titles.setdefault(code, example["title"])
        for key, value in _walk(_usage_sections(api.document)):
            if key == "errorCode" and isinstance(value, str) and _E_CODE.match(value):
                users.setdefault(value, set()).add(api.slug)
                statuses.setdefault(value, {_code_status(value)})
            elif isinstance(value, str):
                for found in _E_CODE_IN_TEXT.findall(value):
                    if found in table:
                        users[found].add(api.slug)
                for name in _OAUTH:
                    if name in value and re.search(_WORD.format(name), value):
                        oauth_users.setdefault(name, set()).add(api.slug)

    def refs(slugs: Iterable[str]) -> tuple[ApiRef, ...]:
        known = sorted((s for s in slugs if s in entries), key=lambda s: order[s])
        return tuple(ApiRef(s, entries[s].number, entries[s].name) for s in known)

    codes = []
    for code in sorted(set(users) | set(statuses)):
        code_statuses = tuple(sorted(statuses.get(code, {_code_status(code)}), key=_status_key))
        advice = _CODE_ADVICE.get(code) or _default_advice(code_statuses)
        codes.append(
            ErrorCodeRow(
                code=code,
                statuses=code_statuses,
                meaning=table.get(code) or titles.get(code, ""),
                retry=advice.retry,
                action=advice.action,
                illustrative=True,
                apis=refs(users.get(code, set())),
            )
        )
    oauth = [
        ErrorCodeRow(
            code=name,
            statuses=(_OAUTH[name][0],),
            meaning=_OAUTH[name][1],
            retry=_OAUTH[name][2].retry,
            action=_OAUTH[name][2].action,
            illustrative=False,
            apis=refs(oauth_users[name]),
        )
        for name in _OAUTH
        if name in oauth_users
    ]
    return ErrorCodePage(tuple(codes), tuple(oauth))


def error_code_link(code: str, page: ErrorCodePage, from_page: str) -> str:
    """Relative link from a page under docs/ to the code's row on the error-code page, or "" if it has none."""
    if not any(row.code == code for row in (*page.codes, *page.oauth)):
        return ""
    up = "../" * from_page.count("/")
    return f"{up}{ERROR_CODES_PAGE}#{code}"


def codes_by_status(rows: Sequence[ErrorCodeRow]) -> Mapping[str, tuple[ErrorCodeRow, ...]]:
    """Rows grouped by the HTTP status the code names (its first status), statuses ascending."""
    groups: dict[str, list[ErrorCodeRow]] = {}
    for row in rows:
        groups.setdefault(_code_status(row.code), []).append(row)
    return {status: tuple(groups[status]) for status in sorted(groups, key=_status_key)}
