"""期間連携 token safety over real HTTP on 127.0.0.1, against a token server that counts every refresh and treats a
second use of a refresh token as theft: the encrypted store, one refresh per rotation for 50 threads, 50 tasks and
several processes, the order "store, then use", lost answers never replayed, invalid_grant, and no token in any
repr, log line or exception."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.client_runtime.servers import TokenServer, token_server

CLIENT_ID = "SP23456789_PH0001"


@pytest.fixture
def key() -> str:
    return "nLqS0o2V1-5rY3fAZ1kx0c2n2gqV7m3bJ9u3mYtq3Ls="  # 32 bytes, base64


def grant_of(pkg: ModuleType, server: TokenServer, expired: bool = False) -> Any:
    """A grant as a code exchange would give it (issued by the server, so it can be refreshed once)."""
    issued = server.pair()
    grant = pkg.Grant(
        access_token=issued["access_token"],
        expires_at=time.time() + (-5 if expired else 600),
        refresh_token=issued["refresh_token"],
        consent_id=issued["consent_id"],
    )
    return grant


def store_with(pkg: ModuleType, path: Path, key: str, grant: Any) -> Any:
    store = pkg.EncryptedFileTokenStore(path, key=key)
    store.save(grant)
    return store


def auth_for(pkg: ModuleType, store: Any, server: TokenServer, clock: Clock | None = None) -> Any:
    return pkg.RefreshingAuth(store, token_url=server.url + "/token", client_id=CLIENT_ID, clock=clock or Clock())


class Clock:
    """The client's clock, moved forward by the tests (the server's expiry is separate: TokenServer.expire_access)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def pass_access_lifetime(self) -> None:
        self.offset += 601


# --------------------------------------------------------------------------- the store


def test_store_is_encrypted_private_and_atomic(pkg: ModuleType, tmp_path: Path, key: str) -> None:
    path = tmp_path / "grant.bin"
    with token_server() as server:
        grant = grant_of(pkg, server)
    store = store_with(pkg, path, key, grant)
    raw = path.read_bytes()
    assert grant.refresh_token.encode() not in raw and grant.access_token.encode() not in raw
    assert b"refresh" not in raw  # not even the field names: the whole grant is sealed
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.load() == grant
    store.save(grant)
    assert store.load() == grant
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []  # nothing half-written left
    for text in (repr(store), repr(grant), str(grant)):
        assert grant.refresh_token not in text and grant.access_token not in text and key not in text


