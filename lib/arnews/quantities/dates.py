"""Rules for dates and periods: ``9 يناير 2015``, ``28 يونيو/حزيران``, ``January 9, 2015``,
``01/01/2025``, ``الأشهر الستة الأولى من عام 2024``, ``the first quarter of 2024`` (clock times
are in :mod:`.clock_rules`)."""
from __future__ import annotations

import calendar
import re

from .figure import NO_FIGURE, Figure as _Q
from .glued_dates import glued_gregorian_date
from .lexicon import DEFINITE_PREFIXES as _DEFINITE, ORD_SUFFIX as _ORD_SUFFIX
from .numbers import Number as _Num
from .year_said import year_said_after
from ..tokens import stopwords as _stopwords


#: a month said to be the last, the current or the next one (year from the publication date)
_RELATIVE_MONTH = {"الماضي": "past", "المنصرم": "past", "الفائت": "past", "السابق": "past", "المقبل": "next", "القادم": "next",
                   "الجاري": "current", "الحالي": "current",
                   # plural (dual) agreement with two coordinated months: سبتمبر أو أكتوبر المقبلين
                   "الماضيين": "past", "المقبلين": "next", "القادمين": "next"}
#: the public name of the relative-month words (ordinals reads them after أول + a month: q81)
RELATIVE_MONTH = _RELATIVE_MONTH
_PLURAL_RELATIVE = ("الماضيين", "المقبلين", "القادمين")

#: "current" after a month: الجاري/الحالي (the month or year of publication)
#: a place named by a date after it (key form): مدينة 6 أكتوبر, ميدان 23 يوليو
_PLACE_BY_DATE = ("مدينه", "جسر", "كوبري", "ميدان", "شارع")
_CURRENT = ("الجاري", "الحالي")
#: a fiscal year named in a paragraph
_FISCAL_RE = re.compile(r"(?:(?:العام|السنة|السنه|عام|سنة)\s+(?:المالية|الماليه|المالي)(?!\w)|fiscal year)"
                        r"(?!\s+\d{4}(?!\s*[-/]\s*\d))", re.I)  # (not السنة المالية 2015: a calendar year)
#: a dual of يوم before two coordinated days (يومي 18 و19 أغسطس)
_TWO_DAYS = ("يومي", "ليومي", "بيومي", "ويومي")
#: the words that join two days of one month into a stretch (key form): 22 إلى 30 أغسطس
_DAY_TO = ("الي", "حتي", "وحتي", "ولغايه", "لغايه")
#: the words right before a day of "it" (N منه) that make it a date: في 20 منه, قبل الـ20 منه, يوم 5 منه (key form);
#: not المادة 12 منه, الصفحة 25 منه, وباع 15 منه (a label or a count of it)
_DAY_OF_IT_FRAME = ("في", "وفي", "قبل", "وقبل", "بعد", "وبعد", "حتي", "وحتي", "منذ", "ومنذ", "يوم", "ويوم", "ليوم",
                    "بيوم", "الي", "والي", "بتاريخ", "وبتاريخ", "الموافق", "والموافق") + _TWO_DAYS
#: من before a day of "it" makes it a date only after one of these (اعتبارا من 15 منه, في الفترة من 3 منه); not
#: أكثر من 15 منه (a count of it) (key form)
_DAY_OF_IT_FROM = ("اعتبارا", "ابتداء", "بدءا", "الفتره")
_OPEN_QUOTES = "«\"“"
_CLOSE_QUOTES = "»\"”"

#: weekday names after يوم (key form)
WEEKDAYS = ("الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت")
_WEEKDAYS = WEEKDAYS  # the old name, still used in this module


#: words after a quarter or a half that make it the corresponding one of another year (key form)
_SAME_PERIOD = ("المماثل", "المقابل", "نفسه", "ذاته", "عينه")


