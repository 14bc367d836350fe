"""Towns whose names look like duals (``بلدة جورين``): read over the whole article.

A word in ``-ين``/``-ان`` right after a town noun (``town_word`` of ``quantity_markers.csv``: بلدة،
مدينة، قرية ...), without the article, is the town's name; the article's other rows read as a dual
count of that same word (``على أبواب جورين``) are dropped too.  Lexicon duals (عامين, مرتين) are kept:
the rule only touches words the morphology read as duals, which carry no lexicon unit form."""
from __future__ import annotations

import re

from ..normalize import key
from .lexicon import lex as _lex

_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652]+")
_CLITICS = ("وب", "ول", "و", "ب", "ل", "ف")


def _town_words() -> frozenset:
    return frozenset(t[0] for t in _lex("ar").markers.get("town_word", {}))


def _bare(k: str) -> str:
    for p in _CLITICS:
        if k.startswith(p) and len(k) - len(p) >= 4:
            return k[len(p):]
    return k


def town_names(texts: list[str]) -> set[str]:
    """Keys of the words that follow a town noun in the texts (بلدة جورين: جورين)."""
    towns, out = _town_words(), set()
    for text in texts:
        words = [key(w) for w in _WORD.findall(text)]
        for w1, w2 in zip(words, words[1:]):
            if _bare(w1) in towns or w1 in towns:
                if w2.endswith(("ين", "ان")) and not w2.startswith("ال"):
                    out.add(w2)
    return out


def town_duals(paragraphs: list[tuple[str, list[dict]]]) -> set[int]:
    """``id`` of each dual count row whose word the article names as a town (to be dropped).
    The article's text is read for town names only when it has such a row (most have none)."""
    duals = [r for _, rows in paragraphs for r in rows
             if r["kind"] == "count" and r.get("value") == 2 and r.get("written") == "words"
             and " " not in (r["surface"] or "").strip()]
    if not duals:
        return set()
    names = town_names([t for t, _ in paragraphs])
    if not names:
        return set()
    bare = names | {_bare(n) for n in names}
    return {id(r) for r in duals if _bare(key(r["surface"] or "")) in bare}
