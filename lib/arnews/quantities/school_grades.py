"""A school grade named by its rank and stage without ``الصف`` (q86): ``حملة مؤهل الأول ثانوي أو الثاني ثانوي``,
``الصف: الثالث متوسط - الأول ثانوي`` are ``ordinal`` figures (1, 2), as both readers of blind59 wrote them.  A free
definite ordinal word (``الأول`` .. ``السادس``) right before a stage of school (``ثانوي``, ``متوسط``, ``ابتدائي``,
also with the article) is read with it; after ``الصف`` the grade is already an ordinal of its own (``الصف الأول``)."""
from __future__ import annotations

from .figure import Figure

#: the stages of school (key form)
_STAGES = frozenset(("ثانوي", "متوسط", "ابتدائي", "الثانوي", "المتوسط", "الابتدائي"))


def school_grades(sc, figures) -> list:
    """The figures with a figure added for each bare ``<rank> <stage>`` (sorted by start)."""
    if _STAGES.isdisjoint(sc.t.k):
        return figures  # (speed58: no stage word in the paragraph, the usual case: no walk over its tokens)
    added = []
    for i in range(sc.t.n - 1):
        if not (sc.free(i) and sc.free(i + 1) and sc.kind(i) == "ar" and sc.definite(i) and sc.k(i + 1) in _STAGES):
            continue
        nw = sc.numword(i)
        if not nw or nw[1] != "ordinal" or sc.k(i)[:2] != "ال" or not float(nw[0]).is_integer() or not 1 <= nw[0] <= 6:
            continue
        added.append(Figure(i, i + 2, "ordinal", int(nw[0]), written="words"))
        sc.claimed[i] = sc.claimed[i + 1] = True
    return sorted(figures + added, key=lambda q: q.a) if added else figures
