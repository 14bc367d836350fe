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


#: a bare half or quarter after a number of units (key form) and what it adds
_BARE_PARTS = {"ونصف": 0.5, "وربع": 0.25}


def join_bare_halves(sc, figures, stop) -> list:
    """The figures with each ``N <unit> ونصف`` (a bare half: ثلاث ساعات ونصف, أربعة أشهر ونصف.) made one
    duration or measure N + 0.5 (وربع: + 0.25), in place.  The half must stand alone: at the end of the
    paragraph, before punctuation or a function word (``stop``, key forms); ``ونصف الراتب`` (a half of
    another thing) is read by the fraction rules and left apart.  A dual already takes its half
    (ساعتين ونصف: 2.5)."""
    starts = {q.a for q in figures}
    for q in figures:
        if q.kind not in ("duration", "measure") or not isinstance(q.value, (int, float)) or q.value_end is not None:
            continue
        x = q.b
        if not q.unit or x >= sc.t.n or x in starts or not sc.free(x) or sc.k(x) not in _BARE_PARTS:
            continue
        if q.value == 2 and q.b - q.a == 1:
            continue  # a dual: its own rule
        nxt = x + 1
        if nxt < sc.t.n and sc.is_word(nxt) and sc.k(nxt) not in stop:
            continue  # ونصف الراتب, ونصف مليون: a half of something else
        q.value, q.b = q.value + _BARE_PARTS[sc.k(x)], x + 1
    return figures
