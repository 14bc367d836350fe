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

__all__ = ["OUTLETS_FILE", "outlet_words", "outlet_of", "mark_outlets", "outlet_note", "outlet_items", "NOTE_REST", "MARK"]

OUTLETS_FILE = "outlet_names.csv"
#: the gloss prefix of a word that is an outlet's name
MARK = "outlet: "
#: proclitics a name may carry in a distinctive word's surface (لـ «اليوم», وعكاظ)
_PROCLITICS = ("و", "ل", "ب", "ف")


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


def outlet_words(articles) -> dict[str, tuple[str, str, str]]:
    """``{key of an Arabic outlet name: (outlet id, English name, kind)}`` for the outlets the corpus's
    ``articles`` name (``outlet`` column; without one, the part of each ``article_id`` before its first
    ``_``), as far as ``outlet_names.csv`` knows them (``kind``: ``name``, the word is the outlet's name in its
    own articles; ``word``, a common word or a place that is also an outlet's name); ``{}`` for a corpus of
    other outlets."""
    if articles is None or not len(articles):
        return {}
    if "outlet" in articles.columns and articles["outlet"].fillna("").astype(str).str.strip().ne("").any():
        ids = articles["outlet"].fillna("").astype(str)
    else:
        ids = articles["article_id"].astype(str).str.split("_").str[0]
    present = {x.strip().lower() for x in ids if x.strip()}
    return {k: (o, en, kind) for o, rows in _table().items() if o in present for k, en, kind in rows}


def outlet_of(surface, words: dict) -> tuple[str, str, str] | None:
    """``(outlet id, English name, kind)`` when ``surface`` is one of ``words`` (:func:`outlet_words`), as written or
    after one proclitic (لعكاظ), else None."""
    if not words or not isinstance(surface, str) or not surface.strip():
        return None
    k = _k(re.sub(r"[«»\"'()]", "", surface))
    if k in words:
        return words[k]
    for p in _PROCLITICS:
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
    hits = df[surface].map(lambda s: outlet_of(s, words))
    own = [bool(h) and h[2] == "name" and outlet is not None and str(o).strip().lower() == h[0]
           for h, o in zip(hits, outlet if outlet is not None else [None] * len(df))]
    out = df.copy()
    out["outlet_name"] = [h[1] if h else "" for h in hits]
    if gloss in out.columns:
        out[gloss] = [f"{MARK}{h[1]} (the article's own outlet)" if o else
                      (f"{g}; also the name of the outlet {h[1]}" if g else f"also the name of the outlet {h[1]}") if h else g
                      for g, h, o in zip(out[gloss].fillna("").astype(str), hits, own)]
    return out


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
