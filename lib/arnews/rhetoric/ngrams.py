"""The n-gram token stream and the one repeated-n-gram miner, shared by the per-article
Repetition tags and the corpus formulae."""
from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

import numpy as np

from ..lexicons import lexicon_cache
from .base import _BREAKS, key_text as _key_text
from .concepts import concept_lexicon as _concept_lexicon


#: figures of any form are numbers ("#") in n-grams
_NGRAM_KIND = {"date": "number", "time": "number", "phone": "number"}


class _PTok(NamedTuple):
    """Word tokens of one paragraph (for n-grams and densities), as parallel arrays."""

    words: list  # key forms; "#" for numbers and document codes
    starts: np.ndarray  # offsets in the key text
    ends: np.ndarray
    seg: np.ndarray  # segment number (sentence / clause): n-grams never cross segments
    content: np.ndarray  # not a function word, number or clitic
    isword: np.ndarray  # counts as a word for densities


def ngram_tokens(p, lang: str) -> _PTok:
    kt = _key_text(p, lang)
    func = _func_words(lang)
    low = lang != "ar"
    found = [(_NGRAM_KIND.get(kd, kd), kt[a:b].lower() if low else kt[a:b], a, b) for kd, a, b in zip(p.kinds, p.starts, p.ends)]
    # a token's segment is the number of breaking punctuation marks before it
    seg, segs, toks = 0, [], []
    for kind, t, a, b in found:
        if kind == "punct":
            if t in _BREAKS:
                seg += 1
            continue
        toks.append((kind, t, a, b))
        segs.append(seg)
    words = ["#" if kind in ("number", "code") else t for kind, t, _, _ in toks]
    isword = [w != "#" and kind not in ("clitic", "url", "email") for w, (kind, _, _, _) in zip(words, toks)]
    content = [iw and len(w) > 1 and w not in func for iw, w in zip(isword, words)]
    return _PTok(words, np.array([t[2] for t in toks], dtype=np.int64), np.array([t[3] for t in toks], dtype=np.int64),
                 np.array(segs, dtype=np.int64), np.array(content, dtype=bool), np.array(isword, dtype=bool))


class _Stream(NamedTuple):
    ids: np.ndarray  # token ids, -1 between segments and paragraphs
    par: np.ndarray  # paragraph number (index into the list given) per position, -1 at breaks
    tok: np.ndarray  # token index within its paragraph, -1 at breaks
    content: np.ndarray
    vocab: list


def gram_stream(ptoks: list) -> _Stream:
    """One token stream for many paragraphs: each run of tokens of one paragraph and
    segment is followed by a -1 break (vectorised)."""
    vocab: dict = {}
    words = [w for pt in ptoks for w in pt.words]
    if not words:
        e = np.zeros(0, dtype=np.int64)
        return _Stream(e, e, e, np.zeros(0, dtype=bool), [])
    tid = np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), dtype=np.int64, count=len(words))
    lens = np.array([len(pt.words) for pt in ptoks], dtype=np.int64)
    P = np.repeat(np.arange(len(ptoks), dtype=np.int64), lens)
    T = np.concatenate([np.arange(n, dtype=np.int64) for n in lens])
    S = np.concatenate([pt.seg for pt in ptoks])
    C = np.concatenate([pt.content for pt in ptoks]).astype(bool)
    n = len(tid)
    end = np.ones(n, dtype=bool)
    end[:-1] = (P[1:] != P[:-1]) | (S[1:] != S[:-1])
    ce = np.cumsum(end)
    pos = np.arange(n) + ce - end  # a token's place after the breaks that precede it
    N = n + int(ce[-1])
    ids, par, tok = np.full(N, -1, dtype=np.int64), np.full(N, -1, dtype=np.int64), np.full(N, -1, dtype=np.int64)
    content = np.zeros(N, dtype=bool)
    ids[pos], par[pos], tok[pos], content[pos] = tid, P, T, C
    return _Stream(ids, par, tok, content, list(vocab))


_stream = gram_stream  # the old name, still used by tests


class _Gram(NamedTuple):
    n: int
    words: tuple
    total: int
    positions: np.ndarray  # stream positions of its occurrences


