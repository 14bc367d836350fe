"""Tests on one word shared by the name finders (split from :mod:`arnews.entities.names`).

The words that link the parts of an Arabic name (``بن``, ``أبو``, ``عبد``), a word with an attached
pronoun, an ordinal, a family name with the article, a verbal noun of a derived form, a verb in the
future, a definite word that names a place after a place cue, and a word that may be part of a
transliterated name (:func:`weak_word`).
"""
from __future__ import annotations

import re

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key
from .cues import STRONG, WEAK, load_cues, word_info, zipf_ar
from .namelinks import AAL, ABA, ABD, ABI, ABU, NASAB


#: given names that fold to a function word (علي = على under the matching key)
STOP_GIVEN = frozenset({"علي", "على"})
#: the links a name's next word follows: بن، ابن، بنت، أبو، أبي، أبا، آل، عبد (not أم, also *or*; no foreign particle)
LINK_BEFORE_NAME = NASAB | ABU | ABI | ABA | AAL | ABD
_LINK_BEFORE_NAME = LINK_BEFORE_NAME  # the old name, still used by tests
#: the links of a nasab, the keys of بن / بنت / ابن (خالد بن محمد), shared by the family-name passes
NASAB_LINKS = NASAB


#: a word of a person's name that is no listed given name is rarer than this in general Arabic: the names read after a
#: nationality noun (:mod:`nationality_names`: باتريك 4.3، فهمي 4.2) and after a verb of scoring (:mod:`scorer_names`:
#: جيرمان 3.9، سيلفا 3.9)
NAME_ZIPF = 4.5
#: a word whose base, without an attached pronoun, is at least this frequent is that noun with its
#: pronoun (زميله، إدانته، بطولته), never a name's later word
PRONOUN_BASE_ZIPF = 3.5


def pronoun_suffixed(w: str) -> bool:
    """A word is an Arabic noun carrying an attached pronoun: زميله (زميل + ه), إدانته (إدانة + ه),
    تعازيه (تعازي + ه)."""
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:  # not ثانه، مينه (Thanh, Minh: a three-letter base)
            base = w[: -len(suf)]
            bases = [base] + ([base[:-1] + "ة"] if base.endswith("ت") else [])
            return any(word_info(b).zipf >= PRONOUN_BASE_ZIPF and not word_info(b).foreign for b in bases)
    return False


_ORDINALS = frozenset("اول اولى ثاني ثانيه ثالث ثالثه رابع رابعه خامس خامسه سادس سادسه سابع سابعه ثامن ثامنه تاسع "
                      "تاسعه عاشر عاشره اخير اخيره".split())


def ordinal_word(w: str) -> bool:
    """An ordinal adjective with the article (الأول، الثانية، الأخير; ``الـ11`` too)."""
    k = key(w)
    return k.startswith("ال") and (k[2:] in _ORDINALS or k == "ال" or k.startswith("الـ"))


_ordinal = ordinal_word  # the old name, still used by tests (its callers import ordinal_word as _ordinal)


def family_name(w: str, info) -> bool:
    """A family name with the article that closes an Arabic name (الغامدي، الأحمدي، الجبير): a
    definite word rare in general Arabic, or a definite nisba (``-ي``) that is not a frequent
    adjective (السعودي is one)."""
    k = key(w)
    if not k.startswith("ال") or len(k) < 5 or info.cue or info.stop or info.conj:
        return False
    return info.zipf < 3.5 or (k.endswith("ي") and info.zipf < 5.8 and zipf_ar(k[2:]) < 4.0)


_family_name = family_name  # the old name, still used in this module


#: first halves of theophoric given names written in two words (ضيف الله، نصر الله، فتح الله)
THEOPHORIC = frozenset("ضيف نصر فتح جار عطا عوض خلف حمد فضل رزق سعد عبد خير".split())


def theophoric_head(w: str) -> bool:
    return key(w) in THEOPHORIC


def theophoric_family(words: list) -> bool:
    """A listed given name and a theophoric family name written in two words close the run: حسن نصر الله (names56b)."""
    return len(words) == 3 and key(words[0]) in load_cues().given and key(words[2]) == "الله" \
        and key(words[1]) != "عبد" and theophoric_head(words[1])


