"""A day of an Eid counted by an ordinal (session 41, q58): ``ثالث أيام عيد الفطر`` is the third of Shawwal, a
``date`` (2015-07-19 in a paper of August 2015), as both readers of blind25 write it; ``أول أيام عيد الأضحى`` the
tenth of Dhu al-Hijja.  Before, only the ordinal was read.  The Hijri year is the one that puts the day nearest
the publication date; no date without one.  Only the two named feasts (عيد الفطر, عيد الأضحى): العيد alone and
other festivals (خامس أيام مهرجان بريدة) keep their ordinal."""
from __future__ import annotations

from .figure import Figure as _Q
from .hijri import hijri_day_iso

#: the feast (key form of the word after عيد) -> (Hijri month, the day before its first day)
_FEASTS = {"الفطر": (10, 0), "الاضحي": (12, 9)}
_PREFIXES = ("", "و", "ب", "ل", "ف", "وب", "ول", "وف")


def eid_day(sc, i) -> _Q | None:
    """أول/ثاني/ثالث ... أيام عيد الفطر|الأضحى: the Hijri date of that day of the feast."""
    if not sc.ar or sc.kind(i) != "ar" or not sc.pub:
        return None
    nw = sc.numword(i)
    if not nw or nw[1] != "ordinal" or nw[2] not in _PREFIXES or not 1 <= nw[0] <= 10:
        return None
    if not (sc.free(i + 1) and sc.k(i + 1) == "ايام" and sc.free(i + 2) and sc.k(i + 2) == "عيد"
            and sc.free(i + 3) and sc.k(i + 3) in _FEASTS):
        return None
    month, before = _FEASTS[sc.k(i + 3)]
    day = before + int(nw[0])
    if day > 30:
        return None
    hit = sc._nearest_hijri_year(month, day, i + 4)
    if not hit:
        return None

    date = hijri_day_iso(hit[0], month, day)
    return _Q(i, i + 4, "date", date=date, calendar="hijri", written="words") if date else None
