"""A festival named by its Hijri year (session 45, q66; issue 13): ``مهرجان جدة 36``, ``ضمن مهرجان صيف جدة 36``
published in 1436 AH: the two digits are the year of the festival's name (a ``label``, as both readers of
blind23, blind41 and blind46 wrote it), not a count.  Only a two-digit number equal to the publication's Hijri
year modulo 100, at most three words after a ``festival_word`` marker (quantity_markers.csv), no punctuation
between and no indefinite noun after it (``مهرجان جدة 36 عارضا`` counts), the festival word
without the article (``المهرجان 36 فنانا`` counts): ``مهرجان أبها للتسوق 17`` (its 17th edition) is left to the other rules."""
from __future__ import annotations

from functools import lru_cache

from .figure import Figure as _Q
from .hijri import gregorian_to_hijri_year
from ..tokens import stopwords as _stopwords


@lru_cache(maxsize=64)
def _hijri_2(pub) -> int | None:
    try:
        return gregorian_to_hijri_year(*pub) % 100
    except Exception:  # a date outside the Umm al-Qura table: no year to compare with
        return None


def festival_year(sc, num):
    """A label for the number ``num`` naming a festival's Hijri year (the module docstring), or None."""
    if not (sc.ar and sc.pub and num.written == "digits" and num.plain and num.b == num.a + 1):
        return None
    a, b = num.a, num.b
    if len(sc.t.text[a]) != 2 or int(sc.t.text[a]) != _hijri_2(sc.pub):
        return None
    fest = sc.lx.markers.get("festival_word", {})
    for x in range(a - 1, max(-1, a - 4), -1):
        if sc.kind(x) != "ar":
            return None
        if any((b_,) in fest for _, b_ in sc.bases(x)):
            if sc.definite(x):
                return None  # المهرجان 36 فنانا: no name
            break
    else:
        return None
    if sc.kind(b) == "ar" and not sc.definite(b) and sc.k(b)[:1] not in ("و", "ب", "ل", "ف") and sc.k(b) not in _stopwords("ar"):
        return None  # مهرجان جدة 36 عارضا: a count of the noun after it
    return _Q(a, b, "label", int(sc.t.text[a]))
