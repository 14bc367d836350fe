"""Days of the lunar calendar (round 39): Vietnamese news in Arabic dates festivals and Tết by the lunar
month's number, ``الثامن من الشهر الأول بالتقويم القمري``, ``الخامس عشر من الشهر الثامن حسب التقويم القمري``,
and stretches ``من السادس والعشرين من الشهر الثاني عشر إلى الخامس من الشهر الأول بالتقويم القمري``.  Each is
one ``date`` row with its Gregorian date (:mod:`.lunar`), ``calendar`` ``lunar``; the ordinals inside it are
no figures of their own.

The lunar year is the one that puts the day nearest the publication date (a 12th month read in January is
last year's); with no publication date the row has no date.  A month after the second day is named only
when it differs (``إلى الخامس من الشهر الأول``); a second day with no month is in the first day's month."""
from __future__ import annotations

import datetime as dt

from .figure import Figure as _Q
from .lunar import lunar_to_gregorian

#: the words before التقويم القمري (key forms)
_BY = frozenset(("حسب", "وفق", "وفقا", "من", "في"))
_TO = frozenset(("الي", "حتي", "وحتي", "لغايه"))


class _LunarDateRules:
    """The lunar-date rule (a scanner mixin)."""

    def _lunar_day_month(self, i):
        """(day, month, end) of ``<ordinal day> من الشهر <ordinal month>`` at token i, or (day, None, end)."""
        d = self._ordinal_value(i)
        if d is None:
            nw = self.numword(i) if self.free(i) else None
            if not (nw and nw[1] == "tens" and nw[0] in (20, 30) and self.k(i).startswith("ال")):
                return None
            d = (int(nw[0]), i + 1)  # العشرين من الشهر
        day, j = d
        if self.k(j) == "من" and self.k(j + 1) == "الشهر":
            m = self._ordinal_value(j + 2)
            if m and 1 <= m[0] <= 12:
                return day, m[0], m[1]
            return None
        return day, None, j

    def _lunar_mark(self, e) -> int | None:
        """The end of ``بالتقويم القمري`` / ``حسب التقويم القمري`` at token e, else None."""
        if self.k(e) in ("بالتقويم", "للتقويم") and self.k(e + 1) == "القمري":
            return e + 2
        if self.k(e) in _BY and self.k(e + 1) == "التقويم" and self.k(e + 2) == "القمري":
            return e + 3
        return None

    def lunar_date(self, i) -> _Q | None:
        if not self.ar or not self.free(i) or self.kind(i) != "ar":
            return None
        first = self._lunar_day_month(i)
        if not first or first[1] is None:
            return None
        day, month, e = first
        day2 = month2 = None
        if self.k(e) in _TO and self.free(e + 1):
            second = self._lunar_day_month(e + 1)
            if second is None:
                return None
            day2, month2, e = second
            month2 = month2 or month
        end = self._lunar_mark(e)
        if end is None:
            return None
        date = ""
        if self.pub:
            pub = dt.date(*self.pub)
            best = None
            for y in (pub.year - 1, pub.year, pub.year + 1):
                g = lunar_to_gregorian(day, month, y)
                if g and (best is None or abs((g - pub).days) < abs((best[0] - pub).days)):
                    best = (g, y)
            if best:
                g, y = best
                date = g.isoformat()
                if day2:
                    g2 = lunar_to_gregorian(day2, month2, y + (month2 < month))
                    date = f"{date}/{g2.isoformat()}" if g2 and g2 > g else date
        return _Q(i, end, "date", date=date, written="words", calendar="lunar")
