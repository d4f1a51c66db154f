"""The steps of the OAuth flows as a client takes them, with plain httpx, plus a loopback webhook receiver."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.sandbox.conftest import CLIENT_ID, REDIRECT_URI

PERIODIC_SCOPE = "medical:medication medical:checkup medical:medical_expenses periodic:medical"


@dataclass
class Consented:
    code: str
    state: str
    verifier: str


def approve(client: httpx.Client, scope: str, decision: str = "approve", client_id: str = CLIENT_ID) -> Consented:
    """Open the consent page with PKCE (S256), submit its form, follow nothing: read the redirect."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    page = client.get(
        "/_sandbox/authorize",
        params={
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": REDIRECT_URI,
            "state": state,
            "scope": scope,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        },
    )
    assert page.status_code == 200, page.text
    found = re.search(r'name="request_id" value="([^"]+)"', page.text)
    assert found is not None
    answer = client.post("/_sandbox/authorize", data={"request_id": found.group(1), "decision": decision})
    assert answer.status_code == 302
    location = urlsplit(answer.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT_URI
    query = {k: v[0] for k, v in parse_qs(location.query).items()}
    assert query["state"] == state
    return Consented(query.get("code", ""), state, verifier)


@dataclass(frozen=True)
class Delivery:
    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes  # as received: a signature is over these bytes


@dataclass
class Receiver:
    """An HTTP server on 127.0.0.1 that records every post it accepts and fails the first `failures` posts."""

    failures: int = 0
    deliveries: list[Delivery] = field(default_factory=list)
    attempts: int = 0

    @property
    def received(self) -> list[dict[str, Any]]:
        """The accepted posts' JSON bodies, in order."""
        return [json.loads(d.body) for d in self.deliveries]

    def __post_init__(self) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = self.rfile.read(length)
                outer.attempts += 1
                if outer.attempts <= outer.failures:
                    self.send_response(503)
                    self.end_headers()
                    return
                headers = {k.lower(): v for k, v in self.headers.items()}
                outer.deliveries.append(Delivery(self.path, headers, body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def settled_deliveries(client: httpx.Client, count: int, seconds: float = 10.0) -> list[dict[str, Any]]:
    """The sandbox's delivery log once it lists `count` deliveries and none is pending. The receiver records a
    post before it answers, and the sandbox marks the delivery only after the answer: read at once, the log
    can still say "pending" (seen in CI under load)."""
    deadline = time.monotonic() + seconds
    while True:
        log: list[dict[str, Any]] = client.get("/_sandbox/deliveries").json()["deliveries"]
        settled = len(log) >= count and all(d["status"] != "pending" for d in log)
        if settled or time.monotonic() > deadline:
            return log
        time.sleep(0.02)
