"""A dual right after a personal pronoun of two is its predicate, not a count (round 41): ``وهما مدركان لما
ينتظرهما``, ``كونهما مرتبطتان بوظيفة``, ``كوننا مرتبطتين بالعمل`` describe the two already named (the guide: adjectives
agreeing with a dual are no figures), as ``كلاهما ناجحان`` does.

The pronoun is ``هما`` (also ``وهما``, ``فهما``, ``أنهما``, ``لأنهما``, ``بأنهما``, ``كونهما``) or ``كوننا``/``أننا``
(two women speaking: ``كوننا مرتبطتين``); the dual is indefinite in ``-ان``/``-ين`` (``-تان``/``-تين``) and has
the shape of a participle of a derived verb: a masculine singular of four letters or more in ``م-`` whose
masculine and feminine are both common words (zipf 3 or more: ``مدرك``/``مدركة``, ``مرتبط``/``مرتبطة``,
``مستعد``/``مستعدة``).  A noun after the pronoun stays a count (``وهما نوعان``, ``فهما لاعبان``, ``وهما جريمتان``),
and so do the adjectives of other shapes (``ناضجان``, ``قلقتان``: left, the nouns of that shape are many); an
adjective agreeing with the predicate goes with it (``وهما مستقلان متكاملان``)."""
from __future__ import annotations

from .duals import _z

#: the pronouns of two (and of a pair of speakers) whose predicate follows (key forms)
_PRONOUNS = frozenset(("هما", "وهما", "فهما", "انهما", "وانهما", "لانهما", "بانهما", "كونهما", "لكونهما",
                       "كوننا", "لكوننا", "اننا", "لاننا"))
_COMMON = 3.0


def predicate_of_pronoun(sc, i) -> bool:
    """Word i (a dual by its form) is the predicate of a pronoun of two right before it (``sc`` the scanner)."""
    if i == 0 or not sc.free(i - 1) or sc.definite(i):
        return False
    if sc.k(i - 1) not in _PRONOUNS:
        # an adjective agreeing with such a predicate (وهما مواطنان سعوديان)
        return (i > 1 and sc.k(i)[-2:] == sc.k(i - 1)[-2:] and sc.k(i)[-2:] in ("ان", "ين")
                and predicate_of_pronoun(sc, i - 1))
    w = sc.t.text[i]
    for end, fem in (("تان", True), ("تين", True), ("ان", False), ("ين", False)):
        if w.endswith(end) and len(w) - len(end) >= 4:
            stem = w[: -len(end)]  # the masculine singular
            return stem[0] == "م" and _z(stem) >= _COMMON and _z(stem + "ة") >= _COMMON
    return False
