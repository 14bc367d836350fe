"""A province's capital, not a centre (session 39, type39).

``مركز`` heads organisations (مركز الملك عبدالعزيز التاريخي، مركز الأبحاث), but before a place cue and a listed
place it is the seat of that place: ``مدينة الرمادي مركز محافظة الأنبار``, ``الحوطة مركز محافظة لحج``,
``مركز مدينة حمص`` (*the centre of Homs*).  An organisation read from the cue ``مركز`` whose words after it are
exactly a place cue (محافظة، منطقة، مدينة، إقليم، ولاية) and a listed place is that place, with its cue (the
guide: ``محافظة جدة``).  A name that goes on after the place (مركز منطقة الرياض للتدريب) stays the
organisation.  Pure function of the paragraph's names.
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info
from .positions import is_word
from .clubs import place_at as _place_at
from .keys import Name

__all__ = ["province_capitals"]

_CENTRE = key("مركز")


def _place_cue(p, t: int) -> bool:
    """Token t is an indefinite place cue (محافظة، إقليم; not المنطقة)."""
    if not is_word(p, t):
        return False
    info = word_info(p.toks[t])
    return info.cue == "place" and not info.definite and not key(info.bare or p.fkeys[t]).startswith("ال")


def _capital_place(p, a: int, b: int):
    """(start token, place id) of the place named by tokens a..b after ``مركز``, else None."""
    if b < a + 2 or p.fkeys[a] != _CENTRE or not _place_cue(p, a + 1):
        return None
    hit = _place_at(p, a + 2)
    if not hit or a + 2 + hit[0] != b + 1:
        return None
    return a + 1, hit[1]


def province_capitals(p, found: list) -> list:
    """``found`` with each ``مركز`` + place cue + listed place read as an organisation made the place (also when
    the organisation stops at the cue and the place is read after it: مركز إقليم + كردستان)."""
    tok_of_start, tok_of_end = p.token_at()
    out, skip = [], set()
    for n, nm in enumerate(found):
        if n in skip:
            continue
        a, b = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        if nm.type != "organisation" or nm.source != "cue" or a is None or b is None:
            out.append(nm)
            continue
        got = _capital_place(p, a, b)
        if got:
            out.append(Name(p.starts[got[0]], nm.end, "place", "cue", 0.7, got[1], p.toks[got[0]]))
            continue
        nxt = next((m for m in range(n + 1, len(found)) if found[m].start >= nm.end), None)
        if b == a + 1 and p.fkeys[a] == _CENTRE and _place_cue(p, b) and nxt is not None and is_word(p, b + 1) \
                and found[nxt].type == "place" and found[nxt].start == p.starts[b + 1]:
            pl = found[nxt]
            out.append(Name(p.starts[b], pl.end, "place", "cue", 0.7, pl.key, p.toks[b]))
            skip.add(nxt)
            continue
        out.append(nm)
    return out
