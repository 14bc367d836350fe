"""A half, quarter or third of one unit is an amount in that unit (round 34): ``نصف ساعة`` and, after a
preposition glued to it, ``لنصف ساعة``, ``بنصف ساعة`` (0.5 hours, a duration); ``ربع طن`` (a measure);
``نصف ريال`` (0.5 riyals: money, not a fraction of a riyal counted).  A half led by و (``ساعة ونصف ساعة``)
belongs to the figure before it and is left to the rules of halves."""
from __future__ import annotations

#: the fraction words read as an amount of the unit after them (key forms)
_PARTS = ("نصف", "ربع", "ثلث")
#: prepositions glued to them (key forms); not و, which joins a half to the figure before it
_PREPOSITIONS = ("ل", "ب", "ك")


def part_of_unit(k: str) -> bool:
    """Key ``k`` is a fraction word, bare or after a glued preposition (``لنصف``, ``بربع``)."""
    return k in _PARTS or k[:1] in _PREPOSITIONS and k[1:] in _PARTS
