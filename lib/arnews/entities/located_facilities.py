"""A facility named by the place it stands in (session 51, names55d): ``جامع التعاون بمحافظة ميسان``,
``ملعب قرطاج بالعاصمة تونس``.

The per-article facility finder (:func:`arnews.entities.bodies.facility_end`) leaves a facility word whose name
is a common word (``جامع التعاون``: التعاون *cooperation*, Zipf 4.9) or an unlisted bare word (``ملعب قرطاج``)
alone, since after one facility word such a word is often a common noun (``منفذ الجريمة``).  When the name word is
followed at once by the preposition ب and a place (a listed place or a place cue: ``بمحافظة``، ``بالعاصمة``،
``بمكة``), the phrase says *the facility X in Y*, and X names it: :func:`located_name_end`.
"""
from __future__ import annotations

import re

from ..frequency import zipf_ar
from .cues import word_info
from .indef_adjectives import adjective_after_indefinite_head
from .positions import adjacent, is_word
from .wordtests import pronoun_suffixed

__all__ = ["located_after", "located_name_end", "ADJECTIVE_ZIPF"]

#: an indefinite فعيل is an adjective when its definite form is this frequent (الصغير، الشهير: also given names,
#: which :func:`adjective_after_indefinite_head` spares; الخريص 1.4 is a town)
ADJECTIVE_ZIPF = 3.5
_FAIIL = re.compile(r"^..ي.$")


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
