"""The `mynaportal_client` logger (MYNAPORTAL_LOG=debug: method, URL template, status, time, request id; never a
token, a query value or a body) and the lazy facade (importing the package imports no API module)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from tests.client_runtime.servers import json_reply, scripted

PROBE = textwrap.dedent(
    """
    import sys
    from mynaportal_client import BearerTokenAuth, MynaPortalClient
    auth = BearerTokenAuth(lambda: "at.SECRETTOKEN")
    with MynaPortalClient(base_urls={"periodic-linkage": sys.argv[1]}, auth=auth) as c:
        api = c.periodic_linkage
        marker = "(operationId: `periodicLinkageGetConsent`)"
        name = next(n for n in dir(type(api)) if marker in (getattr(type(api), n).__doc__ or ""))
        getattr(api, name)("CNSECRET0000000001")
    """
)
CONSENT = {
    "consentId": "CNSECRET0000000001",
    "clientId": "SP23456789_PH0001",
    "status": "active",
    "consentedAt": "2026-11-26T10:30:15+09:00",
    "expiresAt": "2027-02-24T10:30:15+09:00",
    "remainingDays": 89,
    "scopes": ["periodic:medical"],
    "lastRefreshedAt": None,
    "revokedAt": None,
    "revocationReason": None,
}


@pytest.mark.parametrize("level", ["debug", ""])
def test_debug_log_lines_carry_no_secret(client_dir: Path, level: str) -> None:
    reply = json_reply(200, CONSENT, {"X-Request-Id": "req-123"})
    with scripted(reply) as server:
        env = {**os.environ, "PYTHONPATH": str(client_dir), "MYNAPORTAL_LOG": level}
        result = subprocess.run(
            [sys.executable, "-c", PROBE, server.url + "/pl"], env=env, capture_output=True, text=True, check=False
        )
    assert result.returncode == 0, result.stderr
    assert server.seen[0].path.endswith("/CNSECRET0000000001")  # the value was sent ...
    lines = [line for line in result.stderr.splitlines() if "mynaportal_client" in line]
    if not level:
        assert lines == []  # off unless asked for
        return
    (line,) = lines  # ... and not logged, nor the path value, nor the body
    assert "DEBUG" in line and "GET" in line and "-> 200 in" in line and " ms" in line and "req-123" in line
    assert line.split("GET ")[1].startswith(server.url + "/pl/online-resource-web/periodic/consents/{consentId}")
    assert "SECRET" not in result.stderr


def test_importing_the_package_imports_no_api_module(client_dir: Path) -> None:
    code = textwrap.dedent(
        """
        import sys, mynaportal_client as m
        loaded = sorted(n for n in sys.modules if n.count(".") >= 2 or n.endswith(".models"))
        assert not [n for n in loaded if n.startswith("mynaportal_client.")], loaded
        assert "mynaportal_client._tokens" not in sys.modules and "cryptography" not in sys.modules
        from mynaportal_client import SelfInfoClient, oauth
        assert "mynaportal_client.self_info.client" in sys.modules
        assert "mynaportal_client.notices.client" not in sys.modules
        assert oauth.authorization_url and m.RefreshingAuth and m.EncryptedFileTokenStore
        with m.MynaPortalClient() as c:
            assert type(c.notices).__name__ == "NoticesClient" and c.notices is c.notices
        try:
            m.MynaPortalClient(server=99).sso
        except ValueError as exc:
            print("ValueError", exc)
        try:
            m.NoSuchName
        except AttributeError:
            print("AttributeError")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(client_dir)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "ValueError server must be" in result.stdout and "AttributeError" in result.stdout


def test_facade_rate_limit_is_one_budget_for_every_api(pkg: ModuleType) -> None:
    with pkg.MynaPortalClient(rate_limit=7.5) as client:
        assert client.notices._limiter is client.periodic_linkage._limiter is not None
        assert client.notices._limiter.rate == 7.5
