"""A rate after بنسبة with its sign left out (session 53, q79): ``تراجع حاد بنسبة 3.20`` (a title),
``ارتفع سعر سهم إعمار بنسبة 1.27 وبنك دبي الإسلامي بنسبة 2.28``: ``بنسبة`` ("at a rate of") makes the bare
number a ``percent``, as both readers of blind56 write it; before, it was a bare count.

Only digits right after بنسبة/وبنسبة, with nothing after them that gives the number another reading:
no unit, counted noun (:func:`.counted_nouns.counts_next`: ``بنسبة 60 صوتا``, ``بنسبة 3 أصوات``) or scale word (``بنسبة 0.3 مليون برميل``, ``بنسبة 2 نقطة مئوية``, ``بنسبة 75ر1
مليار يورو`` are read by their rules), no multiplier (``بنسبة 2.8 ضعف``), no second number
(``بنسبة 40 إلى واحد``, ``بنسبة 1 : 3``, ``بنسبة 10 إلى نحو 7%``: a ratio or a range), no degree sign and no
glued dot or decimal comma ``ر`` starting a mangled figure (``بنسبة 0.1.14``, ``بنسبة 56 ر 4 %``)."""
from __future__ import annotations

from .counted_nouns import counts_next
from .figure import Figure as _Q

#: بنسبة (key form) with its proclitic
_RATE = ("بنسبه", "وبنسبه")
#: a multiplier after the number: times, not a percent
_TIMES = ("ضعف", "اضعاف", "مره", "مرات")
#: a second number after these: a range or a ratio
_TO = ("الي", "حتي", "او", "مقابل")


def bare_percent(sc, num) -> _Q | None:
    """``بنسبة 3.20`` with no sign: a ``percent``."""
    if not (sc.ar and num.written == "digits" and num.b == num.a + 1 and num.scale == 1):
        return None
    a, b = num.a, num.b
    if not (a >= 1 and sc.free(a - 1) and sc.kind(a - 1) == "ar" and sc.k(a - 1) in _RATE):
        return None
    if not 0 <= num.value <= 1000:
        return None
    if b < sc.t.n:
        if sc.adj(a, b) and sc.kind(b) in ("p", "num") and sc.kind(b + 1) == "num":
            return None  # 0.1.14: a mangled figure
        if sc.is_p(b, "°-–/%٪:：") or sc.kind(b) == "num":  # بنسبة 1 : 3: a ratio
            return None
        k = sc.k(b)
        if k in ("ر", "ريال") or k in _TIMES or k in _TO:
            return None
        if sc.kind(b) in ("ar", "lat"):
            nw = sc.numword(b)
            if nw or counts_next(sc, b, num.value):
                return None  # بنسبة 60 صوتا, بنسبة 3 أصوات: the number counts its noun
    return _Q(a, b, "percent", num.value, written=num.written, reading=num.reading)
