"""Lexicon fit: how well each curated resource fits the corpus a build reads.

One row per resource (table ``lexicon_fit``, corpus-level hook ``lexicon_fit``), computed from
the merged per-article tables only (``articles``, ``entities``, ``themes``, ``slogans``,
``campaign_candidates``, ``rhetoric``, ``quantities``; ``term_counts`` streamed part by part):

* ``tokens_share``: words covered by the resource's hits / words of the title, body and
  caption blocks (``articles.words_body`` + titles; approximate for multi-word hits);
* ``paragraphs_share``: paragraphs with at least one hit / text paragraphs;
* ``entries_hit`` of ``entries``: distinct entries hit;
* ``context_share``: share of hits that sit in the context the resource was made for.  The
  Vietnam-made resources (gazetteer, themes codebook, campaign canon, rhetoric markers,
  glossary) were made for articles about Vietnam: a hit is in context when its article also
  names a *transliterated* Vietnamese entity of the gazetteer (``translit = yes``: كوانج نينه,
  not the generic ``حزب`` / ``الدولة``) other than the hit itself; a campaign hit must also
  pass the head gate (candidate names that hold a campaign's required concepts but not its
  head count as hits out of context).  The general resources (units, stop words) are made for
  any Arabic news: their context is Arabic text, so the share is that of hits in Arabic
  paragraphs.
* ``fits``: ``entries_hit / entries >= ENTRIES_MIN`` (for the general resources only from ``ENTRIES_WORDS``
  words of text on: a few short articles cannot use 5% of the stop words) and ``paragraphs_share >= PARAGRAPHS_MIN``
  and (for Vietnam-made resources) ``context_share >= CONTEXT_MIN``; ``verdict`` says why in one line;
* ``withheld``: glosses withheld because the resource does not fit (the glossary's Vietnam-scoped
  glosses, :func:`arnews.stats.glossary.withheld`; 0 for the other resources and when it fits).

The statistics hooks (keyness, topics, collocations) decide the same way whether to use the
glossary's Vietnam-scoped glosses: :func:`glossary_fits` computes the glossary's row from the
tables they read (they may not read this hook's output).

Thresholds (benchmarks/README.md, "Lexicon fit", has the figures): on the five seed articles
every resource fits with room (gazetteer context 1.0, themes/markers/canon context 1.0, entries
hit 0.3-0.9); on 300 Saudi articles the Vietnam-made resources hit in context at most 0.1
(no Saudi article names a transliterated Vietnamese entity), so ``CONTEXT_MIN = 0.5`` separates
them with a wide margin on both sides.
"""
from __future__ import annotations

import json

import numpy as np
import pandas as pd

from .lexicons import read_lexicon
from .normalize import key

__all__ = ["lexicon_fit_table", "lexicon_fit_tables", "fit_warnings", "lexicon_fit", "fits", "glossary_fit", "glossary_fits",
           "ENTRIES_MIN", "PARAGRAPHS_MIN", "CONTEXT_MIN"]

ENTRIES_MIN = 0.05  # distinct entries hit / entries
PARAGRAPHS_MIN = 0.02  # paragraphs with a hit / text paragraphs
CONTEXT_MIN = 0.5  # hits in the resource's own context / hits (Vietnam-made resources)
#: words of text below which the entries share of a general resource (units, stop words) is not judged: three
#: short articles (211 words) use 18 of 504 stop words, and "stop words do not fit" was a page's false sentence
ENTRIES_WORDS = 2000
COLUMNS = ["resource", "file", "made_for", "hits", "tokens_share", "paragraphs_share", "entries_hit", "entries",
           "context_share", "fits", "verdict", "withheld"]


def _words(s) -> int:
    return len(str(s).split())


def _vietnam_articles(E: pd.DataFrame) -> tuple[set, dict]:
    """Gazetteer ids, and article -> set of transliterated Vietnamese entities it names."""
    gaz = {r["entity_id"]: (r.get("translit") or "").strip() == "yes" and r["entity_id"] != "indonesia"
           for r in read_lexicon("gazetteer.csv")}
    vn = {}
    if len(E):
        G = E[E["entity_id"].isin([k for k, t in gaz.items() if t])]
        for aid, ids in G.groupby("article_id")["entity_id"]:
            vn[aid] = set(ids)
    return set(gaz), vn


