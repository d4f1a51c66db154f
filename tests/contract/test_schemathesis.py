"""Contract test (issue #10): schemathesis generates requests from each bundled document and checks what
the sandbox answers against the same document, for all 16 APIs, then follows the OpenAPI links
(stateful mode) through the 自己情報取得, 期間連携 and 医療保険情報取得 flows.

Bounded and derandomized: a fixed seed, `MAX_EXAMPLES` fuzzed cases per operation on top of the
documents' examples and the coverage phase's boundary cases, no example database. Every check
schemathesis knows runs; none is switched off.
"""

from __future__ import annotations

import base64
import copy
import email.policy
import hashlib
import json
import re
import secrets
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jsonschema
import pytest
import referencing
import referencing.jsonschema
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.engine import events, from_schema
from schemathesis.specs.openapi.schemas import OpenApiSchema

from generator.sandbox.context import Settings
from generator.sandbox.specs import Api
from tests.sandbox.conftest import REDIRECT_URI, Sandbox, project_apis, running

MAX_EXAMPLES = 8  # fuzzed cases per operation (the examples and coverage phases add their own)
MAX_STEPS = 6  # longest chain of linked calls in the stateful phase
SEED = 20261126
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The five response checks the issue names; schemathesis runs all its other checks too.
REQUIRED_CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
)
STATEFUL = ("self-info", "periodic-linkage", "medical-insurance")
OAUTH_BEARER = "Bearer contract-test-token-0001"  # the sandbox accepts any OAuth bearer it did not issue
# token endpoints whose authorization codes come from the consent page a person answers in a browser
CONSENTED_SCOPES = {
    "selfInfoIssueToken": "self_info:family_register self_info:tax_income",
    "periodicLinkageIssueToken": "medical:medication medical:checkup medical:medical_expenses periodic:medical",
}
LOGINS = {"e-application-receipt": "eAppReceiptLogin"}  # APIs whose operations need the sandbox's own session
LOGOUTS = {"e-application-receipt": "eAppReceiptLogout"}
BUNDLE_URI = "urn:mynaportal:contract-bundle"
BINARY = "(file bytes)"  # a file part's value: bytes, which every binary string schema accepts


@dataclass
class Outcome:
    """What one run found: cases sent, and every failed check or error, described in one line each."""

    cases: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    links: Counter[str] = field(default_factory=Counter)  # link name -> calls made by following it


@pytest.fixture(scope="module")
def box() -> Iterator[Sandbox]:
    # No TPS cap: the cap depends on the wall clock, which would make the run differ from one machine to
    # the next (tests/sandbox checks the cap and its declared 429).
    with running(Settings(seed=SEED % 1000, wait_polls=1, tps=0)) as sandbox:
        yield sandbox


def _api(slug: str) -> Api:
    return next(api for api in project_apis() if api.slug == slug)


def _config(base_url: str, *, stateful: bool) -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "base-url": base_url,
            "seed": SEED,
            "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
            "checks": {name: {"enabled": True} for name in REQUIRED_CHECKS},
            "phases": {
                "examples": {"enabled": not stateful},
                "coverage": {"enabled": not stateful},
                "fuzzing": {"enabled": not stateful},
                "stateful": {"enabled": stateful, "max-steps": MAX_STEPS},
            },
        }
    )


