"""A client-side request rate: one token bucket shared by every thread and task that uses one client."""

from __future__ import annotations

import threading
import time

__all__ = ["RateLimiter"]


class RateLimiter:
    """At most `rate` requests per second, in bursts of at most `burst`.

    Each caller reserves the next free slot under a lock and then sleeps outside it (GCRA, the scheduling form
    of a token bucket), so threads and asyncio tasks share one budget without holding a lock while they wait.
    burst=1 spaces requests evenly: a server counting per calendar second then never sees more than `rate`.
    """

    def __init__(self, rate: float, burst: int = 1) -> None:
        if not rate > 0 or burst < 1:
            raise ValueError("rate must be > 0 requests per second and burst >= 1")
        self.rate = float(rate)
        self.burst = burst
        self._interval = 1.0 / self.rate
        self._slack = (burst - 1) * self._interval
        self._next = 0.0  # when the bucket is next empty (monotonic seconds)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate:g}, burst={self.burst})"

    def _reserve(self) -> float:
        with self._lock:
            now = time.monotonic()
            due = max(self._next, now)
            self._next = due + self._interval
            return max(0.0, due - self._slack - now)

    def acquire(self) -> None:
        wait = self._reserve()
        if wait > 0:
            time.sleep(wait)

    async def aacquire(self) -> None:
        wait = self._reserve()
        if wait > 0:
            import asyncio  # noqa: PLC0415 (not imported with the package: sync users never pay for it)

            await asyncio.sleep(wait)
