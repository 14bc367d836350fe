"""A construct dual with a possessive pronoun right before the dual relative pronoun (session 36, q49):
``ابنتيه اللتين اختفتا`` (his two daughters who vanished), ``بلاعبيه اللذان``, ``ابنيهما اللذين``.  The
relative (اللذين/اللذان/اللتين/اللتان) agrees only with two, so a word in ``-يه``/``-يها``/``-يهم``/``-يهما``
before it is a dual even when a sound plural is written the same (لاعبيه); its gender must be the
relative's (``-تيه`` before ``اللتين``, a masculine stem before ``اللذين``).  The stem is a common noun
(zipf 3 or more); ``والديه`` (parents) stays out as the guide says.

A plural verb right after the relative (``القبض على المتهمين اللذين ادعوا في التحقيقات``: -وا, or ي-/ت- ... -ون) shows
the writer meant the plural ``الذين``: no dual (:func:`plural_verb_after`, both readers of blind60 wrote no figure,
q88; :meth:`.dual_evidence._DualEvidence._dual_by_relative` asks it too)."""
from __future__ import annotations

from .duals import word_zipf as _z
from ..proclitics import proclitics

#: the dual relative pronouns (key forms)
_RELATIVE = ("اللذين", "اللذان", "اللتين", "اللتان")
#: the pronoun endings of a construct dual (longest first)
_ENDINGS = ("يهما", "يهم", "يها", "يه")
#: stems whose dual is no figure (the guide: الوالدين, parents)
_NOT_COUNTED = frozenset(("والد", "أبو", "ابو"))


def plural_verb_after(sc, j) -> bool:
    """Token j + 1 (after the relative at j) is a plural verb: a past in -وا (ادعوا, قاموا) or an imperfect in
    ي-/ت- and -ون (يعملون); a dual verb ends in -ا/-ان (كانا, يعملان)."""
    x = j + 1
    if not (sc.free(x) and sc.kind(x) == "ar"):
        return False
    k = sc.k(x)
    if any(sc.free(y) and y < sc.t.n and sc.k(y).endswith("هما") for y in (x + 1, x + 2)):
        return False  # يتكون منهما, يتعاون معهما: a dual pronoun takes the relative back
    return (k.endswith("وا") and len(k) >= 5
            or k.startswith(("ي", "ت")) and k.endswith("ون") and len(k) >= 5 and not k.endswith(("اون", "كون")))


def dual_before_relative(sc, i) -> str | None:
    """The singular of word i when it is a construct dual with a pronoun and a dual relative pronoun of
    its gender follows right after it (a comma may stand between); else None (``sc`` the scanner)."""
    w = sc.t.text[i]
    end = next((e for e in _ENDINGS if w.endswith(e)), None)
    if end is None or sc.definite(i):
        return None
    j = i + 1
    if sc.is_p(j, ",،"):
        j += 1
    if not sc.free(j) or sc.k(j) not in _RELATIVE:
        return None
    if plural_verb_after(sc, j):
        return None  # بلاعبيه اللذين قاموا: the plural relative misspelt (q88)
    fem_rel = sc.k(j).startswith("اللت")
    best = None
    for p in proclitics("dual_noun"):
        if p and not w.startswith(p):
            continue
        stem = w[len(p):-len(end)]  # ابنت, لاعب, ابن
        if len(stem) < 2 or (stem.endswith("ت") != fem_rel):
            continue
        sing = stem[:-1] + "ة" if fem_rel else stem  # ابنة, لاعب
        if best is None or _z(sing) > _z(best):
            best = sing  # the commonest reading of the proclitics: والد in ووالديه, not ووالد
    if best is None or best in _NOT_COUNTED or _z(best) < 3.0:
        return None
    return best
