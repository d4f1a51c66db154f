"""Every response the sandbox sends validates against the spec: for every operation of the 16 documents,
the default answer, every declared status (`Prefer: code=…`), every named example and generated data."""

from __future__ import annotations

import httpx
import pytest

from generator.sandbox.conformance import response_problems
from generator.sandbox.examples import example_names
from generator.sandbox.operations import Operation
from tests.sandbox.conftest import Sandbox, project_apis
from tests.sandbox.spec_requests import BEARER, needs_session, spec_request


def _operation_ids() -> list[str]:
    from generator.sandbox.operations import read_operations  # noqa: PLC0415

    return sorted(op.operation_id for api in project_apis() for op in read_operations(api))


def _send(client: httpx.Client, op: Operation, prefer: str | None = None, box: Sandbox | None = None) -> httpx.Response:
    bearer = box.login(client) if box is not None and needs_session(box.app.session_schemes, op) else BEARER
    request = spec_request(op, bearer)
    kwargs = request.send_kwargs()
    if prefer is not None:
        kwargs["headers"]["Prefer"] = prefer
    return client.request(request.method, request.path, **kwargs)


def test_all_sixteen_apis_are_served_under_their_first_server(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        listing = client.get("/").json()["apis"]
    assert len(listing) == 16
    for api in project_apis():
        assert api.document["servers"][0]["url"] == f"http://127.0.0.1:4010{api.base_path}"
        assert api.base_path == f"/{api.slug}"


@pytest.mark.parametrize("operation_id", _operation_ids())
def test_every_response_of_the_operation_validates(sandbox: Sandbox, operation_id: str) -> None:
    op = sandbox.operation(operation_id)
    problems: list[str] = []
    with sandbox.client() as client:
        default = _send(client, op, box=sandbox)
        assert default.status_code < 500, default.text
        problems += response_problems(op, default.status_code, default.headers, default.content)
        for status in op.responses:
            answer = _send(client, op, f"code={status}", box=sandbox)
            assert str(answer.status_code) == status or status.endswith("XX"), answer.text
            problems += response_problems(op, answer.status_code, answer.headers, answer.content)
        first = _send(client, op, "dynamic=true", box=sandbox)
        again = _send(client, op, "dynamic=true", box=sandbox)
        problems += response_problems(op, first.status_code, first.headers, first.content)
        assert first.content == again.content, "generated data must be deterministic for one seed and request"
        for status, response in op.responses.items():
            for media_obj in (response.get("content") or {}).values():
                for name in example_names(op.schemas, media_obj):
                    named = _send(client, op, f"code={status}, example={name}", box=sandbox)
                    problems += response_problems(op, named.status_code, named.headers, named.content)
    assert not problems, "\n".join(problems)


def test_named_example_is_the_one_sent(sandbox: Sandbox) -> None:
    op = sandbox.operation("periodicLinkageGetConsent")
    with sandbox.client() as client:
        answer = _send(client, op, "example=revokedByReuse")
    assert answer.status_code == 200
    assert answer.json()["revocationReason"] == "fraud_detected"


def test_prefer_code_without_a_declared_response_is_refused(sandbox: Sandbox) -> None:
    op = sandbox.operation("noticesListNotices") if "noticesListNotices" in sandbox.app.services.operations else None
    op = op or next(o for o in sandbox.app.services.operations.values() if o.method == "GET" and o.slug == "notices")
    with sandbox.client() as client:
        answer = _send(client, op, "code=418")
        unknown = _send(client, op, "example=no-such-example")
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert "418" in answer.json()["detail"]
    assert unknown.status_code == 400


def test_dynamic_data_depends_on_the_seed_and_the_request(sandbox: Sandbox) -> None:
    op = next(o for o in sandbox.app.services.operations.values() if o.method == "GET" and o.slug == "notices")
    with sandbox.client() as client:
        one = _send(client, op, "dynamic=true").content
        request = spec_request(op)
        kwargs = request.send_kwargs()
        kwargs["headers"]["Prefer"] = "dynamic=true"
        kwargs["params"] = [*kwargs["params"], ("page", "2")]
        other = client.request(request.method, request.path, **kwargs).content
        example = _send(client, op).content
    assert one != other
    assert one != example
