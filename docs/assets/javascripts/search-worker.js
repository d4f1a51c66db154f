/*
 * Search worker for Japanese and identifiers, speaking Material for MkDocs' worker protocol:
 *   main → worker {type: 0 (SETUP), data: {config, docs, options}}  ⇒  worker → main {type: 1 (READY)}
 *   main → worker {type: 2 (QUERY), data: "query"}                  ⇒  worker → main {type: 3 (RESULT), data: {items}}
 * items is a list of groups, one per page; each group holds the page itself (location without "#") and its
 * matching sections, as {location, title, text, score, terms}; title and text are HTML.
 *
 * The index is built at build time by generator/portal/search_index.py and split into shards: config.mp.dir
 * holds meta.json (fetched on the first query), terms/<n>.json (postings, a term lives in shard
 * FNV-1a(term) mod n) and text/<n>.json (section text). A query fetches the shards of its own terms, scores
 * sections by BM25 from the postings, then fetches the text of the best CANDIDATES only, for phrase bonuses
 * and snippets; those are the results. Nothing is fetched before the reader searches. When a redeploy has
 * removed the shard folder of an open page, the worker follows the new search_index.json once.
 *
 * Tokens, the same on both sides (the CJK ranges come from the config): CJK runs become character bigrams
 * (single characters stay unigrams; the index also keeps unigrams so one-character queries work); ASCII
 * words are lower-cased and also split at camelCase humps, underscores and punctuation, so
 * `getSelfInfoResult`, `self_info` and `/online-resource-web/request` all find their pages. Ranking is BM25
 * over title (boosted) and text, scaled by how much of the query's weight a section covers, with bonuses for
 * query words in the heading and verbatim phrase matches.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
// CANDIDATES: the best sections by postings alone get their text fetched, re-ranked and shown (grouped by
// page); a longer tail would cost a text shard per section for results nobody scrolls to.
const FORMAT = 1, K1 = 1.2, B = 0.6, SNIPPET = 200, CANDIDATES = 30, TIMEOUT_MS = 15000;
const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const ROOT = new URL("../../", self.location);  // this file is assets/javascripts/search-worker.js
const normalize = text => text.normalize("NFKC");
const escapeHtml = text => text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" })[c]);

/** Sub-words of an ASCII word: camelCase humps and underscore-separated parts, lower-cased. */
function parts(word) {
  return word
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/(?<![A-Z])([A-Z]+)([A-Z][a-z])/g, "$1 $2")  // from a run's first capital only: linear
    .split(/[\s_]+/)
    .filter(Boolean)
    .map(p => p.toLowerCase());
}

