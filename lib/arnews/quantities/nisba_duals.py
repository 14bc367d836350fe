"""A masculine construct dual that is written like a common nisba adjective, shown by what follows it (q71):
``رئيسي الوزراء السابقين`` (the two former prime ministers), ``عضوي المجلس السابقين``.

``رئيسي`` is far more often the adjective "main" than the construct dual of ``رئيس``, so :func:`.duals.dual_singular`
rightly refuses it alone.  Here the word is indefinite, a definite genitive follows it, and after that a
definite adjective in ``-ين`` whose nominative dual in ``-ان`` is written (``السابقين``: ``سابقان``): a nisba
adjective takes no genitive, and the adjective agrees with two (it is no figure of its own).  The noun is common, its dual written in
both cases, and it has no sound plural in ``-ون`` (not ``لاعبي الفريق السابقين``: the former players)."""
from __future__ import annotations

from functools import lru_cache

from .duals import word_zipf as _z


@lru_cache(maxsize=65536)
def _noun_of(body: str) -> str | None:
    """The singular of a masculine construct dual ``body`` (``رئيسي``: ``رئيس``) by the word frequencies alone."""
    if len(body) < 4 or not body.endswith("ي") or body.endswith(("تي", "يي")):
        return None
    sing = body[:-1]
    if _z(sing) >= 4.0 and _z(sing + "ين") >= 2.5 and _z(sing + "ان") >= 2.0 and _z(sing + "ون") < 1.0:
        return sing
    return None


@lru_cache(maxsize=65536)
def _dual_adjective(word: str) -> bool:
    """A definite adjective in ``-ين`` whose nominative dual in ``-ان`` is written: ``السابقين`` (``سابقان``)."""
    if not word.startswith("ال") or not word.endswith("ين") or word.endswith("يين") or len(word) < 7:
        return False
    stem = word[2:-2]
    return _z(stem) >= 3.5 and _z(stem + "ان") >= 2.0


def dual_before_genitive_adjective(sc, i) -> str | None:
    """The singular of word i when it is a construct dual before a definite genitive and a dual adjective
    (``sc`` the scanner), else None."""
    if sc.definite(i) or not sc.free(i) or sc.kind(i) != "ar" or i + 2 >= sc.t.n:
        return None
    w = sc.t.text[i]
    body = w[1:] if w[:1] == "و" and len(w) >= 5 else w
    sing = _noun_of(body)
    if sing is None:
        return None
    g, a = i + 1, i + 2
    if not (sc.free(g) and sc.kind(g) == "ar" and sc.t.text[g].startswith("ال") and len(sc.t.text[g]) > 3
            and not sc.numword(g) and not sc.month_at(g)):
        return None
    if not (sc.free(a) and sc.kind(a) == "ar" and _dual_adjective(sc.t.text[a])):
        return None
    return sing


def adjective_of_nisba_dual(sc, i) -> bool:
    """Word i is the dual adjective of such a construct dual read two words before it (``السابقين`` in ``رئيسي
    الوزراء السابقين``): no figure of its own."""
    if i < 2 or not (sc.out and sc.out[-1].a == i - 2 and sc.out[-1].b == i - 1 and sc.out[-1].value == 2):
        return False
    if not (sc.kind(i) == "ar" and _dual_adjective(sc.t.text[i])):
        return False
    w = sc.t.text[i - 2]
    return _noun_of(w[1:] if w[:1] == "و" and len(w) >= 5 else w) is not None
