"""A numeric date glued to the Arabic word before it (issue 13, q85): ``بتاريخ16/10/1436هـ``, ``الموافق9/8/2015م``,
``في3/6/2015``, ``الأربعاء27/10/1436هـ``: a missing space, not a name's number (``خليجي23``), because day, month
and a year of four digits joined by slashes make a date whatever is glued before it (the readers of blind46-58
write these dates; the number was dropped as a name's or its month read as a count)."""
from __future__ import annotations


def glued_numeric_date(sc, i) -> bool:
    """Number token ``i`` opens ``d/m/yyyy`` (a day 1-31, a month 1-12, a year of four digits), slashes tight."""
    t = sc.t
    if i + 4 >= t.n or not (sc.is_p(i + 1, "/") and sc.is_p(i + 3, "/") and sc.kind(i + 2) == "num" and sc.kind(i + 4) == "num"):
        return False
    d, m, y = t.text[i], t.text[i + 2], t.text[i + 4]
    if not (d.isdigit() and m.isdigit() and y.isdigit() and len(y) == 4 and len(d) <= 2 and len(m) <= 2):
        return False
    return 1 <= int(d) <= 31 and 1 <= int(m) <= 12 and all(sc.adj(x, x + 1) for x in range(i, i + 4))
