"""``الاثنان``/``الاثنين`` as "the two", not Monday (round 34).

The weekday is always written ``الاثنين``; the nominative ``الاثنان`` (``وكتب الاثنان``, ``لينجو الاثنان``) is
the pronoun-like "the two": a count 2, alone, never the number of an indefinite noun after it (two never
comes before its noun: ``وكتب الاثنان مقالا`` is one article).  After a dual noun with the article or a
pronoun (``المرشحين الاثنين``, ``بلدينا الاثنين``, ``الطرفان الاثنان``) the word two agrees with the dual and
only stresses it: no second figure (the dual read as one is the figure, round 25 pins ``الوزيران``); a dual
not read as one (a sound plural's shape: ``المرشحين``) is shown by it, one figure over both words.

Guards (the weekday): a time word before it (``يوم الاثنين``, ``مساء الاثنين``), and after it a word that
dates a day (``المقبل``, ``الماضي``, ``الموافق``), a number or a month (``الاثنين 3 أغسطس``); a nominative
dual before ``الاثنين`` (``التقى الطرفان الاثنين``: Monday, the case does not agree)."""
from __future__ import annotations

from .duals import word_zipf as _z
from .figure import NO_FIGURE, Figure as _Q

#: proclitics glued to a noun with a pronoun (ببلدينا)
_PROCLITICS = ("و", "ف", "ب", "ل", "ك")

#: "the two" (key forms) and the ones in the genitive/accusative case, shared with the weekday
_TWO = ("الاثنان", "الاثنتان", "الاثنين", "الاثنتين")
_OBLIQUE = ("الاثنين", "الاثنتين")
#: words before the weekday (key forms)
_DAY_BEFORE = ("يوم", "ليوم", "ويوم", "اليوم", "ليله", "صباح", "مساء", "ظهر", "عصر", "فجر", "غدا", "امس",
               "منذ", "حتي", "وحتي", "الي", "صباحا", "مساءا")
#: words after the weekday that date the day (key forms)
_DAY_AFTER = ("المقبل", "الماضي", "القادم", "الفائت", "المنصرم", "الموافق", "الاول", "الاخير", "صباحا",
              "مساء", "مساءا", "ظهرا", "عصرا", "فجرا", "ليلا", "صباح", "يوم")
#: the endings of a dual noun in the oblique case, bare or with a possessive pronoun (key forms)
_DUAL_TAILS = ("ينا", "يهما", "يكما", "يهم", "يها", "يكم", "يه", "ين")


def _proclitic_free(k: str) -> str:
    return k[1:] if k[:1] in ("و", "ف") and k[1:] in _TWO else k


def _dual_stem(sc, x: int, oblique: bool) -> str | None:
    """The singular (display form) of the dual at word x when it has the article or a pronoun, else None."""
    if not (sc.free(x) and sc.kind(x) == "ar"):
        return None
    w, k = sc.t.text[x], sc.k(x)
    definite = sc.definite(x)
    body = sc.strip_def(x) if definite else w
    tails = _DUAL_TAILS if oblique else ("ان",)
    for tail in tails:
        if body.endswith(tail) and (definite or tail not in ("ين", "ان")):
            stem = body[: -len(tail)]
            if not definite and stem[:1] in _PROCLITICS and len(stem) >= 4 and _z(stem[1:]) > _z(stem):
                stem = stem[1:]  # ببلدينا: ب + بلد
            if len(stem) < 3:
                return None
            return stem[:-1] + "ة" if stem.endswith("ت") and len(stem) >= 4 else stem
    return None


def the_two(sc, a: int, b: int):
    """A figure (or NO_FIGURE) for the number word ``الاثنان``/``الاثنين`` at token a (ending at b), or None
    to leave it to the other rules (the weekday, ``الأطفال الاثنان``)."""
    k = _proclitic_free(sc.k(a))
    if not sc.ar or b != a + 1 or k not in _TWO:
        return None
    if sc.free(a - 1) and sc.k(a - 1) in _DAY_BEFORE:
        return None
    if sc.free(b) and (sc.k(b) in _DAY_AFTER or sc.kind(b) == "num" or sc.month_at(b)):
        return None
    oblique = k in _OBLIQUE
    if sc.out and sc.out[-1].b == a and sc.out[-1].value == 2 and sc.out[-1].value_end is None:
        if oblique and sc.k(a - 1).endswith("ان"):
            return None  # التقى الطرفان الاثنين: the case does not agree, Monday
        return NO_FIGURE  # الوزيران الاثنان: the dual already read is the figure, two only stresses it
    stem = _dual_stem(sc, a - 1, oblique)
    if stem is not None:
        return _Q(a - 1, b, "count", 2, unit=stem, written="words")
    if not oblique and not (sc.free(a - 1) and sc.definite(a - 1)):
        return _Q(a, b, "count", 2, written="words")  # وكتب الاثنان: "the two"
    return None
