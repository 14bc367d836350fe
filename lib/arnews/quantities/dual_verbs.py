"""A definite noun in ``-ين`` that also reads as a sound plural (``المهاجمين``, ``اللاعبين``, ``المسلحين``)
is a dual when the verb right after it, its subject, is dual: a verb after its subject agrees with it in
number, so a plural takes ``-وا``/``-ون`` (``المهاجمين فروا``) and a dual ``-ا``/``-ان`` (``المهاجمين فرا``,
``المسلحين لاذا``, ``اللاعبين يتمتعان``).

A dual past verb is the verb's stem with ``-ا`` whose plural in ``-وا`` is written and more common than
it (not ``دعا``, ``بدا``, ``نجا``: singular verbs of a final ``ا``; not ``جدا``, ``غدا``: adverbs); a dual
imperfect is ``ي``/``ت`` + stem + ``-ان`` whose singular (``يتمتع``) is common and whose plural in ``-ون``
is written and more common than it.  Frequencies are :mod:`wordfreq`'s, cached per word type.

An indefinite ``-ين`` noun before a dual verb is a dual too: the verb opens its relative clause and agrees
with it (``مستودعين يستخدمان``: two depots that are used; a plural of things would take ``يستخدم``/``تستخدم``)."""
from __future__ import annotations

from functools import lru_cache

from .duals import word_zipf as _z

#: how common (zipf) the plural form of the verb must be
_PLURAL_VERB = 2.0
#: particles between a subject and its verb (key forms): negation, قد, سوف
_PARTICLES = frozenset(("لم", "لن", "لا", "قد", "سوف", "ما"))
#: how common (zipf) the singular of the noun must be
_MIN_SINGULAR = 3.3


@lru_cache(maxsize=16384)
def is_dual_verb(word: str) -> bool:
    """``word`` (no clitics) is a dual verb: a past in ``-ا`` (فرا, قالا) or an imperfect in ``-ان``
    (يتمتعان, تقومان)."""
    if len(word) < 3:
        return False
    if word.endswith("ان") and word[0] in "يت" and len(word) >= 5:
        stem = word[:-2]
        return (_z("ي" + stem[1:]) >= 3.0 and _z(stem + "ون") >= _PLURAL_VERB
                and _z(word) < _z(stem + "ون"))
    if word.endswith("ا") and not word.endswith(("وا", "ها", "نا", "تا", "يا", "اا")):
        stem = word[:-1]
        return len(stem) >= 2 and _z(stem + "وا") >= _PLURAL_VERB and _z(word) < _z(stem + "وا")
    return False


@lru_cache(maxsize=16384)
def _is_jussive_dual(word: str) -> bool:
    """``word`` is an imperfect dual without its ن (after لم/لن): ي/ت + stem + ا whose plural in -وا
    is written and more common (يتمكنا: يتمكنوا)."""
    if len(word) < 4 or word[0] not in "يت" or not word.endswith("ا") or word.endswith(("وا", "اا")):
        return False
    stem = word[:-1]
    if stem.endswith("ي") and len(stem) >= 4:  # يبديا: a defective verb, plural يبدوا (session 40)
        plural = stem[:-1] + "وا"
        if _z(plural) >= _PLURAL_VERB and _z(word) < _z(plural):
            return True
    return _z(stem + "وا") >= _PLURAL_VERB and _z(word) < _z(stem + "وا")


def dual_by_verb(sc, i) -> str | None:
    """The singular of word i, a definite masculine ``-ين`` noun, when a dual verb follows it (``sc`` the
    scanner: المهاجمين فرا -> مهاجم), else None."""
    w = sc.t.text[i]
    if not w.endswith("ين") or w.endswith("تين"):
        return None
    j = i + 1
    jussive = False
    if sc.free(j) and sc.k(j) in _PARTICLES and sc.definite(i):
        # الأخيرين لم يتمكنا, اللاعبين قد انضما: a particle between the subject and its verb (round 39); after
        # لم/لن an imperfect dual drops its ن (يتمكنا, plural يتمكنوا)
        jussive = sc.k(j) in ("لم", "لن")
        j += 1
    if not (sc.free(j) and sc.kind(j) == "ar" and (is_dual_verb(sc.t.text[j]) or jussive and _is_jussive_dual(sc.t.text[j]))):
        return None
    if sc.definite(i):
        sing = sc.strip_def(i)[:-2]
        return sing if len(sing) >= 3 and _z(sing) >= _MIN_SINGULAR else None
    # an indefinite noun and the verb of its relative clause (مستودعين يستخدمان, two depots used for): a
    # plural of things takes a feminine singular verb, of people a plural one; a proclitic و/ب/ل stripped
    # when the word without it has the commoner singular
    bodies = [w] + ([w[1:]] if w[:1] in "وبل" and len(w) >= 6 else [])
    sing = max((b[:-2] for b in bodies), key=_z)
    if len(sing) < 3 or _z(sing) < _MIN_SINGULAR or _z(sing + "ين") >= _z(sing):
        return None
    if (i > 1 and w[:1] not in "وبل" and _z(sing + "ة") >= 2.0
            and all(sc.kind(x) == "ar" and not sc.t.text[x].startswith("ال") and sc.k(x).endswith("ين") for x in (i - 2, i - 1))):
        # والدين رؤومين حنونين بذلا, لاعبين أجنبيين مميزين يمثلان: the second adjective (its feminine written) of a
        # noun two words back; the verb agrees with that noun (q71; not متغيرين رئيسيين يسيران: read on the noun)
        return None
    return sing
