"""A range of ranks (q86): ``المركز الأول وحتى الخامس``, ``من المركز الـ 6 وحتى الـ 10``, ``أصحاب المراكز من
الأول إلى السادس`` are one ``ordinal`` from the first rank to the last (value 1, value_end 5), as the readers of
blind59 wrote them.

The first rank is an ordinal figure already found (``المركز الأول``) and ``حتى``/``وحتى``/``لغاية`` follows it at
once, then the last rank, higher: an ordinal figure (``الـ 10``, ``المرتبة العاشرة``) or a definite ordinal word
(``الخامس``); a rank in digits needs its noun (``الـ 17 حتى الـ 19`` are days).  ``إلى`` is as often a move from one
rank to another (``تراجع من المركز الأول إلى الثالث``, ``ينقلون من الصف الرابع إلى الصف السادس``: two figures), so
after it the ranks are a range only when they are the ranks of a group: the plural head (``المراكز الخامس إلى
العاشر``) or a definite plural right before ``من`` (``للفائزين من المركز الخامس إلى العاشر``), the last rank bare.
After ``من`` two bare masculine ranks are a range too (with ``إلى`` only after a group: ``أصحاب المراكز من الأول
إلى السادس``, never ``تراجع الهلال من الأول إلى الثالث``; a group is a sound plural of people, never الاثنين or
البحرين; the feminine ``من الرابعة إلى السادسة`` is as often hours or ages).  A day of a month after the range (``من الأول إلى العاشر من
محرم``, ``... من الشهر``) is a stretch of days, never read here.

``بين`` and two bare ranks joined by a glued و, the second higher (``يترنح بين التسعين والمائة``, ``بين الأربعين
والخمسين``: a team's place in a ranking), are one range too, as both readers of blind60 wrote them (q88); not
feminine ranks (``ما بين العشرين والخامسة والعشرين``: ages), not days (``بين العاشر والـ 20 من``), not two
neighbouring ranks (``حضورا تراوح بين الأول والثاني``: first or second, two ordinals for both readers of blind52)."""
from __future__ import annotations

from functools import lru_cache

from .duals import word_zipf
from .figure import Figure

#: how common (zipf) the -ون plural of a -ين word must be for it to be a plural of people
_PLURAL = 2.5

#: the words between the two ranks (key form) that always join a range
_UNTIL = ("حتي", "وحتي", "لغايه", "ولغايه")
#: the words that join a range only between the ranks of a group (a move otherwise)
_TO = ("الي", "والي")


def _whole(v) -> bool:
    return isinstance(v, (int, float)) and float(v).is_integer() and v >= 1


def _rank_word(sc, j):
    """The rank of token j when it is a free definite ordinal word (الخامس, السادس), else None."""
    if not (sc.free(j) and sc.kind(j) == "ar" and sc.definite(j)):
        return None
    nw = sc.numword(j)
    if not nw or nw[1] != "ordinal" or not _whole(nw[0]):
        return None
    return int(nw[0])


def _day_after(sc, j) -> bool:
    """A month, or ``من`` before a month or the month, right after token j - 1: the ranks are days."""
    if sc.k(j) == "من":
        j += 1
    return bool(sc.month_at(j)) or sc.k(j) in ("الشهر", "شهر")


def _head_at(sc, j) -> bool:
    """Token j opens a rank with its noun (المركز الرابع), not a bare rank (العاشر, الـ 10)."""
    return not (sc.kind(j) == "num" or sc.k(j) in ("ال", "الـ") or sc.numword(j))


@lru_cache(maxsize=4096)
def people_plural(k: str) -> bool:
    """Key ``k`` is a definite sound plural in -ين (للفائزين, المتسابقين): its -ون plural is common; not the weekday
    الاثنين nor a place (البحرين, الصين) or الدين."""
    for p in ("ولل", "وال", "لل", "ال"):
        if k.startswith(p):
            stem = k[len(p):-2]
            return k.endswith("ين") and len(stem) >= 3 and word_zipf(stem + "ون") >= _PLURAL
    return False


