"""Examples of a media type object: the single `example` and every entry of the named `examples` map."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from generator.apimodel.model import Example, Operation
from generator.documents.walk import resolve

JsonDict = dict[str, Any]


def media_examples(media: JsonDict, document: JsonDict) -> tuple[Example, ...]:
    """Every example of a media type object, in document order (`example` first, then the named ones).

    A named example that is a `$ref` is resolved; one that cannot be resolved, or has neither `value` nor
    `externalValue`, is left out rather than shown as null.
    """
    out: list[Example] = []
    if "example" in media:
        out.append(Example("", "", "", media["example"]))
    named = media.get("examples")
    for name, raw in named.items() if isinstance(named, dict) else ():
        entry = resolve(document, raw)
        if not isinstance(entry, dict):
            continue
        # A $ref may carry its own summary and description (OpenAPI 3.1): they override the target's.
        summary = raw.get("summary", entry.get("summary")) if isinstance(raw, dict) else None
        description = raw.get("description", entry.get("description")) if isinstance(raw, dict) else None
        external = entry.get("externalValue")
        if "value" not in entry and not isinstance(external, str):
            continue
        out.append(
            Example(
                name=str(name),
                summary=summary if isinstance(summary, str) else "",
                description=description if isinstance(description, str) else "",
                value=entry.get("value"),
                external=external if isinstance(external, str) and "value" not in entry else "",
            )
        )
    return tuple(out)


def repeated_error_examples(operations: Iterable[Operation]) -> dict[str, dict[str, Operation]]:
    """operationId → status → the earlier operation whose error response of that status has the very same examples.

    Shared error responses (400, 401, 429 …) carry the same examples on every operation: a page shows them once and
    points there from the others. One pass, keyed by the examples' JSON text.
    """
    first: dict[tuple[str, str], Operation] = {}
    repeats: dict[str, dict[str, Operation]] = {}
    for op in operations:
        for response in op.errors:
            if not response.examples:
                continue
            key = (response.status, _fingerprint(response.examples))
            if key in first:
                repeats.setdefault(op.operation_id, {})[response.status] = first[key]
            else:
                first[key] = op
    return repeats


def _fingerprint(examples: tuple[Example, ...]) -> str:
    rows = [[e.name, e.summary, e.description, e.value, e.external] for e in examples]
    return json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str)
