"""Per-call `max_retries=` and the document's `x-idempotent` mark, through the generated methods over real HTTP
on 127.0.0.1: a server that fails before it succeeds counts the attempts. A POST the document marks idempotent
is repeated, an unmarked POST is not, `x-idempotent: false` stops a PUT, and `max_retries=` on one call wins over
the client's setting. Per-API constructors take max_retries and rate_limit as the facade does."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import os
import subprocess
import sys
import time
import typing
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.client_runtime.servers import Reply, Scripted, json_reply, scripted
from tests.conftest import generate_package, imported

PACKAGE = "idem_client"
DOCUMENT = """\
openapi: 3.1.0
info: {title: idem, version: "1"}
servers: [{url: "https://api.example.test"}]
paths:
  /jobs:
    get:
      operationId: idemListJobs
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}
    post:
      operationId: idemSubmitJob
      x-idempotent: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}
  /jobs/plain:
    post:
      operationId: idemPostJob
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}
  /jobs/keyed:
    post:
      operationId: idemPostKeyedJob
      parameters:
        - {name: Idempotency-Key, in: header, schema: {type: string, format: uuid}}
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}
  /jobs/{jobId}:
    put:
      operationId: idemReplaceJob
      x-idempotent: false
      parameters: [{name: jobId, in: path, required: true, schema: {type: string}}]
      responses:
        "204": {description: replaced}
    delete:
      operationId: idemDeleteJob
      parameters:
        - {name: jobId, in: path, required: true, schema: {type: string}}
        - {name: max_retries, in: query, schema: {type: integer}}
      responses:
        "204": {description: deleted}
components:
  schemas:
    Job:
      type: object
      properties:
        name: {type: string}
