"""The publication year of a yearless day, when the article itself writes that year.

A day and month without a year (``الثامن من سبتمبر``, ``29 أغسطس``, a stretch of days ``22 إلى 30
أغسطس``, a half of a month ``النصف الأول من شهر يونيو``, a clock time on such a day) in an article
with no dateline takes the year that puts it nearest the publication date (``published``), as
the dateline completes it (``table._years_from_dateline``), but only when the article's text
writes that year somewhere (``2015``, ``2015م``): the reader then has the year on the page.
Not when the day's own paragraph writes another year (``عام 1993 ... في الرابع من يوليو``: the
day may belong to that year), nor for a day after ``نفس``/``نفسه`` wording the tool has not
dated (left as it is).
"""
from __future__ import annotations

import datetime as dt
import re

#: a written year as the scorer and a reader see it (four digits, 1800-2099)
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
#: a yearless day, or a stretch of two (``--08-22/--08-30``), as the scanner writes them
YEARLESS = re.compile(r"--(\d{2})-(\d{2})(?:/--(\d{2})-(\d{2}))?")


def written_years(text: str) -> set[str]:
    """The Gregorian years a (normalised) text writes in digits."""
    return set(_YEAR.findall(text))


def nearest_year(month: int, day: int, ref: dt.date) -> int | None:
    """The year (the one before ``ref``'s, its own or the next) that puts the day nearest ``ref``;
    None when the day exists in none of them."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = abs((dt.date(y, month, day) - ref).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


def years_from_publication(rows: list[dict], published: dict, para_years: dict, anchored: set) -> None:
    """Complete in place the yearless days of ``rows`` (see the module's docstring).

    ``published``: article -> ISO date; ``para_years``: (article, paragraph) -> the years that
    paragraph writes (their union: the years the article writes); ``anchored``: the articles a
    dateline or a date stamp already dates (left to ``_years_from_dateline``)."""
    years: dict = {}
    for (aid, _), ys in para_years.items():
        years.setdefault(aid, set()).update(ys)
    for r in rows:
        aid = r["article_id"]
        if aid in anchored or r["kind"] not in ("date", "time", "period") or r.get("role") == "dateline":
            continue
        pub = published.get(aid, "")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub or ""):
            continue
        d, clock = r.get("date") or "", ""
        if r["kind"] == "time" and "T" in d[1:]:
            d, clock = d[: d.index("T", 1)], d[d.index("T", 1):]
        m = YEARLESS.fullmatch(d)
        if not m or (r["kind"] == "time" and m[3]) or (r["kind"] == "period" and not m[3]):
            continue
        try:
            ref = dt.date(*(int(x) for x in pub.split("-")))
        except ValueError:  # a manifest's 0000-00-00 or 2015-02-30 dates nothing
            continue
        y = nearest_year(int(m[1]), int(m[2]), ref)
        if y is None:
            continue
        y_end = y if not m[3] else (y if (int(m[3]), int(m[4])) >= (int(m[1]), int(m[2])) else y + 1)
        if str(y) not in years.get(aid, ()) or str(y_end) not in years.get(aid, ()):
            continue
        if para_years.get((aid, r["paragraph"]), set()) - {str(y), str(y_end)}:
            continue
        r["date"] = f"{y:04d}-{m[1]}-{m[2]}" + (f"/{y_end:04d}-{m[3]}-{m[4]}" if m[3] else "") + clock
