"""Collocations: recurrent multi-word expressions.

Word n-grams (2-6 words, never across punctuation, numbers or codes) of the body
paragraphs of every article (``term_stream``, counted level by level over integer
arrays), grouped by their features (so ``للأمن والنظام`` and ``الأمن والنظام`` are one
expression), occurring at least twice, with at least two content words, not ending in
a stop word; a leading stop word (``على مستوى القاعدة الشعبية``) is kept only when at
least 80% of the shorter expression's occurrences carry it (the shorter one is then
dropped); an expression is dropped when a longer one containing it occurs as often
(closed n-grams).  The 150 most frequent are kept, with counts per article in long
form, a PMI score and a gloss (the glossary's, else word by word, marked ``≈``).
"""
from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import pandas as pd

from ..normalize import key
from .features import Features
from .glossary import gloss
from ..english_names import person_gloss

__all__ = ["collocations"]


# --- collocations -------------------------------------------------------------------------------------------

COLLOC_COLS = ["rank", "phrase", "gloss", "terms", "n_words", "total", "n_articles", "pmi", "article_id", "count"]


def _row_keys(a: np.ndarray) -> np.ndarray:
    """Rows of a non-negative integer matrix as byte strings that sort like the rows."""
    a = np.ascontiguousarray(np.asarray(a).astype(">u4"))
    return a.view(np.dtype((np.void, 4 * a.shape[1]))).ravel()


