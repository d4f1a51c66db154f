"""Sandbox benchmark (not a test): requests per second, p50/p99 latency and server memory.

Starts `mpgen sandbox` (one uvicorn worker, no TPS cap) on a free loopback port and drives it from a
separate load-generator process: a few threads, each with one keep-alive connection, writing raw
HTTP/1.1 so the client costs little next to the server. Prints a table.

    .venv/bin/python bench/sandbox_bench.py [--requests 20000] [--connections 4]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUTH = "Bearer bench-token-000000000001"
GET_PATH = "/notices/senders"
POST_PATH = "/notices/notices/read-status"
POST_BODY = json.dumps({"noticeIds": ["NT20261120000481", "NT20261118000230"], "read": True}).encode()


def _request(method: str, path: str, port: int, body: bytes = b"") -> bytes:
    lines = [
        f"{method} {path} HTTP/1.1",
        f"Host: 127.0.0.1:{port}",
        f"Authorization: {AUTH}",
        "Connection: keep-alive",
    ]
    if body:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _read_response(sock: socket.socket, buffer: bytearray) -> int:
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        rest += chunk
    buffer[:] = rest[length:]
    return status


def load(port: int, method: str, path: str, total: int, connections: int) -> dict[str, float]:
    """Run in the load-generator process: `total` requests over `connections` keep-alive sockets."""
    body = POST_BODY if method == "POST" else b""
    raw = _request(method, path, port, body)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def worker(count: int) -> None:
        nonlocal errors
        mine: list[float] = []
        bad = 0
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            buffer = bytearray()
            for _ in range(count):
                started = time.perf_counter()
                sock.sendall(raw)
                if _read_response(sock, buffer) >= 400:
                    bad += 1
                mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors += bad

    per = total // connections
    threads = [threading.Thread(target=worker, args=(per,)) for _ in range(connections)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
    }


def _drive(port: int, method: str, path: str, total: int, connections: int) -> dict[str, float]:
    args = [sys.executable, __file__, "--load", str(port), method, path, str(total), str(connections)]
    out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=20_000, help="requests per throughput scenario")
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "sandbox", "--port", str(port), "--tps", "0"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        _drive(port, "GET", GET_PATH, 2_000, args.connections)  # warm-up
        rows = []
        for label, method, path in (("example GET", "GET", GET_PATH), ("validated POST", "POST", POST_PATH)):
            result = _drive(port, method, path, args.requests, args.connections)
            rows.append((label, result))
        served = 2_000 + 2 * args.requests
        to_10k = max(0, 10_000 - served)
        if to_10k:
            _drive(port, "GET", GET_PATH, to_10k, args.connections)
        rss_10k = _rss_kib(server.pid)
        _drive(port, "GET", GET_PATH, 90_000, args.connections)
        rss_100k = _rss_kib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"sandbox benchmark (1 uvicorn worker, {args.connections} keep-alive connections, {os.cpu_count()} CPUs)")
    print(f"{'scenario':18} {'requests':>9} {'errors':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for label, r in rows:
        counts = f"{int(r['requests']):9d} {int(r['errors']):7d}"
        print(f"{label:18} {counts} {r['rps']:8.0f} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f}")
    growth = (rss_100k - rss_10k) / rss_10k * 100 if rss_10k else 0.0
    print(
        f"{'memory (RSS)':18} after 10,000: {rss_10k / 1024:.1f} MiB; after 100,000: {rss_100k / 1024:.1f} MiB"
        f" ({growth:+.1f}%)"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--load":
        port, method, path, total, connections = sys.argv[2:7]
        print(json.dumps(load(int(port), method, path, int(total), int(connections))))
    else:
        main()
