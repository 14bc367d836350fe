"""A cup round named by its number of teams in words is a label, as in digits (session 40, q55): ``دور
الثمانية`` (the quarter-finals), ``دور الستة عشر``, ``دور الأربعة``, like ``دور الـ16`` and ``دور (32)``
(``name_word``).  Both readers of blind37 write ``دور الثمانية`` as a label, and every reader of blind19-41
writes ``دور الـ32`` so; before, the words were a count of eight.

The number is a power of two from 4 to 64 (the sizes of a knock-out round), definite, right after
دور/الدور (not ``بدور``, the role one plays: ``قام بدور الثلاثة``)."""
from __future__ import annotations

from .figure import Figure as _Q

_ROUND = ("دور", "الدور", "لدور", "للدور", "ودور")
_SIZES = (4, 8, 16, 32, 64)


def cup_round(sc, num) -> _Q | None:
    """A label for the number words of ``num`` after the round noun دور (``دور الثمانية``)."""
    if not sc.ar or num.written != "words" or num.value not in _SIZES:
        return None
    a = num.a
    if not (sc.k(a).startswith("ال") and a > 0 and sc.free(a - 1) and sc.k(a - 1) in _ROUND):
        return None
    return _Q(a - 1, num.b, "label", num.value, unit="دور", unit_en="round", written="words")
