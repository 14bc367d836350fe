"""The English name of a club named after its city (session 40, type40).

A club read from its city (:mod:`arnews.entities.clubs`: ``مانشستر``, ``روما الإيطالي``, ``فريق نجران``) keeps the
place's key, so the entities table gave it the city's English name: the club ``مانشستر يونايتد`` was *Manchester*,
the same name as the city.  An organisation whose id is a place's (``~geo:..``, ``~club:geo:..``) is named from the
longest of its mentions: the city's English name with the club's own words of ``club_words.csv`` (kind club:
يونايتد *United*, سيتي *City*, أتلتيكو *Atletico*) in the order written (``Manchester United``, ``Atletico
Madrid``); a mention with no such word (``روما``, ``باريس سان جرمان``) names ``Rome (club)``.
"""
from __future__ import annotations

import re

import pandas as pd

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key

__all__ = ["club_name_en", "club_names_en"]

_PLACE_ID = re.compile(r"^~(?:club:)?(geo:.+)$")


@lexicon_cache(maxsize=2)
def _club_glosses() -> dict:
    """Normalised club word (kind club of ``club_words.csv``) -> its English word (the gloss before any note)."""
    out = {}
    for r in read_lexicon("club_words.csv"):
        if (r.get("kind") or "").strip() == "club":
            g = re.split(r"[(;]", (r.get("gloss") or "").strip())[0].strip()
            if g:
                out[key((r.get("word") or "").strip())] = g
    return out


def club_name_en(surface: str, pid: str) -> str:
    """The English name of the club written ``surface`` whose id names the place ``pid`` (``geo:..``), or ""
    when the place has no English name."""
    from .places import place_name_en

    city = place_name_en(pid)
    if not city:
        return ""
    glosses = _club_glosses()
    words, own = [], False
    for w in surface.replace("-", " ").split():
        k = key(w)
        g = glosses.get(k) or (glosses.get(k[1:]) if k[:1] in "ول" else None)
        if g:
            words.append(g)
            own = True
        elif city not in words:
            words.append(city)
    return " ".join(words) if own else f"{city} (club)"


def club_names_en(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` (the entities table's rows) with every organisation whose id is a place's named as a club (module
    docstring), from the entity's longest mention; an entity none of whose mentions was read as a club is left alone."""
    if not len(df):
        return df
    ids = df["entity_id"].astype(str)
    todo = (df["type"] == "organisation") & ids.str.match(_PLACE_ID.pattern)
    if not todo.any():
        return df
    clubs = set(ids[todo & (df["source"] == "club")])  # (a club read somewhere, not a state typed organisation)
    todo &= ids.isin(clubs)
    if not todo.any():
        return df
    longest: dict = {}
    for e, s in zip(ids[todo], df.loc[todo, "surface"].astype(str)):
        if len(s.split()) > len(longest.get(e, "").split()):
            longest[e] = s
        longest.setdefault(e, s)
    names = {e: club_name_en(s, _PLACE_ID.match(e).group(1)) for e, s in longest.items()}
    df.loc[todo, "name_en"] = [names[e] or v for e, v in zip(ids[todo], df.loc[todo, "name_en"])]
    return df
