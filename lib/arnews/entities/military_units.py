"""Military units named by their number (session 39, org39): ``اللواء 35``, ``الفرقة 30``, ``اللواء الخامس عشر``,
``الفوج العسكري رقم 101`` are organisations (armed groups, ENTITY_GUIDE).

A unit word of ``army_formations.csv`` with the article (behind و، ب، ف or as ``لل``) followed right away by a number
or a definite ordinal (``الأول``، ``الرابعة``، ``الحادي عشر``), optionally after the nisba ``العسكري`` and ``رقم``, is
the unit.  The span drops the proclitics (``واللواء 15`` -> ``اللواء 15``; ``للواء 35`` -> ``لواء 35``).  Without
the article (``فوج 500 مقاتل``: a regiment of 500 men) or without the number (``اللواء`` the rank before a person's
name) nothing is found.  A found person or place inside the span gives way; any other found name keeps its words.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .keys import Name, org_key
from .positions import adjacent, is_word
from .wordtests import _ORDINALS

__all__ = ["military_units"]

KINDS = ("unit", "nisba", "number_link", "ordinal_ten")
#: the longest number that names a unit (اللواء 117; not a year or a count such as 2015 or 500 written in full)
MAX_DIGITS = 3


@lexicon_cache(maxsize=4)
def _words() -> dict:
    return word_kinds("army_formations.csv", KINDS, key)


@lexicon_cache(maxsize=4)
def _ordinals() -> frozenset:
    return frozenset(key("ال" + w) for w in _ORDINALS if not w.startswith("اخير"))


_TEN = frozenset({key("عشر"), key("عشرة")})


def _unit_at(k: str) -> int:
    """Letters of proclitics before a unit word with the article in key ``k`` (``واللواء`` 1, ``للواء`` 1 read as
    ل + لواء), else -1."""
    units = [w for w, kd in _words().items() if kd == "unit"]
    for off, pre in ((0, ""), (1, "و"), (1, "ب"), (1, "ف"), (2, "وب"), (2, "ول")):
        if k.startswith(pre) and k[off:] in units:
            return off
    for off, pre in ((1, "لل"), (2, "ولل")):
        if k.startswith(pre) and ("ال" + k[off + 1:] in units or "ال" + k[off:] in units):
            return off  # للفرقة: ل + (ا)لفرقة; للواء: ل + (ال)لواء
    return -1


def _number_end(p, j: int) -> int:
    """End token of the number or ordinal at token j (a short number, ``الأول``، ``الحادي عشر``), else 0."""
    if not adjacent(p, j - 1, j):
        return 0
    if p.kinds[j] == "number":
        t = p.toks[j]
        return j + 1 if t.isdigit() and len(t) <= MAX_DIGITS else 0
    if not is_word(p, j):
        return 0
    k = p.fkeys[j]
    ten = is_word(p, j + 1) and adjacent(p, j, j + 1) and p.fkeys[j + 1] in _TEN
    if k in _ordinals():
        return j + 2 if ten else j + 1  # اللواء الخامس عشر
    if _words().get(k) == "ordinal_ten" and ten:
        return j + 2  # اللواء الحادي عشر
    return 0


def _unit_end(p, i: int) -> int:
    """End token of the unit whose word is token i (see the module docstring), else 0."""
    j = i + 1
    if j < len(p.toks) and is_word(p, j) and adjacent(p, i, j) and _words().get(p.fkeys[j]) == "nisba":
        j += 1
        if not (is_word(p, j) and _words().get(p.fkeys[j]) == "number_link"):
            return 0  # (الفوج العسكري الأول ...: only with رقم)
    if j < len(p.toks) and is_word(p, j) and adjacent(p, j - 1, j) and _words().get(p.fkeys[j]) == "number_link":
        j += 1
    if j >= len(p.toks):
        return 0
    return _number_end(p, j)


def military_units(p, found: list[Name]) -> list[Name]:
    """``found`` with each military unit named by its number (see the module docstring) added."""
    if not any(w in p.ktext for w in ("لواء", "فرقه", "فوج", "كتيبه")):
        return found
    new, drop = [], set()
    for i, tok in enumerate(p.toks):
        if p.kinds[i] != "word":
            continue
        off = _unit_at(p.fkeys[i])
        if off < 0:
            continue
        e = _unit_end(p, i)
        if not e:
            continue
        s, end = p.starts[i] + off, p.ends[e - 1]
        inside = [o for o in found if o.start < end and s < o.end]
        if any(o.type == "organisation" for o in inside):
            continue
        drop.update(id(o) for o in inside)
        words = [tok[off:]] + [p.toks[t] for t in range(i + 1, e)]
        new.append(Name(s, end, "organisation", "cue", 0.7, org_key(words), tok[off:]))
    if not new:
        return found
    return sorted([o for o in found if id(o) not in drop] + new, key=lambda x: (x.start, x.end))
