"""Completion webhooks: an asynchronous job of 医療保険情報取得 that completes sends the document's
`medicalInsuranceResultReady` notice (IFA0602-S01) to the registered loopback URL, in the webhook's schema."""

from __future__ import annotations

import time
from typing import Any

from generator.sandbox.context import Settings
from tests.sandbox.conftest import Sandbox, running
from tests.sandbox.flows import Receiver

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
            log = client.get("/_sandbox/deliveries").json()["deliveries"]
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
    assert [n["processId"] for n in receiver.received] == [done, failing]
    assert [n["status"] for n in receiver.received] == ["completed", "failed"]
    assert receiver.received[1]["datasets"][0]["errorCode"] == "E0503002"
    assert all(_webhook_problems(box, n) == [] for n in receiver.received)


def test_no_webhook_no_timer_the_job_waits_for_polls() -> None:
    with running(Settings(tps=0, complete_seconds=0.1)) as box, box.client(headers=AUTH) as client:
        process_id = client.post(BASE, json=_request(["medication"], 4)).json()["processId"]
        time.sleep(0.4)
        first = client.get(f"{BASE}/{process_id}").json()["status"]
    assert first == "processing"
