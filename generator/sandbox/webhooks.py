"""Webhooks: URLs registered through `/_sandbox/webhooks` (loopback only), deliveries with retries,
and a log of every attempt at `/_sandbox/deliveries`.

Where a document's webhook declares the `X-Mynaportal-Signature` header, each delivery carries
`v1=` + Base64(HMAC-SHA256(secret, body)) with the secret of the registration (given with the URL, or made
and returned by the sandbox)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import secrets
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from generator.sandbox.clock import Clock, iso
from generator.sandbox.state import Store

log = logging.getLogger("mpgen.sandbox")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
RETRY_DELAYS = (0.5, 1.0, 2.0)  # seconds before each retry: one delivery and up to three retries
TIMEOUT_SECONDS = 5.0
SIGNATURE_HEADER = "X-Mynaportal-Signature"


class WebhookRefused(ValueError):
    pass


class Webhooks:
    def __init__(
        self, store: Store, clock: Clock, known_events: set[str], signed_events: set[str] | None = None
    ) -> None:
        self.store = store
        self.clock = clock
        self.known_events = known_events
        self.signed_events = signed_events or set()  # events whose webhook declares SIGNATURE_HEADER
        self._tasks: set[asyncio.Task[None]] = set()
        self._timers: set[asyncio.TimerHandle] = set()
        self._client: httpx.AsyncClient | None = None
        self.retry_delays = RETRY_DELAYS

    def register(self, url: str, events: list[str] | None, secret: str | None = None) -> dict[str, Any]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or (parts.hostname or "") not in LOOPBACK_HOSTS:
            raise WebhookRefused("通知先URLは http(s)://127.0.0.1 または http(s)://localhost に限ります。")
        unknown = sorted(set(events or []) - self.known_events)
        if unknown:
            raise WebhookRefused(
                f"未知のイベントです：{', '.join(unknown)}（指定可能：{', '.join(sorted(self.known_events))}）"
            )
        hook_id = "WH" + uuid.uuid4().hex[:12].upper()
        chosen = sorted(set(events)) if events else ["*"]
        secret = secret or "whsec_" + secrets.token_urlsafe(24)
        self.store.run(
            "INSERT INTO webhooks (id, url, events, created_at, secret) VALUES (?, ?, ?, ?, ?)",
            hook_id,
            url,
            " ".join(chosen),
            self.clock.now(),
            secret,
        )
        return {"id": hook_id, "url": url, "events": chosen, "secret": secret}

    def hooks(self) -> list[dict[str, Any]]:
        rows = self.store.all("SELECT id, url, events, created_at, secret FROM webhooks ORDER BY created_at, id")
        return [
            {
                "id": r["id"],
                "url": r["url"],
                "events": r["events"].split(),
                "createdAt": iso(r["created_at"]),
                "secret": r["secret"] or "",
            }
            for r in rows
        ]

    def remove(self, hook_id: str) -> bool:
        return self.store.run("DELETE FROM webhooks WHERE id = ?", hook_id) > 0

    def wanted(self, event: str) -> bool:
        """Is a webhook registered that takes this event?"""
        return any("*" in hook["events"] or event in hook["events"] for hook in self.hooks())

    def later(self, delay: float, action: Callable[[], None]) -> None:
        """Run `action` on the event loop after `delay` seconds (cancelled when the server stops)."""
        loop = asyncio.get_running_loop()

        def run() -> None:
            self._timers.discard(timer)
            try:
                action()
            except Exception:  # a timer's failure must not end the loop's other work
                log.exception("sandbox: scheduled action failed")

        timer = loop.call_later(delay, run)
        self._timers.add(timer)

    def emit(self, event: str, payload: dict[str, Any]) -> None:
        """Queue a delivery of the event to every webhook that takes it (needs the running event loop)."""
        for hook in self.hooks():
            if "*" not in hook["events"] and event not in hook["events"]:
                continue
            delivery_id = "DL" + uuid.uuid4().hex[:12].upper()
            now = self.clock.now()
            self.store.run(
                "INSERT INTO deliveries (id, webhook_id, url, event, payload, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)",
                delivery_id,
                hook["id"],
                hook["url"],
                event,
                json.dumps(payload, ensure_ascii=False),
                now,
                now,
            )
            signing = hook["secret"] if event in self.signed_events else None
            task = asyncio.get_running_loop().create_task(
                self._deliver(delivery_id, hook["url"], event, payload, signing)
            )
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _deliver(
        self, delivery_id: str, url: str, event: str, payload: dict[str, Any], secret: str | None
    ) -> None:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=TIMEOUT_SECONDS, trust_env=False, follow_redirects=False)
        headers = {"Content-Type": "application/json", "X-Sandbox-Event": event, "X-Sandbox-Delivery": delivery_id}
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        if secret is not None:
            headers[SIGNATURE_HEADER] = sign(secret, body)
        for attempt, delay in enumerate((0.0, *self.retry_delays), 1):
            if delay:
                await asyncio.sleep(delay)
            status: int | None = None
            error: str | None = None
            try:
                response = await self._client.post(url, content=body, headers=headers)
                status = response.status_code
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"[:300]
            delivered = status is not None and 200 <= status < 300
            last = attempt == len(self.retry_delays) + 1
            state = "delivered" if delivered else ("failed" if last else "retrying")
            self.store.run(
                "UPDATE deliveries SET status = ?, attempts = ?, last_status = ?, last_error = ?, updated_at = ?"
                " WHERE id = ?",
                state,
                attempt,
                status,
                error,
                self.clock.now(),
                delivery_id,
            )
            if delivered or last:
                return

    def deliveries(self) -> list[dict[str, Any]]:
        rows = self.store.all("SELECT * FROM deliveries ORDER BY created_at, id")
        return [
            {
                "id": r["id"],
                "webhookId": r["webhook_id"],
                "url": r["url"],
                "event": r["event"],
                "payload": json.loads(r["payload"]),
                "status": r["status"],
                "attempts": r["attempts"],
                "lastStatus": r["last_status"],
                "lastError": r["last_error"],
                "createdAt": iso(r["created_at"]),
                "updatedAt": iso(r["updated_at"]),
            }
            for r in rows
        ]

    async def close(self) -> None:
        for timer in list(self._timers):
            timer.cancel()
        self._timers.clear()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
            self._client = None


def sign(secret: str, body: bytes) -> str:
    """`v1=` + Base64(HMAC-SHA256(secret, body)): the documents' illustrative signature scheme."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return "v1=" + base64.b64encode(digest).decode("ascii")
