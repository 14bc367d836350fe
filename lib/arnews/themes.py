"""Themes: word analyses and the theme codebook.

Build hook :func:`themes_table` (per article) -> ``themes``: article_id, paragraph,
theme, hits, share, dominant, n_words, one row per body paragraph and theme;
:func:`theme_articles` sums them per article (a corpus-level table, see
:mod:`arnews.stats`).

Word analysis
-------------
Words are matched through their analyses (:mod:`arnews.wordforms`): the clitic readings of an
Arabic word (``والأمن``, ``للأمن``, ``بالأمن`` -> ``الأمن``, ``أمن``), each stemmed and folded
with :func:`arnews.normalize.key`.  Codebook matching (:func:`dictionary_lookup`) accepts a word
when the pattern's stem is one of its analyses.

Theme codebook (``lib/arnews/data/lexicons/themes.json``)
---------------------------------------------------------
A versioned content-analysis dictionary in the manner of quanteda's
``dictionary()``: per theme an English label and description, Arabic and
English patterns with glosses, and corpus examples.  Pattern syntax: a word
(matched on its stem), ``word*`` (prefix of the clitic-stripped key, for
words the stemmer conflates, e.g. ``أقليات*`` for minorities, not ``أقل``
"less"; at least three letters), ``=word`` (exact key) and phrases of such words (consecutive words,
no punctuation between).  A pattern belongs to exactly one theme; overlapping
matches are resolved longest first, so ``الأمن والنظام`` counts once for
security, ``حرس الحدود`` (border guard) for the military rather than the
border, and ``الضمان الاجتماعي`` (social welfare) for welfare rather than
security.  ``share`` is a theme's share of the paragraph's hits; the
dominant theme is the one with most hits (ties: codebook order).

Limits: the light stemmer is heuristic (Snowball's Arabic stemmer still conflates
some words and splits broken plurals from their singulars); a codebook is a
researcher's choice of indicators, not ground truth; English and Arabic
themes are comparable only as far as the two pattern lists are parallel.
"""
from __future__ import annotations

from bisect import bisect_right

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping

import numpy as np
import pandas as pd

from .lexicons import lexicon_cache, lexicon_path
from .normalize import WORD_CACHE, key, normalize
from .text import BODY, paragraphs_of
from .tokens import stopwords
from .wordforms import (AR_RE, ARTICLE_PREFIXES, CLITIC_PREFIXES, MIN_REST, TOPIC_KIND, Tok, analyse, ar_stem,
                        base_lang, en_word, paragraph_columns, paragraph_toks, pattern_word, prefix_strips,
                        token_analyses, word_analyses)

__all__ = ["analyse", "word_analyses", "Codebook", "load_codebook", "dictionary_lookup", "theme_counts", "themes_table",
           "theme_articles", "paragraph_themes", "match_weight"]

# the word analyses moved to arnews.wordforms (session 50); the old names, still used in this module, by tests and by
# stats.glossary; topics re-exports them
_AR_RE, _ARTICLE_PREFIXES, _CLITIC_PREFIXES, _MIN_REST, _TOPIC_KIND = AR_RE, ARTICLE_PREFIXES, CLITIC_PREFIXES, MIN_REST, TOPIC_KIND
_lang, _strips, _ar_stem, _en_word, _pattern_word = base_lang, prefix_strips, ar_stem, en_word, pattern_word
_paragraph_columns, _token_analyses = paragraph_columns, token_analyses


# --- codebook ------------------------------------------------------------------------------


@dataclass
class Pattern:
    theme: str
    lang: str
    text: str
    gloss: str
    matchers: tuple  # ((kind, value), ...)
    order: int


