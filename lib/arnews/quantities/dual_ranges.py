"""A dual and a number word after أو/إلى: ``يومين أو ثلاثة أيام``, ``شخصيتين إلى ثلاث`` (two or three
days, two to three figures) is one range 2-3 of the dual's unit, as ``2 أو 3 أيام`` is.  The second
figure is a number word of 3 or 4 with the dual's unit or none; the joining word stands alone between
them.  Not joined: another unit after the number (``يومين أو ثلاث ساعات``) or digits (``عامين
أو 3``: a list).  The singular of the dual's noun before أو opens the range at 1 (round 37: ``شهرا أو
شهرين``, ``ليوم أو يومين``, ``مرة أو مرتين``: one or two)."""
from __future__ import annotations

from ..normalize import key as key_of
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
    for q in figures:
        if (q.kind in ("count", "duration") and q.value == 2 and q.value_end is None and q.written == "words"
                and q.unit and q.b - q.a == 1 and q.a >= 2 and sc.k(q.a - 1) == "او" and sc.free(q.a - 1)
                and sc.free(q.a - 2) and sc.kind(q.a - 2) == "ar" and _singular_of(sc, q.a - 2, q.unit)):
            q.a, q.value, q.value_end = q.a - 2, 1, 2
    return [q for q in figures if id(q) not in drop] if drop else figures


def _singular_of(sc, x, unit) -> bool:
    """Word x is the indefinite singular ``unit`` (شهرا, يوما, ساعة, مرة; after ل/ب/و: ليوم)."""
    u = key_of(unit)
    for p, b in sc.bases(x):
        if p not in ("", "ل", "ب", "و") or b.startswith("ال"):
            continue
        for form in (b, b[:-1] if b.endswith("ا") else None):
            if form and (form == u or (sc.lx.units.get((form,)) or ("",))[0] == unit):
                return True  # عاما أو عامين: عام is the lexicon's سنة
    return False
