"""The place a clock time is told by (session 42): ``الساعة 0515 بتوقيت جرينتش``, ``بتوقيت غرينتش``.

Market and wire reports give the time *by the time of* a place (``بتوقيت مكة المكرمة``, ``بتوقيت السعودية``,
``بتوقيت جرينتش``).  A listed place there is found by the place index; a transliterated name no resource lists
(Greenwich is no city of its own in GeoNames) is a place too when it stands right after ``توقيت`` (indefinite, behind
ب/و at most) and is shaped like a transliteration (:attr:`arnews.entities.cues.WordInfo.shape` above 0) and rare
in general Arabic.  Not an Arabic word (``توقيت رفع الأسعار``, ``توقيت نفسه``, ``التوقيت المحلي``), not a word the
name finder has already taken, not a short word (``في توقيت تال`` *at a later time*: a name of five letters or more).
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info
from .keys import Name, name_key
from .positions import adjacent, is_word

__all__ = ["timezone_places"]

_TIME = frozenset(key(w) for w in ("توقيت", "بتوقيت", "وبتوقيت", "وتوقيت"))
#: the name is rarer than this in general Arabic (جرينتش 3.45, غرينتش 3.2; not رفع 5.0, بداية 5.4)
NAME_ZIPF = 4.0


def timezone_places(p, found: list) -> list:
    """``found`` with the transliterated place after ``توقيت`` (module docstring)."""
    if p.rules != "ar":
        return found
    fk = p.fkeys
    at = [t for t in range(len(fk) - 1) if fk[t] in _TIME and is_word(p, t + 1) and adjacent(p, t, t + 1)]
    if not at:
        return found
    out = list(found)
    for t in at:
        s, e = p.starts[t + 1], p.ends[t + 1]
        if any(nm.start < e and nm.end > s for nm in found):
            continue
        w, k = p.toks[t + 1], fk[t + 1]
        info = word_info(w)
        if k.startswith("ال") or len(k) < 5 or info.stop or info.cue or info.conj or info.shape <= 0 or info.zipf >= NAME_ZIPF:
            continue
        out.append(Name(s, e, "place", "cue", 0.6, name_key([w]), p.toks[t]))
    return sorted(out, key=lambda x: (x.start, x.end))
