"""The first or last two months of a year written as a dual (round 37): ``الشهرين الأولين من عام 2025``,
``الشهرين الأخيرين من العام الماضي``, ``أول شهرين من العام`` are a ``period`` of two months (January and
February; November and December) of that year, as ``الأشهر الستة الأولى من عام 2024`` is (``dates.period``).

A year must follow (``من عام 2025``, ``من العام الماضي``, ``لعام 2024``, ``2025``, or ``من العام``: the
year of publication); with none the dual stays a duration (``خلال الشهرين الأخيرين``: the two months
before the article, not November and December)."""
from __future__ import annotations

from .figure import _Q

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
