"""The sharded index in the browser: nothing beyond the small config loads with a page, a query fetches a few
shards only, and the worker tokenizes and places terms exactly as generator/portal/search_index.py does."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.portal.search_index import _TOKEN, index_tokens, parts, term_shard

pytestmark = pytest.mark.browser

WORKER = Path("assets") / "javascripts" / "search-worker.js"  # the built copy, as the site serves it
TRICKY = [
    "同意を撤回する",
    "ＡＢＣ１２３ ｶﾀｶﾅ",  # full-width ASCII and half-width katakana, normalized the same way on both sides
    "データ・連携（期間連携）〆切々〇",
    "getSelfInfoResult HTTPResponse refresh_token /online-resource-web/request",
    "𠮷野家と髙橋 ヶ月 ゝゞ ヽヾ",
    "E0409001 IFA0301-R01 ①②",
]


def _shard_config(site_dir: Path) -> dict[str, Any]:
    config = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    return dict(config["mp"])


def _open_search(page: Any) -> None:
    page.locator(".md-search__input").click()
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.includes('入力してください')", timeout=15_000
    )


def test_pages_load_only_the_small_config_and_a_query_fetches_a_few_shards(
    open_page: Callable[..., Any], site_dir: Path
) -> None:
    assert (site_dir / "search" / "search_index.json").stat().st_size < 4096
    page = open_page("apis/self-info/")
    shard_requests: list[str] = []
    page.on("request", lambda r: shard_requests.append(r.url) if "/search/index-" in r.url else None)
    page.wait_for_load_state("networkidle")
    _open_search(page)
    page.wait_for_timeout(300)
    assert shard_requests == [], "shards must not load before the reader searches"

    page.locator(".md-search__input").fill("同意を撤回する")
    page.locator(".md-search__input").press("End")
    page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0", timeout=10_000)
    terms = [u for u in shard_requests if "/terms/" in u]
    texts = [u for u in shard_requests if "/text/" in u]
    assert sum(u.endswith("/meta.json") for u in shard_requests) == 1
    # 同意を撤回する has 6 distinct bigrams: at most 6 postings shards; text for ≤ 30 candidates and their pages.
    assert 1 <= len(terms) <= 6, terms
    assert 1 <= len(texts) <= 60, texts
    total = len(list((site_dir / _shard_config(site_dir)["dir"]).rglob("*.json")))
    assert len(set(shard_requests)) < total / 2, "a query should not pull most of the index"


def test_worker_tokens_and_shards_match_the_index_builder(open_page: Callable[..., Any], site_dir: Path) -> None:
    mp = _shard_config(site_dir)
    meta = json.loads((site_dir / mp["dir"] / "meta.json").read_text(encoding="utf-8"))
    rows = [
        row
        for n in range(len(meta["text"]))
        for row in json.loads((site_dir / mp["dir"] / "text" / f"{n}.json").read_text(encoding="utf-8"))
    ]
    samples = TRICKY + [title for _loc, title, _text in rows] + [text[:400] for _loc, _title, text in rows[::7]]
    page = open_page("")
    # The worker script, evaluated as a function in the page, hands back its internals instead of listening.
    probe = page.evaluate(
        """([source, ranges, samples, shards]) => {
            const scope = { location: new URL("assets/javascripts/search-worker.js", location.href),
                            addEventListener() {}, postMessage() {} };
            const api = new Function("self", source + "\\nreturn { tokenizer, termShard, parts, bigrams };")(scope);
            const re = api.tokenizer(ranges);
            return samples.map(text => {
              const runs = Array.from(text.normalize("NFKC").matchAll(re.token), m => m[0]);
              const terms = runs.flatMap(
                run => re.cjk.test(run) ? api.bigrams(run) : [run.toLowerCase(), ...api.parts(run)]);
              return { runs, terms, shards: terms.map(t => api.termShard(t, shards)),
                       parts: runs.filter(r => !re.cjk.test(r)).map(r => api.parts(r)) };
            });
        }""",
        [(site_dir / WORKER).read_text(encoding="utf-8"), mp["cjk"], samples, meta["terms"]],
    )
    for text, got in zip(samples, probe, strict=True):
        normalized = unicodedata.normalize("NFKC", text)
        assert got["runs"] == _TOKEN.findall(normalized), text
        indexed = set(index_tokens(normalized))
        assert set(got["terms"]) <= indexed, (text, set(got["terms"]) - indexed)
        assert got["shards"] == [term_shard(t, meta["terms"]) for t in got["terms"]], text
        ascii_runs = [r for r in got["runs"] if r[0].isascii()]
        assert got["parts"] == [parts(r) for r in ascii_runs], text


# Runs the worker's own message handler in the page, with fetch wrapped so a shard folder can vanish.
PROTOCOL = """async ([source, mp, steps]) => {
    const handlers = [], posted = [];
    const scope = { location: new URL("assets/javascripts/search-worker.js", location.href),
                    addEventListener(type, handler) { handlers.push(handler); },
                    postMessage(message) { posted.push(message); } };
    const wrapped = (url, init) => String(url).includes("/search/index-gone/")
        ? Promise.resolve(new Response("", { status: 404 })) : fetch(url, init);
    new Function("self", "fetch", source)(scope, wrapped);
    const send = data => handlers[0]({ data });
    await send({ type: 0, data: { config: { mp }, docs: [] } });
    for (const step of steps) await Promise.all(step.map(query => send({ type: 2, data: query })));
    const page = group => group[0].location.split("#")[0];
    return posted.map(m => ({ type: m.type, pages: m.data ? m.data.items.map(page) : null }));
}"""


def _run_protocol(page: Any, site_dir: Path, mp: dict[str, Any], steps: list[list[str]]) -> list[dict[str, Any]]:
    source = (site_dir / WORKER).read_text(encoding="utf-8")
    result: list[dict[str, Any]] = page.evaluate(PROTOCOL, [source, mp, steps])
    return result


def test_worker_answers_only_the_newest_query_and_survives_a_redeploy(
    open_page: Callable[..., Any], site_dir: Path
) -> None:
    mp = _shard_config(site_dir)
    page = open_page("")
    # Two queries in flight at once: only the newer one is answered.
    messages = _run_protocol(page, site_dir, mp, [["期間連携", "同意を撤回する"]])
    assert [m["type"] for m in messages] == [1, 3]
    assert "security/" in messages[1]["pages"][:5]
    # A page opened before a deploy points at a folder that no longer exists: the worker follows the new pointer.
    messages = _run_protocol(page, site_dir, {**mp, "dir": "search/index-gone/"}, [["薬剤情報を取得する"]])
    assert "apis/medical-insurance/" in messages[1]["pages"][:5]
    # An index format this worker does not know: no results, no crash.
    messages = _run_protocol(page, site_dir, {**mp, "format": 99}, [["同意"]])
    assert messages[1] == {"type": 3, "pages": []}


def test_highlighting_survives_text_that_normalization_lengthens(open_page: Callable[..., Any], site_dir: Path) -> None:
    page = open_page("")
    marked = page.evaluate(
        """([source, cases]) => {
            const scope = { location: new URL("assets/javascripts/search-worker.js", location.href),
                            addEventListener() {}, postMessage() {} };
            const api = new Function("self", source + "\\nreturn { fold, mark };")(scope);
            return cases.map(([text, needles]) => api.mark(text, api.fold(text), needles, 0, text.length));
        }""",
        [
            (site_dir / WORKER).read_text(encoding="utf-8"),
            [
                ["要約…同意を撤回する", ["同意"]],  # … folds to three characters
                ["㍉単位の<b>ＡＢＣ</b>", ["abc"]],  # full-width letters, markup in the text itself
                ["𠮷野の同意", ["同意"]],  # a surrogate pair before the match
            ],
        ],
    )
    assert marked == [
        "要約…<mark>同意</mark>を撤回する",
        "㍉単位の&lt;b&gt;<mark>ＡＢＣ</mark>&lt;/b&gt;",
        "𠮷野の<mark>同意</mark>",
    ]
