"""The search index, split so no page has to load all of it (read by docs/assets/javascripts/search-worker.js).

Material's own index (search/search_index.json, fetched by every page) keeps only its config plus a pointer to
a directory named after the content hash:

    meta.json        doc lengths, page and text-shard boundaries, the ASCII vocabulary (for prefix matches)
    terms/<n>.json   postings: term → [doc, tf·2 + in-title, doc delta, …], terms spread over shards by FNV-1a
    text/<n>.json    [location, title, text] of consecutive sections, for phrase checks and snippets

The worker fetches meta.json on the first query, then only the term shards of the query's terms and the text
shards of the best candidates. Tokens are defined here and mirrored by the worker, which gets the CJK ranges
from the config so both sides share one definition.

What is indexed is what a reader searches for. Boilerplate, a paragraph or list item found on REPEATED_PAGES pages
or more (the 例示 note, review points shared by APIs), is indexed only where it first appears; code lines found on
that many pages (the code samples' client set-up) and import lines are not indexed at all. So they never outrank
the section a query is about. The text shards keep every section's full text for snippets.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

FORMAT = 1
TITLE_BOOST = 3
TERM_SHARD_BYTES = 16 * 1024  # target postings per shard; a query needs one shard per distinct term
TEXT_SHARD_BYTES = 6 * 1024  # target text per shard; a query needs one per best candidate at most
REPEATED_PAGES = 3  # a passage on this many pages is boilerplate

# Han, Hiragana (without combining marks), Katakana (without the middle dot ・, a separator), ー, 々〆〇.
CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2FDF),
    (0x3005, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303B),
    (0x3041, 0x3096),
    (0x309D, 0x309F),
    (0x30A1, 0x30FA),
    (0x30FC, 0x30FF),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9D),
    (0x20000, 0x3134F),
)
_CJK_CLASS = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in CJK_RANGES)
_TOKEN = re.compile(f"[A-Za-z0-9_]+|[{_CJK_CLASS}]+")
_CJK_START = re.compile(f"[{_CJK_CLASS}]")
_TAG = re.compile(r"<[^<>]*>")  # a tag holds no `<`: a text of many `<` is not rescanned from each
_SPACE = re.compile(r"\s+")
_HUMP = re.compile(r"([a-z0-9])([A-Z])")
# Tried from a run's first capital only: without the lookbehind `[A-Z]+` restarted at every capital (quadratic).
_ACRONYM = re.compile(r"(?<![A-Z])([A-Z]+)([A-Z][a-z])")
_PART_SEPARATOR = re.compile(r"[\s_]+")
# Material keeps these tags in a section's text: blocks (paragraphs, list items, code) are what repeats.
_BLOCK = re.compile(r"(<pre>.*?</pre>)|</?(?:p|li|ul|ol)>", re.DOTALL)
_IMPORT_LINE = re.compile(r"^\s*(?:from\s+[\w.]+\s+)?import\s")


def plain(markup: str) -> str:
    """Text as the reader sees it: tags dropped, entities decoded, whitespace collapsed."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def parts(word: str) -> list[str]:
    """Sub-words of an ASCII word: camelCase humps and underscore-separated parts, lower-cased."""
    spaced = _ACRONYM.sub(r"\1 \2", _HUMP.sub(r"\1 \2", word))
    return [p.lower() for p in _PART_SEPARATOR.split(spaced) if p]


def index_tokens(text: str) -> list[str]:
    """Tokens of already NFKC-normalized text: CJK unigrams and bigrams, ASCII words and their parts."""
    out: list[str] = []
    for match in _TOKEN.finditer(text):
        run = match.group()
        if _CJK_START.match(run):
            out.extend(run)
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            out.append(run.lower())
            sub = parts(run)
            if len(sub) > 1:
                out.extend(sub)
    return out


def term_shard(term: str, shards: int) -> int:
    """FNV-1a over the term's code points; the worker computes the same to find a term's shard."""
    value = 0x811C9DC5
    for char in term:
        value = ((value ^ ord(char)) * 0x01000193) & 0xFFFFFFFF
    return value % shards


@dataclass(frozen=True)
class Passage:
    text: str
    code: bool


@dataclass(frozen=True)
class Section:
    location: str
    title: str
    text: str  # shown (snippets, phrase checks)
    passages: tuple[Passage, ...] = ()  # what may be indexed


def passages(markup: str) -> list[Passage]:
    """A section's blocks as plain text: paragraphs, list items and text between them; code line by line."""
    out: list[Passage] = []
    at = 0
    for match in _BLOCK.finditer(markup):
        out.append(Passage(plain(markup[at : match.start()]), code=False))
        if match.group(1):
            lines = html.unescape(_TAG.sub("", match.group(1))).split("\n")
            out.extend(Passage(_SPACE.sub(" ", line).strip(), code=True) for line in lines)
        at = match.end()
    out.append(Passage(plain(markup[at:]), code=False))
    return [p for p in out if p.text]