def _lookup(rows: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Index of each row of ``query`` in ``rows`` (lexicographically sorted, distinct), -1 if absent."""
    if not len(rows) or not len(query):
        return np.full(len(query), -1, dtype=np.int64)
    A, Q = _row_keys(rows), _row_keys(query)
    i = np.searchsorted(A, Q)
    i[i == len(A)] = 0
    return np.where(A[i] == Q, i, -1)


def collocations(features: Features, min_count: int = 2, max_n: int = 6, top: int = 150, lead_share: float = 0.8,
                 vietnam: bool = True, persons: dict | None = None) -> pd.DataFrame:
    """Recurrent multi-word expressions with their counts per article (long form), counted
    on the merged ``term_stream`` (level by level: an n-gram is extended only when it
    occurs ``min_count`` times; vectorised over integer arrays).

    See the module docstring for the rules.  ``pmi`` = log2 of the expression's
    probability over the product of its words' probabilities.  ``persons``
    (:func:`arnews.english_names.person_glosses`): an expression that is a found person's name is glossed by its
    English name or not at all, never word by word (pages55)."""
    st = features.stream
    if st is None or not len(st["tid"]) or max_n < 2:
        return pd.DataFrame(columns=COLLOC_COLS)
    types = features.types
    ex = "expr_feature" in types.columns  # (the general words of news are no stop words here; fixp)
    stop = types["expr_stop" if ex else "stop"].to_numpy(dtype=bool)
    feats = types["expr_feature" if ex else "feature"].tolist()
    # grouping key of a type: its feature, or for stop words "~" + its key
    gkey = [f if f else ("~" + key(w) if s_ else "") for w, f, s_ in zip(types["term"].tolist(), feats, stop)]
    gid: dict[str, int] = {}
    tg = np.array([gid.setdefault(g, len(gid)) if g else -1 for g in gkey] + [-1], dtype=np.int64)
    gnames = list(gid)
    NG = max(1, len(gid))
    is_stop_g = np.array([g.startswith("~") for g in gnames], dtype=bool)
    tid = st["tid"]
    g = tg[np.where(tid >= 0, tid, len(tg) - 1)]  # group per position, -1 = boundary
    unigram = np.bincount(g[g >= 0], minlength=NG).astype(np.float64)
    n_tokens = float(unigram.sum())
    # level-wise counting of n-grams (apriori: extend frequent (n-1)-grams); each level's
    # rows come out in lexicographic order, which the lookups below rely on
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
        tuples = np.hstack([(uniq // NG)[:, None] if prev_tuples is None else prev_tuples[uniq // NG], last]).astype(np.int32)
        newid = np.cumsum(freq) - 1
        keep = freq[inv]
        pos, ids = pos[keep], newid[inv[keep]]
        del uniq, inv, keep, keys_
        tuples, cnt = tuples[freq], cnt[freq]
        levels[n] = (tuples, cnt, pos.astype(np.int32), ids.astype(np.int32))
        if n == max_n:
            break
        nxt = pos + n
        ok = nxt < len(g)
        ok[ok] = g[nxt[ok]] >= 0
        pos, keys_ = pos[ok], ids[ok] * NG + g[nxt[ok]]
        prev_tuples = tuples
    # candidate rules, per level over whole arrays
    cand = {}
    for n, (tuples, cnt, _, _) in levels.items():
        st_ = is_stop_g[tuples]
        ok = ((~st_).sum(axis=1) >= 2) & ~st_[:, -1]
        lead = st_[:, 0]
        ok &= ~(lead & st_[:, 1])
        if n > 2 and lead.any():  # a leading stop word: kept when it carries lead_share of the shorter's occurrences
            shorter = cnt.copy()
            w = np.nonzero(lead & ok)[0]
            i = _lookup(levels[n - 1][0], tuples[w, 1:])
            shorter[w[i >= 0]] = levels[n - 1][1][i[i >= 0]]
            ok &= ~(lead & (cnt < lead_share * shorter))
        cand[n] = ok
    # closed: drop g if a longer candidate containing it is as frequent (or is the
    # stop-word-led form of g that passed the lead rule)
    dropped = {n: np.zeros(len(levels[n][1]), dtype=bool) for n in levels}
    cidx = {n: np.nonzero(cand[n])[0] for n in levels}
    for n in levels:
        H, ch = levels[n][0][cidx[n]], levels[n][1][cidx[n]]
        for ln in range(2, n):
            sub_rows = levels[ln][0][cidx[ln]]
            for i in range(n - ln + 1):
                j = _lookup(sub_rows, H[:, i:i + ln])
                f = j >= 0
                cg = np.zeros(len(j), dtype=ch.dtype)
                cg[f] = levels[ln][1][cidx[ln][j[f]]]
                hit = f & (ch >= cg)
                if i == 1 and ln == n - 1:
                    hit |= f & is_stop_g[H[:, 0]]
                dropped[ln][cidx[ln][j[hit]]] = True
    kept_mask = {n: cand[n] & ~dropped[n] for n in levels}
    if not any(m.any() for m in kept_mask.values()):
        return pd.DataFrame(columns=COLLOC_COLS)
    # the order: count, then number of articles, length, terms; only expressions whose
    # count reaches the top-th largest can be among the top, so only theirs are resolved
    art, articles = st["article"], st["articles"]
    n_art = max(1, len(articles))
    all_counts = np.concatenate([levels[n][1][kept_mask[n]] for n in levels])
    floor = np.sort(all_counts)[::-1][min(top, len(all_counts)) - 1]
    cands, n_articles, kept = {}, {}, []
    for n, (tuples, cnt, pos, ids) in levels.items():
        want = np.nonzero(kept_mask[n] & (cnt >= floor))[0]
        if not len(want):
            continue
        sel = np.isin(ids, want)
        u, na = np.unique(np.unique(ids[sel].astype(np.int64) * n_art + art[pos[sel]]) // n_art, return_counts=True)
        for t, c, a_ in zip(map(tuple, tuples[u].tolist()), cnt[u].tolist(), na.tolist()):
            cands[t], n_articles[t] = c, a_
            kept.append(t)
    kept.sort(key=lambda gr: (-cands[gr], -n_articles[gr], -len(gr), " ".join(gnames[x] for x in gr)))
    kept = kept[:top]
    rank_of = {gr: r for r, gr in enumerate(kept, start=1)}
    occ = {}  # n -> (rank of each level row, 0 = not kept; positions; ids)
    for n, (tuples, _, pos, ids) in levels.items():
        rk = np.zeros(len(tuples), dtype=np.int64)
        mine = [(gr, r) for gr, r in rank_of.items() if len(gr) == n]
        if not mine:
            continue
        j = _lookup(tuples, np.array([gr for gr, _ in mine], dtype=np.int32))
        rk[j] = [r for _, r in mine]
        occ[n] = (rk, pos, ids)
    terms = types["term"].to_numpy(dtype=object)
    tlang = types["tlang"].to_numpy(dtype=object)
    frames = []
    for n, (rk, pos, ids) in occ.items():
        r = rk[ids]
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
        gl = person_gloss(phrase, gloss(terms_, lang, phrase, vietnam), persons)
        for aid, cnt in per_article[gr]:
            rows.append((rank, phrase, gl, terms_, len(gr), cands[gr], n_articles[gr], round(pmi, 4), aid, int(cnt)))
    return pd.DataFrame(rows, columns=COLLOC_COLS)