def _group_before(sc, x) -> bool:
    """Token x is ``من`` after the plural head (المراكز من) or a definite plural of people (للفائزين من)."""
    if sc.k(x) not in ("من", "ومن") or not sc.free(x):
        return False
    return sc.kind(x - 1) == "ar" and (sc.k(x - 1).endswith("مراكز") or people_plural(sc.k(x - 1)))


def _of_a_group(sc, q) -> bool:
    """The ranks of ``q`` are a group's: its head is plural (المراكز) or a definite plural stands before من."""
    return sc.k(q.a).endswith("مراكز") or _group_before(sc, q.a - 1)


def _between_ranks(sc, q, r) -> bool:
    """``بين`` <q> و<r>: two bare ordinal words (no noun, masculine), r glued to its و and higher, no day after."""
    return (q.a >= 1 and sc.free(q.a - 1) and sc.k(q.a - 1) in ("بين", "وبين") and r.kind == "ordinal"
            and r.value_end is None and _whole(r.value) and r.value > q.value + 1 and r.a == q.b == q.a + 1
            and r.b == r.a + 1 and sc.k(r.a).startswith("وال") and sc.numword(q.a) and sc.numword(r.a)
            and not q.unit and not r.unit and not sc.k(q.a).endswith("ه")
            and not (sc.k(r.a).endswith("ه") and r.value < 100)  # (والمائة: a hundred, no feminine rank)
            and not _day_after(sc, r.b))


def merge_ordinal_ranges(sc, figures) -> list:
    """The figures with each range of ranks made one ordinal (in place; new rows for ``من الأول إلى السادس``)."""
    by_start = {q.a: q for q in figures}
    drop = set()
    for q in figures:
        if (id(q) not in drop and q.kind == "ordinal" and q.value_end is None and _whole(q.value)
                and (r := by_start.get(q.b)) is not None and id(r) not in drop and _between_ranks(sc, q, r)):
            q.b, q.value_end = r.b, r.value  # يترنح بين التسعين والمائة: ranks 90-100 (q88)
            drop.add(id(r))
            continue
        if (id(q) in drop or q.kind != "ordinal" or q.value_end is not None or not _whole(q.value)
                or not sc.free(q.b) or sc.k(q.b) not in _UNTIL + _TO):
            continue
        until = sc.k(q.b) in _UNTIL
        if not until and not _of_a_group(sc, q):
            continue
        j = q.b + 1
        r = by_start.get(j)
        if (r is not None and r.kind == "ordinal" and r.value_end is None and _whole(r.value) and r.value > q.value
                and (until or not _head_at(sc, r.a)) and (not r.unit or r.unit == q.unit) and not _day_after(sc, r.b)
                and (q.unit or sc.kind(q.a) == "ar" and sc.numword(q.a))):
            q.b, q.value_end = r.b, r.value
            drop.add(id(r))
            continue
        v = _rank_word(sc, j)
        if r is None and v is not None and v > q.value and not _day_after(sc, j + 1):
            q.b, q.value_end = j + 1, v
            for x in range(q.b - 2, q.b):
                sc.claimed[x] = True
    out = [q for q in figures if id(q) not in drop] if drop else list(figures)
    added = False
    for i in range(1, sc.t.n - 2):
        if sc.k(i - 1) not in ("من", "ومن") or not sc.free(i - 1) or i in by_start:
            continue
        v1 = _rank_word(sc, i)
        if v1 is None or sc.k(i).endswith("ه") or not sc.free(i + 1) or sc.k(i + 1) not in _UNTIL + _TO:
            continue
        if sc.k(i + 1) in _TO and not _group_before(sc, i - 1):
            continue  # تراجع الهلال من الأول إلى الثالث: a move, two ranks
        v2 = _rank_word(sc, i + 2)
        if v2 is None or v2 <= v1 or sc.k(i + 2).endswith("ه") or _day_after(sc, i + 3):
            continue
        out.append(Figure(i, i + 3, "ordinal", v1, value_end=v2, written="words"))
        added = True
        for x in range(i, i + 3):
            sc.claimed[x] = True
    return sorted(out, key=lambda q: q.a) if added else out
