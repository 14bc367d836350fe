"""Closed lists of listed companies on a market page (session 41, org42): ``وكانت أسهم شركات العالمية ,ووفاء
للتأمين ,والإنماء طوكيو ,وايس ,والعربي الأكثر ارتفاعا اليوم``, ``فيما جاءت أسهم شركات تكوين ,والجماعي ,وولاء
على رأس الشركات الأكثر انخفاضا``.

:mod:`.markets` reads a list after ``أسهم شركات`` item by item and keeps a one-word item only when the word is
rare (``أسهم شركات التأمين`` is a sector, not a company), so a list whose first company is an ordinary word
(العالمية، العربي، الجماعي، ولاء) was lost whole.  A daily market report closes such a list with the ranking it
gives (``الأكثر ارتفاعا``، ``على رأس``، ``على قائمة``): when the items after ``أسهم شركات`` run, joined by commas
and ``و``, right up to such a closer and there are three of them at least, every item is a company, however
common its word.

An item is one to three words; a word behind ``و`` (``ووفاء``، ``والعربي``) or after a comma opens the next one.
The list breaks (and nothing is found) at a number, a stop word, a verb, a person's cue, a definite plural
(``البتروكيماويات``: a sector) or any punctuation but a comma.
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info
from .positions import is_word

__all__ = ["closed_share_list"]

#: the fewest items of a closed list
MIN_ITEMS = 3
MAX_ITEMS = 12
#: a one-word definite item that is no relative adjective is a company only when rarer than this (الإنماء 3.2,
#: الراجحي 3.7; not التأمين 4.6، البنوك 4.7, sectors)
SECTOR_ZIPF = 4.0
_COMMAS = frozenset({",", "،"})
#: the words after على that close a list (على رأس الشركات، على قائمة أكثر الأسهم)
_ON_TOP = frozenset({"راس", "قائمه"})


def _closer(p, t: int) -> bool:
    """Token t opens a list closer: الأكثر/الأقل/الأعلى/الأدنى, or على رأس / على قائمة."""
    from .markets import _list_end

    if not is_word(p, t):
        return False
    k = p.fkeys[t]
    if _list_end(k) and not k.startswith("و"):
        return True
    return k == "علي" and is_word(p, t + 1) and p.fkeys[t + 1] in _ON_TOP


def _bad_word(w: str) -> bool:
    """A word no company's name holds: a stop word, a verb, a person's cue, a definite plural (a sector)."""
    from .guards import imperfect_verb

    info = word_info(w)
    k = key(w)
    return bool(info.stop or info.cue in ("title", "role") or imperfect_verb(w)
                or (k.startswith("ال") and k.endswith(("ات", "ون", "ين")) and len(k) > 5))


def _sector(p, a: int, b: int, wa: bool) -> bool:
    """A one-word definite item that may be a sector rather than a company (التأمين، البنوك): no relative
    adjective (العالمية، العربي are companies) and not rare; it is skipped, the list goes on."""
    if b != a + 1:
        return False
    k = p.fkeys[a][1:] if wa else p.fkeys[a]
    return k.startswith("ال") and not k.endswith(("ي", "يه")) and word_info(p.toks[a][1 if wa else 0:]).zipf >= SECTOR_ZIPF


def closed_share_list(p, i: int) -> list[tuple[int, int, bool]]:
    """(start, end, behind و) tokens of the companies of a closed list after ``أسهم شركات`` at token i (the share
    word), else []."""
    if not (is_word(p, i) and p.fkeys[i] in ("اسهم", "واسهم") and is_word(p, i + 1) and p.fkeys[i + 1] == "شركات"):
        return []
    n = len(p.kinds)
    t = i + 2
    if t < n and p.toks[t] in _COMMAS:
        t += 1  # أسهم شركات, طباعة وتغليف
    out: list[tuple[int, int, bool]] = []
    wa = False
    while t < n and len(out) <= MAX_ITEMS:
        if not is_word(p, t):
            return []
        if _closer(p, t):
            break
        a = t
        first = p.toks[t][1:] if wa else p.toks[t]
        if len(first) < 2 or _bad_word(first):
            return []
        t += 1
        while t < n and is_word(p, t) and t - a < 3 and not p.fkeys[t].startswith("و") and not _closer(p, t):
            if _bad_word(p.toks[t]):
                return []
            t += 1
        if not _sector(p, a, t, wa):
            out.append((a, t, wa))
        if _closer(p, t):
            break
        # the next item: after a comma (and a loose و), or a word behind و; anything else breaks the list
        sep = t < n and p.toks[t] in _COMMAS
        if sep:
            t += 1
        if t < n and is_word(p, t) and p.fkeys[t] == "و":
            t, wa = t + 1, False
        elif t < n and is_word(p, t) and p.fkeys[t].startswith("و") and len(p.fkeys[t]) >= 3:
            wa = True
        elif sep and t < n and is_word(p, t):
            wa = False
        else:
            return []
    else:
        return []
    if len(out) < MIN_ITEMS or not _closer(p, t):
        return []
    return out