@dataclass
class Codebook:
    """A theme dictionary: ``themes`` (id -> metadata) and compiled patterns per language."""

    name: str
    version: str
    themes: dict  # id -> {"label", "description", "examples", ...} in codebook order
    patterns: dict  # lang -> [Pattern]
    _index: dict = field(default_factory=dict, repr=False)

    @property
    def theme_ids(self) -> list[str]:
        return list(self.themes)

    def index(self, lang: str):
        lang = _lang(lang)
        if lang not in self._index:
            by_stem, by_exact, prefixed = defaultdict(list), defaultdict(list), []
            for p in self.patterns.get(lang, []):
                kind, value = p.matchers[0]
                if kind == "stem":
                    by_stem[value].append(p)
                elif kind == "exact":
                    by_exact[value].append(p)
                else:
                    prefixed.append(p)
            by_prefix = defaultdict(list)
            for p in prefixed:
                by_prefix[p.matchers[0][1][:3]].append(p)
            self._index[lang] = (dict(by_stem), dict(by_exact), dict(by_prefix))
        return self._index[lang]

    def term_themes(self, lang: str) -> dict[str, str]:
        """Stems of single-word patterns -> theme (to label topic and keyness terms).
        Words that occur only inside phrase patterns are not labelled."""
        ck = ("terms", _lang(lang))
        if ck not in self._index:
            out = {}
            for p in self.patterns.get(_lang(lang), []):
                if len(p.matchers) == 1 and p.matchers[0][0] == "stem":
                    out.setdefault(p.matchers[0][1], p.theme)
            self._index[ck] = out
        return self._index[ck]

    def _positions(self, lang: str) -> dict[int, int]:
        ck = ("positions", _lang(lang))
        if ck not in self._index:
            self._index[ck] = {id(p): i for i, p in enumerate(self.patterns.get(_lang(lang), []))}
        return self._index[ck]

    def theme_of(self, term: str, lang: str, surface: str = "") -> str:
        """Theme of a feature: a single-word stem pattern, else a prefix pattern
        matching the surface's clitic-stripped keys; '' when none."""
        th = self.term_themes(lang).get(term)
        if th:
            return th
        if surface:
            cache = self._index.setdefault(("theme_of", _lang(lang)), {})
            if surface not in cache:
                keys = word_analyses(surface, lang)[1]
                tok = Tok(0, 0, surface, "word", frozenset(), keys, False)
                # the first single-word prefix/exact pattern (codebook order) that matches, found
                # through the index instead of a scan of every pattern (68,826 scans: 2.4 s on snn2000)
                _, by_exact, by_prefix = self.index(lang)
                pos = self._positions(lang)
                cands = {id(p): p for k in keys for p in
                         [*by_exact.get(k, ()), *by_prefix.get(k[:1], ()), *by_prefix.get(k[:2], ()), *by_prefix.get(k[:3], ())]
                         if len(p.matchers) == 1 and _matches(tok, p.matchers[0])}
                cache[surface] = min(cands.values(), key=lambda p: pos[id(p)]).theme if cands else ""
            return cache[surface]
        return ""

    def table(self) -> pd.DataFrame:
        """All patterns as a DataFrame (theme, label, lang, pattern, gloss)."""
        rows = [
            (p.theme, self.themes[p.theme]["label"], p.lang, p.text, p.gloss, len(p.matchers))
            for lang in sorted(self.patterns)
            for p in self.patterns[lang]
        ]
        return pd.DataFrame(rows, columns=["theme", "label", "lang", "pattern", "gloss", "n_words"])


def _matches(tok: Tok, matcher) -> bool:
    return _matches_analyses(tok.stems, tok.keys, matcher)


def _matches_analyses(stems: frozenset, keys: frozenset, matcher) -> bool:
    kind, value = matcher
    if kind == "stem":
        return value in stems
    if kind == "exact":
        return value in keys
    return any(k.startswith(value) for k in keys)


def load_codebook(name: str = "themes.json", path=None) -> Codebook:
    """Read and compile a theme codebook (JSON, see ``lib/arnews/data/lexicons/themes.json``).

    Raises ``ValueError`` when a pattern is empty, lacks a gloss, is a stop
    word, or belongs to two themes."""
    return _load_codebook(str(path) if path else str(lexicon_path(name)))


