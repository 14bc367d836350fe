"""Two amounts of one unit after ``بين`` (round 42): ``بين 10 أيام و15 يومًا``, ``ما بين 6 أمتار إلى 33
متراً``, ``بين 3000 ريال و7000 ريال`` are one range (value 10, value_end 15), as ``بين 10 و15 يوما`` is
where the unit is written once.  The two figures are of one kind, unit and currency, neither a range
already, the first right after ``بين``, the second right after a lone و, إلى or حتى."""
from __future__ import annotations

#: the kinds of figure joined so
_KINDS = ("count", "money", "measure", "duration")
#: the words between the two ends (key form)
_AND_TO = ("و", "الي", "حتي")


def merge_between_ranges(sc, figures) -> list:
    """The figures with each ``بين <a> <unit> و<b> <unit>`` made one range (in place)."""
    by_start = {q.a: q for q in figures}
    drop = set()
    for q in figures:
        if (id(q) in drop or q.kind not in _KINDS or not q.unit or q.value is None or q.value_end is not None
                or q.a < 1 or sc.k(q.a - 1) != "بين" or not sc.free(q.a - 1) or sc.k(q.b) not in _AND_TO):
            continue
        r = by_start.get(q.b + 1)
        if (r is None or r.kind != q.kind or r.unit != q.unit or r.currency != q.currency or r.value_end is not None
                or r.value is None or r.value == q.value or r.approx or q.approx):
            continue
        q.b, q.value_end = r.b, r.value
        drop.add(id(r))
    return [q for q in figures if id(q) not in drop] if drop else figures
