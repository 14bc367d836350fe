"""The per-article build hooks (``slogans``, ``rhetoric``) and the campaign summaries of a
``slogans`` table."""
from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from ..lexicons import lexicon_derived
from ..spans import SpanIndex
from ..text import TEXT_ROLES, paragraphs_of
from .base import lang_of as _lang
from .campaigns import campaigns_in as _campaigns_in, load_canon as _canon
from .concepts import analyse as _analyse
from .markers import _markers_in
from .ngrams import ngram_tokens as _ngram_tokens, repeated_grams as _repeated_grams, gram_stream as _stream


REPEAT_MIN = 3  # an n-gram used this often in one article is a Repetition candidate
SLOGAN_COLUMNS = [
    "article_id", "paragraph", "start", "end", "surface", "quoted", "campaign",
    "campaign_en", "score", "kind", "method", "variant",
]
RHETORIC_COLUMNS = [
    "article_id", "paragraph", "start", "end", "surface", "marker", "technique",
    "category", "gloss", "source",
]


def text_rows(paragraphs, articles: pd.DataFrame | None, canon: bool = True):
    """``(article_id, paragraph, Paragraph, lang)`` of the non-empty title/body/caption
    blocks; ``lang`` is the paragraph's own language (ar, en or vi).  With ``canon``, each
    paragraph's ``memo["canon_context"]`` says whether its article is in the canon's own
    world (see :func:`_mark_canon_context`) before any campaign match is computed; analyses
    that match no campaign (formulae) skip it: it finds the article's names."""
    pars = [p for p in paragraphs_of(paragraphs, articles).select(TEXT_ROLES) if p.text.strip()]
    if canon:
        _mark_canon_context(pars)
    for p in pars:
        yield p.article_id, p.paragraph, p, _lang(p.lang)


_text_rows = text_rows  # the old name, still used in this module


def _mark_canon_context(pars) -> None:
    """The campaign canon is Vietnamese official discourse: a phrase that shares its concepts
    (defending the nation's security, spending on the poor) is a claim of a canon campaign only
    in an article that names Vietnam or a Vietnamese entity (the rule the gazetteer's generic
    entries follow, ``arnews.entities``); elsewhere a quoted span is kept without the claim and
    an unquoted concept match is not a campaign (all of SaudiNewsNet: 25 such claims)."""
    from ..entities.table import _anchored, load_gazetteer

    gz = load_gazetteer()
    by_article: dict = defaultdict(list)
    for p in pars:
        if "canon_context" not in p.memo:
            by_article[p.article_id].append(p)
    for ps in by_article.values():
        inside = any(_anchored(p, gz) for p in ps)
        for p in ps:
            p.memo["canon_context"] = inside


