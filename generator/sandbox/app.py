"""The ASGI application: route, read, authenticate, validate, rate-limit, answer. Every refusal is a
problem body in the shape the operation declares; nothing a client sends ends in a 500."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import uuid
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qsl

from generator.documents.walk import resolve
from generator.sandbox import async_jobs, completions, fixtures, oauth, periodic, sessions
from generator.sandbox.admin import build_admin
from generator.sandbox.bodies import MAX_BODY_BYTES, BadInput, read_body
from generator.sandbox.clock import Clock
from generator.sandbox.context import Call, Handler, Services, Settings
from generator.sandbox.cors import Cors
from generator.sandbox.operations import Operation, read_operations
from generator.sandbox.params import RawParams, read_params
from generator.sandbox.problems import Failure, invalid_request, malformed, render
from generator.sandbox.ratelimit import RateLimiter
from generator.sandbox.responder import Reply, Responder, parse_prefer
from generator.sandbox.routing import Match, Router
from generator.sandbox.security import Principal, authenticate
from generator.sandbox.specs import Api
from generator.sandbox.state import Store
from generator.sandbox.tokens import Tokens
from generator.sandbox.webhooks import SIGNATURE_HEADER, Webhooks

log = logging.getLogger("mpgen.sandbox")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TEXT_TYPES = ("text/", "application/xml")

Scope = dict[str, Any]
Receive = Any
Send = Any


class _TooLarge(Exception):
    pass


class SandboxApp:
    def __init__(self, apis: list[Api], settings: Settings, store: Store) -> None:
        operations = [op for api in apis for op in read_operations(api)]
        self.router = Router(operations)
        self.responder = Responder(settings.seed)
        clock = Clock(store)
        events = {str(name) for api in apis for name in (api.document.get("webhooks") or {})}
        signed = {name for api in apis for name in _signed_webhooks(api)}
        self.services = Services(
            settings=settings,
            store=store,
            clock=clock,
            tokens=Tokens(store, clock),
            webhooks=Webhooks(store, clock, events, signed),
            operations={op.operation_id: op for op in operations},
        )
        fixtures.seed_examples(self.services)
        self.limiter = RateLimiter(settings.tps)
        self.handlers: dict[str, Handler] = {
            **oauth.HANDLERS,
            **async_jobs.HANDLERS,
            **periodic.HANDLERS,
            **sessions.HANDLERS,
        }
        # per API: the security schemes whose tokens only the sandbox's own login issues
        self.session_schemes: dict[str, frozenset[str]] = {}
        for op in operations:
            if op.operation_id in sessions.SESSION_LOGINS:
                scheme = sessions.SESSION_LOGINS[op.operation_id]
                self.session_schemes[op.slug] = self.session_schemes.get(op.slug, frozenset()) | {scheme}
        self.admin = build_admin(self.services, apis)
        self.apis = apis
        self._cors = Cors(self._handle, settings.cors_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._cors(scope, receive, send)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path in {"/", "/_sandbox"} or path.startswith("/_sandbox/"):
            await self.admin(scope, receive, send)
            return
        request_id = ""
        op: Operation | None = None
        try:
            headers = _headers(scope)
            given = headers.get("x-request-id", "")
            request_id = given if _UUID.fullmatch(given) else str(uuid.uuid4())
            found = self.router.resolve(scope["method"], path)
            if found is None:
                reply = self._failure(None, _unknown_path(path))
            elif isinstance(found, list):
                reply = self._failure(None, _wrong_method(scope["method"], path, found))
            else:
                op = found.operation
                reply = await self._answer(scope, receive, headers, found, request_id)
        except Exception:  # a bug of ours must not take the server down; the client still gets a body
            log.exception("sandbox: unexpected error for %s %s", scope.get("method"), path)
            reply = self._failure(
                op,
                Failure(
                    500,
                    "internal-error",
                    "システムエラーが発生しました",
                    "サンドボックス内部でエラーが発生しました。",
                    "E0500001",
                ),
            )
        await _send(send, reply, request_id)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.services.webhooks.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _failure(self, op: Operation | None, failure: Failure) -> Reply:
        media, body = render(op, failure)
        return Reply(failure.status, media, body, failure.headers)

    async def _answer(
        self, scope: Scope, receive: Receive, headers: dict[str, str], match: Match, request_id: str
    ) -> Reply:
        op = match.operation
        try:
            raw = await _read(scope, receive, headers)
        except _TooLarge:
            return self._failure(
                op, malformed(413, f"リクエストボディが上限（{MAX_BODY_BYTES} バイト）を超えています。")
            )
        query_pairs = parse_qsl(scope["query_string"].decode("utf-8", "replace"), keep_blank_values=True)
        cookies = _cookies(headers.get("cookie"))
        try:
            parsed, body_problems = await read_body(op, headers.get("content-type"), raw)
        except BadInput as exc:
            return self._failure(op, malformed(exc.status, exc.detail))
        body = parsed.value
        principal = authenticate(
            op,
            headers,
            dict(query_pairs),
            cookies,
            self.services.tokens,
            self.services.clock,
            self.session_schemes.get(op.slug, frozenset()),
        )
        if isinstance(principal, Failure):
            return self._failure(op, principal)
        params, problems = read_params(op, RawParams(match.path_params, query_pairs, headers, cookies))
        problems += body_problems
        if problems:
            return self._failure(op, invalid_request(problems))
        # the TPS cap answers 429, so it applies only where the document declares that answer; a request
        # that names no client (anonymous, or a token the sandbox did not issue) counts against its address
        if _declares(op, 429):
            client_id = principal.client_id or _client_id(body, query_pairs)
            key = f"client:{client_id}" if client_id else f"ip:{_client_ip(scope)}"
            limited = self.limiter.check(key)
            if limited is not None:
                return self._failure(op, _rate_limited(self.limiter.tps, limited, anonymous=client_id is None))
        prefer = parse_prefer(headers.get("prefer"))
        handler = self.handlers.get(op.operation_id) if prefer.empty else None
        if handler is not None:
            call = Call(op, params, body, principal, request_id, _base_url(scope, headers))
            outcome = handler(self.services, call)
        else:
            # the parsed body, not its bytes: a multipart boundary differs on every send of the same request
            canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
            key = f"{scope['path']}?{scope['query_string'].decode('latin-1')}#{hashlib.sha256(canonical).hexdigest()}"
            outcome = self.responder.reply(op, prefer, headers.get("accept"), key)
        if isinstance(outcome, Failure):
            return self._failure(op, outcome)
        completions.after_accept(self.services, op, outcome)
        return outcome


def _signed_webhooks(api: Api) -> list[str]:
    """The document's webhooks that declare the signature header."""
    out = []
    for name, item in (api.document.get("webhooks") or {}).items():
        for op in (item or {}).values() if isinstance(item, dict) else ():
            params = op.get("parameters") if isinstance(op, dict) else None
            for raw in params or ():
                param = resolve(api.document, raw)
                if isinstance(param, dict) and str(param.get("name", "")).lower() == SIGNATURE_HEADER.lower():
                    out.append(str(name))
    return out


