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
from .glossary import _gloss_cached

__all__ = ["textstat_keyness", "keyness"]


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


def keyness(features: Features, top: int = 25, bottom: int = 10, measure: str = "lr", codebook: Codebook | None = None,
            vietnam: bool = True) -> pd.DataFrame:
    """Each article against the other articles of its language (body paragraphs).

    ``top`` positive keys (over-used) and ``bottom`` negative keys (under-used,
    searched among the 200 most frequent features of the language; ties: the feature
    string) per article; the ``G2`` column holds the signed statistic (χ² with
    ``measure="chi2"``).  Ties are broken by the feature string.  ``vietnam``: whether
    the glossary's Vietnam-scoped glosses are used (see :mod:`arnews.stats.glossary`)."""
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
                    rows.append((aid, lang, direction, rank, f, s, _gloss_cached(f, lang, s, vietnam), cb.theme_of(f, lang, s) if cb else "",
                                 int(tgt[x]), int(ref[x]), round(float(stat[x]), 6), float(f"{p[x]:.6g}"), round(float(lr[x]), 6)))
    df = pd.DataFrame(rows, columns=KEYNESS_COLS)
    return df.sort_values(["article_id", "direction", "rank"], kind="mergesort").reset_index(drop=True)
