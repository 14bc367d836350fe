"""A stretch of days before a numeric date (round 39): ``16-17/8/2025`` and ``16 - 17/8/1945`` are one
``date`` row from the first day to the date (``2025-08-16/2025-08-17``), as ``18-20 مارس`` is
(``dates.day_first``).  Without the rule the first day was a count (16) and the date token a day alone.

The first number is a day written in digits (1-31) before a dash, the date token after the dash is
day first (``dd/mm/yyyy``) and its day comes later in the same month; otherwise no figure is made
here (``2-1/8/2025`` is left to the other rules)."""
from __future__ import annotations

import re

from .dates import _iso_date
from .figure import _Q


class _DayRangeRules:
    """The stretch-of-days rule before a numeric date (a scanner mixin)."""

    def day_range_date(self, i) -> _Q | None:
        if self.kind(i) != "num" or not self.t.text[i].isdigit() or len(self.t.text[i]) > 2:
            return None
        if not (self.is_p(i + 1, "-–") and self.kind(i + 2) == "datenum" and not self.letter_glued(i + 2)):
            return None
        if self.is_p(i - 1, "-–/") and self.adj(i - 1, i):
            return None  # a part of a longer code: 12/16-17/8/2025
        parts = re.split(r"[/.-]", self.t.text[i + 2])
        if len(parts) != 3 or len(parts[0]) == 4:
            return None
        d1, (d2, m, y) = int(self.t.text[i]), (int(p) for p in parts)
        if not 1 <= d1 < d2:
            return None
        first, last = _iso_date(y, m, d1), _iso_date(y, m, d2)
        if not (first and last):
            return None
        return _Q(i, i + 3, "date", date=f"{first}/{last}", written="digits")
