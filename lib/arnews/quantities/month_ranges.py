"""A stretch of whole months of one year (round 37): ``خلال الفترة سبتمبر-نوفمبر من هذا العام``, ``من (سبتمبر-
نوفمبر) من العام الجاري``, ``من مارس إلى مايو 2016`` are one ``period`` of the months from the first to the
second (value: their number; ``date`` ``2015-09/2015-11``).

Two month names joined by a dash or by إلى/حتى (a bracket may close after the second), the first before
the second in the calendar, and a year after them: written (``2016``, ``من عام 2016``) or this year of
publication (``من هذا العام``, ``من العام الجاري``).  With no year the months are left to the month rule
(a month alone with no year is no figure); two months of different years are not read here."""
from __future__ import annotations

from .figure import _Q

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
