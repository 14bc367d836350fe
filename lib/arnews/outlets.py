"""The names of a corpus's own outlets, marked where a page lists distinctive words.

An outlet writes its own name in its datelines and self-references (علمت «سبق», لـ «اليوم»), so the name is
among the most distinctive words of that outlet's articles: a fact about the source, not about the news.
:func:`outlet_words` maps the Arabic names of the outlets a corpus's articles name (their ``outlet`` column,
else the first part of their ids) to the outlet, from ``outlet_names.csv``; :func:`mark_outlets` glosses such a
word as the outlet's name (``سبق`` 'outlet: Sabq', not 'preceded') and flags it, and :func:`outlet_note` is the
sentence a page states below the words it marked.  Words are marked, never dropped.
"""
from __future__ import annotations

import re

from .lexicons import lexicon_cache, read_lexicon
from .normalize import key, normalize
from .proclitics import proclitics

__all__ = ["OUTLETS_FILE", "outlet_words", "article_outlets", "group_gloss", "learned_outlet_words", "unknown_outlets", "outlet_of", "mark_outlets", "outlet_note", "outlet_items", "NOTE_REST", "MARK",
           "mark_counted", "counted_note", "COUNTED_REST", "keep_outlet_mark"]

OUTLETS_FILE = "outlet_names.csv"
#: the gloss prefix of a word that is an outlet's name
MARK = "outlet: "


def _k(text: str) -> str:
    return key(" ".join(normalize(str(text)).text.split()))


@lexicon_cache(maxsize=1)
def _table() -> dict[str, list[tuple[str, str, str]]]:
    """outlet id -> [(name key, English name, kind)]."""
    out: dict[str, list] = {}
    for r in read_lexicon(OUTLETS_FILE):
        o, name = (r.get("outlet") or "").strip().lower(), (r.get("name") or "").strip()
        if o and name:
            out.setdefault(o, []).append((_k(name), (r.get("name_en") or o).strip(), (r.get("kind") or "word").strip()))
    return out


#: a dateline segment is an outlet's name when it stands in the datelines of at least this share of the outlet's
#: articles that have one (and at least LEARN_MIN of them), this share of its datelines are that outlet's, and no
#: other segment of the outlet comes within half its count (the outlet's home city beside its name is a tie: none)
LEARN_SHARE, LEARN_MIN, LEARN_OWN = 0.5, 3, 0.8


def learned_outlet_words(articles, paragraphs) -> dict[str, tuple[str, str, str]]:
    """Outlet names the corpus teaches itself (``{key: (outlet id, name as written, "name")}``): a segment of the
    dispatch lines (blocks of role ``dateline``: ``عين اليوم – جدة``, ``رغد عشميل – عين اليوم``) that recurs in
    most datelines of one outlet, hardly in another's, and clearly more than any other segment of the outlet
    (:data:`LEARN_SHARE`, :data:`LEARN_MIN`, :data:`LEARN_OWN`): a writer or a place recurs less, or in several
    outlets; at most one name per outlet.  One to three words, no figure.
    ``{}`` without paragraphs or datelines."""
    from .blocks import dispatch_segments

    if paragraphs is None or not len(paragraphs) or "role" not in paragraphs.columns:
        return {}
    d = paragraphs[paragraphs.role == "dateline"]
    if d.empty:
        return {}
    of = article_outlets(articles)
    per: dict[tuple[str, str], set] = {}
    for aid, text in zip(d.article_id.astype(str), d.text.astype(str)):
        o = of.get(aid, "")
        for seg in dispatch_segments(text):
            if o and 1 <= len(seg.split()) <= 3 and not any(c.isdigit() for c in seg):
                per.setdefault((_k(seg), o), set()).add(aid)
    arts = {o: len(g) for o, g in d.assign(o=d.article_id.astype(str).map(of)).groupby("o").article_id.unique().items()}
    seg_total: dict[str, int] = {}
    for (k, o), a in per.items():
        seg_total[k] = seg_total.get(k, 0) + len(a)
    best: dict[str, list] = {}
    for (k, o), a in per.items():
        best.setdefault(o, []).append((len(a), k))
    if len(best) < 2:  # one outlet: "hardly in another's" cannot be asked, its home city would pass
        return {}
    from .entities.places import place_index

    places = place_index().names
    out = {}
    for o, ranked in best.items():
        ranked.sort(reverse=True)
        n, k = ranked[0]
        second = ranked[1][0] if len(ranked) > 1 else 0
        if n >= max(LEARN_MIN, LEARN_SHARE * arts.get(o, 0)) and n >= LEARN_OWN * seg_total[k] and 2 * second <= n \
                and not places.get(k):
            out[k] = (o, o, "name")
    return out


