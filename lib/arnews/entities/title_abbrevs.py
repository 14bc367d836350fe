"""Abbreviated academic and professional titles before a name (session 41).

``الشيخ أ.د. عبدالرحمن السديس``, ``د.ت. محمد الغامدي``, ``أ. د. خالد``, ``أ.د سعد``: Arabic abbreviates
*professor* (أ.د. أستاذ دكتور), *doctor* (د.), *engineer* (م.), *teacher* (أ.) by a letter and a dot, several in a
row.  After a title the name begins past every such letter (:func:`past_abbreviations`); a letter is never a
name.  A one-letter word followed by a dot is an abbreviation; the last one of a chain may stand without its
dot when a dotted one comes before it (``أ.د سعد``).
"""
from __future__ import annotations

from .positions import is_word

__all__ = ["past_abbreviations", "one_letter"]


def one_letter(p, t: int) -> bool:
    """Token t is an Arabic word of one letter (أ، د، م، ت)."""
    return is_word(p, t) and len(p.fkeys[t]) == 1 and "\u0621" <= p.toks[t][:1] <= "\u064a"


def past_abbreviations(p, j: int) -> int:
    """The first token after the abbreviated titles that begin at token j (each a letter and its dot), or j."""
    n = len(p.toks)
    dotted = False
    while one_letter(p, j):
        if j + 1 < n and p.toks[j + 1] == "." and is_word(p, j + 2):
            j += 2
            dotted = True
        elif dotted and is_word(p, j + 1):
            j += 1  # أ.د سعد: the last letter of the chain without its dot
        else:
            break
    return j
