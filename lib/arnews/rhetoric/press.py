"""A newspaper's name that is also a marker word: Al-Watan (الوطن, *the homeland*) is the Saudi
daily in ``علمت "الوطن"``, ``لـ"الوطن"``, ``الرياض - "الوطن"`` or ``صحيفة الوطن``, not Flag Waving.

The names are the ``press`` rows of ``known_names.csv`` (a paper or channel whose name is an
ordinary word or a city).  A marker hit whose whole span is such a name is the outlet when it
stands alone in quotation marks or brackets (not after شعار / عنوان: a quoted slogan or title
is the word's own use), or right after صحيفة / جريدة / مجلة / قناة (with proclitics)."""
from __future__ import annotations

import re

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key

_OPEN = "\"“«(„'"
_CLOSE = "\"”»)'"
PRESS_KINDS = ("outlet_head", "title_word")


@lexicon_cache(maxsize=2)
def press_heads() -> dict[str, tuple]:
    """``kind -> words`` (key form, the file's order) of ``press_heads.csv``: ``outlet_head`` (صحيفه، جريده ...: the
    word before a paper's name) and ``title_word`` (شعار، عنوان ...: before a quoted slogan or title); a kind outside
    :data:`PRESS_KINDS` is a ``ValueError`` naming the file and the word."""
    out: dict[str, list] = {k: [] for k in PRESS_KINDS}
    for r in read_lexicon("press_heads.csv"):
        kd, w = (r.get("kind") or "").strip(), (r.get("word") or "").strip()
        if kd not in out:
            raise ValueError(f"press_heads.csv: {w}: kind must be one of {', '.join(PRESS_KINDS)}")
        out[kd].append(w)
    return {k: tuple(v) for k, v in out.items()}


@lexicon_cache(maxsize=2)
def press_patterns() -> tuple[re.Pattern, re.Pattern]:
    """``(head, title)``: an outlet head at the end of the text before a name (key text: ة -> ه), with w-/f- and
    b-/l-, an opening quote between; a title word right before the opening quote."""
    words = press_heads()
    head, title = ("|".join(map(re.escape, words[k])) or "(?!)" for k in PRESS_KINDS)  # (?!): none
    return (re.compile(rf"(?<![\u0621-\u064a])[وف]?[بل]?(?:{head})\s*[\"“«(]?\s*$"),
            re.compile(rf"(?<![\u0621-\u064a])[وف]?[بل]?(?:{title})\s*$"))


@lexicon_cache(maxsize=1)
def press_names() -> frozenset[str]:
    """The key forms of the ``press`` names of ``known_names.csv``."""
    return frozenset(key(r["name"]).strip() for r in read_lexicon("known_names.csv")
                     if (r.get("context") or "").strip() == "press" and (r.get("name") or "").strip())


def is_press_mention(kt: str, start: int, end: int) -> bool:
    """Is ``kt[start:end]`` (key text) a paper's name used as the paper (quoted alone, or after
    صحيفة / جريدة)?"""
    if kt[start:end] not in press_names():
        return False
    head, title = press_patterns()
    before = kt[max(0, start - 40):start]
    if head.search(before):
        return True
    i, j = start - 1, end
    while i >= 0 and kt[i] == " ":
        i -= 1
    while j < len(kt) and kt[j] == " ":
        j += 1
    if i < 0 or j >= len(kt) or kt[i] not in _OPEN or kt[j] not in _CLOSE:
        return False
    return not title.search(kt[max(0, i - 20):i])
