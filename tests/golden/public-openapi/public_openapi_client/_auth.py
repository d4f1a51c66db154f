"""Authentication hooks: bearer tokens from a provider callable, and mutual TLS client certificates."""

from __future__ import annotations

import inspect
import re
import ssl
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import httpx

from ._errors import CredentialsError

__all__ = ["BearerTokenAuth", "mtls_context"]

TokenProvider = Callable[[], str] | Callable[[], Awaitable[str]]
_TOKEN = re.compile(r"[\x21-\x7e]+")  # visible ASCII: what an Authorization header value can carry


def _bearer(token: object) -> str:
    """The header value, or CredentialsError (which never shows the token) instead of an illegal header."""
    if not isinstance(token, str) or not token:
        raise CredentialsError("the token provider returned no token: nothing was sent")
    if not _TOKEN.fullmatch(token):
        raise CredentialsError(
            "the token provider returned a token with spaces or control characters: nothing was sent"
        )
    return f"Bearer {token}"


class BearerTokenAuth(httpx.Auth):
    """Adds `Authorization: Bearer …`, asking the provider for a token on every request that needs one (not
    for operations with `security: []` or the client certificate alone, such as the token endpoints).

    The provider owns refreshing (期間連携 refresh tokens are single use: rotate and store them
    encrypted in your provider). The token never appears in repr() or logs.
    """

    def __init__(self, provider: TokenProvider) -> None:
        self._provider = provider

    def __repr__(self) -> str:
        return "BearerTokenAuth(provider=…)"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._provider()
        if inspect.isawaitable(token):
            if inspect.iscoroutine(token):
                token.close()  # never awaited: close it so Python does not warn about it
            raise TypeError("an async token provider needs the async client")
        request.headers["Authorization"] = _bearer(token)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._provider()
        if inspect.isawaitable(token):
            token = await token
        request.headers["Authorization"] = _bearer(token)
        yield request


def mtls_context(
    cert_file: str, key_file: str, ca_file: str | None = None, password: str | None = None
) -> ssl.SSLContext:
    """An SSL context presenting a client certificate (mutualTLS): pass it as `verify=`."""
    context = ssl.create_default_context(cafile=ca_file)
    context.load_cert_chain(cert_file, key_file, password=password)
    return context
