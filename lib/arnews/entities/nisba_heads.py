"""A nationality adjective after a noun of a person, or glued to ب, stands before a person's name (session 44, person47).

:mod:`arnews.entities.nationals` reads a definite nationality adjective standing as a noun (``والأرجنتيني موراليس``,
``مع الروماني سان مارتن``) and the name finder one after an office cue (``المهاجم البرازيلي``).  Pooled over the
development sets, the nationality still missed stands:

* after a definite noun of a person that is no cue (``nisba_heads.csv``: ``الخبير الإنجليزي هاورد ويب``،
  ``والمحترف العماني``، ``الدولي النيجيري براون ايدييه``، ``رجل الأعمال التايلاندي``): the adjective qualifies that
  noun, and the foreign-shaped words after it are the person the noun names;
* after a noun of two or three people (``الثنائي البرازيلي أدواردو والميدا``، ``اللاعبين الروماني سان مارتن``):
  the same, and a second foreign-shaped name glued to و right after the first is the other one;

A feminine or plural adjective (``الشاب السعودية``), an adjective of no country, and a name word that is Arabic
vocabulary (``الحكم الأمريكي الجديد``) read nothing: the name words are those of :mod:`arnews.entities.nationals`.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import word_info, zipf_ar
from .cuewords import nationality_word
from .positions import adjacent, is_word
from .wordtests import family_name as _family_name

__all__ = ["head_words", "after_person_head", "group_head", "second_name_end", "no_name_word", "family_end"]

#: a future verb (سيغادر، سينتظر) is a word whose imperfect after the س is this frequent in general Arabic
FUTURE_BASE_ZIPF = 3.0
#: a second name glued to و after a group noun's first (والميدا) is rarer than this in general Arabic ...
SECOND_ZIPF = 4.0
#: ... and, when it opens with ال, shaped at least this much like a transliteration (الميدا -0.7; العمري -6)
SECOND_SHAPE = -1.0


@lexicon_cache(maxsize=2)
def head_words() -> dict:
    """Key of a word of ``nisba_heads.csv`` -> its kind (``one``, ``group``)."""
    return word_kinds("nisba_heads.csv", ("one", "group"), key)


def _head(p, i: int) -> str:
    """The kind of the head noun right before token i (a glued و or ف allowed), else ''."""
    if i < 1 or not is_word(p, i - 1) or not adjacent(p, i - 1, i):
        return ""
    k, heads = p.fkeys[i - 1], head_words()
    if k in heads:
        return heads[k]
    return heads.get(k[1:], "") if k[:1] in "وف" and len(k) > 3 else ""


def after_person_head(p, i: int) -> bool:
    """Token i, a definite masculine nationality adjective, follows a head noun of ``nisba_heads.csv``."""
    return bool(_head(p, i)) and nationality_word(p.toks[i]) == 1


def group_head(p, i: int) -> bool:
    """The nationality adjective at token i follows a noun of two or three people (الثنائي، اللاعبين)."""
    return _head(p, i) == "group"


def second_name_end(p, b: int, name_word) -> int:
    """After a group noun's first name ending before token b: the end of a second name glued to و (والميدا,
    ولوكاس زوكالا: one to two words, ``name_word(p, t)`` true of the rest), else b."""
    n = len(p.toks)
    if b >= n or not is_word(p, b):
        return b
    k = p.fkeys[b]
    if k[:1] != "و" or len(k) < 4 or nationality_word(p.toks[b]):
        return b  # والبولندي لوكاس: the nationality's own rule reads it
    bare = p.toks[b][1:]
    info = word_info(bare)
    if info.stop or info.cue or info.conj and not info.foreign:
        return b
    if key(bare).startswith("ال"):
        ok = info.zipf < SECOND_ZIPF and info.shape > SECOND_SHAPE
    else:
        ok = info.foreign or (info.zipf < SECOND_ZIPF and info.shape > 0.0)
    if not ok:
        return b
    e = b + 1
    while e < n and e - b < 3 and name_word(p, e):
        e += 1
    return e


def no_name_word(w: str) -> bool:
    """A rare word that is still no name word after a nationality: a future verb (الدولي التركي سينتظر، الخبير
    الإنجليزي سيتواجد: س + an imperfect that is common Arabic) or another nationality adjective (والنجمين البرازيلي
    والأرجنتيني)."""
    k = key(w)
    if len(k) >= 5 and k[0] == "س" and k[1] in "يتنا" and zipf_ar(w[1:]) >= FUTURE_BASE_ZIPF:
        return True
    return bool(nationality_word(w))


def family_end(p, b: int) -> int:
    """After a head's name ending before token b: b + 1 when token b is a definite family name closing it (الحكم
    المغربي بوشعيب الأحرش، رجل الأعمال العراقي صبيح الهاشمي), else b."""
    if b < len(p.toks) and is_word(p, b) and adjacent(p, b - 1, b) and not nationality_word(p.toks[b]) \
            and _family_name(p.toks[b], word_info(p.toks[b])):
        return b + 1
    return b