def outlet_words(articles, paragraphs=None) -> dict[str, tuple[str, str, str]]:
    """``{key of an Arabic outlet name: (outlet id, English name, kind)}`` for the outlets the corpus's
    ``articles`` name (``outlet`` column; without one, the part of each ``article_id`` before its first
    ``_``), as far as ``outlet_names.csv`` knows them (``kind``: ``name``, the word is the outlet's name in its
    own articles; ``word``, a common word or a place that is also an outlet's name).  With ``paragraphs``, the
    names the corpus's own datelines teach (:func:`learned_outlet_words`) are added where the list has none: the
    list glosses, the corpus finds (an outlet the list does not know is still marked, by its id)."""
    if articles is None or not len(articles):
        return {}
    present = {x for x in article_outlets(articles) if x}
    out = {k: (o, en, kind) for o, rows in _table().items() if o in present for k, en, kind in rows}
    known = {o for o, _, _ in out.values()}
    for k, v in learned_outlet_words(articles, paragraphs).items():
        if k not in out and v[0] not in known:
            out[k] = v
    return out


def unknown_outlets(articles, words: dict) -> list[str]:
    """The outlets of ``articles`` (:func:`article_outlets`) that ``words`` names no word of: a page says that
    their names, if distinctive, are glossed as ordinary words.  Only outlets of two or more articles, and, where
    the outlets are read off the article ids (no ``outlet`` column), only when the ids show two or more of them:
    ``doc3`` or a corpus whose every id starts ``article_`` names no outlet."""
    seen = {o for o, _, _ in words.values()}
    counts = article_outlets(articles).value_counts()
    found = sorted(o for o, n in counts.items() if o and n >= 2 and o not in seen)
    from_ids = "outlet" not in articles.columns or not articles["outlet"].fillna("").astype(str).str.strip().ne("").any()
    if from_ids and sum(1 for o, n in counts.items() if o and n >= 2) < 2:
        return []
    return found


def article_outlets(articles):
    """``article_id -> outlet id`` (lower case, ``""`` when unknown) of a corpus's ``articles``: the ``outlet``
    column, else the part of each ``article_id`` before its first ``_`` (the same rule as :func:`outlet_words`)."""
    import pandas as pd

    if articles is None or not len(articles):
        return pd.Series(dtype=str)
    if "outlet" in articles.columns and articles["outlet"].fillna("").astype(str).str.strip().ne("").any():
        ids = articles["outlet"].fillna("").astype(str)
    else:
        ids = articles["article_id"].astype(str).str.split("_").str[0]
    return pd.Series([x.strip().lower() for x in ids], index=articles["article_id"].astype(str).to_numpy())


def group_gloss(df, by, gloss: str = "gloss"):
    """One gloss per group of marked rows (``by``: the columns of a corpus-wide table, e.g. ``["lang", "term"]``),
    decided over all the group's rows rather than its first: where most rows are their article's own outlet, the
    gloss names the outlet with that share (``outlet: Sabq (the own outlet of 7 of its 8 articles)``), else the most
    frequent other gloss (``preceded; also the name of the outlet Sabq``).  A Series indexed by ``by``."""
    def one(g):
        vals = g.fillna("").astype(str)
        own = vals[vals.str.startswith(MARK)]
        if len(own) * 2 > len(vals):
            name = own.iloc[0][len(MARK):].split(" (the article's own outlet)")[0]
            return f"{MARK}{name} (the own outlet of {len(own)} of its {len(vals)} articles)"
        rest = vals[~vals.str.startswith(MARK)]
        return rest.value_counts(sort=True).index[0] if len(rest) else ""

    return df.groupby(by)[gloss].agg(one)