def _consented_code(client: httpx.Client, client_id: str, scope: str) -> tuple[str, str]:
    """An authorization code and its PKCE verifier, as a person approving the consent page gives them."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": REDIRECT_URI,
        "scope": scope,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    page = client.get("/_sandbox/authorize", params=query)
    found = re.search(r'name="request_id" value="([^"]+)"', page.text)
    assert found is not None, page.text
    answer = client.post("/_sandbox/authorize", data={"request_id": found.group(1), "decision": "approve"})
    code = parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]
    return code, verifier


def _schema(box: Sandbox, slug: str, *, stateful: bool) -> OpenApiSchema:
    api = _api(slug)
    schema = schemathesis.openapi.from_dict(
        copy.deepcopy(api.document), config=_config(box.url + api.base_path, stateful=stateful)
    )
    login = LOGINS.get(slug)

    session: list[str] = []  # the session token shared by the calls of a session API

    class Credentials:
        """The credentials a real client holds: for OAuth APIs any bearer (the sandbox accepts foreign
        ones); for session APIs the token of a login, and a fresh one for each call of the logout
        operation, which ends the session it is sent with; and for a positive authorization-code request,
        a code the consent page really issued (a person approves it in a browser; generated codes are
        all unknown to the sandbox, so no token answer, and none of the links from it, would be reached)."""

        def get(self, case: schemathesis.Case, ctx: schemathesis.AuthContext) -> str:
            if login is None:
                return OAUTH_BEARER
            ends_session = case.operation.definition.raw.get("operationId") == LOGOUTS.get(slug)
            if ends_session or not session:
                with box.client() as client:
                    token = box.login(client)
                if ends_session:
                    return token
                session.append(token)
            return session[0]

        def set(self, case: schemathesis.Case, data: str, ctx: schemathesis.AuthContext) -> None:
            case.headers = {**(case.headers or {}), "Authorization": data}
            scope = CONSENTED_SCOPES.get(str(case.operation.definition.raw.get("operationId")))
            body = case.body
            positive = case.meta is None or case.meta.generation.mode.is_positive
            if scope is None or not positive or not isinstance(body, dict):
                return
            if body.get("grant_type") != "authorization_code" or not isinstance(body.get("client_id"), str):
                return
            with box.client() as client:
                code, verifier = _consented_code(client, body["client_id"], scope)
            case.body = {**body, "code": code, "redirect_uri": REDIRECT_URI, "code_verifier": verifier}

    schema.auth(refresh_interval=None)(Credentials)

    def filter_failure(
        context: schemathesis.HookContext, failure: Failure, case: schemathesis.Case, response: schemathesis.Response
    ) -> bool:
        """Keep every failure except an "invalid request accepted" whose request, as sent, is valid.

        In multipart/form-data a value of any type given to a file-array property goes out as one file part,
        and a file part carries bytes, which any binary string accepts: on the wire it is a valid one-element
        array. schemathesis judges typed parts by the value it generated (say `{}`), so it reports the
        sandbox's correct acceptance as a failure. The sent body is read back here the way OpenAPI 3.1
        describes multipart and checked against the document with `jsonschema`; only when it is valid is the
        failure dropped.
        """
        if not isinstance(failure, AcceptedNegativeData) or not str(case.media_type).startswith("multipart/"):
            return True
        sent = response.request
        return not _multipart_valid_as_sent(
            api.document, case, sent.headers.get("Content-Type", ""), _as_bytes(sent.body)
        )

    schema.hook("filter_failure")(filter_failure)
    return schema


def _as_bytes(body: object) -> bytes:
    if isinstance(body, bytes):
        return body
    return body.encode("utf-8") if isinstance(body, str) else b""


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _locate(document: dict[str, Any], *keys: str) -> tuple[str, Any]:
    """The JSON pointer and node reached by following keys from the root, through local `$ref`s."""
    pointer, node = "", document
    for key in keys:
        pointer, node = f"{pointer}/{_escape(key)}", node[key]
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            pointer, node = node["$ref"][1:], document
            for part in pointer[1:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
    return pointer, node


def _multipart_valid_as_sent(document: dict[str, Any], case: schemathesis.Case, content_type: str, raw: bytes) -> bool:
    """Is the multipart body, as the server reads it, valid against the operation's schema? Parts with a
    JSON media type are JSON, other typed parts are files (bytes: any binary string), untyped parts are
    text; the parts of array properties are lists."""
    keys = ("paths", case.path, case.method.lower(), "requestBody", "content", "multipart/form-data", "schema")
    pointer, schema = _locate(document, *keys)
    message = BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode("latin-1") + raw
    )
    if not message.is_multipart() or not isinstance(schema, dict):
        return False
    instance: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            return False
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        value: Any = BINARY
        if part.get("Content-Type") is None:
            value = data.decode("utf-8", "replace")
        elif "json" in part.get_content_type():
            try:
                value = json.loads(data)
            except ValueError:
                return False
        declared = (schema.get("properties") or {}).get(name)
        kinds = _locate(document, *keys, "properties", name)[1].get("type") if declared is not None else None
        if kinds == "array" or (isinstance(kinds, list) and "array" in kinds):
            instance.setdefault(name, []).append(value)
        else:
            instance.setdefault(name, value)
    resource = referencing.Resource.from_contents(document, default_specification=referencing.jsonschema.DRAFT202012)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(BUNDLE_URI, resource)
    validator = jsonschema.Draft202012Validator({"$ref": f"{BUNDLE_URI}#{pointer}"}, registry=registry)
    return bool(validator.is_valid(instance))


def _run(schema: OpenApiSchema) -> Outcome:
    outcome = Outcome()
    started = time.monotonic()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            outcome.cases += len(event.recorder.cases)
            for node in event.recorder.cases.values():
                if node.transition is not None and node.is_transition_applied:
                    outcome.links[node.transition.id] += 1
            for case_id, checks in event.recorder.checks.items():
                for check in checks:
                    if check.failure_info is None:
                        continue
                    case = event.recorder.cases[case_id].value
                    failure = check.failure_info.failure
                    message = " | ".join(str(failure.message).splitlines())[:400]
                    request = f"{case.method} {case.formatted_path} query={case.query} body={str(case.body)[:200]}"
                    title = f"{event.recorder.label}: {check.name}: {failure.title}"
                    outcome.problems.append(f"{title}: {message} ({request})")
        elif isinstance(event, events.NonFatalError):
            outcome.problems.append(f"{event.label}: error: {str(event.value)[:400]}")
        elif isinstance(event, events.FatalError):
            outcome.problems.append(f"fatal: {event.exception!r}")
    outcome.seconds = time.monotonic() - started
    return outcome


def _report(slug: str, mode: str, outcome: Outcome) -> str:
    return f"{slug} ({mode}): {outcome.cases} cases in {outcome.seconds:.1f}s, {len(outcome.problems)} failure(s)"


SLUGS = sorted(api.slug for api in project_apis())
# Detached signatures (multipart parts of #11) are opaque bytes: schemathesis has no serializer of its own for them.
schemathesis.serializer.alias("application/pkcs7-signature", "application/octet-stream")
# Hypothesis warns when it builds the repr of a large generated body (a binary part); that is not a failure.
LARGE_REPR = pytest.mark.filterwarnings("ignore:Generating overly large repr")


@LARGE_REPR
@pytest.mark.parametrize("slug", SLUGS)
def test_every_operation_conforms(box: Sandbox, slug: str) -> None:
    outcome = _run(_schema(box, slug, stateful=False))
    print(_report(slug, "examples+coverage+fuzzing", outcome))
    operations = sum(1 for item in _api(slug).document["paths"].values() for key in item if key in HTTP_METHODS)
    assert outcome.cases >= operations * MAX_EXAMPLES, "fewer cases than the bound promises: did a phase not run?"
    assert outcome.problems == [], "\n".join(outcome.problems)


@LARGE_REPR
@pytest.mark.parametrize("slug", STATEFUL)
def test_linked_flows_conform(box: Sandbox, slug: str) -> None:
    schema = _schema(box, slug, stateful=True)
    links = [
        (op_id, name)
        for item in schema.raw_schema["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for op_id in [op.get("operationId")]
        for response in (op.get("responses") or {}).values()
        for name in (response.get("links") or {})
    ]
    assert links, f"{slug} declares no OpenAPI links to follow"
    outcome = _run(schema)
    print(_report(slug, "stateful", outcome), dict(outcome.links))
    assert outcome.links, "no call was made by following a link"
    assert outcome.problems == [], "\n".join(outcome.problems)


def test_the_run_reports_an_answer_the_document_does_not_declare(box: Sandbox) -> None:
    """Control: with `200` taken out of the document schemathesis reads, the sandbox's 200 is a failure."""
    schema = _schema(box, "self-info", stateful=False)
    del schema.raw_schema["paths"]["/online-resource-web/request"]["post"]["responses"]["200"]
    outcome = _run(schema.include(operation_id="selfInfoRequest"))
    assert any("status_code_conformance" in problem for problem in outcome.problems), outcome.problems


def test_multipart_recheck_keeps_real_violations(box: Sandbox) -> None:
    """The multipart re-check drops a failure only for a body valid as sent: a file part in place of an
    object is valid (any bytes), a JSON part missing required members is not."""
    document = _api("e-application").document
    op = _schema(box, "e-application", stateful=False)["/applications"]["POST"]
    example = document["paths"]["/applications"]["post"]["requestBody"]["content"]["multipart/form-data"]["example"]
    boundary = "contract-test-boundary"

    def body(application: object) -> bytes:
        parts = [
            ("application", "application/json", json.dumps(application).encode()),
            ("attachments", "application/pdf", b"{}"),
        ]
        chunks = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\nContent-Type: {media}\r\n\r\n'.encode()
            + data
            + b"\r\n"
            for name, media, data in parts
        ]
        return b"".join(chunks) + f"--{boundary}--\r\n".encode()

    case = op.Case(media_type="multipart/form-data")
    content_type = f"multipart/form-data; boundary={boundary}"
    assert _multipart_valid_as_sent(document, case, content_type, body(example["application"]))
    assert not _multipart_valid_as_sent(document, case, content_type, body({"psid": example["application"]["psid"]}))
