"""Rules for the Hijri calendar: years (``1436هـ``, ``عام 1435 هـ``), month names (``5 شوال
1436هـ``, ``رمضان 1436``), numeric dates (``1436/10/5هـ``, ``5/10/1436``).  Dates are
converted to Gregorian with :mod:`hijridate` (Umm al-Qura), never with a table of our own:
the ``date`` column stays ISO Gregorian and ``calendar`` says ``hijri``.  A Hijri year
alone keeps its number in ``value`` and gets the Gregorian interval it covers in ``date``."""
from __future__ import annotations

import re
from functools import lru_cache

from .figure import NO_FIGURE, Figure as _Q
from .dates import WEEKDAYS as _WEEKDAYS
from .numbers import Number as _Num
from .year_said import year_said_after

_HIJRI_YEARS = (1300, 1500)
#: the words that join a first day to the date that ends the stretch (key form): 1 إلى 30/11/1436هـ
_DAY_TO = ("الي", "حتي", "وحتي", "ولغايه", "لغايه")  # Umm al-Qura, as hijridate supports it (1343-1500); years outside have no date


@lru_cache(maxsize=4096)
def hijri_to_iso(y: int, m: int, d: int | None = None) -> str:
    """ISO Gregorian date of a Hijri date (a month: the interval it covers); '' when out of range."""
    try:
        from hijridate import Hijri
    except ImportError:  # pragma: no cover - a declared dependency
        return ""
    try:
        if d is not None:
            return Hijri(y, m, d).to_gregorian().isoformat()
        first = Hijri(y, m, 1)
        last = Hijri(y, m, first.month_length())
        return f"{first.to_gregorian().isoformat()}/{last.to_gregorian().isoformat()}"
    except (ValueError, OverflowError):
        return ""


