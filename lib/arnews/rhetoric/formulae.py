"""Formulae (corpus level): recurrent n-grams per article and formula density."""
from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from .ngrams import ngram_tokens as _ngram_tokens, repeated_grams as _repeated_grams, gram_stream as _stream
from .tables import text_rows as _text_rows, rhetoric_table, slogans_table

#: a run of at least this many words that occurs twice or more, word for word, is copy (a
#: reprinted agency story, a statement quoted in full), not a formula: its words are counted
#: apart (``copied_tokens``), and an n-gram whose occurrences all lie in copy is no formula
COPY_MIN_WORDS = 12


def _copied(st, length: int = COPY_MIN_WORDS) -> np.ndarray:
    """Stream positions inside a run of ``length`` or more words (within one clause) that occurs at
    least twice in the stream: a 64-bit rolling hash of every window, counted with ``np.unique``."""
    ids = st.ids
    n = len(ids)
    out = np.zeros(n, dtype=bool)
    m = n - length + 1
    if m <= 0:
        return out
    breaks = np.concatenate([[0], np.cumsum(ids < 0)])
    starts = np.nonzero(breaks[length:length + m] == breaks[:m])[0]
    if not len(starts):
        return out
    h = np.zeros(len(starts), dtype=np.uint64)
    base = np.uint64(1_000_003)
    for j in range(length):  # uint64 arithmetic wraps: the hash is modulo 2**64
        h = h * base + (ids[starts + j] + 1).astype(np.uint64)
    _, inv, cnt = np.unique(h, return_inverse=True, return_counts=True)
    rep = starts[cnt[inv.ravel()] >= 2]
    diff = np.zeros(n + 1, dtype=np.int64)
    np.add.at(diff, rep, 1)
    np.add.at(diff, rep + length, -1)
    return np.cumsum(diff)[:n] > 0


def _formula_analysis(paragraphs, articles, nmin, nmax, min_count, max_formulae):
    """Shared work of :func:`formulae_table` and :func:`formula_density_table`."""
    paras = list(_text_rows(paragraphs, articles, canon=False))
    rows = []
    covered = {}  # paragraph number -> bool array over its tokens (n-gram formula coverage)
    copied_of = {}  # paragraph number -> bool array over its tokens (inside a copied passage)
    ptoks_all = [None] * len(paras)
    for lang in sorted({p[3] for p in paras}):
        idx = [k for k, p in enumerate(paras) if p[3] == lang]
        ptoks = [_ngram_tokens(paras[k][2], lang) for k in idx]
        for k, pt in zip(idx, ptoks):
            ptoks_all[k] = pt
        st = _stream(ptoks)
        grams = _repeated_grams(st, nmin, nmax, min_count, limit=max_formulae)
        copied = _copied(st)
        ccum = np.concatenate([[0], np.cumsum(copied)])
        diff = np.zeros(len(st.ids) + nmax + 1, dtype=np.int64)
        art = np.array([paras[idx[int(q)]][0] if q >= 0 else "" for q in st.par], dtype=object)
        for g in grams:
            # the occurrences inside copied passages count once together
            inside = (ccum[g.positions + g.n] - ccum[g.positions]) == g.n
            if int((~inside).sum()) + int(inside.any()) < min_count:
                continue
            np.add.at(diff, g.positions, 1)
            np.add.at(diff, g.positions + g.n, -1)
            first = int(np.min(g.positions))
            k = idx[int(st.par[first])]
            aid, par, p, _ = paras[k]
            text = p.text
            pt = ptoks_all[k]
            i = int(st.tok[first])
            s0, e0 = p.norm.to_original(int(pt.starts[i]), int(pt.ends[i + g.n - 1]))
            a_ids, a_cnt = np.unique(art[g.positions].astype(str), return_counts=True)
            for a_id, c in zip(a_ids, a_cnt):
                rows.append((" ".join(g.words), lang, g.n, text[s0:e0], a_id, int(c), g.total, len(a_ids)))
        cov = (np.cumsum(diff)[: len(st.ids)] > 0) & ~copied
        # each paragraph's positions, grouped by one stable sort (a mask per paragraph
        # was paragraphs x stream: 100 s on a 3,000-article sample)
        valid = np.nonzero(st.par >= 0)[0]
        order = valid[np.argsort(st.par[valid], kind="stable")]
        uq, first_pos = np.unique(st.par[order], return_index=True)
        for q, a, b in zip(uq.tolist(), first_pos.tolist(), [*first_pos[1:].tolist(), len(order)]):
            sel = order[a:b]
            arr = np.zeros(len(ptoks[int(q)].words), dtype=bool)
            arr[st.tok[sel]] = cov[sel]
            covered[idx[int(q)]] = arr
            cp = np.zeros(len(ptoks[int(q)].words), dtype=bool)
            cp[st.tok[sel]] = copied[sel]
            copied_of[idx[int(q)]] = cp
    cols = ["formula", "lang", "n", "example", "article_id", "count", "total", "n_articles"]
    F = pd.DataFrame(rows, columns=cols)
    if len(F):
        F = F.sort_values(["total", "n", "formula", "article_id"], ascending=[False, False, True, True], kind="mergesort")
    return F.reset_index(drop=True), paras, ptoks_all, covered, copied_of


