"""Two quarters of a year (round 37): ``خلال الربعين`` (during the two quarters), ``في الربعين الماضيين`` are a
``duration`` of two quarters (unit ``ربع سنة``), not a count of quarters of something: a word of time stands
right before the dual of ربع (خلال، طوال، منذ، مدى) or a time adjective right after it (الماضيين، الأخيرين،
المقبلين، الأولين).  ``الربعين الأول والثاني من العام`` stays the period the quarter rule reads."""
from __future__ import annotations

_TIME_BEFORE = frozenset({"خلال", "طوال", "منذ", "مدي", "مدار", "غضون", "طيله"})
_TIME_AFTER = frozenset({"الماضيين", "الاخيرين", "المقبلين", "القادمين", "الاولين", "السابقين", "المنصرمين"})


def quarter_durations(sc, out) -> None:
    for q in out:
        if q.kind != "count" or q.unit != "ربع" or q.value != 2 or q.b - q.a != 1:
            continue
        before = q.a > 0 and sc.kind(q.a - 1) == "ar" and any(b in _TIME_BEFORE for _, b in sc.bases(q.a - 1))
        if before or sc.k(q.b) in _TIME_AFTER:
            q.kind, q.unit, q.unit_en = "duration", "ربع سنة", "quarter (of a year)"
