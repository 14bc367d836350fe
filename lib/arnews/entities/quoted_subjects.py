"""A body named in quotes as the subject of a headline (session 55, names59d, issue 14).

Saudi papers open a headline or a lead with the short name of a body in quotes and a verb in the feminine
imperfect right after it: ``«كوتش» تكشف عن ابتكاراتها``, ``"مدن" تعيد الحياة``, ``«سياحة عسير» تطلق``, ``«أسمنت
نجران» تسجل``.  The feminine verb agrees with the body's head that the short name leaves out (الشركة، الهيئة،
الجمعية), so the quoted words are that body, an organisation, when they

* hold a word shaped like a transliteration (:data:`FOREIGN_SHAPE`: ``كوتش``، ``نوكيا``، ``روتانا``، ``LG``): a brand
  or a company; or
* are one word of a field and a listed place (``سياحة عسير``، ``بر الأحساء``، ``كهرباء جازان``): a regional branch
  as the papers shorten it (the place found inside gives way).

A quoted Arabic word alone is as often the headline's topic (``«الشواطئ» تتحرر``، ``«دودة» تهدد``، ``«التوأمة»
تضمن``: 12 of 25 such snnall firings were no body) and reads nothing.  The quoted span opens the paragraph, holds
one to three words (no stop word, no verb, no number, no person's cue, no listed given name, no بن/بنت) and the
verb (:func:`arnews.entities.guards.imperfect_verb`, opening with ت) follows the closing quote.  Not when a listed
place fills the quotes (``«جدة» تحتفل``: a town is feminine too), nor when a found organisation overlaps the span
or a found place or person covers it; nor with a masculine verb (``"الشهري" يعود``: a player as often as a body).
snnall: 56 firings read (lines opening with a quoted span and a ت-verb), 3 wrong (``«تيلي ماتش»`` a show, ``«داش
بورد»`` an event, ``«نكاسة مكة»``).
"""
from __future__ import annotations

from .cues import load_cues, word_info
from .guards import imperfect_verb
from .keys import Name, org_key
from .places import listed_place_at
from .positions import is_word

__all__ = ["quoted_subjects"]

#: a nasab word inside the quotes makes a person or a horse (``«هاذي بنت الخالدية»``), no body
_KIN = frozenset({"بن", "بنت", "ابن", "ابنه"})
_OPEN = {'"': '"', "“": "”", "«": "»", "”": "“"}
MAX_WORDS = 3
#: a quoted word shaped like a transliteration beyond this (كوتش 3.4، نوكيا 2.8، روتانا 2.1; دودة 0.0، الشواطئ) names a
#: brand or a company; a quoted Arabic word is as often a topic (``«الشواطئ» تتحرر``، ``«دودة» تهدد``)
FOREIGN_SHAPE = 0.0


def _name_word(p, t: int) -> bool:
    """Token t may be a word of a body's short name: a word (Arabic or Latin), not a stop word, a conjunction, a
    verb, a person's cue or a listed given name."""
    if p.kinds[t] == "latin":
        return True
    if p.kinds[t] != "word":
        return False
    w, k = p.toks[t], p.fkeys[t]
    info = word_info(w)
    return not (info.stop or info.conj or info.cue in ("role", "title") or imperfect_verb(w)
                or k in load_cues().given or k in _KIN)


def _foreign(p, t: int) -> bool:
    """Token t is a Latin word or an Arabic word shaped like a transliteration (نوكيا، كوتش، أدنوك، روتانا)."""
    return p.kinds[t] == "latin" or word_info(p.toks[t]).shape > FOREIGN_SHAPE


def _field_and_place(p, b: int) -> bool:
    """The quoted words 1..b-1 are one word of a field and a listed place after it (سياحة عسير، كهرباء جازان، بر
    الأحساء): a regional branch named the way the papers shorten it."""
    return b >= 3 and not listed_place_at(p, 1) and listed_place_at(p, 2) == b - 2


def quoted_subjects(p, found: list[Name]) -> list[Name]:
    """``found`` with the body a headline names in quotes before a feminine verb (module docstring)."""
    n = len(p.kinds)
    if p.rules != "ar" or n < 4 or p.kinds[0] != "punct" or p.toks[0] not in _OPEN:
        return found
    close = _OPEN[p.toks[0]]
    b = next((t for t in range(1, min(MAX_WORDS + 2, n)) if p.kinds[t] == "punct"), 0)
    if not (b > 1 and p.toks[b] in (close, '"', "”", "»") and b + 1 < n and is_word(p, b + 1)):
        return found
    if not all(_name_word(p, t) for t in range(1, b)):
        return found
    v = p.toks[b + 1]
    if not (p.fkeys[b + 1].startswith("ت") and imperfect_verb(v)):
        return found
    if listed_place_at(p, 1) == b - 1:
        return found  # «جدة» تحتفل، «إيران» تهدد: a listed town or state fills the quotes
    if not (any(_foreign(p, t) for t in range(1, b)) or _field_and_place(p, b)):
        return found  # «الشواطئ» تتحرر، «دودة» تهدد: a topic word quoted, no body
    s, e = p.starts[1], p.ends[b - 1]
    inside = [o for o in found if o.start < e and s < o.end]
    if any(o.type == "organisation" for o in inside) or any(o.start <= s and e <= o.end for o in inside):
        return found  # a body found already, or a place or person filling the quotes (a town, a state)
    words = [p.toks[t] for t in range(1, b)]
    new = Name(s, e, "organisation", "cue", 0.65, org_key(words), p.toks[1])
    drop = {id(o) for o in inside}
    return sorted([o for o in found if id(o) not in drop] + [new], key=lambda x: (x.start, x.end))