#: verbal nouns of the derived forms (استثمار، انتخاب، اجتماع، تطوير): ordinary genitives, never names
_VERBAL_NOUN = re.compile(r"^(است..ا.|ان..ا.|ا.ت.ا.|ت..ي.)$")


def abstract_noun(k: str) -> bool:
    """A verbal noun of a derived form (ارتفاع، استثمار، تطوير) or of the form تفاعل (تعامل، تعاون)."""
    return bool(_VERBAL_NOUN.match(k) or re.match(r"^ت.ا..$", k))


_TAF3IL = re.compile(r"^(?:[وفبل])?ت..ي[^اوي]$")


def _taf3il(w: str) -> bool:
    """A verbal noun of the form تفعيل (تنويع، تذليل، لتطوير), behind at most a proclitic."""
    return bool(_TAF3IL.match(key(w)))


def future_verb(w: str) -> bool:
    """سيحضر، ستبدأ: the future prefix سـ on a frequent imperfect verb (rarer than the verb alone).  The verb is
    looked up as written too: the key folds a final ى (سيتولى -> يتولي, no word; يتولى is; names58c); a word in ة is
    no verb (سنية *Sunni*, not س + نية *intention*)."""
    k = key(w)
    if len(k) < 4 or k[0] != "س" or k[1] not in "يتن":
        return False
    if zipf_ar(k[1:]) >= 3.5 and zipf_ar(k) < zipf_ar(k[1:]):
        return True
    return w != k and w[:1] == "س" and not w.endswith("ة") and zipf_ar(w[1:]) >= 3.5 and zipf_ar(w) < zipf_ar(w[1:])


#: below this a word with the article (or the word without it) is rare enough in general Arabic to
#: be a proper name after an indefinite place cue (القصيم: قصيم 1.3; الحدود: حدود 5.0)
DEFINITE_PLACE_RARE = 3.0


@lexicon_derived(maxsize=WORD_CACHE)
def definite_place_name(w: str) -> bool:
    """A definite word that names a place after an indefinite place cue (``منطقة القصيم``,
    ``محافظة الأحساء``, ``حي الملز``): the construct (*idafa*) of a place word and a proper name.
    The word is a name when it, or its form without the article, is rare in general Arabic
    (``wordfreq``, hamza spellings folded): ``منطقة الجزاء``, ``حي السفارات``, ``منطقة الحدود``
    are ordinary constructs.  Cue words and stop words never are."""
    from .places import hamza_zipf as _z

    k = key(w)
    if not w.startswith("ال") or len(k) < 5 or k.endswith(("ات", "ون", "ين")):  # ألعاب is not ال + عاب
        return False  # a plural (مناطق الأقليات) is a common noun
    info = word_info(w)
    if info.cue or info.stop or k in load_cues().given:
        return False
    return min(_z(k), _z(k[2:])) < DEFINITE_PLACE_RARE


def weak_word(info, w: str, first: bool) -> bool:
    """A word that may be part of a transliterated name."""
    if info.cue in ("title", "role", "place", "org", "not_name", "places") or info.conj:
        return False
    if info.stop:
        return False
    if key(w).startswith("ال") and info.zipf >= STRONG:
        return False
    return info.zipf < WEAK and len(w) <= 8


_weak = weak_word  # the old name, still used in this module


#: an unlisted given name is rarer than this in general Arabic (حليم 3.5، رأفت 3.6، حكمة 4.1; not باسم 5.4)
UNLISTED_GIVEN_ZIPF = 4.5
#: the rare indefinite last word of such a name (فداي 3.9، زيتوني 4.5 is too common alone)
RARE_LAST_ZIPF = 4.0


