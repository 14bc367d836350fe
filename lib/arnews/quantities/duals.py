"""Duals of any noun, by morphology: ``مدرستين``, ``شقيقتان``, ``الفريقين``, ``حادثتي سير``.

A word is read as a dual when, once its proclitics and article are stripped, it ends in a dual
suffix (``-ان``/``-ين``, feminine ``-تان``/``-تين``, construct ``-تا``/``-تي`` before a noun)
and the corpus-independent Arabic word frequencies of :mod:`wordfreq` show the singular
(``مدرسة``, ``فريق``) as a common word that is clearly more frequent than the would-be dual.
Guards: a masculine ``-ين`` whose sound plural in ``-ون`` is common is a plural (``العاملين``,
``المؤسسين``), and so is a verb (``يلعبان``, ``تفيدان``: its third person ``يفيد`` is common); a
masculine ``-ان`` on a three-letter stem is the ``فعلان`` pattern of names and verbal nouns
(``جمعان``, ``عرفان``), never read as a dual; a dual must show in both cases in the word
frequencies (``-ان`` and ``-ين``), and a masculine ``-ين`` whose ``-ون`` form is within 1.5 zipf of
it is a plural (``المكلفين``); a name that merely ends that way is at
least as frequent as its "singular" (``سلمان``/``سلم``, ``البحرين``/``بحر``, ``لبنان``/``لبن``).
A noun of place in ``م-`` and ``-ى`` makes its dual in ``-يين``/``-يان`` (``المرميين``, ``مستشفيين``: ``مرمى``,
``مستشفى``) when it is commoner than the ``-ي`` word and no ``-يون`` plural is written (round 41).
Results are cached per word type."""
from __future__ import annotations

from functools import lru_cache

from ..frequency import zipf_ar

#: how much rarer (in zipf units) a dual must be than its singular
DUAL_MARGIN = 0.8
_MARGIN = DUAL_MARGIN  # the old name, still used in this module
#: how common (zipf) the singular must be
MIN_SINGULAR = 3.3
_MIN_SINGULAR = MIN_SINGULAR  # the old name, still used in this module
#: a sound plural this common makes a masculine -ين a plural
_PLURAL = 2.5
#: a -ون form this much (zipf) commoner than the -ين form is another word, not its sound plural (فرعون, q87)
_OTHER_WORD = 1.0
#: below this zipf a word before a would-be dual is a name part, not Arabic vocabulary (ولدو)
_NAME_PART = 3.0
#: an adverb in -يا this common makes a three-letter noun + ي a nisba adjective (يومياً, شهرياً)
_ADVERB = 2.9


def word_zipf(w: str) -> float:
    return max(zipf_ar(w), zipf_ar("ال" + w) if not w.startswith("ال") else 0.0)


_z = word_zipf  # the old name, still used in this module


