"""A football win by its goals in one word: ``يتغلب على الوحدة بثنائية`` (a brace: two goals),
``فاز بثلاثية نظيفة``, ``خسر برباعية مقابل هدف``.  The word (``goal_tally`` in
``quantity_markers.csv``, value the goals) counts goals only led by ب and in a match: a ``match_word``
(فاز, يتغلب, خسر) in the words before it, or نظيفة/مقابل/دون رد after it; elsewhere ثلاثية is a trilogy
and ثنائية an adjective (ثنائية اللغة).

A season's titles in one word: ``أحرز الثلاثية``, ``بحصد الثلاثية (الدوري والكأس ...)``, ``يحرز هذه
الثلاثية`` (a treble: three titles).  The definite word counts titles only a few words after a verb or
noun of winning (``title_win`` in ``quantity_markers.csv``: the team or ``هذه`` between), and not
after a feminine noun it could qualify; elsewhere
``الثلاثية`` is an adjective (``القمة الثلاثية``, ``الطباعة الثلاثية الأبعاد``, ``العلاقات الثنائية``).

One goal: ``فاز بهدف نظيف``, ``بهدف دون رد``, ``بهدف سجله المهاجم``, ``خسر من نظيره بهدف،`` (a count 1 of
goals).  ``بهدف`` is mostly "in order to" (``بهدف تعزيز``): it counts a goal only before a word of the
result or of scoring (:data:`_ONE_GOAL_AFTER`), or before a punctuation mark or في after a ``match_word``; ``لهدف`` right
after a count of goals is the other side of the result (``بثلاثة أهداف لهدف``).

A result in words: ``بخمسة أهداف لثلاثة``, ``بثلاثة أهداف دون رد`` name a score, a label like (5-3).  A side written as
a dual or as one goal word is a count of goals (convention decided 2026-12-03, as the guide counts every dual that
counts things): ``فاز بهدفين نظيفين`` and ``بهدفين مقابل هدف`` are ``بهدفين`` (2 goals), ``بهدف نظيف`` one goal,
``بأربعة أهداف لهدفين`` 4 goals and 2 goals.  A score written with digits or a dash (``2-1``) stays a label.  A tally
word is one goals word too (round 39): ``بثلاثية نظيفة`` is a count 3 of goals, not a label (3-0)."""
from __future__ import annotations

from .figure import Figure as _Q

#: words after the tally that show a result (key form)
_RESULT_AFTER = ("نظيفه", "مقابل", "دون", "بدون", "لهدف", "لهدفين")
#: words after بهدف that make it one goal (key form)
_ONE_GOAL_AFTER = ("نظيف", "نظيفا", "مقابل", "دون", "بدون", "وحيد", "يتيم", "سجله", "احرزه", "لكلا", "لمثله")
#: goal words that count by themselves (key form of the base): the dual and the singular
_GOAL_WORDS = {"هدفين": 2, "هدفان": 2, "هدف": 1}


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

    def one_goal(self, i) -> _Q | None:
        if not self.ar or self.kind(i) != "ar" or not self.free(i):
            return None
        if self._goal_word(i, ("ل",)) == 1 and self.out and self.out[-1].b == i and self.out[-1].unit == "هدف":
            return _Q(i, i + 1, "count", 1, unit="هدف", unit_en="goal", written="words")  # بثلاثة أهداف لهدف
        if not any(p in ("ب", "وب") and b == "هدف" for p, b in self.bases(i)):
            return None
        nxt = self.k(i + 1) if self.free(i + 1) else ""
        if nxt in _ONE_GOAL_AFTER or (self.is_p(i + 1, ".،,؛") or self.kind(i + 1) is None or nxt == "في") and \
                self._match_word_before(i):
            return _Q(i, i + 1, "count", 1, unit="هدف", unit_en="goal", written="words")
        return None

    def _goal_word(self, x, preps=("ب", "وب")) -> int | None:
        """The goals word x counts by itself after one of ``preps``: بهدفين 2, بهدف 1 (a dual or the singular)."""
        return next((_GOAL_WORDS[b] for p, b in self.bases(x) if p in preps and b in _GOAL_WORDS), None)

    def _tally_word(self, x) -> bool:
        """Word x is a goals tally after ب (بثلاثية, وبرباعية)."""
        table = self.lx.markers.get("goal_tally", {})
        return any(p in ("ب", "وب") and (b,) in table for p, b in self.bases(x))

    def _score_in_words(self, q: _Q) -> None:
        """بخمسة أهداف لثلاثة, بثلاثة أهداف دون رد: a result in words (the goals of each side) names the score, a
        label like (5-3).  Not when a side is a dual or one goal word: بهدفين نظيفين, بهدف نظيف stay counts, and
        بأربعة أهداف لهدفين is two counts (لهدفين is read next) (convention decided 2026-12-03)."""
        if q.b - q.a == 1 and (self._goal_word(q.a) or self._tally_word(q.a)):
            return  # (بثلاثية نظيفة: the goals in one word count, as a dual does: round 39, both readers of blind29)
        b, k = q.b, self.k(q.b)
        if not self.free(b) or self._goal_word(b, ("ل",)):
            return
        second = None
        if k in ("لمثلهما", "لمثلها", "لمثله", "لمثلهم"):
            second, b = q.value, b + 1
        elif k in ("دون", "بدون") and self.k(b + 1) in ("رد", "مقابل"):
            second, b = 0, b + 2
        elif k in ("نظيفه", "نظيفين", "نظيفة", "نظيف"):
            second, b = 0, b + 1
        else:
            nw = self.numword(b)
            if nw and nw[2] == "ل" and nw[1] in ("unit", "ten") and self.free(b):
                second, b = nw[0], b + 1
                if self.k(b) in ("اهداف", "هدفا") and self.free(b):
                    b += 1
        if second is None:
            return
        q.kind, q.value_end, q.b, q.unit, q.unit_en = "label", second, b, "", ""

    def title_tally(self, i) -> _Q | None:
        if not self.ar or self.kind(i) != "ar" or not self.free(i) or not self.definite(i):
            return None
        table = self.lx.markers.get("goal_tally", {})
        v = next((table[(b,)] for p, b in self.bases(i) if p in ("ال", "بال", "وال") and (b,) in table), None)
        if v is None:
            return None
        wins = self.lx.markers.get("title_win", {})
        if self.k(i - 1).endswith(("ه", "ات")) and self.k(i - 1) not in ("هذه", "تلك"):
            return None  # العلاقات الثنائية, القمة الثلاثية: an adjective of the feminine noun before it
        for x in range(i - 1, max(-1, i - 5), -1):
            if not (self.free(x) and self.is_word(x)):
                return None
            if any((b,) in wins for _, b in self.bases(x)):
                # أحرز الثلاثية, وأحرز سان جرمان الثلاثية (the team between), يحرز هذه الثلاثية
                return _Q(i, i + 1, "count", int(v), unit="لقب", unit_en="title", written="words")
        return None
