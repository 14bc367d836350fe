"""A club's other mentions in its article (organisations round 37).

:mod:`arnews.entities.clubs` reads a transliterated run before a club's nationality as the club
(``من فيردر بريمن الألماني``), but the article's other mentions of the same name, with no adjective
after them (``وفيردر بريمن الذي أعاره``) or in the headline (``سان جرمان يفرض سطوته`` after ``باريس سان جرمان``),
stayed people: their transliteration key differs (the proclitic و stays in it) or they join a cued person.
A person mention read from the transliteration or by recurrence whose words are a club's, or the club's
own words after its city (باريس + سان جرمان), joins the club.  A cued person (a given name before it) is
left alone.
"""
from __future__ import annotations

from .keys import name_key

#: sources of a person mention that rest on the spelling alone, not on a given name or a title
_WEAK_PERSON = frozenset({"translit", "recurrence"})


def club_forms(surface: str) -> list[str]:
    """The keys a club's name is mentioned by again: its words, and its words after the city when the
    club is a city and two or more words of its own (باريس سان جرمان -> سان جرمان)."""
    ws = surface.replace("-", " ").split()
    forms = [name_key(ws)]
    if len(ws) >= 3:
        forms.append(name_key(ws[1:]))
    if len(ws) >= 2 and _club_word(ws[-1]) and not _club_word(ws[0]):
        forms.append(name_key(ws[:-1]))  # نيوكاسل يونايتد -> نيوكاسل: the city without the club's own word (session 40)
    return forms


def _club_word(w: str) -> bool:
    """w is a club's own word of ``club_words.csv`` (kind club: يونايتد، سيتي، روفرز), behind a proclitic too."""
    from ..normalize import key
    from .players import club_words

    k = key(w)
    kinds = club_words()
    return kinds.get(k) == "club" or (k[:1] in "ول" and kinds.get(k[1:]) == "club")


def mention_forms(surface: str) -> list[str]:
    """The keys a mention may name a club by: its words, and without a proclitic و or ل on the first
    word when the span kept it (وكولبرغ فيستن)."""
    ws = surface.replace("-", " ").split()
    forms = [name_key(ws)] if ws else []
    if ws and ws[0][:1] in "ول" and len(ws[0]) > 3:
        forms.append(name_key([ws[0][1:]] + ws[1:]))
    return forms


#: the confidence of a club read from its nationality adjective or its city (clubs.CLUB_CONFIDENCE); a weaker
#: club reading (0.7: وفاز يوفتيتش مع سيتي) does not pull the article's people into it
STRONG_CLUB = 0.85


def join_club_mentions(found: list[list], iid: int, ityp: int, isur: int, isrc: int, iconf: int) -> int:
    """Give a weak person mention that names a club of the article (see the module docstring) the club's id;
    ``found``: mutable entity rows; returns how many mentions joined."""
    clubs: dict[str, str] = {}
    shared = set()
    for r in found:
        if r[ityp] == "organisation" and (r[isrc] == "club" and r[iconf] >= STRONG_CLUB or r[isrc] == "listed"
                                          and _club_word(r[isur].split()[-1])):  # (a listed نيوكاسل يونايتد)
            for f in club_forms(r[isur]):
                if clubs.setdefault(f, r[iid]) != r[iid]:
                    shared.add(f)  # مانشستر of مانشستر سيتي and of مانشستر يونايتد: neither
    for f in shared:
        del clubs[f]
    if not clubs:
        return 0
    n = 0
    for r in found:
        if r[ityp] == "person" and r[isrc] in _WEAK_PERSON:
            cid = next((clubs[k] for k in mention_forms(r[isur]) if k in clubs), None)
            if cid and r[iid] != cid:
                r[iid] = cid
                n += 1
    return n
