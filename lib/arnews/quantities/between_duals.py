"""Two duals read from their own form and one word of context (session 50, q72):

* ``بين`` + a definite ``-ين`` (``بين الغريمين``, ``بين الشطرين``): "between" needs two sides or many; a
  noun whose sound plural in ``-ون`` is never written (``wordfreq``) and whose singular is a common word
  clearly commoner than the would-be dual names two (not ``بين المواطنين``: ``مواطنون`` is written; not
  ``بين البحرين``: a name as common as ``بحر``);
* a construct dual with ``نا`` (``لبلدينا``, ``شعبينا``: our two countries, peoples): the noun's dual in
  ``-ين`` and ``-ان`` is written, its sound plural in ``-ون`` never (not ``لاعبينا``, ``مواطنينا``: our players,
  citizens), the dual is rarer and the word with ``نا`` clearly rarer than the singular (not ``تباينا``: تباين is a
  noun of its own) (the guard of :func:`.dual_evidence`'s
  ``هما`` construct); a noun the lexicon counts may begin with و or ف (``فريقينا``: our two teams), and a
  feminine dual in ``-تينا`` (``حكومتينا``, ``قيادتينا``) needs only its ``-تين`` form written and rarer than the
  singular (no plural is written the same) (fixq, the review of q72)."""
from __future__ import annotations

from ..normalize import key
from ..tokens import stopwords as _stopwords
from .duals import word_zipf as _z
from .lexicon import DEFINITE_PREFIXES, lex
from ..proclitics import proclitics

#: بين with a proclitic (key forms)
_BETWEEN = frozenset(("بين", "وبين", "فبين"))
#: how common (zipf) the singular must be
_SINGULAR = 2.8
#: how common (zipf) the singular of a dual with نا must be: a very common noun (بلد, شعب, عقد, طرف); rarer
#: stems are names and other words in -ينا (روبينا, كرستينا, تباينا, نادينا: our club)
_OUR_SINGULAR = 4.5
#: how much rarer (zipf) the dual must be than its singular
_MARGIN = 0.8
#: how common (zipf) the feminine dual in -تين must be (قيادتين 1.79, حكومتين 3.26)
_FEMININE_DUAL = 1.5
#: the article and its proclitics, longest first
_DEFINITE = tuple(sorted(DEFINITE_PREFIXES, key=len, reverse=True))


def dual_after_between(sc, i) -> str | None:
    """The singular when word i is a definite masculine dual in -ين right after بين."""
    if not (i > 0 and sc.free(i - 1) and sc.k(i - 1) in _BETWEEN):
        return None
    w = sc.t.text[i]
    if not w.endswith("ين") or w.endswith(("تين", "يين")):
        return None
    body = next((w[len(p):] for p in _DEFINITE if w.startswith(p)), None)
    if not body or len(body) < 5:
        return None
    sing = body[:-2]
    zs = _z(sing)
    if zs < _SINGULAR or _z(sing + "ون") > 0 or _z(body) > zs - _MARGIN:
        return None
    return sing


def our_two(sc, i) -> str | None:
    """The singular when word i is a construct dual with نا (بلدينا, لبلدينا, شعبينا, فريقينا, حكومتينا)."""
    w = sc.t.text[i]
    if not w.endswith("ينا") or any(w.startswith(p) and w[len(p):] in _stopwords("ar") for p in ("", "و", "ف")):
        return None  # لدينا, ولدينا, وعلينا: (و +) a function word
    for p in proclitics("dual_noun"):
        if p and not w.startswith(p):
            continue
        stem = w[len(p):-3]
        if not p and w.startswith(("و", "ف")) and (key(stem),) not in lex("ar").units:
            continue  # ومعينا, وبنينا: و and a word; a noun in و/ف- only when counted (فريقينا, وفدينا)
        if len(stem) < 3 or stem.startswith("ال"):
            continue
        zs = _z(stem)
        if (zs >= _OUR_SINGULAR and 2.5 <= _z(stem + "ين") < zs and _z(stem + "ان") >= 2.0
                and _z(stem + "ون") == 0 and _z(w[len(p):]) <= zs - _MARGIN):
            return stem
        sing = stem[:-1] + "ة"  # قيادتينا, حكومتينا: a feminine dual
        if (stem.endswith("ت") and len(stem) >= 4 and _z(sing) >= _OUR_SINGULAR
                and _FEMININE_DUAL <= _z(stem + "ين") < _z(sing) - _MARGIN and _z(w[len(p):]) <= _z(sing) - _MARGIN):
            return sing
    return None
