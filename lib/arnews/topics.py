"""Topics: themes (a codebook), distinctive words, unsupervised topics, similarity,
recurrent expressions and named entities.

The module follows quanteda's verb-noun vocabulary and works on plain strings
and DataFrames.  Build hooks (see ``CONTRIBUTING.md``):

* :func:`themes_table` (per article) -> ``themes.csv``: article_id, paragraph,
  theme, hits, share, dominant, n_words, one row per body paragraph and theme.
* :func:`entities_table` (per article) -> ``entities.csv``: article_id,
  paragraph, start, end, surface, entity_id, type, name_en, name_vi, alias, role.
* :func:`term_counts_table` (per article) -> ``term_counts``: article_id,
  paragraph, lang, term, kind, n (how often each term occurs in each body
  paragraph) and :func:`term_stream_table` (per article) -> ``term_stream``:
  article_id, paragraph, lang, terms (the paragraph's terms in order, ``|`` at
  boundaries).  These are all that keyness, topics, similarity and
  collocations read: the corpus level merges them for *every* article
  (:func:`corpus_features`, from one DataFrame or from parts) and maps terms to
  features once for the whole corpus.
* :func:`lexical_tables` (corpus level) -> ``theme_articles``, ``keyness``,
  ``similarity``, ``collocations``, ``entity_candidates`` (the one table that
  still reads ``paragraphs``);
  :func:`topic_model_tables` (corpus level) -> ``topics``, ``topic_selection``,
  ``paragraph_topics``, ``topic_themes``; :func:`topics_tables` returns both.

Text analysis
-------------
Text goes through :func:`arnews.normalize.normalize` (offsets are kept, so
every span points into the paragraph's original text) and
:func:`arnews.tokens.tokenize_spans`.  Arabic words are then *analysed*:
Snowball (``arnews.tokens.stem``) alone mishandles proclitics (``والأمن`` ->
``والام``, ``لحماية`` -> ``لحما``), so each word is first stripped of the
conjunction/preposition + article prefixes (``وال بال كال فال لل ال`` and
``و ف ب ل ك``, remainder of two letters or more) and every remainder is
stemmed; the results are folded with :func:`arnews.normalize.key` (alef,
alef maksura, ta marbuta).  A word therefore carries a small *set* of
candidate stems ("analyses").

* **Codebook matching** (:func:`dictionary_lookup`) accepts a word when the
  pattern's stem is one of its analyses, so ``الأمن``, ``للأمن``, ``والأمن``,
  ``بالأمن`` and ``الأَمْن`` all match the pattern ``أمن``.
* **Features** for keyness, topics, similarity and collocations need *one*
  term per word: the most-stripped analysis whose remainder is attested as a
  word of its own in the corpus (``وتعزيز`` -> ``تعزيز`` because ``تعزيز``
  occurs; ``وزارة`` stays whole because ``زارة`` does not); article prefixes
  are always stripped except ``لل``, which needs the same evidence
  (``للأمن`` -> ``أمن`` but ``للجنة`` -> ``لجنة``).  Stop words (``lib/arnews/data/lexicons/stopwords_<lang>.csv``),
  numbers, codes and one-letter tokens are dropped.  English words are
  lower-cased Snowball stems.

Theme codebook (``lib/arnews/data/lexicons/themes.json``)
----------------------------------------------
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

Keyness
-------
:func:`textstat_keyness` is Dunning's log-likelihood G² (or Pearson's χ²) on
the 2×2 table of a term in the target versus the reference, signed negative
when the term is under-used in the target, with a p-value (χ², 1 df) and the
log2 ratio of relative frequencies (+0.5 smoothing) as effect size, as in
quanteda's ``textstat_keyness``.  Default: no continuity correction
(quanteda's default applies Williams' correction to G²; pass
``correction="williams"``).  :func:`keyness` compares each article with the
other articles *of the same language*; an article alone in its language
(the English original in the seeds) has no reference and gets no rows.

Topics
------
:func:`topic_model` fits NMF (scikit-learn's online ``MiniBatchNMF``, fixed
``random_state``) to TF-IDF (sublinear tf) of paragraph features occurring in
at least two paragraphs, separately per language, on every paragraph of the
corpus.  The number of topics k is chosen at run time over
:func:`topic_k_range`: 2..10 for a small corpus, growing with the corpus up
to 40 (sqrt(paragraphs) / 2; from 5 once the range reaches 20), at most one
topic per five paragraphs, so that a topic is a pattern across paragraphs
rather than one paragraph -- as the k with the highest topic quality
(Dieng, Ruiz & Blei 2020), the product of

* coherence: mean NPMI of each topic's top ten features over their
  co-occurrence in all paragraphs (Aletras & Stevenson 2013; Röder et al. 2015), and
* diversity: the share of distinct features among all topics' top ten,
  which falls when topics repeat each other;

ties go to the smaller k.  Each candidate k is fitted (batch NMF) on an
evenly spaced sample of at most 2,000 paragraphs.  Every k's reconstruction
error, coherence, diversity and score are recorded in ``topic_selection``
with the reason; ``topics`` gives each topic's own coherence.  The user sets
k with ``ARNEWS_TOPICS_K`` (``20``, or ``ar=20,en=5``) or
``topic_model_tables(tables, k=...)``.  Fewer than ten paragraphs in a
language: no model (the reason says so).  Topics are related to the
codebook through ``topic_themes``: for each topic and theme, the mean theme
share of paragraphs weighted by the topic's weight in them (``score``) and
that score over the theme's mean share (``lift``).

Similarity
----------
Cosine similarity of articles over TF-IDF of their body features (0 across
languages), over their theme-hit vectors (language-independent, via the
codebook: this is what lines up a translation with its original) and over
their entity counts (gazetteer ids are language-independent too).  Each
article's ten nearest neighbours by TF-IDF cosine (positive only, ``rank`` 1 =
nearest, ties: article id) and its parallel versions are written, computed
with sparse products in blocks of rows (never a dense n x n matrix); up to
eleven articles, every pair.

Collocations
------------
Recurrent multi-word expressions: word n-grams (2-6 words, never across
punctuation, numbers or codes) of the body paragraphs of every article
(``term_stream``, counted level by level over integer arrays), grouped by their features (so ``للأمن
والنظام`` and ``الأمن والنظام`` are one expression), occurring at least twice,
with at least two content words, not ending in a stop word; a leading stop
word (``على مستوى القاعدة الشعبية``) is kept only when at least 80% of the
shorter expression's occurrences carry it (the shorter one is then dropped);
an expression is dropped when a longer one containing it occurs as often
(closed n-grams).  The 150 most frequent are kept, with counts per article in
long form, a PMI score and a gloss (the glossary's, else word by word,
marked ``≈``).

Entities (``lib/arnews/data/lexicons/gazetteer.csv``)
------------------------------------------
A gazetteer of people, places and organisations with their Vietnamese and
English names and every Arabic spelling seen.  Transliterated names
(``translit=yes``) match with the usual alternations, generated rather than
listed (:func:`spelling_variants`): ج/غ/ق for Vietnamese g/ng/q, ث/ت for th,
ك/ق for k/c, optional final ه/ة after ن (-nh), و/وو, ي/يي, ى/ي, alef forms,
joined/spaced/hyphenated syllables; every alias may carry proclitics and the
article (``بكوانغ نينه``, ``الكوانج نينه``).  Spans exclude a leading
conjunction/preposition.  English aliases match case- and diacritic-
insensitively (``Quảng Ninh`` = ``Quang Ninh``).  Longest match wins.
Unknown capitalised Latin words, acronyms (``ANTQ``, ``SOC``) and runs of
Vietnamese-looking Arabic syllables that no alias covers are listed in
``entity_candidates`` for review.

Limits
------
The light stemmer is heuristic (Snowball's Arabic stemmer still conflates
some words and splits broken plurals from their singulars); a codebook is a
researcher's choice of indicators, not ground truth; English and Arabic
themes are comparable only as far as the two pattern lists are parallel;
coherence on a few dozen paragraphs is noisy, so k for the seed corpus is
indicative, and with few articles topics partly follow the articles; on
larger news corpora coherence tends to fall as k grows, so the chosen k sits
at the low end of the range (set ``ARNEWS_TOPICS_K`` for a finer grain).  Glosses come from ``lib/arnews/data/lexicons/glossary.csv``, then the
stop-word lists, the codebook and the gazetteer; a term without any is shown
as ``(no gloss)``.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping, NamedTuple

import numpy as np
import pandas as pd

from .lexicons import lexicon_cache, lexicon_derived, lexicon_path, read_lexicon, sync
from .normalize import key, normalize
from .spans import SpanIndex
from .text import BODY, TEXT_ROLES, make_paragraph, paragraphs_of
from .tokens import AR, stem, stopwords, tokenize_spans

__all__ = [
    # codebook
    "Codebook",
    "load_codebook",
    "dictionary_lookup",
    "theme_counts",
    "themes_table",
    "theme_articles",
    # entities
    "Gazetteer",
    "load_gazetteer",
    "spelling_variants",
    "find_entities",
    "entities_table",
    "entity_candidates",
    # features and data-driven views
    "analyse",
    "word_analyses",
    "term_counts_table",
    "term_stream_table",
    "corpus_features",
    "document_features",
    "topic_k_range",
    "textstat_keyness",
    "keyness",
    "topic_model",
    "similarity",
    "collocations",
    "gloss",
    "topics_tables",
    "lexical_tables",
    "topic_model_tables",
]

_AR_RE = re.compile(f"[{AR}]")
_AR_CLASS = f"[{AR}]"

# --- word analysis --------------------------------------------------------------------

#: prefixes carrying the article: stripping them is safe
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
#: single or double proclitics without the article: ambiguous (``وزارة``, ``بلدية``)
_CLITIC_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_MIN_REST = 2


def _lang(lang: str | None) -> str:
    return "ar" if (lang or "").startswith("ar") else "en"


@lru_cache(maxsize=200_000)
def _strips(word: str) -> tuple[tuple[str, bool], ...]:
    """``(remainder, safe)`` for each prefix reading of an Arabic ``word``, the
    most stripped first; ``safe`` marks article readings other than ``لل``
    (and the word itself)."""
    out: list[tuple[str, bool]] = []
    seen = set()
    for p in _ARTICLE_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= _MIN_REST:
            r = word[len(p):]
            if r not in seen:
                seen.add(r)
                # li- + article (للأمن) is ambiguous with li- + a word in l- (للجنة = ل + لجنة)
                out.append((r, not p.endswith("لل")))
    for p in _CLITIC_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= _MIN_REST + 1:
            r = word[len(p):]
            if r not in seen:
                seen.add(r)
                out.append((r, False))
    out.sort(key=lambda x: len(x[0]))
    if word not in seen:
        out.append((word, True))
    return tuple(out)


@lru_cache(maxsize=400_000)
def _ar_stem(word: str) -> str:
    return key(stem(word, "ar"))


def _en_word(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


@lru_cache(maxsize=200_000)
def word_analyses(word: str, lang: str = "ar") -> tuple[frozenset, frozenset]:
    """``(stems, keys)``: every candidate stem of a (normalised) word and the
    matching keys of its prefix readings (see the module docstring)."""
    if _lang(lang) == "en" or not _AR_RE.match(word):
        w = _en_word(word)
        return frozenset({stem(w, "en") if w[:1].isalpha() else w}), frozenset({w})
    readings = _strips(word)
    return frozenset(_ar_stem(r) for r, _ in readings), frozenset(key(r) for r, _ in readings)


@lru_cache(maxsize=50_000)
def _pattern_word(word: str, lang: str) -> tuple[str, str]:
    """A codebook pattern word -> matcher ``(kind, value)``: stem, prefix or exact."""
    kind = "stem"
    if word.startswith("="):
        kind, word = "exact", word[1:]
    elif word.endswith("*"):
        kind, word = "prefix", word[:-1]
    w = normalize(word).text
    if _lang(lang) == "en" or not _AR_RE.match(w):
        w = _en_word(w)
        return (kind, w) if kind != "stem" else ("stem", stem(w, "en") if w[:1].isalpha() else w)
    for p in ("وال", "بال", "لل", "ال"):  # patterns are written without clitics, perhaps with the article
        if w.startswith(p) and len(w) - len(p) >= _MIN_REST:
            w = w[len(p):]
            break
    return (kind, key(w)) if kind != "stem" else ("stem", _ar_stem(w))


class Tok(NamedTuple):
    start: int  # offsets into the normalised text
    end: int
    text: str  # normalised surface
    kind: str  # word, latin, number, code, url, email, clitic, punct
    stems: frozenset
    keys: frozenset
    stop: bool


def analyse(text: str, lang: str = "ar"):
    """``(NormText, [Tok])`` for one paragraph: every token with its analyses."""
    p = make_paragraph(text, lang)
    return p.norm, paragraph_toks(p)


#: shared token kinds -> this module's (figures of any form are numbers here)
_TOPIC_KIND = {"date": "number", "time": "number", "phone": "number"}


def paragraph_toks(p) -> list:
    """The :class:`Tok` analyses of the shared tokens of a :class:`arnews.text.Paragraph`
    (the script of each word decides its analysis)."""
    sync()  # _token_analyses depends on the stop words of the current lexicon folder
    toks = []
    kinds, starts, ends, texts = p.kinds, p.starts, p.ends, p.toks
    n = len(kinds)
    for i in range(n):
        kd, a, b, t = kinds[i], starts[i], ends[i], texts[i]
        if kd == "punct" and t in "-‐" and 0 < i < n - 1 and ends[i - 1] == a and starts[i + 1] == b:
            continue  # an intra-word hyphen (socio-economic, self-defense) does not break a phrase
        kd = _TOPIC_KIND.get(kd, kd)
        toks.append(Tok(a, b, t, kd, *_token_analyses(t, kd)))
    return toks


@lexicon_derived(maxsize=400_000)
def _token_analyses(text: str, kind: str) -> tuple[frozenset, frozenset, bool]:
    """``(stems, keys, stop)`` of a token (per word type: the analysis ignores context)."""
    if kind in ("word", "latin"):
        arabic = kind == "word"
        st, ks = word_analyses(text, "ar" if arabic else "en")
        stop = key(text) in stopwords.current("ar") if arabic else _en_word(text) in stopwords.current("en")
        return st, ks, stop
    if kind in ("number", "code", "clitic"):
        st = frozenset({key(text).lower()})
        return st, st, kind == "clitic"
    return frozenset(), frozenset(), True


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
                cache[surface] = next(
                    (p.theme for p in self.patterns.get(_lang(lang), [])
                     if len(p.matchers) == 1 and p.matchers[0][0] in ("prefix", "exact") and _matches(tok, p.matchers[0])),
                    "",
                )
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
    kind, value = matcher
    if kind == "stem":
        return value in tok.stems
    if kind == "exact":
        return value in tok.keys
    return any(k.startswith(value) for k in tok.keys)


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
    by_stem, by_exact, prefixed = codebook.index(lang)
    # patterns whose first word matches a token depend only on the token's analyses:
    # computed once per word type (the cache is bounded by the vocabulary)
    cache = codebook._index.setdefault(("first", _lang(lang)), {})
    found = []
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind == "punct" or not t.stems:
            continue
        cands = cache.get((t.stems, t.keys))
        if cands is None:
            cands = []
            for s in t.stems:
                cands.extend(by_stem.get(s, ()))
            for k in t.keys:
                cands.extend(by_exact.get(k, ()))
            if prefixed:
                for k3 in {k[:3] for k in t.keys}:
                    cands.extend(p for p in prefixed.get(k3, ()) if _matches(t, p.matchers[0]))
            if len(cache) > 500_000:
                cache.clear()
            cands = cache[(t.stems, t.keys)] = tuple(cands)
        for p in cands:
            m = len(p.matchers)
            if i + m > n:
                continue
            if all(_matches(toks[i + j], p.matchers[j]) for j in range(1, m)):
                found.append((i, i + m, p))
    # longest first, then leftmost, then codebook order; tokens are used once
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0], x[2].order))
    used = np.zeros(n, dtype=bool)
    chosen = []
    for a, b, p in found:
        if not used[a:b].any():
            used[a:b] = True
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


def _paragraphs(df: pd.DataFrame | None) -> pd.DataFrame:
    """The paragraphs table with at least the columns the analyses read."""
    if df is None:
        df = pd.DataFrame()
    missing = [c for c in _PARA_COLS if c not in df.columns]
    if missing:
        df = df.copy()
        for c in missing:
            df[c] = pd.Series(dtype=object if c != "paragraph" else "int64")
    return df


def _article_langs(paragraphs: pd.DataFrame, articles: pd.DataFrame | None) -> pd.Series:
    """Language of each paragraph row: paragraphs.lang, else articles.lang/language."""
    if "lang" in paragraphs.columns:
        lg = paragraphs["lang"].fillna("").astype(str)
    else:
        lg = pd.Series([""] * len(paragraphs), index=paragraphs.index)
    if articles is not None and len(articles) and (lg == "").any():
        col = "lang" if "lang" in articles.columns else "language" if "language" in articles.columns else None
        if col:
            m = dict(zip(articles["article_id"].astype(str), articles[col].fillna("").astype(str)))
            lg = lg.where(lg != "", paragraphs["article_id"].astype(str).map(m).fillna(""))
    return lg


def _lang_of_text(lang: str, text: str) -> str:
    if lang in ("ar", "en"):
        return lang
    from .corpus import detect_language

    return "ar" if detect_language(text) == "ar" else "en"


THEME_COLS = ["article_id", "paragraph", "theme", "hits", "share", "dominant", "n_words"]


def themes_table(paragraphs, articles: pd.DataFrame | None = None, codebook: Codebook | None = None) -> pd.DataFrame:
    """Build hook: theme hits and shares of every body paragraph (one row per theme).

    ``share`` = hits / all theme hits of the paragraph (0 when none);
    ``dominant`` marks the theme with most hits (ties: codebook order)."""
    cb = codebook or load_codebook()
    ids = cb.theme_ids
    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=THEME_COLS)
    rows = []
    for p in paragraphs_of(paragraphs, articles).select(BODY):
        lg = p.rules
        toks = paragraph_toks(p)
        c = Counter(pt.theme for _, _, pt in _lookup_tokens(toks, cb, lg))
        total = sum(c.values())
        nwords = sum(1 for t in toks if t.kind in ("word", "latin"))
        dom = max(ids, key=lambda t: (c.get(t, 0), -ids.index(t))) if total else None
        for t in ids:
            h = c.get(t, 0)
            rows.append((p.article_id, p.paragraph, t, h, h / total if total else 0.0, t == dom, nwords))
    df = pd.DataFrame(rows, columns=THEME_COLS)
    return df.sort_values(["article_id", "paragraph"], kind="mergesort").reset_index(drop=True)


def theme_articles(themes: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """Article-level theme scores from :func:`themes_table` rows: hits, share,
    dominant, paragraphs_dominant (body paragraphs in which the theme dominates)."""
    cols = ["article_id", "theme", "hits", "share", "dominant", "paragraphs_dominant", "n_paragraphs"]
    if themes is None or len(themes) == 0:
        return pd.DataFrame(columns=cols)
    cb = codebook or load_codebook()
    order = {t: i for i, t in enumerate(cb.theme_ids)}
    th = themes.copy()
    th["dominant"] = th["dominant"].astype(str).str.lower().isin(["true", "1"])
    g = th.groupby(["article_id", "theme"], sort=False).agg(
        hits=("hits", "sum"), paragraphs_dominant=("dominant", "sum"), n_paragraphs=("paragraph", "nunique")
    ).reset_index()
    tot = g.groupby("article_id")["hits"].transform("sum")
    g["share"] = np.where(tot > 0, g["hits"] / tot.where(tot > 0, 1), 0.0)
    g["_o"] = g["theme"].map(order).fillna(len(order))
    g = g.sort_values(["article_id", "_o"], kind="mergesort")
    best = g[g.hits > 0].sort_values(["article_id", "hits", "_o"], ascending=[True, False, True], kind="mergesort")
    best = best.drop_duplicates("article_id")
    g["dominant"] = list(zip(g.article_id, g.theme))
    g["dominant"] = g["dominant"].isin(set(zip(best.article_id, best.theme)))
    g["paragraphs_dominant"] = g["paragraphs_dominant"].astype(int)
    return g[cols].reset_index(drop=True)


# --- gazetteer -------------------------------------------------------------------------------

#: transliteration alternations (applied to keys of transliterated aliases)
_TRANSLIT_CLASSES = {"ج": "[جغق]", "غ": "[جغق]", "ق": "[جغقك]", "ث": "[ثت]", "ت": "[تث]", "ك": "[كق]"}
_GAP_TRANSLIT = r"[\s\-‐–]*"
_GAP = r"[\s\-‐–]+"


class _LatinFold(dict):
    """``str.translate`` table for :func:`_fold_latin`, filled one character at a time."""

    def __missing__(self, code: int):
        ch = chr(code)
        if ch in "đĐ":
            out = "d"
        else:
            d = unicodedata.normalize("NFD", ch)
            base = d[0] if d and unicodedata.category(d[0]) != "Mn" else ch
            low = base.lower()
            out = low if len(low) == 1 else base
        self[code] = out
        return out


_LATIN_FOLD = _LatinFold()


def _fold_latin(text: str) -> str:
    """Length-preserving fold of Latin text: lower case, diacritics off, đ -> d."""
    return text.translate(_LATIN_FOLD)


def _ar_word_regex(word: str, translit: bool) -> str:
    w = key(word)
    if not translit:
        return re.escape(w)
    out = []
    i = 0
    while i < len(w):
        ch = w[i]
        if ch == "و" and w[i + 1:i + 2] == "و":
            out.append("وو?")
            i += 2
            continue
        if ch == "ي" and w[i + 1:i + 2] == "ي":
            out.append("يي?")
            i += 2
            continue
        if ch == "ه" and i == len(w) - 1 and i > 0 and w[i - 1] == "ن":
            out.append("ه?")
            i += 1
            continue
        out.append(_TRANSLIT_CLASSES.get(ch, re.escape(ch)))
        i += 1
    return "".join(out)


def _ar_alias_body(alias: str, translit: bool) -> str:
    """The part of an alias regex every match contains (no article, clitics or boundaries)."""
    words = key(normalize(alias).text).replace("-", " ").split()
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    parts = [_ar_word_regex(w, translit) for w in words]
    return (_GAP_TRANSLIT if translit else _GAP).join(parts)


def _ar_alias_regex(alias: str, translit: bool) -> str:
    body = _ar_alias_body(alias, translit)
    return rf"(?<!{_AR_CLASS})(?P<pre>[وف]?[بكل]?)(?P<name>(?:ال|(?P<fused>ل))?{body})(?!{_AR_CLASS})"


def _en_alias_body(alias: str) -> str:
    words = re.split(r"[\s\-]+", _fold_latin(alias).strip())
    return _GAP.join(re.escape(w) for w in words if w)


def _en_alias_regex(alias: str) -> str:
    return rf"(?<![\w])(?P<pre>)(?P<name>{_en_alias_body(alias)}(?:['’]s)?)(?![\w])"


def spelling_variants(alias: str, translit: bool = True, article: bool = True, limit: int = 500) -> list[str]:
    """Spelling variants of an Arabic transliterated name, generated from the
    alternation rules the matcher applies (ج/غ, ث/ت, ك/ق, final ه/ة/none after
    ن, و/وو, joined/spaced/hyphenated words, with/without the article).

    >>> "كوانغ نينة" in spelling_variants("كوانج نينه")
    True
    """
    words = normalize(alias).text.replace("-", " ").split()
    if not words:
        return []
    alts = {"ج": "جغق", "غ": "غجق", "ق": "قجغك", "ث": "ثت", "ت": "تث", "ك": "كق"} if translit else {}

    def word_variants(w: str) -> list[str]:
        opts = [""]
        for i, ch in enumerate(w):
            choices = alts.get(ch, ch)
            opts = [o + c for o in opts for c in choices]
        if translit and w.endswith("نه"):
            opts = opts + [o[:-1] + "ة" for o in opts] + [o[:-1] for o in opts]
        if translit and "وو" in w:
            opts = opts + [o.replace("وو", "و") for o in opts]
        if translit and "يي" in w:
            opts = opts + [o.replace("يي", "ي") for o in opts]
        return list(dict.fromkeys(opts))

    seqs = [[]]
    for w in words:
        seqs = [s + [v] for s in seqs for v in word_variants(w)][: limit * 4]
    gaps = [" ", "", "-"] if translit and len(words) > 1 else [" "]
    out = []
    for s in seqs:
        for g in gaps:
            v = g.join(s)
            out.append(v)
            if article and not v.startswith("ال"):
                out.append("ال" + v)
            if len(out) >= limit:
                return list(dict.fromkeys(out))
    return list(dict.fromkeys(out))


@dataclass
class Entity:
    entity_id: str
    type: str
    name_vi: str
    name_en: str
    aliases_ar: tuple
    aliases_en: tuple
    translit: bool
    parent: str
    gloss: str


@dataclass
class Gazetteer:
    entities: dict  # id -> Entity
    _ar: list = field(default_factory=list, repr=False)  # (regex, entity_id, alias, order)
    _en: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        order = 0
        # each alias: (regex, entity, alias, order, prefilter); the prefilter is the bare
        # alias body, which starts with a literal and so is searched fast: an alias
        # whose body does not occur in a text cannot match there
        for e in self.entities.values():
            for a in e.aliases_ar:
                self._ar.append((re.compile(_ar_alias_regex(a, e.translit)), e.entity_id, a, order,
                                 re.compile(_ar_alias_body(a, e.translit)).search))
                order += 1
            for a in list(e.aliases_en) + ([e.name_en] if e.name_en and e.name_en not in e.aliases_en else []):
                self._en.append((re.compile(_en_alias_regex(a)), e.entity_id, a, order, re.compile(_en_alias_body(a)).search))
                order += 1

    def table(self) -> pd.DataFrame:
        rows = [
            (e.entity_id, e.type, e.name_vi, e.name_en, " | ".join(e.aliases_ar), " | ".join(e.aliases_en), e.translit, e.parent, e.gloss)
            for e in self.entities.values()
        ]
        return pd.DataFrame(rows, columns=["entity_id", "type", "name_vi", "name_en", "aliases_ar", "aliases_en", "translit", "parent", "gloss"])

    @property
    def syllables(self) -> frozenset:
        """Keys of the words of transliterated Arabic aliases (3+ letters, not stop words)."""
        sw = stopwords("ar")
        out = set()
        for e in self.entities.values():
            if e.translit:
                for a in e.aliases_ar:
                    for w in key(normalize(a).text).replace("-", " ").split():
                        if len(w) >= 3 and w not in sw:
                            out.add(_skeleton(w))
        return frozenset(out)


@lru_cache(maxsize=200_000)
def _skeleton(w: str) -> str:
    """Transliteration skeleton of an Arabic key: ج/غ/ق -> ج, ث -> ت, ق -> ك, وو -> و, final ه dropped."""
    w = w.translate(str.maketrans({"غ": "ج", "ق": "ج", "ث": "ت"})).replace("وو", "و").replace("يي", "ي")
    return w[:-1] if w.endswith("نه") else w


def load_gazetteer(name: str = "gazetteer.csv") -> Gazetteer:
    """Read ``lib/arnews/data/lexicons/gazetteer.csv`` (``|`` separates aliases)."""
    return _load_gazetteer(str(lexicon_path(name)))


@lexicon_cache(maxsize=8)
def _load_gazetteer(path: str) -> Gazetteer:
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    ents, problems = {}, []
    for r in rows:
        eid = (r.get("entity_id") or "").strip()
        if not eid:
            continue
        if eid in ents:
            problems.append(f"entity {eid!r} listed twice")
        split = lambda s: tuple(a.strip() for a in (s or "").split("|") if a.strip())
        e = Entity(
            eid,
            (r.get("type") or "").strip(),
            (r.get("name_vi") or "").strip(),
            (r.get("name_en") or "").strip(),
            split(r.get("aliases_ar")),
            split(r.get("aliases_en")),
            (r.get("translit") or "").strip().lower() in ("yes", "true", "1"),
            (r.get("parent") or "").strip(),
            (r.get("gloss") or "").strip(),
        )
        if not e.gloss or not e.name_en or e.type not in ("person", "place", "organisation", "office"):
            problems.append(f"entity {eid!r} needs type (person/place/organisation/office), name_en and gloss")
        ents[eid] = e
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    return Gazetteer(ents)


_ENT_COLS = ["start", "end", "surface", "entity_id", "type", "alias"]


def find_entities(text: str, lang: str = "ar", gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Gazetteer mentions in ``text``: start, end (offsets into ``text``), surface,
    entity_id, type, alias.  Arabic aliases are searched in Arabic text and
    English aliases in Latin script (also inside Arabic text); longest wins."""
    gz = gazetteer or load_gazetteer()
    nt = normalize(text)
    rows = _find(nt, gz)
    out = []
    for s, e, eid, alias in rows:
        os_, oe = nt.to_original(s, e)
        out.append((os_, oe, text[os_:oe], eid, gz.entities[eid].type, alias))
    return pd.DataFrame(out, columns=_ENT_COLS)


