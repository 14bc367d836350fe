"""A Hijri year glued to the word before it (session 46, q67; issue 13): ``العام الدراسي المقبل1436 / 1437هـ``,
``للعام المالي1435/ 1436هـ``, ``بداية عام1433 هـ``: a missing space, not a name's number (COVID-19, خليجي20).
The number must read as a Hijri year by itself: four digits 1400-1450 with ``هـ`` right after it, or followed by a
slash or dash and the next (or the previous) Hijri year (the school or fiscal year of two Hijri years)."""
from __future__ import annotations


def glued_hijri_year(sc, i) -> bool:
    """Number token ``i``, glued to the Arabic word before it, is a Hijri year (or the first of a pair)."""
    t = sc.t.text[i]
    if not (len(t) == 4 and t.isdigit() and 1400 <= int(t) <= 1450):
        return False
    y = int(t)
    if sc.hijri_suffix(i + 1):
        return True
    if sc.is_p(i + 1, "/-–") and sc.kind(i + 2) == "num":
        nxt = sc.hyear_at(i + 2)
        return bool(nxt and nxt[0] in (y - 1, y + 1) and nxt[1] > i + 3)  # the second year carries its هـ
    return False
