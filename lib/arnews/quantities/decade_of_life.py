"""The ordinal decade of a person's life (q86): ``في العقد الثالث من عمره``, ``مواطن في العقد الثاني من العمر`` is
his twenties, his teens: a ``duration`` of years whose value is the decade's first year (20, 10), without
``value_end`` (the guide gives the last year for the plural ``الثلاثينات`` only), the span to the age word, as both
readers of blind59 wrote it.  The ordinal figure ``العقد الثالث`` (unit ``عقد``) must be followed at once by ``من``
and an age word (:data:`.age_decades.AGE_WORDS`: ``عمره``, ``العمر``); ``العقد الثاني من عمر المهرجان`` (a
festival's age) and ``العقد الأول من القرن`` are left as they are.  The first decade stays an ordinal (a duration of
0 years says nothing); with a pronoun (``عمره``, ``عمرها``, also an organisation's age: ``دخل النادي العقد السابع
من عمره``) the person must be *in* the decade (``في العقد``, ``بالعقد``); two decades joined by و are converted
together (fix review1, session 56)."""
from __future__ import annotations

from .age_decades import AGE_WORDS


#: age words that are also an organisation's age (دخل النادي العقد السابع من عمره): a person's only after في/ب
_PRONOUN_AGE = frozenset(w for w in AGE_WORDS if w not in ("العمر", "السن"))


def _decade(q) -> bool:
    """``q`` is an ordinal decade past the first (العقد الثاني ...): the first would be a duration of 0 years."""
    return (q.kind == "ordinal" and q.unit == "عقد" and q.value_end is None and isinstance(q.value, (int, float))
            and 2 <= q.value <= 12 and float(q.value).is_integer())


def _in_decade(sc, q) -> bool:
    """A person is *in* the decade: ``في العقد``/``بالعقد`` (not دخول العقد السابع من عمره, a club's age)."""
    return sc.k(q.a - 1) in ("في", "وفي") or sc.k(q.a).startswith(("بال", "وبال"))


def _to_age(sc, q) -> None:
    q.kind, q.value, q.unit, q.unit_en = "duration", int(q.value - 1) * 10, "سنة", "year (age)"


def decades_of_life(sc, figures) -> None:
    """Turn each ``العقد <n> من عمره`` ordinal into a duration of years (in place); two decades joined by و
    (``في العقد الثاني والثالث من العمر``) are both converted, or neither."""
    for n, q in enumerate(figures):
        if not (_decade(q) and sc.k(q.b) == "من" and sc.free(q.b) and sc.k(q.b + 1) in AGE_WORDS
                and sc.free(q.b + 1)):
            continue
        first = q
        if sc.k(q.a).startswith("و"):  # والثالث: the second of two coordinated decades
            p = figures[n - 1] if n else None
            if p is None or p.b != q.a or not _decade(p) or p.value >= q.value:
                continue
            first = p
        if sc.k(q.b + 1) in _PRONOUN_AGE and not _in_decade(sc, first):
            continue
        if first is not q:
            _to_age(sc, first)
        _to_age(sc, q)
        sc.claimed[q.b] = sc.claimed[q.b + 1] = True
        q.b += 2
