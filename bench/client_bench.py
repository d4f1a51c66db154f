"""Client overhead, one run: a generated method against a bare httpx.Client.get on one loopback server, and
`import mynaportal_client` against `import httpx, pydantic`.

    .venv/bin/python bench/client_bench.py [--client DIR] [--calls N]

Without --client the package is generated from specs/ into a temporary folder first. Targets (issue #9):
overhead <= 0.3 ms per call (median), import <= 1.5 x httpx + pydantic.
"""

from __future__ import annotations

import argparse
import importlib
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BODY = json.dumps(  # the document's own example of the answer
    {
        "consents": [
            {
                "consentId": "CN7K2M9Q4X1P8R5T3W",
                "clientId": "SP23456789_PH0001",
                "status": "active",
                "consentedAt": "2026-11-26T10:30:15+09:00",
                "expiresAt": "2027-02-24T10:30:15+09:00",
                "remainingDays": 89,
                "scopes": ["medical:medication", "medical:checkup", "medical:medical_expenses", "periodic:medical"],
                "lastRefreshedAt": "2026-11-26T10:30:16+09:00",
                "revokedAt": None,
                "revocationReason": None,
            }
        ],
        "pagination": {"totalCount": 1, "page": 1, "perPage": 20, "nextPage": None},
    }
).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: both clients reuse one connection

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes: without this, Nagle + delayed ACK add 40 ms to some calls.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: Any) -> None:
        return


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def per_call(client_dir: Path, calls: int) -> dict[str, list[float]]:
    sys.path.insert(0, str(client_dir))
    import httpx  # noqa: PLC0415

    module = importlib.import_module("mynaportal_client.periodic_linkage.client")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    path = "/online-resource-web/periodic/consents"
    times: dict[str, list[float]] = {"httpx.Client.get": [], "generated list_consents()": []}
    with httpx.Client() as bare, module.PeriodicLinkageClient(base) as generated:
        method = next(
            getattr(generated, name)
            for name in dir(type(generated))
            if "(operationId: `periodicLinkageListConsents`)" in (getattr(type(generated), name).__doc__ or "")
        )
        for _ in range(200):  # warm up: connections, adapters, caches
            bare.get(base + path).json()
            method()
        for _ in range(calls):  # interleaved, so drift in the machine's load hits both alike
            started = time.perf_counter()
            bare.get(base + path)
            times["httpx.Client.get"].append(time.perf_counter() - started)
            started = time.perf_counter()
            method()
            times["generated list_consents()"].append(time.perf_counter() - started)
    server.shutdown()
    return times


def import_time(client_dir: Path, statement: str, runs: int) -> list[float]:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    out = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=client_dir, capture_output=True, text=True, check=True
        )
        out.append(float(result.stdout))
    return out


def generate(into: Path) -> Path:
    specs = sorted(str(p) for p in (ROOT / "specs").glob("*.yaml") if p.name != "catalog.yaml")
    argv = [sys.executable, "-m", "generator", "generate", *specs, "--out", str(into), "--package", "mynaportal_client"]
    subprocess.run([*argv, "--facade", "MynaPortalClient"], cwd=ROOT, check=True, capture_output=True)
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--client", type=Path, help="folder holding mynaportal_client (default: generate now)")
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--imports", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        client_dir = args.client or generate(Path(tmp) / "client")
        times = per_call(client_dir, args.calls)
        base_imports = import_time(client_dir, "import httpx, pydantic", args.imports)
        ours = import_time(client_dir, "import mynaportal_client", args.imports)

    ms = 1000.0
    print(f"per call, {args.calls} calls each, loopback keep-alive server")
    print("| client | median ms | p95 ms |")
    print("| --- | ---: | ---: |")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values) * ms:.3f} | {percentile(values, 0.95) * ms:.3f} |")
    bare, gen = times["httpx.Client.get"], times["generated list_consents()"]
    overhead = (statistics.median(gen) - statistics.median(bare)) * ms
    overhead95 = (percentile(gen, 0.95) - percentile(bare, 0.95)) * ms
    print(f"| overhead | {overhead:.3f} | {overhead95:.3f} |  target <= 0.3 ms (median): {_verdict(overhead <= 0.3)}")
    print()
    print(f"import, {args.imports} fresh interpreters each")
    print("| import | median ms | min ms |")
    print("| --- | ---: | ---: |")
    print(f"| httpx, pydantic | {statistics.median(base_imports) * ms:.0f} | {min(base_imports) * ms:.0f} |")
    print(f"| mynaportal_client | {statistics.median(ours) * ms:.0f} | {min(ours) * ms:.0f} |")
    ratio = statistics.median(ours) / statistics.median(base_imports)
    best = min(ours) / min(base_imports)
    print(f"| ratio | {ratio:.2f} x | {best:.2f} x |  target <= 1.5 x: {_verdict(ratio <= 1.5)}")


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


if __name__ == "__main__":
    main()
