"""People named bare by their given name after a kinship, child or naming word (session 54, names58e).

Over the development sets (names58c's miss lists) persons found nowhere include a given name standing alone after
a word that says a person follows: a kinship noun with its possessive (``ابنته سارة``، ``زوجها أحمد``), a child's
or youth's noun (``الطفل عبدالله``، ``الرضيع محمد``), a naming word (``اسمه أحمد``، ``يدعى خالد``، ``المدعو
سالم``).  The words are ``kin_cues.csv``.  The name is read only when the word right after the cue (or after one or
two definite adjectives no rarer than :data:`ADJECTIVE_ZIPF`: ``ابنه الكبير ديفيد``، ``والده الراحل محمد``) is a
listed given name (``entity_cues.csv`` kind ``given``, or a theophoric name: ``عبدالله``), not a stop word (so not
``علي``, also على's spelling: ``وحصل ابنه علي شهادة``), not written with tanween or a final ى; an adjective or a common
noun alone is no name (``الطفل الصغير``، ``ابنه البكر``، ``اسمه الحقيقي``), nor is a given name the list lacks
(``ابنته لين``).  The name runs on over further given names (``علي`` too between two of them: ``أحمد علي عبدالله
صالح``), ``بن``/``بنت`` and a word, and ends with one definite family name rarer than :data:`FAMILY_ZIPF` (``ريم
الزامل``).  A name another rule found across the span leaves it alone, but a person found inside it is the same man
read in part (``وابنه أحمد علي عبدالله صالح`` over ``علي عبدالله صالح``) and is replaced.
"""
from __future__ import annotations

import bisect

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import load_cues, word_info, zipf_ar
from .keys import Name, name_key, tanween
from .positions import adjacent, is_word, word_types

__all__ = ["kin_named_people", "kin_cues", "FAMILY_ZIPF", "ADJECTIVE_ZIPF"]

#: a definite word after the given name is its family name when rarer than this (الزامل، العقيل; not الصغير)
FAMILY_ZIPF = 4.0
#: a definite word between the cue and the given name is an adjective when no rarer than this (الأكبر، الراحل)
ADJECTIVE_ZIPF = 3.8
#: the longest name read, in words
_MAX_WORDS = 5
_NASAB = frozenset(key(w) for w in ("بن", "بنت"))
_ALI = key("علي")


@lexicon_cache(maxsize=2)
def kin_cues() -> dict:
    """``key -> kind`` (kin, child, naming) of ``kin_cues.csv``."""
    return word_kinds("kin_cues.csv", ("kin", "child", "naming"), lambda w: key(w.strip()))


def _cue_kind(k: str, cues: dict) -> str:
    """The kind of the cue key ``k``, bare or behind the conjunction و (وابنه، والرضيع), else ''."""
    return cues.get(k) or (cues.get(k[1:], "") if k[:1] == "و" and len(k) > 3 else "")


def _given(p, t: int, given) -> bool:
    """Token t is a listed given name (or theophoric), no stop word, no tanween, no final ى (على)."""
    if not is_word(p, t) or tanween(p, t) or p.toks[t].endswith("ى"):
        return False
    k = p.fkeys[t]
    if word_info(p.toks[t]).stop or k.startswith("ال"):
        return False
    return k in given or (k.startswith("عبد") and len(k) >= 6)


def _adjective(p, t: int) -> bool:
    """Token t is a definite word, no cue or stop word, no rarer than :data:`ADJECTIVE_ZIPF` (الكبير، الراحل): an
    adjective between cue and name (not الزين, a rare given name: الطفلة البحرينية الزين طارق)."""
    if not is_word(p, t):
        return False
    info = word_info(p.toks[t])
    return p.fkeys[t].startswith("ال") and not info.cue and not info.stop and zipf_ar(p.toks[t]) >= ADJECTIVE_ZIPF


def _family(p, t: int) -> bool:
    """Token t is a definite family name: no cue or stop word, rarer than :data:`FAMILY_ZIPF`."""
    if not is_word(p, t) or tanween(p, t):
        return False
    info = word_info(p.toks[t])
    return p.fkeys[t].startswith("ال") and len(p.fkeys[t]) >= 5 and not info.cue and not info.stop \
        and zipf_ar(p.toks[t]) < FAMILY_ZIPF


def _name_end(p, a: int, given) -> int:
    """End (exclusive) of the name whose given name is token a: further given names, بن + a word, a family name."""
    b = a + 1
    while b - a < _MAX_WORDS and is_word(p, b) and adjacent(p, b - 1, b):
        k = p.fkeys[b]
        if k in _NASAB and is_word(p, b + 1) and adjacent(p, b, b + 1) and not word_info(p.toks[b + 1]).stop:
            b += 2
        elif _given(p, b, given) or p.fkeys[b] == _ALI and (_given(p, b + 1, given) and adjacent(p, b, b + 1)):
            b += 1  # (أحمد علي عبدالله صالح: علي, a stop word as على's spelling, between two given names)
        elif _family(p, b):
            return b + 1  # (the family name closes the name)
        else:
            break
    return b


def kin_named_people(p, found: list) -> list:
    """``found`` with the people of the module docstring added."""
    if p.rules != "ar":
        return found
    cues = kin_cues()
    if not any(_cue_kind(key(w), cues) for w in word_types(p)):
        return found
    given = load_cues().given
    tok_of_start, tok_of_end = p.token_at()
    owner: dict = {}  # token -> index in found of the name that takes it
    for i, nm in enumerate(found):
        x, y = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        if x is None or y is None:
            x = bisect.bisect_right(p.ends, nm.start)
            y = bisect.bisect_left(p.starts, nm.end) - 1
        for q in range(x, y + 1):
            owner[q] = i
    added, dropped = [], set()
    n = len(p.toks)
    for t in range(n):
        if not is_word(p, t) or not _cue_kind(p.fkeys[t], cues) or t in owner:
            continue
        a = t + 1
        while a - t <= 2 and is_word(p, a) and adjacent(p, a - 1, a) and _adjective(p, a):
            a += 1  # ابنه الكبير ديفيد، والده الراحل محمد
        if not (is_word(p, a) and adjacent(p, a - 1, a) and _given(p, a, given)):
            continue
        b = _name_end(p, a, given)
        inside = {owner[x] for x in range(t + 1, b) if x in owner}
        if any(found[i].type != "person" or found[i].start < p.starts[a] or found[i].end > p.ends[b - 1]
               for i in inside):
            continue  # (a name found there; a person found inside the name, علي عبدالله صالح, is replaced)
        words = [p.toks[x] for x in range(a, b)]
        added.append(Name(p.starts[a], p.ends[b - 1], "person", "cue", 0.7, name_key(words), p.toks[t]))
        dropped |= inside
        owner.update((x, -1) for x in range(a, b))
    if not added:
        return found
    return sorted([nm for i, nm in enumerate(found) if i not in dropped] + added, key=lambda x: (x.start, x.end))
