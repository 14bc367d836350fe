"""Cross-language fidelity: did a translation keep every figure of its original?

For every pair of articles linked by ``parallel_of`` (in the articles table or
the manifest), :func:`translation_tables` aligns the two articles' blocks and
matches their quantities (:mod:`arnews.quantities`), and returns two tables:

``translation_quantities``
    one row per quantity of either side.  ``a_*`` is the original, ``b_*`` the
    translation (see *Orientation*); the quantity fields ``kind``, ``value``,
    ``value_end``, ``date``, ``code``, ``approx`` describe the ``a`` side when
    there is one (else the ``b`` side) and ``b_kind`` ... ``b_approx`` the
    counterpart.  ``status`` is

    * ``matched``: the same figure (same kind and value; a spelled-out number
      matches digits: ``التسعة`` = ``9``; documents by code, dates and periods
      by their ISO date) in aligned blocks, or elsewhere in the article
      (``note`` then says ``moved``);
    * ``changed``: a figure of the same kind in the aligned block, with a
      different value (``note`` gives both values);
    * ``missing_in_<lang>``: the other side has no counterpart
      (``missing_in_ar`` = the Arabic translation lacks the figure).

    ``note`` also flags an approximation that one side drops (``أكثر من`` vs
    nothing).  Both articles' ids and languages are filled on every row; the
    paragraph, offsets and surface of a side without the figure are empty.

``translation_blocks``
    one row per block (title, dateline, body, caption, byline, source) of
    either side with its counterpart: ``status`` ``aligned`` or
    ``missing_in_<lang>`` (the English original has a title, a dateline and
    photo captions that the Arabic page lacks), the alignment ``group``,
    ``cost`` and the number of figures the two blocks share.

Orientation
-----------
When exactly one article of a pair is Arabic, the other one is taken as the
original (``a``) and the Arabic one as its translation (``b``), which is what
this corpus is: Arabic machine translations.  Otherwise ``a`` is the article
whose row carries ``parallel_of``.

Alignment
---------
Blocks are aligned by a monotone dynamic programme (as in Gale & Church's
sentence alignment) with 1-1, 1-0, 0-1, 2-1 and 1-2 steps.  The cost of
pairing blocks adds (i) the log ratio of their lengths against the pair's
overall length ratio, (ii) how many of their figures differ (Jaccard distance
of the numbers they contain, digits and number words alike) and (iii) a
penalty when their roles differ; leaving a block unpaired costs a constant.
Figures are matched within aligned blocks first (in order, so repeated
values pair up left to right), then across the whole article (``moved``);
remaining same-kind figures of aligned blocks are ``changed``.

Limits: a block split into three or more, or paragraphs reordered by the
translator, align only partly (their figures are still matched article-wide,
as ``moved``); two different figures of one kind in one block that are both
altered pair up in text order.
"""
from __future__ import annotations

import math
import re

import pandas as pd

from .normalize import normalize_text
from .quantities import quantities_table, quantity_key, tidy_numbers

__all__ = [
    "ALIGN_ROLES",
    "QUANTITY_COLUMNS",
    "BLOCK_COLUMNS",
    "parallel_pairs",
    "align_blocks",
    "match_quantities",
    "compare_pair",
    "translation_tables",
    "preview",
]

#: block roles that take part in the alignment (boilerplate never does)
ALIGN_ROLES = ("title", "dateline", "body", "caption", "byline", "source")
QUANTITY_COLUMNS = [
    "a_article",
    "a_lang",
    "a_paragraph",
    "a_start",
    "a_end",
    "a_surface",
    "b_article",
    "b_lang",
    "b_paragraph",
    "b_start",
    "b_end",
    "b_surface",
    "kind",
    "value",
    "value_end",
    "date",
    "code",
    "approx",
    "b_kind",
    "b_value",
    "b_value_end",
    "b_date",
    "b_approx",
    "status",
    "note",
]
BLOCK_COLUMNS = [
    "a_article",
    "a_lang",
    "a_paragraph",
    "a_role",
    "a_chars",
    "a_figures",
    "a_preview",
    "b_article",
    "b_lang",
    "b_paragraph",
    "b_role",
    "b_chars",
    "b_figures",
    "b_preview",
    "status",
    "group",
    "cost",
    "shared_figures",
]
_INT_COLS = ("a_paragraph", "a_start", "a_end", "b_paragraph", "b_start", "b_end", "a_chars", "b_chars",
             "a_figures", "b_figures", "group", "shared_figures")

