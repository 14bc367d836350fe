"""A definite number word before a definite time noun (session 47, q68; issue 13): ``خلال الثلاثة الأيام الأولى``,
``للخمسة الأعوام المقبلة``, ``العشرة الأيام``: the colloquial order of ``الأيام الثلاثة``, a ``duration`` (both
readers of blind40), not a bare count 3.  Only the units three to nine (a counted plural follows them; ``العشرة``
is read by another rule and stays a count) and only a time unit:
``الثلاثة الفائزين`` stays as it was."""
from __future__ import annotations


def definite_time_span(sc, a, b, v, num):
    """The duration of ``الثلاثة الأيام`` (number word a..b, value v), else None."""
    if not (num.wtype == "unit" and isinstance(v, (int, float)) and 3 <= v <= 10 and sc.k(b).startswith("ال")):
        return None
    u = sc.unit_after(b, allow_definite=True)
    if u and u[1] == "duration":
        return sc.counted(a, u, v, num)
    return None
