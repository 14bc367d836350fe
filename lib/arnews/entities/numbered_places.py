"""Roads and streets named by a number: ``الطريق الوطني رقم 1A``, ``الطريق السريع رقم 5``, ``شارع 60``.

A road word (``طريق``, ``شارع`` with the article or a proclitic), up to two of its kind adjectives
(``الوطني``, ``السريع``, ``الدائري`` ...), ``رقم`` and a number (with a Latin letter glued to it: ``1A``,
``8C``) is a place.  Without ``رقم`` the number must not count something (``الطريق 15 كيلومترا``, ``شارع 3
سيارات``: a unit of ``units.csv`` after it names no road), and a bare ``طريق`` needs a kind adjective
(``عن طريق 3 أشخاص`` is *by means of*).  The span keeps the road word without its proclitic.
"""
from __future__ import annotations


from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key
from .keys import Name, name_key
from .positions import adjacent, is_word
from .proclitics import proclitics

__all__ = ["numbered_roads"]

_ROADS = frozenset(key(w) for w in ("طريق", "شارع"))
_STREET = key("شارع")
#: the kind of a road between its head and its number
_KINDS = frozenset(key(w) for w in ("الوطني", "السريع", "الدائري", "الإقليمي", "الساحلي", "الدولي", "الرئيسي",
                                    "السياحي", "الزراعي"))
_NUMBER = key("رقم")


@lexicon_cache(maxsize=4)
def _units() -> frozenset:
    """Keys of every Arabic form of a counted unit (``units.csv``): كيلومتر، كم، سيارة ..."""
    out = set()
    for r in read_lexicon("units.csv"):
        if (r.get("lang") or "ar") != "ar":
            continue
        for f in (r.get("forms") or r.get("unit") or "").split("|") + (r.get("dual") or "").split("|"):
            f = f.strip()
            if f and " " not in f:
                out.add(key(f))
    return frozenset(out)


@lexicon_derived(maxsize=WORD_CACHE)  # (the proclitic sets are a lexicon)
def _head(k: str) -> tuple[int, str]:
    """(proclitic length, road word without the article) of a road word, else (0, "")."""
    for pre in proclitics("conj_prep"):
        if not k.startswith(pre):
            continue
        b = k[len(pre):]
        for art in ("ال", ""):
            if b.startswith(art) and b[len(art):] in _ROADS:
                return len(pre), b[len(art):]
        if pre == "ل" and b.startswith("ل") and b[1:] in _ROADS:
            return 1, b[1:]  # للطريق
    return 0, ""


def numbered_roads(p, found: list[Name]) -> list[Name]:
    """``found`` with the roads named by a number (see the module docstring) added where no name is."""
    if p.rules != "ar" or not any(r in p.ktext for r in _ROADS):
        return found  # (a road word is in the key text of a paragraph that names a road: one C-level test)
    new = []
    n = len(p.kinds)
    for i in range(n):
        if not is_word(p, i):
            continue
        pre, road = _head(p.fkeys[i])
        if not road:
            continue
        j, kinds, numbered = i + 1, 0, False
        while kinds < 2 and is_word(p, j) and adjacent(p, j - 1, j) and p.fkeys[j] in _KINDS:
            j, kinds = j + 1, kinds + 1
        if is_word(p, j) and adjacent(p, j - 1, j) and p.fkeys[j] == _NUMBER:
            j, numbered = j + 1, True
        if not (j < n and p.kinds[j] == "number" and adjacent(p, j - 1, j) and p.toks[j].isdigit()
                and len(p.toks[j]) <= 3):
            continue
        e = j + 1
        if e < n and p.kinds[e] == "latin" and len(p.toks[e]) == 1 and p.toks[e].isupper() and p.ends[j] == p.starts[e]:
            e += 1  # 1A, 8C
        if not numbered:
            if road != _STREET and not kinds:
                continue  # عن طريق 3 أشخاص
            if is_word(p, e) and adjacent(p, e - 1, e) and p.fkeys[e] in _units():
                continue  # الطريق 15 كيلومترا
        s, end = p.starts[i] + pre, p.ends[e - 1]
        if any(nm.start < end and s < nm.end for nm in found + new):
            continue
        words = [road] + [p.toks[t] for t in range(i + 1, e) if p.fkeys[t] != _NUMBER]
        new.append(Name(s, end, "place", "cue", 0.75, name_key(words), p.toks[i]))
    if not new:
        return found
    return sorted(found + new, key=lambda x: (x.start, x.end))