GAP = 1.0  # cost of leaving one block unpaired
MERGE = 0.6  # extra cost of a 2-1 or 1-2 step
_NUM = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


PREVIEW_CHARS = 80


def preview(text: str, n: int = PREVIEW_CHARS) -> str:
    """The start of a block for a table cell: at most ``n`` characters, cut at a space when one falls in the second
    half, with an ellipsis when anything was cut (a cut mid-word read as a different word)."""
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return (text[:cut] if cut > n // 2 else text[: n - 1]).rstrip() + "…"


# --- pairs ----------------------------------------------------------------------------


def _lang_of(articles: pd.DataFrame) -> dict:
    idcol = "article_id" if "article_id" in articles.columns else "id"
    lcol = "lang" if "lang" in articles.columns else "language"
    if lcol not in articles.columns:
        return {}
    return {a: (l if isinstance(l, str) else "") for a, l in zip(articles[idcol], articles[lcol])}


def parallel_pairs(articles: pd.DataFrame) -> list[tuple[str, str]]:
    """``(original, translation)`` article ids for every ``parallel_of`` link (see *Orientation*)."""
    if articles is None or not len(articles) or "parallel_of" not in articles.columns:
        return []
    idcol = "article_id" if "article_id" in articles.columns else "id"
    langs = _lang_of(articles)
    ids = set(articles[idcol])
    pairs, seen = [], set()
    for aid, other in zip(articles[idcol], articles["parallel_of"]):
        if not isinstance(other, str) or not other.strip():
            continue
        for target in re.split(r"[;|,\s]+", other.strip()):
            if not target or target == aid or target not in ids:
                continue
            a, b = aid, target
            la, lb = langs.get(a, ""), langs.get(b, "")
            if la == "ar" and lb != "ar":
                a, b = b, a
            key = frozenset((a, b))
            if key in seen:
                continue
            seen.add(key)
            pairs.append((a, b))
    return sorted(pairs)


# --- alignment ----------------------------------------------------------------------------


def _anchors(text: str, qs: pd.DataFrame) -> set:
    """The figures of one block: numbers written in digits plus every quantity's value(s)/code."""
    out = set()
    for m in _NUM.finditer(normalize_text(text or "")):
        try:
            out.add(round(float(m.group().replace(",", "")), 4))
        except ValueError:
            pass
    for r in qs.itertuples(index=False):
        if r.kind == "doc_code" and isinstance(r.code, str):
            out.add(str(r.code).upper().replace("Đ", "D"))
        for v in (r.value, r.value_end):
            try:
                f = float(v)
            except (TypeError, ValueError):
                continue
            if not math.isnan(f):
                out.add(round(f, 4))
    return out


def _role_cost(ra: str, rb: str) -> float:
    if ra == rb:
        return 0.0
    if {ra, rb} <= {"body", "caption"}:
        return 0.3  # the role heuristics may call a short paragraph a caption on one side only
    return 1.0


def _pair_cost(la, lb, roles_a, roles_b, A, B, ratio) -> float:
    length = min(2.5, abs(math.log((lb + 20.0) / (ratio * la + 20.0))))
    if A or B:
        figures = 1.5 * (1.0 - len(A & B) / len(A | B))
    else:
        figures = 0.4
    if len(roles_a) == 1 and len(roles_b) == 1:
        role = _role_cost(roles_a[0], roles_b[0])
    else:
        # a merge: every block must be of the same role as its counterpart
        one = roles_b[0] if len(roles_b) == 1 else roles_a[0]
        many = roles_a if len(roles_b) == 1 else roles_b
        role = sum(0.0 if r == one else GAP for r in many)
    return length + figures + role


def align_blocks(a: list[dict], b: list[dict]) -> list[tuple[list[int], list[int], float]]:
    """Monotone alignment of two block lists.

    Each block is a dict with ``chars`` (length), ``role`` and ``anchors`` (a
    set of figures).  Returns steps ``(a_indices, b_indices, cost)`` in order;
    an empty side is a block the other article lacks.
    """
    n, m = len(a), len(b)
    body_a = sum(x["chars"] for x in a if x["role"] == "body") or sum(x["chars"] for x in a) or 1
    body_b = sum(x["chars"] for x in b if x["role"] == "body") or sum(x["chars"] for x in b) or 1
    ratio = body_b / body_a

    def cost(ia: list[int], ib: list[int]) -> float:
        la = sum(a[i]["chars"] for i in ia)
        lb = sum(b[j]["chars"] for j in ib)
        A = set().union(*(a[i]["anchors"] for i in ia))
        B = set().union(*(b[j]["anchors"] for j in ib))
        c = _pair_cost(la, lb, [a[i]["role"] for i in ia], [b[j]["role"] for j in ib], A, B, ratio)
        return c + (MERGE if len(ia) + len(ib) > 2 else 0.0)

    INF = float("inf")
    D = [[INF] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    D[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, arg = INF, None
            for di, dj in ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2)):
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or D[pi][pj] == INF:
                    continue
                if di and dj:
                    c = cost(list(range(pi, i)), list(range(pj, j)))
                else:
                    c = GAP
                if D[pi][pj] + c < best:
                    best, arg = D[pi][pj] + c, (di, dj, c)
            D[i][j], back[i][j] = best, arg
    steps = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj, c = back[i][j]
        steps.append((list(range(i - di, i)), list(range(j - dj, j)), round(c, 3)))
        i, j = i - di, j - dj
    steps.reverse()
    return steps


# --- matching -------------------------------------------------------------------------------


def _key(r) -> tuple:
    return quantity_key(r["kind"], r["value"], r["value_end"], r["date"], r["code"])


def _num_str(v) -> str:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return ""
    if math.isnan(f):
        return ""
    return str(int(f)) if f.is_integer() else str(f)


def match_quantities(aq: list[dict], bq: list[dict], group_a: dict, group_b: dict) -> list[tuple]:
    """Pairs ``(i_a | None, i_b | None, status, note)`` over two quantity lists.

    ``group_a[i]``/``group_b[j]`` give the alignment group of each quantity's
    block (``None`` for a block the other side lacks).
    """
    ka = [_key(r) for r in aq]
    kb = [_key(r) for r in bq]
    used_a, used_b = set(), set()
    pairs = []
    # 1. same figure in aligned blocks, in order
    for i, k in enumerate(ka):
        g = group_a.get(i)
        for j, k2 in enumerate(kb):
            if j not in used_b and k2 == k and g is not None and group_b.get(j) == g:
                pairs.append((i, j, "matched", ""))
                used_a.add(i)
                used_b.add(j)
                break
    # 2. same figure elsewhere in the article
    for i, k in enumerate(ka):
        if i in used_a:
            continue
        for j, k2 in enumerate(kb):
            if j not in used_b and k2 == k:
                pairs.append((i, j, "matched", f"moved: a paragraph {aq[i]['paragraph']}, b paragraph {bq[j]['paragraph']}"))
                used_a.add(i)
                used_b.add(j)
                break
    # 3. same kind in aligned blocks, different value
    for i in range(len(aq)):
        if i in used_a or group_a.get(i) is None:
            continue
        for j in range(len(bq)):
            if j in used_b or group_b.get(j) != group_a.get(i) or bq[j]["kind"] != aq[i]["kind"]:
                continue
            va = aq[i]["code"] or aq[i]["date"] or _num_str(aq[i]["value"])
            vb = bq[j]["code"] or bq[j]["date"] or _num_str(bq[j]["value"])
            pairs.append((i, j, "changed", f"{va} -> {vb}"))
            used_a.add(i)
            used_b.add(j)
            break
    for i in range(len(aq)):
        if i not in used_a:
            pairs.append((i, None, "missing", ""))
    for j in range(len(bq)):
        if j not in used_b:
            pairs.append((None, j, "missing", ""))
    return pairs


def _records(q: pd.DataFrame) -> list[dict]:
    out = []
    for r in q.to_dict("records"):
        for c in ("code", "date", "approx", "surface", "unit"):
            v = r.get(c)
            r[c] = v if isinstance(v, str) else ""
        out.append(r)
    return out


def compare_pair(
    a_blocks: pd.DataFrame,
    b_blocks: pd.DataFrame,
    a_quantities: pd.DataFrame,
    b_quantities: pd.DataFrame,
    a_lang: str = "en",
    b_lang: str = "ar",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(translation_quantities, translation_blocks)`` rows for one pair of articles.

    ``*_blocks`` are the articles' rows of the paragraphs table (every role;
    boilerplate is ignored), ``*_quantities`` their rows of the quantities table.
    """
    a_id = a_blocks["article_id"].iloc[0] if len(a_blocks) else ""
    b_id = b_blocks["article_id"].iloc[0] if len(b_blocks) else ""
    A = a_blocks[a_blocks["role"].isin(ALIGN_ROLES)].sort_values("paragraph")
    B = b_blocks[b_blocks["role"].isin(ALIGN_ROLES)].sort_values("paragraph")

    def blocks(df, q):
        out = []
        for r in df.itertuples(index=False):
            qs = q[q["paragraph"] == r.paragraph]
            text = r.text if isinstance(r.text, str) else ""
            out.append(
                {
                    "paragraph": int(r.paragraph),
                    "role": r.role,
                    "chars": len(text),
                    "anchors": _anchors(text, qs),
                    "figures": len(qs),
                    "preview": preview(text),
                }
            )
        return out

    ba, bb = blocks(A, a_quantities), blocks(B, b_quantities)
    steps = align_blocks(ba, bb)
    grp_a, grp_b = {}, {}
    brows = []
    for g, (ia, ib, c) in enumerate(steps):
        for i in ia:
            grp_a[ba[i]["paragraph"]] = g if ib else None
        for j in ib:
            grp_b[bb[j]["paragraph"]] = g if ia else None
        if ia and ib:
            for i in ia:
                for j in ib:
                    shared = len(ba[i]["anchors"] & bb[j]["anchors"])
                    brows.append(_block_row(a_id, a_lang, ba[i], b_id, b_lang, bb[j], "aligned", g, c, shared))
        else:
            for i in ia:
                brows.append(_block_row(a_id, a_lang, ba[i], b_id, b_lang, None, f"missing_in_{b_lang}", g, c, 0))
            for j in ib:
                brows.append(_block_row(a_id, a_lang, None, b_id, b_lang, bb[j], f"missing_in_{a_lang}", g, c, 0))
    aq = _records(a_quantities.sort_values(["paragraph", "start"]))
    bq = _records(b_quantities.sort_values(["paragraph", "start"]))
    ga = {i: grp_a.get(r["paragraph"]) for i, r in enumerate(aq)}
    gb = {j: grp_b.get(r["paragraph"]) for j, r in enumerate(bq)}
    qrows = []
    for i, j, status, note in match_quantities(aq, bq, ga, gb):
        ra = aq[i] if i is not None else None
        rb = bq[j] if j is not None else None
        main = ra if ra is not None else rb
        if status == "missing":
            status = f"missing_in_{b_lang}" if rb is None else f"missing_in_{a_lang}"
        if status == "matched" and ra is not None and rb is not None and ra["approx"] != rb["approx"]:
            extra = f"approx: {ra['approx'] or 'none'} -> {rb['approx'] or 'none'}"
            note = f"{note}; {extra}" if note else extra
        group = ga.get(i) if i is not None else gb.get(j)
        qrows.append(
            {
                "a_article": a_id,
                "a_lang": a_lang,
                "a_paragraph": ra["paragraph"] if ra else None,
                "a_start": ra["start"] if ra else None,
                "a_end": ra["end"] if ra else None,
                "a_surface": ra["surface"] if ra else "",
                "b_article": b_id,
                "b_lang": b_lang,
                "b_paragraph": rb["paragraph"] if rb else None,
                "b_start": rb["start"] if rb else None,
                "b_end": rb["end"] if rb else None,
                "b_surface": rb["surface"] if rb else "",
                "kind": main["kind"],
                "value": main["value"],
                "value_end": main["value_end"],
                "date": main["date"],
                "code": main["code"],
                "approx": main["approx"],
                "b_kind": rb["kind"] if rb else "",
                "b_value": rb["value"] if rb else None,
                "b_value_end": rb["value_end"] if rb else None,
                "b_date": rb["date"] if rb else "",
                "b_approx": rb["approx"] if rb else "",
                "status": status,
                "note": note,
                "_order": (
                    group if group is not None else 10**6,
                    ra["paragraph"] if ra else rb["paragraph"],
                    ra["start"] if ra else rb["start"],
                    0 if ra else 1,
                ),
            }
        )
    qrows.sort(key=lambda r: r["_order"])
    for r in qrows:
        del r["_order"]
    return _frame(qrows, QUANTITY_COLUMNS), _frame(brows, BLOCK_COLUMNS)


def _block_row(a_id, a_lang, ra, b_id, b_lang, rb, status, group, cost, shared) -> dict:
    return {
        "a_article": a_id,
        "a_lang": a_lang,
        "a_paragraph": ra["paragraph"] if ra else None,
        "a_role": ra["role"] if ra else "",
        "a_chars": ra["chars"] if ra else None,
        "a_figures": ra["figures"] if ra else None,
        "a_preview": ra["preview"] if ra else "",
        "b_article": b_id,
        "b_lang": b_lang,
        "b_paragraph": rb["paragraph"] if rb else None,
        "b_role": rb["role"] if rb else "",
        "b_chars": rb["chars"] if rb else None,
        "b_figures": rb["figures"] if rb else None,
        "b_preview": rb["preview"] if rb else "",
        "status": status,
        "group": group,
        "cost": cost,
        "shared_figures": shared,
    }


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns)
    for c in _INT_COLS:
        if c in df.columns:
            df[c] = pd.array(pd.to_numeric(df[c], errors="coerce").round(), dtype="Int64")
    for c in ("value", "value_end", "b_value", "b_value_end"):
        if c in df.columns:
            df[c] = tidy_numbers(df[c])
    if "cost" in df.columns:
        df["cost"] = pd.to_numeric(df["cost"], errors="coerce")
    return df


def translation_tables(tables: dict) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level): ``{"translation_quantities": ..., "translation_blocks": ...}``.

    ``tables`` holds at least ``articles`` (with ``parallel_of``) and
    ``paragraphs``; ``quantities`` is used when present (else computed).
    """
    articles = tables.get("articles")
    paragraphs = tables.get("paragraphs")
    empty = {
        "translation_quantities": _frame([], QUANTITY_COLUMNS),
        "translation_blocks": _frame([], BLOCK_COLUMNS),
    }
    if articles is None or paragraphs is None:
        return empty
    pairs = parallel_pairs(articles)
    if not pairs:
        return empty
    quantities = tables.get("quantities")
    if quantities is not None and "role" in quantities.columns:
        # the figures of the text: a dateline's own dates (role ``dateline``) date the article
        quantities = quantities[quantities["role"] != "dateline"]
    langs = _lang_of(articles)
    qparts, bparts = [], []
    for a, b in pairs:
        pa = paragraphs[paragraphs["article_id"] == a]
        pb = paragraphs[paragraphs["article_id"] == b]
        if not len(pa) or not len(pb):
            continue
        if quantities is not None and "article_id" in quantities.columns:
            qa = quantities[quantities["article_id"] == a]
            qb = quantities[quantities["article_id"] == b]
        else:
            arts = articles[articles[("article_id" if "article_id" in articles.columns else "id")].isin([a, b])]
            qa, qb = quantities_table(pa, arts), quantities_table(pb, arts)
        tq, tb = compare_pair(pa, pb, qa, qb, langs.get(a) or "a", langs.get(b) or "b")
        qparts.append(tq)
        bparts.append(tb)
    if not qparts:
        return empty
    return {
        "translation_quantities": pd.concat(qparts, ignore_index=True),
        "translation_blocks": pd.concat(bparts, ignore_index=True),
    }