def slogans_table(paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """``slogans.csv``: every quoted span and every unquoted campaign occurrence of the
    title / body / caption blocks (never boilerplate, source or byline)."""
    rows = []
    for aid, par, p, lang in _text_rows(paragraphs, articles):
        for m in _campaigns_in(p, lang):
            rows.append((aid, par, m.start, m.end, m.surface, m.quoted, m.campaign, m.campaign_en,
                         m.score, m.kind, m.method, m.variant))
    df = pd.DataFrame(rows, columns=SLOGAN_COLUMNS)
    df["quoted"] = df["quoted"].astype(bool)
    return df.sort_values(["article_id", "paragraph", "start", "end"], kind="mergesort").reset_index(drop=True)


@lexicon_derived(maxsize=65_536)
def _carries_message(g: tuple, lang: str) -> bool:
    """Does an n-gram carry a 'message' word: a concept of the campaign canon with full
    weight (PROTECT, SECURITY, BUILD, UNITE …), not only topic nouns or titles?"""
    message = _canon().message
    words, _ = _analyse(" ".join(w for w in g if w != "#"), lang)
    return any(w.concept in message for w in words)


def rhetoric_table(paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """``rhetoric.csv``: candidate technique tags and formula markers, one row per span.

    source = ``lexicon`` (a ``rhetoric_markers.csv`` marker; technique may be empty for
    pure formulae such as directive openers), ``campaign`` (a canon occurrence: Slogans),
    ``repetition`` (a campaign, or a content n-gram carrying a campaign concept, used again
    in the article: Repetition).
    """
    rows = []
    by_article = defaultdict(list)
    for aid, par, p, lang in _text_rows(paragraphs, articles):
        by_article[aid].append((par, p, lang))
    for aid, pars in by_article.items():
        seen = Counter()
        camp_spans = defaultdict(list)
        for par, p, lang in pars:
            camps = [m for m in _campaigns_in(p, lang) if m.campaign]
            for m in camps:
                marker = f"campaign:{m.campaign}"
                camp_spans[par].append((m.start, m.end))
                rows.append((aid, par, m.start, m.end, m.surface, marker, "Slogans", "campaign", m.campaign_en, "campaign"))
                seen[m.campaign] += 1
                if seen[m.campaign] > 1:
                    rows.append((aid, par, m.start, m.end, m.surface, marker, "Repetition", "repetition",
                                 f"{m.campaign_en} (occurrence {seen[m.campaign]} in the article)", "repetition"))
            inside = SpanIndex((m.start, m.end) for m in camps)
            for h in _markers_in(p, lang):
                if inside.contains(h.start, h.end):
                    continue
                rows.append((aid, par, h.start, h.end, h.surface, h.marker, h.technique, h.category, h.gloss, "lexicon"))
        for lang in sorted({l for _, _, l in pars}):
            sub = [(par, p) for par, p, l in pars if l == lang]
            ptoks = [_ngram_tokens(p, lang) for _, p in sub]
            st = _stream(ptoks)
            grams = [g for g in _repeated_grams(st, 3, 8, REPEAT_MIN) if _carries_message(g.words, lang)]
            grams.sort(key=lambda g: (-g.n, g.words))
            taken = np.zeros(len(st.ids), dtype=bool)
            camp_index = {par: SpanIndex(spans) for par, spans in camp_spans.items()}
            for g in grams:
                for k, p in enumerate(np.sort(g.positions)):
                    if k == 0 or taken[p : p + g.n].any():
                        continue
                    k_par = int(st.par[p])
                    i = int(st.tok[p])
                    par, para = sub[k_par]
                    text = para.text
                    pt = ptoks[k_par]
                    s0, e0 = para.norm.to_original(int(pt.starts[i]), int(pt.ends[i + g.n - 1]))
                    if par in camp_index and camp_index[par].overlaps(s0, e0):
                        continue  # already a Slogans / Repetition tag of its campaign
                    taken[p : p + g.n] = True
                    rows.append((aid, par, s0, e0, text[s0:e0], "ngram:" + " ".join(g.words), "Repetition",
                                 "repetition", f"phrase used {g.total} times in the article", "repetition"))
    df = pd.DataFrame(rows, columns=RHETORIC_COLUMNS)
    return df.sort_values(["article_id", "paragraph", "start", "end", "technique", "marker"], kind="mergesort").reset_index(drop=True)


def _slogan_rows(slogans: pd.DataFrame) -> pd.DataFrame:
    S = slogans.copy()
    S["campaign"] = S["campaign"].fillna("").astype(str)
    S = S[S["campaign"] != ""].copy()
    S["quoted"] = S["quoted"].astype(str).str.lower().isin(["true", "1"])
    S["variant"] = S["variant"].fillna("").astype(str)
    return S


def campaign_variants(slogans: pd.DataFrame) -> pd.DataFrame:
    """One row per (campaign, rendering variant) of a ``slogans`` table: an example surface,
    occurrences, how many were quoted, and the articles."""
    S = _slogan_rows(slogans)
    canon = _canon()
    cols = ["campaign", "campaign_en", "variant", "example", "occurrences", "quoted", "n_articles", "articles"]
    rows = []
    for (cid, var), g in S.groupby(["campaign", "variant"], sort=True):
        c = canon.by_id.get(cid)
        rows.append((cid, c.english if c else "", var, g["surface"].iloc[0], len(g), int(g["quoted"].sum()),
                     g["article_id"].nunique(), ";".join(sorted(g["article_id"].astype(str).unique()))))
    V = pd.DataFrame(rows, columns=cols)
    return V.sort_values(["campaign", "occurrences", "variant"], ascending=[True, False, True], kind="mergesort").reset_index(drop=True)


def campaign_summary(slogans: pd.DataFrame) -> pd.DataFrame:
    """One row per campaign of a ``slogans`` table: occurrences (quoted / unquoted),
    articles, and the number and list of its rendering variants (most frequent first)."""
    S = _slogan_rows(slogans)
    V = campaign_variants(slogans)
    canon = _canon()
    cols = ["campaign", "campaign_en", "kind", "vietnamese", "occurrences", "quoted", "unquoted", "n_articles",
            "articles", "n_variants", "variants"]
    rows = []
    for cid, g in S.groupby("campaign", sort=True):
        c = canon.by_id.get(cid)
        vs = V[V["campaign"] == cid]
        rows.append((cid, c.english if c else "", c.kind if c else "", c.vietnamese if c else "", len(g),
                     int(g["quoted"].sum()), int((~g["quoted"]).sum()), g["article_id"].nunique(),
                     ";".join(sorted(g["article_id"].astype(str).unique())), len(vs), " | ".join(vs["variant"])))
    Sm = pd.DataFrame(rows, columns=cols)
    return Sm.sort_values(["occurrences", "campaign"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def quoted_kinds(slogans: pd.DataFrame, entities: pd.DataFrame, min_cover: float = 0.6) -> pd.DataFrame:
    """What each quoted span of ``slogans`` is, by the other tables' evidence: one row per
    slogans row (same index) with ``quoted_kind`` -- ``"name"`` when one mention of
    ``entities`` lies inside the span and covers at least ``min_cover`` of its characters
    («داعش», «الشرق الأوسط», «عكاظ»: organisations, outlets and places put in quotation
    marks), ``"number"`` when the span has no letter (a figure in quotes), else ``"phrase"``
    -- and ``name_type``, the mention's type (the longest covering one; "" if none).
    Unquoted rows get ``""`` in both columns."""
    out = pd.DataFrame({"quoted_kind": "", "name_type": ""}, index=slogans.index)
    q = slogans[slogans.quoted.astype(bool)]
    if q.empty:
        return out
    out.loc[q.index, "quoted_kind"] = np.where(q.surface.str.contains(r"[^\W\d_]", regex=True), "phrase", "number")
    if len(entities):
        m = (q[["article_id", "paragraph", "start", "end"]].reset_index(names="row")
             .merge(entities[["article_id", "paragraph", "start", "end", "type"]], on=["article_id", "paragraph"], suffixes=("", "_e")))
        m = m[(m.start_e >= m.start) & (m.end_e <= m.end)]
        m = m[(m.end_e - m.start_e) >= min_cover * (m.end - m.start)]
        m = m.assign(length=m.end_e - m.start_e).sort_values(["row", "length", "start_e"], ascending=[True, False, True])
        best = m.drop_duplicates("row").set_index("row")
        out.loc[best.index, "quoted_kind"] = "name"
        out.loc[best.index, "name_type"] = best["type"].astype(str)
    return out
