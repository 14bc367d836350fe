"""Short, unique, readable article labels for tables and plots.

``label(articles)`` returns a Series indexed by ``article_id``: the start of the
article's title (from the manifest, else the first ``title`` block when
``paragraphs`` is given), then its outlet and date where the corpus has them,
e.g. ``وزير الشؤون البلدية يعتمد… (alriyadh, 2015-08-01)``.  An article without
a title is named by its id (the part before the first ``_`` when that part is
unique in the corpus, as in the embedded corpus's ``001``), with its language
and province.  Labels that would still collide get the end of the article id
appended (``… #0052``), so every article has its own label and no two articles
are ever merged into one row or bar.
"""
from __future__ import annotations

import re

import pandas as pd

__all__ = ["label", "id_prefix", "pick", "sample_note", "heads", "article_of", "with_article_ids"]

#: every label :func:`label` has made in this process, mapped to its article id: a table cell holding a label is
#: traced back to its article (``plotting.show`` puts the id in the cell's tooltip and in the table's CSV)
LABELS: dict[str, str] = {}


def article_of(value) -> str | None:
    """The article id of ``value`` when it is an article label made by :func:`label` (its tick form too), else None."""
    if not isinstance(value, str):
        return None
    return LABELS.get(value) or LABELS.get(re.sub(r"\s+", " ", value).strip())


def with_article_ids(df):
    """``df`` with an ``article_id`` column after each column of article labels (``<col>_article_id`` when there
    are several; nothing added to a table with its own ``article_id``): the table a page exports, traceable to
    its articles."""
    if df is None or not len(df) or not LABELS or "article_id" in df.columns:
        return df  # a table with its own article ids says which article each row is
    from pandas.api.types import is_numeric_dtype

    cols = [c for c in df.columns if not is_numeric_dtype(df[c]) and df[c].map(lambda v: article_of(v) is not None).mean() >= 0.5]
    if not cols:
        return df
    out = df.copy()
    for c in cols:
        name = "article_id" if len(cols) == 1 else f"{c}_article_id"
        out.insert(list(out.columns).index(c) + 1, name, out[c].map(lambda v: article_of(v) or ""))
    return out


def _s(v) -> str:
    if v is None:
        return ""
    try:
        if pd.isna(v):
            return ""
    except (TypeError, ValueError):
        pass
    return re.sub(r"\s+", " ", str(v)).strip()


