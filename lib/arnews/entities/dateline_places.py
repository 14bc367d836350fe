"""The place a dispatch comes from, written at the head of a dateline block before its date.

A dateline block (role ``dateline``, :mod:`arnews.blocks`) opens with where the dispatch was written and then its
date: ``سا با (لاوكاي) - 04/02/2025``, ``ها سون، 13/11/2025``, ``عرعر 25 شوال 1436 هـ ... واس``.  The words before
the date (one to four, no stop word, conjunction, cue or very frequent word such as ``قال``) are a place
whatever else they are in general Arabic (``ها`` *here*, ``سون``), and so are the words in brackets after them (the province).  A listed place
there is already found (:func:`arnews.entities.places._dateline`); a run a name already overlaps is left alone.
"""
from __future__ import annotations

from .cues import word_info
from .keys import Name, name_key
from .places import _dated
from .positions import adjacent, is_word

__all__ = ["dateline_places"]

#: words of the place before a date, at most
MAX_WORDS = 4
#: marks between the place and the date (``ها سون، 13/11/2025``, ``سا با (لاوكاي) - 04/02/2025``)
_SEPARATORS = frozenset("،,:-–—‐ـ")
#: a word this frequent in general Arabic is no syllable of a place's name here (قال، إنه، اليوم; not ها 4.8)
COMMON_ZIPF = 5.0
#: cue kinds that never begin or stand inside a place's name here (a person's title or office, an organisation)
_NOT_PLACE = frozenset({"title", "role", "org", "not_name", "place", "places"})


def _run(p, i: int) -> int:
    """End of a run of place words starting at token i (i when none)."""
    j = i
    while j < len(p.kinds) and j - i < MAX_WORDS and is_word(p, j) and (j == i or adjacent(p, j - 1, j)):
        info = word_info(p.toks[j])
        if info.stop or info.conj or info.cue in _NOT_PLACE or info.zipf >= COMMON_ZIPF:
            return i
        j += 1
    return j


def _date_at(p, j: int) -> bool:
    """A date starts at token j (``04/02/2025``, ``25 شوال``)."""
    return j < len(p.kinds) and (p.kinds[j] == "date" or _dated(p, j))


def dateline_places(p, found: list[Name]) -> list[Name]:
    """``found`` with the place(s) heading a dateline block before its date added (see the module docstring)."""
    if p.role != "dateline" or p.rules != "ar" or not is_word(p, 0):
        return found
    spans = []
    a, b = 0, _run(p, 0)
    if b == a:
        return found
    spans.append((a, b))
    j = b
    if j < len(p.kinds) and p.toks[j] == "(":
        c = _run(p, j + 1)
        if c == j + 1 or c >= len(p.kinds) or p.toks[c] != ")":
            return found
        spans.append((j + 1, c))
        j = c + 1
    while j < len(p.kinds) and p.kinds[j] == "punct" and p.toks[j] in _SEPARATORS:
        j += 1
    if not _date_at(p, j):
        return found
    from .places import listed_place_at

    if any(listed_place_at(p, t) for s, e in spans for t in range(s, e)):
        return found  # القدس المحتلة 25 شوال: a listed place is read by the place index (the adjective is no name)
    new = []
    for s, e in spans:
        cs, ce = p.starts[s], p.ends[e - 1]
        if any(nm.start < ce and cs < nm.end for nm in found):
            continue
        new.append(Name(cs, ce, "place", "cue", 0.7, name_key([p.toks[t] for t in range(s, e)])))
    if not new:
        return found
    return sorted(found + new, key=lambda x: (x.start, x.end))
