"""Completion webhooks: an asynchronous job of 医療保険情報取得 that completes sends the document's
`medicalInsuranceResultReady` notice (IFA0602-S01) to the registered loopback URL, in the webhook's schema; the
accepted-then-processed operations of other documents send theirs, signed where the document says so."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import pytest

from generator.sandbox.completions import COMPLETIONS, webhook_body
from generator.sandbox.context import Settings
from tests.sandbox.conftest import Sandbox, running
from tests.sandbox.flows import Receiver, settled_deliveries
from tests.sandbox.spec_requests import spec_request

EVENT = "medicalInsuranceResultReady"
BASE = "/medical-insurance/requests"
AUTH = {"Authorization": "Bearer medical-test-token-0001"}


def _request(datasets: list[str], serial: int) -> dict[str, Any]:
    return {
        "commonHeader": {
            "telegramId": f"TL-00000123-261126093000-{serial:04d}",
            "telegramType": "IFA0601-R01",
            "mode": "verification",
            "processId": "",
            "errorCode": "",
        },
        "subject": {"relationship": "self"},
        "datasets": datasets,
    }


def _webhook_problems(box: Sandbox, payload: Any) -> list[str]:
    op = box.operation("medicalInsuranceCreateRequest")
    hook = op.api.document["webhooks"][EVENT]["post"]
    schema = hook["requestBody"]["content"]["application/json"]["schema"]
    return [f"{v.pointer}: {v.reason}" for v in op.schemas.violations(schema, payload, "body")]


def _wait(receiver: Receiver, count: int, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while len(receiver.received) < count and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_job_completes_by_itself_and_notifies_the_registered_url() -> None:
    receiver = Receiver(failures=1)  # the first delivery fails: the notice is retried
    try:
        with running(Settings(tps=0, complete_seconds=0.3)) as box, box.client(headers=AUTH) as client:
            box.app.services.webhooks.retry_delays = (0.05, 0.05, 0.05)
            hook = client.post("/_sandbox/webhooks", json={"url": receiver.url, "events": [EVENT]})
            accepted = client.post(BASE, json=_request(["medication", "qualification"], 1))
            process_id = accepted.json()["processId"]
            _wait(receiver, 1)
            status = client.get(f"{BASE}/{process_id}")  # the first poll: already done
            records = client.get(f"{BASE}/{process_id}/medications")
            log = settled_deliveries(client, 1)
    finally:
        receiver.close()
    assert hook.status_code == 201 and accepted.status_code == 202
    assert len(receiver.received) == 1 and receiver.attempts == 2
    notice = receiver.received[0]
    assert _webhook_problems(box, notice) == []
    assert notice["processId"] == process_id == notice["commonHeader"]["processId"]
    assert notice["commonHeader"]["telegramType"] == "IFA0602-S01"
    assert notice["commonHeader"]["mode"] == "verification"
    assert notice["status"] == "completed"
    assert [d["dataset"] for d in notice["datasets"]] == ["medication", "qualification"]
    assert all(d["status"] == "available" and d["recordCount"] > 0 for d in notice["datasets"])
    assert status.json()["status"] == "completed"
    assert status.json()["datasets"] == notice["datasets"], "the notice and the status agree"
    assert records.status_code == 200
    assert [(d["event"], d["status"], d["attempts"]) for d in log] == [(EVENT, "delivered", 2)]


def test_a_job_completed_by_polling_notifies_once_and_failures_say_failed() -> None:
    receiver = Receiver()
    try:
        with running(Settings(tps=0, wait_polls=1)) as box, box.client(headers=AUTH) as client:
            client.post("/_sandbox/webhooks", json={"url": receiver.url})
            done = client.post(BASE, json=_request(["medication"], 2)).json()["processId"]
            failing = client.post(BASE, json=_request(["specificHealthCheckup"], 3)).json()["processId"]
            client.post(f"/_sandbox/jobs/{failing}", json={"outcome": "TIMEOUT"})
            polls = [client.get(f"{BASE}/{pid}").json()["status"] for pid in (done, done, done, failing, failing)]
            _wait(receiver, 2)
            time.sleep(0.3)  # nothing more arrives
    finally:
        receiver.close()
    assert polls == ["processing", "completed", "completed", "processing", "failed"]
    by_id = {n["processId"]: n for n in receiver.received}  # two deliveries in flight: either may land first
    assert len(receiver.received) == 2 and set(by_id) == {done, failing}
    assert (by_id[done]["status"], by_id[failing]["status"]) == ("completed", "failed")
    assert by_id[failing]["datasets"][0]["errorCode"] == "E0503002"
    assert all(_webhook_problems(box, n) == [] for n in receiver.received)


def test_no_webhook_no_timer_the_job_waits_for_polls() -> None:
    with running(Settings(tps=0, complete_seconds=0.1)) as box, box.client(headers=AUTH) as client:
        process_id = client.post(BASE, json=_request(["medication"], 4)).json()["processId"]
        time.sleep(0.4)
        first = client.get(f"{BASE}/{process_id}").json()["status"]
    assert first == "processing"


@pytest.fixture(scope="module")
def accepted() -> Any:
    """Every accepted-then-processed operation sent once, with one URL taking every event (one given secret)."""
    receiver = Receiver()
    secret = "sandbox-test-secret-0123456789"
    answers: dict[str, Any] = {}
    try:
        with running(Settings(tps=0, complete_seconds=0.2)) as box, box.client() as client:
            hook = client.post("/_sandbox/webhooks", json={"url": receiver.url, "secret": secret})
            assert hook.status_code == 201 and hook.json()["secret"] == secret
            for operation_id in COMPLETIONS:
                request = spec_request(box.operation(operation_id))
                answers[operation_id] = client.request(request.method, request.path, **request.send_kwargs())
            deadline = time.monotonic() + 20
            while len(receiver.deliveries) < len(COMPLETIONS) and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.3)  # nothing more arrives
            yield box, answers, [(d.headers, d.body) for d in receiver.deliveries], secret
    finally:
        receiver.close()


@pytest.mark.parametrize("operation_id", sorted(COMPLETIONS))
def test_accepted_requests_send_their_completion_webhook(accepted: Any, operation_id: str) -> None:
    box, answers, received, secret = accepted
    completion = COMPLETIONS[operation_id]
    answer = answers[operation_id]
    assert answer.status_code in (201, 202), answer.text
    notices = [(h, b) for h, b in received if h["x-sandbox-event"] == completion.event]
    assert len(notices) == 1
    headers, raw = notices[0]
    notice = json.loads(raw)
    op = box.operation(operation_id)
    schema, example = webhook_body(op, completion.event)
    assert [f"{v.pointer}: {v.reason}" for v in op.schemas.violations(schema, notice, "body")] == []
    for name in completion.copied:
        if name in answer.json():
            assert notice[name] == answer.json()[name], name
    for name, value in completion.state.items():
        if value is not None and isinstance(value, str):
            assert notice[name] == value
    for name in completion.fresh:
        assert notice[name] != example[name], "a fresh event id, not the example's"
    hook = op.api.document["webhooks"][completion.event]["post"]
    declared = {str(p.get("name")).lower() for p in hook.get("parameters", [])}
    if "x-mynaportal-signature" in declared:
        expected = "v1=" + base64.b64encode(hmac.new(secret.encode(), raw, hashlib.sha256).digest()).decode()
        assert headers["x-mynaportal-signature"] == expected
        param = next(p for p in hook["parameters"] if p["name"].lower() == "x-mynaportal-signature")
        assert op.schemas.violations(param["schema"], headers["x-mynaportal-signature"], "header") == []
    else:
        assert "x-mynaportal-signature" not in headers


def test_signed_documents_are_the_ones_that_declare_it(accepted: Any) -> None:
    box, _answers, received, _secret = accepted
    signed = {h["x-sandbox-event"] for h, _ in received if "x-mynaportal-signature" in h}
    assert signed == {"corpRegApplicationStatusChanged", "socialTaxFilingStatusChanged"}
    assert box.app.services.webhooks.signed_events >= signed | {"pmhQuestionnaireStatusChanged"}


def test_registration_makes_a_secret_and_refuses_a_short_one(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        made = client.post("/_sandbox/webhooks", json={"url": "http://127.0.0.1:9/x"})
        short = client.post("/_sandbox/webhooks", json={"url": "http://127.0.0.1:9/x", "secret": "short"})
        client.delete(f"/_sandbox/webhooks/{made.json()['id']}")
    assert made.status_code == 201 and made.json()["secret"].startswith("whsec_")
    assert short.status_code == 400 and "secret" in short.json()["detail"]
