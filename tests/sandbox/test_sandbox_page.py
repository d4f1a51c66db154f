"""The portal's サンドボックス page (docs/sandbox.md) as a reader runs it: its curl walk-through and its Python
client script, taken from the page itself, against a real sandbox on a free port."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.sandbox.context import Settings
from tests.sandbox.conftest import ROOT, Sandbox, running

PAGE = ROOT / "docs" / "sandbox.md"
CLIENT = ROOT / "build" / "client"
_FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>\w*)\n(?P<body>.*?)^(?P=indent)```$", re.M | re.S)


def _section(heading_id: str) -> str:
    text = PAGE.read_text(encoding="utf-8")
    start = text.index(f"{{ #{heading_id} }}")
    end = text.find("\n## ", start)
    return text[start : end if end >= 0 else len(text)]


def _blocks(section: str, lang: str) -> list[str]:
    return [m.group("body") for m in _FENCE.finditer(section) if m.group("lang") == lang]


@pytest.fixture
def box() -> Iterator[Sandbox]:
    with running(Settings(seed=5, tps=0)) as sandbox:
        yield sandbox


def test_the_page_is_for_integrators_without_a_checkout() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert "](downloads/index.md)" in text
    assert "constraints.txt" in text and "mpgen sandbox" in text and "--make-certs" in text
    assert "make " not in text and ".venv/bin/mpgen build" not in text  # no repository targets


@pytest.mark.skipif(not all(shutil.which(t) for t in ("bash", "curl", "openssl", "python3")), reason="needs curl")
def test_the_curl_walk_through_runs_as_written(box: Sandbox, tmp_path: Path) -> None:
    setup, consent, token, updates, refresh, reuse, revoke, clock = _blocks(_section("periodic-linkage-curl"), "sh")
    assert "SANDBOX=http://127.0.0.1:4010" in setup
    setup = setup.replace("SANDBOX=http://127.0.0.1:4010", f"SANDBOX={box.url}")
    again = consent + token
    script = "set -euo pipefail\n" + "\n".join(
        [setup, consent, token, updates, refresh, reuse, again, revoke, again, clock]
    )
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_PROXY": "*", "no_proxy": "*"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert '"status":"active"' in out and '"remainingDays":89' in out
    assert "refresh token reuse detected" in out
    assert '"revocationReason":"fraud_detected"' in out
    assert '"error_description":"consent expired"' in out
    assert '"revocationReason":"user_withdrawal"' in out  # the list of revoked consents after 90 days
    assert out.count('"consent_id"') == 4  # three consents, one refresh


@pytest.mark.skipif(not (CLIENT / "mynaportal_client").exists(), reason="build/client is missing")
def test_the_client_script_runs_as_written(box: Sandbox, tmp_path: Path) -> None:
    section = _section("periodic-linkage-python")
    (script,) = _blocks(section, "python")
    assert 'SANDBOX = "http://127.0.0.1:4010"' in script
    (tmp_path / "periodic.py").write_text(script.replace("http://127.0.0.1:4010", box.url), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(CLIENT), "NO_PROXY": "*"}
    key = subprocess.run(
        [sys.executable, "-c", _blocks(section, "sh")[0].split("'")[1]],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.strip()
    done = subprocess.run(
        [sys.executable, "periodic.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "MYNAPORTAL_TOKEN_KEY": key},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("consent: CN")
    assert re.fullmatch(r"updates: \d+ items", lines[1])
    assert lines[2] == "rotated: True"
    assert lines[3].startswith("再同意が必要です:")
    assert (tmp_path / "grant.bin").exists() is False, "the grant of an expired consent is deleted"
