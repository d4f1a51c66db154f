"""Facts of issue #11 checked on the built portal: one test per correction, reading the site's HTML and search files.

The site is $MP_SITE_DIR, else build/site when it exists, else a fresh `mkdocs build` into a temporary folder.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from generator.portal.search_index import index_tokens, term_shard
from tests.conftest import built_site

ROOT = Path(__file__).resolve().parents[1]
OLD_GUIDELINE = "民間PHR事業者による健診等情報の取"  # 取扱い and 取り扱い: the name before 2025-04-30
NEW_GUIDELINE = "PHRサービス提供者による健診等情報の取扱いに関する基本的指針"
DEVELOPER_SITE = "https://developers.digital.go.jp/"
# Wordings that say the official specs are withheld or handed out only after applying / approval.
SPECS_WITHHELD = [
    re.compile(r"仕様書[^。]{0,20}非公開"),
    re.compile(r"非公開[^。]{0,10}仕様書"),
    re.compile(r"(申請|承認)(の)?(後|されると|を受けると)[^。]{0,30}仕様書[^。]{0,20}(提供|交付|配布|渡|入手)"),
    re.compile(r"仕様書[^。]{0,20}(申請|承認)(の)?後[^。]{0,20}(提供|交付|配布|渡|入手)"),
]


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_site(tmp_path_factory)


class _Page(HTMLParser):
    """The article of a built page: its visible text, links, ids and table rows (cells as text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <article> when > 0
        self.text: list[str] = []
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.rows: list[tuple[set[str], list[str]]] = []  # (ids inside the row, cell texts)
        self._row: tuple[set[str], list[str]] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "article":
            self.depth += 1
        if values.get("id"):
            self.ids.add(str(values["id"]))
            if self._row is not None:
                self._row[0].add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
        if tag == "tr":
            self._row = (set(), [])
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        elif tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row[1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self.depth:
                self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def read_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def html_pages(site: Path) -> Iterator[Path]:
    yield from sorted(site.rglob("*.html"))


def search_rows(site: Path) -> tuple[Path, dict[str, object], list[list[str]]]:
    """The sharded search index the hook wrote: its folder, meta.json and every [location, title, text] row."""
    config = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    folder = site / config["mp"]["dir"]
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    rows = [row for n in range(len(meta["text"])) for row in json.loads((folder / f"text/{n}.json").read_bytes())]
    return folder, meta, rows


def test_old_guideline_name_appears_nowhere(site: Path) -> None:
    found = [p.relative_to(site).as_posix() for p in html_pages(site) if OLD_GUIDELINE in p.read_text("utf-8")]
    _folder, _meta, rows = search_rows(site)
    found += [row[0] for row in rows if OLD_GUIDELINE in row[1] + row[2]]
    assert not found, f"old PHR guideline name on: {found}"
    for page in ("review/index.html", "prepare/index.html"):
        assert NEW_GUIDELINE in "".join(read_page(site / page).text), page


def test_developer_site_links_go_to_developers_digital_go_jp(site: Path) -> None:
    links = [link for p in html_pages(site) for link in read_page(p).links]
    digital = [link for link in links if "digital.go.jp" in urlsplit(link).netloc]
    assert any(link.startswith(DEVELOPER_SITE) for link in digital)
    assert all(urlsplit(link).netloc == "developers.digital.go.jp" for link in digital), sorted(set(digital))
    for path in html_pages(site):
        assert "developer.digital.go.jp" not in path.read_text(encoding="utf-8"), path


def test_no_page_says_specs_are_given_only_after_applying(site: Path) -> None:
    problems = []
    for path in html_pages(site):
        text = html.unescape("".join(read_page(path).text))
        for pattern in SPECS_WITHHELD:
            for match in pattern.finditer(text):
                problems.append(f"{path.relative_to(site)}: {match.group()}")
    assert not problems, "\n".join(problems)
    illustrative = "".join(read_page(site / "apis" / "self-info" / "index.html").text)
    assert "利用申請の前に仕様公開サイトでダウンロードできます" in illustrative


def test_error_code_page_lists_E0403002_with_a_retry_column(site: Path) -> None:
    page = read_page(site / "errors" / "index.html")
    assert "E0403002" in page.ids
    headers = next(cells for ids, cells in page.rows if "再試行" in cells)
    row = next(cells for ids, cells in page.rows if "E0403002" in ids)
    assert len(row) == len(headers)
    assert row[headers.index("コード")].startswith("E0403002")
    assert row[headers.index("HTTPステータス")] == "403"
    assert row[headers.index("再試行")] == "しない"
    assert "例示" in row[headers.index("コード")]
    retry_values = {cells[headers.index("再試行")] for ids, cells in page.rows if ids and len(cells) == len(headers)}
    assert retry_values <= {"する", "しない", "条件付き"} and "する" in retry_values


def test_operation_error_codes_link_to_existing_rows(site: Path) -> None:
    ids = read_page(site / "errors" / "index.html").ids
    linked = set()
    for path in sorted((site / "apis").glob("*/index.html")):
        for link in read_page(path).links:
            parts = urlsplit(link)
            if parts.path.endswith("errors/") and parts.fragment:
                linked.add(parts.fragment)
    assert "E0403002" in linked
    assert linked <= ids, sorted(linked - ids)


def test_search_index_finds_E0403002_on_the_error_code_page(site: Path) -> None:
    folder, meta, rows = search_rows(site)
    (term,) = index_tokens("E0403002")
    shards = int(str(meta["terms"]))
    postings = json.loads((folder / f"terms/{term_shard(term, shards)}.json").read_bytes()).get(term)
    assert postings, "E0403002 is not in the search index"
    doc, locations = 0, []
    for i in range(0, len(postings), 2):
        doc += postings[i]
        locations.append(rows[doc][0])
    assert any(loc.split("#")[0] == "errors/" for loc in locations), locations


def test_self_info_page_has_no_completion_notice(site: Path) -> None:
    text = "".join(read_page(site / "apis" / "self-info" / "index.html").text)
    assert "完了通知" not in text
    assert "WAIT_RESULT" in text and "TIMEOUT" in text


def test_intake_page_does_not_claim_one_ticket_for_everything(site: Path) -> None:
    text = "".join(read_page(site / "intake" / "index.html").text)
    assert "同じ窓口の申請チケットで進みます" not in text
    assert "申請チケットで行います" not in text


def test_intake_categories_have_prefilled_links(site: Path) -> None:
    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    intake_url = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)["extra"]["intake_url"]
    page = read_page(site / "intake" / "index.html")
    categories = {
        "category-new": "新規",
        "category-add": "追加",
        "category-connection-test": "接続試験",
        "category-incident": "インシデント",
        "category-withdrawal": "廃止",
        "category-question": "質問",
    }
    assert set(categories) <= page.ids
    prefilled = [link for link in page.links if link.startswith(intake_url + "?")]
    summaries = [parse_qs(urlsplit(link).query).get("summary", [""])[0] for link in prefilled]
    for word in categories.values():
        assert any(word in summary and summary.startswith("【") for summary in summaries), word
    prepare = read_page(site / "prepare" / "index.html")
    for anchor in categories:
        assert any(urlsplit(link).fragment == anchor for link in prepare.links), anchor
