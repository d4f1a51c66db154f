"""Small HTTP servers on 127.0.0.1 for the runtime tests: a scripted one (answers from a queue, records what
it got and when) and a token server that rotates single-use refresh tokens and counts every refresh."""

from __future__ import annotations

import json
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    at: float  # time.monotonic() on arrival


Reply = tuple[int, dict[str, str], bytes] | None  # None: close the connection without answering


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


def _start(handler: type[BaseHTTPRequestHandler]) -> tuple[_Server, str]:
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    answer: Callable[[Seen], Reply]

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        parts = urlsplit(self.path)
        seen = Seen(
            self.command,
            parts.path,
            dict(parse_qsl(parts.query)),
            {k.lower(): v for k, v in self.headers.items()},
            self.rfile.read(length) if length else b"",
            time.monotonic(),
        )
        reply = type(self).answer(seen)
        if reply is None:  # the answer is lost: drop the connection
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        status, headers, body = reply
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

    def log_message(self, format: str, *args: Any) -> None:
        return


def json_reply(status: int, body: Any, headers: dict[str, str] | None = None) -> Reply:
    return status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(body).encode()


@dataclass
class Scripted:
    """Answers each request with the next queued reply (the last one repeats); records every request."""

    url: str = ""
    replies: list[Reply] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    route: Callable[[Seen], Reply] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            if self.route is not None:
                return self.route(seen)
            return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]


@contextmanager
def scripted(*replies: Reply, route: Callable[[Seen], Reply] | None = None) -> Iterator[Scripted]:
    state = Scripted(replies=list(replies), route=route)
    handler = type("H", (_Handler,), {"answer": staticmethod(state.answer)})
    server, state.url = _start(handler)
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class TokenServer:
    """OAuth token endpoint (`/token`) with single-use rotating refresh tokens, and a protected `/resource`.

    A refresh token presented twice is reuse: every token of the grant is revoked (as マイナポータル does) and
    `reuses` counts it. `lose` makes the next refresh rotate and then drop the connection. `delay` widens the
    window in which concurrent callers could race.
    """

    url: str = ""
    access_seconds: float = 600.0
    delay: float = 0.0
    lose: bool = False
    fail: int = 0  # answer refreshes with this status (after counting them)
    refreshes: int = 0
    reuses: int = 0
    issued_refresh: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    access: dict[str, float] = field(default_factory=dict)  # live access token -> expiry (time.time())
    revoked: bool = False
    on_resource: Callable[[str], None] | None = None  # called with the bearer token the resource accepted
    resource_calls: int = 0
    paths: list[str] = field(default_factory=list)  # every request's path, in order of handling
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def pair(self) -> dict[str, Any]:
        access, refresh = "at." + secrets.token_urlsafe(18), "rt." + secrets.token_urlsafe(24)
        self.access[access] = time.time() + self.access_seconds
        self.issued_refresh.append(refresh)
        return {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.access_seconds,
            "refresh_token": refresh,
            "refresh_token_expires_in": 90 * 86400,
            "consent_id": "CN0000000000000001",
        }

    def answer(self, seen: Seen) -> Reply:
        with self._lock:
            self.paths.append(seen.path)
        if seen.path == "/token":
            return self._token(dict(parse_qsl(seen.body.decode())))
        if seen.path == "/resource":
            return self._resource(seen.headers.get("authorization", ""))
        return json_reply(404, {"error": "not_found"})

    def _token(self, form: dict[str, str]) -> Reply:
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            if form.get("grant_type") != "refresh_token":
                return json_reply(400, {"error": "unsupported_grant_type"})
            self.refreshes += 1
            if self.fail:
                return self.fail, {}, b""
            token = form.get("refresh_token", "")
            if token in self.used:
                self.reuses += 1
                self.revoked = True
                self.access.clear()
                return json_reply(400, {"error": "invalid_grant", "error_description": "refresh token reuse detected"})
            if self.revoked or token not in self.issued_refresh:
                return json_reply(400, {"error": "invalid_grant", "error_description": "refresh token is invalid"})
            self.used.add(token)
            body = self.pair()
            if self.lose:
                self.lose = False
                return None
        return json_reply(200, body, {"Cache-Control": "no-store"})

    def _resource(self, authorization: str) -> Reply:
        token = authorization.removeprefix("Bearer ")
        with self._lock:
            self.resource_calls += 1
            expiry = self.access.get(token)
        if expiry is None or expiry <= time.time():
            challenge = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
            return json_reply(401, {"title": "invalid token"}, challenge)
        if self.on_resource is not None:
            self.on_resource(token)
        return json_reply(200, {"ok": True})

    def expire_access(self) -> None:
        """Server-side expiry of every access token (the client still believes them valid)."""
        with self._lock:
            for token in self.access:
                self.access[token] = 0.0


@contextmanager
def token_server(**options: Any) -> Iterator[TokenServer]:
    state = TokenServer(**options)
    handler = type("T", (_Handler,), {"answer": staticmethod(state.answer)})
    server, state.url = _start(handler)
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
