"""An accusative ordinal after a verb of finishing in a place: ``وحل المنتخب ثالثا``, ``جاء العداء
الكيني خامسا``, ``وحلت مؤسسة ... في قطر ثالثا`` (came third: a rank, an ``ordinal``).  The verb
(``place_verb`` in ``quantity_markers.csv``, with a proclitic و/ف) stands at most six words before the
ordinal, with no punctuation between; the ordinals read are 2 to 10 in the tanwin form (ثانيا ..
عاشرا).  Elsewhere ``ثانيا``, ``ثالثا`` open the points of a list (``ثانيا: ...``), which the guide
keeps out, and ``أولا`` is left alone (``جاء أولا`` is as often "came first of all")."""
from __future__ import annotations

from .figure import Figure as _Q

#: words right after the verb that make it report or follow rather than rank (key form)
_NOT_PLACE = ("في", "ذلك", "هذا", "بعد", "علي", "من", "به", "بها", "ليؤكد", "ليعلن")

#: how many words may stand between the verb and the ordinal (the subject, a place)
_GAP = 6


class _PlacingRules:
    """The placing rule (a scanner mixin)."""

    def placing_ordinal(self, i) -> _Q | None:
        if not (self.ar and self.kind(i) == "ar" and self.free(i) and self.k(i).endswith("ا")):
            return None
        nw = self.numword(i)
        if not nw or nw[1] != "ordinal" or not 2 <= nw[0] <= 10 or self.is_p(i + 1, ":"):
            return None
        verbs = self.lx.markers.get("place_verb", {})
        for x in range(i - 1, max(-1, i - 2 - _GAP), -1):
            if not self.is_word(x):
                return None
            if any(p in ("", "و", "ف") and (b,) in verbs for p, b in self.bases(x)):
                if x + 1 < i and self.k(x + 1) in _NOT_PLACE:
                    return None  # وجاء في البيان ... ثانيا, جاء ذلك: the verb reports, it ranks nothing
                return _Q(i, i + 1, "ordinal", int(nw[0]), written="words")
        return None
