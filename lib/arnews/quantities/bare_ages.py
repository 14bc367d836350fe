"""A bare number after an age word is an age in years (session 40, q55): ``البالغ من العمر (35) قتل``,
``احترف في سن مبكرة (19)``, ``الرجال فوق سن 50``, ``يبلغ من العمر 79 مساء``: a ``duration`` (unit سنة)
like ``من العمر 35 عاما``, as both readers of blind40 and blind42 write them (the span is the number, the
brackets left out).  Before, the number was a count, a list marker or a label (``العمر 79``).

Only digits 1-120 with no unit, percent or decimal after them, and not the first end of a range or a
pair (``من سن 17 إلى 23``, ``سن 44 و46``: left to the rules of ranges).  The age word is a definite
العمر/السن, or سن/بسن/بعمر, or عمر after a preposition (``في عمر 46``; not the name عمر)."""
from __future__ import annotations

from .figure import Figure as _Q

#: age words read alone (key forms)
_AGE = ("العمر", "السن", "سن", "بسن", "بعمر", "لسن", "وسن")
#: words before عمر that make it the noun "age" (not the name Omar)
_BEFORE_OMAR = ("في", "من", "دون", "فوق", "تحت", "حتي", "بلوغ", "وفي")
#: an adjective between the age word and the number (سن مبكرة (19))
_BETWEEN = ("مبكره", "مبكر", "صغيره", "متقدمه")
_TO = ("الي", "حتي", "و", "او")


def bare_age(sc, num) -> _Q | None:
    """An age in years: the bare number ``num`` right after an age word (brackets allowed)."""
    if not sc.ar or num.written != "digits" or not num.is_int or not 1 <= num.value <= 120 or num.b != num.a + 1:
        return None
    a, b = num.a, num.b
    x = a - 1
    bracket = sc.is_p(x, "(")
    if bracket:
        if not sc.is_p(b, ")"):
            return None
        x -= 1
    if x >= 0 and sc.k(x) in _BETWEEN and sc.free(x):
        x -= 1
    if x < 0 or not sc.free(x) or sc.kind(x) != "ar":
        return None
    k = sc.k(x)
    if not (k in _AGE or k == "عمر" and sc.k(x - 1) in _BEFORE_OMAR):
        return None
    y = b + 1 if bracket else b
    if sc.is_p(y, "%٪.,،-–/") and sc.kind(y + 1) == "num" or sc.is_p(y, "%٪-–/"):
        return None  # a decimal, a percent or a range of digits
    if sc.kind(y) == "num" or sc.k(y) in _TO and sc.kind(y + 1) == "num" or (sc.k(y) or "").startswith("و") and sc.kind(y + 1) == "num":
        return None  # من سن 17 إلى 23, سن 44 و46: a range or a pair
    if sc.kind(y) == "ar" and (sc.unit_after(y) or sc.percent_after(y) is not None):
        return None  # من العمر 35 عاما: the unit's rules read it
    return _Q(a, b, "duration", num.value, unit="سنة", unit_en="year")
