"""Words before a government body named bare by its field that make it no body (session 35, org35).

A listed agency of ``known_names.csv`` (context ``agency``: الخدمة المدنية، الشؤون الاجتماعية، رعاية
الشباب) is the body where it acts or is dealt with (أعلنت الخدمة المدنية، موظفي الخدمة المدنية), but
after an office it is the office's field (``وزير الشؤون الاجتماعية``, ``الرئيس العام لرعاية الشباب``:
the guide marks the person) and after a law or *affairs* noun it is a subject (``نظام الخدمة المدنية``,
``شؤون الخدمة المدنية``); after ``رجال`` it names the officers (``رجال الجمارك``), after a demonstrative a common noun (``هذا التحالف``).  The words are ``agency_guards.csv``.  Pure function of the paragraph.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import word_info
from .positions import adjacent, is_word

__all__ = ["field_not_body"]

_KINDS = ("title", "subject", "staff", "demonstrative")
_PRESIDENT = key("رئيس")


@lexicon_cache(maxsize=2)
def _guards() -> dict:
    return word_kinds("agency_guards.csv", _KINDS, fold=lambda w: _base(key(w.strip())))


def _base(k: str) -> str:
    """A word key without its proclitics and article (ووزير -> وزير, الرئيس -> رئيس)."""
    b = word_info(k).bare or k
    return b[2:] if b.startswith("ال") and len(b) > 4 else b


def field_not_body(p, i: int) -> bool:
    """The listed agency at token i follows an office (وزير، الرئيس العام), a law/affairs noun, رجال or a demonstrative."""
    if not (is_word(p, i - 1) and adjacent(p, i - 1, i)):
        return False
    kd = _guards().get(_base(p.fkeys[i - 1]))
    if kd == "title" and _base(p.fkeys[i - 1]) == _base(key("العام")):
        return is_word(p, i - 2) and adjacent(p, i - 2, i - 1) and _base(p.fkeys[i - 2]) == _PRESIDENT
    return kd is not None
