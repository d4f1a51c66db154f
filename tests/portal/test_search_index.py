"""The sharded search index: tokens, shard layout, and that every posting and text row leads back to its section."""

from __future__ import annotations

import json
from typing import Any

from generator.portal.search_index import (
    TEXT_SHARD_BYTES,
    build_search_files,
    index_tokens,
    parts,
    plain,
    term_shard,
)


def material_index(docs: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {
        "config": {"lang": ["ja"], "separator": "[\\s]+"},
        "docs": [{"location": loc, "title": title, "text": text} for loc, title, text in docs],
    }


SAMPLE = [
    ("apis/consent/", "同意API", "<p>同意を撤回する手順。</p>"),
    ("apis/consent/#revoke", "revokeConsent", "<p><code>POST /consents/{id}/revoke</code> で同意を撤回します。</p>"),
    ("apis/consent/#errors", "エラー", "<p>E0409001 &lt;script&gt; は無視</p>"),
    ("review/", "審査観点", "<p>主体適格性・利用目的・法令順守</p>"),
]


def unpack(files: dict[str, bytes]) -> tuple[dict[str, Any], str]:
    config = json.loads(files["search_index.json"])["config"]
    folder = config["mp"]["dir"].removeprefix("search/")
    return config, folder


def decoded_postings(files: dict[str, bytes], folder: str) -> dict[str, list[tuple[int, int, int]]]:
    meta = json.loads(files[f"{folder}meta.json"])
    out: dict[str, list[tuple[int, int, int]]] = {}
    for n in range(meta["terms"]):
        for term, flat in json.loads(files[f"{folder}terms/{n}.json"]).items():
            assert term_shard(term, meta["terms"]) == n, term
            doc, rows = 0, []
            for i in range(0, len(flat), 2):
                doc += flat[i]
                rows.append((doc, flat[i + 1] >> 1, flat[i + 1] & 1))
            out[term] = rows
    return out


def test_tokens_are_cjk_unigrams_and_bigrams_and_ascii_words_with_their_parts() -> None:
    assert index_tokens("同意を撤回") == ["同", "意", "を", "撤", "回", "同意", "意を", "を撤", "撤回"]
    assert index_tokens("getSelfInfo") == ["getselfinfo", "get", "self", "info"]
    assert index_tokens("refresh_token") == ["refresh_token", "refresh", "token"]
    # The katakana middle dot and punctuation separate runs; ー belongs to the word.
    assert index_tokens("データ・連携") == ["デ", "ー", "タ", "デー", "ータ", "連", "携", "連携"]
    assert parts("HTTPResponseCode") == ["http", "response", "code"]
    assert plain("<p>a &lt;b&gt;\n  c</p>") == "a <b> c"


def test_search_index_json_keeps_only_the_config_and_points_at_the_shards() -> None:
    files = build_search_files(material_index(SAMPLE))
    index = json.loads(files["search_index.json"])
    assert index["docs"] == []
    assert index["config"]["lang"] == ["ja"]
    _config, folder = unpack(files)
    assert folder.startswith("index-") and f"{folder}meta.json" in files
    assert all(name == "search_index.json" or name.startswith(folder) for name in files)


def test_every_posting_leads_to_a_section_containing_the_term() -> None:
    files = build_search_files(material_index(SAMPLE))
    _config, folder = unpack(files)
    meta = json.loads(files[f"{folder}meta.json"])
    rows = [row for n in range(len(meta["text"])) for row in json.loads(files[f"{folder}text/{n}.json"])]
    assert [r[0] for r in rows] == [d[0] for d in SAMPLE]
    assert rows[2][2] == "E0409001 <script> は無視"  # entities decoded once; the worker escapes on display
    postings = decoded_postings(files, folder)
    assert meta["docs"] == len(SAMPLE) == len(meta["lengths"])
    assert meta["pages"] == [0, 3]
    for term, entries in postings.items():
        for doc, tf, in_title in entries:
            _loc, title, text = rows[doc]
            assert term in index_tokens(title) + index_tokens(text), (term, doc)
            assert bool(in_title) == (term in index_tokens(title))
            assert tf >= 1
    assert [d for d, _tf, _t in postings["撤回"]] == [0, 1]
    assert postings["revoke"][0][2] == 1  # in the heading of section 1 (revokeConsent)
    assert "e0409001" in meta["vocab"] and "撤回" not in meta["vocab"]


def test_text_shards_stay_small_and_cover_every_section_in_order() -> None:
    many = [(f"apis/a{i // 10}/#s{i}", f"見出し{i}", "本文" * 400) for i in range(60)]
    files = build_search_files(material_index(many))
    _config, folder = unpack(files)
    meta = json.loads(files[f"{folder}meta.json"])
    assert len(meta["text"]) > 1
    seen = []
    for n in range(len(meta["text"])):
        data = files[f"{folder}text/{n}.json"]
        rows = json.loads(data)
        assert len(data) <= TEXT_SHARD_BYTES + max(len(json.dumps(r, ensure_ascii=False)) for r in rows)
        seen += [r[0] for r in rows]
    assert seen == [m[0] for m in many]


def test_output_is_deterministic_and_the_folder_follows_the_content() -> None:
    first = build_search_files(material_index(SAMPLE))
    assert build_search_files(material_index(SAMPLE)) == first
    changed = build_search_files(material_index([*SAMPLE[:-1], ("review/", "審査観点", "変更")]))
    assert unpack(changed)[1] != unpack(first)[1]


def test_an_index_without_docs_still_yields_a_usable_layout() -> None:
    files = build_search_files({"config": {}, "docs": []})
    _config, folder = unpack(files)
    meta = json.loads(files[f"{folder}meta.json"])
    assert meta["docs"] == 0 and meta["terms"] == 1


def test_boilerplate_is_indexed_once_and_sample_set_up_lines_not_at_all() -> None:
    note = "<p>この仕様は公開情報に基づく例示を含む仕様です。</p>"
    sample = "<pre><code>from mynaportal_client import mtls_context\nwith Client(verify=mtls_context()):\n</code></pre>"
    docs = [
        (f"apis/{slug}/#illustrative", "例示について", note + f"<ul><li>{slug}の接続先</li></ul>") for slug in "abc"
    ] + [(f"apis/{slug}/#op", "取得する", f"<p>GET /{slug}</p>" + sample) for slug in "abc"]
    files = build_search_files(material_index(docs))
    _config, folder = unpack(files)
    postings = decoded_postings(files, folder)
    assert [doc for doc, _tf, _t in postings["公開"]] == [0]  # the note: where it first appears only
    assert [doc for doc, _tf, _t in postings["接続"]] == [0, 1, 2]  # each page's own items stay
    assert "mtls_context" not in postings and "mynaportal_client" not in postings  # repeated code, import line
    assert "with" not in postings
    meta = json.loads(files[f"{folder}meta.json"])
    rows = [row for n in range(len(meta["text"])) for row in json.loads(files[f"{folder}text/{n}.json"])]
    assert "mtls_context" in rows[3][2] and "例示を含む仕様" in rows[2][2]  # snippets still show everything
    # Below REPEATED_PAGES pages nothing is boilerplate.
    pair = build_search_files(material_index(docs[3:5]))
    assert "mtls_context" in decoded_postings(pair, unpack(pair)[1])
