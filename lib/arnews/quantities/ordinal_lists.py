"""Ordinal words listed one after another (round 42): ``طلاب الصف الثالث متوسط/ الأول الثانوي/ الثاني
الثانوي``, ``( الصف: الثالث متوسط - الأول ثانوي - الثاني ثانوي )``, ``المتأهلة كثانية او ثالثة او رابعة``,
``المرحلة الأولى أو الثانية``: each listed ordinal ranks the same noun, an ``ordinal`` as the first is.

A member is an ordinal word of 1 to 10 (with or without the article; ك, ب or و before it), not an adverb
in ``-ا`` (``أولا``, ``ثانيا``: the points of a text), followed by at most one word that qualifies it
(``متوسط``, ``الثانوي``); members are joined by ``/``, a dash, a comma or ``او``/``أو`` (or the next
one's و).  An ordinal word is a figure here when it is a member of such a list and either the list
has three members or more, of one gender and no value twice, or the member before it was read as an
ordinal figure already (``الصف الثالث``), agrees with it in gender and is joined to it by more than و
(``الجولة الثالثة والأولى`` is no pair, pinned in round 11).  A list of bare
ordinals followed by ``من`` (``الأول والثاني والثالث من أغسطس``: days of a month) is left to the other rules."""
from __future__ import annotations

from .figure import Figure as _Q

#: punctuation joining two members
_JOIN_P = "/-–،,"
#: prefixes a member may carry (clitics as ``numword`` reports them)
_PREFIXES = ("", "ال", "ك", "كال", "ب", "بال", "و", "وال")


class _OrdinalListRules:
    """The listed-ordinal rule (a scanner mixin)."""

    def _list_member(self, x) -> tuple[int, bool] | None:
        """(value, feminine) when token x is an ordinal word that can stand in a list."""
        if not (self.ar and self.is_word(x) and self.kind(x) == "ar"):
            return None
        nw = self.numword(x)
        if not nw or nw[1] != "ordinal" or not 1 <= nw[0] <= 10 or nw[2] not in _PREFIXES:
            return None
        w = self.t.text[x]
        if w.endswith(("ا", "اً", "ًا")):
            return None  # أولا, ثانيا: an adverb of a list of points
        return int(nw[0]), w.endswith(("ة", "ى"))

    def _next_member(self, x) -> int | None:
        """The token of the member after the one at x, if any."""
        for y in (x + 1, x + 2):
            if y > x + 1 and not (self.is_word(x + 1) and self.free(x + 1) and not self.numword(x + 1)):
                return None  # the one word between must be a plain qualifier
            if self._list_member(y) is not None and self.k(y).startswith("و"):
                return y
            joined = self.is_p(y, _JOIN_P) or self.is_word(y) and self.k(y) == "او"
            if joined and self._list_member(y + 1) is not None and not self.k(y + 1).startswith("و"):
                return y + 1
        return None

    def _prev_member(self, x) -> int | None:
        """The token of the member before the one at x, if any."""
        for y in (x - 1, x - 2, x - 3):
            if 0 <= y and self._list_member(y) is not None and self._next_member(y) == x:
                return y
        return None

    def _days_of_month(self, x) -> bool:
        """``من`` at token x (after a closing bracket): ``الثالث والرابع والخامس من أغسطس``, ``من الشهر``,
        ``من تيت`` name days of a month (the date rules' own), ``الأول والثاني من كذا`` a part of a whole."""
        if self.is_p(x, ")»\""):
            x += 1  # (الثالث والرابع والخامس) من شهر أغسطس
        return self.free(x) and self.k(x) == "من"

    def listed_ordinal(self, i) -> _Q | None:
        if not (self.ar and self.free(i)):
            return None
        me = self._list_member(i)
        if me is None:
            return None
        chain, x = [i], i
        while (p := self._prev_member(x)) is not None and len(chain) < 12:
            chain.insert(0, p)
            x = p
        x = i
        while (n := self._next_member(x)) is not None and len(chain) < 12:
            chain.append(n)
            x = n
        if len(chain) < 2:
            return None
        members = [self._list_member(x) for x in chain]
        values = [m[0] for m in members]
        one_gender = len({m[1] for m in members}) == 1
        if (len(chain) >= 3 and one_gender and len(set(values)) == len(values)
                and not self._days_of_month(chain[-1] + 1)):
            return _Q(i, i + 1, "ordinal", me[0], written="words")
        k = chain.index(i)
        if k > 0 and self.out and not self.k(i).startswith("و"):  # (و after a rank: ordinals._next_rank_of)
            q = self.out[-1]
            prev = chain[k - 1]
            if (q.kind == "ordinal" and q.b - 1 == prev and q.written == "words"
                    and members[k - 1][1] == me[1] and values[k - 1] != me[0]):
                return _Q(i, i + 1, "ordinal", me[0], unit=q.unit, written="words")
        return None
