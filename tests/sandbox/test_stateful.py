"""State: consent page and PKCE, async processIds (WAIT_RESULT as 202, then the data), the TPS cap, webhook
rules, the clock, and a `--db` file that survives a restart."""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx

from generator.sandbox.conformance import response_problems
from generator.sandbox.context import Settings
from tests.sandbox.conftest import CLIENT_ID, REDIRECT_URI, Sandbox, running
from tests.sandbox.flows import PERIODIC_SCOPE, Receiver, approve

SELF_INFO_CLIENT = "SP12345678_AB1234"
SELF_INFO_SCOPE = "self_info:family_register self_info:tax_income"
HEADER = {"telegramType": "IFA0301-R01", "mode": "production", "processId": "", "errorCode": ""}


def conforms(box: Sandbox, operation_id: str, answer: httpx.Response) -> httpx.Response:
    problems = response_problems(box.operation(operation_id), answer.status_code, answer.headers, answer.content)
    assert not problems, problems
    return answer


def self_info_token(box: Sandbox, client: httpx.Client, scope: str = SELF_INFO_SCOPE) -> str:
    consent = approve(client, scope, client_id=SELF_INFO_CLIENT)
    form = {
        "grant_type": "authorization_code",
        "code": consent.code,
        "redirect_uri": REDIRECT_URI,
        "client_id": SELF_INFO_CLIENT,
        "code_verifier": consent.verifier,
    }
    answer = conforms(
        box, "selfInfoIssueToken", client.post("/self-info/online-authorization-web/oauth/token", data=form)
    )
    assert answer.status_code == 200, answer.text
    assert "refresh_token" not in answer.json()
    return str(answer.json()["access_token"])