def _in_context(aids, vn: dict, own=None) -> pd.Series:
    own = [None] * len(aids) if own is None else list(own)
    return pd.Series([bool(vn.get(a, set()) - {o}) for a, o in zip(aids, own)], dtype=bool)


def _row(resource, file, made_for, hits, tok, par, hit, entries, ctx, general=False, withheld=0, words=None):
    fits = True
    why = []
    if entries and hit / entries < ENTRIES_MIN and not (general and words is not None and words < ENTRIES_WORDS):
        fits = False
        why.append(f"{hit} of {entries} entries hit (< {ENTRIES_MIN:.0%})")
    if par < PARAGRAPHS_MIN:
        fits = False
        why.append(f"hits in {par:.1%} of paragraphs (< {PARAGRAPHS_MIN:.0%})")
    if not general and hits and ctx < CONTEXT_MIN:
        fits = False
        # one decimal under 10%, as the table's context_share column shows it (snn2000 read "only 0%" beside 0.4%)
        share = "none" if ctx == 0 else f"only {ctx:.1%}" if ctx < 0.1 else f"only {ctx:.0%}"
        why.append(f"{share} of its hits in {made_for} (< {CONTEXT_MIN:.0%})")
    if not hits:
        fits = False
        why = ["no hit in the corpus"]
    verdict = ("fits: " if fits else "does not fit: ") + (
        "; ".join(why) if why else f"{hit} of {entries} entries hit, {par:.0%} of paragraphs, {ctx:.0%} in {made_for}")
    withheld = 0 if fits else int(withheld)
    if withheld:
        verdict += f"; {withheld:,} Vietnam-scoped glosses withheld"
    return (resource, file, made_for, int(hits), round(tok, 6), round(par, 6), int(hit), int(entries), round(ctx, 6),
            fits, verdict, withheld)


def _term_hits(term_counts, forms: set, n_par: int, words: int, arabic_only: bool):
    """(hits, tokens share, paragraphs share, distinct forms hit, share of hits in Arabic paragraphs)."""
    return _term_hits_many(term_counts, [forms], n_par, words)[0]


def _term_hits_many(term_counts, form_sets: list, n_par: int, words: int) -> list:
    """:func:`_term_hits` of each set of forms, in one pass over the term counts.  Each distinct
    term of a part is keyed once (``pd.factorize``; a key once per distinct term of the whole
    pass) and the rows are selected as arrays (mapping the key of every row, an Arrow string per
    row, took about 1 s per call on snnall); the paragraphs hit are counted as integer pairs."""
    from .stats.features import _parts
    from .stats.keyness import sorted_unique

    n = len(form_sets)
    hits, ar = [0] * n, [0] * n
    hit_forms = [set() for _ in range(n)]
    pars = [[] for _ in range(n)]
    keyed: dict[str, str] = {}
    art_pos: dict[str, int] = {}
    for df in _parts(term_counts):
        if df is None or not len(df):
            continue
        codes, uniq = pd.factorize(df["term"].astype(str), use_na_sentinel=False)
        ukeys = [keyed[t] if t in keyed else keyed.setdefault(t, key(t).strip()) for t in uniq.tolist()]
        arabic = None
        acodes = auniq = None
        for i, forms in enumerate(form_sets):
            inset = np.fromiter((k in forms for k in ukeys), dtype=bool, count=len(ukeys))
            sel = inset[codes]
            if not sel.any():
                continue
            cnt = df["n"].to_numpy()[sel]
            hits[i] += int(cnt.sum())
            if arabic is None:
                arabic = (df["lang"] == "ar").fillna(False).to_numpy(dtype=bool)
                acodes, auniq = pd.factorize(df["article_id"].to_numpy(dtype=object))
                amap = np.array([art_pos.setdefault(a, len(art_pos)) for a in auniq.tolist()], dtype=np.int64)
                gpar = df["paragraph"].to_numpy().astype(np.int64)
            ar[i] += int(cnt[arabic[sel]].sum())
            hit_forms[i].update(ukeys[c] for c in np.unique(codes[sel]).tolist())
            pars[i].append(np.stack([amap[acodes[sel]], gpar[sel]], axis=1))
    out = []
    for i in range(n):
        n_hit_pars = 0
        if pars[i]:
            ap = np.concatenate(pars[i])
            n_hit_pars = len(sorted_unique(ap[:, 0] * (int(ap[:, 1].max()) + 1) + ap[:, 1]))
        out.append((hits[i], hits[i] / max(words, 1), n_hit_pars / max(n_par, 1), len(hit_forms[i]),
                    ar[i] / hits[i] if hits[i] else 0.0))
    return out


