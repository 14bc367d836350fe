"""A decade of a person's age (session 47, q68; issue 13): ``في الثلاثينات من عمره``, ``في أواخر السبعينات
من عمري``, ``سن الخمسينات``: a ``duration`` of years (age) from the decade's first year to its last
(30-39), as all four readings of the development sets write it (both readers of blind40 and of blind46);
an edge word before it (``أواخر``) stays outside the span and the value is the whole decade, as they
wrote it.  The decade of a calendar (``السبعينات``, ``ستينات القرن الماضي``) is :mod:`.decades`'s."""
from __future__ import annotations

from .figure import Figure as _Q

#: words near a decade that make it an age (key form): من عمره / من العمر
AGE_WORDS = frozenset(("العمر", "عمره", "عمرها", "عمرهم", "عمرهن", "عمري", "عمرنا", "عمرك", "السن", "اعمارهم",
                       "اعمارهن"))
#: words that make it an age only right before it (``سن الخمسينات``): alone they are also a name (``مسجد عمر``)
#: or a verb (``سن المجلس نظاما`` *enacted*)
AGE_BEFORE = frozenset(("سن", "بسن", "عمر"))


def is_age(sc, i) -> bool:
    """The decade word at token ``i`` is a person's age: an age word in the next three tokens or the one before,
    or a bare ``سن``/``عمر`` right before it."""
    near = [sc.k(x) for x in range(max(0, i - 1), min(sc.t.n, i + 4)) if x != i]
    return any(w in AGE_WORDS for w in near) or (i > 0 and sc.k(i - 1) in AGE_BEFORE)


def age_decade(sc, i, tens: int) -> _Q:
    """The age decade at token ``i`` (its tens: 30 for الثلاثينات)."""
    return _Q(i, i + 1, "duration", tens, tens + 9, unit="سنة", unit_en="year (age)", approx="about",
              written="words")
