"""A definite noun in -ين/-ان that كلا with the dual pronoun follows (q78): ``فإن الخامين القياسيين كليهما
يتجهان`` (both benchmark crudes), ``على الجانبين كليهما``.  كلاهما/كليهما ("both of them") names two, so the
noun it stresses is a dual, not a plural in -ين, whatever the word frequencies say (``الخامين``: the dual of
خام is rarely written, so :mod:`.duals` has no evidence), as both readers of blind55 wrote it.  Definite
adjectives agreeing with the noun may stand between (``القياسيين``: the same ending); the pronoun's gender
agrees (كلتاهما, كلتيهما after a feminine dual in -تين/-تان), and it is not led by و (``وكلاهما`` opens a new
clause).  The singular is a common word (Zipf >= 3), not a stop
word."""
from __future__ import annotations

from ..tokens import stopwords as _stopwords
from .duals import word_zipf as _z
from .lexicon import DEFINITE_PREFIXES

#: كلا with the dual pronoun (key forms): masculine, feminine
_BOTH = {"كلاهما": False, "كليهما": False, "كلتاهما": True, "كلتيهما": True}
#: how many agreeing adjectives may stand between the noun and كلا
_ADJECTIVES = 2
#: how common (zipf) the singular must be
_SINGULAR = 3.0
_DEFINITE = tuple(sorted(DEFINITE_PREFIXES, key=len, reverse=True))


def dual_before_both(sc, i) -> str | None:
    """The singular when word i is a definite dual that كلاهما/كليهما follows (the module docstring)."""
    w = sc.t.text[i]
    if sc.kind(i) != "ar" or not w.endswith(("ين", "ان")):
        return None
    body = next((w[len(p):] for p in _DEFINITE if w.startswith(p)), None)
    if not body or len(body) < 4:
        return None
    end = w[-2:]
    if i > 0 and sc.kind(i - 1) == "ar" and sc.definite(i - 1) and sc.t.text[i - 1].endswith(end):
        return None  # الخامين القياسيين كليهما: an adjective agreeing with the noun before, no second figure
    j = i + 1
    while j < sc.t.n and j <= i + _ADJECTIVES and sc.free(j) and sc.kind(j) == "ar" and sc.definite(j) \
            and sc.t.text[j].endswith(end) and not sc.t.text[j].startswith("و"):
        j += 1
    if not (j < sc.t.n and sc.free(j) and sc.kind(j) == "ar" and sc.k(j) in _BOTH):
        return None
    fem = body.endswith(("تين", "تان"))
    if _BOTH[sc.k(j)] != fem:
        return None
    sing = body[:-3] + "ة" if fem else body[:-2]
    if len(sing) < 2 or sing in _stopwords("ar") or _z(sing) < _SINGULAR:
        return None
    return sing