"""
JOB = {"name": "nightly"}
OK = json_reply(200, JOB)
DONE: Reply = (204, {}, b"")


def busy(status: int = 503) -> Reply:
    return json_reply(status, {"title": "busy", "status": status}, {"retry-after-ms": "1"})


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_package(tmp_path_factory.mktemp("idem"), "idem", DOCUMENT, PACKAGE)


@pytest.fixture(scope="module")
def pkg(generated: Path) -> Iterator[ModuleType]:
    with imported(generated, PACKAGE) as module:
        yield module


@pytest.fixture(scope="module")
def api(pkg: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.idem")


def attempts(server: Scripted, path: str) -> int:
    return sum(1 for s in server.seen if s.path == path)


def test_a_post_marked_idempotent_is_retried(api: ModuleType) -> None:
    with scripted(busy(), busy(502), OK) as server, api.IdemClient(server.url) as client:
        job = client.submit_job(body=api.models.Job(name="nightly"))
    assert job.name == "nightly"
    assert [s.method for s in server.seen] == ["POST"] * 3
    assert {s.body for s in server.seen} == {b'{"name": "nightly"}'}, "a retry sends the same body"


def test_an_unmarked_post_is_not_retried(api: ModuleType, pkg: ModuleType) -> None:
    with (
        scripted(busy(), OK) as server,
        api.IdemClient(server.url, max_retries=5) as client,
        pytest.raises(pkg.ServiceUnavailableError),
    ):
        client.post_job(body=api.models.Job(name="nightly"), max_retries=5)
    assert len(server.seen) == 1


def test_an_unmarked_post_is_not_retried_after_a_lost_answer(api: ModuleType, pkg: ModuleType) -> None:
    with scripted(None, OK) as server, api.IdemClient(server.url) as client, pytest.raises(pkg.APIConnectionError):
        client.post_job(body=api.models.Job(name="nightly"))
    assert len(server.seen) == 1, "the server may have acted on it: sending it again could do it twice"


def test_a_marked_post_is_retried_after_a_lost_answer(api: ModuleType) -> None:
    with scripted(None, OK) as server, api.IdemClient(server.url) as client:
        assert client.submit_job(body=api.models.Job(name="nightly")).name == "nightly"
    assert len(server.seen) == 2


def test_a_post_with_an_idempotency_key_is_retried_only_when_the_key_is_given(api: ModuleType, pkg: ModuleType) -> None:
    key = uuid.UUID("0b7c6f1e-8d2a-4c3b-9e5f-1a2b3c4d5e6f")
    with scripted(busy(), OK) as server, api.IdemClient(server.url) as client:
        with pytest.raises(pkg.ServiceUnavailableError):
            client.post_keyed_job(body=api.models.Job(name="nightly"))
        assert len(server.seen) == 1
    with scripted(busy(), None, OK) as server, api.IdemClient(server.url) as client:
        assert client.post_keyed_job(body=api.models.Job(name="nightly"), idempotency_key=key).name == "nightly"
    assert [s.headers["idempotency-key"] for s in server.seen] == [str(key)] * 3
    doc = api.IdemClient.post_keyed_job.__doc__ or ""
    assert "idempotency_key を渡したときだけ" in doc


def test_x_idempotent_false_stops_a_put(api: ModuleType, pkg: ModuleType) -> None:
    with scripted(busy(), busy(), DONE) as server, api.IdemClient(server.url) as client:
        with pytest.raises(pkg.ServiceUnavailableError):
            client.replace_job("j1")
        assert len(server.seen) == 1
        client.delete_job("j1")  # an unmarked DELETE: idempotent by its method
        assert [s.method for s in server.seen] == ["PUT", "DELETE", "DELETE"]


@pytest.mark.parametrize(("per_call", "expected"), [(0, 1), (1, 2), (2, 3), (4, 5)])
def test_per_call_max_retries_wins_over_the_client(
    api: ModuleType, pkg: ModuleType, per_call: int, expected: int
) -> None:
    with (
        scripted(busy()) as server,
        api.IdemClient(server.url, max_retries=1) as client,
        pytest.raises(pkg.ServiceUnavailableError),
    ):
        client.submit_job(body=api.models.Job(name="nightly"), max_retries=per_call)
    assert attempts(server, "/jobs") == expected


@pytest.mark.parametrize(("per_call", "expected"), [(0, 1), (2, 3)])
def test_per_call_max_retries_on_a_get_and_its_raw_response(
    api: ModuleType, pkg: ModuleType, per_call: int, expected: int
) -> None:
    with scripted(busy()) as server, api.IdemClient(server.url) as client:
        with pytest.raises(pkg.ServiceUnavailableError):
            client.list_jobs(max_retries=per_call)
        assert len(server.seen) == expected
        with pytest.raises(pkg.ServiceUnavailableError):
            client.with_raw_response.list_jobs(max_retries=per_call)
        assert len(server.seen) == 2 * expected


def test_per_call_max_retries_succeeds_once_the_server_recovers(api: ModuleType) -> None:
    with scripted(busy(), busy(), OK) as server, api.IdemClient(server.url, max_retries=0) as client:
        assert client.list_jobs(max_retries=2).name == "nightly"
    assert len(server.seen) == 3


def test_a_parameter_called_max_retries_does_not_take_the_name(api: ModuleType) -> None:
    signature = inspect.signature(api.IdemClient.delete_job)
    assert signature.parameters["max_retries"].kind is inspect.Parameter.KEYWORD_ONLY
    query = [name for name in signature.parameters if name.startswith("max_retries") and name != "max_retries"]
    assert len(query) == 1
    with scripted(busy(), DONE) as server, api.IdemClient(server.url) as client:
        client.delete_job("j1", **{query[0]: 7}, max_retries=1)
    assert [s.query for s in server.seen] == [{"max_retries": "7"}] * 2


def test_async_methods_take_max_retries_and_the_mark(api: ModuleType, pkg: ModuleType) -> None:
    async def main(server: Scripted) -> None:
        async with api.AsyncIdemClient(server.url) as client:
            assert (await client.submit_job(body=api.models.Job(name="a"))).name == "nightly"
            assert len(server.seen) == 2
            with pytest.raises(pkg.ServiceUnavailableError):
                await client.post_job(body=api.models.Job(name="b"), max_retries=3)
            assert len(server.seen) == 3
            with pytest.raises(pkg.ServiceUnavailableError):
                await client.list_jobs(max_retries=1)
            assert len(server.seen) == 5

    with scripted(busy(), OK, busy()) as server:
        asyncio.run(main(server))


def test_signatures_are_keyword_only_and_typed(api: ModuleType) -> None:
    for cls in (api.IdemClient, api.AsyncIdemClient, api.client.IdemClientWithRawResponse):
        for name in ("list_jobs", "submit_job", "post_job", "post_keyed_job", "replace_job", "delete_job"):
            parameter = inspect.signature(getattr(cls, name)).parameters["max_retries"]
            assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
            assert parameter.annotation == "int | Unset"
    hints = typing.get_type_hints(api.IdemClient.__init__, vars(api.client))
    assert hints["max_retries"] is int
    assert "RateLimiter" in str(hints["rate_limit"])


# --------------------------------------------------------------------------- per-API constructors


def test_constructor_max_retries(api: ModuleType, pkg: ModuleType) -> None:
    with scripted(busy()) as server:
        for given, expected in ((0, 1), (3, 4)):
            before = len(server.seen)
            with api.IdemClient(server.url, max_retries=given) as client, pytest.raises(pkg.ServiceUnavailableError):
                client.list_jobs()
            assert len(server.seen) - before == expected
        before = len(server.seen)
        with api.IdemClient(server.url) as client, pytest.raises(pkg.ServiceUnavailableError):
            client.list_jobs()
        assert len(server.seen) - before == 1 + pkg.DEFAULT_MAX_RETRIES


def test_constructor_rate_limit_spaces_requests(api: ModuleType) -> None:
    with scripted(OK) as server, api.IdemClient(server.url, rate_limit=2) as client:
        started = time.monotonic()
        for _ in range(4):
            client.list_jobs()
        elapsed = time.monotonic() - started
    assert len(server.seen) == 4
    assert elapsed >= 1.45, elapsed  # 2 per second: the 4th request leaves 1.5 s after the 1st


def test_constructor_rate_limit_shares_a_limiter_between_clients(api: ModuleType, pkg: ModuleType) -> None:
    limiter = pkg.RateLimiter(2)

    async def twice(url: str) -> None:
        async with api.AsyncIdemClient(url, rate_limit=limiter) as client:
            await client.list_jobs()
            await client.list_jobs()

    with scripted(OK) as server, api.IdemClient(server.url, rate_limit=limiter) as one:
        started = time.monotonic()
        one.list_jobs()
        asyncio.run(twice(server.url))
        one.list_jobs()
        elapsed = time.monotonic() - started
    assert len(server.seen) == 4
    assert elapsed >= 1.45, elapsed  # one budget: 4 requests at 2 per second, whichever client sends them


def test_constructor_rejects_a_bad_rate(api: ModuleType) -> None:
    with pytest.raises(ValueError, match="rate must be > 0"):
        api.IdemClient("http://127.0.0.1:9", rate_limit=0)


def test_constructor_options_pass_mypy_strict(generated: Path, tmp_path: Path) -> None:
    """What an integrator writes type-checks, and a wrong type does not."""
    good = tmp_path / "good.py"
    good.write_text(
        "from idem_client import RateLimiter\n"
        "from idem_client.idem import AsyncIdemClient, IdemClient, models\n\n"
        "client = IdemClient('http://127.0.0.1:1', max_retries=0, rate_limit=2.5)\n"
        "shared = IdemClient('http://127.0.0.1:1', rate_limit=RateLimiter(5, burst=2))\n"
        "aclient = AsyncIdemClient('http://127.0.0.1:1', max_retries=4, rate_limit=None)\n"
        "job: models.Job = client.submit_job(body=models.Job(name='x'), max_retries=3)\n"
        "client.list_jobs(max_retries=0, timeout=1.0)\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from idem_client.idem import IdemClient\n\n"
        "client = IdemClient('http://127.0.0.1:1', max_retries='2')\n"
        "client.list_jobs(max_retries=None)\n"
        "client.list_jobs(1)\n",
        encoding="utf-8",
    )
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache")]
    env = {**os.environ, "MYPYPATH": str(generated)}
    ok = subprocess.run([*mypy, str(good)], capture_output=True, text=True, check=False, env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    wrong = subprocess.run([*mypy, str(bad)], capture_output=True, text=True, check=False, env=env)
    assert wrong.returncode == 1, wrong.stdout + wrong.stderr
    assert wrong.stdout.count("error:") == 3, wrong.stdout