def _need(tables, name: str, cols) -> pd.DataFrame:
    """Only the columns ``cols`` of a table the fit needs (KeyError when there is none)."""
    from .tables import table_columns

    df = table_columns(tables, name, cols)
    if df is None:
        raise KeyError(name)
    return df


def lexicon_fit_table(tables) -> pd.DataFrame:
    """``lexicon_fit``: one row per curated resource (see the module docstring)."""
    from .rhetoric.campaigns import load_canon as _canon
    from .rhetoric.markers import marker_lexicon
    from .themes import load_codebook

    A = tables["articles"]
    n_par = int(A[["n_title", "n_body", "n_caption"]].sum().sum()) if len(A) else 0
    words = int(A["words_body"].sum()) if len(A) else 0
    E = _need(tables, "entities", ("article_id", "paragraph", "surface", "entity_id"))
    gaz_ids, vn = _vietnam_articles(E)
    rows = []
    # gazetteer
    G = E[E["entity_id"].isin(gaz_ids)] if len(E) else E
    ctx = _in_context(G["article_id"], vn, G["entity_id"]).mean() if len(G) else 0.0
    rows.append(_row("gazetteer", "gazetteer.csv", "articles naming another Vietnamese entity", len(G),
                     G["surface"].map(_words).sum() / max(words, 1) if len(G) else 0.0,
                     G[["article_id", "paragraph"]].drop_duplicates().shape[0] / max(n_par, 1) if len(G) else 0.0,
                     G["entity_id"].nunique() if len(G) else 0, len(gaz_ids), ctx))
    # themes codebook
    Th = _need(tables, "themes", ("article_id", "paragraph", "theme", "hits"))
    Th = Th[Th["hits"] > 0] if len(Th) else Th
    cb = load_codebook()
    n_th = int(Th["hits"].sum()) if len(Th) else 0
    ctx = (Th["hits"] * _in_context(Th["article_id"], vn).values).sum() / n_th if n_th else 0.0
    rows.append(_row("themes codebook", "themes.json", "articles naming a Vietnamese entity of the gazetteer", n_th, n_th / max(words, 1),
                     Th[["article_id", "paragraph"]].drop_duplicates().shape[0] / max(n_par, 1) if len(Th) else 0.0,
                     Th["theme"].nunique() if len(Th) else 0, len(cb.theme_ids), ctx))
    # campaign canon: claims, and candidate names holding a campaign's required concepts but not its head
    S = _need(tables, "slogans", ("article_id", "paragraph", "surface", "campaign"))
    S = S[S["campaign"].fillna("") != ""] if len(S) else S
    C = _need(tables, "campaign_candidates", ("features", "cue", "campaign"))
    near = 0
    if len(C):
        canon = _canon().campaigns
        for feats, cue, camp in zip(C["features"].astype(str), C["cue"].astype(str), C["campaign"].fillna("")):
            if camp:
                continue
            bag = set(feats.split())
            have = bag | ({"FRAME"} if cue not in ("quote", "") else set())
            if any(c.requires and all(g & have for g in c.requires) and not all(g & bag for g in c.head) for c in canon):
                near += 1
    n_s = len(S) + near
    ctx = (_in_context(S["article_id"], vn).sum() if len(S) else 0) / n_s if n_s else 0.0
    rows.append(_row("campaign canon", "campaigns.csv", "articles naming a Vietnamese entity of the gazetteer, head concept present", n_s,
                     S["surface"].map(_words).sum() / max(words, 1) if len(S) else 0.0,
                     S[["article_id", "paragraph"]].drop_duplicates().shape[0] / max(n_par, 1) if len(S) else 0.0,
                     S["campaign"].nunique() if len(S) else 0, len(_canon().campaigns), ctx))
    # rhetoric markers
    R = _need(tables, "rhetoric", ("article_id", "paragraph", "surface", "marker", "source"))
    R = R[R["source"] == "lexicon"] if len(R) else R
    ctx = _in_context(R["article_id"], vn).mean() if len(R) else 0.0
    rows.append(_row("rhetoric markers", "rhetoric_markers.csv", "articles naming a Vietnamese entity of the gazetteer", len(R),
                     R["surface"].map(_words).sum() / max(words, 1) if len(R) else 0.0,
                     R[["article_id", "paragraph"]].drop_duplicates().shape[0] / max(n_par, 1) if len(R) else 0.0,
                     R["marker"].nunique() if len(R) else 0, len(marker_lexicon()), ctx))
    # units (counted nouns)
    Q = _need(tables, "quantities", ("article_id", "paragraph", "lang", "surface", "unit"))
    U = Q[Q["unit"].fillna("") != ""] if len(Q) else Q
    unit_names = {(r.get("unit") or "").strip() for r in read_lexicon("units.csv")} - {""}
    n_units = len(unit_names)
    ctx = (U["lang"] == "ar").mean() if len(U) else 0.0
    rows.append(_row("units", "units.csv", "Arabic text", len(U), U["surface"].map(_words).sum() / max(words, 1) if len(U) else 0.0,
                     U[["article_id", "paragraph"]].drop_duplicates().shape[0] / max(n_par, 1) if len(U) else 0.0,
                     len(set(U["unit"]) & unit_names) if len(U) else 0, n_units, ctx, general=True, words=words))
    # stop words and glossary, from the term counts (streamed)
    stop = {key(r["word"]).strip() for r in read_lexicon("stopwords_ar.csv") if (r.get("word") or "").strip()}
    gl = _glossary_forms()
    (h, tok, par, hit, ar), gl_hits = _term_hits_many(tables["term_counts"], [stop, gl], n_par, words)  # one pass
    rows.append(_row("Arabic stop words", "stopwords_ar.csv", "Arabic text", h, tok, par, hit, len(stop), ar, general=True, words=words))
    rows.append(_glossary_row(tables["term_counts"], n_par, words, vn, len(A), hits=gl_hits))
    return pd.DataFrame(rows, columns=COLUMNS)


