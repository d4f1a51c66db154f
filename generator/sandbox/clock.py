"""The sandbox's clock: real time plus an offset that tests move (`POST /_sandbox/clock`), kept in the store."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from generator.sandbox.state import Store

JST = timezone(timedelta(hours=9))  # the documents write times in Japan time (+09:00)


class Clock:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.offset = float(store.meta("clock_offset") or 0.0)

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self._set_offset(self.offset + seconds)

    def set(self, epoch: float) -> None:
        self._set_offset(epoch - time.time())

    def reset(self) -> None:
        self._set_offset(0.0)

    def _set_offset(self, offset: float) -> None:
        self.offset = offset
        self.store.set_meta("clock_offset", repr(offset))


def iso(epoch: float) -> str:
    """RFC 3339 in Japan time, whole seconds: 2026-11-26T10:30:15+09:00."""
    return datetime.fromtimestamp(int(epoch), JST).isoformat()


def ymd(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, JST).strftime("%Y%m%d")
