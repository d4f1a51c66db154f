"""Bad input gets a clear 4xx problem body and the server keeps serving."""

from __future__ import annotations

import json

import httpx
import pytest

from generator.sandbox.bodies import MAX_BODY_BYTES
from tests.sandbox.conftest import Sandbox

REQUEST = "/self-info/online-resource-web/request"
AUTH = {"Authorization": "Bearer any-bearer-token-00001"}
GOOD_BODY = {
    "commonHeader": {
        "telegramId": "TL-00000086-261126103015-0001",
        "telegramType": "IFA0301-R01",
        "mode": "production",
        "processId": "",
        "errorCode": "",
    },
    "requestData": {"dataCategories": ["family_register"]},
}


def _problem(answer: httpx.Response, status: int) -> dict[str, object]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    body = answer.json()
    assert body["status"] == status
    assert isinstance(body["title"], str)
    assert isinstance(body["detail"], str)
    assert str(body["errorCode"]).startswith("E04")
    return dict(body)


@pytest.mark.parametrize(
    ("content", "content_type", "status", "words"),
    [
        (b'{"commonHeader": ', "application/json", 400, "JSON として解析できません"),
        (b"\xff\xfe{}", "application/json", 400, "UTF-8"),
        (b'{"a": NaN}', "application/json", 400, "JSON"),
        (b"[" * 100_000, "application/json", 400, "JSON"),
        (b"<xml/>", "application/xml", 415, "application/json"),
        (b"{}", "", 415, "Content-Type"),
        (b"--x\r\nbroken", "multipart/form-data; boundary=x", 415, "Content-Type"),
    ],
)
def test_unreadable_bodies(sandbox: Sandbox, content: bytes, content_type: str, status: int, words: str) -> None:
    headers = {**AUTH, "Content-Type": content_type} if content_type else AUTH
    with sandbox.client() as client:
        answer = client.post(REQUEST, content=content, headers=headers)
    assert words in str(_problem(answer, status)["detail"])


def test_oversize_body_is_413(sandbox: Sandbox) -> None:
    big = b'{"x": "' + b"a" * (MAX_BODY_BYTES + 1) + b'"}'
    with sandbox.client() as client:
        answer = client.post(REQUEST, content=big, headers={**AUTH, "Content-Type": "application/json"})
    assert str(MAX_BODY_BYTES) in str(_problem(answer, 413)["detail"])


def test_oversize_body_without_length_is_413(sandbox: Sandbox) -> None:
    def chunks() -> object:
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"a" * 65536

    with sandbox.client() as client:
        answer = client.post(REQUEST, content=chunks(), headers={**AUTH, "Content-Type": "application/json"})  # type: ignore[arg-type]
    _problem(answer, 413)


def test_paths_outside_every_spec_and_wrong_methods(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        unknown_api = client.get("/no-such-api/x")
        unknown_path = client.get("/self-info/online-resource-web/nothing")
        wrong_method = client.delete(REQUEST, headers=AUTH)
        admin_unknown = client.get("/_sandbox/nothing")
    assert "/no-such-api/x" in str(_problem(unknown_api, 404)["detail"])
    _problem(unknown_path, 404)
    _problem(wrong_method, 405)
    assert wrong_method.headers["allow"] == "POST"
    _problem(admin_unknown, 404)


def test_a_thousand_bad_requests_then_a_good_one(sandbox: Sandbox) -> None:
    bad = [
        (b"{", "application/json"),
        (b"x" * 10, "text/plain"),
        (json.dumps({"commonHeader": 1}).encode(), "application/json"),
        (b"\x00\x01\x02", "application/json"),
    ]
    statuses: set[int] = set()
    with sandbox.client() as client:
        for i in range(1000):
            content, media = bad[i % len(bad)]
            if i % 5 == 4:
                answer = client.get(f"/self-info/unknown/{i}")
            else:
                answer = client.post(REQUEST, content=content, headers={**AUTH, "Content-Type": media})
            statuses.add(answer.status_code)
            assert 400 <= answer.status_code < 500
        good = client.post(REQUEST, json=GOOD_BODY, headers=AUTH)
    assert statuses == {400, 404, 415}
    assert good.status_code == 200
    assert good.json()["commonHeader"]["processId"].startswith("PR")