@lexicon_cache(maxsize=8)
def _load_codebook(path: str) -> Codebook:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    themes, patterns, owner, problems = {}, defaultdict(list), {}, []
    order = 0
    for th in data["themes"]:
        tid = th["id"]
        if tid in themes:
            problems.append(f"theme {tid!r} defined twice")
        themes[tid] = {k: v for k, v in th.items() if k != "patterns"}
        for lang, plist in th.get("patterns", {}).items():
            for entry in plist:
                text = entry["pattern"].strip()
                gl = (entry.get("gloss") or "").strip()
                if not text or not gl:
                    problems.append(f"{tid}/{lang}: pattern {text!r} needs a gloss")
                    continue
                words = text.replace("-", " ").split() if _lang(lang) == "en" else text.split()
                matchers = tuple(_pattern_word(w, lang) for w in words)
                if any(kd == "prefix" and len(v) < 3 for kd, v in matchers):
                    problems.append(f"{tid}/{lang}: prefix pattern {text!r} needs at least 3 letters")
                    continue
                if len(words) == 1 and matchers[0][0] != "exact":
                    w = normalize(words[0].rstrip("*")).text
                    if (key(w) in stopwords("ar")) if _lang(lang) == "ar" else (w.lower() in stopwords("en")):
                        problems.append(f"{tid}/{lang}: pattern {text!r} is a stop word")
                sig = (_lang(lang), matchers)
                if sig in owner and owner[sig] != tid:
                    problems.append(f"{lang}: pattern {text!r} is in both {owner[sig]!r} and {tid!r}")
                    continue
                if sig in owner:
                    continue  # same pattern twice in one theme: harmless
                owner[sig] = tid
                patterns[_lang(lang)].append(Pattern(tid, _lang(lang), text, gl, matchers, order))
                order += 1
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    return Codebook(data.get("name", "themes"), str(data.get("version", "")), themes, dict(patterns))


def _lookup_tokens(toks: list[Tok], codebook: Codebook, lang: str) -> list[tuple[int, int, Pattern]]:
    """Non-overlapping pattern matches ``(first token, last token + 1, pattern)``."""
    return _lookup_columns([t.kind for t in toks], [(t.stems, t.keys, t.stop) for t in toks], codebook, lang)


def _lookup_columns(kinds: list, analyses: list, codebook: Codebook, lang: str) -> list[tuple[int, int, Pattern]]:
    """:func:`_lookup_tokens` of tokens given as their kinds and ``(stems, keys, stop)`` analyses."""
    by_stem, by_exact, prefixed = codebook.index(lang)
    # patterns whose first word matches a token depend only on the token's analyses:
    # computed once per word type (the cache is bounded by the vocabulary)
    cache = codebook._index.setdefault(("first", _lang(lang)), {})
    found = []
    n = len(kinds)
    for i in range(n):
        a = analyses[i]
        if kinds[i] == "punct" or not a[0]:
            continue
        cands = cache.get(a)
        if cands is None:
            stems, keys = a[0], a[1]
            cands = []
            for s in stems:
                cands.extend(by_stem.get(s, ()))
            for k in keys:
                cands.extend(by_exact.get(k, ()))
            if prefixed:
                for k3 in {k[:3] for k in keys}:
                    cands.extend(p for p in prefixed.get(k3, ()) if _matches_analyses(stems, keys, p.matchers[0]))
            if len(cache) > 500_000:
                cache.clear()
            cands = cache[a] = tuple(cands)
        for p in cands:
            m = len(p.matchers)
            if i + m > n:
                continue
            ms = p.matchers
            if all(_matches_analyses(analyses[i + j][0], analyses[i + j][1], ms[j]) for j in range(1, m)):
                found.append((i, i + m, p))
    if not found:
        return []
    # longest first, then leftmost, then codebook order; tokens are used once
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0], x[2].order))
    used = bytearray(n)
    chosen = []
    for a, b, p in found:
        if used.find(1, a, b) < 0:
            used[a:b] = b"\x01" * (b - a)
            chosen.append((a, b, p))
    chosen.sort(key=lambda x: (x[0], x[1]))
    return chosen


_LOOKUP_COLS = ["theme", "pattern", "gloss", "start", "end", "surface", "n_words"]


