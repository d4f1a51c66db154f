"""Matching the operations of two documents (method + path, path parameter names ignored)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from generator.diff.side import Side
from generator.documents.loader import Pointer
from generator.documents.walk import operations

_PARAM = re.compile(r"\{[^}/]*\}")


def normalise_path(path: str) -> str:
    """`/a/{id}` and `/a/{key}` are the same path: only the positions of parameters matter."""
    return _PARAM.sub("{}", path)


@dataclass(frozen=True)
class Operation:
    side: Side
    section: str  # "paths" or "webhooks"
    path: str  # as written on its side
    method: str
    pointer: Pointer
    op: dict[str, Any]
    item: dict[str, Any]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.section, normalise_path(self.path), self.method)

    @property
    def label(self) -> str:
        if self.section == "webhooks":
            return f"{self.method.upper()} webhook:{self.path}"
        return f"{self.method.upper()} {self.path}"

    @property
    def is_webhook(self) -> bool:
        return self.section == "webhooks"

    @property
    def deprecated(self) -> bool:
        return self.op.get("deprecated") is True

    @property
    def sunset(self) -> date | None:
        """`x-sunset` (ISO date) of the operation, else of its path item."""
        for holder in (self.op, self.item):
            if "x-sunset" in holder:
                return parse_sunset(holder["x-sunset"])
        return None

    def sunset_pointer(self) -> Pointer:
        if "x-sunset" in self.op:
            return (*self.pointer, "x-sunset")
        return (*self.pointer[:-1], "x-sunset") if "x-sunset" in self.item else self.pointer


def parse_sunset(value: object) -> date | None:
    """An `x-sunset` value (an ISO date, or a YAML date) as a date; None when it is not one."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def sunset_text(node: object) -> str:
    """The `x-sunset` of a parameter or schema object for a message, "-" when it has none."""
    found = parse_sunset(node.get("x-sunset")) if isinstance(node, dict) else None
    return found.isoformat() if found else "-"


def collect(side: Side) -> dict[tuple[str, str, str], Operation]:
    return {
        o.key: o
        for o in (
            Operation(side, pointer[0], path, method, pointer, op, item)
            for pointer, method, path, op, item in operations(side.data)
        )
    }
