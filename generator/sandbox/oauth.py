"""Authorization code + PKCE, tokens, single-use refresh rotation with reuse detection, revocation.

The consent page lives at `/_sandbox/authorize` (the documents' authorization endpoints redirect there);
a person approves it in a browser, a test by posting its form."""

from __future__ import annotations

import base64
import hashlib
import html
import math
import re
import secrets
import uuid
from collections.abc import Mapping
from importlib import resources
from string import Template
from typing import Any
from urllib.parse import urlencode, urlsplit

from generator.sandbox.clock import iso
from generator.sandbox.context import Call, Handler, Services
from generator.sandbox.problems import Failure
from generator.sandbox.responder import Reply, json_reply
from generator.sandbox.tokens import ACCESS_SECONDS, Consent

PERIODIC_SCOPE = "periodic:medical"
REQUEST_SECONDS = 600  # a consent page must be answered within ten minutes
_VERIFIER = re.compile(r"[A-Za-z0-9._~-]{43,128}")
_NO_STORE = {"Cache-Control": "no-store"}


def _template(name: str) -> Template:
    return Template(resources.files("generator.sandbox").joinpath("templates", name).read_text(encoding="utf-8"))


def error_page(message: str) -> str:
    return _template("error.html").substitute(message=html.escape(message))


def consent_page(services: Services, query: Mapping[str, str], scope_names: dict[str, str]) -> tuple[int, str]:
    """Register an authorization request and show its consent form (400 and an error page if malformed)."""
    problem = _check_authorize(query)
    if problem:
        return 400, error_page(problem)
    challenge = query.get("code_challenge") or None
    method = (query.get("code_challenge_method") or "plain") if challenge else None
    request_id = secrets.token_urlsafe(16)
    services.store.run(
        "INSERT INTO auth_requests"
        " (id, client_id, redirect_uri, scope, state, code_challenge, challenge_method, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        request_id,
        query["client_id"],
        query["redirect_uri"],
        query.get("scope", ""),
        query.get("state"),
        challenge,
        method,
        services.clock.now(),
    )
    items = [
        f"<li>{html.escape(scope_names.get(s, s))}（<code>{html.escape(s)}</code>）</li>"
        for s in query.get("scope", "").split()
    ] or ["<li>（スコープの指定なし）</li>"]
    page = _template("consent.html").substitute(
        client_id=html.escape(query["client_id"]),
        redirect_uri=html.escape(query["redirect_uri"]),
        scopes="\n".join(items),
        request_id=html.escape(request_id),
    )
    return 200, page


def _check_authorize(query: Mapping[str, str]) -> str | None:
    if query.get("response_type") != "code":
        return "response_type には code を指定してください。"
    if not query.get("client_id"):
        return "client_id を指定してください。"
    target = urlsplit(query.get("redirect_uri", ""))
    if target.scheme not in ("http", "https") or not target.netloc:
        return "redirect_uri には絶対URL（http または https）を指定してください。"
    challenge = query.get("code_challenge")
    if challenge is not None and not _VERIFIER.fullmatch(challenge):
        return "code_challenge は43〜128文字の英数字と -._~ で指定してください（RFC 7636）。"
    if query.get("code_challenge_method", "plain") not in ("S256", "plain"):
        return "code_challenge_method には S256 または plain を指定してください。"
    return None


def decide(services: Services, form: Mapping[str, str]) -> tuple[int, str | None, str]:
    """The person's answer: (302, redirect to the client) or (400, None, error page)."""
    row = services.store.one("SELECT * FROM auth_requests WHERE id = ?", form.get("request_id", ""))
    if row is None or row["decided"] or services.clock.now() - row["created_at"] > REQUEST_SECONDS:
        return 400, None, error_page("この同意画面は無効か、期限切れです。最初からやり直してください。")
    services.store.run("UPDATE auth_requests SET decided = 1 WHERE id = ?", row["id"])
    answer: dict[str, str] = {}
    if form.get("decision") == "approve":
        answer["code"] = services.tokens.issue_code(
            row["client_id"], row["redirect_uri"], row["scope"], row["code_challenge"], row["challenge_method"]
        )
    else:
        answer["error"] = "access_denied"
    if row["state"] is not None:
        answer["state"] = row["state"]
    separator = "&" if "?" in row["redirect_uri"] else "?"
    return 302, row["redirect_uri"] + separator + urlencode(answer), ""


def authorize(services: Services, call: Call) -> Reply | Failure:
    """A document's authorization endpoint: the request was checked against it; the consent page is next."""
    query = {k: v for k, v in call.params["query"].items() if isinstance(v, str)}
    return Reply(302, None, b"", {"Location": f"{call.base_url}/_sandbox/authorize?{urlencode(query)}"})


def issue_token(services: Services, call: Call) -> Reply | Failure:
    form: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    periodic = _is_periodic(call)
    if form.get("grant_type") == "refresh_token":
        if not periodic:
            return oauth_error(
                400, "unsupported_grant_type", "refresh tokens are issued by the periodic-linkage API only"
            )
        return _refresh(services, form)
    code = services.tokens.take_code(str(form.get("code", "")))
    if code is None:
        return oauth_error(400, "invalid_grant", "authorization code is expired or already used")
    if code["client_id"] != form.get("client_id") or code["redirect_uri"] != form.get("redirect_uri"):
        return oauth_error(400, "invalid_grant", "client_id or redirect_uri does not match the authorization request")
    verifier = str(form.get("code_verifier", ""))
    if code["code_challenge"] and not _pkce_ok(str(code["code_challenge"]), str(code["challenge_method"]), verifier):
        return oauth_error(400, "invalid_grant", "PKCE verification failed (code_verifier missing or wrong)")
    scope = str(code["scope"])
    client_id = str(code["client_id"])
    if not periodic:
        access = services.tokens.issue("access", client_id, scope, None, ACCESS_SECONDS)
        body = {"access_token": access.token, "token_type": "Bearer", "expires_in": ACCESS_SECONDS, "scope": scope}
        return json_reply(200, body, headers=_NO_STORE)
    if PERIODIC_SCOPE not in scope.split():
        return oauth_error(400, "invalid_scope", f"the consent does not include {PERIODIC_SCOPE}")
    consent = services.tokens.create_consent(client_id, scope)
    return _token_pair(services, consent, scope)