def _find(nt, gz: Gazetteer, ktext: str | None = None) -> list[tuple[int, int, str, str]]:
    found = []
    if _AR_RE.search(nt.text):
        k = ktext if ktext is not None else key(nt.text)  # length-preserving on normalised text
        for rx, eid, alias, order, prefilter in gz._ar:
            if not prefilter(k):
                continue
            for m in rx.finditer(k):
                s = m.start("name")
                if m.group("fused") and m.group("pre").endswith("ل"):
                    s -= 1  # li- + fused article (للحزب): the span keeps both lams
                found.append((s, m.end("name"), order, eid, alias))
    if re.search("[A-Za-z]", nt.text):
        f = _fold_latin(nt.text)
        for rx, eid, alias, order, prefilter in gz._en:
            if not prefilter(f):
                continue
            for m in rx.finditer(f):
                found.append((m.start("name"), m.end("name"), order, eid, alias))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0], x[2]))
    taken: list[tuple[int, int]] = []
    out = []
    for s, e, _, eid, alias in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append((s, e, eid, alias))
    out.sort()
    return out


ENTITY_COLS = ["article_id", "paragraph", "start", "end", "surface", "entity_id", "type", "name_en", "name_vi", "alias", "role"]

def entities_table(paragraphs, articles: pd.DataFrame | None = None, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Build hook: every gazetteer mention in title, body and caption blocks."""
    gz = gazetteer or load_gazetteer()
    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=ENTITY_COLS)
    rows = []
    for p in paragraphs_of(paragraphs, articles).select(TEXT_ROLES):
        for s, e, eid, alias in _find(p.norm, gz, p.ktext):
            os_, oe = p.original(s, e)
            ent = gz.entities[eid]
            rows.append((p.article_id, p.paragraph, os_, oe, p.text[os_:oe], eid, ent.type, ent.name_en, ent.name_vi, alias, p.role))
    df = pd.DataFrame(rows, columns=ENTITY_COLS)
    return df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)


CANDIDATE_COLS = ["surface", "kind", "n", "n_articles", "articles", "article_id", "paragraph", "start", "end", "context"]
_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
_SENT_END = re.compile(r"[.!?؟:;؛\"“”«»()\[\]\-–—…]")
#: capitalised English words that are not names (months, days, document types, labels)
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday no photo resolution directive conclusion decision decree regulation circular plan".split()
)


def entity_candidates(paragraphs: pd.DataFrame, entities: pd.DataFrame | None = None, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Words that look like names but that the gazetteer does not cover, for review.

    * ``acronym``: an all-capital Latin word of 2+ letters (``ANTQ``, ``SOC``);
    * ``latin``: a Latin word in an Arabic paragraph, or a Vietnamese-lettered word;
    * ``capitalised``: a run of capitalised English words not at a sentence start;
    * ``transliteration``: a run of Arabic words whose skeletons are syllables of
      transliterated gazetteer names (``كوانغ``, ``ثانه``) outside any known name.
    One row per distinct surface, with counts and the first occurrence."""
    gz = gazetteer or load_gazetteer()
    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=CANDIDATE_COLS)
    covered: dict[tuple, list] = defaultdict(list)
    if entities is not None and len(entities):
        for aid, par, s, e in entities[["article_id", "paragraph", "start", "end"]].itertuples(index=False):
            covered[(str(aid), int(par))].append((int(s), int(e)))
    syll = gz.syllables
    syll_word: dict[str, bool] = {}  # word -> does a reading of it look like a name syllable

    def is_syll(w: str) -> bool:
        v = syll_word.get(w)
        if v is None:
            v = syll_word[w] = any(_skeleton(k) in syll for k in word_analyses(w)[1])
        return v

    sw_en = stopwords("en")
    hits = []  # (surface, kind, aid, par, s, e, context)
    for pm in paragraphs_of(paragraphs).select(TEXT_ROLES):
        aid, par, text, nt = pm.article_id, pm.paragraph, pm.text, pm.norm
        toks = pm.tokens()
        spans = covered.get((str(aid), int(par)))
        if spans is None:
            spans = [nt.to_original(s, e) for s, e, _, _ in _find(nt, gz, pm.ktext)]
        arabic_par = pm.lang == "ar"

        index = SpanIndex(spans)  # a bisection per hit, not a scan: linear on a huge paragraph

        def free(s, e):
            os_, oe = nt.to_original(s, e)
            return not index.overlaps(os_, oe), os_, oe

        def emit(surface_span, kind):
            s, e = surface_span
            ok, os_, oe = free(s, e)
            if ok:
                ctx = text[max(0, os_ - 40):min(len(text), oe + 40)]
                hits.append((text[os_:oe], kind, str(aid), int(par), os_, oe, ctx))

        i = 0
        while i < len(toks):
            t = toks[i]
            if t.kind == "latin":
                prev = toks[i - 1] if i else None
                sentence_start = prev is None or (prev.kind == "punct" and _SENT_END.match(prev.text))
                letters = re.sub(r"[^A-Za-zÀ-ỹ]", "", t.text)
                if len(letters) >= 2 and letters.isupper():
                    emit((t.start, t.end), "acronym")
                elif arabic_par or _VI_LETTERS.search(t.text):
                    emit((t.start, t.end), "latin")
                elif t.text[:1].isupper():
                    j = i
                    while j + 1 < len(toks) and toks[j + 1].kind == "latin" and toks[j + 1].text[:1].isupper():
                        j += 1
                    run = toks[i:j + 1]
                    if sentence_start and len(run) == 1:
                        pass
                    else:
                        if sentence_start:
                            run = run[1:]
                        while run and _en_word(run[-1].text) in _NOT_NAMES:
                            run = run[:-1]
                        if len(run) == 1 and _en_word(run[0].text) in _NOT_NAMES | sw_en:
                            run = []
                        if run:
                            emit((run[0].start, run[-1].end), "capitalised")
                    i = j
            elif t.kind == "word" and syll:
                j = i
                while j < len(toks) and toks[j].kind == "word" and is_syll(toks[j].text):
                    j += 1
                if j > i:
                    emit((toks[i].start, toks[j - 1].end), "transliteration")
                    i = j - 1
            i += 1
    if not hits:
        return pd.DataFrame(columns=CANDIDATE_COLS)
    df = pd.DataFrame(hits, columns=["surface", "kind", "article_id", "paragraph", "start", "end", "context"])
    df = df.sort_values(["article_id", "paragraph", "start"], kind="mergesort")
    g = df.groupby(["surface", "kind"], sort=False)
    out = g.first().reset_index()
    out["n"] = g.size().values
    out["n_articles"] = g["article_id"].nunique().values
    out["articles"] = g["article_id"].agg(lambda s: ";".join(sorted(set(s)))).values
    out = out.sort_values(["n", "surface"], ascending=[False, True], kind="mergesort")
    return out[CANDIDATE_COLS].reset_index(drop=True)


