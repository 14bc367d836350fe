"""Examples for a page's narration taken from the corpus's own tables (session 49, fix3).

A page's Markdown once illustrated its kinds with the demo's figures (``عام 2024``, ``3411``), printed on every corpus.
:func:`kind_examples` picks, for each kind, the surface written most often in the build's quantities table (ties: the
first by article id and position) with the article it comes from, so a reader can find it; :func:`examples_sentence`
writes them as one sentence."""
from __future__ import annotations

__all__ = ["kind_examples", "examples_sentence", "precise_example", "largest_at", "median_at", "spread_sample",
           "figure_rows_sentence", "written_amount", "category_labels", "written_median", "body_thirds", "marker_gloss"]


def _first_of_most_common(rows):
    """(surface, article_id) of the surface written most often among ``rows``; ties by article id and position."""
    rows = rows.sort_values(["article_id", "paragraph", "start"], kind="stable")
    counts = rows.surface.value_counts(sort=False)
    best = max(counts.items(), key=lambda kv: kv[1])[0]  # value_counts(sort=False) keeps first-seen order on ties
    r = rows[rows.surface == best].iloc[0]
    return str(r.surface), str(r.article_id)


#: pseudo-kinds: a date with its year (ISO ``2015-08-01``) and a date without one (``--06-28``)
_DATE_FORMS = {"date": r"^-?\d{4}-\d\d-\d\d", "date_no_year": r"^--\d\d"}


def kind_examples(q, kinds) -> dict:
    """``kind -> (surface, article_id)`` for each kind of ``kinds`` that the quantities table ``q`` has (``date``: a
    full date whose year is written; ``date_no_year``: a date without a year)."""
    out = {}
    for k in kinds:
        if k in _DATE_FORMS:
            rows = q[(q.kind == "date") & q.date.astype(str).str.match(_DATE_FORMS[k])]
            if k == "date":  # the year written in the text (not one taken from the publication date: 31 يوليو)
                rows = rows[rows.surface.astype(str).str.contains(r"\d{4}")]
        else:
            rows = q[q.kind == k]
        rows = rows[rows.surface.astype(str).str.strip() != ""]
        if len(rows):
            out[k] = _first_of_most_common(rows)
    return out


def examples_sentence(q, names: dict, lead: str = "In this corpus") -> str:
    """``lead``, then one example per kind: ``a year `عام 2015` [article_id]``; ``names`` maps a kind to its English
    name (in the order given).  Empty when the table has none of the kinds."""
    ex = kind_examples(q, list(names))
    if not ex:
        return ""
    parts = [f"{names[k]} `{s}` [{a}]" for k, (s, a) in ex.items()]
    return f"{lead}: " + ("; ".join(parts)) + " (each the form written most often, with the first article that has it)."


def precise_example(q):
    """(surface, article_id) of the exact count or amount of three or more digits written most often, or None."""
    rows = q[q.kind.isin(["count", "amount"]) & (q.roundness == "exact")]
    rows = rows[rows.surface.astype(str).str.count(r"\d") >= 3]
    return _first_of_most_common(rows) if len(rows) else None


def _currency_words(code: str) -> tuple[str, ...]:
    """Keys of the words ``currencies.csv`` writes the currency ``code`` with (its units and their forms)."""
    from .lexicons import read_lexicon
    from .normalize import key, normalize

    out = []
    for r in read_lexicon("currencies.csv"):
        if (r.get("code") or "").strip() == code:
            for f in [r.get("unit") or ""] + (r.get("forms") or "").split("|") + (r.get("dual") or "").split("|"):
                k = key(normalize(f.strip()).text)
                if k:
                    out.append(k)
    return tuple(out)


def written_amount(r) -> str:
    """An amount of money as written (``r``: a quantities row), with its currency's name in brackets when the surface
    does not write it (pages53: ``40 ألفًا [ليرة سورية]``; the reading carried the currency from an amount before it in
    the same list, ``20 ألف ليرة سورية للأول، و40 ألفًا للثاني``, or took the outlet's: a reader saw a bare ``ألفًا``
    amount beside SYP and doubted it).  Any other row: its surface."""
    from .normalize import key, normalize

    surface = str(r.surface)
    code, unit = str(getattr(r, "currency", "") or ""), str(getattr(r, "unit", "") or "")
    if not code or not unit or code == "(none)":
        return surface
    sk = key(normalize(surface).text)
    if any(w in sk for w in _currency_words(code)) or (code.isascii() and code in surface):
        return surface
    return f"{surface} [{unit}]"


