"""Seasons counted, not measured (session 38): a number of ``counted_time_unit`` nouns (quantity_markers.csv:
موسم) is a ``count`` where the text counts seasons in which something happened, and stays a ``duration`` where
it says how long (``أمضى 14 موسما``, ``لمدة موسمين``, ``خلال موسمين``, ``قبل موسمين``), as both readers of
several gold sets write it.  Counted: after ``في`` or ``آخر`` (``حقق 4 بطولات في 5 مواسم``, ``في آخر 15
موسما``, ``في الثلاثة مواسم الأخيرة``; not after ``خلال``, ``طوال``, ``على مدار``: how long), the definite plural with its number after it (``نجوم المواسم الثلاثة
الأولى``), and a construct dual before two named seasons (``موسمي الحج والعمرة``)."""
from __future__ import annotations

#: words right before the figure that make it a count of seasons (key forms): في, آخر
_COUNTING = frozenset(("في", "اخر"))
#: words a word or two before the figure that make it a length of time (key forms): خلال, طوال, مدار, لمدة
_MEASURING = frozenset(("خلال", "طوال", "طيله", "مدار", "لمده", "مده", "منذ", "قبل", "بعد"))


def counted_seasons(sc, q) -> bool:
    """The duration ``q`` (``sc`` the scanner) counts seasons: see the module's docstring."""
    if q.kind != "duration" or (q.unit,) not in sc.lx.markers.get("counted_time_unit", {}):
        return False
    a = q.a
    if any(sc.free(x) and sc.k(x) in _MEASURING for x in range(max(0, a - 2), a)):
        return False  # خلال المواسم الأربعة الماضية, على مدار آخر ثلاثة مواسم: how long
    if a > 0 and sc.free(a - 1) and sc.kind(a - 1) == "ar" and sc.k(a - 1) in _COUNTING:
        return True  # في 5 مواسم, في آخر 15 موسما
    first = sc.k(a)
    if first.startswith("ال") and q.b - a >= 2 and sc.numword(a + 1) is not None:
        return True  # المواسم الثلاثة
    if q.value == 2 and q.b == a + 1 and first.endswith("ي") and sc.free(a + 1) and sc.definite(a + 1):
        return sc.free(a + 2) and sc.kind(a + 2) == "ar" and sc.k(a + 2).startswith("و") and len(sc.k(a + 2)) > 3
    return False
