"""An enumeration of people or things by bare ordinals (round 37): ``فهذا يتناول الاستثمار، وذاك يحذر من
المخدرات، وثالث يفتح ملف التعليم، ورابع يكتب عن الأخطاء الطبية`` — each of ``ثالث``, ``رابع`` is an
``ordinal`` (the third one, the fourth one), as a reader counts them.

An indefinite ordinal word (2-10, masculine or feminine, not ``ثانية``: also a second of time) with no
article, not before a definite noun (``ثالث المباريات``: the construct rule's) nor a number word, is an
ordinal when the next ordinal of the series stands within 20 tokens after it led by و/ف, or the one
before it within 20 tokens before it while it is led by و/ف itself.  ``أولاً``/``ثانياً`` (adverbs of a
list) are no such words: they end in the accusative ا."""
from __future__ import annotations

from .figure import _Q

#: the reach, in tokens, between two members of the series
_REACH = 20


class _EnumerationRules:
    """The enumeration rule (a scanner mixin)."""

    def _bare_ordinal(self, i) -> tuple[int, str] | None:
        """(value, prefix) of token i when it is an indefinite ordinal word of 2-10 with at most و/ف before it."""
        if not (self.kind(i) == "ar"):
            return None
        nw = self.numword(i)
        if not nw or nw[1] != "ordinal" or not 2 <= nw[0] <= 10 or nw[2] not in ("", "و", "ف"):
            return None
        k = self.k(i)[len(nw[2]):]
        if k.startswith("ال") or k.endswith("ا") or k in ("ثانيه",):
            return None
        return int(nw[0]), nw[2]

    def enumerated_ordinal(self, i) -> _Q | None:
        if not (self.ar and self.free(i)):
            return None
        me = self._bare_ordinal(i)
        if me is None:
            return None
        v, pref = me
        if self.free(i + 1) and (self.definite(i + 1) or self.numword(i + 1)):
            return None
        nxt = any((o := self._bare_ordinal(x)) is not None and o[0] == v + 1 and o[1] in ("و", "ف")
                  for x in range(i + 1, min(i + 1 + _REACH, self.t.n)))
        prv = pref in ("و", "ف") and any((o := self._bare_ordinal(x)) is not None and o[0] == v - 1
                                          for x in range(max(0, i - _REACH), i))
        if not (nxt or prv):
            return None
        return _Q(i, i + 1, "ordinal", v, written="words")
