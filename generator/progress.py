"""Progress shown on long runs: a live counter on a terminal, tenth-of-the-way lines in CI logs."""

from __future__ import annotations

import sys


def progress(done: int, total: int, label: str) -> None:
    """A live counter on a terminal; in CI logs a line at every tenth of a long run."""
    if sys.stderr.isatty():
        print(f"\r[{done}/{total}] {label}\033[K", end="", file=sys.stderr, flush=True)
    elif total >= 20 and done * 10 // total != (done - 1) * 10 // total:
        print(f"mpgen: [{done}/{total}] {done * 100 // total}%", file=sys.stderr, flush=True)


def progress_done() -> None:
    if sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr, flush=True)
