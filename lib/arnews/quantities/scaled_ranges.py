"""A range written with a dash shares the scale word written once after its second end:
``612-720 مليون درهم`` (612 million to 720 million), ``0.1-0.2 مليون برميل``, ``300-400 ألف`` (round 34).

Arabic, like English, writes the scale word once, after the last number: the first end is a bare number
in digits and the second end's scale word applies to it too, when the scaled first end is still no more
than the second (``2014-2 مليون`` is no range of millions).  The spelled range ``من 30 إلى 35 مليون``
shares it in :meth:`ranges._RangeRules.spelled_range`; this is the same rule for the dash.  A dash range
whose second end carries a scale word is a figure even with no noun after it (``بين 300-400 ألف``): the
scale word says it is an amount, not a score or a code."""
from __future__ import annotations

from .numbers import Number as _Num


def share_scale(num: _Num, num2: _Num) -> _Num:
    """The first end ``num`` of a dash range with the scale word of the second end ``num2`` applied to it
    (or ``num`` unchanged when the second end has none, the first has its own or is not in digits)."""
    if num2.scale <= 1 or num.scale != 1 or num.written != "digits" or num2.written == "words":
        return num
    v = num.value * num2.scale
    if v > num2.value:
        return num
    return _scaled(num, num2.scale)


def _scaled(num: _Num, scale) -> _Num:
    """``num`` (a bare number in digits) with a scale word applied to it."""
    return _Num(num.a, num.b, num.value * scale, "mixed", num.is_int, False, ndigits=num.ndigits,
                reading=num.reading, scale=scale)


def reversed_scaled(num: _Num, num2: _Num):
    """``(first end with the scale, low, high)`` of a dash range of one scale whose ends are shown in
    reverse order (``55-50 ألف سيارة``: a right-to-left display of ``50-55 ألف``; both ends under 1000,
    the first larger than the bare second), else None.  A year before a scaled number
    (``2014-2 مليون``) is no such range: its first end is 1000 or more."""
    if num2.scale <= 1 or num.scale != 1 or num.written != "digits" or num2.written == "words" or not num.is_int:
        return None
    bare2 = num2.value / num2.scale
    if not (1 <= bare2 < num.value < 1000 and float(bare2).is_integer()):
        return None
    first = _scaled(num, num2.scale)
    return first, num2.value, first.value
