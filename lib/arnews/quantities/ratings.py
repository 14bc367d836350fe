"""Horses that are horsepower and stars that are a rating (round 37): ``سفن تصل قدرتها إلى 1.000 حصان``,
``محرك بقوة 700 حصان`` measure an engine's power, ``حاصلة على تصنيف OCOP بأربع نجوم``, ``فندق خمس نجوم``
a grade: a ``measure`` (unit ``حصان`` horsepower, ``نجمة`` star rating), not a count of horses or stars.

A word of power (قدرة، قوة، محرك، بقوة ...) or of grading (تصنيف، فئة، فندق، مصنف ...) must stand within
five tokens before the figure; without one they stay counts (``20 حصانا`` in a show, ``النجمين السابقين``)."""
from __future__ import annotations

#: (unit, the cue words before it (key forms, a proclitic stripped), English unit)
_POWER = frozenset({"قدره", "قدرتها", "قدرته", "قدرات", "قوه", "قوتها", "قوته", "محرك", "محركها", "محركات",
                    "بالحصان", "طاقه", "طاقتها"})
_GRADE = frozenset({"تصنيف", "التصنيف", "تصنيفها", "فئه", "فئات", "فندق", "فنادق", "الفندق", "الفنادق", "مصنف",
                    "مصنفه", "منتجع", "درجه", "ocop"})
_RULES = {"حصان": (_POWER, "horsepower", "حصان"), "نجمة": (_GRADE, "star rating", "نجمة"),
          "نجوم": (_GRADE, "star rating", "نجمة"), "نجم": (_GRADE, "star rating", "نجمة")}


def rated_measures(sc, out) -> None:
    """Counts of horses or stars that a word of power or grading before them makes a measure."""
    for q in out:
        rule = _RULES.get(q.unit)
        if rule is None or q.kind != "count":
            continue
        cues, en, unit = rule
        if any(b in cues for x in range(max(0, q.a - 5), q.a)
               for _, b in (sc.bases(x) if sc.kind(x) == "ar" else [("", sc.k(x))])):
            q.kind, q.unit, q.unit_en = "measure", unit, en
