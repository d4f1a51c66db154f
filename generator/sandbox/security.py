"""Required security present: one alternative of the operation's `security` must be satisfied.

Any OAuth bearer token is accepted, as Prism does, except tokens the sandbox issued itself: those are held
to their lifetime, revocation and scopes. Session schemes (a login API issues their tokens, see
`sessions`) take only tokens the sandbox issued. `mutualTLS` is a property of the connection: when the
sandbox serves TLS with client certificates (`--certs`) uvicorn refuses connections without one;
otherwise it is not enforced."""

from __future__ import annotations

from dataclasses import dataclass

from generator.sandbox.clock import Clock
from generator.sandbox.operations import Operation
from generator.sandbox.problems import Failure
from generator.sandbox.tokens import Token, Tokens

_BEARER_SCHEMES = ("oauth2", "openIdConnect")


@dataclass(frozen=True)
class Principal:
    token: Token | None  # a token the sandbox issued; None for anonymous calls and foreign tokens
    bearer: str | None  # the bearer token as sent

    @property
    def client_id(self) -> str | None:
        return self.token.client_id if self.token is not None else None

    def has_scopes(self, scopes: set[str] | frozenset[str]) -> bool:
        return self.token is None or set(scopes) <= self.token.scopes


def authenticate(
    op: Operation,
    headers: dict[str, str],
    query: dict[str, str],
    cookies: dict[str, str],
    tokens: Tokens,
    clock: Clock,
    session_schemes: frozenset[str] = frozenset(),
) -> Principal | Failure:
    auth = headers.get("authorization", "")
    scheme, _, credential = auth.partition(" ")
    bearer = credential.strip() if scheme.lower() == "bearer" and credential.strip() else None
    basic = scheme.lower() == "basic" and bool(credential.strip())
    alternatives = op.security or [{}]
    satisfied: list[dict[str, list[str]]] = []
    for alternative in alternatives:
        if all(_present(op, name, bearer, basic, headers, query, cookies) for name in alternative):
            satisfied.append(alternative)
    if not satisfied:
        return Failure(
            401,
            "unauthorized",
            "認証情報がありません",
            "この操作にはアクセストークン（Authorization: Bearer）が必要です。",
            "E0401001",
            headers={"WWW-Authenticate": 'Bearer realm="mynaportal-sandbox", error="invalid_request"'},
        )
    if bearer is None:
        return Principal(None, None)
    token = tokens.find(bearer)
    if any(name in session_schemes for alternative in satisfied for name in alternative):
        return _session(token, bearer, clock)
    if token is None:
        return Principal(None, bearer)
    if token.kind != "access":
        return _unauthorized(
            "invalid_token", "アクセストークンではありません（リフレッシュトークン等は使えません）。", "E0401001"
        )
    if token.revoked_at is not None:
        return Failure(
            403,
            "consent-revoked",
            "同意が撤回されています",
            "このアクセストークンは同意の撤回または不正利用の検知により失効しています。利用者に再同意を依頼してください。",
            "E0403003",
        )
    if clock.now() >= token.expires_at:
        return _unauthorized(
            "invalid_token", "アクセストークンの有効期限が切れています。再度トークンを取得してください。", "E0401002"
        )
    principal = Principal(token, bearer)
    for alternative in satisfied:
        needed = {s for name, scopes in alternative.items() if _is_bearer(op, name) for s in scopes or []}
        if principal.has_scopes(needed):
            return principal
    wanted = " または ".join(
        " ".join(sorted({s for name, scopes in alt.items() if _is_bearer(op, name) for s in scopes or []}))
        for alt in satisfied
    )
    return Failure(
        403,
        "out-of-consent-scope",
        "同意範囲外の操作です",
        f"アクセストークンのスコープが不足しています（必要：{wanted}）。",
        "E0403002",
    )


def _session(token: Token | None, bearer: str, clock: Clock) -> Principal | Failure:
    if token is None or token.kind != "session":
        detail = "セッショントークンが無効です。ログインAPIで取得したトークンを指定してください。"
        return _unauthorized("invalid_token", detail, "E0401001")
    if token.revoked_at is not None:
        return _unauthorized("invalid_token", "このセッショントークンはログアウトにより失効しています。", "E0401001")
    if clock.now() >= token.expires_at:
        return _unauthorized(
            "invalid_token", "セッショントークンの有効期限が切れています。再度ログインしてください。", "E0401002"
        )
    return Principal(token, bearer)


def _unauthorized(error: str, detail: str, code: str) -> Failure:
    title = "アクセストークンの有効期限が切れています" if code == "E0401002" else "アクセストークンが無効です"
    kind = "token-expired" if code == "E0401002" else "invalid-token"
    challenge = f'Bearer realm="mynaportal-sandbox", error="{error}"'
    return Failure(401, kind, title, detail, code, headers={"WWW-Authenticate": challenge})


def _is_bearer(op: Operation, name: str) -> bool:
    scheme = op.schemes.get(name) or {}
    kind = scheme.get("type")
    return kind in _BEARER_SCHEMES or (kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer")


def _present(
    op: Operation,
    name: str,
    bearer: str | None,
    basic: bool,
    headers: dict[str, str],
    query: dict[str, str],
    cookies: dict[str, str],
) -> bool:
    scheme = op.schemes.get(name)
    if scheme is None:
        return True  # an undefined scheme is the document's problem, reported by `mpgen validate`
    kind = scheme.get("type")
    if kind == "mutualTLS":
        return True
    if _is_bearer(op, name):
        return bearer is not None
    if kind == "http":
        return basic if str(scheme.get("scheme", "")).lower() == "basic" else bool(headers.get("authorization"))
    if kind == "apiKey":
        key = str(scheme.get("name", ""))
        place = scheme.get("in")
        found = {"header": headers.get(key.lower()), "query": query.get(key), "cookie": cookies.get(key)}.get(
            str(place)
        )
        return bool(found)
    return True
