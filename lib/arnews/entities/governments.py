"""A local government named by its region (session 36): ``حكومة الأنبار المحلية``, ``حكومة إقليم كردستان``.

An indefinite ``حكومة`` (with or without a proclitic) right before a listed province or region (an ISO 3166-2 id
or a known region: الأنبار، كردستان) or before ``إقليم`` + a place is that region's government, an organisation; a
city's only with ``المحلية`` after it (``حكومة البصرة المحلية``; ``حكومة كابل``, ``حكومة بغداد`` name a state by
its capital).  The span takes ``المحلية`` when it follows.  Before a country (``حكومة الكونغو``, ``وحكومة المملكة``)
the annotations keep the country a place (a state's government is its country named), so nothing changes there.
"""
from __future__ import annotations

import re

from ..normalize import key
from .keys import Name, org_key
from .positions import adjacent, is_word

__all__ = ["local_governments"]

_GOVERNMENT = frozenset({"حكومه", "لحكومه", "بحكومه", "وحكومه", "ولحكومه", "فحكومه"})
_REGION = "اقليم"
_LOCAL = frozenset({"المحليه"})
_REGION_ID = re.compile(r"geo:([A-Z]{2}-[A-Z0-9]+|known-.+)$")


def local_governments(p, found: list[Name]) -> list[Name]:
    """``found`` with each local government (see the module docstring) replacing its place."""
    if "حكومه" not in p.ktext and "&" not in p.ntext:
        return found  # (every word of _GOVERNMENT keys to a slice of the key text holding حكومه)
    new, drop = [], set()
    for i, tok in enumerate(p.toks):
        if key(tok) not in _GOVERNMENT or not is_word(p, i + 1) or not adjacent(p, i, i + 1):
            continue
        j = i + 1
        if p.fkeys[j] == _REGION and is_word(p, j + 1) and adjacent(p, j, j + 1):
            j += 1
        place = next((o for o in found if o.type == "place" and o.start == p.starts[j] and o.source == "geo"), None)
        if place is None or any(o is not place and o.start < place.end and p.starts[i] < o.end for o in found):
            continue
        last = max(x for x in range(j, len(p.toks)) if p.ends[x] <= place.end)
        local = is_word(p, last + 1) and adjacent(p, last, last + 1) and p.fkeys[last + 1] in _LOCAL
        if not (local or j > i + 1 or _REGION_ID.match(place.key or "")):
            continue  # (حكومة الكونغو، حكومة كابل: a state by its name or its capital)
        if local:
            last += 1
        words = [p.toks[x] for x in range(i, last + 1)]
        words[0] = "حكومة"
        new.append(Name(p.starts[i] + (len(tok) - len("حكومة") if len(tok) > len("حكومة") else 0), p.ends[last],
                        "organisation", "cue", 0.7, org_key(words), "حكومه"))
        drop.add(id(place))
    if not new:
        return found
    return sorted([o for o in found if id(o) not in drop] + new, key=lambda x: (x.start, x.end))
