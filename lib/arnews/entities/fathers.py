"""The father's and grandfather's names in a name chain without بن (round 36).

Gulf news writes a full name as a given name, the father's (and the grandfather's) given name and the family name,
without ``بن``: ``عبدالله فرج الصقر``, ``جمعة جوهر جمعة الحمادي``, ``خالد مسعود حمد الشمري``.  The name finder
closes a run that opens with a listed given name when its last word is a rare word or a family name; a father's
name that is a common word (فرج 4.1, جمعة 4.5) or a family name that is one too (الصقر 4.1) breaks it, and the
person is lost.  Here one or two father's names between a listed given name and a definite family name make a
person: each an indefinite word without a proclitic that is no function word, cue, verb, accusative or verbal
noun, and carries no pronoun (``خليل غيّرته الحوادث``), rarer than :data:`FATHER_ZIPF`, and not foreign-shaped; the family name a definite word of five letters or more that is no plural,
ordinal, cue or verbal noun, rarer than :data:`FAMILY_ZIPF`, and no definite word follows it that it would qualify
(``خالد سعيد العام الماضي`` is no name: العام is followed by الماضي).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info
from .guards import imperfect_verb, not_a_family
from .keys import tanween
from .positions import adjacent, is_word
from .wordtests import abstract_noun as _abstract_noun, ordinal_word as _ordinal, pronoun_suffixed as _pronoun_suffixed

__all__ = ["father_chain_end", "FATHER_ZIPF", "FAMILY_ZIPF"]

#: a father's or grandfather's name is rarer than this in general Arabic (فرج 4.1، جوهر 4.1، جمعة 4.5، مسعود 4.4)
FATHER_ZIPF = 4.7
#: a family name closing such a chain is rarer than this (الصقر 4.1، الحمادي 3.8، الحكيم 4.4; not الحضور 4.7،
#: المسؤول 4.7، الهلال 4.7، التركي 4.9: the word after a name in the sentence)
FAMILY_ZIPF = 4.5
#: ... and, ending in ة, rarer than this
FEMININE_ZIPF = 4.0


def _father(p, t: int) -> bool:
    if not is_word(p, t):
        return False
    w = p.toks[t]
    k = p.fkeys[t]
    info = word_info(w)
    if k in load_cues().given or (k.startswith("عبد") and len(k) >= 6):
        return True
    if len(k) < 3 or k.startswith("ال") or info.stop or info.cue or info.conj or info.bare != k or info.foreign:
        return False  # (كريستيان بنتيكي القميص: a foreign name has no father's name)
    if info.zipf >= FATHER_ZIPF or imperfect_verb(w) or tanween(p, t) or _abstract_noun(k) or k.endswith(("ون", "ين", "ات")):
        return False
    if _pronoun_suffixed(w):
        return False  # خليل غيّرته الحوادث: a verb or a noun with its pronoun
    return True


def _family(p, t: int) -> bool:
    if not is_word(p, t):
        return False
    w = p.toks[t]
    k = p.fkeys[t]
    info = word_info(w)
    if not k.startswith("ال") or len(k) < 5 or info.stop or info.cue or info.conj or _ordinal(w) or not_a_family(w):
        return False
    if info.zipf >= FAMILY_ZIPF or k.endswith(("ون", "ين", "ات")) or _abstract_noun(k[2:]):
        return False
    if k.endswith("ه") and info.zipf >= FEMININE_ZIPF:
        return False  # a feminine noun (الجمعة، المنطقة) closes no chain unless rare (الربيعة)
    if is_word(p, t + 1) and adjacent(p, t, t + 1):
        nk, ni = p.fkeys[t + 1], word_info(p.toks[t + 1])
        if nk.startswith(("ال", "لل")) and ni.cue not in ("role", "title"):
            return False  # (خالد سعيد العام الماضي: a definite word qualified after it)
    return True


def father_chain_end(p, f: int) -> int:
    """The token after the family name of a chain whose first father's name is token ``f`` (right after the given
    name), else 0.  Not after a foreign given name (كارلوس إدواردو الهلال، أدريان محمد السهلاوي: two people)."""
    if f >= 1 and is_word(p, f - 1) and p.fkeys[f - 1] in load_cues().foreign_given:
        return 0
    for n_fathers in (1, 2):
        fam = f + n_fathers
        if not all(_father(p, t) and adjacent(p, t - 1, t) for t in range(f, fam)):
            return 0
        if adjacent(p, fam - 1, fam) and _family(p, fam):
            return fam + 1
    return 0
