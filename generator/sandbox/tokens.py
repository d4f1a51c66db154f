"""Authorization codes, access and refresh tokens and 90-day consents, as rows of the store."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass

from generator.sandbox.clock import Clock
from generator.sandbox.state import Store

ACCESS_SECONDS = 600  # the documents' illustrative access-token lifetime
CODE_SECONDS = 60  # an authorization code is short-lived and single use
CONSENT_SECONDS = 90 * 86400  # 期間連携: consentedAt + 90 days, never extended by a refresh
_ID_CHARS = string.ascii_uppercase + string.digits


@dataclass(frozen=True)
class Consent:
    consent_id: str
    client_id: str
    scope: str
    consented_at: float
    expires_at: float
    revoked_at: float | None
    revocation_reason: str | None
    last_refreshed_at: float | None

    def status(self, now: float) -> str:
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if now >= self.expires_at else "active"


@dataclass(frozen=True)
class Token:
    token: str
    kind: str  # "access", "refresh" or "session" (a login API's session token)
    client_id: str
    scope: str
    consent_id: str | None
    issued_at: float
    expires_at: float
    used_at: float | None
    revoked_at: float | None

    @property
    def scopes(self) -> frozenset[str]:
        return frozenset(self.scope.split())


class Tokens:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def issue_code(
        self, client_id: str, redirect_uri: str, scope: str, challenge: str | None, method: str | None
    ) -> str:
        code = "ac." + secrets.token_urlsafe(18)
        self.store.run(
            "INSERT INTO codes (code, client_id, redirect_uri, scope, code_challenge, challenge_method, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            code,
            client_id,
            redirect_uri,
            scope,
            challenge,
            method,
            self.clock.now(),
        )
        return code

    def take_code(self, code: str) -> dict[str, object] | None:
        """The code's row, marked used; None when unknown, used before or older than a minute."""
        with self.store.transaction():
            row = self.store.one("SELECT * FROM codes WHERE code = ?", code)
            if row is None:
                return None
            self.store.run("UPDATE codes SET used = 1 WHERE code = ?", code)
        if row["used"] or self.clock.now() - row["created_at"] > CODE_SECONDS:
            return None
        return dict(row)

    def issue(self, kind: str, client_id: str, scope: str, consent_id: str | None, lifetime: float) -> Token:
        prefix, size = {"access": ("at.", 24), "session": ("mst.", 24)}.get(kind, ("rt.", 32))
        now = self.clock.now()
        token = Token(
            prefix + secrets.token_urlsafe(size), kind, client_id, scope, consent_id, now, now + lifetime, None, None
        )
        self.store.run(
            "INSERT INTO tokens (token, kind, client_id, scope, consent_id, issued_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            token.token,
            kind,
            client_id,
            scope,
            consent_id,
            token.issued_at,
            token.expires_at,
        )
        return token

    def find(self, token: str) -> Token | None:
        row = self.store.one("SELECT * FROM tokens WHERE token = ?", token)
        return None if row is None else Token(**dict(row))

    def mark_used(self, token: str) -> None:
        self.store.run("UPDATE tokens SET used_at = ? WHERE token = ? AND used_at IS NULL", self.clock.now(), token)

    def create_consent(self, client_id: str, scope: str) -> Consent:
        now = self.clock.now()
        consent_id = "CN" + "".join(secrets.choice(_ID_CHARS) for _ in range(16))
        self.store.run(
            "INSERT INTO consents (consent_id, client_id, scope, consented_at, expires_at, last_refreshed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            consent_id,
            client_id,
            scope,
            now,
            now + CONSENT_SECONDS,
            now,
        )
        found = self.consent(consent_id)
        assert found is not None
        return found

    def consent(self, consent_id: str) -> Consent | None:
        row = self.store.one(
            "SELECT consent_id, client_id, scope, consented_at, expires_at, revoked_at, revocation_reason,"
            " last_refreshed_at FROM consents WHERE consent_id = ?",
            consent_id,
        )
        return None if row is None else Consent(**dict(row))

    def consents(self) -> list[Consent]:
        rows = self.store.all(
            "SELECT consent_id, client_id, scope, consented_at, expires_at, revoked_at, revocation_reason,"
            " last_refreshed_at FROM consents ORDER BY consented_at DESC, consent_id"
        )
        return [Consent(**dict(r)) for r in rows]

    def touch_consent(self, consent_id: str) -> None:
        self.store.run("UPDATE consents SET last_refreshed_at = ? WHERE consent_id = ?", self.clock.now(), consent_id)

    def revoke_consent(self, consent_id: str, reason: str) -> bool:
        """Revoke the consent and every token issued under it; False when it was revoked already."""
        now = self.clock.now()
        with self.store.transaction():
            changed = self.store.run(
                "UPDATE consents SET revoked_at = ?, revocation_reason = ? WHERE consent_id = ? AND revoked_at IS NULL",
                now,
                reason,
                consent_id,
            )
            self.store.run(
                "UPDATE tokens SET revoked_at = ? WHERE consent_id = ? AND revoked_at IS NULL", now, consent_id
            )
        return changed > 0

    def revoke_token(self, token: str) -> None:
        self.store.run(
            "UPDATE tokens SET revoked_at = ? WHERE token = ? AND revoked_at IS NULL", self.clock.now(), token
        )

    def newly_expired(self) -> list[Consent]:
        """Consents past their 90 days that nobody was told about yet (each is returned once)."""
        now = self.clock.now()
        with self.store.transaction():
            rows = self.store.all(
                "SELECT consent_id FROM consents WHERE expires_at <= ? AND revoked_at IS NULL AND expiry_notified = 0",
                now,
            )
            self.store.run(
                "UPDATE consents SET expiry_notified = 1"
                " WHERE expires_at <= ? AND revoked_at IS NULL AND expiry_notified = 0",
                now,
            )
        return [c for r in rows if (c := self.consent(r["consent_id"])) is not None]
