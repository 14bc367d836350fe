"""Quoted spans: ``"…"``, ``“…”``, ``«…»`` (and ``„…“``)."""
from __future__ import annotations

import re
from typing import NamedTuple


_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}
_OPENING = re.compile("[" + re.escape("".join(_QUOTE_PAIRS)) + "]")


class Quote(NamedTuple):
    start: int  # offsets of the quoted content (without the quote marks)
    end: int
    text: str


def extract_quoted(text: str) -> list[Quote]:
    """Every quoted span of ``text``: ``"…"``, ``“…”``, ``«…»`` (and ``„…“``).

    Offsets are those of the content inside the marks; an unmatched opening mark is
    ignored; quotes do not nest (the first closing mark ends the span).

    >>> extract_quoted('حركة "جميع الناس" و«كل الشعب»')
    [Quote(start=6, end=15, text='جميع الناس'), Quote(start=20, end=28, text='كل الشعب')]
    """
    out = []
    i, n = 0, len(text)
    while i < n:
        m = _OPENING.search(text, i)  # the next opening mark (no character-by-character scan)
        if m is None:
            break
        i = m.start()
        close = _QUOTE_PAIRS[text[i]]
        j = text.find(close, i + 1)
        if j < 0:
            i += 1
            continue
        s, e = i + 1, j
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Quote(s, e, text[s:e]))
        i = j + 1
    return out


def key_quotes(p, lang: str) -> list[Quote]:
    """:func:`extract_quoted` of a :class:`arnews.text.Paragraph`'s key text with ``lang``'s
    rules (offsets into the key text), computed once per paragraph."""
    k = ("key_quotes", lang)
    if k not in p.memo:
        from .base import key_text as _key_text

        p.memo[k] = extract_quoted(_key_text(p, lang))
    return p.memo[k]
