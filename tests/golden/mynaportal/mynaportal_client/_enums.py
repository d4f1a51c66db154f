"""Open enums: the enums of what the server sends accept values the document does not list yet.

A server may add an enum value without breaking clients. Such a value becomes a pseudo-member: an instance of
the enum with that value (and the value as its name), equal to the plain value, absent from iteration and
never cached (a server cannot grow the class). Enums the client only sends stay closed.
"""

from __future__ import annotations

from enum import Enum, IntEnum, StrEnum
from typing import Any

__all__ = ["OpenEnum", "OpenIntEnum", "OpenStrEnum"]


class OpenStrEnum(StrEnum):
    """A StrEnum that accepts unknown strings as pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class OpenIntEnum(IntEnum):
    """An IntEnum that accepts unknown integers as pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member


class OpenEnum(Enum):
    """An Enum of other JSON values (numbers, mixed types) that accepts unknown scalars as pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, (str, int, float, bool)) and value is not None:
            return None
        member = object.__new__(cls)
        member._name_ = str(value)
        member._value_ = value
        return member
