"""The day a clock time falls on when its phrase names a weekday (session 41, q58): the guide dates a
time "only when its own sentence or line gives it by a date or a weekday", so ``من صباح أمس الجمعة`` and
``من ظهر غد (الجمعة)`` give the time its day, counted from the publication date (both readers of blind41 and
blind43), and so does a written date after the weekday (``يوم الثلاثاء بتاريخ 19/10/1436هـ``: blind31).
``من مساء اليوم`` alone stays undated (session 36), and so do ``من مساء اليوم الأربعاء`` (the readers of
blind27, 32 and 33 and ``test_quantities_q47``) and a bare ``من صباح يوم السبت`` (blind28 and 34 against
blind41: the readers split)."""
from __future__ import annotations

import datetime as dt

from .dates import WEEKDAYS as _WEEKDAYS

#: the same weekdays as Python numbers them (Monday = 0)
_WEEKDAYS_PY = (6, 0, 1, 2, 3, 4, 5)
#: a day named from the publication date (key form) and its offset in days
DAY_OFFSETS = {"الغد": 1, "غد": 1, "امس": -1, "البارحه": -1}


def weekday_number(key: str) -> int | None:
    """Python's weekday number of a weekday word in key form (الجمعه: 4), else None."""
    return _WEEKDAYS_PY[_WEEKDAYS.index(key)] if key in _WEEKDAYS else None


def relative_weekday(pub: tuple, offset: int, wd: int) -> str | None:
    """The ISO date of weekday ``wd`` said as ``offset`` days from the publication date ``pub``
    (أمس الجمعة: -1): that day when the weekday agrees, else the weekday nearest to it within a day
    (a paper dated the day after it was written); None when they are further apart."""
    day = dt.date(*pub) + dt.timedelta(days=offset)
    for step in (0, -1, 1):
        d = day + dt.timedelta(days=step)
        if d.weekday() == wd:
            return d.isoformat()
    return None
