"""A country by its state's formal name (round 22): ``مملكة الدنمارك``, ``جمهورية مصر العربية``,
``سلطنة عمان``, ``دولة الكويت``, ``الجمهورية اليمنية``, ``المملكة الأردنية الهاشمية``.

* an indefinite state word right before a listed country joins the country's mention (same id);
* a definite state word followed by a nationality adjective (:func:`arnews.entities.guards.gentilic_place`)
  is that country, with any adjectives after it (الجمهورية الإسلامية الإيرانية).

A state word alone (``الجمهورية``, ``المملكة`` as an ordinary noun) or before any other word names
nothing here (``المملكة`` for Saudi Arabia is the gazetteer's and the places' business).
"""
from __future__ import annotations

from functools import lru_cache

from ..normalize import WORD_CACHE, key
from ..spans import claim
from .cues import word_info
from .guards import gentilic_place
from .positions import is_word as _word
from .keys import Name

#: words for a state that, with a country, make its formal name
STATE_WORDS = frozenset(key(w) for w in ("مملكة", "جمهورية", "سلطنة", "دولة"))  # (not إمارة: a Saudi governorate)
#: adjectives that may close a formal name after the country or its adjective
_CLOSING = frozenset(key(w) for w in ("العربية", "الإسلامية", "الهاشمية", "الاتحادية", "الشعبية", "الديمقراطية",
                                      "المتحدة", "الفيدرالية"))


@lru_cache(maxsize=WORD_CACHE)
def _state_word(k: str) -> tuple[str, int]:
    """(state word, proclitic length) of a token key, or ("", 0): مملكة، لجمهورية، بالمملكة."""
    for pre in ("", "و", "ب", "ل", "ف"):
        if k.startswith(pre):
            rest = k[len(pre):]
            for art in ("", "ال"):
                if rest.startswith(art) and rest[len(art):] in STATE_WORDS:
                    return rest, len(pre)
    if k.startswith("لل") and "ال" + k[2:] not in STATE_WORDS and k[2:] in STATE_WORDS:
        return "ال" + k[2:], 1
    return "", 0


def paragraph_states(p, found: list) -> list:
    """``found`` (:class:`arnews.entities.names.Name`) with the formal names of states (module docstring)."""
    if p.rules != "ar":
        return found
    tok_of_start = p.token_at()[0]
    out = []
    for nm in found:
        a = tok_of_start.get(nm.start)
        if nm.type == "place" and nm.source == "geo" and a and _word(p, a - 1) \
                and not p.ntext[p.ends[a - 1]:p.starts[a]].strip():
            sw, off = _state_word(p.keys[a - 1])
            if sw and not sw.startswith("ال"):
                b = p.token_at()[1].get(nm.end)
                e = nm.end
                while b is not None and _word(p, b + 1) and p.fkeys[b + 1] in _CLOSING \
                        and not p.ntext[p.ends[b]:p.starts[b + 1]].strip():
                    b += 1
                    e = p.ends[b]  # جمهورية مصر العربية
                out.append(Name(p.starts[a - 1] + off, e, "place", "geo", nm.confidence, nm.key))
                continue
        out.append(nm)
    if not any(w in p.ktext for w in STATE_WORDS):
        return sorted(out, key=lambda x: (x.start, x.end))  # (no state word in the key text: none below)
    taken = [(x.start, x.end) for x in out]
    kinds, keys = p.kinds, p.keys  # (read once: the loop asks for every word)
    for i in range(len(kinds) - 1):
        if kinds[i] != "word":
            continue
        sw, off = _state_word(keys[i])
        if not sw.startswith("ال") or not _word(p, i + 1) or p.ntext[p.ends[i]:p.starts[i + 1]].strip():
            continue
        j, pid = i + 1, ""
        while _word(p, j) and j - i <= 3 and not p.ntext[p.ends[j - 1]:p.starts[j]].strip():
            k = p.fkeys[j]
            got = "" if k in _CLOSING else gentilic_place(p.toks[j])
            if got and not pid and not k.endswith("ي"):  # a state is feminine: اليمنية, not اليمني
                pid = got
            elif not (k in _CLOSING and not word_info(p.toks[j]).cue):
                break
            j += 1
        if pid and claim(taken, p.starts[i], p.ends[j - 1]) is not None:
            out.append(Name(p.starts[i] + off, p.ends[j - 1], "place", "geo", 0.8, pid))
    return sorted(out, key=lambda x: (x.start, x.end))
