"""A football win by its goals in one word: ``يتغلب على الوحدة بثنائية`` (a brace: two goals),
``فاز بثلاثية نظيفة``, ``خسر برباعية مقابل هدف``.  The word (``goal_tally`` in
``quantity_markers.csv``, value the goals) counts goals only led by ب and in a match: a ``match_word``
(فاز, يتغلب, خسر) in the words before it, or نظيفة/مقابل/دون رد after it; elsewhere ثلاثية is a trilogy
and ثنائية an adjective (ثنائية اللغة)."""
from __future__ import annotations

from .figure import _Q

#: words after the tally that show a result (key form)
_RESULT_AFTER = ("نظيفه", "مقابل", "دون", "بدون", "لهدف", "لهدفين")


class _TallyRules:
    """The goal-tally rule (a scanner mixin)."""

    def goal_tally(self, i) -> _Q | None:
        if not self.ar or self.kind(i) != "ar" or not self.free(i):
            return None
        table = self.lx.markers.get("goal_tally", {})
        v = next((table[(b,)] for p, b in self.bases(i) if p in ("ب", "وب") and (b,) in table), None)
        if v is None:
            return None
        if not (self._match_word_before(i) or self.free(i + 1) and self.k(i + 1) in _RESULT_AFTER):
            return None
        return _Q(i, i + 1, "count", int(v), unit="هدف", unit_en="goal", written="words")
