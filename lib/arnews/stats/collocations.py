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

__all__ = ["collocations"]


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