def _is_periodic(call: Call) -> bool:
    """Token endpoints whose success body requires a consent id hand out rotating refresh tokens."""
    response = call.op.responses.get("200") or {}
    media = (response.get("content") or {}).get("application/json") or {}
    return _requires(call, media.get("schema"), "consent_id")


def _requires(call: Call, schema: Any, name: str, depth: int = 0) -> bool:
    resolved = call.op.schemas.resolve(schema)
    if not isinstance(resolved, dict) or depth > 8:
        return False
    if name in (resolved.get("required") or []):
        return True
    return any(_requires(call, sub, name, depth + 1) for sub in resolved.get("allOf") or [])


def _pkce_ok(challenge: str, method: str, verifier: str) -> bool:
    if not _VERIFIER.fullmatch(verifier):
        return False
    if method == "S256":
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        return secrets.compare_digest(base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii"), challenge)
    return secrets.compare_digest(verifier, challenge)


def _refresh(services: Services, form: dict[str, Any]) -> Reply | Failure:
    tokens = services.tokens
    presented = tokens.find(str(form.get("refresh_token", "")))
    if presented is None or presented.kind != "refresh" or presented.client_id != form.get("client_id"):
        return oauth_error(400, "invalid_grant", "refresh token is invalid")
    consent = tokens.consent(presented.consent_id or "")
    if consent is None:
        return oauth_error(400, "invalid_grant", "refresh token is invalid")
    if presented.used_at is not None:
        # A used refresh token came back: treat it as stolen, end the whole consent.
        if tokens.revoke_consent(consent.consent_id, "fraud_detected"):
            emit_revoked(services, consent.consent_id, "fraud_detected")
        return oauth_error(
            400, "invalid_grant", "refresh token reuse detected; all tokens for this consent have been revoked"
        )
    tokens.mark_used(presented.token)  # single use, whatever happens next
    now = services.clock.now()
    status = consent.status(now)
    if status == "revoked":
        return oauth_error(400, "invalid_grant", "consent revoked")
    if status == "expired":
        notify_expired(services)
        return oauth_error(400, "invalid_grant", "consent expired")
    scope = consent.scope
    if form.get("scope"):
        narrowed = str(form["scope"]).split()
        if not set(narrowed) <= set(consent.scope.split()):
            return oauth_error(400, "invalid_scope", "scope may only be narrowed, never widened")
        scope = " ".join(narrowed)
    tokens.touch_consent(consent.consent_id)
    return _token_pair(services, consent, scope)


def _token_pair(services: Services, consent: Consent, scope: str) -> Reply:
    now = services.clock.now()
    remaining = max(1, min(math.ceil(consent.expires_at - now), 90 * 86400))
    access = services.tokens.issue("access", consent.client_id, scope, consent.consent_id, ACCESS_SECONDS)
    refresh = services.tokens.issue("refresh", consent.client_id, scope, consent.consent_id, consent.expires_at - now)
    body = {
        "access_token": access.token,
        "token_type": "Bearer",
        "expires_in": ACCESS_SECONDS,
        "refresh_token": refresh.token,
        "refresh_token_expires_in": remaining,
        "scope": scope,
        "consent_id": consent.consent_id,
    }
    return json_reply(200, body, headers=_NO_STORE)


def revoke(services: Services, call: Call) -> Reply | Failure:
    """RFC 7009: 200 whether or not the token was valid; a consent's token ends the whole consent."""
    form: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    token = services.tokens.find(str(form.get("token", "")))
    if token is not None and token.client_id == form.get("client_id"):
        if token.consent_id is not None:
            reason = str(form.get("revocation_reason") or "business_request")
            if services.tokens.revoke_consent(token.consent_id, reason):
                emit_revoked(services, token.consent_id, reason)
        else:
            services.tokens.revoke_token(token.token)
    return Reply(200, None, b"", {})


def oauth_error(status: int, error: str, description: str) -> Reply:
    return json_reply(status, {"error": error, "error_description": description}, headers=_NO_STORE)


def consent_event(consent_id: str, event_type: str, status: str, reason: str | None, at: float) -> dict[str, Any]:
    event: dict[str, Any] = {
        "eventId": str(uuid.uuid4()),
        "eventType": event_type,
        "occurredAt": iso(at),
        "consentId": consent_id,
        "status": status,
    }
    if reason is not None:
        event["revocationReason"] = reason
    return event


def emit_revoked(services: Services, consent_id: str, reason: str) -> None:
    event = consent_event(consent_id, "consent.revoked", "revoked", reason, services.clock.now())
    services.webhooks.emit("periodicConsentRevoked", event)


def notify_expired(services: Services) -> None:
    """Tell the webhooks about consents that reached their 90 days (each once)."""
    for consent in services.tokens.newly_expired():
        event = consent_event(consent.consent_id, "consent.expired", "expired", None, consent.expires_at)
        services.webhooks.emit("periodicConsentRevoked", event)


HANDLERS: dict[str, Handler] = {
    "selfInfoAuthorize": authorize,
    "selfInfoIssueToken": issue_token,
    "periodicLinkageIssueToken": issue_token,
    "periodicLinkageRevokeToken": revoke,
}
