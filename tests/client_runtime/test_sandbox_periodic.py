"""The generated client against the sandbox, as a 期間連携 business uses it: the authorization URL (PKCE S256,
state, nonce) opened by a "browser", the redirect checked, the code exchanged, the grant kept in an encrypted store,
then 50 threads and 50 tasks calling while the access token expires (one rotation each time, no reuse ever seen by
the server), withdrawal and 90 days later both ending in ConsentRevokedError; and the TPS cap kept by rate_limit."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from generator.sandbox.context import Settings
from tests.client_runtime.conftest import api_class, operation
from tests.sandbox.conftest import CLIENT_ID, REDIRECT_URI, Sandbox, running

SCOPE = "medical:medication medical:checkup medical:medical_expenses periodic:medical"
TOKEN = "/periodic-linkage/online-authorization-web/oauth/token"
KEY = "nLqS0o2V1-5rY3fAZ1kx0c2n2gqV7m3bJ9u3mYtq3Ls="


@pytest.fixture
def box() -> Iterator[Sandbox]:
    with running(Settings(seed=3, tps=0)) as sandbox:
        yield sandbox


def consent(pkg: ModuleType, box: Sandbox, browser: httpx.Client, decision: str = "approve") -> str:
    """What the user does in the browser; returns the URL the browser is sent back to."""
    request = pkg.oauth.authorization_url(
        box.url + "/_sandbox/authorize", client_id=CLIENT_ID, redirect_uri=REDIRECT_URI, scope=SCOPE.split()
    )
    page = browser.get(request.url)
    assert page.status_code == 200, page.text
    found = re.search(r'name="request_id" value="([^"]+)"', page.text)
    assert found is not None
    answer = browser.post("/_sandbox/authorize", data={"request_id": found.group(1), "decision": decision})
    assert answer.status_code == 302
    return str(answer.headers["location"]), request


def sign_up(pkg: ModuleType, box: Sandbox, store: Any) -> Any:
    with box.client() as browser:
        location, request = consent(pkg, box, browser)
        code = pkg.oauth.parse_callback(location, state=request.state)
        grant = pkg.oauth.exchange_code(
            browser,
            box.url + TOKEN,
            code=code,
            redirect_uri=REDIRECT_URI,
            client_id=CLIENT_ID,
            code_verifier=request.code_verifier,
        )
    store.save(grant)
    return grant


def refresh_tokens(box: Sandbox, consent_id: str) -> tuple[int, int]:
    """(refresh tokens issued, of them used) for one consent, from the sandbox's own records."""
    rows = box.app.services.store.all(
        "SELECT used_at FROM tokens WHERE kind = 'refresh' AND consent_id = ?", consent_id
    )
    return len(rows), sum(1 for r in rows if r["used_at"] is not None)


class Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


def consent_status(box: Sandbox, consent_id: str) -> str:
    found = box.app.services.tokens.consent(consent_id)
    assert found is not None
    return found.status(box.app.services.clock.now())


def test_authorization_url_carries_pkce_state_and_nonce(pkg: ModuleType, box: Sandbox) -> None:
    with box.client() as browser:
        location, request = consent(pkg, box, browser)
    query = {k: v[0] for k, v in parse_qs(urlsplit(request.url).query).items()}
    assert query["code_challenge_method"] == "S256" and query["nonce"] == request.nonce
    assert query["state"] == request.state and query["scope"] == SCOPE
    assert pkg.oauth.parse_callback(location, state=request.state).startswith("ac.")
    with pytest.raises(pkg.AuthorizationError, match="state"):
        pkg.oauth.parse_callback(location, state="someone-else")
    with box.client() as browser:
        declined, request = consent(pkg, box, browser, decision="deny")
    with pytest.raises(pkg.AccessDeniedError):
        pkg.oauth.parse_callback(declined, state=request.state)


def test_code_exchange_errors_are_typed(pkg: ModuleType, box: Sandbox) -> None:
    with box.client() as browser:
        location, request = consent(pkg, box, browser)
        code = pkg.oauth.parse_callback(location, state=request.state)
        options = {"code": code, "redirect_uri": REDIRECT_URI, "client_id": CLIENT_ID}
        with pytest.raises(pkg.InvalidGrantError) as caught:  # PKCE: the verifier does not match
            pkg.oauth.exchange_code(browser, box.url + TOKEN, code_verifier="x" * 64, **options)
        assert caught.value.status_code == 400 and "PKCE" in (caught.value.description or "")
        assert "invalid_grant" in str(caught.value)
        with pytest.raises(pkg.InvalidGrantError):  # a code is single use
            pkg.oauth.exchange_code(browser, box.url + TOKEN, code_verifier=request.code_verifier, **options)


