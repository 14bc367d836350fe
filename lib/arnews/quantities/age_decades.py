"""A decade of a person's age (session 47, q68; issue 13): ``في الثلاثينات من عمره``, ``في أواخر السبعينات
من عمري``, ``سن الخمسينات``: a ``duration`` of years (age) from the decade's first year to its last
(30-39), as all four readings of the development sets write it (both readers of blind40 and of blind46);
an edge word before it (``أواخر``) stays outside the span and the value is the whole decade, as they
wrote it.  The decade of a calendar (``السبعينات``, ``ستينات القرن الماضي``) is :mod:`.decades`'s."""
from __future__ import annotations

from .figure import Figure as _Q

#: words near a decade that make it an age (key form): من عمره / من العمر / سن
AGE_WORDS = frozenset(("العمر", "عمره", "عمرها", "عمرهم", "عمرهن", "عمري", "عمرنا", "عمرك", "سن", "السن", "بسن",
                       "عمر", "اعمارهم", "اعمارهن"))


def age_decade(sc, i, tens: int) -> _Q:
    """The age decade at token ``i`` (its tens: 30 for الثلاثينات)."""
    return _Q(i, i + 1, "duration", tens, tens + 9, unit="سنة", unit_en="year (age)", approx="about",
              written="words")