# --- glossary --------------------------------------------------------------------------------


@lexicon_cache(maxsize=1)
def _glossary() -> tuple[dict, dict, dict]:
    """Glossary indexes: (feature -> gloss, key -> gloss, n_words -> [(features, gloss)])
    from glossary.csv, then stop-word glosses, codebook patterns and gazetteer aliases."""
    by_feat: dict[str, str] = {}
    by_key: dict[str, str] = {}
    phrases: dict[int, list] = defaultdict(list)

    def add(term: str, gl: str, lang: str = "ar"):
        term, gl = term.strip(), gl.strip()
        if not term or not gl or _lang(lang) != "ar":
            return
        nt = normalize(term).text
        k = key(nt)
        if k in by_key:
            return
        by_key[k] = gl
        words = nt.split()
        feats = tuple(_feature_of_word(w) for w in words)
        if len(words) == 1:
            by_feat.setdefault(feats[0], gl)
        else:
            phrases[len(words)].append((feats, gl))

    sources = [("glossary.csv", "term", "gloss"), ("stopwords_ar.csv", "word", "gloss")]
    for name, tcol, gcol in sources:
        try:
            for r in read_lexicon(name):
                add(r.get(tcol, ""), r.get(gcol, ""), r.get("lang") or "ar")
        except FileNotFoundError:
            pass
    try:
        cb = load_codebook()
        for p in cb.patterns.get("ar", []):
            if "*" not in p.text and "=" not in p.text:
                add(p.text, p.gloss)
    except (FileNotFoundError, ValueError):
        pass
    try:
        for e in load_gazetteer().entities.values():
            for a in e.aliases_ar:
                add(a, e.name_en)
    except (FileNotFoundError, ValueError):
        pass
    return by_feat, by_key, dict(phrases)


