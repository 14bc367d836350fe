"""A dual and a number word after أو/إلى: ``يومين أو ثلاثة أيام``, ``شخصيتين إلى ثلاث`` (two or three
days, two to three figures) is one range 2-3 of the dual's unit, as ``2 أو 3 أيام`` is.  The second
figure is a number word of 3 or 4 with the dual's unit or none; the joining word stands alone between
them.  Not joined: another unit after the number (``يومين أو ثلاث ساعات``) or digits (``عامين
أو 3``: a list)."""
from __future__ import annotations

from .singular import singular_unit

#: the words that join the two ends (key form)
_OR_TO = ("او", "الي")


def merge_dual_ranges(sc, figures) -> list:
    """The figures with each ``<dual> أو/إلى ثلاثة [<unit>]`` made one range 2-3 (in place)."""
    by_start = {q.a: q for q in figures}
    drop = set()
    for q in figures:
        if (q.kind not in ("count", "duration") or q.value != 2 or q.value_end is not None or q.written != "words"
                or not q.unit or q.b - q.a > 3 or sc.k(q.b) not in _OR_TO):
            continue
        if sc.numword(q.b - 1):
            continue  # اثنين أو ثلاثة: a number word, not a dual noun
        r = by_start.get(q.b + 1)
        if (r is None or r.kind not in ("count", q.kind) or r.value not in (3, 4) or r.written != "words"
                or r.unit not in ("", q.unit) and singular_unit(r.unit) != q.unit or r.value_end is not None):
            # (عربتين أو ثلاث عربات: the plural noun after the number is the dual's unit)
            continue
        q.b, q.value_end = r.b, r.value
        drop.add(id(r))
    return [q for q in figures if id(q) not in drop] if drop else figures
