"""A real sandbox on 127.0.0.1: uvicorn in a thread on a free port, driven over HTTP with httpx."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from generator.config import load_config
from generator.sandbox.app import SandboxApp, create_app
from generator.sandbox.context import Settings
from generator.sandbox.operations import Operation
from generator.sandbox.specs import Api, load_apis
from generator.sandbox.state import Store

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "SP23456789_PH0001"
REDIRECT_URI = "https://phr.example.jp/mynaportal/callback"


@dataclass
class Sandbox:
    url: str
    app: SandboxApp

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, trust_env=False, timeout=30, **kwargs)  # type: ignore[arg-type]

    def operation(self, operation_id: str) -> Operation:
        return self.app.services.operations[operation_id]

    def login(self, client: httpx.Client) -> str:
        """`Bearer …` with a fresh session token of 電子申請等情報受取等 (its login's example credentials)."""
        op = self.operation("eAppReceiptLogin")
        body = op.body.content["application/json"]["example"] if op.body else {}
        answer = client.post(op.api.base_path + op.path, json=body)
        assert answer.status_code == 200, answer.text
        return f"Bearer {answer.json()['accessToken']}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


_APIS: list[Api] = []


def project_apis() -> list[Api]:
    if not _APIS:  # bundling 16 documents takes a few seconds: once per session
        _APIS.extend(load_apis(load_config(ROOT), []))
    return _APIS


@contextmanager
def running(settings: Settings, db: Path | None = None, apis: list[Api] | None = None) -> Iterator[Sandbox]:
    store = Store(db)
    app = create_app(apis if apis is not None else project_apis(), settings, store)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the sandbox did not start")
        time.sleep(0.02)
    try:
        yield Sandbox(f"http://127.0.0.1:{port}", app)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        store.close()


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    """One shared server for the stateless checks (no TPS cap, two polls before a result)."""
    with running(Settings(seed=7, wait_polls=2, tps=0)) as box:
        yield box
