"""CORS for the portal's try-it panel: only the listed origins may call the sandbox from a browser.

A request whose `Origin` is on the list gets `Access-Control-Allow-Origin` with that origin (never `*`) and
every header of the answer exposed to the script (X-Request-Id, Retry-After, Location …). Preflights from a
listed origin are answered here with 204; anything else, including preflights from other origins, goes to the
sandbox unchanged and its answer carries no CORS header, so the browser keeps the body from the calling page.
Credentials (cookies) are never allowed across origins.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

# The portal as `mkdocs serve` / `make portal` serves it.
DEFAULT_ORIGINS: tuple[str, ...] = ("http://127.0.0.1:8000", "http://localhost:8000")
ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS"
# Asked for by a preflight without Access-Control-Request-Headers this list still lets the panel send its headers.
DEFAULT_ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Prefer, X-Request-Id"
# Headers a script may always read (the CORS-safelisted response headers); the others are listed for it.
_SAFELISTED = frozenset(
    {"cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"}
)
# Added by uvicorn after the app has answered, so not seen below; listed for the panel all the same.
_SERVER_HEADERS = frozenset({"date", "server"})
MAX_AGE = "600"

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


class OriginError(ValueError):
    """An --cors-origin value that is not an origin (scheme://host[:port], no path, query or fragment)."""


def normalize_origin(value: str) -> str:
    """`http://LocalHost:8000/` → `http://localhost:8000`, as a browser writes it in the Origin header."""
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise OriginError(f"{value!r} is not an origin like http://127.0.0.1:8000")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise OriginError(f"{value!r} is not an origin: no path, query, fragment or user part")
    try:
        port = parts.port
    except ValueError as exc:
        raise OriginError(f"{value!r} has an invalid port") from exc
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default_port = {"http": 80, "https": 443}[scheme]
    return f"{scheme}://{host}" if port in (None, default_port) else f"{scheme}://{host}:{port}"


class Cors:
    """ASGI wrapper: CORS headers for the allowed origins only."""

    def __init__(self, app: App, origins: Iterable[str]) -> None:
        self.app = app
        self.origins = frozenset(normalize_origin(o) for o in origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        origin = headers.get("origin")
        if origin is None or origin not in self.origins:
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            await _preflight(send, origin, headers)
            return

        async def with_cors(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                raw = [(k, v) for k, v in message.get("headers", []) if not k.lower().startswith(b"access-control-")]
                names = {k.decode("latin-1").lower() for k, _ in raw} | _SERVER_HEADERS
                exposed = sorted(names - _SAFELISTED - {"set-cookie", "vary"})
                raw.append((b"access-control-allow-origin", origin.encode("latin-1")))
                if exposed:
                    raw.append((b"access-control-expose-headers", ", ".join(exposed).encode("latin-1")))
                raw.append((b"vary", b"Origin"))
                message = {**message, "headers": raw}
            await send(message)

        await self.app(scope, receive, with_cors)


async def _preflight(send: Send, origin: str, headers: dict[str, str]) -> None:
    requested = headers.get("access-control-request-headers", "").strip()
    raw = [
        (b"access-control-allow-origin", origin.encode("latin-1")),
        (b"access-control-allow-methods", ALLOWED_METHODS.encode("latin-1")),
        (b"access-control-allow-headers", (requested or DEFAULT_ALLOWED_HEADERS).encode("latin-1")),
        (b"access-control-max-age", MAX_AGE.encode("latin-1")),
        (b"vary", b"Origin, Access-Control-Request-Method, Access-Control-Request-Headers"),
        (b"content-length", b"0"),
    ]
    if headers.get("access-control-request-private-network") == "true":
        # Chromium's Private Network Access: a portal served from elsewhere may still reach this loopback server.
        raw.append((b"access-control-allow-private-network", b"true"))
    await send({"type": "http.response.start", "status": 204, "headers": raw})
    await send({"type": "http.response.body", "body": b""})


__all__ = ["DEFAULT_ORIGINS", "Cors", "OriginError", "normalize_origin"]
