"""What every rhetoric module shares: the language rule, punctuation classes and the key
text (and tokens) the matchers read."""
from __future__ import annotations

import re

from ..tokens import AR, Token

_HARD = set(".!?؟;؛:()[]{}…")
_QUOTES = set('"“”«»„')
_COMMA = set(",،")
_DASH = set("-–—")
# boundary strength between two words
B_NONE, B_COMMA, B_DASH, B_HARD = 0, 1, 2, 3
#: punctuation that ends an n-gram segment
_BREAKS = frozenset(_HARD | _QUOTES | _COMMA | _DASH)

_AR_RX = re.compile(f"[{AR}]")


def lang_of(lang, text: str | None = None) -> str:
    """``ar``, ``en`` or ``vi`` (anything else is treated as Arabic); with ``lang=None``
    the script of ``text`` decides (Arabic letters -> ar, otherwise en)."""
    if lang is None and text is not None:
        return "ar" if _AR_RX.search(text) else "en"
    lang = (lang or "ar").lower()
    return lang if lang in ("en", "vi") else "ar"


_lang = lang_of  # the old name, still used by tests


def key_text(p, lang: str) -> str:
    """The text the matchers read: key-folded for Arabic, normalised otherwise."""
    return p.ktext if lang == "ar" else p.ntext


def _key_tokens(p, kt: str) -> list:
    """The shared tokens of paragraph ``p`` with their surfaces taken from ``kt``."""
    return [Token(a, b, kt[a:b], kd) for kd, a, b in zip(p.kinds, p.starts, p.ends)]