def _headers(scope: Scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in scope["headers"]:
        key = name.decode("latin-1").lower()
        text = value.decode("utf-8", "replace")
        out[key] = f"{out[key]}, {text}" if key in out else text
    return out


def _cookies(header: str | None) -> dict[str, str]:
    if not header:
        return {}
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except CookieError:
        return {}
    return {k: m.value for k, m in jar.items()}


async def _read(scope: Scope, receive: Receive, headers: dict[str, str]) -> bytes:
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _TooLarge
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


def _client_id(body: Any, query: list[tuple[str, str]]) -> str | None:
    if isinstance(body, dict) and isinstance(body.get("client_id"), str):
        return str(body["client_id"])
    for key, value in query:
        if key == "client_id":
            return value
    return None


def _client_ip(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _declares(op: Operation, status: int) -> bool:
    return str(status) in op.responses or f"{status // 100}XX" in op.responses


def _base_url(scope: Scope, headers: dict[str, str]) -> str:
    host = headers.get("host")
    if not host:
        server = scope.get("server") or ("127.0.0.1", 4010)
        host = f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}"


def _unknown_path(path: str) -> Failure:
    return Failure(
        404, "not-found", "対象が見つかりません", f"パス {path[:300]} はどの API にも定義されていません。", "E0404001"
    )


def _wrong_method(method: str, path: str, allowed: list[str]) -> Failure:
    return Failure(
        405,
        "method-not-allowed",
        "メソッドが許可されていません",
        f"{method} {path[:300]} は定義されていません（使えるメソッド：{', '.join(allowed)}）。",
        "E0400001",
        headers={"Allow": ", ".join(allowed)},
    )


def _rate_limited(tps: int, headers: dict[str, str], anonymous: bool) -> Failure:
    who = "送信元IPアドレスあたり" if anonymous else "事業者あたり"
    return Failure(
        429,
        "rate-limited",
        "流量上限を超過しました",
        f"{who}の上限（{tps} TPS）を超過しました。{headers['Retry-After']}秒後に再試行してください。",
        "E0429001",
        headers=headers,
    )


async def _send(send: Send, reply: Reply, request_id: str) -> None:
    raw_headers = [(b"content-length", str(len(reply.body)).encode("latin-1"))]
    if reply.media is not None:
        media = reply.media + ("; charset=utf-8" if reply.media.startswith(_TEXT_TYPES) else "")
        raw_headers.append((b"content-type", media.encode("latin-1")))
    if request_id:
        raw_headers.append((b"x-request-id", request_id.encode("latin-1")))
    for name, value in reply.headers.items():
        if name.lower() in ("content-length", "content-type", "x-request-id"):
            continue
        raw_headers.append((name.lower().encode("latin-1"), value.encode("utf-8")))
    await send({"type": "http.response.start", "status": reply.status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": reply.body})


def create_app(apis: list[Api], settings: Settings | None = None, store: Store | None = None) -> SandboxApp:
    return SandboxApp(apis, settings or Settings(), store or Store())


__all__ = ["Principal", "SandboxApp", "create_app"]
