"""`mpgen sandbox`: load the documents once, then serve them on 127.0.0.1 with uvicorn."""

from __future__ import annotations

import argparse
import errno
import socket
import sys
from pathlib import Path

from generator.config import Config

HOST = "127.0.0.1"  # loopback only: the sandbox is a development tool, never a public server


DESCRIPTION = """\
Serve every operation of the documents on http://127.0.0.1:PORT under the path of each document's
first server (the 16 APIs: /<slug>). Requests are checked against the spec (parameters, bodies,
required security); answers are the spec's examples, or `Prefer: code=404`, `example=NAME`,
`dynamic=true` (Prism-compatible). State (tokens, consents, processIds, webhooks, the clock) lives in
SQLite. Limits: bodies over 10 MiB get 413; each client id gets --tps requests per second on the
operations that declare 429 (429 + Retry-After), and so does each address sending requests that name
no client (anonymous, or with a token the sandbox did not issue). OAuth bearer tokens the sandbox did not issue are
accepted; session tokens (#12) only from its login. mutualTLS is enforced only with --certs DIR
(HTTPS with client certificates); otherwise it is accepted without a certificate. Sandbox endpoints:
/_sandbox/authorize (consent page), /_sandbox/clock, /_sandbox/webhooks (completion and status webhooks,
signed where the document declares X-Mynaportal-Signature), /_sandbox/deliveries,
/_sandbox/jobs. Browsers may call it only from the portal's origins (the try-it panel): by default
http://127.0.0.1:8000 and http://localhost:8000; --cors-origin replaces them (repeatable)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("specs", nargs="*", type=Path, help="documents to serve (default: the configured specs folder)")
    parser.add_argument("--port", type=int, default=4010, help="port on 127.0.0.1 (default 4010)")
    parser.add_argument("--db", type=Path, help="SQLite file that keeps the state across restarts (default: in memory)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data (Prefer: dynamic=true)")
    parser.add_argument("--polls", type=int, default=2, help="polls a processId stays unfinished (default 2)")
    parser.add_argument(
        "--tps",
        type=int,
        default=10,
        help="requests per second per client id (or per address when none); 0 = no cap (default 10)",
    )
    parser.add_argument(
        "--make-certs", type=Path, metavar="DIR", help="write a test CA, server and client certificates"
    )
    parser.add_argument("--certs", type=Path, metavar="DIR", help="serve HTTPS requiring client certificates from DIR")
    parser.add_argument(
        "--cors-origin",
        action="append",
        metavar="ORIGIN",
        help="browser origin allowed to call the sandbox, e.g. http://127.0.0.1:8000 (repeatable; "
        "default: http://127.0.0.1:8000 and http://localhost:8000)",
    )
    parser.add_argument("--root", type=Path, help="folder that $ref may reach into (default: the documents' folder)")


def run(config: Config, args: argparse.Namespace) -> int:
    if args.make_certs is not None:
        from generator.sandbox.certs import make_certs  # noqa: PLC0415 - cryptography only when asked for

        written = make_certs(args.make_certs)
        for path in written:
            print(path)
        return 0
    if not 0 < args.port < 65536 or args.polls < 0 or args.tps < 0:
        print("mpgen: --port must be 1-65535, --polls and --tps 0 or more", file=sys.stderr)
        return 2
    from generator.sandbox.cors import DEFAULT_ORIGINS, OriginError, normalize_origin  # noqa: PLC0415

    try:
        args.cors_origin = tuple(normalize_origin(o) for o in args.cors_origin or DEFAULT_ORIGINS)
    except OriginError as exc:
        print(f"mpgen: --cors-origin: {exc}", file=sys.stderr)
        return 2
    import sqlite3  # noqa: PLC0415 - the parser above must stay light: `mpgen --help` imports it

    from generator.sandbox.specs import SpecError, load_apis  # noqa: PLC0415

    try:
        apis = load_apis(config, list(args.specs))
    except SpecError as exc:
        for d in exc.diagnostics:
            print(d)
        print("mpgen: the sandbox serves only valid documents; nothing to serve", file=sys.stderr)
        return 1
    if not _port_free(args.port):
        print(f"mpgen: port {args.port} on {HOST} is in use; choose another with --port", file=sys.stderr)
        return 2
    from generator.sandbox.server import serve  # noqa: PLC0415 - uvicorn and starlette load only to serve

    try:
        return serve(apis, args, HOST)
    except sqlite3.Error as exc:
        print(f"mpgen: cannot open the state database {args.db}: {exc}", file=sys.stderr)
        return 2


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((HOST, port))
        except OSError as exc:
            return exc.errno != errno.EADDRINUSE
    return True
