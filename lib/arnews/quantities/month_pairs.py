"""The first or last two months of a year written as a dual (round 37): ``الشهرين الأولين من عام 2025``,
``الشهرين الأخيرين من العام الماضي``, ``أول شهرين من العام`` are a ``period`` of two months (January and
February; November and December) of that year, as ``الأشهر الستة الأولى من عام 2024`` is (``dates.period``).

Two months joined by a و glued to the second and sharing a plural relative word (session 40, q56:
``يونيو ومايو الماضيين``, ``حزيران/يونيو وأيار/مايو الماضيين``) are two periods of one month each, as the
readers of blind37 b and blind42 wrote them; :meth:`glued_month_at` reads the second month (``month_first`` the
first) and :meth:`coordinated_month` makes its row (the span keeps the و: spans are whole tokens).

A year must follow (``من عام 2025``, ``من العام الماضي``, ``لعام 2024``, ``2025``, or ``من العام``: the
year of publication); with none the dual stays a duration (``خلال الشهرين الأخيرين``: the two months
before the article, not November and December)."""
from __future__ import annotations

from .figure import Figure as _Q

#: relative words after two months that they share (key forms; as ``dates._PLURAL_RELATIVE``)
_SHARED_RELATIVE = ("الماضيين", "المقبلين", "القادمين")

#: the dual of month (key forms, after a proclitic is stripped)
_TWO_MONTHS = frozenset({"الشهرين", "الشهران"})
#: first / last agreeing with it (key forms): 1 the first two, -1 the last two
_FIRST_LAST_DUAL = {"الاولين": 1, "الاوليين": 1, "الاولان": 1, "الاوليان": 1,
                    "الاخيرين": -1, "الاخيران": -1}
#: أول / آخر before an indefinite dual (key forms)
_FIRST_LAST = {"اول": 1, "اخر": -1}


class _MonthPairRules:
    """The two-months period rule (a scanner mixin)."""

    def two_months(self, i) -> _Q | None:
        if not (self.ar and self.free(i) and self.kind(i) == "ar" and self.free(i + 1)):
            return None
        bases = {b for p, b in self.bases(i) if p in ("", "و", "ب", "ل", "وب", "ول", "ف")}
        which = None
        if bases & _TWO_MONTHS:
            which = _FIRST_LAST_DUAL.get(self.k(i + 1))
        elif bases & set(_FIRST_LAST) and self.k(i + 1) == "شهرين":
            which = _FIRST_LAST[next(iter(bases & set(_FIRST_LAST)))]
        if which is None:
            return None
        m1, m2 = (1, 2) if which == 1 else (11, 12)
        q = self._period_year(i, i + 2, 2, m1, m2, written="words", bare=False)
        if not q.date or q.date.startswith("--"):
            return None
        return q

    def glued_month_at(self, j):
        """(end, month) when token j is a month name with a و glued before it (ومايو, وأيار/مايو, وكانون الثاني)."""
        k = self.k(j)
        if not (self.ar and self.is_word(j) and self.free(j) and k.startswith("و") and len(k) > 3):
            return None
        for L in range(self.lx.month_len, 0, -1):
            t = (k[1:],) + tuple(self.t.k[j + 1 : j + L])
            if len(t) == L and t in self.lx.months and all(self.free(x) for x in range(j, j + L)):
                return j + L, self.lx.months[t]
        return None

    def coordinated_month(self, i) -> _Q | None:
        """ومايو الماضيين right after a month name (يونيو ومايو الماضيين): the second of two months sharing a
        plural relative word, a period of one month.  Nothing else: ومايو alone, ومايو 2015, a و-word after a
        word that is no month (شارع ويونيو) are left alone."""
        m = self.glued_month_at(i)
        if not m or not self.pub:
            return None
        end = self.month_pair(*m)
        if not (self.free(end) and self.k(end) in _SHARED_RELATIVE):
            return None
        # the first month was read just before, up to this token (يونيو ومايو الماضيين: the rule of month_first)
        q = self.out[-1] if self.out else None
        if not (q and q.b == i and q.kind == "period" and q.value == 1 and all(self.kind(x) != "num" for x in range(q.a, q.b))):
            return None  # يونيو 2014 ومايو الماضيين: the first month has its own year
        return self.month_first(i, m)
