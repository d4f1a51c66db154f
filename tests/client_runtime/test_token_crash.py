"""kill -9 during refreshes: a process rotates the grant as fast as it can and is killed at a random moment, twenty
times. Afterwards the store always holds the old grant or the new one (never a corrupt or empty file), a stored
refresh token without an in-flight marker was never used, and a marked one is never sent again."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import ModuleType

from tests.client_runtime.servers import token_server

KEY = "nLqS0o2V1-5rY3fAZ1kx0c2n2gqV7m3bJ9u3mYtq3Ls="

# leeway far beyond the token's life: every request refreshes first
CHILD = textwrap.dedent(
    """
    import sys, httpx
    from mynaportal_client import EncryptedFileTokenStore, ReconsentRequiredError, RefreshingAuth
    url, path, key, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    store = EncryptedFileTokenStore(path, key=key)
    auth = RefreshingAuth(store, token_url=url + "/token", client_id="X", leeway=10**9)
    with httpx.Client(auth=auth, base_url=url) as http:
        print("go", flush=True)
        done = 0
        while rounds < 0 or done < rounds:
            try:
                assert http.get("/resource").status_code == 200
            except ReconsentRequiredError as exc:
                print(type(exc).__name__)
                sys.exit(3)
            done += 1
    print("ok")
    """
)


def test_kill_9_at_random_points_during_refresh(pkg: ModuleType, client_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(20261204)
    path = tmp_path / "grant.bin"
    store = pkg.EncryptedFileTokenStore(path, key=KEY)
    env = {**os.environ, "PYTHONPATH": str(client_dir)}
    outcomes = {"old or new grant": 0, "in flight": 0}
    with token_server() as server:

        def fresh_grant() -> None:
            issued = server.pair()
            store.save(
                pkg.Grant(issued["access_token"], refresh_token=issued["refresh_token"], expires_at=time.time() + 600)
            )

        def child(rounds: int, base: str = "") -> subprocess.Popen[str]:
            argv = [sys.executable, "-c", CHILD, server.url + base, str(path), KEY, str(rounds)]
            return subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        fresh_grant()
        for _ in range(20):
            running = child(-1)
            assert running.stdout is not None and running.stdout.readline().strip() == "go"
            time.sleep(rng.uniform(0.05, 0.4))  # it rotates continuously: a random point of some rotation
            running.send_signal(signal.SIGKILL)
            running.communicate(timeout=30)

            grant = store.load()  # decrypts and parses: neither corrupt nor empty
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert grant.refresh_token in server.issued_refresh
            assert server.reuses == 0
            if grant.refresh_in_flight is None:
                outcomes["old or new grant"] += 1
                assert grant.refresh_token not in server.used, "a stored token without a marker must be unused"
                assert grant.refresh_token == server.issued_refresh[-1] or server.issued_refresh[-1] in server.used
            else:
                outcomes["in flight"] += 1
                # the next process must refuse, and send nothing. It talks to the server under its own prefix:
                # the killed child's last request may still reach the server after the kill.
                refused = child(1, "/refused")
                out, err = refused.communicate(timeout=60)
                assert refused.returncode == 3 and out.split() == ["go", "RefreshInterruptedError"], err
                assert not [p for p in server.paths if p.startswith("/refused/")]
                fresh_grant()  # the user consented again
        leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert len(leftovers) <= 1  # a killed writer's temporary file is swept by the next save
        assert server.reuses == 0
    assert sum(outcomes.values()) == 20, outcomes
    print(outcomes, server.refreshes)
    assert server.refreshes >= 20, "the children were killed before they rotated much: the test proves little"
