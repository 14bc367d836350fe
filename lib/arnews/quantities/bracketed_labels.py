"""A number in brackets right after a noun the lexicon knows as a label names, as it does without brackets
(round 34): ``المادة (236) من نظام العمل``, ``البند (4)``, ``المعيار (19)`` are labels like ``المادة 77``.  Only
nouns of kind ``label`` or ``document`` in ``units.csv``: after another definite noun a bracketed number
still counts (``ومشاريع الخريجين (21) بقيمة``: 21 projects, as the readers count it).

(session 40, q55) Such a number before a word of worth (بقيمة, بتكلفة, بمبلغ) is no list marker either: the
list-marker rule of ``labels`` read ``(21) بقيمة`` as a label; both readers of blind25 and blind26 count it."""
from __future__ import annotations

from .figure import Figure as _Q


def bracketed_label(sc, a: int, b: int, value) -> _Q | None:
    """A label for the number at tokens a..b when brackets hug it and a label noun (definite, up to two
    words) stands right before the opening bracket; else None."""
    if not (sc.ar and sc.is_p(a - 1, "(") and sc.adj(a - 1, a) and sc.is_p(b, ")") and sc.adj(b - 1, b)):
        return None
    x = a - 1
    for st in (x - 2, x - 1):
        if st < 0 or not all(sc.free(t) and sc.kind(t) == "ar" for t in range(st, x)) or not sc.definite(st):
            continue
        u = sc._unit_lookup(list(range(st, x)), sc.lx)
        if u and u[1] == x - st and u[0][1] in ("label", "document"):
            return _Q(st, b + 1, "label", value, unit=u[0][0], unit_en=u[0][2], strong=True)
    return None


#: words of worth after a counted number: N (things) worth X (key forms)
_WORTH = ("بقيمه", "بتكلفه", "بمبلغ", "باجمالي", "بقيمة", "بتكلفة")


def worth_after_bracket(sc, a: int, b: int) -> bool:
    """The bracketed number at tokens a..b follows a word and comes before a word of worth (``ومشاريع
    الخريجين (21) بقيمة (7.200.000) ريال``): it counts the things named before, it marks no list item."""
    return (sc.ar and sc.is_p(a - 1, "(") and sc.is_p(b, ")") and a >= 2 and sc.kind(a - 2) == "ar"
            and len(sc.k(a - 2)) > 2 and sc.k(a - 2) not in ("ثم", "او", "واو")  # not و(2) بقيمة: a list item
            and sc.k(b + 1) in _WORTH)
