"""A definite noun in ``-ين`` that also reads as a sound plural (``المهاجمين``, ``اللاعبين``, ``المسلحين``)
is a dual when the verb right after it, its subject, is dual: a verb after its subject agrees with it in
number, so a plural takes ``-وا``/``-ون`` (``المهاجمين فروا``) and a dual ``-ا``/``-ان`` (``المهاجمين فرا``,
``المسلحين لاذا``, ``اللاعبين يتمتعان``).

A dual past verb is the verb's stem with ``-ا`` whose plural in ``-وا`` is written and more common than
it (not ``دعا``, ``بدا``, ``نجا``: singular verbs of a final ``ا``; not ``جدا``, ``غدا``: adverbs); a dual
imperfect is ``ي``/``ت`` + stem + ``-ان`` whose singular (``يتمتع``) is common and whose plural in ``-ون``
is written and more common than it.  Frequencies are :mod:`wordfreq`'s, cached per word type.

An indefinite ``-ين`` noun before a dual verb is a dual too: the verb opens its relative clause and agrees
with it (``مستودعين يستخدمان``: two depots that are used; a plural of things would take ``يستخدم``/``تستخدم``).

A definite ``-ان`` word that also reads as a broken plural of things (``البلدان``) is a dual right after a
masculine verb, its subject (``وأكد البلدان``; a plural of things takes ``وأكدت``): :func:`dual_after_verb`."""
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


#: how common (zipf) the -ين dual of a word's singular must be for its -ان to be read after a verb
_DUAL_SEEN = 3.5


def dual_after_verb(sc, i) -> str | None:
    """The singular of word i, a definite masculine ``-ان`` word that also reads as a broken plural
    (``البلدان``: two countries or countries), when a masculine singular verb comes right before it
    (``وأكد البلدان``, ``ويتشاور البلدان``, ``لا يزال البلدان``; a past verb only after و): a plural of
    things takes a feminine verb (``وأكدت البلدان``), so after a masculine one it is the dual subject
    (q80).  Only words whose ``-ين`` dual is common (``البلدين``); a plural of people (``الإخوان``,
    ``الشبان``: their ``-ين`` unwritten) never passes; not before a feminine adjective (``يجوب البلدان
    المختلفة``: the verb's object, a plural of things)."""
    w = sc.t.text[i]
    if i < 1 or not w.startswith("ال") or not w.endswith("ان") or w.endswith("تان") or not sc.free(i):
        return None
    sing = w[2:-2]
    if len(sing) < 3 or _z(sing) < 4.0 or _z(sing + "ين") < _DUAL_SEEN:
        return None
    v = sc.t.text[i - 1]
    if not (sc.free(i - 1) and sc.kind(i - 1) == "ar" and len(v) >= 3):
        return None
    if v.startswith("و") and len(v) >= 4:
        v = v[1:]
    elif not v.startswith("ي"):
        return None  # a past verb only after و (، فتقدم البلدان: ف + تقدم, a feminine imperfect)
    nxt = sc.t.text[i + 1] if i + 1 < sc.t.n and sc.kind(i + 1) == "ar" else ""
    if nxt.startswith("ال") and nxt.endswith(("ة", "ات")):
        return None  # يجوب البلدان المختلفة: a feminine adjective after it, a plural of things (the verb's object)
    # a verb: its feminine and its plural written, the plural not far rarer than the word (وأكثر البلدان: an
    # elative, أكثروا rare)
    if v[0] == "ي":  # ويتشاور: an imperfect, its feminine in ت
        fem, plural = "ت" + v[1:], v + "ون"
    else:  # وأكد: a past, its feminine in -ت
        fem, plural = v + "ت", v + "وا"
    ok = _z(fem) >= 2.0 and _z(plural) >= _PLURAL_VERB and _z(plural) >= _z(v) - 2.5
    return sing if ok else None
