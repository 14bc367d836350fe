"""Horses that are horsepower and stars that are a rating (round 37): ``سفن تصل قدرتها إلى 1.000 حصان``,
``محرك بقوة 700 حصان`` measure an engine's power, ``حاصلة على تصنيف OCOP بأربع نجوم``, ``فندق خمس نجوم``
a grade: a ``measure`` (unit ``حصان`` horsepower, ``نجمة`` star rating), not a count of horses or stars.

A word of power (قدرة، قوة، محرك، بقوة ...) or of grading (تصنيف، فئة، فندق، مصنف ...) must stand within
five tokens before the figure; without one they stay counts (``20 حصانا`` in a show, ``النجمين السابقين``).
Degrees counted a few words after the heat of the weather (``درجات حرارة أعلى من المعدل بـ4 أو 5 درجات``,
``ارتفعت الحرارة 5 درجات``; reach 12 tokens) are degrees Celsius, a ``measure``; degrees of a ranking or a
grade stay counts."""
from __future__ import annotations

#: (unit, the cue words before it (key forms, a proclitic stripped), English unit)
_POWER = frozenset({"قدره", "قدرتها", "قدرته", "قدرات", "قوه", "قوتها", "قوته", "محرك", "محركها", "محركات",
                    "بالحصان", "طاقه", "طاقتها"})
_GRADE = frozenset({"تصنيف", "التصنيف", "تصنيفها", "فئه", "فئات", "فندق", "فنادق", "الفندق", "الفنادق", "مصنف",
                    "مصنفه", "منتجع", "درجه", "ocop"})
#: the heat of weather or a body: degrees counted after it are degrees Celsius (ارتفعت الحرارة 5 درجات)
_HEAT = frozenset({"حراره", "الحراره", "حرارتها", "حرارته", "الطقس", "الجو", "الاجواء", "الارصاد", "مئويه"})
#: unit read -> (cue words, English unit, unit written, reach in tokens before the figure)
_RULES = {"حصان": (_POWER, "horsepower", "حصان", 5), "نجمة": (_GRADE, "star rating", "نجمة", 5),
          "نجوم": (_GRADE, "star rating", "نجمة", 5), "نجم": (_GRADE, "star rating", "نجمة", 5),
          "درجة": (_HEAT, "degree Celsius", "درجة مئوية", 12), "درجات": (_HEAT, "degree Celsius", "درجة مئوية", 12)}


def rated_measures(sc, out) -> None:
    """Counts of horses or stars that a word of power or grading before them makes a measure."""
    for q in out:
        rule = _RULES.get(q.unit)
        if rule is None or q.kind != "count":
            continue
        cues, en, unit, reach = rule
        if any(b in cues for x in range(max(0, q.a - reach), q.a)
               for _, b in (sc.bases(x) if sc.kind(x) == "ar" else [("", sc.k(x))])):
            q.kind, q.unit, q.unit_en = "measure", unit, en
