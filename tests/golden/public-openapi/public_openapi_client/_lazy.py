"""Lazy loading for the facade: API modules (and their models) are imported when first used, not at import."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from ._base import _Transport
from ._ratelimit import RateLimiter
from ._types import Unset

T = TypeVar("T", bound=_Transport)


def lazy_exports(
    package: str, where: Mapping[str, str], modules: Mapping[str, str] | None = None
) -> Callable[[str], Any]:
    """A module `__getattr__`: each name of `where` comes from its module, each name of `modules` is a module
    (both relative to package), imported on first access."""

    def __getattr__(name: str) -> Any:
        if modules and name in modules:
            value = importlib.import_module(modules[name], package)
        elif name in where:
            value = getattr(importlib.import_module(where[name], package), name)
        else:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        setattr(sys.modules[package], name, value)  # later lookups do not come back here
        return value

    return __getattr__


class ApiClients:
    """The facade's API clients, each made on first access with the facade's shared settings."""

    def __init__(
        self,
        *,
        server: int,
        base_urls: Mapping[str, str] | None,
        http_client: httpx.Client | httpx.AsyncClient,
        auth: httpx.Auth | None,
        headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | Unset,
        max_retries: int,
        rate_limit: float | RateLimiter | None,
    ) -> None:
        self._server = server
        self._base_urls = dict(base_urls or {})
        # One bucket for every API: the platform caps a business's requests, whichever API they go to.
        limiter = rate_limit if rate_limit is None or isinstance(rate_limit, RateLimiter) else RateLimiter(rate_limit)
        self._options: dict[str, Any] = {
            "http_client": http_client,
            "auth": auth,
            "headers": headers,
            "timeout": timeout,
            "max_retries": max_retries,
            "rate_limit": limiter,
        }
        self._made: dict[str, Any] = {}

    def get(self, slug: str, cls: Callable[..., T], server: Callable[[str | None, int], str]) -> T:
        made = self._made.get(slug)
        if made is None:
            made = self._made.setdefault(slug, cls(server(self._base_urls.get(slug), self._server), **self._options))
        result: T = made
        return result
