"""``بقيادة`` + a listed place: *led by* a country (التحالف بقيادة السعودية), not the Command of it.

``قيادة`` heads organisations (قيادة حرس الحدود *the Border Guard Command*), but with the preposition ب
(``بقيادة``, ``وبقيادة``) or after ``تحت`` it is *led by, under the leadership of*: a listed country or
city after it is the place that leads (the coalition led by Saudi Arabia), and no organisation is named.
"""
from __future__ import annotations

from ..normalize import key

__all__ = ["led_by_place"]

_LED_BY = frozenset(key(w) for w in ("بقيادة", "وبقيادة"))
_HEAD = key("قيادة")
_UNDER = frozenset(key(w) for w in ("تحت", "وتحت"))


def led_by_place(p, i: int) -> int:
    """Tokens of the listed place that the *led by* at word token i governs (``بقيادة السعودية``, ``تحت قيادة
    المملكة``), or 0."""
    from .places import listed_place_at

    k = p.fkeys[i]
    if not (k in _LED_BY or (k == _HEAD and i and p.kinds[i - 1] == "word" and p.fkeys[i - 1] in _UNDER)):
        return 0
    return listed_place_at(p, i + 1)