def test_store_key_from_environment_or_callable(
    pkg: ModuleType, tmp_path: Path, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    grant = pkg.Grant(access_token="at.environment-access", refresh_token="rt.environment-refresh")
    monkeypatch.setenv("MYNAPORTAL_TOKEN_KEY", key)
    pkg.EncryptedFileTokenStore(tmp_path / "g").save(grant)
    assert pkg.EncryptedFileTokenStore(tmp_path / "g", key=lambda: key).load() == grant
    monkeypatch.delenv("MYNAPORTAL_TOKEN_KEY")
    with pytest.raises(pkg.TokenStoreError, match="MYNAPORTAL_TOKEN_KEY"):
        pkg.EncryptedFileTokenStore(tmp_path / "g").load()


@pytest.mark.parametrize("damage", ["wrong key", "flipped byte", "truncated", "empty", "not ours"])
def test_a_damaged_store_raises_without_showing_a_token(pkg: ModuleType, tmp_path: Path, key: str, damage: str) -> None:
    path = tmp_path / "grant.bin"
    grant = pkg.Grant(access_token="at.secret-access-value", refresh_token="rt.secret-refresh-value")
    store_with(pkg, path, key, grant)
    data = path.read_bytes()
    reader = pkg.EncryptedFileTokenStore(path, key=key)
    if damage == "wrong key":
        reader = pkg.EncryptedFileTokenStore(path, key=pkg.EncryptedFileTokenStore.generate_key())
    elif damage == "flipped byte":
        path.write_bytes(data[:-5] + bytes([data[-5] ^ 1]) + data[-4:])
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.write_bytes(b'{"access_token": "at.secret-access-value"}')
    with pytest.raises(pkg.TokenStoreError) as caught:
        reader.load()
    shown = str(caught.value) + repr(caught.value) + repr(caught.value.__cause__) + repr(caught.value.__context__)
    assert "secret" not in shown


# --------------------------------------------------------------------------- one rotation, many callers


def test_50_threads_during_expiry_refresh_once_per_rotation(pkg: ModuleType, tmp_path: Path, key: str) -> None:
    with token_server(delay=0.2) as server:  # a slow token endpoint: every caller arrives while it works
        store = store_with(pkg, tmp_path / "g", key, grant_of(pkg, server, expired=True))
        clock = Clock()
        auth = auth_for(pkg, store, server, clock)
        with httpx.Client(auth=auth, base_url=server.url) as http:
            for rotation in range(1, 4):
                if rotation == 3:
                    server.expire_access()  # the server says invalid_token before the client thinks it expired
                elif rotation == 2:
                    clock.pass_access_lifetime()
                statuses = _in_threads(50, lambda: http.get("/resource").status_code)
                assert statuses == [200] * 50
                assert (server.refreshes, server.reuses) == (rotation, 0)
        assert len(server.used) == 3 and not server.revoked


def _in_threads(count: int, work: Any) -> list[Any]:
    results: list[Any] = []
    barrier = threading.Barrier(count)

    def run() -> None:
        barrier.wait()
        results.append(work())

    threads = [threading.Thread(target=run) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_50_tasks_during_expiry_refresh_once_per_rotation(pkg: ModuleType, tmp_path: Path, key: str) -> None:
    with token_server(delay=0.2) as server:
        store = store_with(pkg, tmp_path / "g", key, grant_of(pkg, server, expired=True))
        auth = auth_for(pkg, store, server)

        async def main() -> None:
            async with httpx.AsyncClient(auth=auth, base_url=server.url) as http:
                for rotation in (1, 2):
                    if rotation == 2:
                        server.expire_access()
                    answers = await asyncio.gather(*(http.get("/resource") for _ in range(50)))
                    assert [a.status_code for a in answers] == [200] * 50
                    assert (server.refreshes, server.reuses) == (rotation, 0)

        asyncio.run(main())


def test_processes_sharing_a_store_refresh_once(pkg: ModuleType, client_dir: Path, tmp_path: Path, key: str) -> None:
    """Four processes, ten threads each, one store file: one refresh request in all."""
    script = textwrap.dedent(
        """
        import sys, threading, time, httpx
        from pathlib import Path
        from mynaportal_client import EncryptedFileTokenStore, RefreshingAuth
        url, path, key, go = sys.argv[1:5]
        auth = RefreshingAuth(EncryptedFileTokenStore(path, key=key), token_url=url + "/token", client_id="X")
        while not Path(go).exists():
            time.sleep(0.005)
        codes = []
        with httpx.Client(auth=auth, base_url=url) as http:
            threads = [threading.Thread(target=lambda: codes.append(http.get("/resource").status_code))
                       for _ in range(10)]
            [t.start() for t in threads]
            [t.join() for t in threads]
        print(",".join(map(str, codes)))
        """
    )
    go = tmp_path / "go"
    with token_server(delay=0.3) as server:
        store_with(pkg, tmp_path / "g", key, grant_of(pkg, server, expired=True))
        env = {**os.environ, "PYTHONPATH": str(client_dir)}
        argv = [sys.executable, "-c", script, server.url, str(tmp_path / "g"), key, str(go)]
        children = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True) for _ in range(4)]
        time.sleep(1.5)  # let them all import and wait at the start line
        go.touch()
        outputs = [child.communicate(timeout=120)[0].strip() for child in children]
        assert outputs == [",".join(["200"] * 10)] * 4
        assert (server.refreshes, server.reuses) == (1, 0)


def test_the_new_refresh_token_is_stored_before_the_new_access_token_is_used(
    pkg: ModuleType, tmp_path: Path, key: str
) -> None:
    seen: list[str] = []
    with token_server() as server:
        store = store_with(pkg, tmp_path / "g", key, grant_of(pkg, server, expired=True))

        def check(bearer: str) -> None:  # runs in the server while the client waits for the answer
            stored = pkg.EncryptedFileTokenStore(tmp_path / "g", key=key).load()
            assert stored.access_token == bearer and stored.refresh_in_flight is None
            assert stored.refresh_token == server.issued_refresh[-1]
            seen.append(bearer)

        server.on_resource = check
        with httpx.Client(auth=auth_for(pkg, store, server), base_url=server.url) as http:
            assert http.get("/resource").status_code == 200
    assert len(seen) == 1 and server.refreshes == 1


