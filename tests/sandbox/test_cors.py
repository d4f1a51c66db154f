"""CORS for the portal's try-it panel: the portal's origins may call the sandbox from a browser, no other origin may."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from generator.sandbox.context import Settings
from generator.sandbox.cors import OriginError, normalize_origin
from tests.conftest import run_mpgen
from tests.sandbox.conftest import Sandbox, free_port, running
from tests.sandbox.test_cli import served, wait_until_up

NOTICES = "/notices/notices"
TOKEN = {"Authorization": "Bearer cors-test-token-0001"}


@pytest.fixture(scope="module")
def box() -> Iterator[Sandbox]:
    with running(Settings(tps=0)) as sandbox:  # the default origins
        yield sandbox


@pytest.mark.parametrize("origin", ["http://127.0.0.1:8000", "http://localhost:8000"])
def test_the_portal_origins_are_allowed_by_default(box: Sandbox, origin: str) -> None:
    with box.client() as client:
        answer = client.get(NOTICES, headers={**TOKEN, "Origin": origin})
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == origin
    assert "Origin" in answer.headers["vary"]
    exposed = {h.strip() for h in answer.headers["access-control-expose-headers"].split(",")}
    assert "x-request-id" in exposed
    assert "access-control-allow-credentials" not in answer.headers


@pytest.mark.parametrize(
    "origin", ["http://evil.example", "http://127.0.0.1:8001", "https://127.0.0.1:8000", "null", "http://127.0.0.1"]
)
def test_another_origin_gets_no_cors_header(box: Sandbox, origin: str) -> None:
    with box.client() as client:
        answer = client.get(NOTICES, headers={**TOKEN, "Origin": origin})
        preflight = client.options(
            NOTICES,
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "authorization",
            },
        )
    assert answer.status_code == 200  # a non-browser client is served as before
    assert not [h for h in answer.headers if h.lower().startswith("access-control-")]
    assert preflight.status_code != 204
    assert not [h for h in preflight.headers if h.lower().startswith("access-control-")]


def test_a_preflight_from_the_portal_is_answered(box: Sandbox) -> None:
    with box.client() as client:
        answer = client.options(
            "/periodic-linkage/consents",
            headers={
                "Origin": "http://127.0.0.1:8000",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type, prefer",
                "Access-Control-Request-Private-Network": "true",
            },
        )
    assert answer.status_code == 204
    assert answer.headers["access-control-allow-origin"] == "http://127.0.0.1:8000"
    assert "POST" in answer.headers["access-control-allow-methods"]
    allowed = {h.strip().lower() for h in answer.headers["access-control-allow-headers"].split(",")}
    assert {"authorization", "content-type", "prefer"} <= allowed
    assert answer.headers["access-control-allow-private-network"] == "true"
    assert int(answer.headers["access-control-max-age"]) > 0
    assert answer.content == b""


def test_retry_after_and_problem_answers_are_readable_by_the_panel(box: Sandbox) -> None:
    origin = "http://127.0.0.1:8000"
    with box.client() as client:
        limited = client.get(NOTICES, headers={**TOKEN, "Origin": origin, "Prefer": "code=429"})
        unauthorized = client.get(NOTICES, headers={"Origin": origin})
    assert limited.status_code == 429
    exposed = {h.strip() for h in limited.headers["access-control-expose-headers"].split(",")}
    assert {"retry-after", "x-request-id", "date"} <= exposed
    assert "content-type" not in exposed  # safelisted: readable anyway
    assert limited.headers["access-control-allow-origin"] == origin
    assert unauthorized.status_code == 401
    assert unauthorized.headers["access-control-allow-origin"] == origin
    assert "www-authenticate" in unauthorized.headers["access-control-expose-headers"]


def test_configured_origins_replace_the_defaults() -> None:
    settings = Settings(tps=0, cors_origins=("http://127.0.0.1:9999",))
    with running(settings) as sandbox, sandbox.client() as client:
        mine = client.get(NOTICES, headers={**TOKEN, "Origin": "http://127.0.0.1:9999"})
        default = client.get(NOTICES, headers={**TOKEN, "Origin": "http://127.0.0.1:8000"})
    assert mine.headers["access-control-allow-origin"] == "http://127.0.0.1:9999"
    assert "access-control-allow-origin" not in default.headers


def test_cli_cors_origin_is_repeatable_and_normalized() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}{NOTICES}"
    origins = ("--cors-origin", "HTTP://LocalHost:3000/", "--cors-origin", "http://127.0.0.1:3001")
    with served("specs/notices.yaml", "--port", str(port), *origins):
        wait_until_up(url)
        with httpx.Client(trust_env=False, timeout=10) as client:
            first = client.get(url, headers={**TOKEN, "Origin": "http://localhost:3000"})
            second = client.get(url, headers={**TOKEN, "Origin": "http://127.0.0.1:3001"})
            default = client.get(url, headers={**TOKEN, "Origin": "http://127.0.0.1:8000"})
    assert first.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert second.headers["access-control-allow-origin"] == "http://127.0.0.1:3001"
    assert "access-control-allow-origin" not in default.headers


@pytest.mark.parametrize("bad", ["127.0.0.1:8000", "ftp://x", "http://127.0.0.1:8000/docs", "http://h:99999", "*"])
def test_cli_refuses_what_is_not_an_origin(bad: str) -> None:
    result = run_mpgen("sandbox", "specs/notices.yaml", "--port", str(free_port()), "--cors-origin", bad)
    assert result.returncode == 2
    assert "--cors-origin" in result.stderr


def test_normalize_origin() -> None:
    assert normalize_origin("http://LOCALHOST:8000/") == "http://localhost:8000"
    assert normalize_origin("https://portal.example:443") == "https://portal.example"
    assert normalize_origin("http://[::1]:8000") == "http://[::1]:8000"
    with pytest.raises(OriginError):
        normalize_origin("http://127.0.0.1:8000?x=1")
