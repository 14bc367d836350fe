"""A lone tatweel before a number is a dash, never a minus sign (session 47, q68; issue 13).

Normalisation turns a tatweel standing alone between words into ``-`` (the dash many Arabic papers write
with it: ``جدة ـ نجيب``); glued to the digits after it (``للعام ـ1436هـ``, ``حتى ـ2015``) it still opens
the figure as that dash does, and the year is not negative. A minus sign is written ``-`` or ``−``."""
from __future__ import annotations

from ..normalize import TATWEEL


def tatweel_dash(sc, x) -> bool:
    """Token ``x`` (a ``-`` of the normalised text) was written with tatweel in the original."""
    os_, oe = sc.nt.to_original(sc.t.s[x], sc.t.e[x])
    return TATWEEL in sc.nt.original[os_:oe]
