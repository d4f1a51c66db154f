"""The TPS cap: a one-second window per key (a client id, or the address of a request that names no client);
over the cap answers 429 + Retry-After."""

from __future__ import annotations

import math
import time


class RateLimiter:
    def __init__(self, tps: int) -> None:
        self.tps = tps
        self._windows: dict[str, tuple[int, int]] = {}  # client id -> (window second, requests in it)

    def check(self, client_id: str | None) -> dict[str, str] | None:
        """None when the request may pass; else the 429 headers (Retry-After in whole seconds, at least 1)."""
        if client_id is None or self.tps <= 0:
            return None
        now = time.monotonic()
        second = int(now)
        window, count = self._windows.get(client_id, (second, 0))
        if window != second:
            window, count = second, 0
        if len(self._windows) > 10_000:  # many client ids: forget old windows rather than grow
            self._windows = {k: v for k, v in self._windows.items() if v[0] == second}
        if count >= self.tps:
            reset = max(1, math.ceil(window + 1 - now))
            return {
                "Retry-After": str(reset),
                "X-RateLimit-Limit": str(self.tps),
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": str(reset),
            }
        self._windows[client_id] = (window, count + 1)
        return None
