"""Similarity of articles.

Cosine similarity of articles over TF-IDF of their body features (0 across
languages), over their theme-hit vectors (language-independent, via the
codebook: this is what lines up a translation with its original) and over
their entity counts (gazetteer ids are language-independent too).  Each
article's ten nearest neighbours by TF-IDF cosine (positive only, ``rank`` 1 =
nearest, ties: article id) and its parallel versions are written, computed
with sparse products in blocks of rows (never a dense n x n matrix); up to
eleven articles, every pair.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .features import Features

__all__ = ["similarity"]


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
        cats = sorted(set(df[col].astype(str).tolist()))
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
