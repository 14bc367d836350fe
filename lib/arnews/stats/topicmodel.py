"""Topics: NMF topic models per language, and their alignment with the codebook.

:func:`topic_model` fits NMF (scikit-learn's online ``MiniBatchNMF``, fixed
``random_state``) to TF-IDF (sublinear tf) of paragraph features occurring in
at least two paragraphs, separately per language, on every paragraph of the
corpus.  The number of topics k is chosen at run time over
:func:`topic_k_range` (2..10 for a small corpus, growing with the corpus up
to 40; at most one topic per five paragraphs) as the k with the most coherent,
distinct topics: the number of topics whose top ten features reach a mean NPMI
of ``COHERENT_NPMI`` over their co-occurrence in all paragraphs (Aletras &
Stevenson 2013; Röder et al. 2015) times diversity, the share of distinct
features among all topics' top ten (after Dieng, Ruiz & Blei 2020); ties go to
the smaller k.  Each candidate k is fitted (batch NMF) on an evenly spaced
sample of at most 2,000 paragraphs (on a larger corpus the chosen k's fit starts
the online fit on every paragraph, :data:`FINAL_EPOCHS` epochs); every k's figures are recorded in
``topic_selection`` with the reason; ``topics`` gives each topic's own
coherence.  The user sets k with ``ARNEWS_TOPICS_K`` (``20``, or ``ar=20,en=5``)
or ``topic_model_tables(tables, k=...)``.  Topics are related to the codebook
through ``topic_themes``: for each topic and theme, the mean theme share of
paragraphs weighted by the topic's weight in them (``score``) and that score
over the theme's mean share (``lift``).

Limits: coherence on a few dozen paragraphs is noisy, so k for the seed corpus is
indicative, and with few articles topics partly follow the articles.
"""
from __future__ import annotations

import math
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from ..plotting import fmt_count
from ..themes import load_codebook
from .features import Features, features_of as _features_of, themes_entities as _themes_entities
from ..tables import table_columns
from .glossary import gloss_cached as _gloss_cached, entity_names, name_gloss

__all__ = ["k_choice_notes", "k_reasons", "topic_k_range", "topic_model", "topic_model_tables", "topic_order"]


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


