"""A year coordinated with a year just before it is a year (issue 13, q85): ``في عامي 2015 و 2016 متذرعًا``, the
second year with a spaced ``و`` before an accusative participle (both readers of blind54: a year; was the count
``2016 متذرعًا``, the participle's tanwin read as a counted noun's).  The figure right before the ``و`` must be a
year; not before a unit, a percent sign or a partitive (``بين 2000 و 2500 ريال``: the rules of amounts)."""
from __future__ import annotations

from .figure import Figure


def coordinated_year(sc, num):
    """A year figure for number ``num`` after ``و`` and a year figure, else None (the next rules try)."""
    if not (sc.ar and num.written == "digits" and num.plain and num.ndigits == 4 and 1900 <= num.value <= 2100):
        return None
    a, b = num.a, num.b
    if not (sc.k(a - 1) == "و" and sc.kind(a - 1) == "ar" and sc.out and sc.out[-1].kind == "year" and sc.out[-1].b == a - 1):
        return None
    if sc.percent_after(b) is not None or sc.unit_after(b) or sc.partitive_unit(b) or sc.is_p(b, "-–—/"):
        return None
    y = int(num.value)
    end = b + 1 if sc.adj(b - 1, b) and sc.k(b) == "م" else b  # و 2016م
    return Figure(a, end, "year", y, date=f"{y:04d}")


def year_chain_end(sc, x, y2) -> tuple[int, int]:
    """(token after the last year, last year) of a run of consecutive years joined by dashes that goes on at
    token x after the range ``y1 - y2`` (``(2016 - 2017 - 2018)``: the plan's three years, one year_range
    2016/2018 as both readers of blind46 wrote it; was 2016/2017 and a year 2018)."""
    while (sc.is_p(x, "-–—") and sc.kind(x + 1) == "num" and sc.free(x + 1) and sc.t.text[x + 1].isdigit()
           and len(sc.t.text[x + 1]) == 4 and int(sc.t.text[x + 1]) == y2 + 1):
        x, y2 = x + 2, y2 + 1
    return x, y2
