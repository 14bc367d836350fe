"""A dual before two coordinated ordinals (session 40): ``المرحلتين الأولى والثانية``, ``الجزأين الأول والثاني``.

The dual counts the two things (a ``count`` 2) and each ordinal ranks one of them (``ordinal`` 1, ``ordinal`` 2),
three figures, as both readers of blind27 and blind43 wrote them (4 of 4 readings; the guide: every dual noun that
counts things is a count 2).  A dual of a ``rank_place`` noun (``المركزين الثالث والرابع``) stays two ranks
(:meth:`_OrdinalRules.rank_pair`), and an adjective agreeing with a dual (``الحربين العالميتين الأولى والثانية``: a
nisba, or a word right after a dual already read) counts nothing."""
from __future__ import annotations

from .dual_evidence import FRACTIONS as _FRACTIONS
from .duals import dual_singular
from .figure import Figure as _Q


def _two_ordinals(sc, i):
    """The values of the ordinals at i + 1 (definite) and i + 2 (led by وال), rising, or None."""
    if not (sc.free(i + 1) and sc.free(i + 2) and sc.kind(i + 1) == "ar" and sc.kind(i + 2) == "ar"):
        return None
    n1, n2 = sc.numword(i + 1), sc.numword(i + 2)
    if not (n1 and n1[1] == "ordinal" and n2 and n2[1] == "ordinal" and sc.k(i + 1).startswith("ال")
            and sc.k(i + 2).startswith("وال") and 1 <= n1[0] < n2[0] <= 10):
        return None
    if sc.free(i + 3) and sc.numword(i + 3) and sc.k(i + 3).startswith("و"):
        return None  # الأول والثاني والثالث: more than two, not the two of a dual
    return int(n1[0]), int(n2[0])


def dual_before_ordinals(sc, i) -> _Q | None:
    """Word i, a definite dual noun before two coordinated ordinals: a count 2 (the ordinals come after it)."""
    if not sc.ar or not sc.definite(i) or sc.kind(i) != "ar" or _two_ordinals(sc, i) is None:
        return None
    k, body = sc.k(i), sc.strip_def(i)
    if not k.endswith(("ين", "ان")) or len(body) < 5 or k.endswith(("يين", "يان", "يتين", "يتان")):
        return None  # العالميتين الأولى والثانية: a nisba adjective of a dual before it
    if sc.out and sc.out[-1].b == i and sc.out[-1].value == 2:
        return None  # an adjective agreeing with the dual just read
    places = sc.lx.markers.get("rank_place", {})
    if (k[:-2],) in places or (k[:-3] + "ه",) in places:
        return None  # المركزين الثالث والرابع: two ranks (rank_pair)
    e = sc.lx.duals.get(sc.k(i)[len(sc.k(i)) - len(body):])
    if e:
        unit = e[0]
    else:
        unit = dual_singular(body)
        if unit is None:
            ranks = sc.lx.markers.get("rank_noun", {})
            if (k[:-2],) in ranks or (k[:-3] + "ه",) in ranks:  # المرحلتين, الشوطين: a rank noun's dual
                unit = body[:-3] + "ة" if body.endswith(("تين", "تان")) else body[:-2]
            elif body.endswith(("أين", "أان")) and len(body) >= 5:
                unit = body[:-3] + "ء"  # الجزأين: جزء (the hamza on its seat before the ending)
        if unit is None:
            return None
    if unit in _FRACTIONS:
        return None  # الربعين الأول والثاني من العام: two quarters of a year, one period (dual_evidence)
    u = e or sc._unit_lookup_word(unit)
    if u and u[1] in ("measure", "money", "percent"):
        return None  # حروق من الدرجتين الأولى والثانية: the degrees of a burn, no two degrees (q55's guard, merged)
    q = sc._dual_unit(i, unit)
    return q if q.kind == "count" else None


def ordinal_after_dual(sc, i) -> _Q | None:
    """Word i, one of the two ordinals after a dual read by :func:`dual_before_ordinals`: its own ordinal."""
    if not sc.ar or not sc.out or sc.out[-1].b != i:
        return None
    nw = sc.numword(i)
    if not nw or nw[1] != "ordinal":
        return None
    last = sc.out[-1]
    if last.kind == "count" and last.value == 2 and last.a == i - 1 and _two_ordinals(sc, i - 1):
        return _Q(i, i + 1, "ordinal", int(nw[0]), unit=last.unit, written="words")
    if (last.kind == "ordinal" and last.a == i - 1 and len(sc.out) >= 2 and sc.out[-2].a == i - 2
            and sc.out[-2].kind == "count" and sc.out[-2].value == 2 and _two_ordinals(sc, i - 2)):
        return _Q(i, i + 1, "ordinal", int(nw[0]), unit=last.unit, written="words")
    return None
