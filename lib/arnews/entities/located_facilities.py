"""A facility named by the place it stands in (session 51, names55d): ``جامع التعاون بمحافظة ميسان``,
``ملعب قرطاج بالعاصمة تونس``.

The per-article facility finder (:func:`arnews.entities.bodies.facility_end`) leaves a facility word whose name
is a common word (``جامع التعاون``: التعاون *cooperation*, Zipf 4.9) or an unlisted bare word (``ملعب قرطاج``)
alone, since after one facility word such a word is often a common noun (``منفذ الجريمة``).  When the name word is
followed at once by the preposition ب and a place (a listed place or a place cue: ``بمحافظة``، ``بالعاصمة``،
``بمكة``), the phrase says *the facility X in Y*, and X names it: :func:`located_name_end`.

Session 53 (names57b): a hall (``قاعة``، ``صالة``: ``body_names.csv`` kind ``patron_place`` that is neither a place cue
nor a palace) is named the same way: ``قاعة رويال بجدة``، ``قاعة الأزورد بمكة`` (wedding halls), :func:`located_hall_end`.
A hall's common nouns are left out: a word of :data:`HALL_NAME_ZIPF` or more, a plural (``قاعة المحاضرات بجامعة``، ``قاعة الاجتماعات بمقر``), a verbal noun
(``قاعة التدريب``، ``قاعة الاحتفال``), a body or facility word (``قاعة المحكمة``); the place must follow at once.
"""
from __future__ import annotations

import re

from ..frequency import zipf_ar
from .cues import word_info
from .indef_adjectives import adjective_after_indefinite_head
from .positions import adjacent, is_word
from .wordtests import pronoun_suffixed

__all__ = ["located_after", "located_name_end", "located_hall_end", "ADJECTIVE_ZIPF", "HALL_NAME_ZIPF"]

#: an indefinite فعيل is an adjective when its definite form is this frequent (الصغير، الشهير: also given names,
#: which :func:`adjective_after_indefinite_head` spares; الخريص 1.4 is a town)
ADJECTIVE_ZIPF = 3.5
_FAIIL = re.compile(r"^..ي.$")
#: a hall's name word is rarer than this as written (المعارض 4.37 *the exhibitions* is what the hall is for; the wedding
#: halls الشموع 3.9، الورود 4.0، الصداقة 4.3 in Khartoum are names)
HALL_NAME_ZIPF = 4.35
#: verbal nouns of the derived forms (تدريب، احتفال، استقبال، مناقشة): what a hall is for, not its name
_VERBAL_NOUN = re.compile(r"^(?:م.ا..ه|ا.ت.ا.|است..ا.|ت..ي.|ان..ا.|ا..ا.)$")


def located_after(p, j: int) -> bool:
    """Token j is the preposition ب written on a place: a place cue (بمحافظة، بالعاصمة، بمدينة) or a listed place
    (بمكة، بالقاهرة)."""
    if not is_word(p, j):
        return False
    k = p.fkeys[j]
    if not k.startswith("ب") or k.startswith("بين"):
        return False
    info = word_info(p.toks[j])
    if info.bare != k[1:] and info.bare != k[3:]:
        return False  # بريدة, بيشة: the ب is the name's own letter
    if info.cue == "place":
        return True
    from .places import listed_place_at

    return bool(listed_place_at(p, j))


def located_name_end(p, i: int) -> int:
    """End token of a one-word name after the facility word at token i that the place after it vouches for
    (module docstring); i + 1 when none.  The name word is no stop word, conjunction, cue, number or pronoun-suffixed
    noun, nor an indefinite adjective (in ي or ة: ملعب رئيسي بالمدينة; فعيل or a participle: مجمع جديد بالرياض)."""
    a = i + 1
    if not (is_word(p, a) and adjacent(p, i, a) and adjacent(p, a, a + 1)):
        return a
    info = word_info(p.toks[a])
    k = p.fkeys[a]
    if info.stop or info.conj or info.cue or len(k) < 3 or pronoun_suffixed(p.toks[a]):
        return a
    if not k.startswith("ال") and k.endswith(("ي", "ه")):
        return a  # مطار دولي بمدينة، قاعة كبيرة بالفندق: an indefinite adjective, no name
    if adjective_after_indefinite_head(p, i) or (_FAIIL.match(k) and zipf_ar("ال" + p.toks[a]) >= ADJECTIVE_ZIPF):
        return a  # مجمع جديد بمدينة الرياض، متنزه شهير بمكة: an adjective of the shape فعيل or a participle
    return a + 1 if located_after(p, a + 1) else a


def _hall(p, i: int) -> bool:
    """Token i is a hall word (``قاعة``، ``صالة``; behind و/ب/ل): a patron place that is no place cue and no palace."""
    from .bodies import body_words
    from .facility_names import palace_heads

    k = p.fkeys[i]
    for c in ("", "و", "ب", "ل", "وب", "ول"):
        h = k[len(c):] if k.startswith(c) else ""
        if h and body_words().get(h) == "patron_place" and h not in palace_heads() and word_info(h).cue != "place":
            return True
    return False


def located_hall_end(p, i: int) -> int:
    """End token of a hall's one-word name at token i that the place after it vouches for (``قاعة رويال بجدة``,
    module docstring); i when none.  The name is no plural in ات, verbal noun, body or facility word."""
    from .bodies import body_words

    if not (is_word(p, i) and _hall(p, i)):
        return i
    b = located_name_end(p, i)
    if b == i + 1:
        return i
    k = p.fkeys[i + 1]
    base = k[2:] if k.startswith("ال") else k
    if base.endswith("ات") or _VERBAL_NOUN.match(base) or body_words().get(k) or body_words().get(base):
        return i  # قاعة المحاضرات بجامعة، قاعة التدريب بمقر: a hall's common noun, no name
    if zipf_ar(p.toks[i + 1]) >= HALL_NAME_ZIPF:
        return i  # صالة المعارض بقرية المفتاحة *the exhibitions hall*: a frequent noun says what the hall is for
    return b