def outlet_of(surface, words: dict) -> tuple[str, str, str] | None:
    """``(outlet id, English name, kind)`` when ``surface`` is one of ``words`` (:func:`outlet_words`), as written or
    after one proclitic (لعكاظ), else None."""
    if not words or not isinstance(surface, str) or not surface.strip():
        return None
    k = _k(re.sub(r"[«»\"'()]", "", surface))
    if k in words:
        return words[k]
    for p in proclitics("family_pair"):  # one glued و/ب/ل/ف (لـ «اليوم», وعكاظ)
        if k.startswith(p) and k[len(p):] in words and len(k) - len(p) >= 3:
            return words[k[len(p):]]
    return None


def mark_outlets(df, words: dict, surface: str = "surface", gloss: str = "gloss", outlet=None):
    """``df`` with each row whose ``surface`` is an outlet's name marked (column ``outlet_name``: the outlet's
    English name, else ``""``).  ``outlet``: the outlet of each row's article (a Series aligned with ``df``): where
    the word names the article's own outlet and is a name (kind ``name``: سبق in Sabq's articles), its gloss becomes
    ``outlet: Sabq (the article's own outlet)``; elsewhere (a common word or a place: الرياض, or another outlet's
    name) the gloss is kept and ``also the name of the outlet …`` is added after it.  ``df`` unchanged (no column
    added) when ``words`` is empty."""
    if not words or df is None or surface not in df.columns:
        return df
    seen = {s: outlet_of(s, words) for s in df[surface].unique()}  # once per word type, not per row
    hits = [seen.get(s) for s in df[surface]]
    own = [bool(h) and h[2] == "name" and outlet is not None and str(o).strip().lower() == h[0]
           for h, o in zip(hits, outlet if outlet is not None else [None] * len(df))]
    out = df.copy()
    out["outlet_name"] = [h[1] if h else "" for h in hits]
    if gloss in out.columns:
        out[gloss] = [f"{MARK}{h[1]} (the article's own outlet)" if o else
                      (f"{g}; also the name of the outlet {h[1]}" if g else f"also the name of the outlet {h[1]}") if h else g
                      for g, h, o in zip(out[gloss].fillna("").astype(str), hits, own)]
    return out


def keep_outlet_mark(short: str, gloss: str) -> str:
    """A shortened gloss ``short`` (a table's first sense) with the outlet mark :func:`mark_outlets` put in the full
    ``gloss`` kept: ``Riyadh`` of ``Riyadh; also the name of the outlet Al Riyadh`` is ``Riyadh; also the name of
    the outlet Al Riyadh``.  pages59: the topics page's per-outlet table cut every gloss to its first sense, and the note
    under it (``NOTE_REST``: "a name that is also a common word or a place keeps its gloss, with also the name of the
    outlet …") was false for الرياض in 3alyoum's row on snn2000."""
    import re

    short, gloss = str(short or ""), str(gloss or "")
    m = re.search(r"also the name of the outlet [^;]+$", gloss)
    if not m or m.group(0) in short:
        return short
    if not gloss[: m.start()].strip("; "):  # the mark is the whole gloss: the cut short form is only its start
        return m.group(0)
    return f"{short}; {m.group(0)}" if short else m.group(0)


#: what a page says after the list of outlet names it marked (no Arabic inside: an Arabic example in this English
#: sentence showed reordered, "(سبق»لـ»)")
NOTE_REST = ("An outlet writes its name in its datelines and self-references, which makes it distinctive of its own "
             "articles: a fact about the source, not the news. Where the word is the article's own outlet it is glossed "
             f"“{MARK}…”; a name that is also a common word or a place keeps its gloss, with “also the name of the "
             "outlet …”. None is left out.")