def _feature_of_word(word: str, lang: str = "ar") -> str:
    """The feature of a word written in a glossary/pattern (article stripped)."""
    if _lang(lang) == "en" or not _AR_RE.match(word):
        w = _en_word(word)
        return stem(w, "en") if w[:1].isalpha() else w
    for p in ("وال", "بال", "لل", "ال"):
        if word.startswith(p) and len(word) - len(p) >= _MIN_REST:
            return _ar_stem(word[len(p):])
    return _ar_stem(word)


def _gloss_word(w: str) -> str | None:
    by_feat, by_key, _ = _glossary()
    k = key(w)
    if k in by_key:
        return by_key[k]
    for r, _safe in _strips(w):  # most stripped reading first
        rk = key(r)
        if rk in by_key:
            return by_key[rk]
        f = _ar_stem(r)
        if f in by_feat:
            return by_feat[f]
    return None


def gloss(term: str, lang: str = "ar", surface: str | None = None) -> str:
    """English gloss of an Arabic feature (stem), word or phrase.

    Looks up the surface (its key, then each clitic-stripped reading), then the
    feature; a phrase not in the glossary is glossed word by word, marked with
    ``≈``; ``(no gloss)`` when nothing is known.  English terms gloss as their
    surface (or themselves)."""
    if _lang(lang) == "en" or not _AR_RE.search(term or "") and not _AR_RE.search(surface or ""):
        return surface or term
    by_feat, by_key, phrases = _glossary()
    if surface:
        words = normalize(surface).text.split()
        if len(words) == 1:
            g = _gloss_word(words[0])
            if g:
                return g
        elif words:
            k = key(" ".join(words))
            if k in by_key:
                return by_key[k]
            cands = [word_analyses(w, "ar")[0] for w in words]
            for feats, gl in phrases.get(len(words), ()):
                if all(f in c for f, c in zip(feats, cands)):
                    return gl
            parts = [re.split(r"[;,]", _gloss_word(w) or "?")[0].split(" (")[0].strip() for w in words]
            return "≈ " + " ".join(parts)
    if term in by_feat:
        return by_feat[term]
    parts = term.split()
    if len(parts) > 1:
        return "≈ " + " ".join(by_feat.get(p, "?").split(";")[0].strip() for p in parts)
    return "(no gloss)"


# --- features: per-article term counts, merged at corpus level ----------------------------------

#: token kinds that are terms (features or stop words); every other kind (numbers, codes,
#: urls, punctuation) is a boundary for n-grams and never a feature
TERM_KINDS = ("word", "latin", "clitic")
TERM_COUNT_COLS = ["article_id", "paragraph", "lang", "term", "kind", "n"]
STREAM_COLS = ["article_id", "paragraph", "lang", "terms"]
STREAM_BOUNDARY = "|"  # in ``term_stream.terms``: a boundary between terms (punctuation, a number, ...)


@lexicon_cache(maxsize=2)
def _stop_sets() -> dict[str, frozenset]:
    return {"ar": stopwords("ar"), "en": stopwords("en")}


def _body_streams(paragraphs, articles: pd.DataFrame | None, roles=BODY):
    """``(article_id, paragraph, lang, tokens)`` of each paragraph of ``roles``;
    ``tokens``: ``(text, kind)`` of the term tokens, ``None`` for a boundary (punctuation,
    numbers, codes, urls; consecutive boundaries collapsed).  Read from the shared
    paragraph models (``lang``: the paragraph's rule set, ar or en)."""
    for p in paragraphs_of(paragraphs, articles).select(roles):
        toks: list = []
        for kd, t in zip(p.kinds, p.toks):
            if kd in TERM_KINDS:
                toks.append((t, kd))
            elif toks and toks[-1] is not None:
                toks.append(None)
        yield p.article_id, p.paragraph, p.rules, toks