def _sections(material_index: dict[str, object]) -> list[Section]:
    docs = material_index.get("docs")
    out = []
    for doc in docs if isinstance(docs, list) else []:
        if isinstance(doc, dict):
            markup = str(doc.get("text", ""))
            title, text = plain(str(doc.get("title", ""))), plain(markup)
            out.append(Section(str(doc.get("location", "")), title, text, tuple(passages(markup))))
    return out


def indexed_text(sections: list[Section]) -> list[str]:
    """Each section's text as indexed: boilerplate where it first appears only, no repeated or import code lines."""
    pages: dict[Passage, set[str]] = {}
    for section in sections:
        for passage in section.passages:
            pages.setdefault(passage, set()).add(section.location.split("#")[0])
    seen: set[Passage] = set()
    out = []
    for section in sections:
        kept = []
        for passage in section.passages:
            if passage.code and _IMPORT_LINE.match(passage.text):
                continue
            if len(pages[passage]) >= REPEATED_PAGES:
                if passage.code or passage in seen:
                    continue
                seen.add(passage)
            kept.append(passage.text)
        out.append(" ".join(kept))
    return out


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _postings(sections: list[Section]) -> tuple[dict[str, list[int]], list[int]]:
    """term → flat [doc delta, tf·2 + in-title, …] in doc order; and each section's length in tokens."""
    postings: dict[str, list[int]] = {}
    last: dict[str, int] = {}
    lengths = []
    for doc_id, (section, text) in enumerate(zip(sections, indexed_text(sections), strict=True)):
        title_terms = set(index_tokens(unicodedata.normalize("NFKC", section.title)))
        text_terms = index_tokens(unicodedata.normalize("NFKC", text))
        counts = Counter(text_terms)
        for term in title_terms:
            counts[term] += TITLE_BOOST
        lengths.append(len(text_terms) + TITLE_BOOST)
        for term, count in counts.items():  # any order: each list grows in doc order, shards are written sorted
            entry = postings.setdefault(term, [])
            entry += [doc_id - last.get(term, 0), count * 2 + (term in title_terms)]
            last[term] = doc_id
    return postings, lengths


def _pack(sizes: list[int], target: int) -> list[int]:
    """Start indexes of consecutive groups of about `target` bytes (an oversized item stays alone)."""
    starts, filled = [], target
    for i, size in enumerate(sizes):
        if filled + size > target and filled > 0:
            starts.append(i)
            filled = 0
        filled += size
    return starts or [0]


def build_search_files(material_index: dict[str, object]) -> dict[str, bytes]:
    """Files to write under search/ (relative paths), replacing Material's single index."""
    sections = _sections(material_index)
    postings, lengths = _postings(sections)
    term_bytes = sum(len(t.encode()) + 8 + 3 * len(p) for t, p in postings.items())
    term_shards = max(1, -(-term_bytes // TERM_SHARD_BYTES))
    shards: list[dict[str, list[int]]] = [{} for _ in range(term_shards)]
    for term in sorted(postings):
        shards[term_shard(term, term_shards)][term] = postings[term]

    rows = [[s.location, s.title, s.text] for s in sections]
    text_starts = _pack([len(_dumps(r)) for r in rows], TEXT_SHARD_BYTES)
    pages: list[int] = []
    seen: set[str] = set()
    for doc_id, section in enumerate(sections):
        page = section.location.split("#")[0]
        if page not in seen:
            seen.add(page)
            pages.append(doc_id)

    files: dict[str, bytes] = {}
    for n, shard in enumerate(shards):
        files[f"terms/{n}.json"] = _dumps(shard)
    bounds = [*text_starts, len(rows)]
    for n in range(len(text_starts)):
        files[f"text/{n}.json"] = _dumps(rows[bounds[n] : bounds[n + 1]])
    total = sum(lengths)
    files["meta.json"] = _dumps(
        {
            "format": FORMAT,
            "docs": len(sections),
            "avg": round(total / max(1, len(sections)), 3),
            "lengths": lengths,
            "pages": pages,
            "text": text_starts,
            "terms": term_shards,
            "vocab": sorted(t for t in postings if t[0].isascii()),
        }
    )
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name] + b"\0")
    folder = f"index-{digest.hexdigest()[:12]}"
    material_config = material_index.get("config")
    config = dict(material_config) if isinstance(material_config, dict) else {}
    config["mp"] = {"format": FORMAT, "dir": f"search/{folder}/", "cjk": [list(r) for r in CJK_RANGES]}
    out = {f"{folder}/{name}": data for name, data in files.items()}
    # docs stays an empty list: Material passes {config, docs} to the worker and needs nothing else.
    out["search_index.json"] = _dumps({"config": config, "docs": []})
    return out