@lru_cache(maxsize=65536)
def dual_singular(word: str, construct_ok: bool = False) -> str | None:
    """The singular (written form) of ``word`` when it is a dual noun without proclitics
    or article, else None.  ``construct_ok``: also the construct forms ``-تا``/``-تي``."""
    short_construct = construct_ok and len(word) == 4 and word.endswith("ي") and not word.endswith("يي")
    if (len(word) < 5 and not short_construct) or word.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
        return None  # the reading without the article is tried by the caller
    fem = None
    if word.endswith(("تين", "تان")):
        fem = word[:-3] + "ة"
    elif construct_ok and word.endswith(("تي", "تا")) and len(word) >= 5:
        fem = word[:-2] + "ة"
    if fem is not None and len(fem) >= 3:
        zs = _z(fem)
        if zs >= _MIN_SINGULAR and _z(word) <= zs - _MARGIN:
            return fem
        if word.endswith(("تي", "تا")):
            return None
    if construct_ok and word.endswith("يي") and len(word) >= 5:
        # ناديي الهلال والنصر, مبنيي الكلية: the construct dual of a noun in -ي; not the construct plural of a
        # nisba (إداريي, رياضيي: their -ون plural is common) nor رأيي "my opinion" (its dual is rare)
        sing = word[:-1]
        zs = _z(sing)
        if (zs >= _MIN_SINGULAR and _z(word) <= zs - _MARGIN and _z(sing + "ين") >= 2.5 and _z(sing + "ان") >= 2.0
                and _z(sing + "ون") < 1.0):
            return sing
        return None
    if construct_ok and word.endswith("ي") and not word.endswith(("تي", "يي")) and len(word) >= 4:
        # a masculine construct dual: جانبي الطريق, بهدفي المباراة, طرفي النزاع (three-letter nouns
        # too); the nisba adjective عربي, وطني is at least as common as its noun, and is not read
        sing = word[:-1]
        zs = _z(sing)
        if short_construct and _z(sing + "يا") >= _ADVERB:
            return None  # يومي, شهري, شخصي: a nisba adjective (its adverb يومياً is common), not a dual
        if (zs >= _MIN_SINGULAR and _z(word) <= zs - _MARGIN and _z(sing + "ين") >= 2.5 and _z(sing + "ان") >= 2.0
                and _z(sing + "ون") < 1.5):  # لاعبي, مشتركي, طالبي: the construct of a sound plural
            return sing
        if (zs >= 4.0 and _z(word) <= zs - _MARGIN and 2.5 <= _z(sing + "ين") <= zs - 0.5 and _z(sing + "ان") >= 1.0
                and _z(sing + "ون") == 0 and _z(sing + "ية") < 3.0 and _z(sing + "ة") < 3.0):
            # شوطي المباراة, قطاعي التعليم, مجالي الأمن: a common noun whose nominative dual is rare in writing
            # (its -ين is the common case); no sound plural at all, no nisba (هاتفي, محوري: هاتفية, محورية), no
            # adjective with a common feminine (مطلقي: مطلقة), and its -ين no name more common than it (شاهين)
            return sing
        return None
    if word.endswith(("ين", "ان")):
        sing = word[:-2]
        if sing.endswith("أ") and len(sing) >= 3 and _z(sing[:-1] + "ء") >= _z(sing) + 1.0:
            sing = sing[:-1] + "ء"  # جزأين, الجزأين: the hamza of جزء sits on alef before the ending (q57)
        if len(sing) < 3 or sing.endswith(("ا", "و")) and word.endswith("ين"):
            return None
        if sing.startswith("م") and sing.endswith("ي") and len(sing) >= 4 and _z(sing + "ون") < 1.5:
            # المرميين, المستشفيين, المستويين: the dual of a noun of place in م- and -ى (مرمى, مستشفى, ملتقى),
            # commoner than the -ي word (مرمي); not a nisba plural (مصريين: no م-; المعنيين: المعنيون is written),
            # no verb (يسعيان) nor فعلى adjective (العظميين)
            alt = sing[:-1] + "ى"
            za = _z(alt)
            if za >= 3.5 and za >= _z(sing) + 0.5 and _z(word) <= za - _MARGIN:
                return alt
        if sing.endswith("ي") and word.endswith("ين") and (_z(sing + "ون") > 0 or _z(sing + "ان") < 2.0 or _z(word) < 2.0):
            return None  # سعوديين: a nisba plural (سعوديون); ناديين, مبنيين (no -يون, -يان common) are duals
        if sing.endswith("ي") and word.endswith("ان") and _z(word) < 1.0:
            return None  # عباسيان, رضائيان: a surname in -يان the word frequencies never saw as a word
        zs = _z(sing)
        if zs < _MIN_SINGULAR or _z(word) > zs - _MARGIN:
            if not (word.endswith("ين") and zs >= 4.0 and _z(word) <= zs - 0.3 and _z(sing + "ون") == 0
                    and _z(sing + "ان") >= 3.0) and not (
                    word.endswith("ين") and zs >= 4.0 and _z(word) <= zs - 0.6 and _z(sing + "ون") == 0
                    and _z(sing + "ان") >= 1.5):
                return None  # بلدين (as common as بلد) is still a dual: no -ون plural, and -ان common too; so is
                # طابقين (q57: a common noun, its -ين 0.6 zipf rarer, its -ان written, no -ون at all)
        zw = _z(word)
        zp = _z(sing + "ون")
        if word.endswith("ين") and (zp >= _PLURAL or zp > 0 and zp >= zw - 1.5) and not (
                zp >= zw + _OTHER_WORD and zw >= 2.5 and 2.0 <= _z(sing + "ان") < zw):
            return None  # a sound plural: العاملين, المؤسسين, المكلفين (a sound plural's -ين is the commoner case;
            # a -ون far commoner than the -ين is another word: فرعون "Pharaoh" beside فرعين "two branches", when both
            # cases of the dual are written and its -ين is the commoner, as a noun's dual's is; not تعلمين, رامين; q87)
        if _z(sing + ("ان" if word.endswith("ين") else "ين")) < 1.0:
            return None  # a dual is written in both cases (-ان and -ين); آملين, عبيدان are not
        if word.startswith(("سي", "ست")) and len(sing) > 4:
            return None  # a future verb: سيشكلان
        if word.endswith("ان"):
            if len(sing) == 3 and (_z(sing + "ين") < 3.5 or _z(sing + "ين") < _z(word)):
                return None  # the فعلان pattern: names and verbal nouns (جمعان, عرفان, حمدان, دوران); not طرفان, طفلان (their -ين is the commoner)
            if sing.startswith(("ي", "ت", "ن", "أ", "ا")) and _z("ي" + sing[1:]) >= 3.0:
                return None  # an imperfect verb: يلعبان, تفيدان, أدريان
        return sing
    return None