def test_threads_and_tasks_share_one_rotation(pkg: ModuleType, box: Sandbox, tmp_path: Path) -> None:
    store = pkg.EncryptedFileTokenStore(tmp_path / "grant.bin", key=KEY)
    grant = sign_up(pkg, box, store)
    auth = pkg.RefreshingAuth(store, token_url=box.url + TOKEN, client_id=CLIENT_ID)
    sync_cls = api_class(pkg, "periodic_linkage", "PeriodicLinkageClient")
    async_cls = api_class(pkg, "periodic_linkage", "AsyncPeriodicLinkageClient")
    assert refresh_tokens(box, grant.consent_id) == (1, 0)

    with box.client() as admin, sync_cls(box.url + "/periodic-linkage", auth=auth) as client:
        updates = operation(client, "periodicLinkageGetUpdates")
        assert updates().consent_id == grant.consent_id
        # the access token's 600 s pass on the server: 50 threads get 401 invalid_token at once
        assert admin.post("/_sandbox/clock", json={"advance": "PT601S"}).status_code == 200
        results: list[Any] = []
        barrier = threading.Barrier(50)

        def call() -> None:
            barrier.wait()
            results.append(updates().consent_id)

        threads = [threading.Thread(target=call) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert results == [grant.consent_id] * 50
        assert refresh_tokens(box, grant.consent_id) == (2, 1)

        assert admin.post("/_sandbox/clock", json={"advance": "PT601S"}).status_code == 200

        async def tasks() -> list[Any]:
            async with async_cls(box.url + "/periodic-linkage", auth=auth) as aclient:
                method = operation(aclient, "periodicLinkageGetUpdates")
                return list(await asyncio.gather(*(method() for _ in range(50))))

        answers = asyncio.run(tasks())
        assert [a.consent_id for a in answers] == [grant.consent_id] * 50
        assert refresh_tokens(box, grant.consent_id) == (3, 2)
        assert consent_status(box, grant.consent_id) == "active", "the server saw no reuse"


def test_withdrawal_and_the_end_of_the_90_days(pkg: ModuleType, box: Sandbox, tmp_path: Path) -> None:
    store = pkg.EncryptedFileTokenStore(tmp_path / "grant.bin", key=KEY)
    clock = Clock()  # the business's clock moves with the sandbox's
    auth = pkg.RefreshingAuth(store, token_url=box.url + TOKEN, client_id=CLIENT_ID, clock=clock)
    sync_cls = api_class(pkg, "periodic_linkage", "PeriodicLinkageClient")
    models = __import__(f"{pkg.__name__}.periodic_linkage.models", fromlist=["x"])
    with box.client() as admin, sync_cls(box.url + "/periodic-linkage", auth=auth) as client:
        updates = operation(client, "periodicLinkageGetUpdates")
        first = sign_up(pkg, box, store)
        revoke = operation(client, "periodicLinkageRevokeToken")
        revoke(
            body=models.RevocationRequest.model_validate(
                {"token": first.refresh_token, "client_id": CLIENT_ID, "revocation_reason": "user_withdrawal"}
            )
        )
        admin.post("/_sandbox/clock", json={"advance": "PT601S"})
        clock.offset += 601
        with pytest.raises(pkg.ConsentRevokedError) as caught:
            updates()
        assert isinstance(caught.value.__cause__, pkg.InvalidGrantError)
        assert store.load() is None

        second = sign_up(pkg, box, store)
        assert updates().consent_id == second.consent_id
        admin.post("/_sandbox/clock", json={"advance": "P90D"})
        clock.offset += 90 * 86400
        with pytest.raises(pkg.ConsentRevokedError, match="consent expired"):
            updates()
        assert store.load() is None
        assert consent_status(box, second.consent_id) == "expired"


@pytest.mark.parametrize("rate_limit", [None, 5.0])
def test_rate_limit_keeps_the_tps_cap(pkg: ModuleType, tmp_path: Path, rate_limit: float | None) -> None:
    """The sandbox caps a client at 5 requests per second with 429; without retries, only rate_limit keeps it."""
    with running(Settings(seed=4, tps=5)) as box:
        store = pkg.MemoryTokenStore()
        sign_up(pkg, box, store)
        auth = pkg.RefreshingAuth(store, token_url=box.url + TOKEN, client_id=CLIENT_ID)
        sync_cls = api_class(pkg, "periodic_linkage", "PeriodicLinkageClient")
        limited: list[int] = []
        ok: list[int] = []
        with sync_cls(box.url + "/periodic-linkage", auth=auth) as base:
            client = base.with_options(max_retries=0, rate_limit=rate_limit)
            updates = operation(client, "periodicLinkageGetUpdates")

            def call() -> None:
                for _ in range(3):
                    try:
                        updates()
                        ok.append(1)
                    except pkg.RateLimitError:
                        limited.append(1)

            threads = [threading.Thread(target=call) for _ in range(6)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
        if rate_limit is None:
            assert limited, "the control case: 18 calls at once exceed 5 TPS"
        else:
            assert (len(ok), len(limited)) == (18, 0)
