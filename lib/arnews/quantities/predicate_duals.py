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

from ..tokens import stopwords as _stopwords
from .duals import word_zipf as _z

#: the pronouns of two (and of a pair of speakers) whose predicate follows (key forms)
_PRONOUNS = frozenset(("هما", "وهما", "فهما", "انهما", "وانهما", "لانهما", "بانهما", "كونهما", "لكونهما",
                       "كوننا", "لكوننا", "اننا", "لاننا"))
#: dual copulas (key forms; session 40): the participle after them is their predicate (السيارتين اللتين كانتا
#: مستهدفتين, وأصبحا مطالبين), as after a pronoun of two
_COPULAS = frozenset(p + v for p in ("", "و", "ف") for v in ("كانا", "كانتا", "يكونان", "تكونان", "يكونا", "تكونا", "ليكونا",
                                                          "لتكونا", "اصبحا", "اصبحتا", "باتا", "باتتا", "ظلا", "ظلتا",
                                                          "صارا", "صارتا", "اضحيا", "اضحتا"))
_COMMON = 3.0


def predicate_of_pronoun(sc, i) -> bool:
    """Word i (a dual by its form) is the predicate of a pronoun of two right before it (``sc`` the scanner)."""
    if i == 0 or not sc.free(i - 1) or sc.definite(i):
        return False
    if sc.k(i - 1) not in _PRONOUNS and sc.k(i - 1) not in _COPULAS:
        # an adjective agreeing with such a predicate (وهما مواطنان سعوديان)
        return (i > 1 and sc.k(i)[-2:] == sc.k(i - 1)[-2:] and sc.k(i)[-2:] in ("ان", "ين")
                and predicate_of_pronoun(sc, i - 1))
    w = sc.t.text[i]
    for end, fem in (("تان", True), ("تين", True), ("ان", False), ("ين", False)):
        if w.endswith(end) and len(w) - len(end) >= 4:
            stem = w[: -len(end)]  # the masculine singular
            if stem[0] == "م" and _z(stem) >= _COMMON and _z(stem + "ة") >= _COMMON:
                return True
            return _short_adjective(stem)
        if w.endswith(end):
            return _short_adjective(w[: -len(end)])  # قلقان (q57)
    return False


def _short_adjective(stem: str) -> bool:
    """(q57) ``stem`` is a three-letter adjective (قلق/قلقة/قلقون: إلا أنهما قلقتان): its feminine and its sound plural in
    -ون are common; not a noun with a common feminine (وهما طفلان, شابان, نجمان: no -ون plural, a count stays)."""
    return len(stem) == 3 and _z(stem) >= _COMMON and _z(stem + "ة") >= _COMMON and _z(stem + "ون") >= 2.5


#: how many words a coordinated pair may take between its و and the predicate (والهداف البرازيلي دييجو كوستا)
_PAIR_SPAN = 4


def _adjective_dual(w: str) -> bool:
    """``w`` (no clitic, no article) is the nominative dual of an adjective: masculine ``-ان`` or feminine
    ``-تان`` whose masculine and feminine singulars are both common words (جاهز/جاهزة, قلق/قلقة)."""
    if len(w) < 5 or w.startswith(("ال", "و", "ب", "ل", "ف", "ك")):
        return False
    stem = w[:-3] if w.endswith("تان") else w[:-2] if w.endswith("ان") else ""
    return len(stem) >= 3 and _z(stem) >= _COMMON and _z(stem + "ة") >= _COMMON


def _past_verb(w: str) -> bool:
    """``w`` (a leading و/ف dropped) is a past verb: its plural in ``-وا`` is a common word (قال: قالوا; وصلت:
    وصلوا), which no name or noun has."""
    body = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    stems = (body, body[:-1]) if body.endswith("ت") else (body,)
    return any(len(st) >= 2 and _z(st + "وا") >= 2.0 for st in stems)


def predicate_of_pair(sc, i) -> bool:
    """(session 38) Word i, an indefinite adjective-shaped dual in ``-ان``/``-تان``, is the predicate of two
    subjects joined by و right before it (``ميسي ونيمار جاهزان``, ``غاري كايهل والهداف البرازيلي دييجو كوستا
    جاهزان``): it describes the two already named, no count.  The و opens the second subject at most four
    words back, with a word before it (the first subject) and no punctuation or function word in between."""
    if i < 2 or sc.kind(i) != "ar" or sc.definite(i) or not _adjective_dual(sc.t.text[i]):
        return False
    for j in range(i - 1, max(0, i - 1 - _PAIR_SPAN), -1):
        if not (sc.free(j) and sc.kind(j) == "ar") or sc.t.text[j] in _stopwords("ar") or sc.numword(j):
            return False
        if sc.k(j).endswith("هما") or _past_verb(sc.t.text[j]):
            return False  # أنهما شابان, وجرح جنديان, ووصلت سفينتان: a pronoun's predicate or a verb's subject
        w = sc.t.text[j]
        if w.startswith("و") and len(w) > 3:
            return j > 0 and sc.kind(j - 1) == "ar" and sc.t.text[j - 1] not in _stopwords("ar") and not sc.numword(j - 1)
    return False
