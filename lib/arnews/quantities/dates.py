"""Rules for dates, clock times and periods: ``9 يناير 2015``, ``28 يونيو/حزيران``,
``January 9, 2015``, ``01/01/2025``, ``7:30``, ``الساعة 8``, ``الأشهر الستة الأولى من
عام 2024``, ``the first quarter of 2024``."""
from __future__ import annotations

import calendar
import re

from .figure import NO_FIGURE, _Q
from .lexicon import _DEFINITE, _ORD_SUFFIX
from .numbers import _Num


def _iso_date(year, month, day) -> str | None:
    if not (1 <= month <= 12):
        return None
    last = calendar.monthrange(year or 2024, month)[1]
    if not (1 <= day <= last):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


class _DateRules:
    """Date and period rules (a scanner mixin)."""

    # -- at a token (START_RULES)
    def clock_time(self, i) -> _Q | None:
        """A time token: 7:30."""
        if self.kind(i) != "time" or self.letter_glued(i):
            return None
        h, m = self.t.text[i].split(":")[:2]
        if int(h) < 24 and int(m) < 60:
            return _Q(i, i + 1, "time", date=f"T{int(h):02d}:{m}")
        return None

    def numeric_date(self, i) -> _Q | None:
        """A numeric date token, day first: 01/01/2025, 2025-01-01."""
        if self.kind(i) != "datenum" or self.letter_glued(i):
            return None
        parts = re.split(r"[/.-]", self.t.text[i])
        if len(parts[0]) == 4:
            y, m, d = (int(p) for p in parts)
        else:
            d, m, y = (int(p) for p in parts)
        iso = _iso_date(y, m, d)
        return _Q(i, i + 1, "date", date=iso) if iso else None

    def month_name(self, i):
        """A month name first: يونيو 2024, January 9, 2015, شهر يونيو."""
        if not self.is_word(i) or self.k(i) not in self.lx.month_first:
            return None
        m = self.month_at(i)
        if not m:
            return None
        return self.month_first(i, m) or NO_FIGURE

    def en_ordinal_word(self, i):
        """English ordinal words start only periods: the first quarter, the second half."""
        if self.ar or not self.is_word(i) or self.k(i) not in ("first", "second", "third", "fourth", "last", "final"):
            return None
        return self.en_quarter(i) or NO_FIGURE

    # -- after a number (NUMBER_RULES)
    def clock_hour(self, num: _Num) -> _Q | None:
        """الساعة 8 (صباحا)."""
        a, b, v = num.a, num.b, num.value
        if num.written == "digits" and num.is_int and v <= 24 and self.free(a - 1) and any(
            b_ == "ساعه" and p in _DEFINITE for p, b_ in self.bases(a - 1)
        ):
            return _Q(a - 1, b, "time", date=f"T{int(v):02d}:00")
        return None

    def day_first(self, num: _Num) -> _Q | None:
        """9 يناير 2015, 4 من يوليو, 28 يونيو/حزيران, 9 January 2015, يوم 28/6."""
        if not (num.written == "digits" and num.is_int and 1 <= num.value <= 31):
            return None
        a, b, d = num.a, num.b, int(num.value)
        x = b
        if self.ar and self.k(x) == "من":  # 4 من يوليو
            x += 1
        if not self.ar and self.k(x) == "of":
            x += 1
        m = self.month_at(x)
        if m:
            end, month = m
            end = self.month_pair(end, month)
            year = None
            y = end
            if self.is_p(y, ",،"):
                y += 1
            if self.ar and self.k(y) in ("عام", "سنة"):
                y += 1
            yr = self.year_at(y)
            if yr:
                year, end = yr, y + 1
                if self.ar and self.adj(y, y + 1) and self.k(y + 1) in ("م",):
                    end += 1
            iso = _iso_date(year, month, d)
            if iso:
                return _Q(a, end, "date", date=iso)
            return None
        # day/month after a day word: يوم 28/6
        if (
            self.is_p(b, "/")
            and self.adj(a, b)
            and self.kind(b + 1) == "num"
            and self.adj(b, b + 1)
            and not self.is_p(b + 2, "/")
            and self.phrase_before(a, "day_word")
        ):
            t2 = self.t.text[b + 1]
            if t2.isdigit() and 1 <= int(t2) <= 12:
                iso = _iso_date(None, int(t2), d)
                if iso:
                    return _Q(a, b + 2, "date", date=iso)
        return None

    def month_pair(self, end, month):
        """Skip a second name of the same month: يونيو/حزيران, يونيو (حزيران)."""
        if self.is_p(end, "/-"):
            m2 = self.month_at(end + 1)
            if m2 and m2[1] == month:
                return m2[0]
        if self.is_p(end, "("):
            m2 = self.month_at(end + 1)
            if m2 and m2[1] == month and self.is_p(m2[0], ")"):
                return m2[0] + 1
        return end

    def month_first(self, i, m) -> _Q | None:
        """The date a month name at token i opens (``m``: its end and month)."""
        end, month = m
        end = self.month_pair(end, month)
        # English: January 9, 2015 / January 9
        if self.kind(end) == "num" and self.free(end):
            t = self.t.text[end]
            if not self.ar and t.isdigit() and 1 <= int(t) <= 31:
                d = int(t)
                x = end + 1
                if self.k(x) in _ORD_SUFFIX and self.adj(end, x):
                    x += 1
                y = x + 1 if self.is_p(x, ",") else x
                yr = self.year_at(y)
                iso = _iso_date(yr, month, d)
                if iso:
                    return _Q(i, y + 1 if yr else x, "date", date=iso)
            yr = self.year_at(end)
            if yr:
                return _Q(i, end + 1, "date", date=f"{yr:04d}-{month:02d}")
        if self.k(end) in ("عام", "سنة") and self.year_at(end + 1):
            return _Q(i, end + 2, "date", date=f"{self.year_at(end + 1):04d}-{month:02d}")
        if self.is_p(end, ",") and self.year_at(end + 1):
            return _Q(i, end + 2, "date", date=f"{self.year_at(end + 1):04d}-{month:02d}")
        # شهر يونيو / the month of June
        prev = self.k(i - 1)
        if self.free(i - 1) and (prev in ("شهر", "month") or (prev == "of" and self.k(i - 2) == "month")):
            return _Q(i - 1 if self.ar else i, end, "date", date=f"--{month:02d}")
        return None

    # -- periods
    def _ordinal(self, i):
        nw = self.numword(i)
        if nw and nw[1] == "ordinal" and self.free(i):
            return int(nw[0])
        return None

    def _months_noun(self, i):
        if not self.free(i) or not self.is_word(i):
            return False
        u = self._unit_lookup([i], self.lx)
        return bool(u and u[0][0] in ("شهر", "month") and u[0][1] == "duration")

    def period(self, num: _Num, a0=None) -> _Q | None:
        """first/last N months (of the year / of YEAR)."""
        a, b = (a0 if a0 is not None else num.a), num.b
        k = num.value
        if not (num.is_int and 1 <= k <= 12):
            return None
        start, end, which = None, None, None
        if self.ar:
            if self._months_noun(a - 1) and self._ordinal(b) in (1, -1):  # الأشهر التسعة الأولى
                start, end, which = a - 1, b + 1, self._ordinal(b)
            elif self._months_noun(b) and self._ordinal(b + 1) in (1, -1):  # 6 أشهر الأولى
                start, end, which = a, b + 2, self._ordinal(b + 1)
            elif self._ordinal(a - 1) in (1, -1) and self._months_noun(b):  # أول 6 أشهر
                start, end, which = a - 1, b + 1, self._ordinal(a - 1)
        else:
            if self._ordinal(a - 1) in (1, -1) and self._months_noun(b):  # the first 9 months
                start, end, which = a - 1, b + 1, self._ordinal(a - 1)
        if start is None:
            return None
        m1, m2 = (1, int(k)) if which == 1 else (13 - int(k), 12)
        return self._period_year(start, end, int(k), m1, m2, written=num.written)

    def _period_year(self, start, end, months, m1, m2, written="words") -> _Q:
        year = None
        hit = self.phrase_at(end, "partitive", clitic=False)
        if hit:
            x = hit[0]
            yw = self.phrase_at(x, "year_word", clitic=False) if self.ar else None
            if yw and self.year_at(yw[0]):
                year, end = self.year_at(yw[0]), yw[0] + 1
            elif self.year_at(x):
                year, end = self.year_at(x), x + 1
            else:
                ty = self.phrase_at(x, "this_year", clitic=False)
                if ty:
                    end = ty[0]
        if year:
            date = f"{year:04d}-{m1:02d}/{year:04d}-{m2:02d}"
        else:
            date = f"--{m1:02d}/--{m2:02d}"
        unit, en = ("شهر", "month") if self.ar else ("month", "month")
        return _Q(start, end, "period", months, unit=unit, unit_en=en, date=date, written=written)

    def _quarter(self, frac_key, ordv):
        if frac_key in ("ربع", "quarter", "quarters") and 1 <= ordv <= 4 or ordv == -1 and frac_key in ("ربع", "quarter"):
            q = 4 if ordv == -1 else ordv
            return 3, 3 * q - 2, 3 * q
        if frac_key in ("نصف", "half") and (ordv in (1, 2, -1)):
            h = 2 if ordv == -1 else ordv
            return 6, 6 * h - 5, 6 * h
        return None

    def en_quarter(self, i) -> _Q | None:
        """the first quarter / second half (of 2024)."""
        ordv = self._ordinal(i)
        nxt = self.k(i + 1)
        if ordv is None or not self.free(i + 1):
            return None
        qq = self._quarter(nxt, ordv)
        if qq:
            months, m1, m2 = qq
            return self._period_year(i, i + 2, months, m1, m2)
        return None
