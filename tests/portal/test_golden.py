"""Golden record of every generated page for the fixture API. `MPGEN_REGEN=1 pytest tests/portal` rewrites it."""

from __future__ import annotations

import os
from pathlib import Path

from generator.portal import SiteConfig, render_pages
from generator.portal.site import ProjectLike

GOLDEN = Path(__file__).parent / "golden"


def test_rendered_pages_match_golden(project: ProjectLike, site: SiteConfig) -> None:
    pages = render_pages(project, site)
    if os.environ.get("MPGEN_REGEN") == "1":
        for old in GOLDEN.rglob("*.md"):
            old.unlink()
        for path, text in pages.items():
            target = GOLDEN / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*.md")}
    missing = sorted(set(pages) - set(expected))
    extra = sorted(set(expected) - set(pages))
    changed = sorted(p for p in set(pages) & set(expected) if pages[p] != expected[p])
    assert not (missing or extra or changed), (
        f"golden pages differ (regenerate with MPGEN_REGEN=1): missing={missing} extra={extra} changed={changed}"
    )


def test_rendering_is_deterministic(project: ProjectLike, site: SiteConfig) -> None:
    assert render_pages(project, site) == render_pages(project, site)
