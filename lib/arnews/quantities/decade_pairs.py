"""A construct dual of ``عقد`` before two coordinated things counts them (session 45, q66; issue 13):
``يمدد عقدي الحريب والراضي`` (the contracts of two players), ``خلال عقدي الستينات والسبعينات`` (two decades,
each named) are a ``count`` 2, as both readers of blind36 and blind43 wrote them, not the duration of twenty
years the units lexicon gives ``عقدين`` (``منذ عقدين`` stays a duration)."""
from __future__ import annotations


def decade_pairs(sc, out) -> None:
    """``عقدي X وY``: the duration 2 of a construct dual becomes a count (in place)."""
    for q in out:
        if q.unit != "عقد" or q.kind != "duration" or q.value != 2 or q.b != q.a + 1:
            continue
        k = sc.k(q.a)
        if not k.endswith("ي") or k.endswith("يي"):
            continue
        x = q.b
        if (sc.kind(x) == "ar" and sc.kind(x + 1) == "ar" and sc.k(x + 1).startswith("و")
                and len(sc.k(x + 1)) > 3 and not sc.adj(x, x + 1)):
            q.kind = "count"
