"""Minutes: the minute of a clock time named by its rank (``الساعة الثانية عشرة والدقيقة الثامنة``:
12:08) and a goal's minute in brackets after its scorer's name (``سجل خالد (23)``: a label)."""
from __future__ import annotations

from .lexicon import DEFINITE_PREFIXES as _DEFINITE


class _MinuteRules:
    """Minute helpers (a scanner mixin, asked by the clock and label rules)."""

    def _minute_rank(self, j):
        """(minute, end token) of a minute named by its rank after والدقيقة: الثامنة, الخامسة عشرة,
        الثلاثين, 45 (1-59), else None."""
        if self.kind(j) == "num":
            num = self.parse_number(j)
            if num and num.is_int and num.written == "digits" and 1 <= num.value < 60:
                return int(num.value), num.b
            return None
        nw = self.numword(j)
        if not nw or nw[2] not in _DEFINITE:
            return None
        if nw[1] in ("ordinal", "one") and 1 <= nw[0] <= 10:
            nw2 = self.numword(j + 1) if self.free(j + 1) else None
            if nw2 and nw2[1] == "ten":
                return (int(nw[0]) + 10, j + 2) if nw[0] < 10 else None
            return int(nw[0]), j + 1
        if nw[1] == "tens" and 20 <= nw[0] < 60:
            return int(nw[0]), j + 1
        return None

    def _goal_minute_context(self, x) -> bool:
        """A goal word (``goal_word`` of quantity_markers.csv: سجل, هدف, أهداف) among the twelve tokens before token x, or another bracketed
        minute after a name just before (the list of a match's scorers), with no full stop between."""
        goal = self.lx.markers.get("goal_word", {})
        for y in range(x - 1, max(-1, x - 13), -1):
            if self.is_p(y, ".!?؟"):
                return False
            if self.is_word(y) and any((b_,) in goal for _, b_ in self.bases(y)):
                return True
            if self.out and any(q.kind == "label" and q.a == y for q in self.out[-2:]) and self.is_p(y, "("):
                return True
        return False

