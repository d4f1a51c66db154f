"""期間連携 as one story, with plain httpx against a real sandbox: consent on the consent page, token
(PKCE), updates, single-use refresh rotation, reuse detection (the whole consent revoked as
fraud_detected, with a webhook), revocation by the business, and 90 days later `invalid_grant`.
Every answer of the documents' operations is checked against the spec on the way."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from generator.sandbox.conformance import response_problems
from generator.sandbox.context import Settings
from tests.sandbox.conftest import CLIENT_ID, REDIRECT_URI, Sandbox, running
from tests.sandbox.flows import PERIODIC_SCOPE, Receiver, approve, settled_deliveries

TOKEN = "/periodic-linkage/online-authorization-web/oauth/token"
REVOKE = "/periodic-linkage/online-authorization-web/oauth/revoke"
CONSENTS = "/periodic-linkage/online-resource-web/periodic/consents"
UPDATES = "/periodic-linkage/online-resource-web/periodic/updates"
OPERATIONS = {
    TOKEN: "periodicLinkageIssueToken",
    REVOKE: "periodicLinkageRevokeToken",
    CONSENTS: "periodicLinkageListConsents",
    UPDATES: "periodicLinkageGetUpdates",
}


@pytest.fixture
def box() -> Iterator[Sandbox]:
    with running(Settings(seed=1, tps=0)) as sandbox:
        sandbox.app.services.webhooks.retry_delays = (0.05, 0.05, 0.05)
        yield sandbox


def checked(box: Sandbox, answer: httpx.Response) -> httpx.Response:
    path = answer.request.url.path
    op_id = OPERATIONS.get(path) or ("periodicLinkageGetConsent" if path.startswith(CONSENTS + "/") else None)
    assert op_id is not None, path
    problems = response_problems(box.operation(op_id), answer.status_code, answer.headers, answer.content)
    assert not problems, problems
    return answer


def exchange(box: Sandbox, client: httpx.Client) -> dict[str, object]:
    consent = approve(client, PERIODIC_SCOPE)
    form = {
        "grant_type": "authorization_code",
        "code": consent.code,
        "redirect_uri": REDIRECT_URI,
        "client_id": CLIENT_ID,
        "code_verifier": consent.verifier,
    }
    answer = checked(box, client.post(TOKEN, data=form))
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    return dict(answer.json())


def refresh(box: Sandbox, client: httpx.Client, token: object) -> httpx.Response:
    form = {"grant_type": "refresh_token", "refresh_token": str(token), "client_id": CLIENT_ID}
    return checked(box, client.post(TOKEN, data=form))


def consent_of(box: Sandbox, client: httpx.Client, consent_id: object) -> dict[str, object]:
    answer = checked(box, client.get(f"{CONSENTS}/{consent_id}"))
    assert answer.status_code == 200
    return dict(answer.json())


def wait_for(receiver: Receiver, count: int) -> list[dict[str, object]]:
    deadline = time.monotonic() + 10
    while len(receiver.received) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return receiver.received


def test_periodic_linkage_story(box: Sandbox) -> None:
    receiver = Receiver(failures=1)  # the first delivery fails: the sandbox retries
    try:
        with box.client() as client:
            hook = client.post("/_sandbox/webhooks", json={"url": receiver.url, "events": ["periodicConsentRevoked"]})
            assert hook.status_code == 201

            # 1. consent on the page (PKCE S256), code for tokens: access, refresh and a 90-day consent
            first = exchange(box, client)
            assert first["refresh_token_expires_in"] == 90 * 86400
            consent = consent_of(box, client, first["consent_id"])
            assert consent["status"] == "active"
            assert consent["remainingDays"] == 89
            assert consent["clientId"] == CLIENT_ID

            # 2. updates with the access token
            updates = checked(box, client.get(UPDATES, headers={"Authorization": f"Bearer {first['access_token']}"}))
            assert updates.status_code == 200
            assert updates.json()["consentId"] == first["consent_id"]

            # 3. refresh: a new refresh token each time, the consent's end does not move
            rotated = refresh(box, client, first["refresh_token"])
            assert rotated.status_code == 200, rotated.text
            second = rotated.json()
            assert second["refresh_token"] != first["refresh_token"]
            assert second["consent_id"] == first["consent_id"]
            assert second["refresh_token_expires_in"] <= first["refresh_token_expires_in"]  # type: ignore[operator]

            # 4. the first refresh token comes back: reuse, the whole consent is revoked
            reused = refresh(box, client, first["refresh_token"])
            assert reused.status_code == 400
            assert reused.json()["error"] == "invalid_grant"
            assert "reuse" in reused.json()["error_description"]
            consent = consent_of(box, client, first["consent_id"])
            assert (consent["status"], consent["revocationReason"]) == ("revoked", "fraud_detected")
            assert refresh(box, client, second["refresh_token"]).json()["error"] == "invalid_grant"
            after = checked(box, client.get(UPDATES, headers={"Authorization": f"Bearer {second['access_token']}"}))
            assert after.status_code in (401, 403)
            events = wait_for(receiver, 1)
            assert events[0]["eventType"] == "consent.revoked"
            assert events[0]["revocationReason"] == "fraud_detected"
            assert events[0]["consentId"] == first["consent_id"]

            # 5. a new consent, withdrawn by the user through the business's screen
            again = exchange(box, client)
            revoked = checked(
                box,
                client.post(
                    REVOKE,
                    data={
                        "token": str(again["refresh_token"]),
                        "token_type_hint": "refresh_token",
                        "client_id": CLIENT_ID,
                        "revocation_reason": "user_withdrawal",
                    },
                ),
            )
            assert revoked.status_code == 200
            assert consent_of(box, client, again["consent_id"])["revocationReason"] == "user_withdrawal"
            assert refresh(box, client, again["refresh_token"]).json()["error"] == "invalid_grant"
            assert wait_for(receiver, 2)[1]["revocationReason"] == "user_withdrawal"

            # 6. a third consent stays valid ... until 90 days have passed
            third = exchange(box, client)
            fresh = refresh(box, client, third["refresh_token"]).json()["refresh_token"]
            moved = client.post("/_sandbox/clock", json={"advance": "P90D"})
            assert moved.status_code == 200
            expired = refresh(box, client, fresh)
            assert expired.status_code == 400
            assert expired.json() == {"error": "invalid_grant", "error_description": "consent expired"}
            consent = consent_of(box, client, third["consent_id"])
            assert (consent["status"], consent["remainingDays"]) == ("expired", 0)
            listed = checked(box, client.get(CONSENTS, params={"status": "revoked"}))
            assert listed.json()["pagination"]["totalCount"] == 2
            expiry = wait_for(receiver, 3)[2]
            assert (expiry["eventType"], expiry["status"]) == ("consent.expired", "expired")

            log = settled_deliveries(client, 3)
            assert [d["status"] for d in log] == ["delivered"] * 3
            assert log[0]["attempts"] == 2, "the first attempt failed and was retried"
    finally:
        receiver.close()
