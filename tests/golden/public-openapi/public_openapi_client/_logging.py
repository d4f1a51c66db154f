"""The package's logger: one DEBUG line per exchange, never a token, a query string or a body.

`MYNAPORTAL_LOG=debug` (or `info`) turns it on with a stderr handler; otherwise configure the logger named
after the package like any other.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger(__package__ or "mynaportal_client")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def _from_environment() -> None:
    level = _LEVELS.get(os.environ.get("MYNAPORTAL_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


_from_environment()


def log_exchange(method: str, url_template: str, status: int | str, elapsed: float, request_id: str | None) -> None:
    """url_template: the server URL and the documented path, with `{name}` placeholders (no values, no query)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms (request id %s)", method, url_template, status, elapsed * 1000, request_id or "-"
        )


def log_retry(method: str, url_template: str, reason: str, delay: float, retry: int, retries: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s: %s; retry %d of %d in %.2f s", method, url_template, reason, retry, retries, delay)
