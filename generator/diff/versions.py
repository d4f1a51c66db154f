"""`info.version` as numbers: `1.4.0`, `v2`, `2025.1` all compare by their numeric parts."""

from __future__ import annotations

import re

_NUMBERS = re.compile(r"^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def parse_version(text: str) -> tuple[int, int, int] | None:
    match = _NUMBERS.match(text.strip())
    if match is None:
        return None
    return (int(match[1]), int(match[2] or 0), int(match[3] or 0))


def major(text: str) -> int | None:
    parsed = parse_version(text)
    return parsed[0] if parsed else None
