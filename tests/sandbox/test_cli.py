"""`mpgen sandbox` as a user runs it: a subprocess on a free port; `--make-certs` and mutual TLS with `--certs`."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import run_mpgen
from tests.sandbox.conftest import ROOT, free_port


@contextmanager
def served(*args: str) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "sandbox", *args],
        cwd=ROOT,
        env={**os.environ, "NO_PROXY": "*"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_up(url: str, **kwargs: object) -> httpx.Response:
    deadline = time.monotonic() + 60
    while True:
        try:
            with httpx.Client(trust_env=False, timeout=5, **kwargs) as client:  # type: ignore[arg-type]
                return client.get(url, headers={"Authorization": "Bearer cli-test-token-0001"})
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_cli_serves_a_document_on_loopback() -> None:
    port = free_port()
    with served("specs/notices.yaml", "--port", str(port)):
        answer = wait_until_up(f"http://127.0.0.1:{port}/notices/notices")
    assert answer.status_code == 200
    assert answer.json()["items"]


def test_cli_refuses_a_port_in_use() -> None:
    port = free_port()
    with served("specs/notices.yaml", "--port", str(port)):
        wait_until_up(f"http://127.0.0.1:{port}/notices/notices")
        second = run_mpgen("sandbox", "specs/notices.yaml", "--port", str(port))
    assert second.returncode == 2
    assert "in use" in second.stderr


def test_make_certs_and_mutual_tls(tmp_path: Path) -> None:
    made = run_mpgen("sandbox", "--make-certs", str(tmp_path))
    assert made.returncode == 0, made.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["ca.pem", "client-key.pem", "client.pem", "server-key.pem", "server.pem"]
    port = free_port()
    url = f"https://127.0.0.1:{port}/notices/notices"
    context = ssl.create_default_context(cafile=str(tmp_path / "ca.pem"))
    context.load_cert_chain(str(tmp_path / "client.pem"), str(tmp_path / "client-key.pem"))
    with served("specs/notices.yaml", "--port", str(port), "--certs", str(tmp_path)):
        answer = wait_until_up(url, verify=context)
        bare = ssl.create_default_context(cafile=str(tmp_path / "ca.pem"))
        with pytest.raises(httpx.TransportError), httpx.Client(verify=bare, trust_env=False, timeout=5) as client:
            client.get(url, headers={"Authorization": "Bearer cli-test-token-0001"})
    assert answer.status_code == 200
