"""Ordinals that go through the things a count just named (session 50, q72): ``أقام المكتب 3 مسابقات ثقافية
الأولى للجاليات ... والثانية المسابقة الدولية ... والثالثة مسابقة ...``: each ordinal ranks one of the counted
things, an ``ordinal`` as both readers of blind53 wrote them (the guide: rank or order).

The first member is ``الأولى``/``الأول`` right after an indefinite count of 2 to 10 things (one qualifying word
may stand between: ``3 مسابقات ثقافية الأولى``), and it is read only when the second member (``والثانية``, same
gender) follows within a few sentences; each later member is led by ``وال``, comes in order (one more than the
member before, at most the count) and agrees with the first in gender.  Not ``الأشهر الستة الأولى`` (a definite
count: "the first six months"), nor the adverbs ``أولاً``/``ثانياً`` (the guide's idioms of enumeration).
The word between the count and ``الأولى`` is indefinite or a nisba adjective (not ``3 أهداف للمرة الأولى``,
``3 مؤشرات المرتبة الأولى``: a rank of its own noun); not ``الأولى من نوعها`` ("the first of its kind"), nor a clock hour (``بين الساعة الواحدة
والثانية ظهرا``) or the first word of a compound ordinal (``والثانية عشرة``) (fixq, the review of q72)."""
from __future__ import annotations

from .figure import Figure as _Q
from .lexicon import DEFINITE_PREFIXES

#: the article and its proclitics in key form (a definite word between the count and الأولى is a noun of its own)
_DEFINITE = tuple(sorted(DEFINITE_PREFIXES, key=len, reverse=True))
#: the tens word after a unit ordinal (الثانية عشرة: the twelfth, one compound)
_TEENS = frozenset(("عشر", "عشره", "وعشرين", "والعشرين"))
#: a word of the time of day after a clock hour (الواحدة والثانية ظهرا)
_DAYTIME = frozenset(("ظهرا", "صباحا", "مساء", "مساءا", "ليلا", "فجرا", "عصرا", "ظهر", "صباح"))
#: the clock word before an hour (key form)
_CLOCK = frozenset(("الساعه", "والساعه", "بالساعه", "ساعه"))
#: "of its kind" after الأولى (الأولى من نوعها: a first, no member of a run)
_KIND = frozenset(("نوعها", "نوعه", "نوعهم", "نوعهما"))

#: how many tokens the next member may stand after the one before
_REACH = 60


def _member(sc, x) -> tuple[int, bool, str] | None:
    """(value, feminine, prefix) of a definite ordinal word of 1 to 10 at token x (ال or وال before it)."""
    if not (sc.free(x) and sc.kind(x) == "ar"):
        return None
    nw = sc.numword(x)
    if not nw or nw[1] != "ordinal" or not 1 <= nw[0] <= 10 or nw[2] not in ("ال", "وال"):
        return None
    w = sc.t.text[x]
    if w.endswith(("ا", "اً", "ًا")):
        return None
    if sc.k(x + 1) in _TEENS or any(sc.k(y) in _CLOCK for y in range(max(0, x - 3), x)):
        return None  # والثانية عشرة (twelfth); الساعة الواحدة والثانية (a clock hour)
    if sc.k(x + 1) in _DAYTIME and sc.numword(x - 1):
        return None  # بين الواحدة والثانية ظهرا: two clock hours
    return int(nw[0]), w.endswith(("ة", "ى")), nw[2]


def _count_just_before(sc, i):
    """The indefinite count of 2 to 10 things that ends at token i or one plain word before it."""
    for q in reversed(sc.out[-2:]):
        if q.kind != "count" or not isinstance(q.value, (int, float)) or not 2 <= q.value <= 10 or q.value != int(q.value):
            continue
        if sc.t.k[q.a].startswith(("ال", "وال")):
            return None  # الأشهر الستة الأولى: the first six months
        w = sc.t.k[i - 1]
        if q.b == i or (q.b == i - 1 and sc.free(i - 1) and sc.kind(i - 1) == "ar" and not sc.numword(i - 1)
                        and (not w.startswith(_DEFINITE) or w.endswith(("يه", "ي")))):
            return q  # 3 مسابقات ثقافية الأولى, خمس وحدات الإثرائية الأولى (a nisba); not 3 أهداف للمرة الأولى
    return None


def ordinal_of_counted(sc, i) -> _Q | None:
    """Word i, a member of a run of ordinals through the things just counted: its ordinal."""
    if not sc.ar:
        return None
    m = _member(sc, i)
    if m is None:
        return None
    v, fem, pre = m
    if v == 1:
        q = _count_just_before(sc, i) if pre == "ال" else None
        if q is not None and sc.k(i + 1) == "من" and sc.k(i + 2) in _KIND:
            return None  # 3 مبادرات نوعية الأولى من نوعها: a first of its kind
        if q is None or not any(_member(sc, y) == (2, fem, "وال") for y in range(i + 1, min(sc.t.n, i + _REACH))):
            return None
        return _Q(i, i + 1, "ordinal", 1, unit=q.unit, written="words")
    if pre != "وال":
        return None
    for k in range(len(sc.out) - 1, max(0, len(sc.out) - 8), -1):
        prev = sc.out[k]
        if prev.kind != "ordinal" or prev.value != v - 1 or i - prev.a > _REACH or not prev.unit:
            continue
        nw = sc.numword(prev.a)
        if not nw or sc.t.text[prev.a].endswith(("ة", "ى")) != fem:
            return None
        j = next((y for y in range(max(0, k - 8), k + 1)
                  if sc.out[y].kind == "ordinal" and sc.out[y].value == 1 and sc.out[y].unit == prev.unit), None)
        if j is None:
            return None
        count = sc.out[j - 1] if j > 0 else None
        if count is None or count.kind != "count" or count.unit != prev.unit or (count.value or 0) < v:
            return None
        return _Q(i, i + 1, "ordinal", v, unit=prev.unit, written="words")
    return None
