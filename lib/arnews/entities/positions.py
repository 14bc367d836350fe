"""Two questions every name rule asks about the tokens of a paragraph (one definition for all)."""
from __future__ import annotations

__all__ = ["is_word", "adjacent"]


def is_word(p, i: int) -> bool:
    """Token ``i`` of paragraph ``p`` exists and is a word (not a number, Latin run or punctuation)."""
    return 0 <= i < len(p.kinds) and p.kinds[i] == "word"


def adjacent(p, i: int, j: int) -> bool:
    """Tokens i and j (j = i + 1) exist and are separated by white space only (no line break)."""
    if not (0 <= i < len(p.ends) and 0 <= j < len(p.starts)):
        return False  # a cue at the end of the paragraph (عدة قرى): no next token
    gap = p.ntext[p.ends[i]:p.starts[j]]
    return not gap.strip() and "\n" not in gap
