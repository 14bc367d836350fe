"""Rules for fractions (session 28: split from :mod:`.counts`, behaviour unchanged): a fraction word and
its noun (``نصف السكان``, ``ربع مليون نسمة``, ``نصف ساعة``), a quarter or half of a year or month as a
period (``الربع الأول``, ``النصف الأول من شهر يونيو``), a unit and a half (``ساعة ونصف``) and the half
or quarter after a dual (``عامين ونصف``)."""
from __future__ import annotations

import calendar

from .dates import WEEKDAYS as _WEEKDAYS
from .figure import NO_FIGURE, Figure as _Q
from .lexicon import DEFINITE_PREFIXES as _DEFINITE
from .parts import part_of_unit
from .units import singular as _singular


class _FractionRules:
    """Fraction rules (a scanner mixin)."""

    # -- at a token (START_RULES)
    def fraction_word(self, i):
        """نصف/ثلث/ربع X, half of X (الربع الأول: a period)."""
        nw = self.numword(i)
        if nw and nw[1] == "fraction":
            return self.fraction(i, nw) or NO_FIGURE
        return None

    def one_and_half(self, i) -> _Q | None:
        """A time unit in the singular and a half or a quarter: ساعة ونصف (1.5 hours), عام ونصف,
        شهر وربع (not the clock time الساعة السابعة والنصف: the unit is indefinite and the fraction
        follows it directly)."""
        if not self.ar or self.k(i + 1) not in ("ونصف", "وربع") or not self.is_word(i) or not self.free(i + 1):
            return None
        u = self.unit_after(i)
        w = self.t.text[i]
        if not u and w[:1] in ("ل", "ب", "و", "ف") and len(w) > 3 and self.free(i):
            e = self._unit_lookup_word(w[1:])  # لساعة ونصف, بعام ونصف: a proclitic before the unit
            u = (e[0], e[1], e[2], i + 1) if e else None
        if not u or u[1] != "duration" or u[3] != i + 1:
            return None
        if self.k(i).endswith(("ين", "ان", "ات")) or self.definite(i):
            return None  # ساعتين ونصف: the dual's rule (2.5); ساعات: no singular
        end = i + 2
        if (self.free(i + 2) and self.is_word(i + 2) and self.definite(i + 2)
                and self._unit_lookup_word(self.strip_def(i + 2)) == u[:3]):
            end = i + 3  # ساعة ونصف الساعة, عام ونصف العام: the unit repeated after the fraction
        return _Q(i, end, "duration", 1.5 if "نصف" in self.k(i + 1) else 1.25, unit=u[0], unit_en=u[2], written="words")

    def _and_half(self, q: _Q) -> _Q:
        k = self.k(q.b)
        if self.free(q.b) and k in ("ونصف", "والنصف", "وربع", "والربع"):
            q.value = 2.5 if "نصف" in k else 2.25
            q.b += 1
        return q

    # -- helpers
    def fraction(self, i, nw) -> _Q | None:
        """نصف/ثلث/ربع X, half of X; الربع الأول (من عام 2024) is a period; نصفها, ثلثهم (a
        pronoun suffix: the fraction of what was named before, no unit)."""
        if self.ar and not self.definite(i) and any(self.k(i).endswith(f + s) for f in ("نصف", "ثلث", "ربع", "ثلثي")
                           for s in ("ه", "ها", "هم", "هما", "هن")):
            return _Q(i, i + 1, "fraction", nw[0], written="words")
        if self.ar and any(b_ in ("ثلثين", "ثلثان") for _, b_ in self.bases(i)):
            return _Q(i, i + 1, "fraction", nw[0], written="words")  # بأغلبية الثلثين: two thirds, not two thirds counted
        if self.ar and self.free(i + 1) and any(b_ in ("النهائي", "نهائي") for _, b_ in self.bases(i + 1)[:1]):
            return NO_FIGURE  # ربع النهائي, نصف النهائي: the quarter- and semi-finals are rounds, not amounts
        if self.ar and self.free(i + 1) and self.k(i + 1) in ("سنوي", "سنويه", "سنويا", "شهري", "شهريه", "شهريا"):
            return NO_FIGURE  # على أساس ربع سنوي, تقارير نصف سنوية: quarterly, half-yearly (an adjective)
        if self.ar:
            ordv = self._ordinal(i + 1)
            # the noun without its article and proclitic: النصف, بالنصف, وللربع -> نصف, ربع
            base = next((b_ for p_, b_ in self.bases(i) if p_ in _DEFINITE), self.k(i)) if self.definite(i) else self.k(i)
            if self.definite(i) and base == "نصف" and self.free(i + 1) and self.k(i + 1) in ("المتبقي", "الباقي", "الاخر"):
                return _Q(i, i + 2, "fraction", nw[0], written="words")  # النصف الآخر: the other half, no period
            if ordv is not None:
                qq = self._quarter(base, ordv)
                if qq and self.k(i + 2) == "من" and self.k(i + 3) in ("الموسم", "موسم"):
                    # النصف الثاني من الموسم الماضي: a half of a (sports) season, no calendar months
                    end = i + 4
                    if self.free(end) and self.k(end) in ("الماضي", "الحالي", "الجاري", "المقبل", "القادم", "المنصرم"):
                        end += 1
                    return _Q(i, end, "period", None, written="words")
                half = self._half_month(i, base, ordv) if qq else None
                if half is not None:
                    return half
                if qq:
                    months, m1, m2 = qq
                    return self._period_year(i, i + 2, months, m1, m2)
            if self.definite(i):
                if base == "نصف" and self.free(i + 1) and self.k(i + 1) in ("المتبقي", "الباقي", "الاخر"):
                    return _Q(i, i + 2, "fraction", nw[0], written="words")  # النصف المتبقي: the other half
                if self.k(i + 1) == "من" and self.k(i + 2) in ("اصل", "اجمالي", "مجموع") and self.free(i + 1):
                    return _Q(i, i + 1, "fraction", nw[0], written="words")  # الثلث من أصل 146: a third of a total
                if base in ("نصف", "ربع") and self.free(i + 1) and not self.definite(i + 1):
                    u = self.unit_after(i + 1)
                    if u and u[1] == "duration" and u[3] == i + 2 and not self._unit_in_construct(i + 1):
                        # ما يقارب النصف ساعة, في الربع ساعة الأولى: the article on the fraction, not on the unit
                        # (spoken usage), still half an hour (both readers of blind58; q85)
                        return _Q(i, i + 2, "duration", nw[0], unit=u[0], unit_en=u[2], written="words")
                return None
        j = i + 1
        if not self.ar and self.k(j) in ("of", "the"):
            j += 1
            if self.k(j) == "the":
                j += 1
        if self.ar and self.free(j) and self.k(j) == "من" and not self.definite(i) and self.is_word(j + 1):
            return _Q(i, j, "fraction", nw[0], written="words")  # ربع من وصلوا, نصف من الطلاب: a part of them
        if not self.free(j) or not self.is_word(j) or self.k(j) in self.lx.not_unit:
            return None
        sc = self.numword(j)
        if self.ar and sc and sc[1] == "scale" and not sc[2]:
            # ربع مليون نسمة, نصف مليار دولار: a fraction of a scale word is an amount
            from fractions import Fraction

            v = round(float(Fraction(nw[0]).limit_denominator(10) * sc[0]), 6)  # ثلث مليون: 333333.333333
            u = self.unit_after(j + 1)
            if u:
                q = _Q(i, u[3], "count", v, unit=u[0], unit_en=u[2], written="words")
                q.kind = u[1] if u[1] in ("duration", "money", "measure") else "count"
                if q.kind == "money":
                    q.currency = self.currency_of(u[0])
                return q
            fb = self.fallback_unit(j + 1, v)
            return _Q(i, fb[3] if fb else j + 1, "count", v, unit=fb[0] if fb else "", written="words")
        u = self.unit_after(j, allow_definite=True)
        if not u:
            name = self.strip_def(j) if self.ar else _singular(self.k(j))
            u = (name, "count", "", j + 1)
        plural_construct = (self.ar and u[3] == j + 1 and (self.k(j),) in self.lx.markers.get("time_plural", {}) and self.free(j + 1)
                            and self.kind(j + 1) == "ar" and self.definite(j + 1))  # نصف دقائق المباراة: half of its minutes
        if (self.ar and u[1] in ("duration", "measure", "money") and not self.definite(j)
                and (u[3] == j + 1 or u[1] != "duration") and part_of_unit(self.k(i)) and not plural_construct):
            # نصف ساعة, لنصف ساعة: 0.5 hours; نصف نقطة مئوية, ربع طن: a measure (not نصف الطن: the half of it);
            # نصف ريال: money (parts.py)
            q = _Q(i, u[3], u[1], nw[0], unit=u[0], unit_en=u[2], written="words")
            if q.kind == "money":
                q.currency = self.currency_of(u[0])
            x = u[3]
            if self.free(x) and self.k(x) in ("الي", "حتي") and self.free(x + 1):
                u2 = self.unit_after(x + 1)
                if u2 and u2[0] == u[0] and u2[3] == x + 2:  # نصف متر إلى متر (ونصف): a range in one unit
                    half = {"ونصف": 0.5, "وربع": 0.25}.get(self.k(x + 2)) if self.free(x + 2) else None
                    q.value_end, q.b = 1 + (half or 0), x + 2 + (half is not None)
            return q
        return _Q(i, u[3], "fraction", nw[0], unit=u[0], unit_en=u[2], written="words")

    def _unit_in_construct(self, j) -> bool:
        """The time unit at token j heads a construct: a weekday, a month or a definite word after it that is no
        ordinal nor a listed ``unit_adjective`` (صرف النصف يوم الخميس, النصف شهر رمضان: "half was paid on
        Thursday", no duration; الربع ساعة الأولى keeps it; fixq2)."""
        n = j + 1
        if not self.is_word(n) or self.kind(n) != "ar":
            return False
        if self.k(n) in _WEEKDAYS or self.month_at(n) or self.hmonth_at(n):
            return True
        nw = self.numword(n)
        return (self.definite(n) and (self.k(n),) not in self.lx.markers.get("unit_adjective", {})
                and not (nw and nw[1] == "ordinal"))

    def _half_month(self, i, base, ordv) -> _Q | None:
        """النصف الأول من شهر يونيو, النصف الثاني من يوليو 2015: half of a named (Gregorian) month, a period
        of half a month (days 1-15 or 16 to the month's end), not the half-year its first two words name."""
        if base != "نصف" or ordv not in (1, 2) or self.k(i + 2) != "من" or not self.free(i + 2):
            return None
        j = i + 3
        if self.k(j) == "شهر" and self.free(j):
            j += 1
        m = self.month_at(j)
        if not m:
            return None
        end, month = m
        year = None
        if self.year_at(end) and self.free(end):
            year, end = self.year_at(end), end + 1
        last = calendar.monthrange(year or 2001, month)[1]
        d1, d2 = (1, 15) if ordv == 1 else (16, last)
        y = f"{year:04d}" if year else "-"
        date = f"{y}-{month:02d}-{d1:02d}/{y}-{month:02d}-{d2:02d}"
        return _Q(i, end, "period", 0.5, unit="شهر", unit_en="month", date=date, written="words")
