"""A number whose counted noun stands between slashes used as brackets (session 41, q58): ``لضم بيل 26/ عاما/``
is a duration of 26 years as both readers of blind41 write it (``26/ عاما``), not a bare count 26.  Only digits
with a slash right after them, one Arabic word that the lexicon knows as a unit, and a closing slash after it
(so no date, fraction or decision number ``104 / 47`` is read)."""
from __future__ import annotations

from .figure import Figure as _Q


def slashed_unit(sc, num) -> _Q | None:
    """``26/ عاما/``: the unit between the slashes counts the number."""
    if not sc.ar or num.written != "digits" or num.b != num.a + 1:
        return None
    b = num.b
    if not (sc.is_p(b, "/") and sc.adj(b - 1, b) and sc.kind(b + 1) == "ar" and sc.is_p(b + 2, "/")
            and sc.adj(b + 1, b + 2)):
        return None
    u = sc.unit_after(b + 1)
    if not u or u[3] != b + 2:
        return None
    return sc.counted(num.a, u, num.value, num)
