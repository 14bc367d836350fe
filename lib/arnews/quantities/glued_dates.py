"""A numeric date glued to the Arabic word before it (issue 13, q85): ``بتاريخ16/10/1436هـ``, ``الموافق9/8/2015م``,
``في3/6/2015``, ``الأربعاء27/10/1436هـ``: a missing space, not a name's number (``خليجي23``), because day, month
and a year of four digits joined by slashes make a date whatever is glued before it (the readers of blind46-58
write these dates; the number was dropped as a name's or its month read as a count).  The Hijri form is three number
tokens (``glued_numeric_date``); a Gregorian ``d/m/yyyy`` is one ``datenum`` token, read by ``dates.numeric_date``
when ``glued_gregorian_date`` holds and the word glued before it is a particle, a weekday or a word of dating
(fixq2: ``في3/6/2015``, ``بتاريخ16/10/2015م``; ``ويندوز10/08/2015`` stays a name's number)."""
from __future__ import annotations

import re


def glued_numeric_date(sc, i) -> bool:
    """Number token ``i`` opens ``d/m/yyyy`` (a day 1-31, a month 1-12, a year of four digits), slashes tight."""
    t = sc.t
    if i + 4 >= t.n or not (sc.is_p(i + 1, "/") and sc.is_p(i + 3, "/") and sc.kind(i + 2) == "num" and sc.kind(i + 4) == "num"):
        return False
    d, m, y = t.text[i], t.text[i + 2], t.text[i + 4]
    if not (d.isdigit() and m.isdigit() and y.isdigit() and len(y) == 4 and len(d) <= 2 and len(m) <= 2):
        return False
    return 1 <= int(d) <= 31 and 1 <= int(m) <= 12 and all(sc.adj(x, x + 1) for x in range(i, i + 4))


_GREGORIAN = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def glued_gregorian_date(text: str) -> bool:
    """A datenum token's text is a day-first Gregorian ``d/m/yyyy`` with slashes (a day 1-31, a month 1-12, a year
    1900-2100): a date whatever letter is glued before it (``في3/6/2015``)."""
    m = _GREGORIAN.fullmatch(text)
    return bool(m) and 1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12 and 1900 <= int(m[3]) <= 2100
