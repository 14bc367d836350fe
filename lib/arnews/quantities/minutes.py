"""Minutes: the minute of a clock time named by its rank (``الساعة الثانية عشرة والدقيقة الثامنة``:
12:08) and a goal's minute in brackets after its scorer's name (``سجل خالد (23)``, ``محرز (18 و25 من ركلة
جزاء)``): an ``ordinal`` of unit دقيقة, as ``الدقيقة 23`` is (session 55, q84: both readers of blind58 wrote
the sixteen minutes of a scorers' list so; round 29 had made them labels after blind27, where the readers
split, and blind29, where both wrote the guillemet shape ``عطيف»19»`` as labels: that shape is left alone)."""
from __future__ import annotations

from ..tokens import stopwords as _stopwords
from .figure import Figure as _Q
from .lexicon import DEFINITE_PREFIXES as _DEFINITE

_MINUTE = "دقيقة"


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
        """A goal word (``goal_word`` of quantity_markers.csv: سجل, هدف, أهداف, هدفين) among the twelve tokens before token x, or another bracketed
        minute after a name just before (the list of a match's scorers), with no full stop between."""
        goal = self.lx.markers.get("goal_word", {})
        for y in range(x - 1, max(-1, x - 13), -1):
            if self.is_p(y, ".!?؟"):
                return False
            if self.is_word(y) and any((b_,) in goal for _, b_ in self.bases(y)):
                return True
            if self.out and any(q.kind == "ordinal" and q.unit == _MINUTE and q.a == y for q in self.out[-3:]):
                return True
        return False

    def _sport_paragraph(self) -> bool:
        """The paragraph reports a match: a ``sport_cue`` (مرمى, ركلة, لاعب, هدفين) or a ``match_noun``
        (مباراة, الودية, الشوط) of quantity_markers.csv anywhere in it, by a word's readings (بالمرمى).  A goal
        word alone is no evidence: بهدف is as often "in order to", هدف المشروع an aim, سجل المؤشر "recorded"
        (session 55, fixq, review1 finding 1).  Read once per paragraph."""
        hit = getattr(self, "_sport_para", None)
        if hit is None:
            tables = [self.lx.markers.get(r, {}) for r in ("sport_cue", "match_noun")]
            hit = any(self.kind(x) == "ar" and any((b_,) in t for t in tables for _, b_ in self.bases(x))
                      for x in range(self.t.n))
            self._sport_para = hit
        return hit

    def _scored_goals_before(self, x) -> bool:
        """A verb of scoring right before a goal noun (``goal_word`` rows, value ``verb`` then not): ``سجل
        أهداف الفريق``, ``وأحرز الأهداف`` among the twelve tokens before token x, in its sentence, or a minute
        of the same list just before: a match whatever the rest of the paragraph says (not سجل المؤشر, أحرز تقدما)."""
        goal = self.lx.markers.get("goal_word", {})
        for y in range(x - 1, max(-1, x - 13), -1):
            if self.is_p(y, ".!?؟"):
                return False
            if (self.is_word(y) and any(goal.get((b_,)) == "verb" for _, b_ in self.bases(y))
                    and self.is_word(y + 1) and any(goal.get((b_,), "verb") != "verb" for _, b_ in self.bases(y + 1))):
                return True
            if self.out and any(q.kind == "ordinal" and q.unit == _MINUTE and q.a == y for q in self.out[-3:]):
                return True  # the scorers' list goes on: a minute already read so
        return False

    def goal_minute(self, num) -> _Q | None:
        """The number is a goal's minute in brackets after its scorer's name: ``خالد (23)``, ``محرز (18 و25 من
        ركلة جزاء)``; an ordinal of unit دقيقة (the number alone, as the readers span it), else None.  The
        brackets hold only minutes joined by و or a comma and, last, a penalty phrase (``من ركلة جزاء``: ``penalty_word`` of quantity_markers.csv); the
        word before the opening bracket is no label noun (المادة (3)) nor a function word (استفاد منها (68) متدرب); a goal word or another such minute comes
        within twelve tokens before it, in the same sentence."""
        a, b = num.a, num.b
        if not (self.ar and num.is_int and num.written == "digits" and b == a + 1 and 1 <= num.value <= 130):
            return None
        o = a - 1
        while o > a - 8 and (self.k(o) == "و" or self.is_p(o, "،,") or self._minute_digits(o)):
            o -= 1
        if not (self.is_p(o, "(") and o >= 1 and self.kind(o - 1) == "ar" and not self._label_noun_at(o - 1)
                and self.k(o - 1) not in _stopwords("ar")):  # not استفاد منها (68) متدرب
            return None
        c = b
        while c < b + 8 and (self.k(c) == "و" or self.is_p(c, "،,") or self._minute_digits(c)):
            c += 1
        penalty = self.lx.markers.get("penalty_word", {})  # (25 من ركلة جزاء), (40 ج)
        while c < b + 12 and self.kind(c) == "ar" and (self.k(c),) in penalty:
            c += 1
        if not self.is_p(c, ")"):
            return None
        if not self._goal_minute_context(o) or not (self._sport_paragraph() or self._scored_goals_before(o)):
            return None
        return _Q(a, b, "ordinal", int(num.value), unit=_MINUTE, unit_en="minute")

    def _minute_digits(self, i) -> bool:
        t = self.t.text[i] if 0 <= i < self.t.n else ""
        return self.kind(i) == "num" and t.isdigit() and 1 <= int(t) <= 130

