"""Session tokens of the login APIs (電子申請等情報受取等 #12): login issues one, logout revokes it.

Unlike the OAuth schemes, whose tokens come from a consent page a person answers in a browser, a session
token is one API call away, so the operations behind a session scheme take only tokens the sandbox issued:
an unknown, expired or logged-out token is a 401, as the document says."""

from __future__ import annotations

from generator.sandbox.clock import iso
from generator.sandbox.context import Call, Handler, Services
from generator.sandbox.examples import pick_example
from generator.sandbox.problems import Failure
from generator.sandbox.responder import Reply, json_reply

SESSION_SECONDS = 1800  # the document's illustrative lifetime (30 minutes)
# login operation -> the security scheme its tokens satisfy
SESSION_LOGINS = {"eAppReceiptLogin": "MunicipalSessionToken"}


def login(services: Services, call: Call) -> Reply | Failure:
    body = call.body
    code, login_id = str(body["municipalityCode"]), str(body["loginId"])
    token = services.tokens.issue("session", f"{code}/{login_id}", "", None, SESSION_SECONDS)
    answer: dict[str, object] = {
        "accessToken": token.token,
        "tokenType": "Bearer",
        "expiresIn": SESSION_SECONDS,
        "expiresAt": iso(token.expires_at),
        "municipalityCode": code,
    }
    example = pick_example(call.op.schemas, call.op.responses["200"]["content"]["application/json"], None)
    if isinstance(example, dict) and example.get("municipalityCode") == code and "municipalityName" in example:
        answer["municipalityName"] = example["municipalityName"]
    return json_reply(200, answer)


def logout(services: Services, call: Call) -> Reply | Failure:
    if call.principal.bearer is not None:
        services.tokens.revoke_token(call.principal.bearer)
    return Reply(204, None, b"", {})


HANDLERS: dict[str, Handler] = {"eAppReceiptLogin": login, "eAppReceiptLogout": logout}
