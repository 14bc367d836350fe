"""A stretch of days before a numeric date (round 39): ``16-17/8/2025`` and ``16 - 17/8/1945`` are one
``date`` row from the first day to the date (``2025-08-16/2025-08-17``), as ``18-20 مارس`` is
(``dates.day_first``).  Without the rule the first day was a count (16) and the date token a day alone.

The first number is a day written in digits (1-31) before a dash, the date token after the dash is
day first (``dd/mm/yyyy``) and its day comes later in the same month; otherwise no figure is made
here (``2-1/8/2025`` is left to the other rules).

(round 42) A day and month before إلى/حتى and a full numeric date name the first day of the same stretch:
``من 8/8/ إلى 21 / 8/ 2015``, ``13/8 إلى 18/9/1436``, ``من 7 /11 الى 1 /12 /1436`` (one ``date`` row
``2015-08-08/2015-08-21``; a Hijri stretch converted, ``calendar`` hijri); the first day's year is the
last's, or the one before when its month comes later (``25/12 الى 4/1 /1437``).  Without it the first
day and month were two counts or a label.

(session 54, fixq) A year lent by a written date of the year's last months (``10/12/1436``) goes to the first
day of a stretch across the year end (``25/12 الى 5/1``: 1436-12-25 .. 1437-01-05); no year is lent to days
followed by الموافق or م, nor in a paragraph that also writes a numeric Gregorian date."""
from __future__ import annotations

import re

from .dates import iso_date as _iso_date
from .figure import Figure as _Q
from .hijri import _HIJRI_YEARS, hijri_day_iso

#: words after a day and month that give the other calendar's date next (key forms): no Hijri year is lent
_OTHER_CALENDAR = ("الموافق", "الموافقه", "والموافق", "م")

#: words joining the first day to the last (key forms)
_TO = ("الي", "حتي", "وحتي", "والي", "لغايه")


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

    def _small(self, x, top) -> int | None:
        """The value of token x when it is a plain number of one or two digits from 1 to ``top``."""
        t = self.t.text[x] if self.kind(x) == "num" else ""
        return int(t) if t.isdigit() and len(t) <= 2 and 1 <= int(t) <= top else None

    def _full_date_at(self, x) -> tuple[int, int, int, int] | None:
        """(day, month, year, end token) of a day-first numeric date at token x: one token (21/8/2015) or
        three numbers joined by slashes, spaces allowed around them (21 / 8/ 2015, 1 /12 /1436)."""
        if self.kind(x) == "datenum" and not self.letter_glued(x):
            parts = re.split(r"[/.-]", self.t.text[x])
            if len(parts) != 3 or len(parts[2]) != 4:
                return None
            d, m, y = (int(p) for p in parts)
            return d, m, y, x + 1
        d = self._small(x, 31)
        if d is None or not (self.is_p(x + 1, "/") and self.is_p(x + 3, "/")):
            return None
        m, yt = self._small(x + 2, 12), self.t.text[x + 4] if self.kind(x + 4) == "num" else ""
        if m is None or not (yt.isdigit() and len(yt) == 4):
            return None
        return d, m, int(yt), x + 5

    def _hijri_day_month_at(self, x) -> tuple[int, int, int, int] | None:
        """(day, month, year, end token) of a day and month with no year at token x (``20/11``, ``10 /12``) in a
        paragraph that writes a numeric Hijri date (``23 /12 /1436``): the year of the first such date (q81: both
        readers of blind57 converted ``من 30 / 10 الى 20/11`` with the 1436 written later in its paragraph)."""
        d = self._small(x, 31)
        if d is None or not self.is_p(x + 1, "/"):
            return None
        m = self._small(x + 2, 12)
        if m is None or self.is_p(x + 3, "/-") or self.kind(x + 3) == "num":
            return None  # (a year after it: _full_date_at's; a third part: no day and month)
        if self.k(x + 3) in _OTHER_CALENDAR or self.gregorian_suffix(x + 3):
            return None  # (fixq) 20/8 الى 30/8 الموافق 5 /11 /1436 هـ: the other calendar's days, no Hijri year lent
        y = self.paragraph_hijri_date()[0]
        return (d, m, y, x + 3) if y else None

    def paragraph_hijri_date(self) -> tuple[int | None, int | None]:
        """(year, month) of the first numeric Hijri date of the paragraph (a 14xx number right after a slash or a
        dash that follows a month of one or two digits), else (None, None); also (None, None) when the paragraph
        writes a numeric Gregorian date too (19xx/20xx after a month: its bare days and months may be either
        calendar's; fixq).  Read once per paragraph."""
        ym = getattr(self, "_numeric_hijri_date", 0)
        if ym == 0:
            ym = (None, None)
            for z in range(self.t.n):
                if self.kind(z) == "datenum" and re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d", self.t.text[z]):
                    ym = (None, None)  # 20/8/2015 (one token)
                    break
                t = self.t.text[z] if self.kind(z) == "num" and z >= 2 else ""
                if not (t.isdigit() and len(t) == 4 and self.is_p(z - 1, "/-") and self._small(z - 2, 12) is not None):
                    continue
                if 1900 <= int(t) <= 2100:
                    ym = (None, None)
                    break
                if ym[0] is None and _HIJRI_YEARS[0] <= int(t) <= _HIJRI_YEARS[1]:
                    ym = (int(t), self._small(z - 2, 12))
            self._numeric_hijri_date = ym
        return ym

    def day_month_range(self, num) -> _Q | None:
        """``من 8/8/ إلى 21 / 8/ 2015``: a day and month, إلى/حتى, a full numeric date (one stretch)."""
        a = num.a
        if not (self.ar and num.written == "digits" and num.plain and num.b == a + 1):
            return None
        d1 = self._small(a, 31)
        if d1 is None or not self.is_p(a + 1, "/") or (self.is_p(a - 1, "/-") and self.adj(a - 1, a)):
            return None
        m1 = self._small(a + 2, 12)
        if m1 is None:
            return None
        x = a + 3
        if self.is_p(x, "/"):
            x += 1  # 8/8/ إلى: a stray slash after the month
        if not (self.free(x) and self.is_word(x) and self.k(x) in _TO):
            return None
        full = self._full_date_at(x + 1)
        last = full or self._hijri_day_month_at(x + 1)
        if last is None:
            return None
        d2, m2, y, end = last
        if (m1, d1) >= (m2, d2) and not (m1 >= 11 and m2 <= 2):
            return None  # the first day after the last: no stretch (but across a new year: 25/12 الى 4/1)
        y1 = y if m1 <= m2 else y - 1
        if m1 > m2 and full is None and (self.paragraph_hijri_date()[1] or 0) >= m1:
            # (fixq) 25/12 الى 5/1 with 1436 borrowed from a date of Dhu al-Hijja (10 /12 /1436): the year written is
            # the first day's, the last day falls in the next year
            y1, y = y, y + 1
        if 1900 <= y <= 2100:
            first, second, cal = _iso_date(y1, m1, d1), _iso_date(y, m2, d2), "gregorian"
            end = self.gregorian_suffix(end) or end
        elif _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1] and d1 <= 30 and d2 <= 30:
            first, second, cal = hijri_day_iso(y1, m1, d1), hijri_day_iso(y, m2, d2), "hijri"
            end = self.hijri_suffix(end) or end
        else:
            return None
        if not (first and second):
            return None
        return _Q(a, end, "date", date=f"{first}/{second}", calendar=cal, written="digits")
