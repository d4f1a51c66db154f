"""The portal's per-operation samples (the curl and Python tabs of every API page, from generator/portal/samples.py)
run against a real sandbox on a free port, with only the base URL rewritten.

- curl: the real /usr/bin/curl runs each command as the page shows it; `-sS -o/-D/-w` are appended to read what came
  back. The status must be one the operation documents, and the answer must conform to the spec.
- Python: each sample runs against the generated client of build/client (its server index replaced by a base URL
  for that API), in one process; one `mypy --strict` run checks them all.
- Inputs a sample takes from the reader are given as the reader would: `$ACCESS_TOKEN` for curl and `access_token`
  for Python (a session token from the login for 電子申請等情報受取等, any bearer token elsewhere), the client
  certificate files `client.crt`/`client.key` (from `mpgen sandbox --make-certs`), and for a webhook's Python
  sample the `request_body` its curl sample posted to a loopback receiver (its only URL rewritten).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
import pytest

from generator.build.project import load_project
from generator.portal import SiteConfig, samples
from generator.sandbox.certs import make_certs
from generator.sandbox.conformance import response_problems
from generator.sandbox.context import Settings
from tests.sandbox.conftest import ROOT, Sandbox, running
from tests.sandbox.flows import Receiver

CLIENT = ROOT / "build" / "client"
SITE = SiteConfig(intake_url="", developer_site_url="")  # client_package/client_facade as in mkdocs.yml `extra:`
TOKEN = "sample-bearer-token-0001"  # any OAuth bearer token is accepted, as by Prism
SESSION_API = "e-application-receipt"  # its tokens come only from its login

# Samples whose documented answer is an error: (status, what the body or the client's error says).
EXPECTED_ERRORS = {
    # An authorization code comes from the consent page and lives a minute; the sample's example code is refused
    # with the documented invalid_grant. The サンドボックス page's walk-through exchanges a real one.
    "selfInfoIssueToken": (400, "InvalidGrantError"),
    "periodicLinkageIssueToken": (400, "InvalidGrantError"),
}

_MYPY_LINE = re.compile(r"py/sample_(?P<index>\d{3})_\w+\.py:\d+: (?P<kind>error|note): (?P<message>.*)")

pytestmark = pytest.mark.skipif(
    not (CLIENT / SITE.client_package).is_dir() or shutil.which("curl") is None,
    reason="needs build/client (make build) and curl",
)


@dataclass(frozen=True)
class Case:
    slug: str
    operation_id: str
    webhook: bool
    server: str  # the URL the sample talks to
    sandbox_path: str  # the path of the API's first server (the sandbox's base for it)
    curl: str
    python: str


def _cases() -> list[Case]:
    if not (CLIENT / SITE.client_package).is_dir():
        return []
    out: list[Case] = []
    for api in load_project(ROOT).apis:
        sandbox_path = urlsplit(api.servers[0].url).path.rstrip("/")
        ops = sorted(api.operations, key=lambda op: op.method.upper() == "DELETE")  # deleting comes last
        for op in ops:
            out.append(
                Case(
                    api.slug,
                    op.operation_id,
                    op.is_webhook,
                    samples.CALLBACK_URL if op.is_webhook else samples.base_url(api),
                    sandbox_path,
                    samples.curl(api, op),
                    samples.python(api, op, SITE),
                )
            )
    return out


CASES = _cases()


@dataclass
class Outcome:
    status: int | None = None
    headers: dict[str, str] | None = None
    body: bytes = b""
    curl_error: str = ""
    python_error: str = ""  # the exception's class name and message; empty when the sample ran through
    python_output: str = ""


@dataclass
class Run:
    sandbox: Sandbox
    outcomes: dict[str, Outcome]
    mypy: subprocess.CompletedProcess[str]
    received: dict[str, bytes]  # webhook samples: operationId -> the body the receiver got
    seconds: float


def _bodies(receiver: Receiver) -> dict[str, bytes]:
    """Webhook samples post to <receiver>/<operationId>: operationId -> the last body posted there."""
    return {d.path.rsplit("/", 1)[-1]: d.body for d in receiver.deliveries}


def _token(box: Sandbox, client: httpx.Client, case: Case) -> str:
    return box.login(client).split(" ", 1)[1] if case.slug == SESSION_API else TOKEN


def _point_python(case: Case, url: str) -> str:
    """The Python sample with its server index replaced by a base URL for its API."""
    target = f"base_urls={{{case.slug!r}: {url!r}}}"
    code, n = re.subn(r"\bserver=\d+", target, case.python, count=1)
    if n == 0:
        code, n = re.subn(
            r"MynaPortalClient\((\)?)", lambda m: f"MynaPortalClient({target}" + (m.group(1) or ", "), code, count=1
        )
    assert n == 1, case.python
    return code


def _headers(raw: str) -> dict[str, str]:
    last = raw.replace("\r\n", "\n").strip().split("\n\n")[-1]  # curl -D: one block per response
    out: dict[str, str] = {}
    for line in last.split("\n")[1:]:
        name, _, value = line.partition(":")
        out[name.strip().lower()] = value.strip()
    return out


_RUNNER = """
import contextlib, io, json, runpy, sys
results = {}
for name in sys.argv[1:]:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(name, run_name="__main__")
        results[name] = ["", out.getvalue()]
    except BaseException as exc:
        results[name] = [f"{type(exc).__name__}: {exc}"[:500], out.getvalue()]
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    started = time.monotonic()
    work = tmp_path_factory.mktemp("portal-samples")
    certs = work / "certs"
    make_certs(certs)
    shutil.copy(certs / "client.pem", work / "client.crt")
    shutil.copy(certs / "client-key.pem", work / "client.key")
    (work / "out").mkdir()
    (work / "py").mkdir()
    env = {**os.environ, "NO_PROXY": "*", "no_proxy": "*", "PYTHONPATH": str(CLIENT), "PYTHONDONTWRITEBYTECODE": "1"}
    receiver = Receiver()
    outcomes = {c.operation_id: Outcome() for c in CASES}
    mypy: subprocess.Popen[str] | None = None
    try:
        # curl first, on its own sandbox: every sample against the state a fresh sandbox starts with
        with running(Settings(seed=3, tps=0)) as box, box.client() as client:
            script = ["set -u"]
            for i, case in enumerate(CASES):
                assert case.server in case.curl, case.operation_id
                url = f"{receiver.url}/{case.operation_id}" if case.webhook else box.url + case.sandbox_path
                command = case.curl.replace(case.server, url).rstrip("\n")
                script.append(f"export ACCESS_TOKEN={shlex.quote(_token(box, client, case))}")
                script.append(
                    f"{command} \\\n  -sS -o out/{i}.body -D out/{i}.headers -w '%{{http_code}}'"
                    f" > out/{i}.status 2> out/{i}.err"
                )
            subprocess.run(["bash", "-c", "\n".join(script)], cwd=work, env=env, timeout=300, check=False)
        for i, case in enumerate(CASES):
            outcome = outcomes[case.operation_id]
            status = (work / "out" / f"{i}.status").read_text().strip()
            outcome.status = int(status) if status.isdigit() else None
            outcome.curl_error = (work / "out" / f"{i}.err").read_text(errors="replace")
            outcome.headers = _headers((work / "out" / f"{i}.headers").read_text(errors="replace"))
            outcome.body = (work / "out" / f"{i}.body").read_bytes() if (work / "out" / f"{i}.body").exists() else b""
        # Python: a fresh sandbox again, each sample written as a file with the inputs it expects
        with running(Settings(seed=3, tps=0)) as box, box.client() as client:
            files = []
            for i, case in enumerate(CASES):
                prelude = [f"access_token: str = {_token(box, client, case)!r}"]
                if case.webhook:
                    prelude.append(f"request_body: bytes = {_bodies(receiver).get(case.operation_id, b'')!r}")
                    code = case.python
                else:
                    code = _point_python(case, box.url + case.sandbox_path)
                lines = code.split("\n")
                at = next(
                    n for n, line in enumerate(lines) if not line.startswith(("from ", "import "))
                )  # after imports
                path = work / "py" / f"sample_{i:03d}_{re.sub(r'[^0-9A-Za-z]', '_', case.operation_id)}.py"
                path.write_text("\n".join([*lines[:at], *prelude, *lines[at:]]), encoding="utf-8")
                files.append(path)
            names = [str(f.relative_to(work)) for f in files]
            mypy = subprocess.Popen(
                [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", "mypy-cache", *names],
                cwd=work, env={**env, "MYPYPATH": str(CLIENT)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                text=True,
            )  # fmt: skip
            ran = subprocess.run(
                [sys.executable, "-c", _RUNNER, *names],
                cwd=work, env=env, capture_output=True, text=True, timeout=300, check=False,
            )  # fmt: skip
            assert ran.returncode == 0, ran.stderr
            results = json.loads(ran.stdout.splitlines()[-1])
            for path, case in zip(files, CASES, strict=True):
                error, printed = results[str(path.relative_to(work))]
                outcomes[case.operation_id].python_error = error
                outcomes[case.operation_id].python_output = printed
            out, _ = mypy.communicate(timeout=600)
            checked = subprocess.CompletedProcess(mypy.args, mypy.returncode, out, "")
            yield Run(box, outcomes, checked, _bodies(receiver), time.monotonic() - started)
    finally:
        receiver.close()
        if mypy is not None and mypy.poll() is None:
            mypy.kill()
            mypy.wait()


IDS = [c.operation_id for c in CASES]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_curl_sample_gets_a_documented_answer(run: Run, case: Case) -> None:
    outcome = run.outcomes[case.operation_id]
    assert outcome.status is not None, outcome.curl_error
    if case.webhook:
        assert outcome.status == 204
        assert json.loads(run.received[case.operation_id]) is not None
        return
    op = run.sandbox.operation(case.operation_id)
    expected = EXPECTED_ERRORS.get(case.operation_id)
    if expected is None:
        assert 200 <= outcome.status < 400, outcome.body[:500]
    else:
        assert outcome.status == expected[0], outcome.body[:500]
    assert outcome.headers is not None
    assert response_problems(op, outcome.status, outcome.headers, outcome.body) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_python_sample_runs_through_the_client(run: Run, case: Case) -> None:
    outcome = run.outcomes[case.operation_id]
    expected = EXPECTED_ERRORS.get(case.operation_id)
    if expected is None:
        assert outcome.python_error == ""
        if "print(" in case.python:
            assert outcome.python_output.strip(), "the sample prints its result"
    else:
        assert outcome.python_error.startswith(expected[1] + ":")


def test_python_samples_type_check_strictly(run: Run) -> None:
    """One `mypy --strict` over every sample: a sample names the generated models the client's methods take
    (a body of a model class, an enum parameter built from its value), so an integrator's copy type-checks."""
    errors: list[tuple[str, str]] = []
    for line in run.mypy.stdout.splitlines():
        found = _MYPY_LINE.match(line)
        assert found is not None, run.mypy.stdout[-5000:]
        if found["kind"] == "error":
            errors.append((CASES[int(found["index"])].operation_id, found["message"]))
    assert errors == []
    assert run.mypy.returncode == 0, run.mypy.stdout[-5000:]


def test_every_operation_of_every_api_has_samples(run: Run) -> None:
    served = set(run.sandbox.app.services.operations)
    assert {c.operation_id for c in CASES if not c.webhook} == served
    assert len({c.slug for c in CASES}) == 16
