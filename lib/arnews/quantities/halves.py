"""A number of time units and a half of the same unit: ``خمس سنوات ونصف السنة`` is 5.5 years,
``3 ساعات ونصف الساعة`` 3.5 hours (one duration).  The half is read first as a fraction
(``ونصف الساعة``); it joins the duration right before it when it names the same unit and follows it
with nothing between.  A half of another unit (``ثلاث سنوات ونصف اليوم``) or of a thing (``عشرة أيام
ونصف الراتب``) stays apart."""
from __future__ import annotations


def merge_unit_halves(figures) -> list:
    """The figures with each ``N <unit> ونصف ال<unit>`` made one duration N + 0.5 (in place)."""
    by_start = {q.a: q for q in figures}
    drop = set()
    for q in figures:
        if q.kind != "duration" or not isinstance(q.value, (int, float)) or q.value_end is not None or not q.unit:
            continue
        h = by_start.get(q.b)
        if h is None or h.kind != "fraction" or h.value != 0.5 or h.unit != q.unit:
            continue
        q.b, q.value = h.b, q.value + 0.5
        drop.add(id(h))
    return [q for q in figures if id(q) not in drop] if drop else figures
