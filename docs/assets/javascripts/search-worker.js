/*
 * Search worker for Japanese and identifiers, speaking Material for MkDocs' worker protocol:
 *   main → worker {type: 0 (SETUP), data: {config, docs, options}}  ⇒  worker → main {type: 1 (READY)}
 *   main → worker {type: 2 (QUERY), data: "query"}                  ⇒  worker → main {type: 3 (RESULT), data: {items}}
 * items is a list of groups, one per page; each group holds the page itself (location without "#") and its
 * matching sections, as {location, title, text, score, terms}; title and text are HTML.
 *
 * Tokens, the same on both sides: CJK runs become character bigrams (single characters stay unigrams, and
 * the index also keeps unigrams so one-character queries work); ASCII words are lower-cased and also split
 * at camelCase humps, underscores and punctuation, so `getSelfInfoResult`, `self_info` and
 * `/online-resource-web/request` all find their pages. Ranking is BM25 over title (boosted) and text,
 * scaled by how much of the query's weight a section covers, with a bonus for verbatim phrase matches.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const TITLE_BOOST = 3, K1 = 1.2, B = 0.6, MAX_GROUPS = 50, SNIPPET = 200;
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆ヶ";
const TOKEN = new RegExp(`[A-Za-z0-9_]+|[${CJK}]+`, "gu");
const IS_CJK = new RegExp(`^[${CJK}]`, "u");
const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&#x27;": "'", "&nbsp;": " " };

const plain = html => html
  .replace(/<[^>]*>/g, " ")
  .replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, e => ENTITIES[e])
  .replace(/\s+/g, " ")
  .trim();
const normalize = text => text.normalize("NFKC");
const escapeHtml = text => text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" })[c]);

/** Sub-words of an ASCII word: camelCase humps and underscore-separated parts, lower-cased. */
function parts(word) {
  return word
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
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

/** Index-side tokens of a normalized string. */
function indexTokens(text) {
  const out = [];
  for (const [run] of text.matchAll(TOKEN)) {
    if (IS_CJK.test(run)) {
      const chars = Array.from(run);
      out.push(...chars);
      if (chars.length > 1) out.push(...bigrams(run));
    } else {
      const whole = run.toLowerCase();
      out.push(whole);
      const sub = parts(run);
      if (sub.length > 1) out.push(...sub);
    }
  }
  return out;
}

class Engine {
  constructor(docs) {
    this.docs = [];
    this.postings = new Map();
    let total = 0;
    const articles = new Map();
    for (const doc of docs) {
      const [path] = doc.location.split("#");
      // Displayed as written; matched in NFKC lower case (full-width ASCII, circled digits …) at the same offsets
      // whenever normalization keeps the length, which is what highlighting needs.
      const title = plain(doc.title || "");
      const text = plain(doc.text || "");
      const entry = {
        location: doc.location, path, title, text,
        titleLow: normalize(title).toLowerCase(), textLow: normalize(text).toLowerCase(),
        isArticle: !articles.has(path), length: 0,
      };
      if (entry.isArticle) articles.set(path, this.docs.length);
      const id = this.docs.length;
      const counts = new Map();
      entry.titleTerms = new Set(indexTokens(normalize(title)));
      for (const t of entry.titleTerms) counts.set(t, (counts.get(t) || 0) + TITLE_BOOST);
      let length = 0;
      for (const t of indexTokens(normalize(text))) {
        counts.set(t, (counts.get(t) || 0) + 1);
        length++;
      }
      entry.length = length + TITLE_BOOST;
      total += entry.length;
      for (const [t, tf] of counts) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, list = []);
        list.push([id, tf]);
      }
      this.docs.push(entry);
    }
    this.articles = articles;
    this.avg = total / Math.max(1, this.docs.length);
    this.vocab = Array.from(this.postings.keys()).filter(t => /^[a-z0-9_]/.test(t)).sort();
  }

  idf(term) {
    const list = this.postings.get(term);
    if (!list) return 0;
    const n = this.docs.length;
    return Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
  }

  /** ASCII terms of the vocabulary starting with prefix (for words still being typed). */
  expand(prefix, limit = 12) {
    let lo = 0, hi = this.vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocab[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    const out = [];
    for (let i = lo; i < this.vocab.length && out.length < limit && this.vocab[i].startsWith(prefix); i++) {
      if (this.vocab[i] !== prefix) out.push(this.vocab[i]);
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
      for (const [run] of word.matchAll(TOKEN)) {
        if (IS_CJK.test(run)) {
          for (const g of bigrams(run)) terms.set(g, 1);
          needles.add(run.toLowerCase());
          continue;
        }
        const whole = run.toLowerCase();
        needles.add(whole);
        if (this.postings.has(whole)) {
          terms.set(whole, 1);
        } else {
          const sub = parts(run);
          const known = sub.filter(p => this.postings.has(p));
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

  search(query) {
    const words = this.parse(query);
    if (!words.length) return { items: [] };
    // Term weights: idf × factor, counted once per term even if several words share it.
    const weights = new Map();
    for (const w of words) {
      for (const [t, f] of w.terms) {
        const idf = this.idf(t);
        if (idf > 0) weights.set(t, Math.max(weights.get(t) || 0, idf * f));
      }
    }
    const totalWeight = Array.from(weights.values()).reduce((a, b) => a + b, 0);
    if (!totalWeight) return { items: [] };
    const scores = new Map();  // doc → {bm25, covered:Set}
    for (const [t, weight] of weights) {
      for (const [id, tf] of this.postings.get(t)) {
        const doc = this.docs[id];
        const norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.length / this.avg));
        let s = scores.get(id);
        if (!s) scores.set(id, s = { bm25: 0, covered: 0, terms: new Set() });
        s.bm25 += weight * norm;
        s.covered += weight;
        s.terms.add(t);
      }
    }
    const phrase = words.map(w => w.low).join("");
    const minCoverage = weights.size > 1 ? 0.5 : 0;
    const items = [];
    for (const [id, s] of scores) {
      const coverage = s.covered / totalWeight;
      if (coverage < minCoverage) continue;
      const doc = this.docs[id];
      // Sections (and pages) whose heading carries a good part of the query are what the reader is after.
      let inTitle = 0;
      for (const t of s.terms) if (doc.titleTerms.has(t)) inTitle += weights.get(t);
      let bonus = 2 * inTitle / totalWeight;
      for (const w of words) {
        if (w.low.length < 2) continue;
        if (doc.titleLow.includes(w.low)) bonus += 1.5;
        else if (doc.textLow.includes(w.low)) bonus += 0.8;
      }
      if (words.length > 1 && doc.textLow.includes(phrase)) bonus += 1;
      const score = s.bm25 * (0.2 + coverage * coverage) * (1 + bonus) * (doc.isArticle ? 1.1 : 1);
      items.push({ id, score, terms: s.terms });
    }
    items.sort((a, b) => b.score - a.score);

    // Group by page, pages ordered by their best section.
    const groups = new Map();
    for (const item of items) {
      const path = this.docs[item.id].path;
      if (!groups.has(path)) {
        if (groups.size >= MAX_GROUPS) continue;
        groups.set(path, []);
      }
      groups.get(path).push(item);
    }
    const result = [];
    for (const [path, list] of groups) {
      const articleId = this.articles.get(path);
      if (articleId !== undefined && !list.some(i => i.id === articleId)) {
        list.push({ id: articleId, score: 0, terms: new Set() });
      }
      result.push(list.map(item => this.render(item, words)));
    }
    return { items: result };
  }

  /** A result entry as Material renders it: highlighted title, a text snippet around the first match. */
  render(item, words) {
    const doc = this.docs[item.id];
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
      title: mark(doc.title, doc.titleLow, unique, 0, doc.title.length),
      text: snippet(doc, unique),
      score: item.score,
      terms,
    };
  }
}

function ranges(low, needles, from, to) {
  const found = [];
  for (const n of needles) {
    let at = low.indexOf(n, from);
    while (at !== -1 && at < to) {
      found.push([at, Math.min(at + n.length, to)]);
      at = low.indexOf(n, at + n.length);
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

function mark(text, low, needles, from, to) {
  if (low.length !== text.length) return escapeHtml(text.slice(from, to));
  let html = "", at = from;
  for (const [start, end] of ranges(low, needles, from, to)) {
    html += escapeHtml(text.slice(at, start)) + "<mark>" + escapeHtml(text.slice(start, end)) + "</mark>";
    at = end;
  }
  return html + escapeHtml(text.slice(at, to));
}

function snippet(doc, needles) {
  if (!doc.text) return "";
  let first = -1;
  for (const n of needles) {  // longest needles first: the most specific match anchors the snippet
    first = doc.textLow.indexOf(n);
    if (first !== -1) break;
  }
  const start = first > 60 ? first - 60 : 0;
  const end = Math.min(doc.text.length, start + SNIPPET);
  return "<p>" + (start > 0 ? "…" : "") + mark(doc.text, doc.textLow, needles, start, end) + (end < doc.text.length ? "…" : "") + "</p>";
}

let engine = null;

self.addEventListener("message", event => {
  const message = event.data;
  switch (message.type) {
    case SETUP:
      engine = new Engine(message.data.docs || []);
      self.postMessage({ type: READY });
      break;
    case QUERY:
      self.postMessage({ type: RESULT, data: engine ? engine.search(String(message.data || "")) : { items: [] } });
      break;
    default:
      break;
  }
});
