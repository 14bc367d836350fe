"""A count whose value is not whole, with no scale word, of a noun that measures on a scale is a measure
(round 44): ``3.2 درجات على مقياس ريختر`` is a magnitude, not three degrees counted. The nouns are the
``fraction_measure`` markers of quantity_markers.csv; an average of counted things stays a count, as
the gold writes it (``6.2 معيار لكل بلدية``, ``مكرر ربحية 11.1 مرة``), and a scaled count (``2.5
مليون نسمة``) is whole."""
from __future__ import annotations

from ..normalize import key
from .singular import singular_unit


def fractional_measures(sc, figures) -> None:
    """Turn each such count into a measure, its unit singular as a count would show it (in place)."""
    nouns = sc.lx.markers.get("fraction_measure", {})
    for q in figures:
        if q.kind != "count" or not q.unit or q.written != "digits" or q.value is None:
            continue
        if (key(q.unit),) not in nouns:
            continue
        if any(float(v) != int(v) for v in (q.value, q.value_end) if v is not None):
            q.kind, q.unit = "measure", singular_unit(q.unit)  # درجات -> درجة
