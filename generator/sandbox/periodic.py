"""期間連携: consent status (active / expired / revoked) and the updates a consent's token can fetch."""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Any

from generator.sandbox.clock import iso
from generator.sandbox.context import Call, Handler, Services
from generator.sandbox.examples import pick_example
from generator.sandbox.oauth import notify_expired
from generator.sandbox.problems import Failure
from generator.sandbox.responder import Reply, json_reply
from generator.sandbox.tokens import Consent

_SCOPE = re.compile(r"^[a-z_]+:[a-z_]+$")


def consent_body(consent: Consent, now: float) -> dict[str, Any]:
    status = consent.status(now)
    remaining = math.floor((consent.expires_at - now) / 86400) if status == "active" else 0
    return {
        "consentId": consent.consent_id,
        "clientId": consent.client_id,
        "status": status,
        "consentedAt": iso(consent.consented_at),
        "expiresAt": iso(consent.expires_at),
        "remainingDays": max(0, min(90, remaining)),
        "scopes": [s for s in dict.fromkeys(consent.scope.split()) if _SCOPE.match(s)],
        "lastRefreshedAt": iso(consent.last_refreshed_at) if consent.last_refreshed_at is not None else None,
        "revokedAt": iso(consent.revoked_at) if consent.revoked_at is not None else None,
        "revocationReason": consent.revocation_reason,
    }


def list_consents(services: Services, call: Call) -> Reply | Failure:
    now = services.clock.now()
    notify_expired(services)
    wanted = call.query("status")
    before = call.query("expiresBefore")
    limit = datetime.fromisoformat(before).timestamp() if isinstance(before, str) else None
    found = [
        consent_body(c, now)
        for c in services.tokens.consents()
        if (wanted is None or c.status(now) == wanted) and (limit is None or c.expires_at < limit)
    ]
    page = int(call.query("page", 1))
    per_page = int(call.query("perPage", 20))
    start = (page - 1) * per_page
    more = start + per_page < len(found)
    answer = {
        "consents": found[start : start + per_page],
        "pagination": {
            "totalCount": len(found),
            "page": page,
            "perPage": per_page,
            "nextPage": page + 1 if more else None,
        },
    }
    return json_reply(200, answer)


def get_consent(services: Services, call: Call) -> Reply | Failure:
    consent_id = str(call.params["path"]["consentId"])
    consent = services.tokens.consent(consent_id)
    if consent is None:
        return Failure(404, "not-found", "対象が見つかりません", f"同意ID {consent_id} は存在しません。", "E0404001")
    notify_expired(services)
    return json_reply(200, consent_body(consent, services.clock.now()))


def get_updates(services: Services, call: Call) -> Reply | Failure:
    """The document's example records, under the token's consent; `until` is now, the next `since`."""
    token = call.principal.token
    media = call.op.responses["200"]["content"]["application/json"]
    example = pick_example(call.op.schemas, media, None)
    items: list[dict[str, Any]] = list(example.get("items", [])) if isinstance(example, dict) else []
    categories = call.query("categories")
    if isinstance(categories, list):
        items = [i for i in items if i.get("category") in categories]
    consent_id = token.consent_id if token is not None and token.consent_id else None
    if consent_id is None:
        consent_id = (
            example.get("consentId", "CN0000000000000000") if isinstance(example, dict) else "CN0000000000000000"
        )
    page = int(call.query("page", 1))
    per_page = int(call.query("perPage", 20))
    start = (page - 1) * per_page
    answer = {
        "consentId": consent_id,
        "since": call.query("since"),
        "until": iso(services.clock.now()),
        "items": items[start : start + per_page],
        "pagination": {
            "totalCount": len(items),
            "page": page,
            "perPage": per_page,
            "nextPage": page + 1 if start + per_page < len(items) else None,
        },
    }
    return json_reply(200, answer)


HANDLERS: dict[str, Handler] = {
    "periodicLinkageListConsents": list_consents,
    "periodicLinkageGetConsent": get_consent,
    "periodicLinkageGetUpdates": get_updates,
}