def dictionary_lookup(text: str, lang: str = "ar", codebook: Codebook | None = None) -> pd.DataFrame:
    """Codebook matches in ``text``: theme, pattern, gloss, start, end (offsets into
    ``text`` as given), surface, n_words.  Like quanteda's ``tokens_lookup`` but
    keeping every match with its span."""
    cb = codebook or load_codebook()
    nt, toks = analyse(text, lang)
    rows = []
    for a, b, p in _lookup_tokens(toks, cb, lang):
        s, e = nt.to_original(toks[a].start, toks[b - 1].end)
        rows.append((p.theme, p.text, p.gloss, s, e, text[s:e], b - a))
    return pd.DataFrame(rows, columns=_LOOKUP_COLS)


def theme_counts(text: str, lang: str = "ar", codebook: Codebook | None = None) -> dict[str, int]:
    """Hits per theme (every theme of the codebook, in codebook order)."""
    cb = codebook or load_codebook()
    _, toks = analyse(text, lang)
    c = Counter(p.theme for _, _, p in _lookup_tokens(toks, cb, lang))
    return {t: c.get(t, 0) for t in cb.theme_ids}


_PARA_COLS = ("article_id", "paragraph", "role", "lang", "text")


def with_paragraph_columns(df: pd.DataFrame | None) -> pd.DataFrame:
    """The paragraphs table with at least the columns the analyses read."""
    if df is None:
        df = pd.DataFrame()
    missing = [c for c in _PARA_COLS if c not in df.columns]
    if missing:
        df = df.copy()
        for c in missing:
            df[c] = pd.Series(dtype=object if c != "paragraph" else "int64")
    return df


_paragraphs = with_paragraph_columns  # the old name, still used by tests; topics re-exports it


def get_table(tables: Mapping, name: str):
    try:
        return tables[name]
    except KeyError:
        return None


_get = get_table  # the old name, re-exported by topics


THEME_COLS = ["article_id", "paragraph", "theme", "hits", "share", "dominant", "n_words", "weight"]

#: a match's weight is its distinctiveness against general language: ``ZIPF_CEILING`` minus the
#: Zipf frequency (wordfreq) of its rarest word, clipped to ``[WEIGHT_MIN, WEIGHT_MAX]``; common
#: words (الدولة 5.7, الحكومة 5.6, الحزب 5.1) weigh less than distinctive ones (التعبئة 3.8)
ZIPF_CEILING, WEIGHT_MIN, WEIGHT_MAX = 6.5, 0.25, 4.0


@lru_cache(maxsize=WORD_CACHE)
def _zipf(word: str, lang: str) -> float:
    if lang == "ar":
        from .entities.cues import word_info

        return word_info(word).zipf  # the most frequent clitic reading: clitics add no distinctiveness
    from .entities.cues import zipf_en

    return zipf_en(_en_word(word))


def match_weight(words, lang: str) -> float:
    """Distinctiveness of a codebook match (its normalised words) against general Arabic/English."""
    lg = _lang(lang)
    z = min((_zipf(w, lg) for w in words), default=ZIPF_CEILING)
    return float(min(WEIGHT_MAX, max(WEIGHT_MIN, ZIPF_CEILING - z)))


def _name_tokens(p, starts: list, ends: list) -> list[bool]:
    """Per token: does it sit inside a name (a person, a place, or an institution name of two or
    more words)?  Names come from :func:`arnews.entities.paragraph_name_spans` (memoised in
    ``p.memo``, shared with the entities hook)."""
    from .entities import paragraph_name_spans

    spans = [(s, e) for s, e, typ in paragraph_name_spans(p)
             if typ in ("person", "place") or " " in p.ntext[s:e].strip()]
    if not spans:
        return [False] * len(starts)
    # a token is inside a name when some span starting at or before it ends at or after it:
    # spans sorted by start with the running maximum of their ends (linear, not tokens x spans:
    # a 5 MB paragraph had 53 million comparisons per 300 KB)
    spans.sort()
    reach, m = [], -1
    for _, e in spans:
        m = max(m, e)
        reach.append(m)
    out = []
    first = [s for s, _ in spans]
    for a, b in zip(starts, ends):
        i = bisect_right(first, a) - 1
        out.append(i >= 0 and reach[i] >= b)
    return out


