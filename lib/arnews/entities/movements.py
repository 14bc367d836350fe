"""A movement named bare by an ordinary word: the ``movement`` context of ``known_names.csv`` (session 47, org50).

``حماس`` is Hamas (``إن حماس حريصة``, ``واتهم حماس``, ``المتحدث باسم حماس``, ``حماس الفلسطينية``) and *enthusiasm*
(``بحماس``, ``حماس الجماهير``, ``حماس وعاطفة``, ``درجة حماس الناس``).  A listed movement at tokens i..i+m-1 stands
as the movement unless

* a ب is glued to it (``بحماس``, ``وبحماس``: *with enthusiasm*);
* the next word is definite and governed by it (``حماس الجماهير``, ``حماس اللاعبين``), unless that word is a
  country's adjective (``حماس الفلسطينية``), a word of time or a preposition (``حماس الى``, ``حماس العام الماضي``),
  or starts a clause with و (``حماس والجهاد`` is two movements);
* the next word is و + an indefinite word (``حماس وعاطفة``: two nouns of feeling);
* the word before is one of degree or stirring (``درجة``، ``إثارة``، ``أثار``، ``بكل``، ``شدة``).
"""
from __future__ import annotations

from ..normalize import key
from .guards import gentilic_place
from .positions import adjacent, is_word

__all__ = ["movement_slot"]

#: definite-looking words that a movement's name is never in construct with (تدعو حماس إلى، التابعة لحماس التي)
_FUNCTION = frozenset(key(w) for w in ("إلى", "الى", "الذي", "التي", "الذين", "اللذين", "الآن", "اليوم", "الأحد",
                                       "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أمس", "العام",
                                       "الأسبوع", "الشهر"))

_STIRRING = frozenset(key(w) for w in ("درجة", "إثارة", "لإثارة", "وإثارة", "أثار", "وأثار", "يثير", "تثير",
                                       "أثارت", "بكل", "وبكل", "شدة", "قمة", "مدى", "يفتر", "فتور", "زاد", "زيادة",
                                       "ألهب", "أشعل", "أشعلت", "ألهبت"))


def movement_slot(p, i: int, m: int, off: int) -> bool:
    """Tokens i..i+m-1 (a listed movement after ``off`` letters of proclitics) stand as the movement."""
    pre = p.fkeys[i][:off]
    if "ب" in pre:
        return False  # بحماس: with enthusiasm
    if i > 0 and is_word(p, i - 1) and adjacent(p, i - 1, i) and (p.fkeys[i - 1] in _STIRRING or p.fkeys[i - 1][1:] in _STIRRING
                                                                 and p.fkeys[i - 1][:1] in "وف"):
        return False  # درجة حماس الناس، بكل حماس
    j = i + m
    if j < len(p.kinds) and is_word(p, j) and adjacent(p, j - 1, j):
        k = p.fkeys[j]
        if k.startswith("ال") and k not in _FUNCTION and not gentilic_place(p.toks[j]):
            return False  # حماس الجماهير
        if k.startswith("و") and not k.startswith("وال") and len(k) > 3 and not p.toks[j][1:2].isdigit():
            return False  # حماس وعاطفة (حماس وفتح: a movement is named with its article or its head, rarely bare)
    return True