def formulae_table(paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None, *, nmin: int = 3,
                   nmax: int = 8, min_count: int = 2, max_formulae: int = 5000) -> pd.DataFrame:
    """Recurrent n-gram formulae, one row per formula and article (formula, lang, n,
    example, article_id, count, total, n_articles).

    A formula is a maximal n-gram (``nmin`` <= n <= ``nmax``, within a sentence or clause,
    on key text, numbers as ``#``) used at least ``min_count`` times in the corpus (within
    one article or across articles) whose first and last words are not function words
    and which has two or more content words; the ``max_formulae`` most frequent are kept.
    Occurrences inside copied passages (:data:`COPY_MIN_WORDS` or more words repeated word for
    word: a reprinted story) count as one: a phrase repeated only by copying is no formula.
    """
    return _formula_analysis(paragraphs, articles, nmin, nmax, min_count, max_formulae)[0]


def formula_density_table(paragraphs, articles=None, slogans=None, rhetoric=None, *, nmin: int = 3, nmax: int = 8,
                          min_count: int = 2, max_formulae: int = 5000, _analysis=None) -> pd.DataFrame:
    """Per article: words, words covered by formulae (n-gram formulae, lexicon markers,
    campaign occurrences; each also separately) and the rates per 1,000 words; and the words
    inside copied passages (``copied_tokens``: runs of :data:`COPY_MIN_WORDS` or more words found
    word for word elsewhere in the corpus), which n-gram formulae do not cover."""
    if _analysis is None:
        _analysis = _formula_analysis(paragraphs, articles, nmin, nmax, min_count, max_formulae)
    _, paras, ptoks_all, covered, copied_of = _analysis
    spans_m = defaultdict(list)
    spans_s = defaultdict(list)
    if rhetoric is not None and len(rhetoric):
        R_ = rhetoric[rhetoric["source"] == "lexicon"]
        for a, p, s0, e0 in R_[["article_id", "paragraph", "start", "end"]].itertuples(index=False):
            spans_m[(a, int(p))].append((int(s0), int(e0)))
    if slogans is not None and len(slogans):
        S = slogans[slogans["campaign"].fillna("").astype(str) != ""]
        for a, p, s0, e0 in S[["article_id", "paragraph", "start", "end"]].itertuples(index=False):
            spans_s[(a, int(p))].append((int(s0), int(e0)))
    agg = defaultdict(lambda: np.zeros(6, dtype=np.int64))  # words, any, ngram, marker, slogan, copied
    langs = {}
    for k, (aid, par, p, lang) in enumerate(paras):
        langs.setdefault(aid, lang)
        pt = ptoks_all[k]
        a = agg[aid]
        if pt is None or not len(pt.words):
            continue
        w = pt.isword
        ng = covered.get(k, np.zeros(len(pt.words), dtype=bool))
        mk = np.zeros(len(pt.words), dtype=bool)
        sl = np.zeros(len(pt.words), dtype=bool)
        sm, ss = spans_m.get((aid, par), ()), spans_s.get((aid, par), ())
        if sm or ss:
            os_, oe = p.norm.to_original_many(pt.starts, pt.ends)
            for s0, e0 in sm:
                mk |= (os_ < e0) & (oe > s0)
            for s0, e0 in ss:
                sl |= (os_ < e0) & (oe > s0)
        cp = copied_of.get(k, np.zeros(len(pt.words), dtype=bool))
        a += np.array([int(w.sum()), int((w & (ng | mk | sl)).sum()), int((w & ng).sum()),
                       int((w & mk).sum()), int((w & sl).sum()), int((w & cp).sum())])
    rows = []
    for aid in sorted(agg):
        words, anyc, ng, mk, sl, cp = (int(x) for x in agg[aid])
        per = (lambda x: round(1000 * x / words, 1) if words else 0.0)
        rows.append((aid, langs.get(aid, ""), words, anyc, per(anyc), ng, per(ng), mk, per(mk), sl, per(sl), cp, per(cp)))
    return pd.DataFrame(
        rows,
        columns=["article_id", "lang", "words", "formula_tokens", "per_1000", "ngram_tokens", "ngram_per_1000",
                 "marker_tokens", "marker_per_1000", "slogan_tokens", "slogan_per_1000", "copied_tokens",
                 "copied_per_1000"],
    )


def rhetoric_tables(tables: dict) -> dict:
    """Corpus-level hook: ``formulae`` (recurrent n-grams, per article) and
    ``formula_density`` (per article), over the paragraphs the build passes (its
    corpus-level sample).  Campaign summaries are computed from the full ``slogans``
    table with :func:`campaign_summary` / :func:`campaign_variants`."""
    P = tables["paragraphs"]
    A = tables.get("articles")
    ids = set(P["article_id"].unique()) if len(P) else set()
    slogans = tables.get("slogans")
    if slogans is None:
        slogans = slogans_table(P, A)
    rhetoric = tables.get("rhetoric")
    if rhetoric is None:
        rhetoric = rhetoric_table(P, A)
    slogans = slogans[slogans["article_id"].isin(ids)]
    rhetoric = rhetoric[rhetoric["article_id"].isin(ids)]
    analysis = _formula_analysis(P, A, 3, 8, 2, 5000)
    D = formula_density_table(P, A, slogans=slogans, rhetoric=rhetoric, _analysis=analysis)
    return {"formulae": analysis[0], "formula_density": D}
