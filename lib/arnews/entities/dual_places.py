"""The second place of a dual place cue: ``بلديتي ثانه هونغ وثانه نغي``, ``منطقتي ثاب موي وتام نونغ``,
``محافظتي جدة والطائف``.  A dual of a place cue (``بلديتي``، ``منطقتي``، ``محافظتين``: the cue's feminine
ending made the dual's ``تي/تين``) announces two places; when the first is found right after it, the words
after ``و`` that follow it are the second, if they look like a name (no stop word, no cue word, and a
transliteration or words rarer than ordinary vocabulary) and hold no more words than the first (at most
three).  A second place found already (a listed city) is left as it is.
"""
from __future__ import annotations

from bisect import bisect_left

from ..normalize import key
from .cues import load_cues, word_info
from .cuewords import dual_place_cue as _dual_place_cue
from .keys import Name, name_key
from .positions import adjacent, is_word

__all__ = ["dual_cue_places"]

#: a word of a second place is rarer than this (zipf) unless the run holds a transliterated word
ORDINARY_ZIPF = 4.5
MAX_WORDS = 3


def _name_words(p, j: int, limit: int) -> int:
    """End of the run of name-like words from token ``j`` (its ``و`` already taken off), at most ``limit``."""
    e, foreign, common = j, False, False
    while e < len(p.kinds) and e - j < limit and is_word(p, e) and (e == j or adjacent(p, e - 1, e)):
        w = p.toks[e][1:] if e == j else p.toks[e]
        info = word_info(w)
        if info.stop or info.cue or len(key(w)) < 2:
            break
        foreign = foreign or info.foreign
        common = common or info.zipf >= ORDINARY_ZIPF
        e += 1
    if e == j or (common and not foreign):
        return j
    return e


def dual_cue_places(p, found: list[Name]) -> list[Name]:
    """The second places of dual place cues (see the module docstring): new names only."""
    load_cues()  # (syncs the lexicon folder of _dual_place_cue's cache)
    out = []
    taken = [(n.start, n.end) for n in found]
    for n in found:
        if n.type != "place":
            continue
        i = bisect_left(p.starts, n.start)  # the name's first token
        if i < 1 or i >= len(p.starts) or p.starts[i] != n.start or not is_word(p, i - 1) \
                or not adjacent(p, i - 1, i) or not _dual_place_cue(p.toks[i - 1]):
            continue
        last = bisect_left(p.ends, n.end)  # the name's last token
        j = last + 1
        if not is_word(p, j) or not adjacent(p, last, j) or not p.fkeys[j].startswith("و") \
                or len(p.fkeys[j]) < 3:
            continue  # (a separate و is no part of the pattern: وزير، وقال are words of their own)
        e = _name_words(p, j, min(MAX_WORDS, last - i + 1))
        if e == j:
            continue
        s = p.starts[j] + 1  # after the glued و
        if any(s < te and ts < p.ends[e - 1] for ts, te in taken):
            continue
        words = [p.toks[j][1:]] + [p.toks[t] for t in range(j + 1, e)]
        out.append(Name(s, p.ends[e - 1], "place", "cue", 0.7, name_key(words), p.toks[i - 1]))
    return out
