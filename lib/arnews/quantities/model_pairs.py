"""A model and its series written as two numbers joined by a dash (round 36): ``بوينج 777-200``,
``747-400`` name an aircraft, not a range (a range runs upwards: ``1300-1330 دولارا``) nor two counts.

Both numbers have three digits or more, the second is smaller than the first, the three tokens touch
and no unit or percent sign follows: one ``label`` row.  A score (``25-16``) has two-digit sides and
keeps its own rule; a Hijri year pair (``1435-1436``) runs upwards."""
from __future__ import annotations

from .figure import Figure as _Q


def model_series(sc, num) -> _Q | None:
    """The label of ``777-200`` starting at number ``num``, or None."""
    a, b = num.a, num.b
    t = sc.t.text[a]
    if not (t.isdigit() and len(t) >= 3 and b == a + 1 and sc.is_p(b, "-") and sc.adj(a, b) and sc.adj(b, b + 1)
            and sc.kind(b + 1) == "num" and sc.free(b + 1)):
        return None
    t2 = sc.t.text[b + 1]
    if not (t2.isdigit() and len(t2) >= 3 and int(t2) < int(t)):
        return None
    if sc.adj(b + 1, b + 2) or sc.unit_after(b + 2) or sc.percent_after(b + 2) is not None:
        return None
    if sc.ar and sc.kind(b + 2) == "ar" and sc.free(b + 2) and not sc.definite(b + 2) and sc.fallback_unit(b + 2, int(t2)):
        return None  # 500-100 سرير: a counted noun after it (an odd range), no model
    return _Q(a, b + 2, "label", int(t))