function bigrams(run) {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** FNV-1a over code points, as generator/portal/search_index.py term_shard. */
function termShard(term, shards) {
  let h = 0x811c9dc5;
  for (const ch of term) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return h % shards;
}

/** The tokenizer's regular expressions, from the CJK code point ranges the index was built with. */
function tokenizer(ranges) {
  const cls = ranges.map(([lo, hi]) => `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`).join("");
  return { token: new RegExp(`[A-Za-z0-9_]+|[${cls}]+`, "gu"), cjk: new RegExp(`^[${cls}]`, "u") };
}

/** Index of the first element of the sorted array not below x (after: not below or equal). */
function bisect(sorted, x, after = false) {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x || (after && sorted[mid] === x)) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The group x falls in, given the sorted start of each group. */
const groupOf = (starts, x) => bisect(starts, x, true) - 1;

class Engine {
  constructor(mp) {
    this.dir = mp.dir;
    this.base = new URL(mp.dir, ROOT);
    this.re = tokenizer(mp.cjk || []);
    this.cache = new Map();  // path → Promise of parsed JSON
    this.meta = null;
  }

  fetchJSON(path) {
    let pending = this.cache.get(path);
    if (!pending) {
      pending = fetch(new URL(path, this.base), { signal: AbortSignal.timeout(TIMEOUT_MS) }).then(response => {
        if (!response.ok) throw Object.assign(new Error(`${path}: HTTP ${response.status}`), { status: response.status });
        return response.json();
      });
      pending.catch(() => this.cache.delete(path));  // a failed shard is retried by the next query
      this.cache.set(path, pending);
    }
    return pending;
  }

  async load() {
    if (!this.meta) {
      const meta = await this.fetchJSON("meta.json");
      if (meta.format !== FORMAT) throw new Error(`meta.json: format ${meta.format}, this worker reads ${FORMAT}`);
      this.meta = meta;
      this.vocabSet = new Set(meta.vocab);
    }
    return this.meta;
  }

  /** Shards of one kind (terms, text) by number, each fetched once however many keys fall in it. */
  async shards(kind, numbers) {
    const loaded = new Map();
    await Promise.all(Array.from(new Set(numbers), async n => loaded.set(n, await this.fetchJSON(`${kind}/${n}.json`))));
    return loaded;
  }

  /** Postings of the given terms: term → [[doc, tf, inTitle], …] (absent terms map to []). */
  async postings(terms) {
    const where = terms.map(t => termShard(t, this.meta.terms));
    const loaded = await this.shards("terms", where);
    const out = new Map();
    for (const [i, term] of terms.entries()) {
      const flat = loaded.get(where[i])[term] || [];
      const list = [];
      let doc = 0;
      for (let i = 0; i < flat.length; i += 2) {
        doc += flat[i];
        list.push([doc, flat[i + 1] >> 1, flat[i + 1] & 1]);
      }
      out.set(term, list);
    }
    return out;
  }

  /** [location, title, text] of the given sections, with folded copies (see fold) for matching. */
  async sections(ids) {
    const starts = this.meta.text;
    const where = ids.map(id => groupOf(starts, id));
    const loaded = await this.shards("text", where);
    const out = new Map();
    for (const [i, id] of ids.entries()) {
      const n = where[i];
      const [location, title, text] = loaded.get(n)[id - starts[n]];
      out.set(id, {
        location, title, text, path: location.split("#")[0],
        titleFold: fold(title), textFold: fold(text),
      });
    }
    return out;
  }

  idf(list) {
    const n = this.meta.docs;
    return list.length ? Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)) : 0;
  }

  /** ASCII terms of the vocabulary starting with prefix (for words still being typed). */
  expand(prefix, limit = 12) {
    const vocab = this.meta.vocab;
    const out = [];
    for (let i = bisect(vocab, prefix); i < vocab.length && out.length < limit && vocab[i].startsWith(prefix); i++) {
      if (vocab[i] !== prefix) out.push(vocab[i]);
    }
    return out;
  }

  /** Query words (whitespace-separated, as the reader typed them) with their weighted terms. */
  parse(query) {
    const words = [];
    const raw = normalize(query).trim().split(/\s+/).filter(Boolean);
    raw.forEach((word, index) => {
      const terms = new Map();  // term → weight factor
      const needles = new Set();
      const last = index === raw.length - 1;
      for (const [run] of word.matchAll(this.re.token)) {
        if (this.re.cjk.test(run)) {
          for (const g of bigrams(run)) terms.set(g, 1);
          needles.add(run.toLowerCase());
          continue;
        }
        const whole = run.toLowerCase();
        needles.add(whole);
        if (this.vocabSet.has(whole)) {
          terms.set(whole, 1);
        } else {
          const sub = parts(run);
          const known = sub.filter(p => this.vocabSet.has(p));
          if (sub.length > 1 && known.length === sub.length) {
            for (const p of sub) terms.set(p, 1);
          } else if (whole.length >= 2) {
            for (const t of this.expand(whole)) terms.set(t, last ? 0.8 : 0.6);
            for (const p of known) terms.set(p, 0.5);
          }
        }
      }
      if (terms.size) words.push({ text: word, low: word.toLowerCase(), terms, needles: Array.from(needles) });
    });
    return words;
  }

  async search(query) {
    if (!normalize(query).trim()) return { items: [] };  // Material also asks when the field gains focus
    await this.load();
    const words = this.parse(query);
    if (!words.length) return { items: [] };
    const postings = await this.postings(Array.from(new Set(words.flatMap(w => Array.from(w.terms.keys())))));
    // Term weights: idf × factor, counted once per term even if several words share it.
    const weights = new Map();
    for (const w of words) {
      for (const [t, f] of w.terms) {
        const idf = this.idf(postings.get(t));
        if (idf > 0) weights.set(t, Math.max(weights.get(t) || 0, idf * f));
      }
    }
    const totalWeight = Array.from(weights.values()).reduce((a, b) => a + b, 0);
    if (!totalWeight) return { items: [] };
    const { lengths, avg, pages } = this.meta;
    const scores = new Map();  // doc → {bm25, covered, inTitle, terms}
    for (const [t, weight] of weights) {
      for (const [id, tf, inTitle] of postings.get(t)) {
        const norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[id] / avg));
        let s = scores.get(id);
        if (!s) scores.set(id, s = { bm25: 0, covered: 0, inTitle: 0, terms: new Set() });
        s.bm25 += weight * norm;
        s.covered += weight;
        if (inTitle) s.inTitle += weight;
        s.terms.add(t);
      }
    }
    // First pass from the postings alone; sections whose heading carries a good part of the query are what the
    // reader is after. Only the best candidates get their text fetched for the phrase bonuses.
    const minCoverage = weights.size > 1 ? 0.5 : 0;
    const ranked = [];
    for (const [id, s] of scores) {
      const coverage = s.covered / totalWeight;
      if (coverage < minCoverage) continue;
      const isArticle = pages[groupOf(pages, id)] === id;
      const base = s.bm25 * (0.2 + coverage * coverage) * (isArticle ? 1.1 : 1);
      ranked.push({ id, base, heading: 2 * s.inTitle / totalWeight, score: base * (1 + 2 * s.inTitle / totalWeight), terms: s.terms });
    }
    ranked.sort((a, b) => b.score - a.score || a.id - b.id);
    const best = ranked.slice(0, CANDIDATES);
    const articleOf = id => pages[groupOf(pages, id)];
    const texts = await this.sections(Array.from(new Set(best.flatMap(item => [item.id, articleOf(item.id)]))));

    const phrase = words.map(w => w.low).join("");
    for (const item of best) {
      const doc = texts.get(item.id);
      let bonus = item.heading;
      for (const w of words) {
        if (w.low.length < 2) continue;
        if (doc.titleFold.low.includes(w.low)) bonus += 1.5;
        else if (doc.textFold.low.includes(w.low)) bonus += 0.8;
      }
      if (words.length > 1 && doc.textFold.low.includes(phrase)) bonus += 1;
      item.score = item.base * (1 + bonus);
    }
    best.sort((a, b) => b.score - a.score || a.id - b.id);

    // Group by page, pages ordered by their best section.
    const groups = new Map();
    for (const item of best) {
      const path = texts.get(item.id).path;
      if (!groups.has(path)) groups.set(path, []);
      groups.get(path).push(item);
    }
    const result = [];
    for (const list of groups.values()) {
      const articleId = articleOf(list[0].id);
      if (!list.some(i => i.id === articleId)) list.push({ id: articleId, score: 0, terms: new Set() });
      result.push(list.map(item => render(texts.get(item.id), item, words)));
    }
    return { items: result };
  }
}