def unlisted_given_family(ws: list[str], cues) -> bool:
    """Two or three words in a person's slot (after an office's body, in a list of people) that open with a given
    name no list has and close with a family name (round 34): ``حليم فداي``، ``حكمة سليمان``، ``جايد العتيبي``.  The
    first word is indefinite, rare (under :data:`UNLISTED_GIVEN_ZIPF`), no cue or stop word; the last is a definite
    family name (:func:`family_name`), a listed given name or a rare indefinite word."""
    if not 2 <= len(ws) <= 3:
        return False
    k0, i0 = key(ws[0]), word_info(ws[0])
    if k0.startswith("ال") or len(k0) < 3 or i0.stop or i0.cue or i0.conj or i0.zipf >= UNLISTED_GIVEN_ZIPF:
        return False
    last, il = ws[-1], word_info(ws[-1])
    kl = key(last)
    return _family_name(last, il) or kl in cues.given or (
        not kl.startswith("ال") and len(kl) >= 3 and zipf_ar(last) < RARE_LAST_ZIPF and not (il.stop or il.cue))
    # (فداي is no ف + داي: the whole word's own frequency)


#: number_words.csv types that are never a word of a name: cardinals from 2, tens, hundreds, scales
_NUMBER_TYPES = frozenset({"unit", "ten", "tens", "hundred", "hundreds", "scale", "scale_pl", "scale_du"})


@lexicon_cache(maxsize=2)
def _number_keys() -> frozenset:
    """Keys of the Arabic cardinal and scale words of ``number_words.csv`` that no listed given
    name shares."""
    given = load_cues().given
    return frozenset(k for r in read_lexicon("number_words.csv")
                     if r.get("lang") == "ar" and r.get("type") in _NUMBER_TYPES
                     for k in [key(r["word"])] if k not in given)


def number_word(w: str) -> bool:
    """A cardinal or scale word (خمسة، الأربعة، ملايين، وألف) is no word of a person's name: a run after
    a role that reaches one is a price or a count (اللاعب مقابل خمسة ملايين يورو)."""
    nums, k, info = _number_keys(), key(w), word_info(w)
    if k in nums:
        return True
    # with the article only a counted form (الأربعة، الملايين): السبع, الخمس may be family names
    return info.bare in nums and (not info.definite or info.bare.endswith("ه") or len(info.bare) >= 5)


@lexicon_cache(maxsize=2)
def currency_words() -> frozenset:
    """Every word of the currency forms of ``currencies.csv`` (إسترليني، جنيه، ريال)."""
    out = set()
    for r in read_lexicon("currencies.csv"):
        for form in (r.get("forms") or "").split("|") + (r.get("dual") or "").split("|"):
            out.update(key(w) for w in form.split())
    return frozenset(out)


def _amount_word(p, t: int) -> bool:
    """Token t is a number, or a cardinal or scale word."""
    if not 0 <= t < len(p.kinds):
        return False
    return p.kinds[t] in ("number", "date", "time", "phone") or (p.kinds[t] == "word" and number_word(p.toks[t]))


def amount_unit(p, t: int) -> bool:
    """Token t is the currency of an amount: a currency word (:func:`currency_words`) right after a
    number, a cardinal or scale word, or another currency word, or two words after a number (a
    misspelt currency noun between: ``8 مليون جنه إسترليني``): ``مليون جنيه إسترليني لكل لاعب``,
    ``خمسة ملايين إسترليني``, never a word of a transliterated name (دونغ stays a Vietnamese syllable
    elsewhere)."""
    if not 1 <= t < len(p.kinds) or p.kinds[t] != "word" or p.fkeys[t] not in currency_words():
        return False
    return _amount_word(p, t - 1) or (p.kinds[t - 1] == "word" and p.fkeys[t - 1] in currency_words()) \
        or (p.kinds[t - 1] == "word" and _amount_word(p, t - 2))


def sound_plural(k: str) -> bool:
    """The key k (proclitics and the article allowed: والمتطوعين) ends in a sound plural: ``-ات`` (الجامعات،
    المستشفيات) or ``-ين``/``-ون`` after a stem of four letters or more with no long ``ا`` before its last letter
    (المعلمين، العاملين، المطورون; not the broken plurals الفنون، الشؤون، القوانين، الميادين)."""
    stem = k[3:] if k.startswith("وال") else k[2:] if k.startswith(("ال", "لل")) else k
    if stem.endswith("ات"):
        return len(stem) >= 5
    if not stem.endswith(("ين", "ون")):
        return False
    stem = stem[:-2]
    return len(stem) >= 4 and stem[-2] != "ا"
