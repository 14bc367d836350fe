"""Keyness: the words that set an article apart from the others of its language.

:func:`textstat_keyness` is Dunning's log-likelihood G² (or Pearson's χ²) on
the 2×2 table of a term in the target versus the reference, signed negative
when the term is under-used in the target, with a p-value (χ², 1 df) and the
log2 ratio of relative frequencies (+0.5 smoothing) as effect size, as in
quanteda's ``textstat_keyness``.  Default: no continuity correction
(quanteda's default applies Williams' correction to G²; pass
``correction="williams"``).  :func:`keyness` compares each article with the
other articles *of the same language*; an article alone in its language
(the English original in the seeds) has no reference and gets no rows.
"""
from __future__ import annotations

from collections import Counter
from typing import Mapping

import numpy as np
import pandas as pd

from ..themes import Codebook
from .features import Features
from .glossary import gloss_cached as _gloss_cached, name_gloss

__all__ = ["textstat_keyness", "keyness"]


# --- keyness ---------------------------------------------------------------------------------------


def sorted_unique(a: np.ndarray) -> np.ndarray:
    """``np.unique(a)`` of an integer array, by one sort: numpy 2.3+ finds the distinct values of a
    plain ``np.unique`` call by hashing, which took 1 s on the million (article, feature) cells of
    2,000 articles (the sort: 0.05 s)."""
    s = np.sort(np.asarray(a).ravel())
    if len(s) < 2:
        return s
    keep = np.empty(len(s), dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


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


def _keyness_stats(a, b, nt, nr, measure: str = "lr", correction: str = "none"):
    """Signed statistic, p-value and log ratio for arrays of target counts ``a`` and
    reference counts ``b`` (totals ``nt``, ``nr``: numbers, or arrays of one total per
    element); the 2x2 table per feature is [[a, b], [nt - a, nr - b]]."""
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
    if np.ndim(nt) or np.ndim(nr):  # totals per element (many articles at once)
        with np.errstate(divide="ignore", invalid="ignore"):
            lr = np.where((nt > 0) & (nr > 0), np.log2(((a + 0.5) / (nt + 0.5)) / ((b + 0.5) / (nr + 0.5))), 0.0)
    elif nt > 0 and nr > 0:
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


#: the build keeps an under-used term only when it is significant at this level (snn2000: 19,790 -> 600 rows)
UNDER_P = 0.05

KEYNESS_COLS = ["article_id", "lang", "direction", "rank", "term", "surface", "gloss", "theme", "n_target", "n_reference", "G2", "p", "log_ratio"]


def keyness(features: Features, top: int = 25, bottom: int = 10, measure: str = "lr", codebook: Codebook | None = None,
            vietnam: bool = True, block: int = 2000, name_en: Mapping[str, str] | None = None,
            under_p: float | None = None) -> pd.DataFrame:
    """Each article against the other articles of its language (body paragraphs).

    ``top`` positive keys (over-used) and ``bottom`` negative keys (under-used,
    searched among the 200 most frequent features of the language; ties: the feature
    string) per article; the ``G2`` column holds the signed statistic (χ² with
    ``measure="chi2"``).  Ties are broken by the feature string.  ``vietnam``: whether
    the glossary's Vietnam-scoped glosses are used (see :mod:`arnews.stats.glossary`); ``name_en``
    (:func:`arnews.stats.glossary.entity_names`) gloss a one-word name no glossary glosses.
    ``under_p``: keep only the under-used rows with ``p < under_p`` (the build: :data:`UNDER_P`;
    most under-used terms of a short article are not significant, G² around -1).
    Computed over whole arrays, ``block`` articles at a time (memory stays bounded)."""
    cb = codebook
    surf = features.surfaces()
    parts = []
    for lang in sorted(set(features.docs["lang"])):
        m, keys, names = features.matrix(lang, by="article")
        if m.shape[0] < 2 or m.shape[1] == 0:
            continue
        total = np.asarray(m.sum(axis=0)).ravel()
        frequent = np.sort(np.argsort(-total, kind="stable")[:200])  # features are sorted: ties go to the first
        n_all = float(total.sum())
        aids = keys["article_id"].to_numpy(dtype=object)
        labels: dict[int, tuple] = {}  # feature -> (surface, gloss, theme), once per feature
        for s0 in range(0, m.shape[0], block):
            parts.extend(_keyness_block(m, s0, min(m.shape[0], s0 + block), total, frequent, n_all, aids, names, lang,
                                        labels, surf, cb, vietnam, top, bottom, measure, name_en))
    df = pd.DataFrame(_columns(parts), columns=KEYNESS_COLS) if parts else pd.DataFrame([], columns=KEYNESS_COLS)
    if under_p is not None and len(df):
        df = df[(df.direction != "under") | (df.p < under_p)]
    return df.sort_values(["article_id", "direction", "rank"], kind="mergesort").reset_index(drop=True)


def _columns(parts: list) -> dict:
    """The row blocks of :func:`_keyness_block` as one list per column."""
    return {c: [v for part in parts for v in part[i]] for i, c in enumerate(KEYNESS_COLS)}


def _keyness_block(m, s0: int, e0: int, total, frequent, n_all: float, aids, names, lang: str, labels: dict, surf: dict,
                   cb, vietnam: bool, top: int, bottom: int, measure: str, name_en=None) -> list:
    """The keyness rows of the articles ``s0:e0`` (rows of the article x feature counts ``m``):
    each article against the rest of ``m``, over its own features and the ``frequent`` ones,
    computed over whole arrays (per element the same operations as one article at a time)."""
    lo, hi = m.indptr[s0], m.indptr[e0]
    row = np.repeat(np.arange(s0, e0, dtype=np.int64), np.diff(m.indptr[s0:e0 + 1]))
    ind, dat = m.indices[lo:hi].astype(np.int64), m.data[lo:hi]
    nt_all = np.zeros(e0 - s0)
    np.add.at(nt_all, row - s0, dat)  # integer counts: exact in any order
    ok = (nt_all != 0) & ((n_all - nt_all) != 0)
    if not ok.any():
        return []
    arts = np.nonzero(ok)[0] + s0
    nf = max(1, m.shape[1])
    mine = ok[row - s0]
    have = row[mine] * nf + ind[mine]
    # each article's features united with the frequent ones, sorted by (article, feature)
    cell = sorted_unique(np.concatenate([have, (arts[:, None] * nf + frequent[None, :]).ravel()]))
    r, c = cell // nf, cell % nf
    tgt = np.zeros(len(cell))
    tgt[np.searchsorted(cell, have)] = dat[mine]
    ref = total[c] - tgt
    nt = nt_all[r - s0]
    nr = n_all - nt
    stat, p, lr = _keyness_stats(tgt, ref, nt, nr, measure)
    out = []
    for direction, sel, n_keep in (("over", stat > 0, top), ("under", stat < 0, bottom)):
        j = np.nonzero(sel)[0]
        if not len(j):
            continue
        # per article, by |stat| descending, ties by the feature (the cells are in feature order)
        j = j[np.lexsort((j, -np.abs(stat[j]), r[j]))]
        first = np.searchsorted(r[j], r[j], side="left")
        rank = np.arange(len(j)) - first + 1
        keep = rank <= n_keep
        j, rank = j[keep], rank[keep]
        if not len(j):
            continue
        fl = c[j].tolist()
        for f in set(fl) - set(labels):
            name = names[f]
            s_ = surf.get((lang, name), name)
            labels[f] = (name, s_, name_gloss(_gloss_cached(name, lang, s_, vietnam), s_, name_en),
                         cb.theme_of(name, lang, s_) if cb else "")
        lab = [labels[f] for f in fl]
        out.append((aids[r[j]].tolist(), [lang] * len(j), [direction] * len(j), rank.tolist(), [x[0] for x in lab],
                    [x[1] for x in lab], [x[2] for x in lab], [x[3] for x in lab],
                    [int(x) for x in tgt[j].tolist()], [int(x) for x in ref[j].tolist()],
                    [round(x, 6) for x in stat[j].tolist()], [float(f"{x:.6g}") for x in p[j].tolist()],
                    [round(x, 6) for x in lr[j].tolist()]))
    return out


def missing_keyness(articles: pd.DataFrame, keyness: pd.DataFrame) -> pd.DataFrame:
    """Why an article has no row in ``keyness``: one row per such article with
    ``article_id``, ``lang`` and ``reason``: ``"no body text"`` (no body words, e.g. a
    title-only page), ``"only article of its language"`` (no other article of its
    language has body text to compare with) or ``"no counted stem"`` (its body words are
    all stop words, numbers or names left out of the term counts)."""
    cols = ["article_id", "lang", "reason"]
    miss = articles[~articles.article_id.isin(set(keyness.article_id))]
    if miss.empty:
        return pd.DataFrame([], columns=cols)
    with_body = articles[articles.words_body > 0].groupby("language").size()
    lang = miss.language.fillna("")
    reason = np.where(miss.words_body <= 0, "no body text",
                      np.where(lang.map(with_body).fillna(0).to_numpy() < 2, "only article of its language", "no counted stem"))
    return pd.DataFrame({"article_id": miss.article_id.to_numpy(), "lang": lang.to_numpy(), "reason": reason}, columns=cols)
