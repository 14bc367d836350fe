"""Zero as a value on a scale: ``نمو السكان عند مستوى الصفر``, ``انخفضت الحرارة إلى ما دون الصفر``,
``تحت الصفر`` (a ``measure`` 0).  Only after a word of level or of above/below (``zero_frame`` in
``quantity_markers.csv``): ``ساعة الصفر`` (zero hour), ``من الصفر`` (from scratch), ``نقطة الصفر`` and the
Hijri month صفر are no figures; after a temperature (``5 درجات فوق الصفر``) the zero only says which side.
A bare ``صفر`` right before a percent word is a percentage 0 (``نمو صفر في المئة``)."""
from __future__ import annotations

from .figure import Figure as _Q

#: the written forms of zero with the article (key form)
_ZERO = ("الصفر", "للصفر", "بالصفر")


class _ZeroRules:
    """The zero-level rule (a scanner mixin)."""

    def zero_level(self, i) -> _Q | None:
        if not self.ar or self.kind(i) != "ar" or self.k(i) not in _ZERO or not self.free(i):
            return None
        x = i - 1
        if not (self.free(x) and self.kind(x) == "ar" and (self.k(x),) in self.lx.markers.get("zero_frame", {})):
            return None
        if self.out and self.out[-1].kind == "measure" and 0 <= x - self.out[-1].b <= 1:
            return None  # 5 درجات مئوية فوق الصفر: the temperature is the figure
        return _Q(i, i + 1, "measure", 0, written="words")

    def zero_percent(self, i) -> _Q | None:
        """صفر في المئة, صفر بالمائة: zero per cent (not the month صفر, which a percent word never follows)."""
        if not self.ar or self.k(i) not in ("صفر", "وصفر") or not self.free(i):
            return None
        pct = self.percent_after(i + 1)
        return _Q(i, pct, "percent", 0, written="words") if pct is not None else None
