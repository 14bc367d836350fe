"""The ordinal decade of a person's life (q86): ``في العقد الثالث من عمره``, ``مواطن في العقد الثاني من العمر`` is
his twenties, his teens: a ``duration`` of years whose value is the decade's first year (20, 10), without
``value_end`` (the guide gives the last year for the plural ``الثلاثينات`` only), the span to the age word, as both
readers of blind59 wrote it.  The ordinal figure ``العقد الثالث`` (unit ``عقد``) must be followed at once by ``من``
and an age word (:data:`.age_decades.AGE_WORDS`: ``عمره``, ``العمر``); ``العقد الثاني من عمر المهرجان`` (a
festival's age) and ``العقد الأول من القرن`` are left as they are."""
from __future__ import annotations

from .age_decades import AGE_WORDS


def decades_of_life(sc, figures) -> None:
    """Turn each ``العقد <n> من عمره`` ordinal into a duration of years (in place)."""
    for q in figures:
        if (q.kind == "ordinal" and q.unit == "عقد" and q.value_end is None and isinstance(q.value, (int, float))
                and 1 <= q.value <= 12 and float(q.value).is_integer() and sc.k(q.b) == "من" and sc.free(q.b)
                and sc.k(q.b + 1) in AGE_WORDS and sc.free(q.b + 1)):
            q.kind, q.value, q.unit, q.unit_en = "duration", int(q.value - 1) * 10, "سنة", "year (age)"
            sc.claimed[q.b] = sc.claimed[q.b + 1] = True
            q.b += 2
