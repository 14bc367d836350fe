"""Vietnamese personal names by their shape (round 36).

A Vietnamese name is a family name, a middle name and one or two given syllables: ``نغوين فان آن`` (Nguyễn Văn
An), ``هوينه ثي ماي لين`` (Huỳnh Thị Mai Linh), ``لو ثي مي``.  Many of these syllables are Arabic words too
(فان, مينه, لو *if*, ما *what*): the transliteration finder reads such a run as nothing, or as a place when its
last syllables look like one (``ماي ليين``).  Here a listed family name right before a listed middle name and
one or two name syllables (listed syllables, or words the frequency list reads as foreign) is a person (kinds
``family``, ``middle`` and ``syllable`` of the glossed lexicon ``vietnamese_names.csv``).  Not after a place
cue or a facility word (``شارع تران هونغ داو`` is a street, ``مدينة هو تشي منه`` a city), not inside an
organisation found already; a transliterated guess, a listed place or a later mention over the span gives
way (``لو ثي مي إن`` read as one run).
"""
from __future__ import annotations


from ..normalize import key
from .cues import word_info
from .keys import Name, name_key
from .positions import adjacent, is_word
from .syllable_places import _syllable, vietnamese_words

__all__ = ["vietnamese_people"]

#: a word of at most this many letters after a family and a middle name is a given syllable (مي، سينه)
SHORT = 4

#: the source a replaced guess may have: a transliterated run, a listed place, a later mention
_GIVE_WAY = frozenset({"translit", "geo", "recurrence", "gazetteer"})


def _given_syllable(p, t: int, short: bool = True) -> bool:
    """Token t may be a given syllable of a Vietnamese name: a listed syllable, a rare foreign-shaped word, or a
    short word that is no function word or cue (see :data:`SHORT`; the first given syllable only)."""
    if not is_word(p, t):
        return False
    w = p.toks[t]
    k = key(w)
    info = word_info(w)
    if info.stop and not w.startswith("آ"):
        return False  # إن، أن (key ان) are no آن
    vw = vietnamese_words()
    if k in vw["syllable"] or k in vw["middle"]:
        return True
    ok, _ = _syllable(w, False)
    if ok and info.zipf < 4.5 and not k.startswith("ال"):
        return True
    if not short:
        return False
    # a short word after a family and a middle name (مي، سينه): a syllable unless a function word or a cue
    return 2 <= len(k) <= SHORT and info.zipf < 5.0 and not (info.stop or info.cue or info.conj or k.startswith("ال"))


def _after_place_cue(p, i: int) -> bool:
    if i == 0 or not is_word(p, i - 1):
        return False
    info = word_info(p.toks[i - 1])
    return info.cue in ("place", "places")


def vietnamese_people(p, found: list[Name]) -> list[Name]:
    """``found`` with the Vietnamese personal names of the paragraph (see the module docstring)."""
    vw = vietnamese_words()
    n = len(p.toks)
    new = []
    family, fkeys = vw["family"], p.fkeys
    i = 0
    while i + 2 < n:
        if fkeys[i] not in family:  # (the set look-up first: the rest asks only after a family name)
            i += 1
            continue
        if not (is_word(p, i) and p.fkeys[i] in vw["family"] and is_word(p, i + 1) and adjacent(p, i, i + 1)
                and p.fkeys[i + 1] in vw["middle"] and _given_syllable(p, i + 2) and adjacent(p, i + 1, i + 2)):
            i += 1
            continue
        if _after_place_cue(p, i):
            i += 1
            continue
        e = i + 3
        if e < n and adjacent(p, e - 1, e) and _given_syllable(p, e, short=False) and not p.fkeys[e].startswith("و"):
            e += 1
        s, end = p.starts[i], p.ends[e - 1]
        clash = [nm for nm in found if nm.start < end and s < nm.end]
        if any(nm.source not in _GIVE_WAY for nm in clash if not (nm.type == "person" and nm.start >= s and nm.end <= end)):
            i = e
            continue
        found = [nm for nm in found if nm not in clash]
        new.append(Name(s, end, "person", "translit", 0.7, name_key([p.toks[t] for t in range(i, e)])))
        i = e
    if not new:
        return found
    return sorted(found + new, key=lambda x: (x.start, x.end))
