"""Ranges of years before 1800 written with a dash (session 44, q64): a reign or a life span in brackets,
``جورج واشنطن (1789- 1797)``, ``الحروب الإيطالية (1494 - 1517 م)``, ``ملك إنجلترا 1491 - 1547``, is a
``year_range`` as both readers of blind46 write it (``date`` ``1789/1797``); before, the first number was a
count (``labels.year_rule`` reads years from 1800 only) and the second a count or a year.

Only two plain four-digit numbers joined by a dash, the earlier first, at most a century apart and not
consecutive (``1436-1437``: a Hijri academic year, which :mod:`.hijri` reads); not with a Hijri marker after
the second; not 1300-1450 without a Gregorian ``م`` after it (a Hijri range written bare: ``1413-1431``); not
before a unit, a currency or a percent (``ما بين 1130-1140 دولارا للأونصة``: prices)."""
from __future__ import annotations

from .figure import Figure as _Q


def _four_digits(sc, x) -> int | None:
    t = sc.t.text[x] if 0 <= x < sc.t.n else ""
    if sc.kind(x) == "num" and sc.free(x) and len(t) == 4 and t.isdigit():
        return int(t)
    return None


def old_year_range(sc, num) -> _Q | None:
    """``1789- 1797``, ``(1494 - 1517 م)``: a range of years before 1800, one ``year_range`` row."""
    if not (sc.ar and num.written == "digits" and num.plain and num.b == num.a + 1 and num.ndigits == 4
            and 1000 <= num.value < 1800):
        return None
    a, b, y1 = num.a, num.b, int(num.value)
    if not sc.is_p(b, "-–"):
        return None
    y2 = _four_digits(sc, b + 1)
    if y2 is None or not y1 + 2 <= y2 <= y1 + 100:
        return None
    end = b + 2
    if sc.hijri_suffix(end) is not None:
        return None
    gregorian = sc.k(end) == "م" and sc.free(end)
    if 1300 <= y1 <= 1450 and not gregorian:
        return None
    if sc.unit_after(end) or sc.percent_after(end) is not None:
        return None
    return _Q(a, end + 1 if gregorian else end, "year_range", y1, y2, date=f"{y1:04d}/{y2:04d}")
