"""Clock times read together: the first end of a span of hours written without a part of the day
takes the afternoon of the second (``من الساعة 7.15 إلى 8.15 مساءً`` is 19:15 to 20:15, ``الساعة
الخامسة حتى السابعة مساء`` 17:00 to 19:00)."""
from __future__ import annotations

import re

#: the words that join the two ends of a span of hours (key form)
_SPAN_TO = ("الي", "حتي", "وحتي", "والي", "ولغايه", "لغايه")
_HOUR = re.compile(r"(.*T)(\d{2})(:\d{2}.*)")


def afternoon_spans(sc, figures) -> None:
    """Move the first time of ``X إلى Y مساء`` to the afternoon when X names no part of the day
    itself, Y was moved to the afternoon (a part of the day added 12 hours) and X + 12 comes
    before Y (``الساعة 9 إلى 11 مساء``; not ``الساعة 11 صباحا حتى 2 ظهرا`` nor ``من 10 حتى 1 ظهرا``,
    where X + 12 is after Y)."""
    times = sorted((q for q in figures if q.kind == "time"), key=lambda q: q.a)
    for q1, q2 in zip(times, times[1:]):
        if q2.a != q1.b + 1 or sc.k(q1.b) not in _SPAN_TO:
            continue
        m1, m2 = _HOUR.fullmatch(q1.date or ""), _HOUR.fullmatch(q2.date or "")
        if not (m1 and m2):
            continue
        h1, h2 = int(m1[2]), int(m2[2])
        if not (1 <= h1 < 12 and h2 >= 13 and (h1 + 12 < h2 or h1 + 12 == h2 and m1[3] < m2[3])):
            continue
        if any(_tod(sc, x) for x in range(q1.a, q1.b)):
            continue  # الساعة 9 صباحا حتى 5 مساء: each end names its own part of the day
        if not any(_tod(sc, x) for x in range(q2.a, q2.b)):
            continue  # the afternoon of the second end comes from its own part of the day, not a 24-hour clock
        q1.date = f"{m1[1]}{h1 + 12:02d}{m1[3]}"


def _tod(sc, x) -> bool:
    """Token x (claimed by its figure) is a part of the day (مساء, صباحا: ``time_of_day``)."""
    return (sc.k(x),) in sc.lx.markers.get("time_of_day", {})
