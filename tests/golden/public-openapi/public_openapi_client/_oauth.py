"""OAuth 2.0 helpers: the authorization URL (PKCE S256, state, nonce), the redirect back, the code exchange.

The authorization URL is for the user's browser: build it, redirect to it, never GET it yourself. Token requests
are sent exactly once (never retried: an authorization code and a 期間連携 refresh token are single use), and
RFC 6749 error bodies become typed exceptions (InvalidGrantError, InvalidClientError ...).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from ._base import transport_error
from ._errors import AccessDeniedError, AuthorizationError, UnexpectedResponseError, error_for, oauth_error_for
from ._logging import log_exchange

__all__ = [
    "AuthorizationRequest",
    "Grant",
    "aexchange_code",
    "authorization_url",
    "exchange_code",
    "grant_from_response",
    "parse_callback",
    "pkce_pair",
]


@dataclass(frozen=True, repr=False)
class Grant:
    """What a token endpoint issued. Times are seconds since the epoch. repr() shows no token."""

    access_token: str
    token_type: str = "Bearer"
    expires_at: float | None = None  # None: the server did not say (expires_in absent)
    refresh_token: str | None = None
    refresh_expires_at: float | None = None
    scope: str | None = None
    consent_id: str | None = None
    id_token: str | None = None
    # Fingerprint of a refresh token that was sent before its answer was stored: that token is spent.
    refresh_in_flight: str | None = None

    def __repr__(self) -> str:
        return (
            f"Grant(token_type={self.token_type!r}, expires_at={self.expires_at!r}, scope={self.scope!r}, "
            f"consent_id={self.consent_id!r}, refresh_token={'<set>' if self.refresh_token else None}, "
            f"refresh_in_flight={self.refresh_in_flight is not None})"
        )

    def expires_within(self, seconds: float, now: float | None = None) -> bool:
        if self.expires_at is None:
            return False
        return self.expires_at - seconds <= (time.time() if now is None else now)

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> Grant:
        """Raises ValueError (without the content) for anything but a stored grant."""
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
            raise ValueError("not a stored grant")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key, value in values.items():
            if value is not None and not isinstance(value, (str, int, float)):
                raise ValueError(f"stored grant field {key} has the wrong type")
        return cls(**values)


_NO_AUTH = httpx.Auth()  # token requests carry no bearer token, whatever auth the client has


def fingerprint(token: str) -> str:
    """A stable, non-reversible name for a token (to mark it without storing it twice)."""
    return hashlib.sha256(token.encode()).hexdigest()[:32]


def grant_from_response(response: httpx.Response, now: float | None = None, previous: Grant | None = None) -> Grant:
    """The grant of a 2xx token response; a typed OAuthError (or APIStatusError) for an error answer.

    previous: the grant being refreshed; what the answer leaves out (scope, consent id) is kept from it.
    """
    if not 200 <= response.status_code < 300:
        raise oauth_error_for(response) or error_for(response)
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
        raise UnexpectedResponseError("token response without an access_token", response)
    issued = time.time() if now is None else now

    def text(name: str) -> str | None:
        value = body.get(name)
        return value if isinstance(value, str) else None

    def after(name: str) -> float | None:
        value = body.get(name)
        return issued + value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    kept = previous or Grant(access_token="")
    return Grant(
        access_token=body["access_token"],
        token_type=text("token_type") or "Bearer",
        expires_at=after("expires_in"),
        refresh_token=text("refresh_token"),
        refresh_expires_at=after("refresh_token_expires_in") or (kept.refresh_expires_at if previous else None),
        scope=text("scope") or kept.scope,
        consent_id=text("consent_id") or kept.consent_id,
        id_token=text("id_token"),
    )


@dataclass(frozen=True)
class AuthorizationRequest:
    """A browser redirect and what the redirect back is checked against (keep it in the user's session)."""

    url: str
    state: str
    nonce: str | None
    redirect_uri: str
    code_verifier: str = field(repr=False)


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) per RFC 7636: 64 random URL-safe characters and their SHA-256."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(
    endpoint: str,
    *,
    client_id: str,
    redirect_uri: str,
    scope: str | Sequence[str] | None = None,
    state: str | None = None,
    nonce: str | bool = True,
    params: Mapping[str, str] | None = None,
) -> AuthorizationRequest:
    """The authorization endpoint URL with response_type=code, PKCE S256, a random state and (OIDC) a nonce.

    nonce: True draws one, False leaves it out, a string is sent as given. params: extra query parameters.
    """
    verifier, challenge = pkce_pair()
    state = state or secrets.token_urlsafe(24)
    chosen = secrets.token_urlsafe(24) if nonce is True else (nonce or None)
    query: dict[str, str] = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    if scope:
        query["scope"] = scope if isinstance(scope, str) else " ".join(scope)
    if chosen:
        query["nonce"] = chosen
    query.update(params or {})
    parts = urlsplit(endpoint)
    merged = urlencode([*parse_qsl(parts.query, keep_blank_values=True), *query.items()])
    url = urlunsplit((parts.scheme, parts.netloc, parts.path, merged, ""))
    return AuthorizationRequest(url, state, chosen, redirect_uri, verifier)


