"""Running the app with uvicorn: one worker, no access log (speed), TLS with client certificates on request."""

from __future__ import annotations

import argparse
import ssl
import sys

import uvicorn

from generator.sandbox.app import create_app
from generator.sandbox.context import Settings
from generator.sandbox.specs import Api
from generator.sandbox.state import Store


def serve(apis: list[Api], args: argparse.Namespace, host: str) -> int:
    tls: dict[str, object] = {}
    if args.certs is not None:
        folder = args.certs
        missing = [n for n in ("ca.pem", "server.pem", "server-key.pem") if not (folder / n).is_file()]
        if missing:
            print(f"mpgen: {folder} lacks {', '.join(missing)}; write them with --make-certs {folder}", file=sys.stderr)
            return 2
        tls = {
            "ssl_certfile": str(folder / "server.pem"),
            "ssl_keyfile": str(folder / "server-key.pem"),
            "ssl_ca_certs": str(folder / "ca.pem"),
            "ssl_cert_reqs": ssl.CERT_REQUIRED,
        }
    settings = Settings(
        seed=args.seed, wait_polls=args.polls, tps=args.tps, mtls=bool(tls), cors_origins=tuple(args.cors_origin)
    )
    store = Store(args.db)
    app = create_app(apis, settings, store)
    scheme = "https" if tls else "http"
    print(
        f"mpgen sandbox: {len(apis)} API(s) on {scheme}://{host}:{args.port}/<slug> "
        f"(state: {args.db or 'in memory'}; mTLS: {'enforced' if tls else 'not enforced'}; "
        f"browsers allowed from: {', '.join(settings.cors_origins)})",
        file=sys.stderr,
    )
    for api in apis:
        print(f"  {scheme}://{host}:{args.port}{api.base_path}", file=sys.stderr)
    try:
        uvicorn.run(app, host=host, port=args.port, log_level="warning", access_log=False, **tls)  # type: ignore[arg-type]
    finally:
        store.close()
    return 0