def term_counts_table(paragraphs, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Build hook (per article): how often each term (normalised word, Latin word or
    clitic) occurs in each body paragraph -> ``term_counts``: article_id, paragraph,
    lang (the paragraph's), term, kind, n.

    These counts are all that keyness, topics and similarity read; the corpus level maps
    terms to features (stems) once for the whole corpus (:func:`corpus_features`), since
    a word's feature depends on which words the corpus attests."""
    rows = []
    for aid, par, lg, toks in _body_streams(paragraphs, articles):
        c = Counter(t for t in toks if t is not None)
        rows.extend((aid, par, lg, term, kind, n) for (term, kind), n in c.items())
    df = pd.DataFrame(rows, columns=TERM_COUNT_COLS)
    df["paragraph"] = df["paragraph"].astype("int64")
    df["n"] = df["n"].astype("int64")
    return df.sort_values(["article_id", "paragraph", "term", "kind"], kind="mergesort").reset_index(drop=True)


def term_stream_table(paragraphs, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Build hook (per article): the terms of each body paragraph in order -> ``term_stream``:
    article_id, paragraph, lang, terms (the terms joined by spaces, ``|`` where
    punctuation, a number, a code or a url separates them).

    The sequence that recurrent expressions (:func:`collocations`) are counted on: about
    as large as the paragraphs' normalised text, and read as compact integer arrays."""
    rows = []
    for aid, par, lg, toks in _body_streams(paragraphs, articles):
        while toks and toks[-1] is None:
            toks.pop()
        if toks:
            rows.append((aid, par, lg, " ".join(STREAM_BOUNDARY if t is None else t[0] for t in toks)))
    df = pd.DataFrame(rows, columns=STREAM_COLS)
    df["paragraph"] = df["paragraph"].astype("int64")
    return df.sort_values(["article_id", "paragraph"], kind="mergesort").reset_index(drop=True)


def _feature_map(types: list, type_lang: list, kinds: list) -> tuple[list, np.ndarray]:
    """Feature (stem; '' for stop words and non-words) and stop flag of each term type.

    Arabic feature: the most-stripped prefix reading whose remainder is attested as a
    word (or with the article) among the word types of the same language; article
    readings always count as attested; then the Snowball stem, key-folded."""
    sw = _stop_sets()
    attested: dict[str, set] = defaultdict(set)
    for w, lg, kd in zip(types, type_lang, kinds):
        if kd == "word":
            attested[lg].add(key(w))
    feature, stop = [], np.zeros(len(types), dtype=bool)
    for t, (w, lg, kd) in enumerate(zip(types, type_lang, kinds)):
        if kd == "word":
            k = key(w)
            if k in sw["ar"]:
                stop[t] = True
                feature.append("")
                continue
            rem = w
            for r, safe in _strips(w):  # most stripped first
                rk = key(r)
                if safe or rk in attested[lg] or ("ال" + rk) in attested[lg]:
                    rem = r
                    break
            f = _ar_stem(rem)
            if len(f) < 2 or key(rem) in sw["ar"]:
                stop[t] = True
                f = ""
            feature.append(f)
        elif kd == "latin":
            wl = _en_word(w)
            if wl in sw["en"] or len(wl) < 2:
                stop[t] = True
                feature.append("")
            else:
                feature.append(stem(wl, "en"))
        else:  # clitics: stop words, never features
            stop[t] = kd == "clitic"
            feature.append("")
    return feature, stop


def _parts(x) -> Iterable[pd.DataFrame]:
    """A table given whole (DataFrame), as an iterable of DataFrames, or as a callable
    returning one (a lazy table read part by part)."""
    if x is None:
        return []
    if isinstance(x, pd.DataFrame):
        return [x]
    return x() if callable(x) else x


def _codes(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize`` of a string column (codes, uniques as an object array); missing
    values read as '' (a CSV round trip may turn terms such as "NA" into missing values)."""
    if col.isna().any():
        col = col.fillna("")
    codes, uniq = pd.factorize(col)
    return codes.astype(np.int64), np.asarray(uniq, dtype=object).astype(str).astype(object)


@dataclass
class Features:
    """Term counts of the body paragraphs of a corpus, merged, for the data-driven views.

    ``docs``: DataFrame (article_id, paragraph, lang), sorted, one row per paragraph with
    at least one term; ``counts``: sparse (docs x term types) counts; ``types``: DataFrame
    (tlang, term, kind, feature, stop, n), sorted by (tlang, term): ``tlang`` is the
    paragraph language for Arabic words and ``en`` for every other kind, ``feature`` the
    stem ('' for stop words and clitics), ``n`` the corpus count; ``stream``: the merged
    ``term_stream`` as arrays (or None): ``tid`` (type index per position, -1 = boundary;
    every paragraph ends with one) and ``article`` (article id per position, as an index
    into ``stream_articles``)."""

    docs: pd.DataFrame
    counts: object
    types: pd.DataFrame
    stream: dict | None = None
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def _feature_index(self):
        if "fi" not in self._cache:
            feat = self.types["feature"].to_numpy(dtype=object)
            names = sorted(set(feat) - {""})
            pos = {f: i for i, f in enumerate(names)}
            col = np.array([pos.get(f, -1) for f in feat], dtype=np.int64)
            self._cache["fi"] = (col, names)
        return self._cache["fi"]

    def matrix(self, lang: str | None = None, by: str = "paragraph"):
        """``(sparse counts, row keys DataFrame, feature list)`` for one language (None:
        all), rows = paragraphs or articles (``by="article"``), features sorted."""
        from scipy import sparse

        col, names = self._feature_index()
        sel = np.arange(len(self.docs)) if lang is None else np.nonzero(self.docs["lang"].to_numpy() == lang)[0]
        ok = np.nonzero(col >= 0)[0]
        P = sparse.csr_matrix((np.ones(len(ok)), (ok, col[ok])), shape=(len(col), len(names)))
        m = (self.counts[sel] @ P).tocsr()
        keys = self.docs.iloc[sel].reset_index(drop=True)
        if by == "article":
            codes, uniq = pd.factorize(keys["article_id"], sort=True)
            first = keys.drop_duplicates("article_id")
            lang_of = dict(zip(first["article_id"], first["lang"]))
            A = sparse.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(len(uniq), len(codes)))
            m = (A @ m).tocsr()
            keys = pd.DataFrame({"article_id": list(uniq), "lang": [lang_of[a] for a in uniq]})
        m.sum_duplicates()
        m.sort_indices()
        return m, keys, names

    def surfaces(self) -> dict[tuple[str, str], str]:
        """(paragraph language, feature) -> its most frequent term (ties: alphabetical)."""
        if "surf" not in self._cache:
            from scipy import sparse

            langs, lcode = np.unique(self.docs["lang"].to_numpy(dtype=object), return_inverse=True)
            L = sparse.csr_matrix((np.ones(len(lcode)), (lcode, np.arange(len(lcode)))), shape=(len(langs), len(lcode)))
            c = (L @ self.counts).tocoo()
            df = pd.DataFrame({"lang": langs[c.row], "n": c.data, "term": self.types["term"].to_numpy(dtype=object)[c.col],
                               "feature": self.types["feature"].to_numpy(dtype=object)[c.col]})
            df = df[df["feature"] != ""].groupby(["lang", "feature", "term"], sort=False)["n"].sum().reset_index()
            df = df.sort_values(["lang", "feature", "n", "term"], ascending=[True, True, False, True], kind="mergesort")
            df = df.drop_duplicates(["lang", "feature"])
            self._cache["surf"] = dict(zip(zip(df["lang"], df["feature"]), df["term"]))
        return self._cache["surf"]


def corpus_features(term_counts, term_stream=None) -> Features:
    """Merge ``term_counts`` (and ``term_stream``) of any number of articles into
    :class:`Features`: a DataFrame, an iterable of DataFrames (parts, e.g. one per
    chunk) or a callable returning one.  The result does not depend on how the rows
    are split into parts or ordered."""
    from scipy import sparse

    doc_pos: dict[tuple, int] = {}
    type_pos: dict[tuple, int] = {}
    type_kind: list = []
    rows, cols, vals = [], [], []
    for part in _parts(term_counts):
        if part is None or not len(part):
            continue
        ac, au = _codes(part["article_id"])
        lc, lu = _codes(part["lang"])
        tc, tu = _codes(part["term"])
        kc, ku = _codes(part["kind"])
        par = part["paragraph"].to_numpy(dtype=np.int64)
        nl = len(lu) + 1
        lu_en = np.append(lu, "en").astype(object)
        # the type of a term: (paragraph language, term) for an Arabic word, ("en", term) otherwise
        tlc = np.where((ku == "word")[kc], lc, len(lu))
        npar = int(par.max()) + 1
        dcode, duniq = pd.factorize((ac * npar + par) * nl + lc)
        dmap = np.array([doc_pos.setdefault((au[d // nl // npar], d // nl % npar, lu[d % nl]), len(doc_pos)) for d in duniq.tolist()],
                        dtype=np.int64)
        tcode, tuniq = pd.factorize(tc * nl + tlc)
        _, first = np.unique(tcode, return_index=True)
        kinds = ku[kc[first]]
        tmap = np.empty(len(tuniq), dtype=np.int64)
        for i, t in enumerate(tuniq.tolist()):
            k = (lu_en[t % nl], tu[t // nl])
            j = type_pos.get(k)
            if j is None:
                j = type_pos[k] = len(type_pos)
                type_kind.append(kinds[i])
            tmap[i] = j
        rows.append(dmap[dcode])
        cols.append(tmap[tcode])
        vals.append(part["n"].to_numpy(dtype=np.float64))
    # canonical order: documents by (article_id, paragraph, lang), types by (tlang, term)
    dkeys = list(doc_pos)
    dorder = sorted(range(len(dkeys)), key=lambda i: dkeys[i])
    drank = np.empty(len(dkeys), dtype=np.int64)
    drank[dorder] = np.arange(len(dkeys))
    tkeys = list(type_pos)
    torder = sorted(range(len(tkeys)), key=lambda i: tkeys[i])
    trank = np.empty(len(tkeys), dtype=np.int64)
    trank[torder] = np.arange(len(tkeys))
    r = drank[np.concatenate(rows)] if rows else np.zeros(0, dtype=np.int64)
    c = trank[np.concatenate(cols)] if cols else np.zeros(0, dtype=np.int64)
    v = np.concatenate(vals) if vals else np.zeros(0)
    counts = sparse.csr_matrix((v, (r, c)), shape=(len(dkeys), len(tkeys)))
    counts.sum_duplicates()
    docs = pd.DataFrame([dkeys[i] for i in dorder], columns=["article_id", "paragraph", "lang"])
    if not len(docs):
        docs = pd.DataFrame({"article_id": pd.Series(dtype=object), "paragraph": pd.Series(dtype="int64"), "lang": pd.Series(dtype=object)})
    tl = [tkeys[i][0] for i in torder]
    terms = [tkeys[i][1] for i in torder]
    kinds = [type_kind[i] for i in torder]
    feature, stop = _feature_map(terms, tl, kinds)
    types = pd.DataFrame({"tlang": tl, "term": terms, "kind": kinds, "feature": feature, "stop": stop,
                          "n": np.asarray(counts.sum(axis=0)).ravel().astype(np.int64)})
    stream = None
    if term_stream is not None:
        stream = _stream_arrays(term_stream, types)
    return Features(docs, counts, types, stream)


def _stream_arrays(term_stream, types: pd.DataFrame) -> dict:
    """The merged ``term_stream`` as int32 arrays: type index per position (-1: boundary;
    a boundary after every paragraph) and article index per position."""
    type_pos = {k: i for i, k in enumerate(zip(types["tlang"], types["term"]))}
    art_pos: dict[str, int] = {}
    tids, arts = [], []
    for part in _parts(term_stream):
        if part is None or not len(part):
            continue
        part = part.reset_index(drop=True)
        tok = (part["terms"].fillna("").astype(str) + " " + STREAM_BOUNDARY).str.split(" ").explode()
        row = np.asarray(tok.index, dtype=np.int64)  # the paragraph (row of the part) of each position
        wc, wu = _codes(tok.reset_index(drop=True))
        lc, lu = _codes(part["lang"])
        nl = len(lu)
        kcode, kuniq = pd.factorize(wc * nl + lc[row])
        # an Arabic word is a type of its paragraph's language, every other kind a type of "en"
        look = np.array([-1 if wu[k // nl] == STREAM_BOUNDARY else
                         type_pos.get((lu[k % nl], wu[k // nl]), type_pos.get(("en", wu[k // nl]), -1)) for k in kuniq.tolist()],
                        dtype=np.int64)
        idx = look[kcode]
        acode, auniq = _codes(part["article_id"])
        amap = np.array([art_pos.setdefault(a, len(art_pos)) for a in auniq], dtype=np.int32)
        tids.append(idx.astype(np.int32))
        arts.append(amap[acode[row]])
    return {"tid": np.concatenate(tids) if tids else np.zeros(0, dtype=np.int32),
            "article": np.concatenate(arts) if arts else np.zeros(0, dtype=np.int32),
            "articles": np.array(list(art_pos), dtype=object)}


def document_features(paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None, roles=BODY) -> Features:
    """:class:`Features` of paragraphs given as text: :func:`term_counts_table` and
    :func:`term_stream_table` of the paragraphs, merged by :func:`corpus_features`."""
    if tuple(roles) != BODY:
        paragraphs = _paragraphs(paragraphs)
        paragraphs = paragraphs[paragraphs["role"].isin(roles)].assign(role="body")
    return corpus_features(term_counts_table(paragraphs, articles), term_stream_table(paragraphs, articles))


# --- keyness ---------------------------------------------------------------------------------------


def _as_counts(x) -> pd.Series:
    if isinstance(x, pd.Series):
        s = x
    elif isinstance(x, Mapping):
        s = pd.Series(dict(x), dtype="float64")
    else:
        s = pd.Series(Counter(x), dtype="float64")
    return s.astype("float64")


def _g2_terms(o, e):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(o > 0, o * np.log(np.where(o > 0, o, 1) / np.where(e > 0, e, 1)), 0.0)


def _keyness_stats(a, b, nt: float, nr: float, measure: str = "lr", correction: str = "none"):
    """Signed statistic, p-value and log ratio for arrays of target counts ``a`` and
    reference counts ``b`` (totals ``nt``, ``nr``); the 2x2 table per feature is
    [[a, b], [nt - a, nr - b]]."""
    from scipy.special import chdtrc  # = scipy.stats.chi2.sf(x, df), without its per-call overhead

    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    c, d = nt - a, nr - b
    n = nt + nr
    e11 = (a + b) * nt / n
    e12 = (a + b) * nr / n
    e21 = (c + d) * nt / n
    e22 = (c + d) * nr / n
    if measure == "lr":
        stat = 2 * (_g2_terms(a, e11) + _g2_terms(b, e12) + _g2_terms(c, e21) + _g2_terms(d, e22))
        if correction == "williams":
            with np.errstate(divide="ignore", invalid="ignore"):
                q = 1 + (n / (a + b) + n / (c + d) - 1) * (n / nt + n / nr - 1) / (6 * n)
            stat = np.where(np.isfinite(q) & (q > 0), stat / q, stat)
        elif correction not in ("none", None):
            raise ValueError(f"correction {correction!r} does not apply to G2 (use 'none' or 'williams')")
    elif measure == "chi2":
        absn = np.abs(a * d - b * c)
        den = (a + b) * (c + d) * nt * nr
        if correction == "yates":
            absn = np.maximum(absn - n / 2, 0)
        elif correction not in ("none", None):
            raise ValueError(f"correction {correction!r} does not apply to chi2 (use 'none' or 'yates')")
        with np.errstate(divide="ignore", invalid="ignore"):
            stat = np.where(den > 0, n * absn**2 / np.where(den > 0, den, 1), 0.0)
    else:
        raise ValueError(f"measure {measure!r}: use 'lr' or 'chi2'")
    stat = np.maximum(stat, 0.0)
    sign = np.where(np.isclose(a, e11), 0.0, np.where(a > e11, 1.0, -1.0))
    p = chdtrc(1, stat)
    if nt > 0 and nr > 0:
        lr = np.log2(((a + 0.5) / (nt + 0.5)) / ((b + 0.5) / (nr + 0.5)))
    else:
        lr = np.zeros_like(a)
    return stat * sign, p, lr


def textstat_keyness(target, reference, measure: str = "lr", correction: str = "none", sort: bool = True) -> pd.DataFrame:
    """Keyness of each feature of ``target`` against ``reference`` (both mappings
    feature -> count, e.g. ``Counter``/``Series``).

    Returns feature, n_target, n_reference, stat (signed G² for ``measure="lr"``,
    signed χ² for ``"chi2"``; negative = relatively less frequent in the target),
    p (χ², 1 df) and log_ratio (log2 of the ratio of relative frequencies, with
    0.5 added to both counts).  ``correction``: ``"none"``, ``"williams"`` (G²)
    or ``"yates"`` (χ²).  Sorted by stat, descending (ties: feature)."""
    t, r = _as_counts(target), _as_counts(reference)
    feats = sorted(set(t.index) | set(r.index))
    cols = ["feature", "n_target", "n_reference", "stat", "p", "log_ratio"]
    nt, nr = float(t.sum()), float(r.sum())
    if nt + nr == 0 or not feats:
        return pd.DataFrame(columns=cols)
    a = t.reindex(feats, fill_value=0).to_numpy(dtype=float)
    b = r.reindex(feats, fill_value=0).to_numpy(dtype=float)
    stat, p, lr = _keyness_stats(a, b, nt, nr, measure, correction)
    df = pd.DataFrame({"feature": feats, "n_target": a.astype(int), "n_reference": b.astype(int), "stat": stat, "p": p, "log_ratio": lr})
    if sort:
        df = df.sort_values(["stat", "feature"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    return df


KEYNESS_COLS = ["article_id", "lang", "direction", "rank", "term", "surface", "gloss", "theme", "n_target", "n_reference", "G2", "p", "log_ratio"]


@lru_cache(maxsize=100_000)
def _gloss_cached(term: str, lang: str, surface: str | None) -> str:
    return gloss(term, lang, surface)


def keyness(features: Features, top: int = 25, bottom: int = 10, measure: str = "lr", codebook: Codebook | None = None) -> pd.DataFrame:
    """Each article against the other articles of its language (body paragraphs).

    ``top`` positive keys (over-used) and ``bottom`` negative keys (under-used,
    searched among the 200 most frequent features of the language; ties: the feature
    string) per article; the ``G2`` column holds the signed statistic (χ² with
    ``measure="chi2"``).  Ties are broken by the feature string."""
    cb = codebook
    surf = features.surfaces()
    rows = []
    for lang in sorted(set(features.docs["lang"])):
        m, keys, names = features.matrix(lang, by="article")
        if m.shape[0] < 2 or m.shape[1] == 0:
            continue
        total = np.asarray(m.sum(axis=0)).ravel()
        frequent = np.sort(np.argsort(-total, kind="stable")[:200])  # features are sorted: ties go to the first
        names_arr = np.asarray(names, dtype=object)
        n_all = float(total.sum())
        for i, aid in enumerate(keys["article_id"]):
            lo, hi = m.indptr[i], m.indptr[i + 1]
            ind, dat = m.indices[lo:hi], m.data[lo:hi]
            nt = float(dat.sum())
            nr = n_all - nt
            if nt == 0 or nr == 0:
                continue
            idx = np.union1d(ind, frequent)
            tgt = np.zeros(len(idx))
            tgt[np.searchsorted(idx, ind)] = dat
            ref = total[idx] - tgt
            stat, p, lr = _keyness_stats(tgt, ref, nt, nr, measure)
            feats = names_arr[idx]
            for direction, sel, n_keep in (("over", stat > 0, top), ("under", stat < 0, bottom)):
                j = np.nonzero(sel)[0]
                if not len(j):
                    continue
                # features are sorted, so a stable sort on |stat| breaks ties by the feature string
                order = j[np.argsort(-np.abs(stat[j]), kind="stable")][:n_keep]
                for rank, x in enumerate(order, start=1):
                    f = feats[x]
                    s = surf.get((lang, f), f)
                    rows.append((aid, lang, direction, rank, f, s, _gloss_cached(f, lang, s), cb.theme_of(f, lang, s) if cb else "",
                                 int(tgt[x]), int(ref[x]), round(float(stat[x]), 6), float(f"{p[x]:.6g}"), round(float(lr[x]), 6)))
    df = pd.DataFrame(rows, columns=KEYNESS_COLS)
    return df.sort_values(["article_id", "direction", "rank"], kind="mergesort").reset_index(drop=True)


# --- topics ------------------------------------------------------------------------------------------


def _npmi_topics(binary, top_idx: list[np.ndarray]) -> np.ndarray:
    """NPMI coherence of each topic's top terms (mean over pairs) over their document
    co-occurrence in ``binary`` (documents x terms, 0/1); NaN for fewer than 2 terms."""
    n = binary.shape[0]
    scores = np.full(len(top_idx), np.nan)
    for t, idx in enumerate(top_idx):
        if len(idx) < 2:
            continue
        sub = binary[:, idx]
        df = np.asarray(sub.sum(axis=0)).ravel()
        co = (sub.T @ sub).toarray()
        vals = []
        for i in range(len(idx)):
            for j in range(i + 1, len(idx)):
                pij = co[i, j] / n
                if pij <= 0:
                    vals.append(-1.0)
                    continue
                pi, pj = df[i] / n, df[j] / n
                if pij >= 1:
                    vals.append(1.0 if pi * pj >= 1 else 0.0)
                    continue
                vals.append(math.log(pij / (pi * pj)) / -math.log(pij))
        if vals:
            scores[t] = float(np.mean(vals))
    return scores


def _npmi(binary, top_idx: list[np.ndarray]) -> float:
    """Mean NPMI of the top terms of each topic over document co-occurrence."""
    s = _npmi_topics(binary, top_idx)
    s = s[np.isfinite(s)]
    return float(s.mean()) if len(s) else float("nan")


def topic_k_range(n_docs: int, n_terms: int, docs_per_topic: int = 5, k_max: int = 40) -> list[int]:
    """Candidate numbers of topics for ``n_docs`` paragraphs: 2..10, then 12, 15, 20, ...
    up to sqrt(paragraphs) / 2 (at least 10, at most ``k_max``), never more than one
    topic per ``docs_per_topic`` paragraphs; the range starts at 5 once it reaches 20."""
    hi = min(max(10, int(math.sqrt(max(n_docs, 0)) / 2)), k_max, n_docs // docs_per_topic, n_terms - 1)
    grid = list(range(2, 11)) + [12, 15] + list(range(20, k_max + 1, 5))
    lo = 5 if hi >= 20 else 2
    return [k for k in grid if lo <= k <= hi]


TOPIC_SELECTION_COLS = ["k", "reconstruction_error", "coherence_npmi", "diversity", "coherent_topics", "score", "chosen"]
#: a topic whose top terms reach this mean NPMI counts as coherent when k is chosen
COHERENT_NPMI = 0.3


def topic_model(features: Features, lang: str, k: int | None = None, k_range: Iterable[int] | None = None,
                n_top: int = 10, random_state: int = 0, max_select_docs: int = 2000,
                docs_per_topic: int = 5, k_max: int = 40, batch_size: int = 2048,
                select_tol: float = 1e-3) -> dict:
    """NMF topics over TF-IDF of the paragraphs of one language, fitted on every
    paragraph with scikit-learn's ``MiniBatchNMF`` (online, mini-batches of
    ``batch_size`` paragraphs).

    k is chosen (unless given) over :func:`topic_k_range` (or ``k_range``) as the k with
    the most coherent, distinct topics: the number of topics whose top ``n_top`` terms
    reach a mean NPMI of ``COHERENT_NPMI`` over their co-occurrence in all paragraphs,
    times topic diversity (the share of distinct terms among all topics' top terms, which
    falls when topics repeat each other; after Dieng, Ruiz & Blei 2020); ties go to the
    smaller k.  (Mean coherence alone favours the fewest topics on real news: it chose
    k=5 for 2,000 Saudi articles, where k=40 still had 13 coherent topics.)  Choosing k fits NMF on at most
    ``max_select_docs`` paragraphs (evenly spaced, so deterministic).  Returns ``{"k",
    "selection" (k, reconstruction_error, coherence_npmi, diversity, score, chosen),
    "terms" (topic, rank, term, weight), "coherence" (NPMI per topic of the final
    model), "doc_topics" (article_id, paragraph, topic, weight; weights of a paragraph
    sum to 1, zero weights left out), "reason"}``."""
    import warnings

    from sklearn.decomposition import NMF, MiniBatchNMF
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import TfidfTransformer
    from threadpoolctl import threadpool_limits

    empty = {"k": 0, "selection": pd.DataFrame(columns=TOPIC_SELECTION_COLS),
             "terms": pd.DataFrame(columns=["topic", "rank", "term", "weight"]), "coherence": np.zeros(0),
             "doc_topics": pd.DataFrame(columns=["article_id", "paragraph", "topic", "weight"])}
    m, keys, names = features.matrix(lang, by="paragraph")
    keep = np.asarray(m.sum(axis=1)).ravel() > 0
    m, keys = m[keep], keys[keep].reset_index(drop=True)
    n_docs, n_terms = m.shape
    need = 2 * docs_per_topic if k is None else max(2, k)
    if n_docs < need or n_terms < 4:
        return {**empty, "reason": f"{n_docs} paragraph(s) with {n_terms} feature(s): a topic model needs at least "
                                   f"{need} paragraphs ({docs_per_topic} per topic for k=2) and 4 features"}
    # features in at least 2 paragraphs
    dfreq = np.diff(m.tocsc().indptr)
    cols = np.nonzero(dfreq >= 2)[0]
    if len(cols) < 4:
        cols = np.arange(n_terms)
    m = m[:, cols]
    names = [names[i] for i in cols]
    keep = np.asarray(m.sum(axis=1)).ravel() > 0
    m, keys = m[keep], keys[keep].reset_index(drop=True)
    n_docs = m.shape[0]
    tfidf = TfidfTransformer(sublinear_tf=True).fit_transform(m).astype(np.float32)
    binary = m.copy()
    binary.data[:] = 1.0
    binary = binary.tocsc()
    if k is not None:
        ks = [k]
    else:
        ks = [x for x in (k_range if k_range is not None else topic_k_range(n_docs, len(names), docs_per_topic, k_max))
              if 2 <= x <= min(n_docs, len(names))]
    if not ks:
        return {**empty, "reason": "no admissible number of topics"}
    n_top_ = min(n_top, len(names))

    def tops(H):
        return [np.argsort(-row, kind="stable")[:n_top_] for row in H]

    selection = []
    sel_rows = np.arange(n_docs)
    # one BLAS thread: the fits are small, and threads oversubscribe the cores shared with the other hooks
    with warnings.catch_warnings(), threadpool_limits(1):
        warnings.simplefilter("ignore", ConvergenceWarning)
        if k is None:
            if n_docs > max_select_docs:
                sel_rows = np.linspace(0, n_docs - 1, max_select_docs).round().astype(int)
            X_sel = tfidf[sel_rows]
            for kk in ks:
                model = NMF(n_components=kk, init="nndsvd", random_state=random_state, max_iter=200, tol=select_tol).fit(X_sel)
                top_idx = tops(model.components_)
                per = _npmi_topics(binary, top_idx)
                coh = float(np.nanmean(per)) if np.isfinite(per).any() else float("nan")
                n_coh = int(np.sum(per >= COHERENT_NPMI))
                div = len(set(np.concatenate(top_idx).tolist())) / float(sum(len(t) for t in top_idx))
                selection.append((kk, float(model.reconstruction_err_), coh, div, n_coh, n_coh * div))
            sel = pd.DataFrame(selection, columns=TOPIC_SELECTION_COLS[:-1])
            best = sel["score"].max()
            chosen = int(sel.loc[sel["score"] >= best - 1e-12, "k"].min()) if best > 0 else int(sel["k"].min())
            row = sel[sel.k == chosen].iloc[0]
            reason = (f"k={chosen} gives the most coherent, distinct topics: {int(row.coherent_topics)} topic(s) with NPMI >= "
                      f"{COHERENT_NPMI} x diversity {row.diversity:.3f} = {row.score:.3f} (mean NPMI {row.coherence_npmi:.3f}) "
                      f"over k={min(ks)}..{max(ks)} (fitted on {len(sel_rows)} of {n_docs} paragraphs, {len(names)} features; "
                      f"at most one topic per {docs_per_topic} paragraphs)")
        else:
            sel = pd.DataFrame([(k, np.nan, np.nan, np.nan, 0, np.nan)], columns=TOPIC_SELECTION_COLS[:-1])
            chosen, reason = k, f"k={k} set by the caller"
        model = MiniBatchNMF(n_components=chosen, init="nndsvda", batch_size=min(batch_size, n_docs),
                             random_state=random_state, max_iter=200, tol=1e-4, max_no_improvement=10)
        W = model.fit_transform(tfidf)
    H = model.components_
    top_idx = tops(H)
    coherence = _npmi_topics(binary, top_idx)
    if k is not None:
        sel.loc[0, "coherence_npmi"] = _npmi(binary, top_idx)
        sel.loc[0, "reconstruction_error"] = float(model.reconstruction_err_)
    sel["chosen"] = sel["k"] == chosen
    reason += f"; final model fitted on all {n_docs} paragraphs (MiniBatchNMF)"
    terms = []
    for t, (row, order) in enumerate(zip(H, top_idx)):
        for rank, j in enumerate(order, start=1):
            if row[j] > 0:
                terms.append((t, rank, names[j], round(float(row[j]), 6)))
    W = np.asarray(W, dtype=np.float64)
    Wn = np.round(W / np.where(W.sum(axis=1, keepdims=True) > 0, W.sum(axis=1, keepdims=True), 1), 6)
    r, c = np.nonzero(Wn > 0)
    dt = pd.DataFrame({"article_id": keys["article_id"].to_numpy()[r], "paragraph": keys["paragraph"].to_numpy()[r],
                       "topic": c.astype(np.int64), "weight": Wn[r, c]})
    return {"k": chosen, "selection": sel, "terms": pd.DataFrame(terms, columns=["topic", "rank", "term", "weight"]),
            "coherence": coherence, "doc_topics": dt, "reason": reason}


# --- similarity --------------------------------------------------------------------------------------------

SIM_COLS = ["article_a", "article_b", "rank", "lang_a", "lang_b", "cosine_tfidf", "cosine_themes", "cosine_entities", "parallel"]


def _cos_rows(M) -> np.ndarray:
    from sklearn.preprocessing import normalize as l2

    return l2(M, norm="l2", axis=1)


def _top_k_neighbours(X, k: int, all_pairs: bool, block_cells: int = 4_000_000):
    """``(i, j, cosine)`` of each row's ``k`` most similar other rows of the row-normalised
    sparse ``X`` (cosine > 0 only; ties: the smaller j), or of every other row when
    ``all_pairs``.  Computed in blocks of rows (sparse products, at most ``block_cells``
    dense cells at a time), never as a dense n x n matrix."""
    n = X.shape[0]
    XT = X.T.tocsr()
    step = max(1, min(n, block_cells // max(n, 1)))
    I, J, V = [], [], []
    for s in range(0, n, step):
        e = min(n, s + step)
        blk = (X[s:e] @ XT).toarray()
        rows = np.arange(e - s)
        blk[rows, rows + s] = -np.inf  # no self-pairs
        if all_pairs:
            ii, jj = np.nonzero(np.isfinite(blk))
        else:
            blk[blk <= 0] = -np.inf
            kk = min(k, n - 1)
            # candidates: the k largest (argpartition), widened to every tie with the k-th value
            part = np.argpartition(-blk, kk - 1, axis=1)[:, :kk] if kk < n else np.tile(np.arange(n), (e - s, 1))
            kth = np.min(np.take_along_axis(blk, part, axis=1), axis=1)
            ii, jj = np.nonzero((blk >= kth[:, None]) & np.isfinite(blk))
            # keep the k best per row: sort by (row, -value, column)
            vals = blk[ii, jj]
            o = np.lexsort((jj, -vals, ii))
            ii, jj = ii[o], jj[o]
            starts = np.searchsorted(ii, np.arange(e - s))
            pos = np.arange(len(ii)) - starts[ii]
            ii, jj = ii[pos < kk], jj[pos < kk]
        I.append(ii + s)
        J.append(jj)
        V.append(blk[ii, jj])
    if not I:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(I), np.concatenate(J), np.concatenate(V)


def similarity(features: Features, articles: pd.DataFrame | None = None, themes: pd.DataFrame | None = None,
               entities: pd.DataFrame | None = None, neighbours: int = 10, all_pairs_max: int | None = None) -> pd.DataFrame:
    """Each article's ``neighbours`` nearest articles by cosine similarity over TF-IDF of
    body features (positive similarity only; ``rank`` 1 = nearest, ties: article id), plus
    its parallel versions (``parallel``; ranked among the others by the same order), with
    the cosine similarity of their theme hits and entity counts.  Up to ``all_pairs_max``
    articles (default: ``neighbours`` + 1, when every list would hold every other article)
    every ordered pair is listed.  Long form, no self-pairs; sorted by article_a, rank."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfTransformer

    m, keys, names = features.matrix(None, by="article")
    lang = dict(zip(keys["article_id"], keys["lang"]))
    ids = list(keys["article_id"])
    if articles is not None and len(articles):
        col = "lang" if "lang" in articles.columns else "language"
        for a, lg in zip(articles["article_id"].astype(str), articles[col].fillna("").astype(str)):
            lang.setdefault(a, lg)
        extra = sorted(set(articles["article_id"].astype(str)) - set(ids))
        if extra:
            order = np.argsort(np.asarray(ids + extra, dtype=object), kind="stable")
            m = sparse.vstack([m, sparse.csr_matrix((len(extra), m.shape[1]))]).tocsr()[order]
            ids = [(ids + extra)[i] for i in order]
    n = len(ids)
    if n < 2:
        return pd.DataFrame(columns=SIM_COLS)
    pos = {a: i for i, a in enumerate(ids)}
    X = _cos_rows(TfidfTransformer().fit_transform(m)) if m.shape[1] else sparse.csr_matrix((n, 1))

    def side(df, col, val):
        if df is None or len(df) == 0:
            return sparse.csr_matrix((n, 1))
        df = df[df["article_id"].astype(str).isin(pos)]
        cats = sorted(set(df[col].astype(str)))
        cpos = {c: i for i, c in enumerate(cats)}
        M = sparse.coo_matrix(
            (df[val].to_numpy(dtype=float) if val else np.ones(len(df)),
             (df["article_id"].astype(str).map(pos).to_numpy(), df[col].astype(str).map(cpos).to_numpy())),
            shape=(n, max(1, len(cats))),
        ).tocsr()
        return _cos_rows(M)

    all_pairs = n <= (neighbours + 1 if all_pairs_max is None else all_pairs_max)
    I, J, V = _top_k_neighbours(X, neighbours, all_pairs)
    pairs = pd.DataFrame({"i": I, "j": J})
    if articles is not None and "parallel_of" in articles.columns:
        par = [(pos[a], pos[b]) for a, b in zip(articles["article_id"].astype(str), articles["parallel_of"].fillna("").astype(str))
               if b and a in pos and b in pos and a != b]
        par = pd.DataFrame(par + [(j, i) for i, j in par], columns=["i", "j"]).drop_duplicates()
        par["parallel"] = True
        pairs = pairs.merge(par, on=["i", "j"], how="outer")
        pairs["parallel"] = pairs["parallel"].fillna(False).astype(bool)
    else:
        pairs["parallel"] = False
    I, J = pairs["i"].to_numpy(dtype=np.int64), pairs["j"].to_numpy(dtype=np.int64)

    def pair_cos(M, step: int = 20_000):
        # row-wise dot products of the pairs, a bounded number of pairs at a time
        return np.concatenate([np.zeros(0)] + [np.asarray(M[I[s:s + step]].multiply(M[J[s:s + step]]).sum(axis=1)).ravel()
                                               for s in range(0, len(I), step)])

    T = side(themes, "theme", "hits")
    E = side(entities, "entity_id", None)
    idarr = np.asarray(ids, dtype=object)
    df = pd.DataFrame({
        "article_a": idarr[I], "article_b": idarr[J],
        "lang_a": [lang.get(a, "") for a in idarr[I]], "lang_b": [lang.get(b, "") for b in idarr[J]],
        "cosine_tfidf": np.round(pair_cos(X), 6), "cosine_themes": np.round(pair_cos(T), 6),
        "cosine_entities": np.round(pair_cos(E), 6), "parallel": pairs["parallel"].to_numpy(dtype=bool),
    })
    df = df.sort_values(["article_a", "cosine_tfidf", "article_b"], ascending=[True, False, True], kind="mergesort")
    df["rank"] = df.groupby("article_a", sort=False).cumcount() + 1
    return df[SIM_COLS].reset_index(drop=True)


# --- collocations -------------------------------------------------------------------------------------------

COLLOC_COLS = ["rank", "phrase", "gloss", "terms", "n_words", "total", "n_articles", "pmi", "article_id", "count"]


def collocations(features: Features, min_count: int = 2, max_n: int = 6, top: int = 150, lead_share: float = 0.8) -> pd.DataFrame:
    """Recurrent multi-word expressions with their counts per article (long form), counted
    on the merged ``term_stream`` (level by level: an n-gram is extended only when it
    occurs ``min_count`` times; vectorised over integer arrays).

    See the module docstring for the rules.  ``pmi`` = log2 of the expression's
    probability over the product of its words' probabilities."""
    st = features.stream
    if st is None or not len(st["tid"]) or max_n < 2:
        return pd.DataFrame(columns=COLLOC_COLS)
    types = features.types
    stop = types["stop"].to_numpy(dtype=bool)
    # grouping key of a type: its feature, or for stop words "~" + its key
    gkey = [f if f else ("~" + key(w) if s_ else "") for w, f, s_ in zip(types["term"], types["feature"], stop)]
    gid: dict[str, int] = {}
    tg = np.array([gid.setdefault(g, len(gid)) if g else -1 for g in gkey] + [-1], dtype=np.int64)
    gnames = list(gid)
    NG = max(1, len(gid))
    is_stop_g = np.array([g.startswith("~") for g in gnames], dtype=bool)
    tid = st["tid"]
    g = tg[np.where(tid >= 0, tid, len(tg) - 1)]  # group per position, -1 = boundary
    unigram = np.bincount(g[g >= 0], minlength=NG).astype(np.float64)
    n_tokens = float(unigram.sum())
    # level-wise counting of n-grams (apriori: extend frequent (n-1)-grams)
    levels = {}  # n -> (tuples (m x n), counts (m), positions, ids)
    pos = np.nonzero((g[:-1] >= 0) & (g[1:] >= 0))[0]
    keys_ = g[pos] * NG + g[pos + 1]
    prev_tuples = None
    for n in range(2, max_n + 1):
        uniq, inv, cnt = np.unique(keys_, return_inverse=True, return_counts=True)
        freq = cnt >= min_count
        if not freq.any():
            break
        last = (uniq % NG)[:, None]
        tuples = np.hstack([(uniq // NG)[:, None] if prev_tuples is None else prev_tuples[uniq // NG], last])
        newid = np.cumsum(freq) - 1
        keep = freq[inv]
        pos, ids = pos[keep], newid[inv[keep]]
        tuples, cnt = tuples[freq], cnt[freq]
        levels[n] = (tuples, cnt, pos, ids)
        if n == max_n:
            break
        nxt = pos + n
        ok = nxt < len(g)
        ok[ok] = g[nxt[ok]] >= 0
        pos, keys_ = pos[ok], ids[ok] * NG + g[nxt[ok]]
        prev_tuples = tuples
    counts: dict[tuple, int] = {}
    for n, (tuples, cnt, _, _) in levels.items():
        counts.update(zip(map(tuple, tuples.tolist()), cnt.tolist()))
    # candidate rules
    cands = {}
    for gr, c in counts.items():
        content = sum(1 for x in gr if not is_stop_g[x])
        if content < 2 or is_stop_g[gr[-1]]:
            continue
        if is_stop_g[gr[0]]:
            if is_stop_g[gr[1]]:
                continue
            shorter = counts.get(gr[1:], c)
            if c < lead_share * shorter:
                continue
        cands[gr] = c
    # closed: drop g if a longer candidate containing it is as frequent (or is the
    # stop-word-led form of g that passed the lead rule); O(candidates x n^2)
    dropped = set()
    for h, ch in cands.items():
        n = len(h)
        for ln in range(2, n):
            for i in range(n - ln + 1):
                sub = h[i:i + ln]
                cg = cands.get(sub)
                if cg is not None and (ch >= cg or (i == 1 and ln == n - 1 and is_stop_g[h[0]])):
                    dropped.add(sub)
    kept = [gr for gr in cands if gr not in dropped]
    if not kept:
        return pd.DataFrame(columns=COLLOC_COLS)
    # occurrences of the kept expressions: number of articles (for the order), then, for
    # the ``top`` ones, counts per article and the most frequent surface
    art, articles = st["article"], st["articles"]
    n_art = max(1, len(articles))
    kset = set(kept)
    occ = {}  # n -> (level ids of the kept expressions, their positions, their ids)
    n_articles = {}
    for n, (tuples, cnt, pos, ids) in levels.items():
        tl_ = list(map(tuple, tuples.tolist()))
        want = np.array([i for i, t in enumerate(tl_) if t in kset], dtype=np.int64)
        if not len(want):
            continue
        sel = np.isin(ids, want)
        occ[n] = (tl_, pos[sel], ids[sel])
        u, na = np.unique(np.unique(ids[sel] * n_art + art[pos[sel]]) // n_art, return_counts=True)
        n_articles.update(zip((tl_[i] for i in u.tolist()), na.tolist()))
    kept.sort(key=lambda gr: (-cands[gr], -n_articles[gr], -len(gr), " ".join(gnames[x] for x in gr)))
    kept = kept[:top]
    rank_of = {gr: r for r, gr in enumerate(kept, start=1)}
    terms = types["term"].to_numpy(dtype=object)
    tlang = types["tlang"].to_numpy(dtype=object)
    frames = []
    for n, (tl_, pos, ids) in occ.items():
        r = np.array([rank_of.get(t, 0) for t in tl_], dtype=np.int64)[ids]
        pos, r = pos[r > 0], r[r > 0]
        if not len(pos):
            continue
        span = tid[pos[:, None] + np.arange(n)]
        # the paragraph's language: that of its Arabic words ("en" types are Latin words and clitics)
        tl = tlang[span]
        non_en = tl != "en"
        lang = np.where(non_en.any(axis=1), tl[np.arange(len(tl)), non_en.argmax(axis=1)], "en")
        frames.append(pd.DataFrame({"rank": r, "article_id": articles[art[pos]],
                                    "phrase": [" ".join(x) for x in terms[span].tolist()], "lang": lang}))
    allocc = pd.concat(frames, ignore_index=True)
    pa = allocc.groupby(["rank", "article_id"], sort=True).size()
    per_article: dict = defaultdict(list)
    for (r, aid), c in pa.items():
        per_article[kept[r - 1]].append((aid, c))
    sc = allocc.groupby(["rank", "phrase", "lang"]).size().reset_index(name="n")
    sc = sc.sort_values(["rank", "n", "phrase", "lang"], ascending=[True, False, True, True], kind="mergesort").drop_duplicates("rank")
    surf = {kept[r - 1]: (p_, lg) for r, p_, lg in zip(sc["rank"], sc["phrase"], sc["lang"])}
    rows = []
    for rank, gr in enumerate(kept, start=1):
        phrase, lang = surf[gr]
        terms_ = " ".join(gnames[x].lstrip("~") for x in gr)
        pmi = math.log2((cands[gr] / n_tokens) / np.prod([unigram[x] / n_tokens for x in gr])) if n_tokens else 0.0
        gl = gloss(terms_, lang, phrase)
        for aid, cnt in per_article[gr]:
            rows.append((rank, phrase, gl, terms_, len(gr), cands[gr], n_articles[gr], round(pmi, 4), aid, int(cnt)))
    return pd.DataFrame(rows, columns=COLLOC_COLS)


# --- corpus-level build hooks ----------------------------------------------------------------------------------


def topics_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every corpus-level table of this module: :func:`lexical_tables` and
    :func:`topic_model_tables` (the build runs them as two hooks, in parallel)."""
    return {**lexical_tables(tables), **topic_model_tables(tables)}


def _get(tables: Mapping, name: str):
    try:
        return tables[name]
    except KeyError:
        return None


def _features_of(tables: Mapping) -> Features:
    """:class:`Features` from the merged ``term_counts`` and ``term_stream`` per-article
    tables; computed from ``paragraphs`` only when a table is missing (direct calls)."""
    tc, tn = _get(tables, "term_counts"), _get(tables, "term_stream")
    if tc is None or tn is None:
        paragraphs, articles = _paragraphs(_get(tables, "paragraphs")), _get(tables, "articles")
        tc = term_counts_table(paragraphs, articles) if tc is None else tc
        tn = term_stream_table(paragraphs, articles) if tn is None else tn
    return corpus_features(tc, tn)


def _themes_entities(tables: Mapping, cb: Codebook, need_entities: bool = True):
    themes, entities = _get(tables, "themes"), _get(tables, "entities")
    if themes is None or (need_entities and entities is None):
        paragraphs, articles = _paragraphs(_get(tables, "paragraphs")), _get(tables, "articles")
        if themes is None:
            themes = themes_table(paragraphs, articles, cb)
        if need_entities and entities is None:
            entities = entities_table(paragraphs, articles)
    return themes, entities


def lexical_tables(tables: Mapping[str, pd.DataFrame], candidates: bool = True) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level): article-level theme scores, keyness, similarity and
    collocations (from the merged ``term_counts``, ``term_stream``, ``themes`` and
    ``entities`` of every article); with ``candidates``, also entity candidates (which
    read ``paragraphs``: the build runs them as a hook of their own, on its sample)."""
    cb = load_codebook()
    themes, entities = _themes_entities(tables, cb)
    feats = _features_of(tables)
    articles = _get(tables, "articles")
    out = {
        "theme_articles": theme_articles(themes, cb),
        "keyness": keyness(feats, codebook=cb),
        "similarity": similarity(feats, articles, themes, entities),
        "collocations": collocations(feats),
    }
    if candidates:
        out.update(entity_candidate_tables(tables))
    return out


def statistics_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level, every article): :func:`lexical_tables` without the candidates."""
    return lexical_tables(tables, candidates=False)


def entity_candidate_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level): names the gazetteer does not cover, for review."""
    paragraphs, entities = _paragraphs(_get(tables, "paragraphs")), _get(tables, "entities")
    if entities is None:
        entities = entities_table(paragraphs, _get(tables, "articles"))
    return {"entity_candidates": entity_candidates(paragraphs, entities)}


def _topic_k(lang: str) -> int | None:
    """The number of topics set by the user for ``lang`` through ``ARNEWS_TOPICS_K``
    (``12`` for every language, or ``ar=12,en=4``); None: chosen from the data."""
    import os

    spec = os.environ.get("ARNEWS_TOPICS_K", "").strip()
    if not spec:
        return None
    for part in spec.split(","):
        lg, _, v = part.strip().rpartition("=")
        if (not lg or lg.strip() == lang) and v.strip().isdigit():
            return int(v)
    return None


TOPIC_COLS = ["lang", "topic_id", "topic", "rank", "term", "surface", "gloss", "theme", "weight", "coherence_npmi"]


def topic_model_tables(tables: Mapping[str, pd.DataFrame], k: int | Mapping[str, int] | None = None) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level): NMF topics per language (``topic_selection``,
    ``topics`` with each topic's NPMI coherence, ``paragraph_topics``) fitted on every
    paragraph of the merged ``term_counts``, and their alignment with the codebook
    (``topic_themes``, from the merged ``themes``).  ``k``: the number of topics (for
    every language, or per language); default: ``ARNEWS_TOPICS_K``, else chosen."""
    cb = load_codebook()
    themes, _ = _themes_entities(tables, cb, need_entities=False)
    feats = _features_of(tables)
    out: dict[str, pd.DataFrame] = {}
    # topics per language
    sel_parts, term_parts, doc_parts, align_parts = [], [], [], []
    surf = feats.surfaces()
    sh = None
    if len(themes):
        sh = themes.pivot_table(index=["article_id", "paragraph"], columns="theme", values="share", aggfunc="sum", fill_value=0.0)
    for lang in sorted(set(feats.docs["lang"])):
        kk = k.get(lang) if isinstance(k, Mapping) else k
        tm = topic_model(feats, lang, k=kk if kk is not None else _topic_k(lang))
        s = tm["selection"].copy()
        s.insert(0, "lang", lang)
        s["reason"] = tm["reason"]
        if s.empty:
            s = pd.DataFrame([{"lang": lang, "k": 0, "reconstruction_error": np.nan, "coherence_npmi": np.nan, "diversity": np.nan, "coherent_topics": 0,
                               "score": np.nan, "chosen": False, "reason": tm["reason"]}])
        sel_parts.append(s)
        if tm["k"] == 0:
            continue
        tt = tm["terms"].copy()
        tt.insert(0, "lang", lang)
        tt["topic_id"] = [f"{lang}-{t + 1}" for t in tt["topic"]]
        tt["surface"] = [surf.get((lang, t), t) for t in tt["term"]]
        tt["gloss"] = [_gloss_cached(t, lang, s_) for t, s_ in zip(tt["term"], tt["surface"])]
        tt["theme"] = [cb.theme_of(t, lang, s_) for t, s_ in zip(tt["term"], tt["surface"])]
        tt["coherence_npmi"] = np.round(tm["coherence"][tt["topic"].to_numpy(dtype=np.int64)], 6)
        term_parts.append(tt)
        dt = tm["doc_topics"].copy()
        dt.insert(2, "lang", lang)
        dt["topic_id"] = [f"{lang}-{t + 1}" for t in dt["topic"]]
        best = dt.sort_values(["article_id", "paragraph", "weight", "topic"], ascending=[True, True, False, True], kind="mergesort")
        best = best.drop_duplicates(["article_id", "paragraph"])
        dt["dominant"] = False
        dt.loc[best.index, "dominant"] = True
        doc_parts.append(dt)
        # alignment with the codebook: topic-weighted mean of paragraph theme shares
        if sh is not None:
            paras = dt.drop_duplicates(["article_id", "paragraph"])[["article_id", "paragraph"]]
            shp = paras.merge(sh.reset_index(), on=["article_id", "paragraph"], how="left").fillna(0.0)
            base = {th: float(shp[th].mean()) if th in shp else 0.0 for th in cb.theme_ids}
            j = dt.merge(sh.reset_index(), on=["article_id", "paragraph"], how="left").fillna(0.0)
            for tid, grp in j.groupby("topic_id", sort=True):
                w = grp["weight"].to_numpy()
                wsum = w.sum()
                for th in cb.theme_ids:
                    v = float((grp[th].to_numpy() * w).sum() / wsum) if th in grp and wsum > 0 else 0.0
                    lift = v / base[th] if base[th] > 0 else 0.0
                    align_parts.append((lang, tid, th, round(v, 6), round(lift, 6)))
    out["topic_selection"] = pd.concat(sel_parts, ignore_index=True) if sel_parts else pd.DataFrame(
        columns=["lang", *TOPIC_SELECTION_COLS, "reason"])
    out["topics"] = pd.concat(term_parts, ignore_index=True)[TOPIC_COLS] if term_parts else pd.DataFrame(columns=TOPIC_COLS)
    dcols = ["article_id", "paragraph", "lang", "topic_id", "topic", "weight", "dominant"]
    out["paragraph_topics"] = (pd.concat(doc_parts, ignore_index=True)[dcols].sort_values(["article_id", "paragraph", "topic"], kind="mergesort")
                               .reset_index(drop=True) if doc_parts else pd.DataFrame(columns=dcols))
    al = pd.DataFrame(align_parts, columns=["lang", "topic_id", "theme", "score", "lift"])
    if len(al):
        # best: the theme most over-represented in the topic's paragraphs (lift), among themes
        # with a weighted share of at least 5%
        cand = al[al.score >= 0.05]
        best = cand.sort_values(["topic_id", "lift", "theme"], ascending=[True, False, True], kind="mergesort").drop_duplicates("topic_id")
        al["best"] = list(zip(al.topic_id, al.theme))
        al["best"] = al["best"].isin(set(zip(best.topic_id, best.theme)))
    else:
        al["best"] = pd.Series(dtype=bool)
    out["topic_themes"] = al
    return out
