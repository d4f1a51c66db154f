"""The portal is for integrators: no built page assumes a checkout of this repository, and the SDK page says how to
get and run `mpgen` from the portal's own downloads. Maintainer matters live in README.md.

The site is $MP_SITE_DIR, else build/site when it exists, else a fresh `mkdocs build` into a temporary folder.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import built_site

ROOT = Path(__file__).resolve().parents[1]
# What only a checkout of this repository has: its folders, make targets, build outputs and configuration keys.
# The lookbehinds keep names that merely end the same way (mynaportal-specs/, requests/) out.
REPO_ONLY: dict[str, re.Pattern[str]] = {
    "a configuration key of mkdocs.yml": re.compile(r"\bextra\.[a-z_]+|\bmkdocs\.yml\b"),
    "the specs/ folder": re.compile(r"(?<![\w.-])specs/"),
    "a make target": re.compile(r"\bmake (?:build|test|portal|sandbox|bench|check|regen|fuzz|clean|system-deps)\b"),
    "a source folder": re.compile(r"(?<![\w.-])(?:generator|bench|tests|tools|overrides|ci)/"),
    "the build/ folder": re.compile(r"(?<![\w.-])build/(?:client|site|specs|mpgen|dist|artifacts)?"),
    "an editable install or the lock file": re.compile(r"requirements\.lock|pip install -e \."),
    "building the portal": re.compile(r"\bmkdocs (?:build|serve)\b"),
    "a fork or checkout of this repository": re.compile(r"このリポジトリをフォーク|リポジトリから生成|git clone"),
}
SDK_PAGE = "sdk/index.html"


class _Text(HTMLParser):
    """The text a reader sees (scripts and styles left out), blocks separated by spaces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return re.sub(r"\s+", " ", " ".join(parser.parts))


def repo_only_mentions(text: str) -> list[str]:
    """Each mention of a repository-only thing in the text, with its kind and some context."""
    found = []
    for kind, pattern in REPO_ONLY.items():
        for match in pattern.finditer(text):
            context = text[max(0, match.start() - 40) : match.end() + 40]
            found.append(f"{kind}: {match.group()!r} in …{context}…")
    return found


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_site(tmp_path_factory)


def test_the_scanner_finds_repository_matters_and_spares_look_alikes() -> None:
    flagged = repo_only_mentions(
        visible_text(
            "<p>申請リンクは <code>extra.intake_url</code> から。<code>make test</code> と "
            "<code>specs/self-info.yaml</code>、<code>generator/portal</code>、<code>build/site</code></p>"
        )
    )
    assert [m.split(":")[0] for m in flagged] == [
        "a configuration key of mkdocs.yml",
        "the specs/ folder",
        "a make target",
        "a source folder",
        "the build/ folder",
    ]
    spared = "<p><code>mpgen sandbox mynaportal-specs/*.yaml</code>、requests/、make sure</p><script>specs/</script>"
    assert repo_only_mentions(visible_text(spared)) == []


def test_no_page_mentions_what_only_a_checkout_of_this_repository_has(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30, "the built site looks incomplete"
    failures = []
    for page in pages:
        for mention in repo_only_mentions(visible_text(page.read_text(encoding="utf-8"))):
            failures.append(f"{page.relative_to(site).as_posix()}: {mention}")
    assert not failures, f"{len(failures)} mention(s) of repository-only things:\n" + "\n".join(failures)


def test_sdk_page_tells_integrators_how_to_get_and_run_mpgen_in_their_ci(site: Path) -> None:
    text = visible_text((site / SDK_PAGE).read_text(encoding="utf-8"))
    wheels = re.findall(r"downloads/(mpgen-[\w.]+-py3-none-any\.whl)", text)
    assert wheels, "the SDK page does not name the mpgen wheel under downloads/"
    for wheel in set(wheels):
        assert (site / "downloads" / wheel).is_file(), f"the SDK page names {wheel}, which the site does not publish"
    assert "downloads/constraints.txt" in text and (site / "downloads" / "constraints.txt").is_file()
    for command in ("pip install", "mpgen diff", "mpgen generate", "--check"):
        assert command in text, f"the SDK page does not show {command!r}"
    for template in ("github-actions.yml", "gitlab-ci.yml"):
        assert f"downloads/{template}" in text and (site / "downloads" / template).is_file()
