"""A kunya (أبو/أبي/أبا/أم + a name) names a person (round 38).

``وقال أبو محمد العدناني``, ``يحمل الاسم الحركي أبو سنان النجدي``, ``على صحة أبي سعيد``: Arabic names a
person by *father of* / *mother of* a name.  The name finder reads the name after the kunya and cuts the
kunya off (``محمد العدناني``), or finds nothing when the second word is no listed given name.  Here:

* a person found right after a bare kunya word begins at the kunya (``أبو محمد العدناني``);
* ``أبو``/``أبي``/``أبا`` + a listed given name (``entity_cues.csv`` kind ``given``) is a person, with a family
  name after it (``أبي سعيد``, ``أبو خالد الشمري``); not after بن/بنت/ابن (a nasab the name finder reads);
* ``أبو``/``أبي``/``أبا`` + a word + a family name (a nisba rare in general Arabic or a word the corpus shows as
  a family name: :func:`arnews.entities.wordtests._family_name`; no plural) is a person (``أبو العلاء
  الشنقيطي``), and so is ``أم`` + a listed given name + a family name (``أم خالد الشمري``).

``أم`` is also *or* (``خالد أم محمد``, ``أم شهيد الهياط``): never alone before a given name, never before
another word.  A kunya after a place or organisation cue names the place or body (``شارع أبي فراس
الحمداني``), and one whose words another name covers is left to it (``أبو ظبي``, ``أم القرى``).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info
from .keys import Name, name_key
from .positions import adjacent as _adjacent, is_word as _word
from .wordtests import NASAB_LINKS, _family_name

__all__ = ["kunya_people"]

_FATHER = frozenset({"ابو", "ابي", "ابا"})
_MOTHER = "ام"
_NASAB = NASAB_LINKS
#: cue kinds after which a kunya names a place or a body (شارع أبي فراس الحمداني, مدرسة أبي سعيد الخدري)
_NAMED = frozenset({"place", "org", "places"})


def _free_word(p, t: int, covered: set) -> bool:
    """Token t is a word no other name covers, written right after token t - 1."""
    return t < len(p.toks) and t not in covered and _word(p, t) and _adjacent(p, t - 1, t)


def _family_at(p, t: int, covered: set) -> bool:
    """Token t is a free family name, no plural (``أم سيرد النصراويون``: *or will the Nassr fans ...*)."""
    return _free_word(p, t, covered) and not p.fkeys[t].endswith(("ون", "ين", "ات")) \
        and _family_name(p.toks[t], word_info(p.toks[t]))


def kunya_people(p, found: list) -> list:
    """``found`` with kunyas read as people (module docstring)."""
    if p.rules != "ar":
        return found
    heads = [t for t, k in enumerate(p.fkeys) if (k in _FATHER or k == _MOTHER) and _word(p, t)]
    if not heads:
        return found
    tok_of_start, tok_of_end = p.token_at()
    covered = set()
    person_at = {}
    for i, nm in enumerate(found):
        a, b = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        if a is not None and b is not None:
            covered.update(range(a, b + 1))
            if nm.type == "person":
                person_at[a] = i
    cues = load_cues()
    out = list(found)
    for t in heads:
        if t in covered or (t and _word(p, t - 1) and (p.fkeys[t - 1] in _NASAB or word_info(p.toks[t - 1]).cue in _NAMED)):
            continue
        father = p.fkeys[t] in _FATHER
        if t + 1 in person_at and _adjacent(p, t, t + 1):
            nm = out[person_at[t + 1]]
            out[person_at[t + 1]] = Name(p.starts[t], nm.end, nm.type, nm.source, nm.confidence, nm.key, nm.cue)
            continue
        if not _free_word(p, t + 1, covered):
            continue
        w = p.toks[t + 1]
        info = word_info(w)
        if info.stop or info.cue or info.conj:
            continue
        end = None
        if not father and key(w) not in cues.given:
            continue  # أم شهيد الهياط: *or* before a noun
        if _family_at(p, t + 2, covered):
            end = t + 2
        elif father and key(w) in cues.given:
            end = t + 1
        if end is not None:
            words = [p.toks[u] for u in range(t, end + 1)]
            out.append(Name(p.starts[t], p.ends[end], "person", "cue", 0.7, name_key(words)))
            covered.update(range(t, end + 1))
    return sorted(out, key=lambda x: (x.start, x.end))