def paragraph_themes(p, codebook: Codebook | None = None) -> tuple[Counter, Counter, int]:
    """``(hits, weights, n_words)`` per theme of one paragraph: codebook matches outside names,
    each weighted by its distinctiveness (:func:`match_weight`)."""
    cb = codebook or load_codebook()
    lg = p.rules
    kinds, starts, ends, texts, analyses = _paragraph_columns(p)
    hits, weights = Counter(), Counter()
    found = _lookup_columns(kinds, analyses, cb, lg)
    if found:
        inside = _name_tokens(p, starts, ends)
        for a, b, pt in found:
            if any(inside[a:b]):
                continue  # a word of a name is not theme evidence
            hits[pt.theme] += 1
            weights[pt.theme] += match_weight([texts[i] for i in range(a, b) if kinds[i] in ("word", "latin")], lg)
    nwords = kinds.count("word") + kinds.count("latin")
    return hits, weights, nwords


def themes_table(paragraphs, articles: pd.DataFrame | None = None, codebook: Codebook | None = None) -> pd.DataFrame:
    """Build hook: theme hits and shares of every body paragraph (one row per theme).

    Words inside names (people, places, institution names such as ``لجنة التعبئة الجماهيرية
    التابعة للجنة الحزب الإقليمية``) are not counted.  ``hits`` counts matches; ``weight`` sums
    their distinctiveness against general language (:func:`match_weight`); ``share`` =
    weight / all theme weight of the paragraph (0 when none); ``dominant`` marks the theme
    with most weight (ties: codebook order)."""
    cb = codebook or load_codebook()
    ids = cb.theme_ids
    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=THEME_COLS)
    rows = []
    for p in paragraphs_of(paragraphs, articles).select(BODY):
        c, wt, nwords = paragraph_themes(p, cb)
        total = sum(wt.values())
        dom = max(ids, key=lambda t: (wt.get(t, 0), -ids.index(t))) if total else None
        for t in ids:
            w = round(float(wt.get(t, 0.0)), 6)
            rows.append((p.article_id, p.paragraph, t, c.get(t, 0), w / total if total else 0.0, t == dom, nwords, w))
    df = pd.DataFrame(rows, columns=THEME_COLS)
    return df.sort_values(["article_id", "paragraph"], kind="mergesort").reset_index(drop=True)


def theme_articles(themes: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """Article-level theme scores from :func:`themes_table` rows: hits, share (of the
    distinctiveness weight), dominant (most weight), paragraphs_dominant (body paragraphs in
    which the theme dominates)."""
    cols = ["article_id", "theme", "hits", "share", "dominant", "paragraphs_dominant", "n_paragraphs"]
    if themes is None or len(themes) == 0:
        return pd.DataFrame(columns=cols)
    cb = codebook or load_codebook()
    order = {t: i for i, t in enumerate(cb.theme_ids)}
    th = themes.copy()
    th["dominant"] = th["dominant"].astype(str).str.lower().isin(["true", "1"])
    if "weight" not in th.columns:
        th["weight"] = th["hits"].astype(float)
    g = th.groupby(["article_id", "theme"], sort=False).agg(
        hits=("hits", "sum"), weight=("weight", "sum"), paragraphs_dominant=("dominant", "sum"),
        n_paragraphs=("paragraph", "nunique")
    ).reset_index()
    tot = g.groupby("article_id")["weight"].transform("sum")
    g["share"] = np.where(tot > 0, g["weight"] / tot.where(tot > 0, 1), 0.0)
    g["_o"] = g["theme"].map(order).fillna(len(order))
    g = g.sort_values(["article_id", "_o"], kind="mergesort")
    best = g[g.weight > 0].sort_values(["article_id", "weight", "_o"], ascending=[True, False, True], kind="mergesort")
    best = best.drop_duplicates("article_id")
    g["dominant"] = list(zip(g.article_id, g.theme))
    g["dominant"] = g["dominant"].isin(set(zip(best.article_id, best.theme)))
    g["paragraphs_dominant"] = g["paragraphs_dominant"].astype(int)
    return g[cols].reset_index(drop=True)