def repeated_grams(st: _Stream, nmin: int, nmax: int, min_count: int, limit: int | None = None) -> list:
    """Maximal formula n-grams (nmin <= n <= nmax) repeated at least ``min_count`` times.

    Vectorised and exact: level-n gram ids are dense ids of the pairs (level n-1 id at i,
    token at i+n-1), counted with ``np.unique``; an n-gram is considered only when its
    (n-1)-gram prefix and suffix are repeated (apriori).  A gram is dropped when a
    one-word-longer gram extending it has the same count (maximality), and kept when its
    first and last words are content words and it has two or more of them."""
    ids = st.ids
    N = len(ids)
    if N == 0:
        return []
    V = max(1, len(st.vocab))
    tc = np.bincount(ids[ids >= 0], minlength=V)
    prev = np.where((ids >= 0) & (tc[np.clip(ids, 0, None)] >= min_count), ids, -1)
    levels = {}
    for n in range(2, nmax + 1):
        L = N - n + 1
        if L <= 0:
            break
        a, b = prev[:L], prev[1 : L + 1]
        pos = np.nonzero((a >= 0) & (b >= 0))[0]
        if not len(pos):
            break
        keys = a[pos] * V + ids[pos + n - 1]
        uniq, inv, cnt = np.unique(keys, return_inverse=True, return_counts=True)
        keep = cnt >= min_count
        if not keep.any():
            break
        newid = np.full(len(uniq), -1, dtype=np.int64)
        newid[keep] = np.arange(int(keep.sum()))
        g = newid[inv.ravel()]
        cur = np.full(L, -1, dtype=np.int64)
        cur[pos] = g
        m = g >= 0
        kp, kg = pos[m], g[m]
        counts = cnt[keep]
        rep = np.zeros(len(counts), dtype=np.int64)
        rep[kg[::-1]] = kp[::-1]  # first occurrence
        levels[n] = (kp, kg, counts, rep, prev[rep], prev[rep + 1])
        prev = cur
    dropped = {n: np.zeros(len(v[2]), dtype=bool) for n, v in levels.items()}
    for n, (kp, kg, counts, rep, pre, suf) in levels.items():
        if n - 1 in levels:
            pc = levels[n - 1][2]
            dropped[n - 1][pre[counts == pc[pre]]] = True
            dropped[n - 1][suf[counts == pc[suf]]] = True
    csum = np.concatenate([[0], np.cumsum(st.content)])
    cands = []
    for n in range(nmin, nmax + 1):
        if n not in levels:
            continue
        kp, kg, counts, rep, _, _ = levels[n]
        ok = ~dropped[n] & st.content[rep] & st.content[rep + n - 1] & ((csum[rep + n] - csum[rep]) >= 2)
        for gid in np.nonzero(ok)[0]:
            cands.append((-int(counts[gid]), -n, n, int(gid)))
    cands.sort()
    if limit is not None:
        cands = cands[:limit]
    out = []
    by_level = defaultdict(list)
    for _, _, n, gid in cands:
        by_level[n].append(gid)
    posmap = {}
    for n, gids in by_level.items():
        kp, kg, counts, rep, _, _ = levels[n]
        want = np.zeros(len(counts), dtype=bool)
        want[gids] = True
        sel = want[kg]
        p, gg = kp[sel], kg[sel]
        order = np.argsort(gg, kind="stable")
        p, gg = p[order], gg[order]
        bounds = np.searchsorted(gg, gids)
        ends = np.searchsorted(gg, gids, side="right")
        for gid, lo, hi in zip(gids, bounds, ends):
            posmap[(n, gid)] = p[lo:hi]
    for _, _, n, gid in cands:
        kp, kg, counts, rep, _, _ = levels[n]
        r = int(rep[gid])
        words = tuple(st.vocab[i] for i in ids[r : r + n])
        out.append(_Gram(n, words, int(counts[gid]), posmap[(n, gid)]))
    return out


_repeated_grams = repeated_grams  # the old name, still used by tests


@lexicon_cache(maxsize=4)
def _func_words(lang: str) -> frozenset:
    lex = _concept_lexicon()
    words = {f for (l, f), c in lex.single.items() if l == lang and c == "FUNC"}
    try:
        from ..tokens import stopwords

        words |= set(stopwords(lang))
    except (FileNotFoundError, KeyError, OSError):
        pass  # the stop-word lexicon is optional
    return frozenset(words)