def parse_callback(url: str, *, state: str) -> str:
    """The authorization code from the redirect back to redirect_uri.

    Raises AuthorizationError when the state is not `state` (a forged or mixed-up redirect), AccessDeniedError
    when the user declined, AuthorizationError for any other `error=`.
    """
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    returned = query.get("state", "")
    if not secrets.compare_digest(returned.encode(), state.encode()):
        raise AuthorizationError("state_mismatch", "the redirect's state is not the one this request sent")
    error = query.get("error")
    if error:
        cls = AccessDeniedError if error == "access_denied" else AuthorizationError
        raise cls(error, query.get("error_description"))
    code = query.get("code")
    if not code:
        raise AuthorizationError("invalid_request", "the redirect carries neither code nor error")
    return code


def _code_form(
    code: str, redirect_uri: str, client_id: str, code_verifier: str | None, extra: Mapping[str, str]
) -> dict[str, str]:
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri, "client_id": client_id}
    if code_verifier:
        form["code_verifier"] = code_verifier
    return {**form, **extra}


def _logged(response: httpx.Response, token_url: str, started: float) -> httpx.Response:
    log_exchange("POST", token_url, response.status_code, time.perf_counter() - started, None)
    return response


def exchange_code(
    http: httpx.Client,
    token_url: str,
    *,
    code: str,
    redirect_uri: str,
    client_id: str,
    code_verifier: str | None = None,
    extra: Mapping[str, str] | None = None,
) -> Grant:
    """Trade an authorization code for a grant (sent once; the http client carries mutual TLS, if any)."""
    started = time.perf_counter()
    try:
        response = http.post(
            token_url, data=_code_form(code, redirect_uri, client_id, code_verifier, extra or {}), auth=_NO_AUTH
        )
    except httpx.TransportError as exc:  # the code may have been used: start the authorization again
        raise transport_error(exc) from exc
    return grant_from_response(_logged(response, token_url, started))


async def aexchange_code(
    http: httpx.AsyncClient,
    token_url: str,
    *,
    code: str,
    redirect_uri: str,
    client_id: str,
    code_verifier: str | None = None,
    extra: Mapping[str, str] | None = None,
) -> Grant:
    """The async twin of exchange_code."""
    started = time.perf_counter()
    try:
        response = await http.post(
            token_url, data=_code_form(code, redirect_uri, client_id, code_verifier, extra or {}), auth=_NO_AUTH
        )
    except httpx.TransportError as exc:
        raise transport_error(exc) from exc
    return grant_from_response(_logged(response, token_url, started))


def refresh_request(token_url: str, grant: Grant, client_id: str, extra: Mapping[str, Any]) -> httpx.Request:
    """The refresh_token grant request for `grant` (the caller sends it at most once)."""
    if grant.refresh_token is None:
        raise ValueError("the grant has no refresh token")
    form = {"grant_type": "refresh_token", "refresh_token": grant.refresh_token, "client_id": client_id, **extra}
    return httpx.Request("POST", token_url, data=form, headers={"Accept": "application/json"})