def largest_at(rows, values) -> dict:
    """Where each group's largest value is written: ``{group key: (surface, "article_id, paragraph p")}`` (an amount's
    currency in brackets where the text does not write it: :func:`written_amount`) for a grouped
    frame ``rows`` (a ``groupby`` of the quantities table) and its values ``values`` (a Series on the same index; NaN,
    an implausible reading, is left out).  Two cells, not one: an Arabic surface and a Latin id in one cell were
    reordered by the bidirectional algorithm."""
    out = {}
    for k, g in rows:
        v = values.reindex(g.index)
        if not v.notna().any():
            continue
        r = g.loc[v.idxmax()]
        out[k] = (written_amount(r), f"{r.article_id}, paragraph {int(r.paragraph)}")
    return out


def written_median(values) -> float:
    """The median of ``values`` that is one of them: the lower of the two middle values when their number is even
    (NaN left out; NaN when none is left).  pages59: the money table's median was the mean of the two middle amounts
    (EUR 5,800,000) beside the amount written nearest it (``5.6 مليون يورو``); on snn2000 the RUB median, 96,035, was
    written nowhere.  A median a reader can find in the text is an amount the text writes."""
    import pandas as pd

    v = pd.Series(values, dtype="float64").dropna().sort_values(kind="stable")
    return float(v.iloc[(len(v) - 1) // 2]) if len(v) else float("nan")


def median_at(rows, values) -> dict:
    """Where each group's median is written: ``{group key: (surface, "article_id, paragraph p")}``, the row whose value
    is the group's :func:`written_median` (the first of equals; NaN values, implausible readings, left out; a group with
    none gives its first row), in the form of :func:`largest_at`: a reader can find the median in the text."""
    out = {}
    for k, g in rows:
        v = values.reindex(g.index)
        i = (v - written_median(v)).abs().idxmin() if v.notna().any() else g.index[0]
        r = g.loc[i]
        out[k] = (written_amount(r), f"{r.article_id}, paragraph {int(r.paragraph)}")
    return out


def spread_sample(rows, n: int = 40, per_article: int = 3, group=None, seed: int = 0, group_name: str = "group"):
    """A stated sample of concordance rows instead of the first ``n`` by id: at most ``per_article`` rows of each
    article (its first ones, by paragraph and position); the groups (``group`` maps an article id to its outlet or
    other grouping, named ``group_name`` in the rule) give one row each in turn, and within a group the articles' first rows come before their second
    ones (the articles in an order shuffled with ``seed``), until ``n`` rows.  Returns ``(sample, rule)``: the rows in
    the table's order and the rule as a phrase; when every row the cap keeps is shown, the rule names no shuffle and
    no turns (they chose nothing): ``"all of them"``, or the cap alone."""
    import numpy as np

    if rows.empty:
        return rows, ""
    order = [c for c in ("article_id", "paragraph", "start") if c in rows.columns]
    r = rows.sort_values(order, kind="stable")
    nth = r.groupby("article_id").cumcount()
    r, nth = r[nth < per_article], nth[nth < per_article]
    arts = list(dict.fromkeys(r.article_id))
    place = {a: i for i, a in enumerate(np.random.default_rng(seed).permutation(len(arts)))}
    place = {a: place[i] for i, a in enumerate(arts)}
    queues = {}
    for i in sorted(r.index, key=lambda i: (nth[i], place[r.article_id[i]])):
        g = group.get(r.article_id[i], "") if group is not None else ""
        queues.setdefault(g, []).append(i)
    picked, qs = [], [queues[g] for g in sorted(queues)]
    while len(picked) < n and any(qs):
        for q in qs:
            if q and len(picked) < n:
                picked.append(q.pop(0))
    sample = r.loc[picked].sort_values(order, kind="stable")
    if len(picked) == len(r):  # every row the cap keeps is shown: neither the shuffle nor the turns chose any
        if len(r) == len(rows):
            return sample, "all of them"
        return sample, f"at most {per_article} per article (the first ones of each), all of those"
    if len(queues) < 2:  # no grouping column, or one group: no turns to speak of
        rule = f"at most {per_article} per article, articles in an order shuffled with seed {seed}"
    else:
        rule = (f"at most {per_article} per article, one row from each {group_name} in turn "
                f"(articles in an order shuffled with seed {seed})")
    return sample, rule


#: the block roles whose figures a quantities page analyses, in the order a sentence names them
FIGURE_ROLES = ("body", "title", "caption")


def figure_rows_sentence(q, n_articles: int) -> str:
    """The quantities page's first sentence (pages52): how the ``quantities`` table's rows split into the figures of
    the text the page analyses (per block role: body, title, caption) and the dates of the datelines it leaves out, so
    that the page's figure counts (``14,058 figures``) and the row count a linked full table states (``quantities,
    14,148 rows``) are both explained.  ``q``: the whole quantities table (every role)."""
    from .plotting import fmt_count, fmt_int

    role = q.role.astype(str)
    text = q[role != "dateline"]
    by_role = text.role.astype(str).value_counts()
    order = [r for r in FIGURE_ROLES if r in by_role.index] + sorted(r for r in by_role.index if r not in FIGURE_ROLES)
    roles = ", ".join(f"{r} {fmt_int(by_role[r])}" for r in order)
    dl = q[role == "dateline"]
    if not len(dl):
        return (f"The quantities table has **{fmt_int(len(q))}** figures in **{fmt_int(text.article_id.nunique())}** of the "
                f"corpus's **{fmt_int(n_articles)}** articles" + (f" (by block role: {roles})." if roles else "."))
    return (f"The quantities table has **{fmt_int(len(q))}** rows. **{fmt_int(len(text))}** are the figures of the text "
            + (f"(by block role: {roles}) " if roles else "")  # (a table of datelines only: no empty parenthesis)
            + f"in **{fmt_int(text.article_id.nunique())}** of the corpus's "
            f"**{fmt_int(n_articles)}** articles: the figures this page analyses. The other **{fmt_int(len(dl))}** are "
            f"dates and clock times written in the datelines of {fmt_count(dl.article_id.nunique(), 'article')}: the "
            f"articles' own dates, left out of the figures below (a link to the full `quantities` table counts all "
            f"{fmt_int(len(q))} rows).")


def category_labels() -> dict:
    """``category -> label``: the formula categories of the marker lexicon as a page names them
    (``rhetoric_categories.csv``: ``enemy_framing`` -> ``enemy framing``; pages58: the per-outlet table's headers showed
    the codes).  A category the file does not list (a lexicon folder of one's own) shows its code with spaces."""
    from .lexicons import read_lexicon

    try:
        rows = read_lexicon("rhetoric_categories.csv")
    except FileNotFoundError:
        rows = ()
    return _Labels({r["category"]: r["label"] for r in rows if r.get("category") and r.get("label")})


class _Labels(dict):
    """A dict of labels that answers a missing code with the code itself, ``_`` read as a space."""

    def __missing__(self, code):
        return str(code).replace("_", " ")


#: the thirds of a body: an article needs this many body paragraphs to have an opening, a middle and a closing one
THIRDS_MIN = 3


def body_thirds(body):
    """``body`` (rows of body paragraphs: ``article_id``, ``paragraph``) with a ``third`` column, ``opening``,
    ``middle`` or ``closing``, by the paragraph's position in its article's body (the centre of the paragraph's slot:
    the first of three is the opening, the last the closing); an article of fewer than :data:`THIRDS_MIN` body
    paragraphs has no thirds (its rows get ``""``).  pages59: ``rank / n`` cut at 1/3 and 2/3 put no paragraph of a
    two- or three-paragraph body in the closing third (the last of three sat at 2/3, the middle), and a one-paragraph
    body in the opening one: on snn2000 sabq, whose articles are one or two long blocks, showed 5.2 directives per
    1,000 words in a 'middle' that was their last paragraph."""
    import numpy as np
    import pandas as pd

    out = body.copy()
    if out.empty:
        out["third"] = pd.Series(dtype="str")
        return out
    rank = out.groupby("article_id").paragraph.rank(method="first") - 1
    n = out.groupby("article_id").paragraph.transform("size")
    pos = (rank + 0.5) / n
    third = np.select([pos < 1 / 3, pos < 2 / 3], ["opening", "middle"], "closing")
    out["third"] = np.where(n >= THIRDS_MIN, third, "")
    return out


def marker_gloss(gloss: str) -> str:
    """A marker's gloss as a page shows it: its senses without the curator's matching notes (``(not ...)``,
    ``(also ...)``, ``(definite only: ...)``, a ``; not ...`` clause inside brackets).  pages59: the notes, written for
    whoever edits ``rhetoric_markers.csv``, filled the gloss columns of the rhetoric page (``bad (not the places سيئون,
    Seiyun, and سيئول, Seoul)`` beside ``the bad``) and carried the Vietnamese demo into Saudi news (``the fatherland
    (also للوطن, for the fatherland; not in 'Fatherland Front')``)."""
    import re

    note = re.compile(r"(?:not|nor|also|definite only)\b", re.I)

    def keep(m):  # one bracket: its parts that are no note
        parts = [p.strip() for p in m.group(1).split(";")]
        kept = [p for p in parts if not note.match(p)]
        return m.group(0) if len(kept) == len(parts) else (f" ({'; '.join(kept)})" if kept else "")

    return re.sub(r"\s*\(([^()]*)\)", keep, str(gloss or "")).strip()