def test_consent_page_is_japanese_accessible_and_self_contained(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        page = client.get(
            "/_sandbox/authorize",
            params={
                "response_type": "code",
                "client_id": CLIENT_ID,
                "redirect_uri": REDIRECT_URI,
                "scope": PERIODIC_SCOPE,
            },
        )
        bad = client.get("/_sandbox/authorize", params={"response_type": "token", "client_id": CLIENT_ID})
    assert page.status_code == 200
    html = page.text
    assert '<html lang="ja">' in html
    assert "同意する" in html and "キャンセル" in html
    assert "期間連携 — 医療保険情報の90日間の継続取得" in html, "scopes are described with the spec's own words"
    assert "#0017c1" in html, "the portal's primary colour"
    assert not re.search(r"(src|href)=\"?(https?:)?//", html), "no external assets"
    assert bad.status_code == 400 and "response_type" in bad.text


def test_cancel_returns_access_denied_and_codes_are_single_use(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        denied = approve(client, SELF_INFO_SCOPE, decision="deny", client_id=SELF_INFO_CLIENT)
        assert denied.code == ""
        consent = approve(client, SELF_INFO_SCOPE, client_id=SELF_INFO_CLIENT)
        form = {
            "grant_type": "authorization_code",
            "code": consent.code,
            "redirect_uri": REDIRECT_URI,
            "client_id": SELF_INFO_CLIENT,
        }
        url = "/self-info/online-authorization-web/oauth/token"
        without_verifier = client.post(url, data=form)
        again = client.post(url, data={**form, "code_verifier": consent.verifier})
    assert without_verifier.status_code == 400
    assert "PKCE" in without_verifier.json()["error_description"]
    assert again.json()["error"] == "invalid_grant", "a code is spent by its first use, even a failed one"


def test_spec_authorize_endpoint_redirects_to_the_consent_page(sandbox: Sandbox) -> None:
    params = {
        "response_type": "code",
        "client_id": SELF_INFO_CLIENT,
        "redirect_uri": REDIRECT_URI,
        "state": "9fK2mQ7vX1pL4sT8wZ3bN6cR",
        "scope": SELF_INFO_SCOPE,
        "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        "code_challenge_method": "S256",
    }
    with sandbox.client() as client:
        answer = conforms(
            sandbox,
            "selfInfoAuthorize",
            client.get("/self-info/online-authorization-web/oauth/authorize", params=params),
        )
        assert answer.status_code == 302
        location = answer.headers["location"]
        assert location.startswith(f"{sandbox.url}/_sandbox/authorize?")
        assert "code_challenge_method=S256" in location
        assert client.get(location).status_code == 200


def test_self_info_result_waits_then_registers(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        auth = {"Authorization": f"Bearer {self_info_token(sandbox, client)}"}
        body = {
            "commonHeader": {**HEADER, "telegramId": "TL-00000086-261126103015-0101"},
            "requestData": {"dataCategories": ["family_register"]},
        }
        accepted = conforms(
            sandbox, "selfInfoRequest", client.post("/self-info/online-resource-web/request", json=body, headers=auth)
        )
        assert accepted.status_code == 200
        assert accepted.json()["commonHeader"]["telegramType"] == "IFA0302-S01", "the answer telegram of IFA0301-R01"
        process_id = accepted.json()["commonHeader"]["processId"]
        duplicate = client.post("/self-info/online-resource-web/request", json=body, headers=auth)
        assert duplicate.status_code == 409
        out_of_scope = {**body, "commonHeader": {**body["commonHeader"], "telegramId": "TL-00000086-261126103015-0102"}}
        out_of_scope["requestData"] = {"dataCategories": ["pension"]}
        assert client.post("/self-info/online-resource-web/request", json=out_of_scope, headers=auth).status_code == 403

        poll = {
            "commonHeader": {
                **HEADER,
                "telegramType": "IFA0303-R01",
                "telegramId": "TL-00000086-261126103102-0002",
                "processId": process_id,
            }
        }
        statuses = []
        for _ in range(3):
            answer = conforms(
                sandbox,
                "selfInfoGetResult",
                client.post("/self-info/online-resource-web/result", json=poll, headers=auth),
            )
            statuses.append((answer.status_code, answer.json()["processStatus"], answer.headers.get("retry-after")))
        assert statuses == [(202, "WAIT_RESULT", "10"), (202, "WAIT_RESULT", "10"), (200, "REGISTER", None)]
        data = answer.json()
        assert '"戸籍関係情報"' in data["selfPersonalData"]
        assert "地方税関係情報" not in data["selfPersonalData"], "only the requested categories"
        other = client.post(
            "/self-info/online-resource-web/result",
            json=poll,
            headers={"Authorization": "Bearer someone-else-entirely"},
        )
        assert other.status_code == 404


def test_self_info_timeout_outcome_is_settable(sandbox: Sandbox) -> None:
    auth = {"Authorization": "Bearer outcome-test-token-0001"}
    body = {
        "commonHeader": {**HEADER, "telegramId": "TL-00000086-261126103015-0201"},
        "requestData": {"dataCategories": ["tax_income"]},
    }
    with sandbox.client() as client:
        process_id = client.post("/self-info/online-resource-web/request", json=body, headers=auth).json()[
            "commonHeader"
        ]["processId"]
        job = client.post(f"/_sandbox/jobs/{process_id}", json={"outcome": "TIMEOUT", "waitPolls": 0})
        assert job.json()["outcome"] == "TIMEOUT"
        poll = {
            "commonHeader": {
                **HEADER,
                "telegramType": "IFA0303-R01",
                "telegramId": "TL-00000086-261126103102-0003",
                "processId": process_id,
            }
        }
        answer = conforms(
            sandbox, "selfInfoGetResult", client.post("/self-info/online-resource-web/result", json=poll, headers=auth)
        )
    assert answer.status_code == 200
    assert answer.json()["processStatus"] == "TIMEOUT"
    assert answer.json()["commonHeader"]["errorCode"] == "E0503002"
    assert "selfPersonalData" not in answer.json(), "only REGISTER carries data"


def test_medical_insurance_request_processing_then_completed(sandbox: Sandbox) -> None:
    auth = {"Authorization": "Bearer medical-test-token-0001"}
    body = {
        "commonHeader": {**HEADER, "telegramType": "IFA0601-R01", "telegramId": "TL-00000123-261126093000-0001"},
        "subject": {"relationship": "self"},
        "datasets": ["medication"],
        "medicationCriteria": {"lookbackDays": 30},
    }
    base = "/medical-insurance/requests"
    with sandbox.client(headers=auth) as client:
        accepted = conforms(sandbox, "medicalInsuranceCreateRequest", client.post(base, json=body))
        assert accepted.status_code == 202
        process_id = accepted.json()["processId"]
        assert client.post(base, json=body).status_code == 409, "same datasets still processing"
        early = conforms(sandbox, "medicalInsuranceListMedications", client.get(f"{base}/{process_id}/medications"))
        assert early.status_code == 409
        status = conforms(sandbox, "medicalInsuranceGetRequestStatus", client.get(f"{base}/{process_id}"))
        assert status.json()["status"] == "processing"
        done = conforms(sandbox, "medicalInsuranceGetRequestStatus", client.get(f"{base}/{process_id}"))
        assert done.json()["status"] == "completed"
        assert done.json()["datasets"][0]["recordCount"] == 2
        records = conforms(sandbox, "medicalInsuranceListMedications", client.get(f"{base}/{process_id}/medications"))
        assert records.status_code == 200 and records.json()["processId"] == process_id
        not_requested = client.get(f"{base}/{process_id}/qualification")
        assert not_requested.status_code == 409
        assert client.delete(f"{base}/{process_id}").status_code == 204
        assert client.get(f"{base}/{process_id}").status_code == 404


def test_tps_cap_answers_429_with_retry_after() -> None:
    with running(Settings(tps=3)) as box, box.client() as client:
        form = {"grant_type": "refresh_token", "refresh_token": "rt.unknown-token-0000000", "client_id": CLIENT_ID}
        url = "/periodic-linkage/online-authorization-web/oauth/token"
        while time.monotonic() % 1 > 0.5:  # start early in a second so the burst stays within one window
            time.sleep(0.05)
        answers = [client.post(url, data=form) for _ in range(5)]
        other = client.post(url, data={**form, "client_id": "SP99999999_ZZ9999"})
    assert [a.status_code for a in answers][:3] == [400, 400, 400]
    limited = answers[-1]
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["retry-after"]) <= 1
    assert limited.headers["x-ratelimit-limit"] == "3"
    assert limited.json()["errorCode"] == "E0429001"
    assert conforms(box, "periodicLinkageIssueToken", limited)
    assert other.status_code == 400, "the cap is per client id"


def test_webhooks_only_to_loopback(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        remote = client.post("/_sandbox/webhooks", json={"url": "https://hooks.example.jp/x"})
        unknown = client.post("/_sandbox/webhooks", json={"url": "http://127.0.0.1:9/x", "events": ["nope"]})
        ok = client.post("/_sandbox/webhooks", json={"url": "http://localhost:9/x"})
        removed = client.delete(f"/_sandbox/webhooks/{ok.json()['id']}")
    assert remote.status_code == 400 and "127.0.0.1" in remote.json()["detail"]
    assert unknown.status_code == 400
    assert ok.status_code == 201 and ok.json()["events"] == ["*"]
    assert removed.status_code == 204


def test_failed_deliveries_are_retried_then_logged_as_failed() -> None:
    receiver = Receiver(failures=100)
    try:
        with running(Settings(tps=0)) as box, box.client() as client:
            box.app.services.webhooks.retry_delays = (0.01, 0.01, 0.01)
            client.post("/_sandbox/webhooks", json={"url": receiver.url})
            consent = approve(client, PERIODIC_SCOPE)
            tokens = client.post(
                "/periodic-linkage/online-authorization-web/oauth/token",
                data={"grant_type": "authorization_code", "code": consent.code, "redirect_uri": REDIRECT_URI,
                      "client_id": CLIENT_ID, "code_verifier": consent.verifier},
            ).json()  # fmt: skip
            client.post(
                "/periodic-linkage/online-authorization-web/oauth/revoke",
                data={"token": tokens["refresh_token"], "client_id": CLIENT_ID},
            )
            deadline = time.monotonic() + 10
            log: list[dict[str, object]] = []
            while time.monotonic() < deadline:
                log = client.get("/_sandbox/deliveries").json()["deliveries"]
                if log and log[0]["status"] == "failed":
                    break
                time.sleep(0.05)
    finally:
        receiver.close()
    assert log[0]["status"] == "failed"
    assert log[0]["attempts"] == 4 and receiver.attempts == 4
    assert log[0]["lastStatus"] == 503
    assert log[0]["payload"]["revocationReason"] == "business_request"  # type: ignore[index]


def test_clock_moves_and_rejects_nonsense(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        before = client.get("/_sandbox/clock").json()
        moved = client.post("/_sandbox/clock", json={"advanceSeconds": 3600}).json()
        bad = client.post("/_sandbox/clock", json={"advance": "ninety days"})
        reset = client.post("/_sandbox/clock", json={"reset": True}).json()
    assert moved["offsetSeconds"] - before["offsetSeconds"] == 3600
    assert bad.status_code == 400
    assert reset["offsetSeconds"] == 0


def test_state_file_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.sqlite"
    with running(Settings(tps=0), db=db) as box, box.client() as client:
        consent = approve(client, PERIODIC_SCOPE)
        tokens = client.post(
            "/periodic-linkage/online-authorization-web/oauth/token",
            data={"grant_type": "authorization_code", "code": consent.code, "redirect_uri": REDIRECT_URI,
                  "client_id": CLIENT_ID, "code_verifier": consent.verifier},
        ).json()  # fmt: skip
        client.post("/_sandbox/clock", json={"advance": "P10D"})
    with running(Settings(tps=0), db=db) as box, box.client() as client:
        consent_state = client.get(
            f"/periodic-linkage/online-resource-web/periodic/consents/{tokens['consent_id']}"
        ).json()
        rotated = client.post(
            "/periodic-linkage/online-authorization-web/oauth/token",
            data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": CLIENT_ID},
        )
    assert consent_state["status"] == "active"
    assert consent_state["remainingDays"] == 79, "the clock offset was kept too"
    assert rotated.status_code == 200


def test_session_tokens_come_from_login_and_end_with_logout(sandbox: Sandbox) -> None:
    base = "/e-application-receipt"
    with sandbox.client() as client:
        foreign = client.get(f"{base}/applications", headers={"Authorization": "Bearer not-issued-by-the-sandbox"})
        auth = {"Authorization": sandbox.login(client)}
        listed = conforms(sandbox, "eAppReceiptListApplications", client.get(f"{base}/applications", headers=auth))
        out = conforms(sandbox, "eAppReceiptLogout", client.post(f"{base}/logout", headers=auth))
        after = client.get(f"{base}/applications", headers=auth)
    assert foreign.status_code == 401 and foreign.json()["errorCode"] == "E0401001"
    assert listed.status_code == 200
    assert out.status_code == 204
    assert after.status_code == 401 and "ログアウト" in after.json()["detail"]


def test_tps_cap_only_where_the_document_declares_429() -> None:
    with running(Settings(tps=1)) as box, box.client() as client:
        params = {
            "response_type": "code",
            "client_id": SELF_INFO_CLIENT,
            "redirect_uri": REDIRECT_URI,
            "state": "9fK2mQ7vX1pL4sT8wZ3bN6cR",
            "scope": SELF_INFO_SCOPE,
        }
        url = "/self-info/online-authorization-web/oauth/authorize"
        answers = [client.get(url, params=params).status_code for _ in range(3)]
    assert "429" not in box.operation("selfInfoAuthorize").responses
    assert answers == [302, 302, 302], "the browser endpoint declares no 429, so it is not capped"


def test_anonymous_requests_are_capped_per_address() -> None:
    """No credentials and no client id: the cap counts the sender's address (127.0.0.2 is another one)."""
    url = "/sso/jwks"
    with running(Settings(tps=3)) as box, box.client() as client:
        other = httpx.Client(
            base_url=box.url, trust_env=False, transport=httpx.HTTPTransport(local_address="127.0.0.2")
        )
        with other:
            while time.monotonic() % 1 > 0.5:  # start early in a second so the burst stays within one window
                time.sleep(0.05)
            answers = [client.get(url) for _ in range(5)]
            elsewhere = other.get(url)
        time.sleep(1.1)
        later = client.get(url)
    assert "429" in box.operation("ssoGetJwks").responses and not box.operation("ssoGetJwks").security
    assert [a.status_code for a in answers] == [200, 200, 200, 429, 429]
    limited = conforms(box, "ssoGetJwks", answers[-1])
    assert limited.headers["retry-after"] == "1"
    assert limited.headers["x-ratelimit-limit"] == "3"
    assert limited.json()["errorCode"] == "E0429001"
    assert "送信元IPアドレス" in limited.json()["detail"]
    assert elsewhere.status_code == 200, "another address has its own window"
    assert later.status_code == 200, "the next second opens a new window"
