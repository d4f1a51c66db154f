"""Completion webhooks of the documents' accepted-then-processed operations.

An application submitted to 法人設立 or 社会保険・税, an 在留 application, a 民間送達 delivery and an 属性連携
request are accepted at once (201/202) and finish later; each document declares a webhook for that. When a URL
takes the event, the sandbox sends it `Settings.complete_seconds` after the acceptance: the webhook's example,
with the identifiers of the accepted answer, fresh event ids, the time of sending and the completed state.
A notice that would not validate against the webhook's schema is not sent (and logged)."""

from __future__ import annotations

import copy
import json
import logging
import random
import uuid
from dataclasses import dataclass, field
from typing import Any

from generator.sandbox.clock import iso
from generator.sandbox.context import Services
from generator.sandbox.examples import NOT_FOUND, pick_example
from generator.sandbox.operations import Operation
from generator.sandbox.regex_sample import regex_sample
from generator.sandbox.responder import Reply

log = logging.getLogger("mpgen.sandbox")
NOW = object()  # a field set to the time of sending


@dataclass(frozen=True)
class Completion:
    event: str  # the document's webhook
    copied: tuple[str, ...]  # fields taken from the accepted answer when it has them
    state: dict[str, Any] = field(default_factory=dict)  # the completed state (NOW: the time of sending)
    fresh: tuple[str, ...] = ()  # identifiers made new for every notice
    times: tuple[str, ...] = ("occurredAt",)


COMPLETIONS: dict[str, Completion] = {
    "corpRegSubmitApplication": Completion(
        "corpRegApplicationStatusChanged", ("receiptNumber",), {"eventType": "registrationCompleted"}, ("eventId",)
    ),
    "socialTaxSubmitFiling": Completion(
        "socialTaxFilingStatusChanged",
        ("receiptNumber", "procedureKind"),
        {"eventType": "statusChanged", "status": "completed", "correctionId": None, "documentId": None},
        ("eventId",),
    ),
    "residenceSubmitApplication": Completion(
        "residenceReviewStatusChanged", ("receiptNumber",), {"eventType": "decided", "status": "decided"}, ("eventId",)
    ),
    "privateDeliveryConnectCreateDelivery": Completion(
        "privateDeliveryConnectDeliveryStatusChanged",
        ("deliveryId", "operatorDeliveryId", "linkId", "documentType", "subject", "acceptedAt"),
        {"status": "delivered", "deliveredAt": NOW, "readAt": None, "failure": None},
        times=(),
    ),
    "attributeLinkageCreate": Completion(
        "attributeLinkageStatusChanged",
        ("linkageId", "targetServiceId"),
        {"eventType": "linked", "status": "linked"},
        ("notificationId",),
    ),
}


def webhook_body(op: Operation, event: str) -> tuple[Any, Any]:
    """The schema and the example of a webhook's JSON body in the operation's document (None when absent)."""
    hook = ((op.api.document.get("webhooks") or {}).get(event) or {}).get("post") or {}
    body = op.schemas.resolve(hook.get("requestBody")) or {}
    media = (body.get("content") or {}).get("application/json") or {}
    example = pick_example(op.schemas, media, None)
    return media.get("schema"), (None if example is NOT_FOUND else example)


def after_accept(services: Services, op: Operation, reply: Reply) -> None:
    """Schedule the completion webhook of an accepted request, when a URL takes it."""
    completion = COMPLETIONS.get(op.operation_id)
    if completion is None or not 200 <= reply.status < 300 or not services.webhooks.wanted(completion.event):
        return
    try:
        answer = json.loads(reply.body)
    except ValueError:
        return
    if isinstance(answer, dict):
        services.webhooks.later(services.settings.complete_seconds, lambda: _send(services, op, completion, answer))


def _send(services: Services, op: Operation, completion: Completion, answer: dict[str, Any]) -> None:
    schema, example = webhook_body(op, completion.event)
    if schema is None or not isinstance(example, dict):
        return
    now = iso(services.clock.now())
    notice = copy.deepcopy(example)
    for name in completion.copied:
        if name in answer:
            notice[name] = answer[name]
    for name, value in completion.state.items():
        notice[name] = now if value is NOW else value
    for name in completion.times:
        notice[name] = now
    properties = (op.schemas.resolve(schema) or {}).get("properties") or {}
    for name in completion.fresh:
        notice[name] = _fresh(op, properties.get(name), services.store.next_number("event"))
    problems = op.schemas.violations(schema, notice, "body")
    if problems:
        log.error("sandbox: %s notice not sent, it would not validate: %s", completion.event, problems[:3])
        return
    services.webhooks.emit(completion.event, notice)


def _fresh(op: Operation, raw: Any, number: int) -> str:
    schema = op.schemas.resolve(raw) or {}
    if schema.get("format") == "uuid":
        return str(uuid.uuid4())
    pattern = schema.get("pattern")
    made = regex_sample(pattern, random.Random(number)) if isinstance(pattern, str) else None
    return made if made is not None else uuid.uuid4().hex
