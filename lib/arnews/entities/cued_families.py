"""A family name that is also an ordinary word, after a nasab or after a person's cue (session 40, person40).

Saudi news writes a man in full as given name, ``بن`` + father's name, and the family name: ``خالد بن محمد
العطية``, ``سلمان بن محمد الخلف``, ``أحمد بن إبراهيم الصغير``.  When the family name is also a common Arabic word
(الخلف *the successor*, الصغير *the small*, العطية *the gift*) the name finder stopped before it: the
frequency tests of :func:`arnews.entities.names._common_surname` read it as a word of the sentence, and the
person was cut to his nasab.  After a nasab, though, a definite word is nearly always the family name: a
given name with its father's name takes no object or adjective there.  The word is none of what may follow a
nasab instead: a stop word or a cue (الذي، الرئيس), a link (آل سعود), an ordinal, a time word, a listed place,
a verbal noun, a plural, an adjective of an institution named after the man (جامعة الإمام محمد بن سعود
الإسلامية, مركز الملك عبدالله بن عبدالعزيز العالمي: a nisba that is not a family nisba, a frequent feminine
word).  Royal names (الأمير، الملك: ``الأمير فيصل بن سلمان``) end at the nasab, so none is extended after a
royal title, where the next definite word is the object of the verb (افتتح الأمير فيصل بن سلمان المعرض).

The same holds after an office or a title (not royal) and one listed given name: ``المدرب حسين الحسنية``, ``رئيس
المركز إبراهيم الشعبي``, ``الوزير محمد العبد الله``.  A given name alone after an office was no name (one word), so
the person was lost; the definite word after it, when it is none of the words above, is his family name.  Given
names that are also adjectives (حسن، سعيد، صالح، كريم) may open a genitive phrase there (اللاعب حسن الخلق): after
such a frequent word the family name must be rare (:data:`ADJECTIVE_GIVEN_ZIPF`, :data:`RARE_FAMILY_ZIPF`).
The word after the family name may be definite only when it cannot be read as its adjective: a relative pronoun
(الذي، التي), an office (المشرف العام is a cue word or not), or a word of the other gender (هادي المحسن الميدالية).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info, zipf_ar
from .nisba_surnames import family_nisba
from .positions import adjacent as _adjacent, is_word as _is_word
from .wordtests import NASAB_LINKS

__all__ = ["nasab_family_end", "cued_family_end", "NASAB_FAMILY_ZIPF", "NASAB_FEMININE_ZIPF", "ADJECTIVE_GIVEN_ZIPF",
           "RARE_FAMILY_ZIPF", "FEMININE_ADJECTIVE_GAP", "NASAB_OBJECT_ZIPF", "CUED_NISBA_ZIPF"]

#: a definite word this frequent in general Arabic is never read as a family name after a nasab (العربية 5.9)
NASAB_FAMILY_ZIPF = 5.8
#: a feminine word (-ة) after a nasab is a family name only when rarer than this (العطية 4.0, الربيعة 3.8; not
#: الإسلامية 5.4, الخيرية, الدولية)
NASAB_FEMININE_ZIPF = 4.1

#: a word after a nasab this frequent, followed by a definite word of its gender (its adjective), is an object
#: (الفريق الحائز 5.4; not العطية الانتباه, الراشد التهاني 4.4)
NASAB_OBJECT_ZIPF = 5.0

#: a listed given name this frequent in general Arabic may be an adjective (حسن 5.4، سعيد 5.3، صالح 5.2) ...
ADJECTIVE_GIVEN_ZIPF = 5.2
#: ... and then the definite word after it is its family name only when rarer than this (not الخلق 5.0، الأداء 4.8)
RARE_FAMILY_ZIPF = 4.0

#: a feminine word after one given name is an adjective when its masculine form is at most this much rarer (Zipf;
#: السابق 5.3 / السابقة 5.2; the family names العودة 5.0 / العود 4.0, الحسنية 5.4 / الحسني 3.8 are far apart)
FEMININE_ADJECTIVE_GAP = 1.0

#: after a person's cue and one given name, a definite nisba below this frequency is his family name even when
#: Arabic writes it as an adjective too (الشعبي 5.4 *popular*, الشرقي 5.3; not العالمي 6.0): no institution is named
#: after a man there, and a proper name takes no such adjective (person49)
CUED_NISBA_ZIPF = 5.8

#: titles an institution or an event is named after (نصف ماراثون الشيخ زايد الدولي، جامعة الإمام محمد): the nisba
#: after the given name there may be the institution's adjective
_PATRON_TITLES = frozenset(key(w) for w in ("الشيخ", "الإمام", "والشيخ", "والإمام"))

_LINKS = NASAB_LINKS
_RELATIVES = frozenset(key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"))
#: royal titles: a prince's or a king's name is his nasab (الأمير فيصل بن سلمان، الملك سلمان بن عبدالعزيز)
_ROYAL = frozenset(key(w) for w in ("أمير", "الأمير", "والأمير", "للأمير", "بالأمير", "أميرة", "الأميرة", "ملك",
                                    "الملك", "والملك", "للملك", "بالملك", "سمو", "السمو", "الملكي", "العهد", "الشريفين",
                                    "وللأمير", "سموه", "الامير", "الاميره", "السلطان", "الشيخة"))


def _royal_before(p, i: int) -> bool:
    """A royal title within the three words before token i (صاحب السمو الملكي الأمير، خادم الحرمين الشريفين الملك)."""
    for t in range(max(0, i - 3), i):
        if p.kinds[t] == "word" and p.fkeys[t] in _ROYAL:
            return True
    return False


def _family_word(p, j: int, cued: bool = False) -> bool:
    """Token j, right after a nasab, is a family name (module docstring)."""
    from .orgnames import listed_org as _listed_org, listed_place as _listed_place
    from .tails import time_after_name
    from .wordtests import (abstract_noun as _abstract_noun, family_name as _family_name, ordinal_word as _ordinal,
                            number_word)

    w = p.toks[j]
    k, info = key(w), word_info(w)
    if not k.startswith("ال") or len(k) < 5 or k.startswith("الـ"):
        return False
    if info.stop or info.cue or info.conj or info.zipf >= NASAB_FAMILY_ZIPF or _ordinal(w) or number_word(w):
        return False
    if _abstract_noun(k[2:]) or time_after_name(p, j, 2) or _listed_place(p, j) or _listed_org(p, j):
        return False
    named = k[2:] in load_cues().given
    if k.endswith(("ون", "ين", "ات")) and not named:
        return False  # a plural (المواطنين), not الحسين
    if k.endswith("ي") and not (family_nisba(w) or _family_name(w, info)) and not (cued == "nisba" and info.zipf < CUED_NISBA_ZIPF):
        return False  # الإسلامي، الدولي: the adjective of an institution named after the man (after a cue and one
        # given name no institution is named: رئيس المركز إبراهيم الشعبي, person49)
    if k.endswith("ه") and info.zipf >= NASAB_FEMININE_ZIPF and not named and not cued:
        return False  # الإسلامية، الخيرية (after a cue and a given name no institution is named: العودة)
    return True


def nasab_family_end(p, i: int, j: int) -> int:
    """End of the name run i..j-1 taken one word further when it holds a nasab (a link after its first word, the
    father's name last) and a family name (:func:`_family_word`) follows right after it, outside a royal name."""
    if j - i < 3 or not _is_word(p, j) or not _adjacent(p, j - 1, j):
        return j
    if p.fkeys[j - 2] not in _LINKS or p.fkeys[j - 1] in _LINKS:
        return j
    if _royal_before(p, i) or _is_word(p, j + 1) and _adjacent(p, j, j + 1) and p.fkeys[j + 1] in _LINKS:
        return j  # (بن عبدالعزيز الفيصل بن: a grandfather's chain, left to the run itself)
    if p.fkeys[j - 1].startswith("ال"):
        return j  # حسين بن الراوي الموقع: a father's name with the article is the family's, the object follows
    if not _free_after(p, j) and word_info(p.toks[j]).zipf >= NASAB_OBJECT_ZIPF:
        return j  # يتوج أحمد بن عيد الفريق الحائز: a frequent noun with its adjective is the verb's object
    return j + 1 if _family_word(p, j) else j


def _feminine(k: str) -> bool:
    return k.endswith(("ه", "ات"))


def _free_after(p, j: int) -> bool:
    """The word after a family name at token j is not one it may govern or that qualifies it (see the docstring)."""
    if not (_is_word(p, j + 1) and _adjacent(p, j, j + 1)):
        return True
    nk, ni = p.fkeys[j + 1], word_info(p.toks[j + 1])
    if ni.cue == "link" or nk in _LINKS:
        return False
    if not nk.startswith(("ال", "لل")):
        return True
    return nk in _RELATIVES or ni.cue in ("role", "title") or (nk.startswith("ال") and _feminine(nk) != _feminine(p.fkeys[j]))


def cued_family_end(p, i: int, j: int) -> int:
    """End of the run i..j-1 (one listed given name right after a person's cue, not a royal title) taken over the
    definite word after it when that word is his family name (module docstring); j otherwise."""
    if j != i + 1 or not _is_word(p, j) or not _adjacent(p, i, j) or _royal_before(p, i):
        return j
    gk = p.fkeys[i]
    if gk not in load_cues().given or word_info(p.toks[i]).cue:
        return j
    nisba = "nisba" if not (i and p.fkeys[i - 1] in _PATRON_TITLES) else True
    if not _family_word(p, j, cued=nisba) or not _free_after(p, j):
        return j
    if word_info(p.toks[i]).zipf >= ADJECTIVE_GIVEN_ZIPF and word_info(p.toks[j]).zipf >= RARE_FAMILY_ZIPF:
        return j  # اللاعب حسن الخلق: an adjective and its genitive
    fk = p.fkeys[j]
    if fk.endswith("ه") and zipf_ar(fk[:-1]) >= word_info(p.toks[j]).zipf - FEMININE_ADJECTIVE_GAP:
        return j  # الرئيس هادي السابقة (استقالة ...): an adjective written in both genders, no family name (العودة)
    return j + 1