def outlet_items(df, surface: str = "surface") -> list[str]:
    """``["سبق (Sabq)", ...]``: the outlet names :func:`mark_outlets` marked in ``df``, each once."""
    if df is None or not len(df) or "outlet_name" not in df.columns:
        return []
    found = sorted({(s, en) for s, en in zip(df[surface], df.outlet_name) if en}, key=lambda x: (x[1], x[0]))
    return [f"{s} ({en})" for s, en in found]


def outlet_note(df, surface: str = "surface") -> str:
    """The sentence a page states under distinctive words it marked with :func:`mark_outlets` (``""`` when none
    is an outlet's name); in a notebook, ``md("Names of this corpus's own outlets among these words: {names}. " +
    NOTE_REST, names=outlet_items(df))`` isolates each Arabic name."""
    items = outlet_items(df, surface)
    return f"Names of this corpus's own outlets among these words: {', '.join(items)}. {NOTE_REST}" if items else ""


def mark_counted(df, words: dict, occurrences, by: str, surface: str = "surface", gloss: str = "gloss", outlets=None,
                 unit: str = "occurrences", count: str | None = None):
    """``df`` (one row per expression, keyed by its column ``by``: a recurrent expression, a quoted name) with each
    row whose ``surface`` is an outlet's name (:func:`outlet_of`) marked: column ``outlet_name`` (the outlet's
    English name, else ``""``) and, after its gloss, how many of its ``unit`` stand in that outlet's own articles
    (``Middle East; also the name of the outlet Asharq Al-Awsat: 102 of its 185 occurrences in its own articles``).
    ``occurrences``: the rows counted (columns ``by``, ``article_id`` and, with ``count``, the number each row
    stands for); ``outlets``: article id -> outlet (:func:`article_outlets`).  The gloss is kept (the expression is
    also the word or the place), the row never dropped; ``df`` unchanged when ``words`` is empty."""
    if not words or df is None or surface not in df.columns:
        return df
    hits = {s: outlet_of(s, words) for s in df[surface].unique()}  # once per expression
    occ = occurrences[occurrences[by].isin(df.loc[df[surface].map(hits).notna(), by])]
    n = occ[count] if count else 1
    occ = occ.assign(_n=n, _o=occ.article_id.astype(str).map(outlets) if outlets is not None else "")
    out = df.copy()
    out["outlet_name"] = [hits[s][1] if hits[s] else "" for s in out[surface]]
    if gloss not in out.columns:
        out[gloss] = ""
    notes = []
    for k, s, g in zip(out[by], out[surface], out[gloss].fillna("").astype(str)):
        h = hits[s]
        if not h:
            notes.append(g)
            continue
        mine = occ[occ[by] == k]
        own, total = int(mine.loc[mine._o == h[0], "_n"].sum()), int(mine._n.sum())
        note = f"also the name of the outlet {h[1]}: {own:,} of its {total:,} {unit} in its own articles"
        notes.append(f"{g}; {note}" if g else note[0].upper() + note[1:])
    out[gloss] = notes
    return out


#: what a page says after the expressions :func:`mark_counted` marked (English only, as :data:`NOTE_REST`)
COUNTED_REST = ("An outlet names itself in its own articles (the paper a speaker told, a source line): each such row's gloss "
                "says how many of its occurrences stand in the outlet's own articles, and where that is more than none, "
                "that part of the count is the source, not the news. Marked, never dropped.")


def counted_note(df, surface: str = "surface") -> str:
    """The sentence a page states under a table marked by :func:`mark_counted` (``""`` when no row is an outlet's
    name); in a notebook, ``md("Names of this corpus's own outlets among these expressions: {names}. " +
    COUNTED_REST, names=outlet_items(df, surface))`` isolates each Arabic name."""
    items = outlet_items(df, surface)
    return f"Names of this corpus's own outlets among these expressions: {', '.join(items)}. {COUNTED_REST}" if items else ""