def _cut(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:،؛-") + "…"


def id_prefix(ids) -> dict:
    """``{article_id: short id}``: the part before the first ``_`` when it is unique, else the whole id."""
    ids = [str(a) for a in ids]
    pre = {a: a.split("_")[0] for a in ids}
    if len(set(pre.values())) == len(pre) and all(pre.values()):
        return pre
    return {a: a for a in ids}


def _tail(aid: str) -> str:
    parts = re.split(r"[_\-]", aid)
    return parts[-1] if parts and parts[-1] else aid[-6:]


def label(articles: pd.DataFrame, paragraphs: pd.DataFrame | None = None, width: int = 24) -> pd.Series:
    """One short label per article, unique across the corpus (see the module docstring).

    ``articles`` is the articles table (``article_id`` and any of ``title``, ``outlet``,
    ``published``, ``province``, ``language``); ``width`` bounds the title part."""
    a = articles.reset_index(drop=True)
    ids = [str(x) for x in a["article_id"]]
    col = lambda c: [_s(v) for v in a[c]] if c in a.columns else [""] * len(a)  # noqa: E731
    titles = col("title")
    if paragraphs is not None and len(paragraphs) and "role" in paragraphs.columns:
        first = paragraphs[paragraphs.role == "title"].groupby("article_id").text.first()
        titles = [t or _s(first.get(i, "")) for t, i in zip(titles, ids)]
    outlets, dates, provs, langs = col("outlet"), col("published"), col("province"), col("language")
    many_langs = len({x for x in langs if x}) > 1
    pre = id_prefix(ids)
    short_ids = all(len(p) <= 8 for p in pre.values())
    out = []
    for i, aid in enumerate(ids):
        meta = []
        if titles[i]:
            head = _cut(titles[i], width)
            if short_ids and pre[aid] != aid:
                head = f"{pre[aid]} {head}"
            if many_langs and langs[i]:
                meta.append(langs[i])
            meta += [x for x in (provs[i] or outlets[i], dates[i]) if x]
        else:
            head = pre[aid] if short_ids or pre[aid] != aid else _cut(aid, width)
            meta += [x for x in (langs[i], provs[i] or outlets[i], dates[i]) if x]
        out.append(f"{head} ({', '.join(meta)})" if meta else head)
    s = pd.Series(out, index=pd.Index(ids, name="article_id"), name="label")
    dup = s.duplicated(keep=False)
    if dup.any():
        s[dup] = [f"{v} #{_tail(k)}" for k, v in s[dup].items()]
        dup = s.duplicated(keep=False)
        if dup.any():  # the id tails collide too: the whole id
            s[dup] = [f"{v} [{k}]" for k, v in s[dup].items()]
    LABELS.update({v: k for k, v in s.items()})
    return s


def heads(labels, width: int = 16) -> dict:
    """``{key: head}``: each label of ``labels`` (a mapping or Series) without its ``(language,
    place, date)`` bracket, cut to ``width`` characters: a narrow column header or tick where the
    whole label would widen a table past the page.  When two heads collide, every label is kept
    whole (the heads would no longer tell the articles apart)."""
    items = list(dict(labels).items())
    out = {}
    for k, v in items:
        s = _s(v)
        m = re.search(r"\s*\([^()]*\)$", s)
        head = s[: m.start()] if m and m.start() > 0 else s
        out[k] = _cut(head.rstrip("…").rstrip(), width) + ("…" if head.endswith("…") and len(head.rstrip("…").rstrip()) <= width else "")
    if len(set(out.values())) < len(out) or not all(out.values()):
        return {k: _s(v) for k, v in items}
    return out


def pick(articles: pd.DataFrame, k: int = 12, by: str = "words_body", ids=None) -> tuple[list, str]:
    """At most ``k`` article ids for per-article views, and the sentence that states the rule.

    All articles when there are at most ``k`` (in id order); else the ``k`` with the largest
    ``by`` (ties by id), or, when ``by`` is ``"random"``, ``k`` drawn at random with seed 0.
    ``ids`` restricts the choice (e.g. to the articles that have rows in a table)."""
    a = articles if ids is None else articles[articles.article_id.isin(set(ids))]
    n = len(a)
    if n <= k:
        return sorted(a.article_id.astype(str)), f"all {n} article{'s' if n != 1 else ''}"
    if by == "random" or by not in a.columns:
        chosen = sorted(a.article_id.astype(str).sample(k, random_state=0))
        return chosen, f"{k} of the {n:,} articles, chosen at random (seed 0)"
    s = a.assign(_v=pd.to_numeric(a[by], errors="coerce").fillna(0)).sort_values(["_v", "article_id"], ascending=[False, True])
    what = {"words_body": "longest articles (by body words)"}.get(by, f"articles highest in {by}")
    return list(s.article_id.astype(str).head(k)), f"the {k} {what} of {n:,}"


def sample_note(info: dict, hook: str) -> str:
    """The sentence a page states when the build ran ``hook`` (a corpus-level hook declared
    ``sample=True``: ``entity_candidates``, ``formulae``, ``translation``) on a sample of the
    articles (``build_info.json``'s ``corpus_level_sample``), else ``""``: its counts are then
    counts in the sample, not in the corpus."""
    s = (info or {}).get("corpus_level_sample") or {}
    if hook not in s.get("read_by", []) or s.get("rule", "all articles") == "all articles":
        return ""
    return (f"Read from a sample of {int(s.get('articles', 0)):,} of the {int(s.get('of', 0)):,} articles "
            f"({s.get('rule')}; the build reads whole paragraphs for this table only on a bounded sample): "
            "its counts are counts in that sample.")