def _shift_days(iso: str, days: int) -> str | None:
    """ISO date ``iso`` (``2015-08-20`` or yearless ``--08-20``) moved by ``days`` within its month."""
    import datetime as dt

    m = re.fullmatch(r"(\d{4}|-)-(\d{2})-(\d{2})", iso)
    if not m:
        return None
    if m[1] == "-":
        d = int(m[3]) + days
        return f"--{m[2]}-{d:02d}" if 1 <= d <= 31 else None
    try:
        return (dt.date(int(m[1]), int(m[2]), int(m[3])) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def iso_date(year, month, day) -> str | None:
    if not (1 <= month <= 12):
        return None
    last = calendar.monthrange(year or 2024, month)[1]
    if not (1 <= day <= last):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


_iso_date = iso_date  # the old name, still used in this module


#: before "the first N months": the frame of a report, the months of this year (في الأشهر السبعة الأولى)
_REPORT_FRAME = ("في", "خلال", "وفي", "وخلال", "فى")


def _hijri_month_of(date: str) -> tuple[int, int] | None:
    """(Hijri year, month) of a Hijri date figure's first day (its ISO Gregorian ``date``), else None (fixq)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:/.*)?", date or "")
    if not m:
        return None
    from .hijri import gregorian_to_hijri_ym

    try:
        return gregorian_to_hijri_ym(int(m[1]), int(m[2]), int(m[3]))
    except (ValueError, OverflowError):
        return None


class _DateRules:
    """Date and period rules (a scanner mixin)."""

    # -- at a token (START_RULES)
    def numeric_date(self, i) -> _Q | None:
        """A numeric date token, day first: 01/01/2025, 2025-01-01."""
        if self.kind(i) != "datenum" or (self.letter_glued(i) and not self._glued_after_equivalent(i)
                                         and not self._glued_after_date_word(i)):
            return None
        parts = re.split(r"[/.-]", self.t.text[i])
        if len(parts[0]) == 4:
            y, m, d = (int(p) for p in parts)
        else:
            d, m, y = (int(p) for p in parts)
        iso = _iso_date(y, m, d)
        if not iso:
            return None
        # 9/8/2015م: the glued Gregorian mark is part of the date, as after a written year (session 40:
        # the four day-first dates with م in the development sets are written with it by every reader)
        b = (self.gregorian_suffix(i + 1) or i + 1) if self.ar and 1900 <= y <= 2100 else i + 1
        return _Q(i, b, "date", date=iso)

    def _glued_after_equivalent(self, i) -> bool:
        """The numeric date at token i is glued to الموافق before it (``19/10/1436هـ الموافق04/08/2015م``: a
        missing space, the date of the other calendar; session 40)."""
        return self.ar and i > 0 and self.adj(i - 1, i) and self.k(i - 1) in ("الموافق", "والموافق", "موافق")

    def _glued_after_date_word(self, i) -> bool:
        """The numeric date at token i is a day-first Gregorian d/m/yyyy glued to a particle, a weekday or a word of
        dating before it (``في3/6/2015``, ``بتاريخ16/10/2015م``: a missing space; fixq2), or glued to a word after it
        with such a word before it (``بتاريخ 15/8/2015وهي``); not to another word (``ويندوز10/08/2015``: a name's
        number)."""
        if not (self.ar and i > 0 and self.kind(i - 1) == "ar" and glued_gregorian_date(self.t.text[i])):
            return False
        k = self.k(i - 1)
        return (k in _stopwords("ar") or k in WEEKDAYS or (k,) in self.lx.markers.get("dated_word", {})
                or (k,) in self.lx.markers.get("day_word", {}))

    def month_name(self, i):
        """A month name first: يونيو 2024, January 9, 2015, شهر يونيو."""
        if not self.is_word(i) or self.k(i) not in self.lx.month_first:
            return None
        m = self.month_at(i)
        if not m:
            return None
        g = self._first_of_month_word(i) if self.ar else None
        if g is not None:  # غرة يناير 2016: the first day of the month
            end = self.month_pair(m[0], m[1])
            yr = self.year_at(end)
            if yr:
                end += 1
            elif self.free(end) and self.k(end) in _RELATIVE_MONTH and self.pub:
                yr = self._relative_year(_RELATIVE_MONTH[self.k(end)], m[1], 1)
                end += 1
            return _Q(g, end, "date", date=_iso_date(yr, m[1], 1), written="words")
        return self.month_first(i, m) or NO_FIGURE

    def edge_of_relative_year(self, i):
        """A stretch of a year named from the publication date: نهاية العام الجاري, مطلع العام المقبل,
        أواخر العام الماضي: no figure (as العام الماضي alone, a time noun without a number), and nothing
        else reads it."""
        if not self.ar or not self.pub:
            return None
        edge = self.phrase_at(i, "range_edge", clitic=True)
        if not edge:
            return None
        j = edge[0]
        if self.k(j) not in ("العام", "السنه", "عام") or not self.free(j) or not self.free(j + 1):
            return None
        rel = _RELATIVE_MONTH.get(self.k(j + 1))
        if rel is None or self.k(j + 1) in _PLURAL_RELATIVE:
            return None
        # no figure (session 36, convention changed): the readers of blind31, 33, 36 and 39 (both) and blind22 a
        # leave نهاية العام الحالي, مطلع العام المقبل out, as a time noun without a number (9 gold rows missing;
        # 4 written, blind19 a, 22 b, 34); until then a period of the publication year (round 8)
        return NO_FIGURE

    def _relative_year(self, rel, month, day):
        """The year of day/month said to be past (الماضي), next (المقبل) or current, from the
        publication date: the last such day before it, the first after it."""
        y, pm, pd = self.pub
        if rel == "past" and (month, day) >= (pm, pd):
            return y - 1
        if rel == "next" and (month, day) <= (pm, pd):
            return y + 1
        return y

    def _relative_month(self, word):
        """(year, month) of الشهر الجاري/الحالي (the month of publication), المقبل/القادم (the one
        after) or الماضي (the one before), from the publication date; None without one."""
        if not self.pub or word not in ("الجاري", "الحالي", "المقبل", "القادم", "الماضي"):
            return None
        y, m = self.pub[0], self.pub[1] + {"المقبل": 1, "القادم": 1, "الماضي": -1}.get(word, 0)
        return (y + 1, 1) if m == 13 else (y - 1, 12) if m == 0 else (y, m)

    def ordinal_day(self, i):
        """الخامس عشر من مارس, الأول من يوليو 2015, يومي الرابع والخامس من آب (days as ordinal words)."""
        if not self.ar:
            return None
        d = self._ordinal_value(i)
        if d is None:
            return None
        kp = self.k(i - 1)
        if (self.free(i - 1) and self.kind(i - 1) == "ar" and self.definite(i - 1) and not self.k(i).startswith("و")
                and self.strip_def(i - 1) not in ("يوم", "موافق", "موافقه") and not self.numword(i - 1)
                and kp not in _WEEKDAYS and kp not in _RELATIVE_MONTH and not self.month_at(i - 1)
                and not self.hmonth_at(i - 1)):
            return None  # الأسبوع الأول من سبتمبر: the ordinal ranks the noun before it, it is no day
        day, j = d
        day2 = None
        first_end = j
        if self.k(j).startswith("و"):
            d2 = self._ordinal_value(j, conj=True)
            if d2 and d2[0] > day:
                day2, j = d2
        # الثاني والخامس من الشهر المقبل: two days joined by و are two rows (guide), the first spanning its
        # own day words; one stretch only after بين, or after يومي when the days are consecutive (as in digits)
        two = bool(day2) and self._two_dates(i, first_end, day, day2)
        while day2 and self.k(j).startswith("و") and self.free(j):
            d3 = self._ordinal_value(j, conj=True)  # الثالث والرابع والخامس من أغسطس: a list, a row each
            if not (d3 and d3[0] > day2):
                break
            day2, j = d3
            two = True
        if not day2 and self.k(j) in ("الي", "والي", "حتي", "وحتي", "لغايه", "ولغايه") and self.free(j + 1):
            # من الأول وحتى الخامس من ذي القعدة: one stretch of days, the first taking the month of the second
            q2 = self.ordinal_day(j + 1)
            if isinstance(q2, _Q) and q2.date and "/" not in q2.date and "T" not in q2.date:
                d2 = self._ordinal_value(j + 1)
                iso = _shift_days(q2.date, day - d2[0]) if d2 and d2[0] > day else None
                if iso:
                    return _Q(i, q2.b, "date", date=f"{iso}/{q2.date}", written="words", calendar=q2.calendar)
        if (not day2 and self.k(j) in _DAY_TO and self.free(j + 1) and self.kind(j + 1) == "num"
                and self.t.text[j + 1].isdigit() and day < int(self.t.text[j + 1]) <= 31):
            q2 = self._digit_day_to(i, j + 1, day)
            if q2 is not None:
                return q2
        if self.k(j) == "من":
            j += 1
        if self.k(j) == "شهر" and self.free(j) and (self.month_at(j + 1) or self.hmonth_at(j + 1)):
            j += 1  # الخامس عشر من شهر رمضان
        m = self.month_at(j)
        if not m and self.k(j) in ("الشهر", "شهر") and self.free(j + 1) and self.k(j + 1) in ("نفسه", "ذاته", "عينه"):
            # الثامن من الشهر نفسه: the month (and year) of the date before
            prev = [q for q in self._months_named_before() if q.calendar != "hijri"]
            if not prev:
                return None
            m0 = re.match(r"(\d{4})?-?-(\d{2})", prev[-1].date)
            yr, month = (int(m0[1]) if m0[1] else None), int(m0[2])
            iso = _iso_date(yr, month, day)
            if iso and day2:
                iso2 = _iso_date(yr, month, day2)
                iso = f"{iso}/{iso2}" if iso2 else iso
            if not iso:
                return None
            if two:
                return _Q(self._two_days_start(i), first_end, "date", date=iso.split("/")[0], written="words")
            a = i - 1 if day2 and self.k(i - 1) in _TWO_DAYS and self.free(i - 1) else i
            return _Q(a, j + 2, "date", date=iso, written="words")
        if (not m and self.k(j) in ("الشهر", "شهر") and self.free(j + 1)
                and self._relative_month(self.k(j + 1)) and not self.month_at(j + 1)):
            # الخامس عشر من الشهر الجاري, العاشر من الشهر المقبل: a month named from the publication date
            yr, month = self._relative_month(self.k(j + 1))
            iso = _iso_date(yr, month, day)
            if iso and day2:
                iso2 = _iso_date(yr, month, day2)
                iso = f"{iso}/{iso2}" if iso2 else iso
            if not iso:
                return None
            if two:
                return _Q(self._two_days_start(i), first_end, "date", date=iso.split("/")[0], written="words")
            a = i - 1 if day2 and self.k(i - 1) in _TWO_DAYS and self.free(i - 1) else i
            return _Q(a, j + 2, "date", date=iso, written="words")
        if not m:
            hm = self.hmonth_at(j) if not day2 else None
            if hm:  # الخامس من ذي القعدة المقبل, العاشر من محرم 1437هـ
                q = self._hijri_tail(i, hm[0], hm[1], day)
                q.written = "words"
                return q
            return None
        end, month = m
        end = self.month_pair(end, month)
        year = None
        y = end
        if self.k(y) in ("عام", "سنة", "لعام"):
            y += 1
        if self.year_at(y):
            year, end = self.year_at(y), y + 1
            if self.adj(y, end) and self.k(end) == "م":
                end += 1
        if year is None and self.free(end) and self.k(end) in _RELATIVE_MONTH and self.pub:
            # العاشر من شهر أغسطس الحالي, الخامس من مارس المقبل: the year from the publication date
            year = self._relative_year(_RELATIVE_MONTH[self.k(end)], month, day)
            end += 1
        if year is None and year_said_after(self, end):
            delta, end = year_said_after(self, end)  # الحادي والعشرين من سبتمبر من العام الماضي (year_said, q68)
            year = self.pub[0] + delta
        iso = _iso_date(year, month, day)
        if not iso:
            return None
        if day2:
            iso2 = _iso_date(year, month, day2)
            iso = f"{iso}/{iso2}" if iso2 else iso
        if two:
            return _Q(self._two_days_start(i), first_end, "date", date=iso.split("/")[0], written="words")
        a = i - 1 if day2 and self.k(i - 1) in _TWO_DAYS and self.free(i - 1) else i
        return _Q(a, end, "date", date=iso, written="words")

    def _digit_day_to(self, i, x, day) -> _Q | None:
        """من السادس إلى 15 أغسطس: an ordinal day to a day in digits of a named month, one stretch of days
        (the year after the month, or none) (round 39)."""
        d2, y = int(self.t.text[x]), x + 1
        if self.k(y) == "من":
            y += 1
        m = self.month_at(y)
        if not m:
            return None
        end, month = m
        end = self.month_pair(end, month)
        yr = self.year_at(end)
        year = yr if yr else None
        if yr:
            end += 1
        elif self.free(end) and self.k(end) in _RELATIVE_MONTH and self.pub:
            year = self._relative_year(_RELATIVE_MONTH[self.k(end)], month, d2)  # ... 12 من أكتوبر المقبل
            end += 1
        iso, iso2 = _iso_date(year, month, day), _iso_date(year, month, d2)
        if not (iso and iso2):
            return None
        return _Q(i, end, "date", date=f"{iso}/{iso2}", written="mixed")

    def _ordinal_value(self, i, conj=False):
        """(day, end) of an ordinal day written in words at token i: الخامس, الخامس عشر, الحادي والعشرين."""
        nw = self.numword(i) if self.free(i) else None
        if nw and nw[1] == "tens" and nw[0] in (20, 30) and not conj and nw[2] in _DEFINITE and self.k(i + 1) == "من":
            return int(nw[0]), i + 1  # حتى الثلاثين من مايو: the thirtieth (its month must follow)
        if not nw or nw[1] != "ordinal" or not 1 <= nw[0] <= 10:
            return None
        if self.k(i).endswith(("ه", "اولي")):
            return None  # a day is masculine (اليوم الخامس): الأيام العشرة الأولى من رمضان is no date
        pref = nw[2]
        if not pref and self.k(i).startswith("ال"):
            pref = "ال"  # الأول is a lexicon word of its own (الأول من يوليو)
        if conj and not pref.startswith("و"):
            return None
        if not conj and pref not in _DEFINITE:
            return None
        v, j = int(nw[0]), i + 1
        nxt = self.numword(j) if self.free(j) else None
        if nxt and nxt[1] == "ten" and not nxt[2] and v < 10:
            return 10 + v, j + 1
        if nxt and nxt[1] == "tens" and nxt[2].startswith("و") and nxt[0] in (20, 30):
            return v + int(nxt[0]), j + 1
        return v, j

    def en_ordinal_word(self, i):
        """English ordinal words start only periods: the first quarter, the second half."""
        if self.ar or not self.is_word(i) or self.k(i) not in ("first", "second", "third", "fourth", "last", "final"):
            return None
        return self.en_quarter(i) or NO_FIGURE

    # -- after a number (NUMBER_RULES)
    def day_first(self, num: _Num) -> _Q | None:
        """9 يناير 2015, 4 من يوليو, 28 يونيو/حزيران, 9 January 2015, يوم 28/6."""
        if not (num.is_int and 1 <= num.value <= 31):
            return None
        a, b, d = num.a, num.b, int(num.value)
        if (self.ar and self.free(a - 1) and any(bs in _PLACE_BY_DATE for p_, bs in self.bases(a - 1) if p_ in ("", "ب", "و", "ل", "وب"))
                and self.month_at(b) and not self.year_at(self.month_at(b)[0])):
            # مدينة 6 أكتوبر, بمدينة ستة أكتوبر, جسر 15 مايو, ميدان 23 يوليو: a place named by a date (a label)
            return _Q(a - 1, self.month_at(b)[0], "label", num.value)
        if num.written != "digits":
            return None
        x = b
        d2 = None
        # يومي 18 و19 أغسطس, 3 و4 مايو, يومي الـ23 والـ24 من أغسطس: coordinated days of one month
        if self.ar and (self.k(x) == "و" or self.k(x) == "وال" and self.adj(x, x + 1)) and self.kind(x + 1) == "num" and self.free(x + 1):
            t2 = self.t.text[x + 1]
            if t2.isdigit() and d < int(t2) <= 31 and (self.month_at(x + 2) or (self.k(x + 2) == "من" and (
                    self.month_at(x + 3) or self.k(x + 3) in ("الشهر", "شهر")))
                    or self.k(x + 2) in _CURRENT and self.free(x + 2) or self.k(x + 2) == "منه" and self.free(x + 2)):
                d2, x = int(t2), x + 2
        # 4 – 6 أغسطس 2015م, 18-20 مارس: a dash between two days of one month is one stretch of days (as
        # 15-20 شخصا is one range); not 6-3 أغسطس (the second day must come later)
        elif self.ar and self.is_p(x, "-–") and self.kind(x + 1) == "num" and self.free(x + 1):
            t2 = self.t.text[x + 1]
            if t2.isdigit() and d < int(t2) <= 31 and self.month_at(x + 2):
                d2, x = int(t2), x + 2
        two = bool(d2) and self._two_dates(a, b, d, d2)  # 14 و17 أغسطس: two rows (not يومي 18 و19 أغسطس)
        if self.ar and self.k(x) == "منه" and self.free(x):
            q = self._day_of_it(a, b, x, d, d2, two)
            if q is not None:
                return q
        # يومي 25 و26 من الشهر نفسه, 26 من الشهر الجاري: a day of a month named before (or not at all)
        # 24 من نفس الشهر, من ذات الشهر: the same month with نفس/ذات before it (q81: both readers of blind57)
        same_first = (self.ar and self.k(x) == "من" and self.k(x + 1) in ("نفس", "ذات") and self.free(x + 1)
                      and self.k(x + 2) == "الشهر" and self.free(x + 2) and num.written == "digits")
        if same_first or (self.ar and self.k(x) == "من" and self.k(x + 1) in ("الشهر", "شهر") and num.written == "digits"
                          and not (self.month_at(x + 2) or self.hmonth_at(x + 2))):  # not ٢٠ من شهر رمضان
            end = x + 2
            month = same_year = hijri_ym = None
            if same_first or self.k(end) in ("نفسه", "ذاته", "عينه"):
                prev = self._months_named_before()
                if prev and prev[-1].calendar == "hijri":
                    # 12 من الشهر ذاته after a Hijri date: its Gregorian month is not the one meant, its Hijri month is
                    # (fixq: وصل في 5 شوال ثم غادر في 24 من نفس الشهر, 24 Shawwal of the year 5 Shawwal was given)
                    hijri_ym = _hijri_month_of(prev[-1].date)
                    prev = []
                if prev:  # the month (and year) of the date before
                    m0 = re.match(r"(\d{4})?-?-(\d{2})", prev[-1].date)
                    month = int(m0[2])
                    same_year = int(m0[1]) if m0[1] else None
                end += 1
            elif self.k(end) in ("الجاري", "الحالي", "الماضي", "المقبل", "القادم"):
                end += 1
            if d2 and self.k(self._day_start(a) - 1) in _TWO_DAYS and self.free(self._day_start(a) - 1):
                a = self._day_start(a) - 1
            rel = self._relative_month(self.k(end - 1)) if not month else None
            if rel:  # 26 من الشهر الجاري, 3 من الشهر المقبل: the month of publication, the next, the last
                same_year, month = rel
            cal = ""
            if month:
                yr = same_year
                iso = _iso_date(yr, month, d) + (f"/{_iso_date(yr, month, d2)}" if d2 else "")
            elif hijri_ym and d <= 30 and (d2 or 0) <= 30:
                from .hijri import hijri_day_iso

                first, last = hijri_day_iso(*hijri_ym, d), hijri_day_iso(*hijri_ym, d2) if d2 else ""
                iso, cal = (first + (f"/{last}" if last else "") if first and (last or not d2) else ""), "hijri"
            else:
                iso = ""
            if two:
                return _Q(a, b, "date", date=iso.split("/")[0], calendar=cal)  # 10 و12 من الشهر الجاري: the first day alone
            return _Q(a, end, "date", date=iso, calendar=cal)
        if self.ar and self.k(x) in _CURRENT and self.free(x) and not self.month_at(x + 1):
            # يوم 14 الجاري, يومي 14 و17 الجاري: days of the month of publication (الشهر left out)
            if d2 and self.k(self._day_start(a) - 1) in _TWO_DAYS and self.free(self._day_start(a) - 1):
                a = self._day_start(a) - 1
            y, mo = self.pub[:2] if self.pub else (None, None)
            iso = _iso_date(y, mo, d) if mo else ""
            if iso is None:
                return None  # 31 الجاري in a month of 30 days: no day of this month
            if two:
                return _Q(a, b, "date", date=iso)
            return _Q(a, x + 1, "date", date=iso + (f"/{_iso_date(y, mo, d2)}" if d2 and iso else ""))
        if (self.ar and not d2 and self.k(x) in _DAY_TO and self.kind(x + 1) == "num" and self.free(x + 1)
                and self.t.text[x + 1].isdigit() and d < int(self.t.text[x + 1]) <= 31):
            if self.month_at(x + 2) or self.k(x + 2) == "من" and self.month_at(x + 3):
                # (من) 1 إلى 18 نوفمبر, 22 إلى 30 أغسطس/ آب، الحالي: one stretch of days of the second's month
                d2, x = int(self.t.text[x + 1]), x + 2
        if self.ar and self.k(x) == "من":  # 4 من يوليو
            x += 1
        elif self.ar and self.is_p(x, "/") and self.adj(x - 1, x) and self.month_at(x + 1):
            x += 1  # 12/أغسطس: a day and a month name joined by a slash
        if self.ar and self.k(x) == "شهر" and self.free(x) and self.month_at(x + 1):
            x += 1  # 20 من شهر مايو
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
            if self.ar and self.k(y) == "من" and self.k(y + 1) in ("عام", "العام", "سنه", "السنه"):
                if self.year_at(y + 2):
                    y += 1  # 21 يوليو (تموز) من عام 1969: the year of the day
                elif self.k(y + 2) in _RELATIVE_MONTH and self.free(y + 2) and self.year_at(y + 3):
                    y += 3  # 30 من يناير (كانون الثاني) من العام المقبل 2016
            if self.ar and self.k(y) in ("عام", "سنة", "العام", "سنه"):
                y += 1
            yr = self.year_at(y)
            if yr:
                year, end = yr, y + 1
                if self.ar and self.adj(y, y + 1) and self.k(y + 1) in ("م",):
                    end += 1
            elif self.ar and self.k(end) in _CURRENT and self.free(end):
                end += 1  # 17 من أغسطس الجاري: the year of publication
                year = self.pub[0] if self.pub else None
            elif self.ar and self.is_p(end, "،,") and self.k(end + 1) in _CURRENT and self.free(end + 1):
                end += 2  # 30 أغسطس/ آب، الحالي: the current month after a comma
                year = self.pub[0] if self.pub else None
            elif (self.ar and self.is_p(end, _CLOSE_QUOTES) and self.is_p(a - 1 - (a > 0 and self.t.text[a - 1] in ("ال", "الـ")), _OPEN_QUOTES)
                  and self.k(end + 1) in _CURRENT and self.free(end + 1)):
                end += 2  # "12/أغسطس" الجاري: the date quoted, the current month after the quote
                year = self.pub[0] if self.pub else None
            elif self.ar and self.free(end) and _RELATIVE_MONTH.get(self.k(end)) in ("past", "next") and self.pub:
                # 13 مايو الماضي, 4 سبتمبر المقبل: the year from the publication date
                year = self._relative_year(_RELATIVE_MONTH[self.k(end)], month, d)
                end += 1
            elif year_said_after(self, end):
                delta, end = year_said_after(self, end)  # 21 سبتمبر من العام الماضي (year_said, q68)
                year = self.pub[0] + delta
            iso = _iso_date(year, month, d)
            if iso and two:
                return _Q(a, b, "date", date=iso)  # 14 و17 أغسطس: the first day alone, sharing the month
            if iso and d2:
                iso2 = _iso_date(year, month, d2)
                iso = f"{iso}/{iso2}" if iso2 else iso
            if iso:
                if d2 and self.ar and self.k(self._day_start(a) - 1) in _TWO_DAYS:
                    a = self._day_start(a) - 1
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

    def _two_dates(self, a, x, d=None, d2=None) -> bool:
        """Two days joined by و at token x (14 و17 أغسطس, 3 و4 ذي القعدة) are two dates, one row each
        (the first takes the month and year of the second), unless بين before them makes them one stretch
        (بين 10 و12 مارس), or a dual of يوم does and the days are consecutive (يومي 18 و19 أغسطس: the
        stretch holds exactly those two days; يومي 14 و17 الجاري are two days, not 14 to 17); a dash is
        always one stretch."""
        if not self.ar or self.is_p(x, "-–"):
            return False
        before = self._day_start(a) - 1
        if not self.free(before):
            return True
        if self.k(before) in _TWO_DAYS:
            return d is not None and d2 is not None and d2 != d + 1
        return self.k(before) not in ("بين", "وبين")

    def _day_of_it(self, a, b, x, d, d2, two) -> _Q | None:
        """والإياب في 25 و26 منه, قبل الـ20 منه: days of "it", the Gregorian month named last before them in the
        paragraph (its year too); None when none was named (المادة 45 منه, النسخة 24 منه: a number of it) (q71), when
        no date word stands right before the day (المادة 12 منه after يناير 2014) or the month named last is Hijri (fix1)."""
        start = self._day_start(a)
        if self.k(start - 1) == "و" and self.kind(start - 2) == "num":
            start = self._day_start(start - 2)  # في 25 و26 منه: the second of two days takes the first's frame
        framed = self.k(start - 1) in _DAY_OF_IT_FRAME or (self.k(start - 1) in ("من", "ومن")
                                                           and self.k(start - 2) in _DAY_OF_IT_FROM)
        if not (framed and self.free(start - 1)):
            return None  # المادة 12 منه, الصفحة 25 منه, وباع 15 منه: a label or a count, no day
        prev = [q for q in self._months_named_before() if q.b <= a]
        if not prev or prev[-1].calendar == "hijri":
            return None  # وفي 27 منه after شهر رمضان: a Hijri day, not one of the Gregorian month named earlier
        if any(self.hmonth_at(i) for i in range(prev[-1].b, start)):
            return None  # a Hijri month named after the Gregorian one (شهر رمضان with no date is no figure)
        m0 = re.match(r"(\d{4})?-?-(\d{2})", prev[-1].date)
        if not m0:
            return None
        yr, month = (int(m0[1]) if m0[1] else None), int(m0[2])
        iso = _iso_date(yr, month, d)
        if not iso:
            return None
        if two:
            return _Q(a, b, "date", date=iso)
        iso2 = _iso_date(yr, month, d2) if d2 else None
        if d2 and not iso2:
            return None
        if d2 and self.k(self._day_start(a) - 1) in _TWO_DAYS and self.free(self._day_start(a) - 1):
            a = self._day_start(a) - 1
        return _Q(a, x + 1, "date", date=f"{iso}/{iso2}" if iso2 else iso)

    def _two_days_start(self, i):
        """The first token of the first of two dates in words: يومي before it (يومي الرابع والسابع من آب), as in
        digits (يومي 14 و17 الجاري)."""
        return i - 1 if self.k(i - 1) in _TWO_DAYS and self.free(i - 1) else i

    def _day_start(self, a):
        """The first token of the day number at token a: the article الـ glued before it (الـ23)."""
        return a - 1 if a > 0 and self.t.text[a - 1] in ("ال", "الـ") and self.t.s[a] - self.t.e[a - 1] <= 1 else a

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
        m2 = self.month_at(end) if self.ar else None
        if m2 and m2[1] == month:
            return m2[0]  # 25 يناير كانون الثاني 2011
        return end

    @staticmethod
    def _month_known(q) -> bool:
        """Figure q names one month (a date, or a month of a year): الشهر نفسه after it is that month."""
        return (q.kind == "date" and bool(re.match(r"(?:\d{4})?--?\d{2}", q.date))
                or q.kind == "period" and bool(re.fullmatch(r"(?:\d{4})?--?\d{2}", q.date)))

    def _month(self, a, b, date) -> _Q:
        """A whole month of a year (مايو 2003, June 2024): a ``period`` of one month, not a day."""
        unit, en = ("شهر", "month") if self.ar else ("month", "month")
        return _Q(a, b, "period", 1, unit=unit, unit_en=en, date=date)

    def month_first(self, i, m) -> _Q | None:
        """The date a month name at token i opens (``m``: its end and month)."""
        end, month = m
        end = self.month_pair(end, month)
        # English: January 9, 2015 / January 9
        if self.kind(end) == "num" and self.free(end):
            t = self.t.text[end]
            if t.isdigit() and 1 <= int(t) <= 31 and (not self.ar or self.is_p(end + 1, ",") and self.year_at(end + 2)):
                # January 9, 2015; أغسطس 3, 2015 (the date line of an embedded tweet)
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
                return self._month(i, end + 1, f"{yr:04d}-{month:02d}")
        a = i - 1 if self.ar and self.k(i - 1) in ("شهر", "لشهر", "بشهر") and self.free(i - 1) else i
        yw = end + 1 if self.k(end) == "من" and self.free(end) else end
        if self.k(yw) in ("عام", "سنه", "العام", "السنه") and self.free(yw) and self.year_at(yw + 1):
            # يوليو (تموز) سنة 2008, شهر مايو من عام 2003: the month of a year
            z = yw + 3 if self.adj(yw + 1, yw + 2) and self.k(yw + 2) == "م" else yw + 2  # 2022م
            return self._month(a, z, f"{self.year_at(yw + 1):04d}-{month:02d}")
        if self.is_p(end, ",") and self.year_at(end + 1):
            return self._month(i, end + 2, f"{self.year_at(end + 1):04d}-{month:02d}")
        if (self.ar and self.pub and self.k(yw) in ("العام", "السنه") and self.free(yw) and self.free(yw + 1)
                and _RELATIVE_MONTH.get(self.k(yw + 1)) in ("past", "next", "current") and self.k(yw + 1) not in _PLURAL_RELATIVE):
            # شهر حزيران (يونيو) من العام الحالي, مايو من العام الماضي: the month of a year said from the publication date
            y = self.pub[0] + {"past": -1, "next": 1, "current": 0}[_RELATIVE_MONTH[self.k(yw + 1)]]
            return self._month(a, yw + 2, f"{y:04d}-{month:02d}")
        rel_end = end
        if (self.ar and self.free(end) and self.k(end) in ("او", "و") and self.month_at(end + 1)
                and self.k(self.month_pair(*self.month_at(end + 1))) in _PLURAL_RELATIVE):
            rel_end = self.month_pair(*self.month_at(end + 1))  # سبتمبر أو أكتوبر المقبلين: the first month too
        elif self.ar and self.glued_month_at(end) and self.k(self.month_pair(*self.glued_month_at(end))) in _PLURAL_RELATIVE:
            rel_end = self.month_pair(*self.glued_month_at(end))  # يونيو ومايو الماضيين: the first month too (q56)
        # آذار (مارس) الماضي, يونيو المقبل: a month relative to the publication date
        if self.ar and self.free(rel_end) and self.k(rel_end) in _RELATIVE_MONTH:
            rel = _RELATIVE_MONTH[self.k(rel_end)]
            sp = end if rel_end != end else end + 1  # the first of two months: the relative word is the second's
            a = i - 1 if self.k(i - 1) in ("شهر", "لشهر", "بشهر") and self.free(i - 1) else i
            if not self.pub:
                return self._month(a, sp, f"--{month:02d}")
            y, pm = self.pub[0], self.pub[1]
            if rel == "past" and month >= pm:
                y -= 1
            elif rel == "next" and month <= pm:
                y += 1
            return self._month(a, sp, f"{y:04d}-{month:02d}")
        # شهر يونيو / the month of June with no year and no relative word: no figure, as يونيو alone (convention
        # decided 2026-12-03, the guide: "a month with no such word and no year is not annotated"); a day of
        # الشهر نفسه after it still takes its month (unsaid_months)
        prev = self.k(i - 1)
        if self.free(i - 1) and (prev in ("شهر", "month") or (prev == "of" and self.k(i - 2) == "month")):
            self.unsaid_months.append(self._month(i - 1 if self.ar else i, end, f"--{month:02d}"))
        return None

    def _months_named_before(self) -> list:
        """The figures that name one month (:meth:`_month_known`) and the yearless months named with شهر that are
        no figure, in text order: الشهر نفسه refers to the last of them."""
        known = [q for q in self.out if self._month_known(q)]
        return sorted(known + self.unsaid_months, key=lambda q: q.a) if self.unsaid_months else known

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
        # (the first or last N months with no year after them are often a stretch of something else:
        # الأشهر الثلاثة الأولى من الحبس, آخر 12 شهرا: no year of publication without من العام)
        q = self._period_year(start, end, int(k), m1, m2, written=num.written, bare=False)
        if (self.ar and q.date.startswith("--") and q.b == end
                and (which == -1 or self.k(start - 1) not in _REPORT_FRAME)):
            # آخر 12 شهرا, التعويض عن الثلاثة الشهور الأولى، و... خلال التسعة شهور الأخيرة: no year named, so no
            # months of the calendar: a stretch of N months (a duration), as both readers of blind49 write it
            # (session 53, q79); not the first months after في/خلال (في الأشهر السبعة الأولى: of this year)
            q.kind, q.date = "duration", ""
        return q

    def _fiscal_after(self, x) -> bool:
        """Tokens from x read (من/لـ) العام المالي / السنة المالية: a fiscal year, whose quarters and
        months are not the calendar's."""
        if self.k(x) in ("من", "of") and self.free(x):
            x += 1
        if not (any(self.k(x)[len(p):] in ("العام", "السنه", "عام", "سنه") and self.k(x).startswith(p)
                    for p in ("", "ل", "لل")) and self.k(x + 1) in ("المالي", "الماليه")):
            return False
        # السنة المالية 2015: a fiscal year named by one calendar year is that year (not 2014-2015)
        return not (self.year_at(x + 2) and not (self.is_p(x + 3, "-/") and self.year_at(x + 4)))

    def _fiscal_text(self) -> bool:
        """The paragraph speaks of a fiscal year (العام المالي, السنة المالية, fiscal year)."""
        hit = getattr(self, "_fiscal", None)
        if hit is None:
            hit = self._fiscal = bool(_FISCAL_RE.search(self.nt.text))
        return hit

    def _period_year(self, start, end, months, m1, m2, written="words", bare=True) -> _Q:
        """A period of months m1..m2 of the year that follows (من عام 2015, لعام 2013, من العام الماضي, 2015),
        else of the year of publication (``bare``: also with nothing after it, as a quarter or a half)."""
        year = None
        unit, en = ("شهر", "month") if self.ar else ("month", "month")
        if self._fiscal_after(end) or (self._fiscal_text() and not self.phrase_at(end, "partitive", clitic=False)
                                       and not self.phrase_at(end, "year_word", clitic=True)):
            # الربع الثالث من العام المالي 2014-2015, الربع الأول (in a paragraph of fiscal years): the months
            # of a fiscal year are not the calendar's (no date); its year is read on its own
            return _Q(start, end, "period", months, unit=unit, unit_en=en, date="", written=written)
        hit = self.phrase_at(end, "partitive", clitic=False)
        # الربع الثاني alone: a quarter of the publication year; not الربع المماثل / نفسه (of another year)
        of_this_year = bare and not hit and not (self.free(end) and self.k(end) in _SAME_PERIOD)
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
                    if ty[0] - x > 1 and self.pub and not self.year_at(end):
                        year = self.pub[0]  # من العام الحالي / الجاري: the year of publication
                    elif self.ar and self.pub and not self.year_at(end) and self.free(end) and self.k(end) in _RELATIVE_MONTH:
                        # من العام الماضي / المقبل: the year before or after the publication
                        year = self.pub[0] + {"next": 1, "past": -1}.get(_RELATIVE_MONTH[self.k(end)], 0)
                        end += 1
                    else:
                        # من العام: the year of publication; not من العام نفسه (a year named before), nor a
                        # year that a definite word qualifies (من العام الدراسي, من العام الهجري)
                        nxt = self.k(end) if self.free(end) and self.kind(end) == "ar" else ""
                        of_this_year = not (nxt in ("نفسه", "ذاته", "عينه") or self.definite(end) and bool(nxt))
        elif self.ar and self.year_at(end) and self.free(end) and not self.is_p(end + 1, "-–/"):
            year, end = self.year_at(end), end + 1  # بنهاية النصف الأول 2015: the year right after the period
            if self.adj(end - 1, end) and self.k(end) == "م":
                end += 1
        elif self.ar:
            yw = self.phrase_at(end, "year_word", clitic=True)
            if yw and self.k(end)[:1] == "ل" and self.year_at(yw[0]):
                year, end = self.year_at(yw[0]), yw[0] + 1  # الربع الثاني لعام 2013, النصف الأول لسنة 2011
                if self.adj(end - 1, end) and self.k(end) == "م":
                    end += 1
        if not year and of_this_year and self.pub:
            # a quarter or half without a year takes the year of publication, as a month with الماضي/الجاري does
            # (convention decided 2026-12-03: الربع الثاني, النصف الأول من العام); without a publication date it
            # stays yearless (the dateline may give the year later: quantities_table)
            year = self.pub[0]
        if year:
            date = f"{year:04d}-{m1:02d}/{year:04d}-{m2:02d}"
        else:
            date = f"--{m1:02d}/--{m2:02d}"
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