/** A result entry as Material renders it: highlighted title, a text snippet around the first match. */
function render(doc, item, words) {
  const needles = [];
  for (const w of words) {
    needles.push(...w.needles);
    // Matched bigrams are highlighted too, except bare kana pairs (particles, okurigana): noise, not meaning.
    for (const t of w.terms.keys()) if (item.terms.has(t) && !KANA_ONLY.test(t)) needles.push(t);
  }
  const unique = Array.from(new Set(needles.filter(n => n.length > 0))).sort((a, b) => b.length - a.length);
  const terms = {};
  for (const w of words) {
    terms[w.text] = Array.from(w.terms.keys()).some(t => item.terms.has(t)) || item.score === 0;
  }
  return {
    location: doc.location,
    title: mark(doc.title, doc.titleFold, unique, 0, doc.title.length),
    text: snippet(doc, unique),
    score: item.score,
    terms,
  };
}

/**
 * Text as matched: NFKC lower case, one code point at a time so every folded position maps back to the
 * original (at[i] is the offset in text of folded position i; at[low.length] is text.length). "…" folds to
 * "...", ㍉ to "ミリ": highlighting still lands on the characters the reader sees.
 */
function fold(text) {
  let low = "";
  const at = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i));
    const folded = normalize(ch).toLowerCase();
    low += folded;
    for (let k = 0; k < folded.length; k++) at.push(i);
    i += ch.length;
  }
  at.push(text.length);
  return { low, at };
}

