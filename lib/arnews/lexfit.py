"""How well the curated lexicons fit a corpus, measured from a build's tables.

The curated resources (theme codebook, gazetteer, campaign canon, rhetoric
markers) were made from the embedded Vietnamese provincial-media corpus.  On
another corpus they may match only by accident (``حزب`` is not the Vietnamese
party in Saudi news).  :func:`fit_table` measures, per resource, the share of
body (or text) paragraphs with at least one hit and the number of distinct
entries hit, and calls the resource *fitting* when the coverage reaches a stated
threshold.  When the build writes a ``lexicon_fit`` table (issue 14), that table
is used instead (:func:`lexicon_fit`).
"""
from __future__ import annotations

import pandas as pd

__all__ = ["fit_table", "lexicon_fit", "THRESHOLDS", "fits"]

#: minimum share of paragraphs with a hit for a resource to count as fitting the corpus
THRESHOLDS = {"themes": 0.75, "gazetteer": 0.25, "campaigns": 0.05, "rhetoric_markers": 0.4}

_TEXT_ROLES = ("title", "body", "caption")


def _paragraph_keys(df: pd.DataFrame) -> set:
    if df is None or df.empty:
        return set()
    return set(zip(df.article_id, df.paragraph))


def fit_table(T) -> pd.DataFrame:
    """One row per curated resource: paragraphs searched, paragraphs with a hit, their share,
    distinct entries hit, the threshold and whether the resource fits."""
    paragraphs = T.paragraphs
    body = paragraphs[paragraphs.role == "body"]
    text = paragraphs[paragraphs.role.isin(_TEXT_ROLES)]
    n_body, n_text = len(body), len(text)
    rows = []

    def add(resource, searched, hit_keys, entries, entries_total, note):
        share = len(hit_keys) / searched if searched else 0.0
        thr = THRESHOLDS[resource]
        rows.append({"resource": resource, "paragraphs": searched, "paragraphs_hit": len(hit_keys), "share_hit": share,
                     "entries_hit": entries, "entries": entries_total, "threshold": thr,
                     "fits": bool(searched) and share >= thr, "measure": note})

    if "themes" in T:
        th = T["themes"]
        hit = th[th.hits > 0]
        add("themes", n_body, _paragraph_keys(hit), int(hit.theme.nunique()), int(th.theme.nunique()),
            "body paragraphs with a theme-codebook hit")
    if "entities" in T:
        from .topics import load_gazetteer

        e = T["entities"]
        gz = load_gazetteer().table()
        add("gazetteer", n_text, _paragraph_keys(e), int(e.entity_id.nunique()) if len(e) else 0, len(gz),
            "title, body and caption paragraphs naming a gazetteer entity")
    if "slogans" in T:
        s = T["slogans"]
        s = s[s.campaign.fillna("") != ""]
        try:
            from .rhetoric import campaign_canon

            total = len(campaign_canon())
        except Exception:  # pragma: no cover - the canon ships with the package
            total = 0
        add("campaigns", n_text, _paragraph_keys(s), int(s.campaign.nunique()) if len(s) else 0, total,
            "paragraphs invoking a campaign of the canon")
    if "rhetoric" in T:
        r = T["rhetoric"]
        r = r[r.source.fillna("") == "lexicon"]
        add("rhetoric_markers", n_text, _paragraph_keys(r), int(r.marker.nunique()) if len(r) else 0, None,
            "paragraphs with a rhetoric-marker hit")
    return pd.DataFrame(rows)


def lexicon_fit(T) -> pd.DataFrame:
    """The build's ``lexicon_fit`` table when it has one (with a boolean ``fits`` column), else :func:`fit_table`."""
    if "lexicon_fit" in T:
        lf = T["lexicon_fit"].copy()
        if "fits" in lf.columns and "resource" in lf.columns:
            lf["fits"] = lf["fits"].astype(str).str.lower().isin(["true", "1", "yes"])
            return lf
    return fit_table(T)


def fits(fit: pd.DataFrame, resource: str) -> bool:
    """Whether ``resource`` fits (True when it was not measured: nothing to warn about)."""
    row = fit[fit.resource == resource]
    return True if row.empty else bool(row.fits.iloc[0])
