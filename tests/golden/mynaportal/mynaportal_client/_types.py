"""Small shared types: the UNSET sentinel (distinct from None, which may be a real value), verify= values."""

from __future__ import annotations

import enum
import ssl
from typing import Final, Literal


class _Unset(enum.Enum):
    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


Unset = Literal[_Unset.UNSET]
UNSET: Final = _Unset.UNSET

# What `verify=` accepts, as httpx does: an SSL context (mtls_context() for a client certificate), a CA bundle
# path, or whether to verify the server at all.
VerifyTypes = ssl.SSLContext | str | bool
