"""Duals shown by the words that refer back to them (round 39): a noun in ``-ين``/``-ان`` that the
morphology alone cannot tell from a plural, an adjective or a name is a dual when

* ``لا ثالث لهما`` (no third to them) follows it: ``حلان لا ثالث لهما``, ``خيارين لا ثالث لهما``;
* it is an indefinite nominative dual (``-ان``/``-تان``) or a feminine ``-تين`` and an indefinite adjective
  of the same ending follows it: ``خصلتان محمودتان``, ``تعاقدان جيدان`` (a plural in ``-ون``/``-ات`` never
  ends so; ``-ين`` pairs are left alone: ``لاعبين محترفين`` is a plural);
* it is an indefinite ``-ين`` and the word right after it, the verb or preposition of a clause describing
  it (not joined by و), carries the dual pronoun ``هما``: ``حكمين أصدرهما القضاء`` (two verdicts the judiciary issued),
  ``طرفين بينهما خلاف``.  A plural of things would take ``ها``, of people ``هم``.

The noun's singular must be a common word (zipf 3.3) clearly more common than the word itself (not
``حسين``, ``عثمان``), and not a sound plural whose ``-ون`` form is as common as the word (``مواطنين``)
unless the pronoun settles it."""
from __future__ import annotations

from .duals import name_cues as _cues, word_zipf as _z

#: the words of "no third to them" (key forms)
_NO_THIRD = ("لا", "ثالث")
_THIRD_TO = frozenset(("لهما", "لهم"))
#: how common (zipf) the singular must be
_MIN_SINGULAR = 3.2


def _singular(w: str, shortest: int = 3) -> str | None:
    """The singular of a dual form, proclitics و/ب/ل/ف tried: the commonest reading."""
    best = None
    for body in [w] + ([w[1:]] if w[:1] in "وبلف" and len(w) >= 6 else []):
        if body.endswith(("تين", "تان")):
            sing = body[:-3] + "ة"
        elif body.endswith(("ين", "ان")):
            sing = body[:-2]
        else:
            continue
        if len(sing) >= shortest and _z(sing) >= _MIN_SINGULAR and _z(body) <= _z(sing) - 0.5 and (best is None or _z(sing) > _z(best)):
            best = sing
    return best


def dual_by_agreement(sc, i) -> str | None:
    """The singular of word i when the words after it refer back to it as two (``sc`` the scanner)."""
    w = sc.t.text[i]
    if sc.definite(i) or not w.endswith(("ين", "ان")) or len(w) < 4:
        return None
    j = i + 1
    if not (sc.free(j) and sc.kind(j) == "ar"):
        return None
    if sc.k(j) == _NO_THIRD[0] and sc.free(j + 1) and sc.k(j + 1) == _NO_THIRD[1] and sc.k(j + 2) in _THIRD_TO:
        return _singular(w, 2)  # حلان لا ثالث لهما (the phrase settles it: a two-letter singular too)
    kj = sc.k(j)
    end = next((e for e in ("تان", "تين", "ان") if w.endswith(e)), None)
    if end and not sc.definite(j) and sc.t.text[j].endswith(end) and (end != "ان" or not sc.t.text[j].endswith("تان")):
        sing = _singular(w)
        adj = sc.t.text[j][:-len(end)] + ("ة" if end != "ان" else "")
        given = _cues().given
        if end == "ان" and (sc.k(i) in given or kj in given or _z(kj) >= _z(adj)):
            return None  # عمران حمدان: two names, not a noun and its adjective
        if sing and len(adj) >= 3 and _z(adj) >= 2.5 and _z(sc.t.text[j]) < _z(adj) and not sc.numword(j):
            return sing  # خصلتان محمودتان, تعاقدان جيدان: an agreeing dual adjective
    if (len(w) >= 5 and w.endswith("ين") and kj.endswith("هما") and len(kj) >= 5 and not kj.startswith(("ال", "و"))
            and kj not in ("كلاهما", "كلتاهما")):
        # (not ينتظران مولودتهما, فقدان شهيدهما: a verb or a verbal noun in -ان; not ممتازين وأوقاتهما: a
        # coordination with و)
        # حكمين أصدرهما القضاء: the clause after an indefinite noun refers back to it with هما
        sing = _singular(w)
        if sing and w.endswith("ين") and not w.endswith("تين") and _z(sing + "ون") >= _z(sing) - 1.0:
            return None  # a common sound plural (مواطنين, لاعبين): هما may point elsewhere
        return sing
    return None