def _reconstruction_error(model, X, W) -> float:
    """The fit's Frobenius error ||X - WH||: scikit-learn's ``reconstruction_err_`` when it is a
    number; when the fit is near exact (near-identical paragraphs) scikit-learn takes the square
    root of a rounding-negative difference and gives NaN (an empty cell in ``topic_selection``):
    then the error is computed directly, 256 rows at a time."""
    err = float(model.reconstruction_err_)
    if math.isfinite(err):
        return err
    H = np.asarray(model.components_, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    total = 0.0
    for i in range(0, X.shape[0], 256):
        block = X[i:i + 256]
        block = block.toarray() if hasattr(block, "toarray") else np.asarray(block)
        total += float(np.sum((block.astype(np.float64) - W[i:i + 256] @ H) ** 2))
    return math.sqrt(total)


def topic_k_range(n_docs: int, n_terms: int, docs_per_topic: int = 5, k_max: int = 40) -> list[int]:
    """Candidate numbers of topics for ``n_docs`` paragraphs: 2..10, then 12, 15, 20, ...
    up to sqrt(paragraphs) / 2 (at least 10, at most ``k_max``), never more than one
    topic per ``docs_per_topic`` paragraphs; the range starts at 5 once it reaches 20."""
    hi = min(max(10, int(math.sqrt(max(n_docs, 0)) / 2)), k_max, n_docs // docs_per_topic, n_terms - 1)
    grid = list(range(2, 11)) + [12, 15] + list(range(20, k_max + 1, 5))
    lo = 5 if hi >= 20 else 2
    return [k for k in grid if lo <= k <= hi]


#: epochs of the online fit on every paragraph of a large corpus, started from the batch fit on
#: the evenly spaced paragraphs.  Measured on 2,000 SaudiNewsNet articles (11,206 paragraphs, k=35):
#: after 20 epochs the reconstruction error is within 0.03% of its value after 200 (102.141 against
#: 102.118; the start itself: 102.558), at a tenth of the time (1.1 s against 11.0 s); the further
#: epochs move topics along a flat objective (88% of top-10 terms shared), not to a better fit
FINAL_EPOCHS = 20
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
    n_docs = m.shape[0]
    n_terms = int((m.getnnz(axis=0) > 0).sum())  # features these paragraphs use (the matrix spans every language)
    need = 2 * docs_per_topic if k is None else max(2, k)
    if n_docs < need or n_terms < 4:
        return {**empty, "reason": f"{fmt_count(n_docs, 'paragraph')} with {fmt_count(n_terms, 'feature')}: a topic model needs at least "
                                   f"{need:,} paragraphs ({docs_per_topic} per topic for k=2) and 4 features"}
    # features in at least 2 paragraphs
    dfreq = np.diff(m.tocsc().indptr)
    cols = np.nonzero(dfreq >= 2)[0]
    if len(cols) < 4:
        cols = np.arange(m.shape[1])
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
    fitted = {}  # k -> the batch NMF fitted on the evenly spaced paragraphs while choosing k
    sel_rows = np.arange(n_docs)
    # one BLAS thread: the fits are small, and threads oversubscribe the cores shared with the other hooks
    with warnings.catch_warnings(), threadpool_limits(1), np.errstate(invalid="ignore"):  # sqrt of a rounding-negative error
        warnings.simplefilter("ignore", ConvergenceWarning)
        if k is None:
            if n_docs > max_select_docs:
                sel_rows = np.linspace(0, n_docs - 1, max_select_docs).round().astype(int)
            X_sel = tfidf[sel_rows]
            for kk in ks:
                model = fitted[kk] = NMF(n_components=kk, init="nndsvd", random_state=random_state, max_iter=200,
                                         tol=select_tol)
                W_sel = model.fit_transform(X_sel)
                top_idx = tops(model.components_)
                per = _npmi_topics(binary, top_idx)
                coh = float(np.nanmean(per)) if np.isfinite(per).any() else float("nan")
                n_coh = int(np.sum(per >= COHERENT_NPMI))
                div = len(set(np.concatenate(top_idx).tolist())) / float(sum(len(t) for t in top_idx))
                selection.append((kk, _reconstruction_error(model, X_sel, W_sel), coh, div, n_coh, n_coh * div))
            sel = pd.DataFrame(selection, columns=TOPIC_SELECTION_COLS[:-1])
            best = sel["score"].max()
            chosen = int(sel.loc[sel["score"] >= best - 1e-12, "k"].min()) if best > 0 else int(sel["k"].min())
            row = sel[sel.k == chosen].iloc[0]
            reason = (f"k={chosen} gives the most coherent, distinct topics: {fmt_count(row.coherent_topics, 'topic')} with NPMI >= "
                      f"{COHERENT_NPMI} x diversity {row.diversity:.3f} = {row.score:.3f} (mean NPMI {row.coherence_npmi:.3f}) "
                      f"over k={min(ks)}..{max(ks)} (fitted on {len(sel_rows):,} of {n_docs:,} paragraphs, {fmt_count(len(names), 'feature')}; "
                      f"at most one topic per {docs_per_topic} paragraphs)")
        else:
            sel = pd.DataFrame([(k, np.nan, np.nan, np.nan, 0, np.nan)], columns=TOPIC_SELECTION_COLS[:-1])
            chosen, reason = k, f"k={k} set by the caller"
        if n_docs > max_select_docs:
            # the online fit on every paragraph starts from the batch fit on the evenly spaced
            # paragraphs (started from scratch it mixed the topics of 90,000 paragraphs)
            # (the same fit as the one made while choosing k: reused when there is one)
            sel_rows = np.linspace(0, n_docs - 1, max_select_docs).round().astype(int)
            start = fitted.get(chosen)
            if start is None:
                start = NMF(n_components=chosen, init="nndsvd", random_state=random_state, max_iter=200,
                            tol=select_tol).fit(tfidf[sel_rows])
            H0 = start.components_.astype(tfidf.dtype)
            W0 = start.transform(tfidf).astype(tfidf.dtype)
            model = MiniBatchNMF(n_components=chosen, init="custom", batch_size=min(batch_size, n_docs),
                                 random_state=random_state, max_iter=FINAL_EPOCHS, tol=1e-4, max_no_improvement=10)
            W = model.fit_transform(tfidf, W=W0, H=H0)
            reason += f"; started from NMF on {max_select_docs:,} evenly spaced paragraphs, then {fmt_count(model.n_iter_, 'epoch')} online"
        else:
            model = MiniBatchNMF(n_components=chosen, init="nndsvda", batch_size=min(batch_size, n_docs),
                                 random_state=random_state, max_iter=200, tol=1e-4, max_no_improvement=10)
            W = model.fit_transform(tfidf)
    H = model.components_
    top_idx = tops(H)
    coherence = _npmi_topics(binary, top_idx)
    if k is not None:
        sel.loc[0, "coherence_npmi"] = _npmi(binary, top_idx)
        sel.loc[0, "reconstruction_error"] = _reconstruction_error(model, tfidf, W)
    sel["chosen"] = sel["k"] == chosen
    reason += f"; final model fitted on all {n_docs:,} paragraphs (MiniBatchNMF)"
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
    every language, or per language); default: ``ARNEWS_TOPICS_K``, else chosen.  Glosses
    use the glossary's Vietnam-scoped senses only where the glossary fits the corpus
    (:func:`arnews.lexfit.glossary_fits`); a one-word name no glossary glosses takes the English
    name the entities table gives it (:func:`arnews.stats.glossary.entity_names`)."""
    from ..lexfit import glossary_fits

    cb = load_codebook()
    vietnam = glossary_fits(tables)
    names = entity_names(table_columns(tables, "entities", ("surface", "name_en")))
    themes, _ = _themes_entities(tables, cb, need_entities=False)
    feats = _features_of(tables, stream=False)
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
        tt["gloss"] = [name_gloss(_gloss_cached(t, lang, s_, vietnam), s_, names) for t, s_ in zip(tt["term"], tt["surface"])]
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


def topic_order(topic_ids: Iterable[str]) -> list[str]:
    """``topic_ids`` (``ar-1`` ... ``ar-40``) in language, then numeric, order (``ar-2`` before ``ar-10``)."""
    def key(t: str):
        lang, _, num = str(t).rpartition("-")
        return (lang, int(num)) if num.isdigit() else (str(t), -1)
    return sorted(dict.fromkeys(topic_ids), key=key)


def k_choice_notes(selection: pd.DataFrame) -> dict[str, str]:
    """One sentence per language on where the chosen k lies among the candidates of ``topic_selection``:
    at the top of the range with the score still rising (the range, not the data, set k), at its bottom,
    or inside it.  Languages without a model or a single candidate get no sentence."""
    notes = {}
    fitted = selection[selection["k"] > 0] if len(selection) else selection
    for lang, g in fitted.groupby("lang", sort=True):
        g = g.sort_values("k")
        chosen = g[g["chosen"].astype(bool)]
        if chosen.empty or len(g) < 2:
            continue
        k, lo, hi = int(chosen["k"].iloc[0]), int(g["k"].iloc[0]), int(g["k"].iloc[-1])
        if k == hi:
            rising = float(g["score"].iloc[-1]) > float(g["score"].iloc[-2])
            notes[lang] = (f"k = {k} is the largest candidate ({lo} to {hi})"
                           + (": the score was still rising there, so the range, not the data, set k; "
                              "a larger ARNEWS_TOPICS_K may find finer topics" if rising else ""))
        elif k == lo:
            notes[lang] = (f"k = {k} is the smallest candidate ({lo} to {hi}): coherent, distinct topics "
                           "became fewer as k grew; set ARNEWS_TOPICS_K for a finer grain")
        else:
            notes[lang] = f"k = {k} lies inside the candidate range ({lo} to {hi}), where the score peaks"
    return notes


def k_reasons(selection: pd.DataFrame) -> dict[str, str]:
    """One sentence per language on why the chosen k was chosen, read off ``topic_selection`` (session 49 page
    review): the score counts coherent topics (mean NPMI of the top terms >= ``COHERENT_NPMI``) times diversity, so
    it is "the most coherent topics", not the highest mean NPMI; the sentence names both and where the mean is
    highest.  Languages with a single candidate, or whose k was set by hand, keep the build's reason."""
    out = {}
    fitted = selection[selection["k"] > 0] if len(selection) else selection
    for lang, g in fitted.groupby("lang", sort=True):
        g = g.sort_values("k")
        chosen = g[g["chosen"].astype(bool)]
        if chosen.empty or len(g) < 2 or g["coherence_npmi"].isna().all():
            continue
        r = chosen.iloc[0]
        best = g.loc[g["coherence_npmi"].idxmax()]
        if not g["score"].max() > 0:  # a small corpus: no candidate has a coherent topic, the smallest k is kept
            out[lang] = (f"no candidate k has a topic with a mean NPMI of at least {COHERENT_NPMI} (every score is 0): "
                         f"the smallest, k={int(r.k)}, was kept; the mean NPMI of all its topics is {r.coherence_npmi:.3f}")
            continue
        ties = [int(x) for x in g.loc[(g["score"] == r.score) & (g["k"] != r.k), "k"]]
        s = (f"k={int(r.k)} has the most coherent topics, weighted by their diversity: {fmt_count(int(r.coherent_topics), 'topic')} "
             f"with a mean NPMI of at least {COHERENT_NPMI} x diversity {r.diversity:.3f} = score {r.score:.3f}; the mean NPMI "
             f"of all its topics is {r.coherence_npmi:.3f}")
        if int(best.k) != int(r.k):
            s += (f", below the highest mean NPMI of the candidates, {best.coherence_npmi:.3f} at k={int(best.k)}: the score "
                  f"counts coherent topics, it does not average them")
        else:
            s += ", also the highest mean NPMI of the candidates"
        if ties:
            s += f"; its score ties with k={', '.join(map(str, ties))}, the smallest k was kept"
        out[lang] = s
    return out
