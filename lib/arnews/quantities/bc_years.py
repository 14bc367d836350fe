"""Years before the Christian era (session 41, q58): ``1258 قبل الميلاد`` is a ``year`` (date ``-1258``) and
``(نحو 2494- 2345 قبل الميلاد)`` a ``year_range`` (date ``-2494/-2345``), as both readers of blind37 write it;
before, the numbers were counts.  Only digits followed by قبل الميلاد (a dash or إلى/حتى between the two
ends of a range, the earlier year first and larger); ``589 و570 قبل الميلاد`` is two years, each read at its
own number."""
from __future__ import annotations

from .figure import Figure as _Q

_TO = ("الي", "حتي")


def _bc_after(sc, x) -> int | None:
    """The token after قبل الميلاد when it starts at token x (عام allowed before it; not سنة: 4700 سنة قبل الميلاد is read as years), else None."""
    if sc.k(x) == "عام" and sc.free(x):
        x += 1
    if sc.k(x) == "قبل" and sc.k(x + 1) == "الميلاد" and sc.free(x) and sc.free(x + 1):
        return x + 2
    return None


def _second(sc, x):
    """(token of the second end, its value) of a range written at token x: ``- 2345``, ``إلى 2345``."""
    if sc.is_p(x, "-–") or sc.k(x) in _TO and sc.free(x):
        y = x + 1
        if sc.kind(y) == "num" and sc.free(y) and sc.t.text[y].isdigit() and len(sc.t.text[y]) <= 4:
            return y, int(sc.t.text[y])
    return None


def bc_year(sc, num) -> _Q | None:
    """A year (or a range of years) counted before the Christian era: digits then قبل الميلاد."""
    if not sc.ar or num.written != "digits" or not num.plain or num.b != num.a + 1 or not 1 <= num.value <= 9999:
        return None
    a, b, y1 = num.a, num.b, int(num.value)
    yw = sc.phrase_before(a, "year_word", clitic=True)
    st = yw[0] if yw else a
    end = _bc_after(sc, b)
    if end is not None:
        return _Q(st, end, "year", y1, date=f"-{y1}")
    two = _second(sc, b)
    if two:
        y, y2 = two
        end = _bc_after(sc, y + 1)
        if end is not None and y2 < y1:
            return _Q(st, end, "year_range", y1, y2, date=f"-{y1}/-{y2}")
    if sc.k(b) == "و" and sc.kind(b + 1) == "num" and sc.free(b + 1) and _bc_after(sc, b + 2) is not None:
        return _Q(st, b, "year", y1, date=f"-{y1}")  # 589 و570 قبل الميلاد: the first of two years
    return None
