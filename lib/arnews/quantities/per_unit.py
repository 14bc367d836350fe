"""One of a thing per unit: ``للسهم الواحد`` (per share), ``للشقة الواحدة`` (per flat), ``في المرة
الواحدة`` (per occasion) are a count 1, unlike ``المنزل الواحد`` ("the same house") and the figures of
unity (``للوطن الواحد``, ``للفريق الواحد``)."""
from __future__ import annotations

from ..normalize import key as key_of


class _PerUnitRules:
    """The per-unit reading of الواحد (a scanner mixin, asked by ``_CountRules.definite_words``)."""

    def _per_one(self, a):
        """(unit, kind, en, start) of a definite noun with the preposition لـ right before الواحد/الواحدة
        at token a, agreeing in gender: للسهم الواحد, للأسرة الواحدة ("per share", "per family"); not a
        noun of unity (للوطن الواحد, للفريق الواحد: ``unity_noun`` and ``one_idiom`` of quantity_markers.csv)."""
        x = a - 1
        if x < 0 or not self.free(x) or self.kind(x) != "ar" or self.k(a) not in ("الواحد", "الواحده"):
            return None
        w = self.t.text[x]
        if self.k(x) == "المره" and self.free(x - 1) and self.k(x - 1) in ("في", "وفي"):
            return ("مرة", "count", "time (occurrence)", x)  # في المرة الواحدة: "at a time", per occasion
        if not w.startswith("لل") or len(w) < 5 or self.numword(x):
            return None
        body = w[2:]
        if body.endswith("ة") != (self.k(a) == "الواحده"):
            return None
        idioms, unity = self.lx.markers.get("one_idiom", {}), self.lx.markers.get("unity_noun", {})
        if any((b_,) in unity or (b_,) in idioms for _, b_ in self.bases(x)) or (key_of(body),) in unity:
            return None
        return (body, "count", "", x)

