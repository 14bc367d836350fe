"""Working days as a stretch of time (round 36): ``خلال خمسة أيام عمل`` (within five working days) is a
duration, while ``ساهم المتطوعون بـ 15.600 يوم عمل`` (labour given, man-days) stays a count of them.

A figure of ``يوم عمل`` is a duration when a word of a time limit comes shortly before it (``خلال``,
``في غضون``, ``مدة``, ``مهلة``: the span in which something must be done) and it is no more than a
year of days (a deadline in working days is short; thousands of working days are labour)."""
from __future__ import annotations

#: words of a time limit before a figure (key form)
_LIMIT_WORDS = frozenset(("خلال", "غضون", "مده", "مدتها", "مدته", "مهله", "لمده", "طوال", "اقصاها", "بعد", "قبل"))
#: how many tokens before the figure the limit word may stand (خلال مدة لا تزيد عن 30 يوم عمل)
_REACH = 5
#: the most days a deadline in working days runs to
_MAX_DAYS = 365
_WORKDAY = "يوم عمل"


def working_days(sc, out) -> None:
    """Re-type as durations, in place, the counts of working days that a time limit opens."""
    for q in out:
        if q.kind != "count" or q.unit != _WORKDAY or not isinstance(q.value, (int, float)):
            continue
        if q.value > _MAX_DAYS or (q.value_end or 0) > _MAX_DAYS:
            continue
        if any(sc.k(x) in _LIMIT_WORDS for x in range(max(0, q.a - _REACH), q.a)):
            q.kind = "duration"
