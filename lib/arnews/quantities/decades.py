"""A decade named by the plural of a tens word: ``السبعينات``, ``ستينيات القرن الماضي``,
``ثمانينات القرن العشرين``: a ``year_range`` 1980-1989 (``date`` ``1980/1989``), as 16 of the 22 gold
rows of decades in the development sets write it (round 45; rounds 11-44 wrote a ``period``, as the
readers a of blind21, 25 and 26 did); after an edge word (``نهاية الستينيات``, ``أواخر الثمانينات``) a
``period`` from the edge word, as both readers of blind35 write it.  Without a century the last century is meant (news of the
2000s writes ``السبعينات`` for 1970-1979); ``القرن الحالي``/``الحادي والعشرين`` moves it to the 2000s.
An age (``في العشرينات من عمره``, ``سن الخمسينات``) is a duration (:mod:`.age_decades`, session 47); a
decade of the Hijri calendar (``الثمانينيات الهجرية``) is no figure."""
from __future__ import annotations

from .age_decades import age_decade, is_age
from .figure import NO_FIGURE, Figure as _Q

#: the words after القرن that name the last century, and this one (key form)
_LAST_CENTURY = ("الماضي", "المنصرم", "السابق", "العشرين")
_THIS_CENTURY = ("الحالي", "الجاري", "الحادي")
_HIJRI = ("الهجريه", "الهجري", "هجريه", "للهجره", "الهجره")
_PREFIXES = ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال")


class _DecadeRules:
    """The decade rule (a scanner mixin)."""

    def decade(self, i) -> _Q | None:
        if not self.ar or self.kind(i) != "ar" or not self.free(i):
            return None
        tens = self._tens_of(i)
        if tens is None:
            return None
        if is_age(self, i):
            return age_decade(self, i, tens)  # في العشرينات من عمره: an age (age_decades, q68)
        tail = i + 1  # ستينيات وسبعينيات القرن الماضي: the century (or calendar) after the last names both
        while self.k(tail).startswith("و") and self._tens_of(tail) is not None:
            tail += 1
        end, century = tail, 1900
        x = end + 1 if self.k(end) == "من" else end
        if self.k(x) == "القرن" and self.free(x) and self.free(x + 1):
            if self.k(x + 1) in _LAST_CENTURY:
                end = x + 2
            elif self.k(x + 1) in _THIS_CENTURY:
                end, century = x + 2 + (self.k(x + 1) == "الحادي" and self.k(x + 2) == "والعشرين"), 2000
        if self.k(end) in _HIJRI:
            return NO_FIGURE  # التسعينيات الهجرية: years 1390-1399 of the Hijri calendar
        y1 = century + tens
        b = end if tail == i + 1 else i + 1
        edge = self.phrase_before(i, "range_edge", clitic=True)
        if edge:  # نهاية الستينيات, أواخر الثمانينات: a part of the decade, a period
            return _Q(edge[0], b, "period", None, date=f"{y1:04d}/{y1 + 9:04d}", written="words")
        return _Q(i, b, "year_range", y1, y1 + 9, date=f"{y1:04d}/{y1 + 9:04d}", written="words")

    def _tens_of(self, i):
        """The tens of the decade word at token i (السبعينات: 70), else None."""
        table = self.lx.markers.get("decade", {})
        if self.kind(i) != "ar":
            return None
        return next((int(table[(b,)]) for p, b in self.bases(i) if (b,) in table and p in _PREFIXES), None)
