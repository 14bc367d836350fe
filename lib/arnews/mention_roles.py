"""Where a page's name mentions stand: the block roles the entities table counts.

The names page counts mentions (candidates, mentions per entity); a reader must know whether the dateline that opens a
dispatch (``عين اليوم – جدة``, ``واس – الرياض``) counts as a mention of its place and its agency.  It does: the entities
hook reads titles, bodies, captions and datelines.  :func:`mention_roles` gives the facts a page states (how many
mentions stand in datelines and titles, the names datelines give most, one dateline as written), computed from the
tables at run time; :func:`dateline_sentence` words them.
"""
from __future__ import annotations

import pandas as pd

__all__ = ["mention_roles", "dateline_sentence", "DATELINE"]

#: the block role of a dispatch line (``blocks``)
DATELINE = "dateline"


def mention_roles(entities: pd.DataFrame, paragraphs: pd.DataFrame | None = None, top: int = 3) -> dict:
    """Facts about the roles of ``entities`` (rows with ``role``, ``surface``, ``article_id``, ``paragraph``):
    ``mentions`` (all rows), ``by_role`` (role -> rows), ``dateline`` (rows in datelines), ``top`` (the ``top``
    surfaces datelines give most, ``[(surface, n)]``), ``example`` (the text of the first dateline block, in article
    order, that holds the most frequent of them; ``""`` without ``paragraphs``) and ``blocks`` (the corpus's dateline
    blocks, from ``paragraphs``; None without them)."""
    roles = entities["role"].fillna("").astype(str) if "role" in entities.columns else pd.Series("", index=entities.index)
    by_role = roles.value_counts().to_dict()
    d = entities[roles == DATELINE]
    counts = d.surface.value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="mergesort")  # ties in surface order
    example, blocks = "", None
    if paragraphs is not None and "role" in paragraphs.columns:
        dl = paragraphs[paragraphs.role == DATELINE]
        blocks = len(dl)
        if len(counts):
            first = d[d.surface == counts.index[0]].sort_values(["article_id", "paragraph"]).iloc[0]
            hit = dl[(dl.article_id == first.article_id) & (dl.paragraph == first.paragraph)]
            example = str(hit.text.iloc[0]).strip() if len(hit) else ""
    return {"mentions": len(entities), "by_role": by_role, "dateline": len(d),
            "top": [(s, int(n)) for s, n in counts.head(top).items()], "example": example, "blocks": blocks}


def dateline_sentence(facts: dict) -> tuple[str, dict]:
    """The sentence (a :func:`arnews.plotting.md` template and its values: Arabic names stay isolated) that says
    whether datelines are counted as name mentions, from :func:`mention_roles`."""
    n = facts["mentions"]
    if facts["dateline"]:
        title = facts["by_role"].get("title", 0)
        return ("Datelines count as name mentions: **{d:,}** of the {n:,} mentions stand in a dateline, the line that opens "
                "a dispatch with its place and source ({example}), most often {top}; {t:,} stand in titles. The counts of the "
                "tables above include them.",
                {"d": facts["dateline"], "n": n, "t": title, "example": [facts["example"]] if facts["example"] else ["a dateline"],
                 "top": [(s, f"{c:,}") for s, c in facts["top"]]})
    if facts.get("blocks"):
        from .plotting import fmt_count

        return ("Datelines are read for names, but none of the {n:,} mentions stands in this "
                "corpus's {b}: the counts above are of titles, bodies and captions.",
                {"n": n, "b": fmt_count(facts["blocks"], "dateline block")})
    return ("This corpus has no dateline blocks (the line that opens a dispatch with its place and source): the counts above "
            "are of titles, bodies and captions.", {})
