"""A Saudi regional force named after its region (session 49, names53o, issue 14): one organisation.

The armed forces and the interior ministry name their regional commands after the region: ``قوة جازان``,
``قائد قوة منطقة جازان``, ``مسجد طوارئ قوة عسير``, ``قائد قوة نجران``.  The name finder reads the place alone
(``قوة`` *force, strength* is no organisation head of its own); here the indefinite ``قوة`` (behind و/ب/ل at most)
right before a listed one-word Saudi place with no article, or before ``منطقة``/``محافظة`` and any listed one-word
place, is one organisation (fix1: ``قوة دبي``، ``قوة غزة`` are strengths; ``بقوة``, also the adverb *strongly*, only
before a Saudi place: ``الشؤون الدينية بقوة جازان``, not ``قصفت الطائرات بقوة حلب``).
``قوة`` + a country is its strength (``قوة إيران``، ``قوة الصين``، ``قوة مصر``: a place id of two letters, a state, is
left alone), and so is a place with a relative adjective after it (``قوة إيران الإقليمية``; ``قوة القاهرة الناعمة``:
a definite town right after ``قوة`` is its strength).  Read on snnall.
"""
from __future__ import annotations

import re

from ..normalize import key
from .keys import Name, org_key
from .positions import adjacent, is_word

__all__ = ["regional_forces"]

_HEAD = key("قوة")
_HEADS = frozenset(c + _HEAD for c in ("", "و", "ب", "ل", "وب", "ول"))
#: بقوة is also the adverb *strongly* (قصفت الطائرات بقوة حلب): behind ب a Saudi place only, even after منطقة (fix1)
_ADVERB = frozenset(c + _HEAD for c in ("ب", "وب"))
_AREA = frozenset(key(w) for w in ("منطقة", "محافظة"))
_STATE = re.compile(r"^geo:[A-Z]{2}$")


def _saudi_region(k: str) -> bool:
    """The key is a listed one-word Saudi region (``geo:SA-*``: الجوف، القصيم، الشرقية), whose name carries ال: قوة
    الجوف is its force (review2 item 8); a town (قوة الرياض، قوة القاهرة) stays ambiguous."""
    from .places import place_index

    return any(len(ws) == 1 and pid.startswith("geo:SA-") for ws, pid, _ in place_index().names.get(k, ()))


def _region(k: str, area: bool) -> bool:
    """The key is a listed one-word place that is not a state (a city, a region: جازان، عسير، نجران); a Saudi one
    unless ``منطقة``/``محافظة`` came before it (قوة دبي، قوة غزة، قوة لندن: a town's strength, fix1)."""
    from .places import place_index, saudi_place_id

    ids = [pid for ws, pid, _ in place_index().names.get(k, ()) if len(ws) == 1]
    if not ids or any(_STATE.match(pid) for pid in ids):
        return False
    return area or any(saudi_place_id(pid) for pid in ids)


def regional_forces(p, found: list) -> list:
    """``found`` with each ``قوة`` (+ ``منطقة``) + a region read as one organisation (module docstring)."""
    if p.rules != "ar":
        return found
    fk = p.fkeys
    at = [t for t in range(len(fk) - 1) if fk[t] in _HEADS and is_word(p, t)]
    if not at:
        return found
    new, drop = [], set()
    for t in at:
        j = t + 1
        if not (is_word(p, j) and adjacent(p, t, j)):
            continue
        area = fk[j] in _AREA
        if area:
            j += 1
            if not (is_word(p, j) and adjacent(p, j - 1, j)):
                continue
        elif fk[j].startswith("ال") and not _saudi_region(fk[j]):
            continue  # تعتمد قوة الرياض على ...: a definite town right after قوة is its strength (قوة منطقة الرياض is a force)
        if not _region(fk[j], area and fk[t] not in _ADVERB):
            continue
        n = j + 1
        if is_word(p, n) and adjacent(p, j, n) and fk[n].startswith("ال") and fk[n].endswith(("يه", "ي")):
            continue  # قوة إيران الإقليمية: a country's strength, a relative adjective after it (not قوة جازان التابعة)
        off = len(fk[t]) - len(_HEAD)
        s, e = p.starts[t] + off, p.ends[j]
        inside = [x for x, o in enumerate(found) if o.start < e and s < o.end]
        if any(found[x].start < s or found[x].end > e
               or found[x].type not in ("place", "person") or (found[x].type == "person" and found[x].start != s)
               for x in inside):
            continue  # (a longer name found already: قوة الطوارئ, a person around it)
        # a "person" that begins with the word قوة itself (قائد قوة جازان read as قائد + a name) is this force
        drop.update(inside)
        words = [p.toks[t][off:]] + [p.toks[u] for u in range(t + 1, j + 1)]
        new.append(Name(s, e, "organisation", "cue", 0.7, org_key(words), p.toks[t][off:]))
    if not new:
        return found
    return sorted([o for x, o in enumerate(found) if x not in drop] + new, key=lambda x: (x.start, x.end))