def _glossary_forms() -> set:
    return {key(r["term"]).strip() for r in read_lexicon("glossary.csv") if (r.get("lang") or "ar") == "ar" and (r.get("term") or "").strip()}


def _glossary_row(term_counts, n_par: int, words: int, vn: dict, n_articles: int, hits: tuple | None = None) -> tuple:
    """The glossary's row; ``hits``: its :func:`_term_hits` when already counted."""
    from .stats.glossary import withheld

    gl = _glossary_forms()
    h, tok, par, hit, ar = _term_hits(term_counts, gl, n_par, words, True) if hits is None else hits
    # glossary context: approximated by the share of the corpus's articles about Vietnam (term counts carry no spans)
    vshare = len(vn) / max(n_articles, 1)
    return _row("glossary", "glossary.csv", "articles naming a Vietnamese entity of the gazetteer (article share)", h, tok, par, hit, len(gl), vshare,
                withheld=withheld())


def glossary_fit(tables) -> dict:
    """The glossary's row of :func:`lexicon_fit_table` (``fits``, ``verdict``, ``withheld``, ...) from
    ``articles``, ``entities`` and ``term_counts``; in a direct call without them (``paragraphs``
    only, or articles without the build's counts) they are computed from the paragraphs."""
    from .tables import table_columns
    from .themes import get_table as _get

    A, E, tc = _get(tables, "articles"), table_columns(tables, "entities", ("article_id", "entity_id")), _get(tables, "term_counts")
    if E is None or tc is None:
        from .entities import entities_table
        from .stats.features import _paragraphs, term_counts_table

        P = _paragraphs(_get(tables, "paragraphs"))
        E = entities_table(P, A) if E is None else E
        tc = term_counts_table(P, A) if tc is None else tc
    n_articles = len(A) if A is not None else 0
    if A is not None and {"n_title", "n_body", "n_caption", "words_body"} <= set(A.columns):
        n_par = int(A[["n_title", "n_body", "n_caption"]].sum().sum()) if len(A) else 0
        words = int(A["words_body"].sum()) if len(A) else 0
    else:  # a direct call: paragraphs and words of the term counts
        from .stats.features import _parts

        tc = parts = [df for df in _parts(tc) if df is not None and len(df)]
        n_par = len({(a, p) for df in parts for a, p in zip(df["article_id"], df["paragraph"])})
        words = int(sum(df["n"].sum() for df in parts))
        n_articles = n_articles or len({a for df in parts for a in df["article_id"]})
    _, vn = _vietnam_articles(E)
    return dict(zip(COLUMNS, _glossary_row(tc, n_par, words, vn, n_articles)))