/** Matched ranges of text (original offsets) within [from, to), merged. */
function ranges(folded, needles, from, to) {
  const found = [];
  for (const n of needles) {
    for (let i = folded.low.indexOf(n); i !== -1; i = folded.low.indexOf(n, i + n.length)) {
      const start = Math.max(from, folded.at[i]), end = Math.min(to, folded.at[i + n.length]);
      if (start < end) found.push([start, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r.slice());
  }
  return merged;
}

function mark(text, folded, needles, from, to) {
  let html = "", at = from;
  for (const [start, end] of ranges(folded, needles, from, to)) {
    html += escapeHtml(text.slice(at, start)) + "<mark>" + escapeHtml(text.slice(start, end)) + "</mark>";
    at = end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** An offset moved back off the second half of a surrogate pair, so slicing never splits a character. */
const boundary = (text, offset) => offset > 0 && /[\uDC00-\uDFFF]/.test(text[offset] || "") ? offset - 1 : offset;

function snippet(doc, needles) {
  if (!doc.text) return "";
  let first = -1;
  for (const n of needles) {  // longest needles first: the most specific match anchors the snippet
    const i = doc.textFold.low.indexOf(n);
    if (i !== -1) { first = doc.textFold.at[i]; break; }
  }
  const start = boundary(doc.text, first > 60 ? first - 60 : 0);
  const end = boundary(doc.text, Math.min(doc.text.length, start + SNIPPET));
  const body = mark(doc.text, doc.textFold, needles, start, end);
  return "<p>" + (start > 0 ? "…" : "") + body + (end < doc.text.length ? "…" : "") + "</p>";
}

let engine = null;
let latest = 0;

function engineFor(mp) {
  if (mp && mp.format === FORMAT) return new Engine(mp);
  console.warn("search index format not understood by this worker (config.mp):", mp && mp.format);
  return null;
}

async function answer(query) {
  try {
    return await engine.search(query);
  } catch (error) {
    if (error.status !== 404) throw error;
    // The site was redeployed while this page was open: its shard folder is gone. Follow the new pointer once.
    const response = await fetch(new URL("search/search_index.json", ROOT), { cache: "no-cache" });
    const mp = response.ok ? ((await response.json()).config || {}).mp : null;
    if (!mp || mp.dir === engine.dir) throw error;
    engine = engineFor(mp);
    return engine ? engine.search(query) : { items: [] };
  }
}

self.addEventListener("message", async event => {
  const message = event.data;
  switch (message.type) {
    case SETUP:
      engine = engineFor(message.data && message.data.config && message.data.config.mp);
      self.postMessage({ type: READY });
      break;
    case QUERY: {
      // Answers arrive after fetches; an answer overtaken by a newer query is dropped, the newest always lands.
      const query = ++latest;
      let data = { items: [] };
      try {
        if (engine) data = await answer(String(message.data || ""));
      } catch (error) {
        console.warn("search failed", error);
      }
      if (query === latest) self.postMessage({ type: RESULT, data });
      break;
    }
    default:
      break;
  }
});
