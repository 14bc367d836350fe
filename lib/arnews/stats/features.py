"""Features: per-article term counts, merged at corpus level.

Build hooks (per article): :func:`term_counts_table` -> ``term_counts``: article_id,
paragraph, lang, term, kind, n (how often each term occurs in each body paragraph) and
:func:`term_stream_table` -> ``term_stream``: article_id, paragraph, lang, terms (the
paragraph's terms in order, ``|`` at boundaries).  These are all that keyness, topics,
similarity and collocations read: the corpus level merges them for *every* article
(:func:`corpus_features`, from one DataFrame or from parts) and maps terms to features
once for the whole corpus.

A feature is *one* term per word: the most-stripped analysis whose remainder is
attested as a word of its own in the corpus (``وتعزيز`` -> ``تعزيز`` because ``تعزيز``
occurs; ``وزارة`` stays whole because ``زارة`` does not); article prefixes are always
stripped except ``لل``, which needs the same evidence (``للأمن`` -> ``أمن`` but
``للجنة`` -> ``لجنة``).  Stop words (``lib/arnews/data/lexicons/stopwords_<lang>.csv``, and for Arabic the general
words of news of ``stopwords_stats_ar.csv``: قال، الكثير، آخر، الأمر),
numbers, codes and one-letter tokens are dropped.  English words are lower-cased
Snowball stems.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from ..entities import entities_table
from ..lexicons import lexicon_cache
from ..normalize import key
from ..tables import table_columns
from ..text import BODY, paragraphs_of
from ..themes import (Codebook, ar_stem as _ar_stem, en_word as _en_word, get_table as _get,
                      with_paragraph_columns as _paragraphs, prefix_strips as _strips, themes_table)
from ..tokens import stem, stopwords

__all__ = ["TERM_KINDS", "term_counts_table", "term_stream_table", "Features", "corpus_features", "document_features",
           "stats_stopwords", "STATS_STOPWORDS"]


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


#: general words of news (verbs of saying, vague quantifiers, a few general nouns) that the statistics treat as stop
#: words and nothing else does (the quantities, themes and rhetoric read ``stopwords_ar.csv`` only)
STATS_STOPWORDS = "stopwords_stats_ar.csv"


@lexicon_cache(maxsize=2)
def stats_stopwords() -> frozenset:
    """Keys of the general words of ``STATS_STOPWORDS`` (pages52: the snn2000 topic model had a topic of them)."""
    from ..lexicons import read_lexicon

    try:
        rows = read_lexicon(STATS_STOPWORDS)
    except FileNotFoundError:  # a lexicon folder made before the file existed
        return frozenset()
    return frozenset(key(r["word"].strip()) for r in rows if (r.get("word") or "").strip())


def _general(k: str, general: frozenset) -> bool:
    """The word of key ``k`` is a general word of news: as written (key folded); its forms after و/ف (وقال، فالأمر)
    are listed, not stripped (fixp: واحد 'one' is no و + أحد, فاخر 'luxurious' no ف + آخر, and no wordfreq margin tells
    فاخر from وكثير)."""
    return k in general


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


def _feature_map(types: list, type_lang: list, kinds: list) -> tuple[list, np.ndarray, list, np.ndarray]:
    """Feature (stem; '' for stop words and non-words) and stop flag of each term type, then the same for the
    recurrent expressions (:func:`arnews.stats.collocations.collocations`), which keep the general words of news
    (``STATS_STOPWORDS``: يوم أمس، من جهة أخرى، في وقت سابق are the register's own expressions; fixp).

    Arabic feature: the most-stripped prefix reading whose remainder is attested as a
    word (or with the article) among the word types of the same language; article
    readings always count as attested; then the Snowball stem, key-folded."""
    sw = _stop_sets()
    sw_ar = sw["ar"]
    general = stats_stopwords()
    keys = [key(w) if kd == "word" else "" for w, kd in zip(types, kinds)]  # each word keyed once
    attested: dict[str, set] = defaultdict(set)
    for k, lg, kd in zip(keys, type_lang, kinds):
        if kd == "word":
            attested[lg].add(k)
    feature, stop = [], np.zeros(len(types), dtype=bool)
    gen = []  # the positions of the general words
    for t, (w, lg, kd, k) in enumerate(zip(types, type_lang, kinds, keys)):
        if kd == "word":
            if k in sw_ar:
                stop[t] = True
                feature.append("")
                continue
            if _general(k, general):
                gen.append(t)
            att = attested[lg]
            rem = w
            for r, safe in _strips(w):  # most stripped first
                if safe:
                    rem = r
                    break
                rk = key(r)
                if rk in att or ("ال" + rk) in att:
                    rem = r
                    break
            f = _ar_stem(rem)
            if len(f) < 2 or (k if rem == w else key(rem)) in sw_ar:
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
    expr_feature, expr_stop = feature, stop
    if gen:
        expr_feature, expr_stop = list(feature), stop.copy()
        for t in gen:
            feature[t] = ""
            stop[t] = True
    return feature, stop, expr_feature, expr_stop


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
            self._cache["surf"] = dict(zip(zip(df["lang"].tolist(), df["feature"].tolist()), df["term"].tolist()))
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
    feature, stop, expr_feature, expr_stop = _feature_map(terms, tl, kinds)
    types = pd.DataFrame({"tlang": tl, "term": terms, "kind": kinds, "feature": feature, "stop": stop,
                          "expr_feature": expr_feature, "expr_stop": expr_stop,
                          "n": np.asarray(counts.sum(axis=0)).ravel().astype(np.int64)})
    stream = None
    if term_stream is not None:
        stream = _stream_arrays(term_stream, types)
    return Features(docs, counts, types, stream)


def _stream_arrays(term_stream, types: pd.DataFrame) -> dict:
    """The merged ``term_stream`` as int32 arrays: type index per position (-1: boundary;
    a boundary after every paragraph) and article index per position."""
    type_pos = {k: i for i, k in enumerate(zip(types["tlang"].tolist(), types["term"].tolist()))}
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


def features_of(tables: Mapping, stream: bool = True) -> Features:
    """:class:`Features` from the merged ``term_counts`` (and, with ``stream``, the
    ``term_stream``) per-article tables; computed from ``paragraphs`` only when a table
    is missing (direct calls).  Without ``stream`` (the topic model, keyness and
    similarity read counts only) the term sequence is never read: on all of SaudiNewsNet
    it is about 450 MB at its peak."""
    shared = getattr(tables, "shared", None)
    if shared is not None:
        return _shared_features(tables, stream, shared)
    tc = _get(tables, "term_counts")
    tn = _get(tables, "term_stream") if stream else None
    if tc is None or (stream and tn is None):
        paragraphs, articles = _paragraphs(_get(tables, "paragraphs")), _get(tables, "articles")
        tc = term_counts_table(paragraphs, articles) if tc is None else tc
        tn = term_stream_table(paragraphs, articles) if stream and tn is None else tn
    return corpus_features(tc, tn)


_features_of = features_of  # the old name, still used in this module; topics re-exports it


def _shared_features(tables, stream: bool, folder) -> Features:
    """:func:`features_of` in a build, where the topic model, statistics and collocations hooks
    (each a process of its own) read the same term counts: the first to merge them leaves the
    merged counts (docs, counts, types) in ``folder`` (the build's, removed once the hooks are
    done) and the others read them there instead of merging them again; the term sequence
    (``stream``) is mapped onto the types by each hook that reads it."""
    import hashlib
    import json
    import os
    import pickle
    from pathlib import Path

    ids = getattr(tables, "_ids", None)
    p = Path(folder) / f"features-{hashlib.sha256(json.dumps(ids).encode()).hexdigest()[:16]}.pkl"
    try:
        with open(p, "rb") as fh:
            docs, counts, types = pickle.load(fh)
        f = Features(docs, counts, types)
    except (OSError, EOFError, pickle.UnpicklingError):
        f = corpus_features(_get(tables, "term_counts"))
        tmp = p.with_name(f"{p.name}.{os.getpid()}.tmp")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                pickle.dump((f.docs, f.counts, f.types), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, p)  # whole or not at all: a hook running beside this one reads it or merges itself
        except OSError:
            tmp.unlink(missing_ok=True)
    if stream:
        f.stream = _stream_arrays(_get(tables, "term_stream"), f.types)
    return f


#: the columns of ``themes`` and ``entities`` the corpus-level statistics read (from a build's
#: files, only these are read: the whole tables of a large corpus are several times larger)
THEME_READ = ("article_id", "paragraph", "theme", "hits", "share", "dominant", "weight")
ENTITY_READ = ("article_id", "entity_id")


def themes_entities(tables: Mapping, cb: Codebook, need_entities: bool = True):
    themes = table_columns(tables, "themes", THEME_READ)
    entities = table_columns(tables, "entities", ENTITY_READ) if need_entities else None
    if themes is None or (need_entities and entities is None):
        paragraphs, articles = _paragraphs(_get(tables, "paragraphs")), _get(tables, "articles")
        if themes is None:
            themes = themes_table(paragraphs, articles, cb)
        if need_entities and entities is None:
            entities = entities_table(paragraphs, articles)
    return themes, entities


_themes_entities = themes_entities  # the old name, re-exported by topics
