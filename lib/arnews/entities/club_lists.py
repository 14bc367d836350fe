"""A city named among clubs is the club (session 40, type40).

A sports page lists clubs by their names, and a club named after its city stands in the list bare:
``ثلاثة أندية: الأهلي، الوحدة، ونجران``, ``الأهلي ونجران والوحدة``.  In a sports paragraph
(:func:`arnews.entities.known._sporty`) a listed city (one word or a name of a few, not a country: ``الكويت``
is also the national team) that is an item of a list whose next or previous item is a club (a listed club of
context sport, ``نادي X``, a club read by :mod:`.clubs` by its own name, not a city read as its club) is that
city's club: the items are joined by ``و``
or a comma and nothing else.  A city after a preposition or with a word of its own between it and the club
(``الهلال في الرياض والدمام``, ``بلدية الخبر والدمام``: no club next to it) stays the place, and so does a
city before a feminine nationality adjective (``الرياض السعودية``).  A Saudi or Arab city's club takes its own
key (``club:geo:..``: the article's ``مدينة نجران`` stays the city), a foreign city's club the place's key
(as :func:`arnews.entities.clubs._side_word_cities`).  Pure function of the paragraph's names.

After a dual word of clubs (``ناديي``, ``فريقي``: *the two clubs*) the two items of the list that follows are clubs,
a country too (``ناديي الكويت وكاظمة``, ``بين فريقي العربي وميلانو``); after the plural ``أندية`` (*the clubs of*)
only a list that holds a club (``ملاعب أندية الكويت وكاظمة والنصر``): ``أندية جدة ومكة والطائف`` are the literary
clubs of three cities, places.  :func:`side_list_clubs`.
"""
from __future__ import annotations

import re

from .guards import gentilic
from .placeids import country_or_region_id, region_id
from .positions import is_word
from .clubs import CLUB_CONFIDENCE, _foreign_cities, token_at as _token_at
from .keys import Name
from .known import sporty as _sporty

__all__ = ["listed_city_clubs", "side_list_clubs"]

#: the text between two items of a list: white space, a comma, the conjunction و (glued to the next item)
_LIST_GAP = re.compile(r"^\s*[،,]?\s*و?$")


def _is_club(nm) -> bool:
    """nm is a club: read as one (source ``club``) or a listed or cued organisation keyed as a club
    (``نادي اهلي``: a listed club of context sport takes the key of ``نادي`` + its name)."""
    if nm.type != "organisation":
        return False
    k = str(nm.key or "")
    return nm.source == "club" or (nm.source in ("listed", "cue") and k.startswith("نادي "))


def _city(p, nm) -> bool:
    """nm is a listed city (not a country, not a region) read as the place, not before a feminine adjective."""
    k = str(nm.key or "")
    if nm.type != "place" or nm.source not in ("geo", "known", "list") or not k.startswith("geo:") or country_or_region_id(k):
        return False

    b = _token_at(p, nm.end - 1)
    return not (b is not None and is_word(p, b + 1) and p.fkeys[b + 1].endswith("ه") and gentilic(p.toks[b + 1]))


def _named_club(nm) -> bool:
    """nm is a club named by its own name, not a city read as its club (a city club after أندية may be the city:
    أندية جدة ومكة): a list continues only from such a club."""
    return _is_club(nm) and not re.match(r"(?:club:)?geo:", str(nm.key or ""))


def _joined(p, left, right) -> bool:
    """The names ``left`` and ``right`` are two neighbouring items of a list (see :data:`_LIST_GAP`)."""
    gap = p.ntext[left.end:right.start]
    return left.end <= right.start and "\n" not in gap and bool(_LIST_GAP.match(gap)) and any(c in gap for c in "،,و")


def listed_city_clubs(p, found: list) -> list:
    """``found`` with each listed city that stands in a list next to a club made that club (module docstring)."""
    if p.rules != "ar" or not _sporty(p) or len(found) < 2:
        return found
    out = sorted(found, key=lambda x: (x.start, x.end))
    # (a city made a club here is no neighbour for the next: أندية جدة ومكة, whose جدة is the city's club)
    for n, nm in enumerate(out):
        if not _city(p, nm):
            continue
        prev = out[n - 1] if n else None
        nxt = out[n + 1] if n + 1 < len(out) else None
        if (prev is not None and _named_club(prev) and _joined(p, prev, nm)) or \
                (nxt is not None and _named_club(nxt) and _joined(p, nm, nxt) and "و" in p.ntext[nm.end:nxt.start]):
            k = nm.key if nm.key in _foreign_cities() else "club:" + nm.key
            out[n] = Name(nm.start, nm.end, "organisation", "club", CLUB_CONFIDENCE, k)
    return out


#: dual and plural words of clubs before a list of them (with the proclitics و، ل، ب): a dual names two
_DUAL_SIDES = frozenset({"ناديي", "فريقي"})
_PLURAL_SIDES = frozenset({"انديه"})


def _side_word(k: str) -> str:
    """'dual' or 'plural' when the word key is a dual or plural word of clubs (behind a proclitic), else ''."""
    for w in (k, k[1:] if k[:1] in "ولب" else "", k[2:] if k[:2] in ("ول", "وب") else ""):
        if w in _DUAL_SIDES:
            return "dual"
        if w in _PLURAL_SIDES:
            return "plural"
    return ""


def _place_item(nm) -> bool:
    """nm is a listed place that may name a club here (a city or a country; not a region)."""
    k = str(nm.key or "")
    return nm.type == "place" and (nm.source in ("geo", "known") and k.startswith("geo:") or nm.source == "list") \
        and not region_id(k)


def side_list_clubs(p, found: list) -> list:
    """``found`` with the listed places of a list right after a dual or plural word of clubs made clubs (module
    docstring): the first item stands right after the word, each next one is joined by و or a comma."""
    if p.rules != "ar" or not found or not _sporty(p):
        return found
    out = sorted(found, key=lambda x: (x.start, x.end))
    for n, nm in enumerate(out):
        a = _token_at(p, nm.start)
        if a is None or not a or not is_word(p, a - 1) or nm.start != p.starts[a]:
            continue
        kind = _side_word(p.fkeys[a - 1])
        if not kind or p.ntext[p.ends[a - 1]:p.starts[a]] != " ":
            continue
        if any(x.start < p.ends[a - 1] and p.starts[a - 1] < x.end for x in out[:n]):
            continue  # (the side word inside a name read before it)
        items, m = [n], n
        while m + 1 < len(out) and _joined(p, out[m], out[m + 1]) and (kind == "plural" or len(items) < 2):
            m += 1
            items.append(m)
        if kind == "dual" and len(items) != 2:
            continue  # ناديي + one name: no list of two
        if kind == "plural" and not any(_named_club(out[i]) for i in items):
            continue  # أندية جدة ومكة والطائف: the (literary) clubs of three cities, places
        if not any(_place_item(out[i]) for i in items) or not all(_place_item(out[i]) or _is_club(out[i]) for i in items):
            continue  # (an item that is neither a place nor a club: not a list of clubs)
        for i in items:
            x = out[i]
            if _place_item(x):
                k = x.key if x.key in _foreign_cities() else "club:" + x.key
                out[i] = Name(x.start, x.end, "organisation", "club", CLUB_CONFIDENCE, k)
    return out
