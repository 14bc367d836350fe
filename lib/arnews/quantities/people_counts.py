"""A four-digit number followed by من + a plural of people is a count, not a year (session 49, fix3).

``أعدم بدم بارد 2070 من مواطني نينوى`` executed 2,070 citizens; ``نحو 2000 من المدنيين`` counts civilians.  The year rule
(``labels.year_rule``) asks :func:`people_after` before it settles on a bare year; a year word before the number
(``عام 2014 من أبناء``) is decided earlier and stays a year.  The plurals are ``people_plurals.csv``.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key

__all__ = ["people_plurals", "people_after", "TIME_BEFORE"]


@lexicon_cache(maxsize=2)
def people_plurals() -> frozenset:
    """Keys of ``people_plurals.csv`` (construct and definite plurals of people)."""
    return frozenset(word_kinds("people_plurals.csv", ("construct", "definite"), key))


#: a word right before the number that makes it a time, not a count (في 2015 من الحجاج: the year) (key form)
TIME_BEFORE = frozenset({"في", "وفي", "خلال", "وخلال", "منذ", "ومنذ", "حتي", "وحتي", "قبل", "وقبل", "بعد", "وبعد",
                         "عام", "وعام", "العام", "سنه", "وسنه", "السنه"})


def people_after(sc, b, a=None) -> bool:
    """Tokens b, b+1 are من + a plural of people (``2070 من مواطني نينوى``), both unclaimed words, and (with ``a``,
    the number's first token) no time word right before the number (:data:`TIME_BEFORE`: في 2015 من الحجاج)."""
    if a is not None and a > 0 and sc.k(a - 1) in TIME_BEFORE:
        return False
    if not (sc.ar and sc.free(b) and sc.free(b + 1) and sc.k(b) == "من" and sc.kind(b + 1) == "ar"):
        return False
    return sc.k(b + 1) in people_plurals()