def glossary_fits(tables) -> bool:
    """Whether the glossary fits the corpus of ``tables`` (see :func:`glossary_fit`): the statistics
    hooks use its Vietnam-scoped glosses only then.  In a build, the first hook to ask leaves the
    answer in the build's folder of shared inputs (``shared``, see
    :func:`arnews.stats.features._shared_features`) and the others read it there."""
    folder = _shared_of(tables)
    if folder is None:
        return bool(glossary_fit(tables)["fits"])
    import hashlib
    import os
    from pathlib import Path

    ids = getattr(_build_tables(tables), "_ids", None)
    p = Path(folder) / f"glossary-fits-{hashlib.sha256(json.dumps(ids).encode()).hexdigest()[:16]}.json"
    try:
        return bool(json.loads(p.read_text(encoding="utf-8"))["fits"])
    except (OSError, ValueError, KeyError):
        pass
    fits_ = bool(glossary_fit(tables)["fits"])
    tmp = p.with_name(f"{p.name}.{os.getpid()}.tmp")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"fits": fits_}), encoding="utf-8")
        os.replace(tmp, p)
    except OSError:
        tmp.unlink(missing_ok=True)
    return fits_


def _build_tables(tables):
    """The build's tables behind ``tables`` (a ``ChainMap`` of a hook's own reads over them)."""
    maps = getattr(tables, "maps", None)
    return maps[-1] if maps else tables


def _shared_of(tables):
    return getattr(_build_tables(tables), "shared", None)


def lexicon_fit_tables(tables) -> dict:
    """Corpus-level hook: ``lexicon_fit``."""
    return {"lexicon_fit": lexicon_fit_table(tables)}


def fit_warnings(out) -> list[str]:
    """One line per resource that does not fit the corpus of the build in ``out``."""
    from pathlib import Path

    p = Path(out) / "lexicon_fit.csv"
    if not p.is_file():
        return []
    F = pd.read_csv(p, keep_default_na=False)
    return [f"lexicon {r.file} {r.verdict}" for r in F.itertuples() if str(r.fits).lower() not in ("true", "1")]


# --- for the notebooks --------------------------------------------------------------------------
#: short keys the notebooks use for the resources of :func:`lexicon_fit_table`
KEYS = {"gazetteer": "gazetteer", "themes codebook": "themes", "campaign canon": "campaigns",
        "rhetoric markers": "rhetoric_markers", "units": "units", "Arabic stop words": "stopwords_ar",
        "glossary": "glossary"}


def lexicon_fit(T) -> pd.DataFrame:
    """The build's ``lexicon_fit`` table for a notebook: ``resource`` is a short key (``themes``,
    ``gazetteer``, ``campaigns``, ``rhetoric_markers``, ...), ``name`` the resource's name,
    ``share_hit`` the share of text paragraphs with a hit and ``threshold`` its floor
    (:data:`PARAGRAPHS_MIN`); ``fits`` and ``verdict`` are the build's.  A build made before
    the table existed gets it computed from its tables."""
    lf = T["lexicon_fit"] if "lexicon_fit" in T else lexicon_fit_table(T)
    lf = lf.copy()
    lf.insert(0, "name", lf["resource"])
    lf["resource"] = lf["resource"].map(lambda r: KEYS.get(r, r))
    lf["share_hit"] = lf["paragraphs_share"].astype(float)
    lf["threshold"] = PARAGRAPHS_MIN
    lf["fits"] = lf["fits"].astype(str).str.lower().isin(["true", "1", "yes"])
    if "withheld" not in lf.columns:  # a build made before the column existed
        lf["withheld"] = 0
    cols = ["resource", "name", "file", "made_for", "hits", "share_hit", "threshold", "entries_hit", "entries",
            "context_share", "fits", "verdict", "withheld"]
    return lf[[c for c in cols if c in lf.columns]].reset_index(drop=True)


def fits(fit: pd.DataFrame, resource: str) -> bool:
    """Whether ``resource`` (a key of :func:`lexicon_fit`) fits; True when it was not measured."""
    row = fit[fit.resource == resource]
    return True if row.empty else bool(row.fits.iloc[0])
