"""When a request may be sent again, and how long to wait first."""

from __future__ import annotations

import random
import time

import httpx

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
# A server asking for a longer pause than this gets no retry: the caller sees the error (with retry_after) at once.
MAX_RETRY_AFTER = 60.0
# Repeating these cannot change the result (RFC 9110 §9.2.2); anything else only when the document says so.
SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def retryable_status(status: int) -> bool:
    return status in (408, 429) or 500 <= status <= 599


def server_delay(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait: `retry-after-ms`, else `Retry-After` (delta-seconds or HTTP-date)."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000
        except ValueError:
            value = -1.0
        if 0 <= value < float("inf"):
            return value
    text = headers.get("retry-after")
    if text is None:
        return None
    try:
        seconds = float(text)
    except ValueError:
        from email.utils import parsedate_to_datetime  # noqa: PLC0415 (rare; the email package is slow to import)

        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive result means the zone was missing
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
        return max(seconds, 0.0)
    return seconds if 0 <= seconds < float("inf") else None


def backoff(retry: int) -> float:
    """Exponential backoff with jitter for retry 0, 1, 2 ...: half fixed, half random, so waiting clients spread."""
    delay = min(INITIAL_DELAY * 2.0**retry, MAX_DELAY)
    return delay / 2 + random.uniform(0, delay / 2)


def delay_after(response: httpx.Response, retry: int) -> float | None:
    """How long to wait before repeating after this response; None: do not repeat."""
    asked = server_delay(response.headers)
    if asked is None:
        return backoff(retry)
    return asked if asked <= MAX_RETRY_AFTER else None
