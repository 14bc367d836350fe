"""Two marks after a dual rank noun: ``في الدقيقتين 43 و57`` (goals in minutes 43 and 57),
``في الجولتين 5 و6``.  The dual counts the two marks (a ``count`` 2 of the singular, not a duration of
two minutes) and each number after it is an ``ordinal`` (the 43rd minute), as ``الدقيقة 43`` alone is.
The rank nouns are the ``rank_noun`` markers of ``quantity_markers.csv``; the rule needs digits right
after the dual and a second number joined by و (``الدقيقتين 43 و57``); a dual with no digits after it
(``خلال الدقيقتين الأخيرتين``) stays what the dual rule reads."""
from __future__ import annotations

from .figure import Figure as _Q


class _MarkPairRules:
    """The marks-after-a-dual rules (a scanner mixin)."""

    def _rank_dual(self, i) -> str | None:
        """The singular of token i when it is a definite dual of a rank noun (الدقيقتين: دقيقة)."""
        if not (self.ar and self.kind(i) == "ar" and self.definite(i)):
            return None
        k = self.k(i)
        if not k.endswith(("ين", "ان")):
            return None
        ranks = self.lx.markers.get("rank_noun", {})
        if (k[:-3] + "ه",) in ranks and k[-3] == "ت":
            w = self.strip_def(i)
            return w[:-3] + "ة"  # الدقيقتين: الدقيقة
        if (k[:-2],) in ranks:
            return self.strip_def(i)[:-2]  # الشوطين: الشوط
        return None

    def _plain_digits(self, i) -> bool:
        return self.kind(i) == "num" and self.free(i) and self.t.text[i].isdigit() and 0 < int(self.t.text[i]) < 1000

    def _second_mark(self, j) -> int | None:
        """The token of the second number when tokens j.. read و57 / و 57, else None."""
        if self.free(j) and self.k(j) == "و" and self._plain_digits(j + 1):
            return j + 1
        return None

    def dual_of_marks(self, i) -> _Q | None:
        """The dual before two marks: a count 2 of its singular."""
        sing = self._rank_dual(i)
        if sing is None or not self.free(i) or not self._plain_digits(i + 1) or self._second_mark(i + 2) is None:
            return None
        return _Q(i, i + 1, "count", 2, unit=sing, written="words")

    def mark_after_dual(self, num) -> _Q | None:
        """A number right after the dual of marks, or the second one after و: an ordinal."""
        a, b = num.a, num.b
        if not (self.ar and num.written == "digits" and num.is_int and num.plain and b == a + 1):
            return None
        if self._rank_dual(a - 1) and self._second_mark(b) is not None:
            sing = self._rank_dual(a - 1)
        elif (self.k(a - 1) == "و" and self.kind(a - 2) == "num" and self.t.text[a - 2].isdigit()
              and self._rank_dual(a - 3)):
            sing = self._rank_dual(a - 3)
        else:
            return None
        return _Q(a, b, "ordinal", num.value, unit=sing)