def hijri_day_iso(y: int, m: int, d: int) -> str:
    """ISO Gregorian date of a Hijri day; the 30th of a month Umm al-Qura counts 29 days is the day after
    its 29th (the text's month had 30 days by sighting: 30/11/1436هـ is 2015-09-14)."""
    iso = hijri_to_iso(y, m, d)
    if iso or d != 30:
        return iso
    last = hijri_to_iso(y, m, 29)
    if not last:
        return ""
    import datetime as dt

    return (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()


@lru_cache(maxsize=4096)
def gregorian_to_hijri_year(y: int, m: int, d: int) -> int:
    """The Umm al-Qura year of a Gregorian date."""
    from hijridate import Gregorian

    return Gregorian(y, m, d).to_hijri().year


@lru_cache(maxsize=4096)
def gregorian_to_hijri_ym(y: int, m: int, d: int) -> tuple[int, int]:
    """The Umm al-Qura (year, month) of a Gregorian date."""
    from hijridate import Gregorian

    h = Gregorian(y, m, d).to_hijri()
    return h.year, h.month


#: a month said to be the next or the last one (key form): its year from the publication date
_HIJRI_RELATIVE = {"المقبل": "next", "القادم": "next", "الماضي": "past", "المنصرم": "past", "الفائت": "past"}
#: adjectives of a year word between a Hijri month and its year (key form): للعام الحالي 1436هـ
_YEAR_ADJ = ("الحالي", "الجاري", "الماضي", "السابق", "المقبل", "القادم", "المنصرم")


def hijri_year_iso(y: int) -> str:
    """The Gregorian interval of a Hijri year (``2014-10-25/2015-10-13`` for 1436)."""
    a, b = hijri_to_iso(y, 1, 1), hijri_to_iso(y, 12)
    return f"{a}/{b.split('/')[-1]}" if a and b else ""


def hijri_year_gregorian(y: int) -> str:
    """The Gregorian year that holds most of Hijri year ``y``: that of its middle, 1 Rajab (1436: 2015)."""
    mid = hijri_to_iso(y, 7, 1)
    return mid[:4] if mid else ""


class _HijriRules:
    """Hijri years, month names and numeric dates (a scanner mixin)."""

    def hijri_suffix(self, b):
        """End token of a Hijri marker right after token b - 1 (هـ glued or spaced, هجري, للهجرة)."""
        hit = self.phrase_at(b, "hijri_suffix", clitic=False)
        if hit and (self.k(b) != "ه" or self.t.s[b] - self.t.e[b - 1] <= 1):
            return hit[0]
        return None

    def gregorian_suffix(self, b):
        hit = self.phrase_at(b, "gregorian_suffix", clitic=False)
        if hit and (self.k(b) != "م" or self.adj(b - 1, b)):
            return hit[0]
        return None

    def hmonth_at(self, i):
        """(end, month) when a Hijri month name starts at token i."""
        if not self.is_word(i):
            return None
        for L in range(self.lx.hmonth_len, 0, -1):
            t = tuple(self.t.k[i : i + L])
            if len(t) == L and t in self.lx.hmonths and all(self.free(x) for x in range(i, i + L)):
                return i + L, self.lx.hmonths[t]
        return None

    def hyear_at(self, i):
        """(year, end) of a Hijri year at token i: 1436 with or without هـ."""
        if self.kind(i) != "num" or not self.free(i):
            return None
        t = self.t.text[i]
        if not (t.isdigit() and len(t) == 4 and _HIJRI_YEARS[0] <= int(t) <= _HIJRI_YEARS[1]):
            return None
        end = self.hijri_suffix(i + 1) or i + 1
        return int(t), end

    # -- after a number (NUMBER_RULES)
    def hijri_year(self, num: _Num) -> _Q | None:
        """1436هـ, عام 1435 هـ, العام 1436 (1400-1450 after a year word: a Saudi year is Hijri)."""
        if not (self.ar and num.written == "digits" and num.plain):
            return None
        y = int(num.value)
        if num.ndigits == 2 and self.is_p(num.b, "/-–") and self.hyear_at(num.b + 1):
            y2, end2 = self.hyear_at(num.b + 1)
            if (1400 <= y2 <= 1450 and y == (y2 - 1) % 100 and not self.unit_after(end2)
                    and not self._accusative_noun(end2, y2)):
                # الموسم الرياضي 36/1437هـ, للموسم المقبل 36-1437ه: a season's first year cut to two digits
                a2, b2 = hijri_year_gregorian(y2 - 1), hijri_year_gregorian(y2)
                return _Q(num.a, end2, "year_range", y2 - 1, y2, date=f"{a2}/{b2}" if a2 and b2 else "", calendar="hijri")
        if num.ndigits in (3, 4) and 1 <= y < _HIJRI_YEARS[0] and self.hijri_suffix(num.b):
            yw = self.phrase_before(num.a, "year_word", clitic=True)
            if yw:  # مصحف مخطوط في عام 857 للهجرة: an old Hijri year (no Umm al-Qura date)
                return _Q(yw[0], self.hijri_suffix(num.b), "year", y, calendar="hijri")
        if num.ndigits != 4 or not (_HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1]):
            return None
        a, b = num.a, num.b
        end = self.hijri_suffix(b)
        yw = self._year_word_before(a)
        pair = (end is None and 1400 <= y <= 1450 and self.is_p(b, "/-–") and self.hyear_at(b + 1)
                and self.hyear_at(b + 1)[0] in (y + 1, y - 1))  # ١٤٣٥ /١٤٣٦: two consecutive Hijri years
        if end is None and not (yw and 1400 <= y <= 1450) and not pair:
            return None
        end = end or b
        # 1435/1436هـ, 1435-1436هـ: a range of Hijri years
        if self.is_p(end, "/-–") and self.hyear_at(end + 1):
            y2, end2 = self.hyear_at(end + 1)
            if y2 == y - 1:  # للعام الجامعي 1437/1436هـ: the later year written first, one school year all the same
                y, y2 = y2, y
            if y2 == y + 1:
                # a year range's date is a pair of Gregorian years (the guide): the year holding most of
                # each Hijri year (1435/1436هـ: 2014/2015)
                a2, b2 = hijri_year_gregorian(y), hijri_year_gregorian(y2)
                return _Q(yw[0] if yw else a, end2, "year_range", y, y2, date=f"{a2}/{b2}" if a2 and b2 else "",
                          calendar="hijri")
        return _Q(yw[0] if yw else a, end, "year", y, date=hijri_year_iso(y), calendar="hijri")

    def _year_word_before(self, a):
        """(start, ...) of a year word right before token a, or before one or two year adjectives
        (``year_adjective``: العام الماضي 1435, العام الدراسي المقبل 1436 – 1437)."""
        yw = self.phrase_before(a, "year_word", clitic=True)
        if yw or not self.ar:
            return yw
        adjs = self.lx.markers.get("year_adjective", {})
        x = a
        for _ in range(2):
            if not (self.free(x - 1) and (self.k(x - 1),) in adjs):
                break
            x -= 1
            yw = self.phrase_before(x, "year_word", clitic=True)
            if yw:
                return yw
        return None

    def hijri_numeric(self, num: _Num, stretch: bool = False) -> _Q | None:
        """1436/10/5هـ, 5/10/1436هـ, 1436/10/05 (three numbers joined by slashes, one a Hijri year).
        ``stretch``: the date ends a stretch of days (:meth:`hijri_day_range`), which says a date comes."""
        a = num.a
        if num.written != "digits" or not num.plain or num.a != num.b - 1:
            return None
        toks = [a]
        x = a
        spaced = False
        seps = set()
        for _ in range(2):
            if self.is_p(x + 1, "/-.") and self.adj(x, x + 1) and self.kind(x + 2) == "num" and self.adj(x + 1, x + 2):
                x += 2
                toks.append(x)
            elif self.is_p(x + 1, "/-") and self.kind(x + 2) == "num" and self._near(x, x + 1) and self._near(x + 1, x + 2):
                x += 2  # 28 / 7 / 1433هـ, 28 - 7 - 1433هـ: slashes or dashes between spaces (then the هـ must follow)
                toks.append(x)
                spaced = True
            else:
                return None
            seps.add(self.t.text[x - 1])
        if len(seps) > 1:
            return None  # 2 ـ 4 - 6/1436: one separator writes a date
        vals = [self.t.text[t] for t in toks]
        if not all(v.isdigit() for v in vals):
            return None
        if len(vals[0]) == 4:
            y, m, d = (int(v) for v in vals)
        elif len(vals[2]) == 4:
            d, m, y = (int(v) for v in vals)
        else:
            return None
        if 1900 <= y <= 2100 and len(vals[0]) == 4 and not spaced:
            # 2015/8/5م: a Gregorian date written year first (as the Hijri ones beside it)
            from .dates import iso_date as _iso_date

            iso = _iso_date(y, m, d)
            if not iso:
                return None
            end = self.gregorian_suffix(x + 1)
            return _Q(a, end or x + 1, "date", date=iso)
        if 1900 <= y <= 2100 and len(vals[2]) == 4:
            # 6/ 8 / 2015م, 13 /08 /2015: a Gregorian date day first with spaces around its slashes (the
            # tight form is one date token); a stray هـ after the Gregorian year is a slip of the pen
            from .dates import iso_date as _iso_date

            iso = _iso_date(y, m, d)
            if not iso or self.phrase_before(a, "label_word", clitic=True):
                return None
            end = self.gregorian_suffix(x + 1) or self.hijri_suffix(x + 1)
            return _Q(a, end or x + 1, "date", date=iso)
        if not (_HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1] and 1 <= m <= 12 and 1 <= d <= 30):
            return None
        end = self.hijri_suffix(x + 1)
        if end is None and spaced and not stretch and not (self.phrase_before(a, "day_word", clitic=True) or self.k(a - 1) in ("الموافق", "في", "وفي")
                                           or self.free(a - 1) and self.k(a - 1).removeprefix("و") in _WEEKDAYS):
            return None  # قرار رقم ( 104 / 47 ): spaced slashes name a decision without the هـ (unless a day
            # word says a date comes: وحتى تاريخ 21 /10 /1436)
        return _Q(a, end or x + 1, "date", date=hijri_day_iso(y, m, d), calendar="hijri")

    def hijri_day_range(self, num: _Num) -> _Q | None:
        """1 إلى 30 /11 / 1436هـ, من 5 حتى 9/10/1436هـ: a first day before a numeric Hijri date is one
        stretch of days of that date's month."""
        if not (self.ar and num.written == "digits" and num.is_int and 1 <= num.value <= 30):
            return None
        x = num.b
        if (self.k(x) not in _DAY_TO and not self.is_p(x, "-–")) or self.kind(x + 1) != "num" or not self.free(x + 1):
            return None  # (26 - 29 / 10 / 1436هـ: a dash joins the days too)
        if self.k(x) in _DAY_TO and self.is_p(num.a - 1, "/-") and self.adj(num.a - 1, num.a):
            return None  # من 26-4 إلى 11-5 -1437: the 4 is the month of a day-month, no first day
        second = self.parse_number(x + 1)
        # (من 16 الى 23 /12 /1436: a first day and إلى make the spaced slashes a date without هـ, q81)
        q = self.hijri_numeric(second, stretch=self.k(x) in _DAY_TO) if second is not None else None
        if q is None or not q.date or "/" in q.date:
            return None
        vals = re.findall(r"\d+", self.nt.text[self.t.s[x + 1]:self.t.e[q.b - 1]])
        if len(vals) < 3:
            return None
        d2, m, y = (int(v) for v in (vals[:3] if len(vals[0]) != 4 else vals[2::-1]))
        d = int(num.value)
        if not d < d2 or not _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1]:
            return None
        first = hijri_day_iso(y, m, d)
        if not first:
            return None
        return _Q(num.a, q.b, "date", date=f"{first}/{q.date}", calendar="hijri")

    def _near(self, x, y) -> bool:
        """Tokens x and y are separated by at most two spaces."""
        return 0 <= self.t.s[y] - self.t.e[x] <= 2

    def hijri_day_month(self, num: _Num) -> _Q | None:
        """5 شوال 1436هـ, 5 من شوال (no year: calendar hijri, no Gregorian date)."""
        if not (self.ar and num.written in ("digits", "words") and num.is_int and 1 <= num.value <= 30):
            return None
        if num.written == "words" and not self.free(num.b):
            return None
        x = num.b
        if (num.written == "words" and num.wtype == "unit" and 3 <= num.value <= 9 and num.b == num.a + 1
                and self.t.text[num.a].startswith("ال") and self.k(x) == "من" and self.hmonth_at(x + 1)):
            # صيام الست من شوال: a definite cardinal counts days of the month (a date is السادس من شوال)
            return _Q(num.a, self.hmonth_at(x + 1)[0], "count", num.value, unit="يوم", unit_en="day")
        d, d2 = int(num.value), None
        if ((self.is_p(x, "-–") or self.k(x) == "و" or self.k(x) in _DAY_TO and self.free(x))
                and self.kind(x + 1) == "num" and self.free(x + 1)
                and self.t.text[x + 1].isdigit() and d < int(self.t.text[x + 1]) <= 30 and self._hmonth_after_day(x + 2)):
            d2, x = int(self.t.text[x + 1]), x + 2  # 19 – 21 شوال 1436هـ, 3 و4 ذي القعدة, من 20 إلى 24 شوال: one stretch of days
        if self.k(x) == "من":
            x += 1
        if self.k(x) == "شهر" and self.free(x) and self.hmonth_at(x + 1):
            x += 1  # ٢٠ من شهر رمضان
        hm = self.hmonth_at(x)
        if not hm:
            return None
        end, month = hm
        q = self._hijri_tail(num.a, end, month, d)
        if d2 and self.k(num.b) not in _DAY_TO and self._two_dates(num.a, num.b, d, d2):
            q.b = num.b  # 3 و4 ذي القعدة: the first day alone, sharing the month and year of the second
            return q
        if d2 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", q.date):
            import datetime as dt  # the last day: as many days on as the Hijri days differ

            last = dt.date.fromisoformat(q.date) + dt.timedelta(days=d2 - d)
            q.date = f"{q.date}/{last.isoformat()}"
        return q

    def _hmonth_after_day(self, x) -> bool:
        """A Hijri month at token x, or after من and/or شهر (``29 من شهر شوال``: q81, blind57's readers
        wrote ``من 22 الى 29 من شهر شوال الحالي`` as one stretch)."""
        if self.k(x) == "من" and self.free(x):
            x += 1
        if self.k(x) == "شهر" and self.free(x):
            x += 1
        return bool(self.hmonth_at(x))

    def _hijri_tail(self, a, end, month, day=None) -> _Q:
        yr = self.hyear_at(end)
        if yr is None and self.k(end) in ("عام", "سنه", "لعام", "لسنه"):
            yr = self.hyear_at(end + 1)
        if yr is None and self.k(end) == "من" and self.k(end + 1) in ("عام", "العام", "سنه", "السنه"):
            yr = self.hyear_at(end + 2)  # الخامس من شهر صفر من العام 1434هـ
        if not yr and self.k(end) in ("الجاري", "الحالي") and self.free(end):
            end += 1  # 30 شوال الحالي: the Hijri year of the publication date
            yr = (gregorian_to_hijri_year(*self.pub), end) if self.pub else None
            if yr is None:
                return _Q(a, end, "date", calendar="hijri")
        if not yr and year_said_after(self, end):
            delta, end2 = year_said_after(self, end)  # غرة ذي القعدة العام الماضي: the Hijri year before (year_said, q68)
            yr = (gregorian_to_hijri_year(*self.pub) + delta, end2)
        if not yr and self.k(end) in _HIJRI_RELATIVE and self.free(end) and self.pub:
            # الخامس من ذي القعدة المقبل: the next (or last) such month after the publication date
            try:
                py, pm = gregorian_to_hijri_ym(*self.pub)
            except (ValueError, OverflowError):
                py = None
            if py:
                nxt = _HIJRI_RELATIVE[self.k(end)] == "next"
                y = (py if month > pm else py + 1) if nxt else (py if month < pm else py - 1)
                end += 1
                yr = (y, end)
        if not yr and day and self.pub:
            # 8 من ذي القعدة, الأول من رمضان (no year): the Hijri year that puts the day nearest the
            # publication date, as a Gregorian month without a year is placed nearest the dateline
            yr = self._nearest_hijri_year(month, day, end)
        if yr:
            y, end = yr
            date = hijri_to_iso(y, month, day) if day else hijri_to_iso(y, month)
        else:
            date = ""
        return _Q(a, end, "date", date=date, calendar="hijri")

    def _nearest_hijri_year(self, month, day, end):
        """(year, end) of the Hijri year that puts ``day`` of ``month`` nearest the publication date."""
        import datetime as dt

        try:
            py, _ = gregorian_to_hijri_ym(*self.pub)
            pub = dt.date(*self.pub)
        except (ValueError, OverflowError, TypeError):
            return None
        best = None
        for y in (py - 1, py, py + 1):
            iso = hijri_to_iso(y, month, day)
            if not iso or "/" in iso:
                continue
            gap = abs((dt.date.fromisoformat(iso) - pub).days)
            if best is None or gap < best[0]:
                best = (gap, y)
        return (best[1], end) if best else None

    # -- at a token (START_RULES)
    def _first_of_month_word(self, i):
        """The start of غرة (شهر) before the month name at token i (the first day of the month), or None."""
        x = i - 1 if self.k(i - 1) not in ("شهر", "لشهر", "بشهر") else i - 2
        if x >= 0 and self.free(x) and self.k(x) in ("غره", "بغره", "لغره", "وغره", "فغره"):
            return x
        return None

    def hijri_month_name(self, i):
        """A Hijri month first: شوال 1436هـ, شهر رمضان المبارك لعام 1436; صفر alone is zero, رمضان alone a name."""
        if not self.ar or not self.is_word(i):
            return None
        hm = self.hmonth_at(i)
        if not hm:
            return None
        end, month = hm
        x = end
        if self.k(x) in ("المبارك", "الكريم", "المعظم", "الحرام", "المحرم"):
            x += 1
        g = self._first_of_month_word(i)
        if g is not None:  # غرة شوال, غرة شهر محرم 1437هـ: the first day of the month
            q = self._hijri_tail(g, x, month, 1)
            q.written = "words"
            return q
        y = x
        while y < x + 2 and self.k(y) in ("عام", "عام", "سنه", "لعام", "لسنه", "من", "للعام", "العام", "لعام", "بعام"):
            y += 1
        if y > x and self.k(y - 1) in ("العام", "للعام") and self.k(y) in _YEAR_ADJ and self.free(y) and self.hyear_at(y + 1):
            y += 1  # شهر رمضان للعام الحالي 1436هـ, شوال من العام الجاري 1436: the year's adjective before the year
        yr = self.hyear_at(y)
        a = i - 1 if self.k(i - 1) in ("شهر", "لشهر", "بشهر") and self.free(i - 1) else i
        if yr:  # شهر رمضان 1436: a month of a year is a period (the annotation guide), its Gregorian interval
            return _Q(a, yr[1], "period", 1, unit="شهر", unit_en="month", date=hijri_to_iso(yr[0], month),
                      calendar="hijri")
        rel = self.k(x)
        if (self.pub and self.free(x) and (rel in _HIJRI_RELATIVE or rel in ("الجاري", "الحالي"))
                and (a < i or self.k(i) != "صفر")):
            # شهر ذي القعدة المقبل, رمضان الماضي: the Hijri month next to (or of) the publication date, a period
            try:
                py, pm = gregorian_to_hijri_ym(*self.pub)
            except (ValueError, OverflowError):
                py = None
            if py:
                if rel in ("الجاري", "الحالي"):
                    y = py
                elif _HIJRI_RELATIVE[rel] == "next":
                    y = py if month > pm else py + 1
                else:
                    y = py if month < pm else py - 1
                return _Q(a, x + 1, "period", 1, unit="شهر", unit_en="month", date=hijri_to_iso(y, month),
                          calendar="hijri")
        return NO_FIGURE if self.lx.months.get((self.k(i),)) is None else None