@lru_cache(maxsize=65536)
def fa_is_root(word: str) -> bool:
    """A dual or construct dual whose first letter ف is the root's (``فتحتا``, ``فترتي``, ``فرقتين``, ``فرعين``), not
    the conjunction: the whole word's singular (``فتحة``, ``فترة``) is a common noun clearly commoner than the singular
    read after ف (``تحة``, ``ترة``)."""
    if not word.startswith("ف") or len(word) < 5:
        return False
    cut = 3 if word.endswith(("تين", "تان")) else 2 if word.endswith(("تي", "تا")) else 0
    if not cut:
        # a masculine dual (فرعين, فندقين, q87): the whole word a dual by its form, its singular common and clearly
        # commoner than the singular read after ف (فرع, رع)
        if not word.endswith(("ين", "ان")) or dual_singular(word) is None:
            return False
        whole, rest = word[:-2], word[1:-2]
        if len(whole) == 4 and whole[1] == "ا":
            return False  # فاقدان للشرعية, فاعلان: the فاعل pattern is an active participle, a predicate (q87)
        return _z(whole) >= 3.5 and _z(whole) >= _z(rest) + 1.0
    whole, rest = word[:-cut] + "ة", word[1:-cut] + "ة"
    return _z(whole) >= 3.5 and _z(whole) >= _z(rest) + 1.0


def vocab_zipf(k: str) -> float:
    """The zipf of a word or of its reading without a leading و/ف/ب/ل (وأصيب: أصيب)."""
    return max(_z(k), _z(k[1:]) if k[:1] in "وفبل" and len(k) > 3 else 0.0)


_vocab = vocab_zipf  # the old name, still used in this module


_LOAD_CUES = []  # entities.cues.load_cues, imported on the first call (quantities alone import no entities)


def name_cues():
    if not _LOAD_CUES:
        from ..entities.cues import load_cues  # the name finder's glossed cues: given names and titles
        _LOAD_CUES.append(load_cues)
    return _LOAD_CUES[0]()


_cues = name_cues  # the old name, still used in this module and by tests


def in_name_chain(before: tuple[str, ...], word: str, after: str) -> bool:
    """A word in masculine ``-ان`` that is part of a person's name, not a dual (keys, folded; ``before``
    the up to three free words before it, nearest last; ``after`` the free word after it or ''):
    right after a given name (``محمد سالمان``, ``محمد الفريدان``; the given names of ``entity_cues.csv``),
    after a title and one name (``د. أشرف سالمان``, ``الدكتور خالد سلمان``; not right after the title: ``افتتح
    الأمير جسران``), or between a name part and a given
    name (``أرقاوي ولدو هيلان مريم``: the word before is no Arabic vocabulary).  Feminine ``-تان`` is never a name
    here, nor a word with the article but right after a given name."""
    if not word.endswith("ان") or word.endswith("تان") or not before:
        return False
    cues = _cues()
    prev = before[-1]
    if prev in cues.given:
        return True  # محمد سالمان; محمد الفريدان, سليمان الربيعان (a family name with the article)
    if len(before) >= 2 and before[-2] in ("عبد", "ابو") and before[-2] + prev in cues.given:
        return True  # عبد العزيز الخمسان: a given name written in two words
    if word.startswith("ال"):
        return False
    title = lambda k: cues.kind.get(k[2:] if k.startswith("ال") else k) == "title"
    if len(before) >= 2 and title(before[-2]) and not prev.startswith("ال"):
        return True
    # a given name after it and a rare word (a foreign name part, not Arabic vocabulary) before it
    return bool(after) and after in cues.given and not prev.startswith("ال") and len(prev) >= 3 and _vocab(prev) < _NAME_PART
