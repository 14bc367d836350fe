"""An enumeration of people or things by bare ordinals (round 37): ``فهذا يتناول الاستثمار، وذاك يحذر من
المخدرات، وثالث يفتح ملف التعليم، ورابع يكتب عن الأخطاء الطبية`` — each of ``ثالث``, ``رابع`` is an
``ordinal`` (the third one, the fourth one), as a reader counts them.

An indefinite ordinal word (2-10, masculine or feminine, not ``ثانية``: also a second of time) with no
article, not before a definite noun (``ثالث المباريات``: the construct rule's) nor a number word, is an
ordinal when the next ordinal of the series stands within 20 tokens after it led by و/ف, or the one
before it within 20 tokens before it while it is led by و/ف itself.  ``أولاً``/``ثانياً`` (adverbs of a
list) are no such words: they end in the accusative ا.

(session 42, q60) A member may also be joined by ``أو``/``ولا``/``لا`` written apart (``ولا أخرى للتاريخ، ولا
ثالثة للعربية، ولا رابعة للفيزياء``: both readers of blind45), ``أخرى``/``آخر`` stands for the second member
before a third, and ``ثانية`` after an indefinite feminine noun is the second member when the third follows at
once led by و (``ترشحه مرة ثانية وثالثة``: both readers of blind25; ``مرة`` before it is in the span)."""
from __future__ import annotations

from .figure import Figure as _Q

#: the reach, in tokens, between two members of the series
_REACH = 20
#: particles written apart that join a member to the series (key forms): أو ثالثة, ولا رابعة
_JOINERS = frozenset(("او", "ولا", "لا", "ام"))
#: "another" standing for the second member before a third (ولا أخرى ...، ولا ثالثة)
_OTHER = frozenset(("اخري", "اخر"))


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

    def _joined(self, x, pref) -> bool:
        """The member at token x is joined to its series: و/ف glued to it, or أو/ولا/لا written apart before it."""
        return pref in ("و", "ف") or x > 0 and self.free(x - 1) and self.k(x - 1) in _JOINERS

    def _second_time(self, i) -> _Q | None:
        """``مرة ثانية وثالثة``: ثانية (also a second of time) before a third led by و: ordinal 2."""
        if not (self.kind(i) == "ar" and self.k(i) == "ثانيه" and self.free(i + 1)):
            return None
        o = self._bare_ordinal(i + 1)
        if o is None or o != (3, "و"):
            return None
        if not (i > 0 and self.free(i - 1) and self.kind(i - 1) == "ar" and self.t.text[i - 1].endswith(("ة", "ات"))
                and not self.definite(i - 1)):
            return None  # وانتظر ثانية وثالثة: seconds after a verb (test_quantities_round37); a feminine noun it ranks
        a = i - 1 if self.free(i - 1) and self.k(i - 1) == "مره" else i
        return _Q(a, i + 1, "ordinal", 2, written="words")

    def enumerated_ordinal(self, i) -> _Q | None:
        if not (self.ar and self.free(i)):
            return None
        q = self._second_time(i)
        if q is not None:
            return q
        me = self._bare_ordinal(i)
        if me is None:
            return None
        v, pref = me
        if self.free(i + 1) and (self.definite(i + 1) and not self.k(i + 1).startswith(("لل", "بال")) or self.numword(i + 1)):
            return None  # ثالث المباريات: a construct (not ولا ثالثة للعربية: a preposition after it)
        nxt = any((o := self._bare_ordinal(x)) is not None and o[0] == v + 1 and self._joined(x, o[1])
                  for x in range(i + 1, min(i + 1 + _REACH, self.t.n)))
        prv = self._joined(i, pref) and any(
            (o := self._bare_ordinal(x)) is not None and o[0] == v - 1
            or v == 3 and self.free(x) and self.k(x) in _OTHER and x > 0 and self.k(x - 1) in _JOINERS
            for x in range(max(0, i - _REACH), i)) or self._joined(i, pref) and any(
            q.kind == "ordinal" and q.value == v - 1 and q.written == "words" and q.b == i for q in self.out[-1:])
        if not (nxt or prv):
            return None
        return _Q(i, i + 1, "ordinal", v, written="words")
