"""The documents' example resources exist in a fresh sandbox, so the portal's samples work as written.

The samples of the API pages use the documents' examples: the processId of 医療保険情報取得 and of
自己情報取得's result request, the consentId of 期間連携. A new state (memory, or a `--db` file used for
the first time) gets one completed job and one active consent under those ids, visible to every caller.
Authorization codes are not seeded: they come from the consent page and live a minute."""

from __future__ import annotations

import json
from typing import Any

from generator.sandbox.async_jobs import EXAMPLE_OWNER, MEDICAL_DATASETS
from generator.sandbox.context import Services
from generator.sandbox.examples import NOT_FOUND, pick_example
from generator.sandbox.operations import Operation
from generator.sandbox.tokens import CONSENT_SECONDS

_SEEDED = "examples-seeded"


def seed_examples(services: Services) -> None:
    """Create the example job(s) and consent once per state."""
    store = services.store
    if store.meta(_SEEDED) is not None:
        return
    ops = services.operations
    medical = ops.get("medicalInsuranceGetRequestStatus")
    request = _body_example(ops.get("medicalInsuranceCreateRequest"))
    process_id = _path_example(medical, "processId") if medical is not None else None
    if isinstance(process_id, str) and isinstance(request, dict):
        every = {**request, "datasets": list(MEDICAL_DATASETS)}  # each dataset's records can be fetched
        _job(services, process_id, "medical-insurance", every)
    result = _body_example(ops.get("selfInfoGetResult"))
    request = _body_example(ops.get("selfInfoRequest"))
    if isinstance(result, dict) and isinstance(request, dict):
        process_id = (result.get("commonHeader") or {}).get("processId")
        if isinstance(process_id, str) and process_id:
            _job(services, process_id, "self-info", request)
    consent = ops.get("periodicLinkageGetConsent")
    if consent is not None and isinstance(consent_id := _path_example(consent, "consentId"), str):
        _consent(services, consent, consent_id)
    store.set_meta(_SEEDED, "1")


def _job(services: Services, process_id: str, api: str, request: dict[str, Any]) -> None:
    now = services.clock.now()
    telegram = (request.get("commonHeader") or {}).get("telegramId")
    services.store.run(
        "INSERT OR IGNORE INTO jobs (process_id, api, owner, telegram_id, request, created_at, wait_polls, outcome,"
        " completed_at) VALUES (?, ?, ?, ?, ?, ?, 0, 'REGISTER', ?)",
        process_id,
        api,
        EXAMPLE_OWNER,
        telegram,
        json.dumps(request, ensure_ascii=False),
        now,
        now,
    )


def _consent(services: Services, op: Operation, consent_id: str) -> None:
    now = services.clock.now()
    scopes = sorted({s for scheme in op.schemes.values() for s in _scopes(scheme)})
    client_id = "SP12345678_AB1234"
    services.store.run(
        "INSERT OR IGNORE INTO consents (consent_id, client_id, scope, consented_at, expires_at, last_refreshed_at,"
        " expiry_notified) VALUES (?, ?, ?, ?, ?, NULL, 1)",  # no expiry webhook for an example
        consent_id,
        client_id,
        " ".join(s for s in scopes if s.startswith(("medical:", "periodic:"))),
        now,
        now + CONSENT_SECONDS,
    )


def _scopes(scheme: dict[str, Any]) -> list[str]:
    flows = scheme.get("flows") if isinstance(scheme, dict) else None
    out: list[str] = []
    for flow in (flows or {}).values():
        if isinstance(flow, dict) and isinstance(flow.get("scopes"), dict):
            out += [str(k) for k in flow["scopes"]]
    return out


def _path_example(op: Operation, name: str) -> Any:
    item = op.api.document.get("paths", {}).get(op.path) or {}
    for raw in [*(op.node.get("parameters") or []), *(item.get("parameters") or [])]:
        param = op.schemas.resolve(raw)
        if isinstance(param, dict) and param.get("name") == name and param.get("in") == "path":
            value = param.get("example", NOT_FOUND)
            if value is NOT_FOUND:
                value = pick_example(op.schemas, param, None)
            return None if value is NOT_FOUND else value
    return None


def _body_example(op: Operation | None) -> Any:
    if op is None or op.body is None or "application/json" not in op.body.content:
        return None
    value = pick_example(op.schemas, op.body.content["application/json"], None)
    return None if value is NOT_FOUND else value
