"""Years before 1800 named by a year word (session 53, q79): ``افتتحت في عام 1583``, ``في سنة 622 م``,
``العام 1725``.  ``labels.year_rule`` reads years from 1800 only, so the number was a bare count; both
readers of blind56 write a ``year`` (``date`` ``1583``, the span from the year word).

The frame must be unmistakable: a year word (عام, سنة, العام, السنة, with a proclitic) right before three or
four plain digits (100-1799), and after the number no counted noun, unit, currency, percent, scale word or
partitive (``العام 596 رجلا``, ``العام 744 نقطة`` stay figures of their own kind), no Hijri marker (the
Hijri rules read ``سنة 676هـ``), no second number (``سنة 922 إلى سنة 928هـ``, ``عام 1219 / م``: ranges
and pairs are left alone).  1300-1450 is the Hijri century of the Saudi press (``عام 1376``, ``العام
1435``): read only with a Gregorian ``م``/``ميلادي`` after it."""
from __future__ import annotations

from .counted_nouns import counts_next
from .figure import Figure as _Q

#: a second number after these is a range or a pair: not read here
_JOIN = ("الي", "حتي", "و", "او")


def _gregorian_end(sc, b) -> int | None:
    """End token of a Gregorian marker right after the number (``م`` glued or spaced, ميلادي, للميلاد)."""
    end = sc.gregorian_suffix(b)
    if end is None and sc.k(b) == "م" and sc.free(b) and sc.kind(b + 1) != "num":
        end = b + 1  # عام 1583 م: a spaced م after a year word is the era, not metres
    return end


def _second_year(sc, x) -> bool:
    """A second number starts at token x: ``إلى 928``, ``إلى سنة 928هـ``, ``والعام 530 قبل الميلاد``."""
    if sc.k(x) in _JOIN and sc.kind(x + 1) == "num":
        return True
    z = x + 1 if sc.k(x) in _JOIN else x
    yw = sc.phrase_at(z, "year_word", clitic=True)
    return bool(yw) and sc.kind(yw[0]) == "num"


def old_year(sc, num) -> _Q | None:
    """``عام 1583``, ``سنة 622 م``: a year before 1800 after a year word (a ``year``)."""
    if not (sc.ar and num.written == "digits" and num.plain and num.b == num.a + 1 and num.is_int
            and 100 <= num.value < 1800):
        return None
    a, b, y = num.a, num.b, int(num.value)
    t = sc.t.text[a]
    if not (t.isdigit() and len(t) in (3, 4)):
        return None
    yw = sc.phrase_before(a, "year_word", clitic=True)
    if not yw or yw[0] != a - 1:
        return None
    if sc.hijri_suffix(b) is not None:
        return None
    end = _gregorian_end(sc, b)
    if 1300 <= y <= 1450 and end is None:
        return None  # عام 1376: a Hijri year written bare
    x = end if end is not None else b
    if sc.is_p(x, "-–—/") or sc.kind(x) == "num" or _second_year(sc, x):
        return None  # a range or a pair of years
    if end is None and counts_next(sc, x, y):
        return None  # العام 596 رجلا, العام 744 نقطة, هذا العام 200 حرفي
    return _Q(yw[0], x, "year", y, date=f"{y:04d}")  # ISO 8601: four digits (سنة 622 م: 0622)
