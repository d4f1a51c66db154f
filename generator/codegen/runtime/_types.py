"""Small shared types: the UNSET sentinel (distinct from None, which may be a real value)."""

from __future__ import annotations

import enum
from typing import Final, Literal


class _Unset(enum.Enum):
    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


Unset = Literal[_Unset.UNSET]
UNSET: Final = _Unset.UNSET
