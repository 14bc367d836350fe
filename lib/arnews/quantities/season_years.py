"""Two successive years written against the reading order are one season (session 45, q66; issue 13).

* ``موسم 2015-2014``: a four-digit year, a dash, the year before it: a ``year_range`` ``2014/2015`` (the
  right-to-left writer put the later year first).  Only successive years: ``2015-2010`` stays what the other
  rules make of it.
* ``موسم -2013 2014``: the dash glued to the front of the first year and the next year after a space (a
  range ``2013-2014`` whose dash the direction of writing moved): a ``year_range`` ``2013/2014`` whose span
  holds the dash.  Not ``2012 -2013 2014`` (the dash between two numbers) nor ``-2013 2015``.

Both readers of blind40 and blind48 (the same article) wrote both as ranges."""
from __future__ import annotations

from .figure import Figure as _Q


def _year(sc, x):
    """The value of token x when it is a free four-digit year 1800-2100, else None."""
    if sc.kind(x) != "num" or not sc.free(x):
        return None
    t = sc.t.text[x]
    return int(t) if len(t) == 4 and t.isdigit() and 1800 <= int(t) <= 2100 else None


def season_years(sc, num):
    """A ``year_range`` for a season written against the reading order at ``num`` (the module docstring)."""
    a, b = num.a, num.b
    if num.written != "digits" or not num.is_int:
        return None
    if sc.is_p(a, "-–") and b == a + 2:
        a += 1  # -2013: the number grammar read the dash as a minus sign
    elif b != a + 1:
        return None
    y = _year(sc, a)
    if y is None:
        return None
    if sc.is_p(b, "-–") and _year(sc, b + 1) == y - 1 and not (sc.is_p(b + 2, "-–/") and sc.kind(b + 3) == "num"):
        return _Q(a, b + 2, "year_range", y - 1, y, date=f"{y - 1:04d}/{y:04d}")
    if (sc.is_p(a - 1, "-–") and sc.adj(a - 1, a) and not sc.adj(a - 2, a - 1) and sc.kind(a - 2) != "num"
            and _year(sc, b) == y + 1 and not sc.adj(a, b) and not sc.is_p(b + 1, "-–/")):
        return _Q(a - 1, b + 1, "year_range", y, y + 1, date=f"{y:04d}/{y + 1:04d}")
    return None
