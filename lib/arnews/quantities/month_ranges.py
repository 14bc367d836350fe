"""A stretch of whole months of one year (round 37): ``خلال الفترة سبتمبر-نوفمبر من هذا العام``, ``من (سبتمبر-
نوفمبر) من العام الجاري``, ``من مارس إلى مايو 2016`` are one ``period`` of the months from the first to the
second (value: their number; ``date`` ``2015-09/2015-11``).

Two month names joined by a dash or by إلى/حتى (a bracket may close after the second), the first before
the second in the calendar, and a year after them: written (``2016``, ``من عام 2016``) or this year of
publication (``من هذا العام``, ``من العام الجاري``).  With no year the months are left to the month rule
(a month alone with no year is no figure); two months of different years are not read here.

After بين the months may be joined by و (session 40, q56): ``بين شباط (فبراير) وحزيران (يونيو) من عام 2012``,
``بين شهري يونيو ويوليو الماضيين`` are one period from the first month to the second, as both readers of blind42
and blind37 a wrote them (blind37 b wrote two months); the shared plural relative word (الماضيين) dates the
months from the publication as ``dates.month_first`` does."""
from __future__ import annotations

from .figure import Figure as _Q

#: the plural relative words two months share (key forms) and their direction
_SHARED = {"الماضيين": "past", "المقبلين": "next", "القادمين": "next"}

#: the words joining the two months (key forms)
_TO = frozenset({"الي", "حتي", "وحتي", "والي"})


class _MonthRangeRules:
    """The stretch-of-months rule (a scanner mixin)."""

    def month_stretch(self, i) -> _Q | None:
        if not (self.ar and self.is_word(i) and self.free(i)):
            return None
        m1 = self.month_at(i)
        if not m1:
            return None
        j = m1[0]
        between = self._between_before(i)
        if between is not None:
            j = self.month_pair(j, m1[1])
            if self.free(j) and self.k(j) == "و":
                m2 = self.month_at(j + 1)
            else:
                m2 = self.glued_month_at(j)
            if m2 and m1[1] < m2[1]:
                return self._between_months(between, m1[1], self.month_pair(*m2), m2[1])
            return None
        if self.is_p(j, "-–"):
            j += 1
        elif self.free(j) and self.k(j) in _TO:
            j += 1
        else:
            return None
        m2 = self.month_at(j)
        if not m2 or not m1[1] < m2[1]:
            return None
        end = m2[0]
        if self.is_p(end, ")") and self.is_p(i - 1, "("):
            end += 1
        n = m2[1] - m1[1] + 1
        q = self._period_year(i, end, n, m1[1], m2[1], written="words", bare=False)
        if not q.date or q.date.startswith("--"):
            return None
        if self.is_p(i - 1, "(") and q.b == end:
            q.a = i - 1 if self.is_p(end - 1, ")") else i
        return q

    def _between_before(self, i):
        """The first token of the span when بين stands before the month at token i (بين شهري يونيو: شهري)."""
        if self.free(i - 1) and self.k(i - 1) in ("شهري", "الشهرين") and self.free(i - 2) and self.k(i - 2) in ("بين", "وبين"):
            return i - 1
        if self.free(i - 1) and self.k(i - 1) in ("بين", "وبين"):
            return i
        return None

    def _between_months(self, a, m1, end, m2) -> _Q | None:
        """The months m1..m2 after بين, up to token end: of the year written after them, or of the publication
        by a shared plural relative word; none without either (بين يونيو ويوليو: no year, no figure here)."""
        n = m2 - m1 + 1
        if self.ar and self.pub and self.free(end) and self.k(end) in _SHARED:
            y, pm = self.pub[0], self.pub[1]
            if _SHARED[self.k(end)] == "past" and m2 >= pm:
                y -= 1
            elif _SHARED[self.k(end)] == "next" and m1 <= pm:
                y += 1
            return _Q(a, end + 1, "period", n, unit="شهر", unit_en="month", date=f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}",
                      written="words")
        q = self._period_year(a, end, n, m1, m2, written="words", bare=False)
        if not q.date or q.date.startswith("--"):
            return None
        return q
