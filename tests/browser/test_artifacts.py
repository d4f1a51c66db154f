"""Screenshots of the largest API page for review, desktop (1280x800, full page) and mobile (390x844), written to
build/artifacts/ with a JSON note of what was shot. The largest page is the one most likely to break the layout.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

DESKTOP = (1280, 800)
MOBILE = (390, 844)


def largest_api_page(site_dir: Path) -> str:
    """Path (e.g. apis/pmh/) of the API page with the most HTML."""
    pages = list((site_dir / "apis").glob("*/index.html"))
    assert pages, "the site has no API pages"
    return max(pages, key=lambda p: p.stat().st_size).parent.relative_to(site_dir).as_posix() + "/"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_screenshots_of_the_largest_api_page(open_page: Callable[..., Any], site_dir: Path, artifacts: Path) -> None:
    path = largest_api_page(site_dir)
    note: dict[str, Any] = {"page": path, "html_kb": round((site_dir / path / "index.html").stat().st_size / 1024, 1)}

    page = open_page(path, width=DESKTOP[0], height=DESKTOP[1])
    page.wait_for_load_state("networkidle")
    height = page.evaluate("document.documentElement.scrollHeight")
    desktop = artifacts / "largest-api-page-desktop.png"
    page.screenshot(path=str(desktop), full_page=True)
    assert png_size(desktop)[0] == DESKTOP[0]
    assert png_size(desktop)[1] >= min(height, 16_384) * 0.95, "the screenshot is not the full page"
    note["desktop"] = {"file": desktop.name, "viewport": list(DESKTOP), "page_height_px": height}

    page = open_page(path, width=MOBILE[0], height=MOBILE[1])
    page.wait_for_load_state("networkidle")
    mobile = artifacts / "largest-api-page-mobile.png"
    page.screenshot(path=str(mobile))
    assert png_size(mobile) == MOBILE
    # Wide tables and code scroll inside their own boxes: the page itself never scrolls sideways on a phone.
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    note["mobile"] = {"file": mobile.name, "viewport": list(MOBILE), "horizontal_overflow_px": overflow}
    (artifacts / "largest-api-page.json").write_text(json.dumps(note, ensure_ascii=False, indent=2), encoding="utf-8")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {MOBILE[0]}px"
    for shot in (desktop, mobile):
        assert shot.stat().st_size > 20_000, f"{shot.name} looks blank"
