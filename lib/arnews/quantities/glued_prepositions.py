"""A figure glued to the preposition before it (session 57, q89; issue 13): ``تكون من400 إلى 800 ملغ``,
``ما لا يقل عن150 مليار دولار``, ``الانتعاش في2016``: a missing space, not a name's number (``خليجي23``,
``G7``).  The prepositions are the ``glued_preposition`` words of quantity_markers.csv (من, إلى, عن, على,
عند, حتى, في, بين, منذ); the one-letter proclitics (ب, ل, و, بـ) are split by the tokeniser already and the
approximators (نحو15000) by :meth:`.tokens._TokenView._glued_approx`.

snnall writes 36 such figures (إلى 10, من 8, في 7, على 3, عند 3, عن, حتى, بين, الى 1 each); 26 were read
before through a unit or a counted noun after them, the rest (a range, a scale word, a bare year, a per cent
sign after a space) were not read at all.  The span starts at the digit: the gold of blind54 writes
``400 إلى 800 ملغ`` for ``من400 إلى 800 ملغ``."""
from __future__ import annotations


def glued_preposition(sc, j) -> bool:
    """Arabic word token ``j`` (no other proclitic on it) is a preposition of the ``glued_preposition`` role."""
    return sc.ar and sc.kind(j) == "ar" and (sc.k(j),) in sc.lx.markers.get("glued_preposition", {})
