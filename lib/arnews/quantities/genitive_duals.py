"""A construct dual before a definite dual, its genitive (session 37, q50): ``قيادتي البلدين``,
``حكومتي البلدين``, ``سفيري البلدين``, ``عاصمتي الدولتين``.

The word after a construct dual in ``-ي``/``-تي`` is its genitive, a noun (the construct's adjective
comes only after the genitive), so a definite dual there is a second figure, not an adjective agreeing
with the first (``قيادتي البلدين``: two leaderships, two countries).  And a masculine word in ``-ي``
before such a dual is the construct dual when its noun has no common sound plural in ``-ون``
(``سفيري البلدين``: سفير, سفيرون rare; not ``لاعبي الفريقين``, ``مسؤولي الدولتين``: plurals)."""
from __future__ import annotations

from .duals import word_zipf as _z, dual_singular

#: how common (zipf) the singular of the construct must be
_MIN_SINGULAR = 3.3
#: a sound plural this common (zipf) makes a construct in -ي a plural (لاعبي, مسؤولي)
_PLURAL = 1.5
#: endings of a nisba adjective's dual (key form): العربيتين, الدوليين
_NISBA_DUAL = ("يتين", "يتان", "يين", "يان")


def definite_dual_at(sc, j) -> str | None:
    """The singular of word j when it is a definite dual noun in the genitive (البلدين: بلد; not
    الوزيران, a subject after a verb), not a nisba adjective."""
    if not (sc.free(j) and sc.kind(j) == "ar" and sc.definite(j)):
        return None
    w = sc.t.text[j]
    if not w.startswith("ال") or not w.endswith("ين") or w.endswith(_NISBA_DUAL):
        return None
    return dual_singular(w[2:])


def _construct_word(w: str) -> bool:
    """``w`` is shaped like a construct dual without a pronoun: -ي (also -تي), not -يي/-ىي."""
    return len(w) >= 4 and w.endswith("ي") and not w.endswith(("يي", "ىي"))


def genitive_after_construct(sc, i) -> bool:
    """Word i is a definite dual noun right after a construct dual in -ي/-تي read as a figure (the
    last figure of ``sc.out`` ends at i): its genitive, a figure of its own."""
    if i < 1 or not sc.out or sc.out[-1].b != i or sc.out[-1].a != i - 1 or sc.out[-1].value != 2:
        return False
    return _construct_word(sc.t.text[i - 1]) and definite_dual_at(sc, i) is not None


def construct_before_dual(sc, i) -> str | None:
    """The singular of word i when it is a masculine construct dual in -ي right before a definite dual
    noun (سفيري البلدين: سفير); None for a sound plural's construct (لاعبي), a verb or a word whose
    singular is rare.  A leading و/ب/ل/ف is tried when the whole word fails."""
    w = sc.t.text[i]
    if sc.definite(i) or not _construct_word(w) or w.endswith("تي"):
        return None
    if definite_dual_at(sc, i + 1) is None:
        return None
    for body in (w,) + ((w[1:],) if w[0] in "وبلف" and len(w) > 4 else ()):
        sing = body[:-1]
        if len(sing) >= 3 and _z(sing) >= _MIN_SINGULAR and _z(sing + "ون") < _PLURAL and _z(body) <= _z(sing) - 0.8:
            return sing
    return None