# --------------------------------------------------------------------------- when only a new consent helps


def test_a_lost_refresh_answer_is_never_replayed(pkg: ModuleType, tmp_path: Path, key: str) -> None:
    with token_server(lose=True) as server:
        store = store_with(pkg, tmp_path / "g", key, grant_of(pkg, server, expired=True))
        with httpx.Client(auth=auth_for(pkg, store, server), base_url=server.url) as http:
            with pytest.raises(pkg.RefreshInterruptedError, match="consent again"):
                http.get("/resource")
            assert server.refreshes == 1
            for _ in range(3):  # later callers, and a fresh auth on the same store, do not send it again
                with pytest.raises(pkg.RefreshInterruptedError):
                    http.get("/resource")
            with httpx.Client(auth=auth_for(pkg, store, server), base_url=server.url) as other:
                with pytest.raises(pkg.ReconsentRequiredError):
                    other.get("/resource")
        assert (server.refreshes, server.reuses) == (1, 0)
        assert store.load().refresh_in_flight is not None


def test_a_lost_answer_in_a_generated_client_is_not_retried(pkg: ModuleType, tmp_path: Path, key: str) -> None:
    """A GET is normally retried after a dropped connection; a dropped refresh must not be."""
    from tests.client_runtime.conftest import api_class, operation  # noqa: PLC0415

    with token_server(lose=True) as server:
        store = store_with(pkg, tmp_path / "g", key, grant_of(pkg, server, expired=True))
        cls = api_class(pkg, "periodic_linkage", "PeriodicLinkageClient")
        with cls(server.url, auth=auth_for(pkg, store, server)) as client:
            with pytest.raises(pkg.RefreshInterruptedError):
                operation(client, "periodicLinkageGetUpdates")()
        assert (server.refreshes, server.reuses) == (1, 0)


@pytest.mark.parametrize("failure", ["revoked", "server error"])
def test_invalid_grant_deletes_the_grant_and_other_failures_spend_it(
    pkg: ModuleType, tmp_path: Path, key: str, failure: str
) -> None:
    with token_server() as server:
        store = store_with(pkg, tmp_path / "g", key, grant_of(pkg, server, expired=True))
        if failure == "revoked":
            server.revoked = True  # consent withdrawn, or 90 days over
        else:
            server.fail = 500  # did it rotate before failing? The client cannot know: the token is spent
        with httpx.Client(auth=auth_for(pkg, store, server), base_url=server.url) as http:
            expected = pkg.ConsentRevokedError if failure == "revoked" else pkg.RefreshInterruptedError
            with pytest.raises(expected) as caught:
                http.get("/resource")
            assert isinstance(caught.value, pkg.ReconsentRequiredError)
            if failure == "revoked":
                assert isinstance(caught.value.__cause__, pkg.InvalidGrantError)
                assert not (tmp_path / "g").exists()
            with pytest.raises(pkg.ReconsentRequiredError):
                http.get("/resource")
        assert server.reuses == 0


def test_no_token_in_repr_logs_or_exceptions(
    pkg: ModuleType, tmp_path: Path, key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[BaseException] = []
    with token_server() as server:
        first = grant_of(pkg, server, expired=True)
        store = store_with(pkg, tmp_path / "g", key, first)
        clock = Clock()
        auth = auth_for(pkg, store, server, clock)
        with httpx.Client(auth=auth, base_url=server.url) as http:
            http.get("/resource")
            server.lose = True
            clock.pass_access_lifetime()
            for _ in range(2):
                try:
                    http.get("/resource")
                except Exception as exc:
                    errors.append(exc)
        secrets = [first.access_token, first.refresh_token, *server.issued_refresh, *server.access]
        texts = [caplog.text, repr(store), repr(auth), repr(store.load())]
        texts += [f"{e!s} {e!r} {e.__cause__!r} {e.__context__!r}" for e in errors]
    assert len(errors) == 2 and all(isinstance(e, pkg.RefreshInterruptedError) for e in errors)
    assert "mynaportal_client" in caplog.text  # the client did log the exchanges
    for secret in [*secrets, key]:
        for text in texts:
            assert secret not in text
