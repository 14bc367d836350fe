"""Two questions every name rule asks about the tokens of a paragraph (one definition for all), and the
paragraph's word types (for the per-type prefilters of the per-token passes), the tokens the names found so far
already take (for the passes that add names only where none is), and the spans an article's rows already hold
per paragraph (for the passes that name a found entity again)."""
from __future__ import annotations

import bisect

__all__ = ["is_word", "adjacent", "word_types", "word_key_types", "covered_tokens", "held_spans", "token_containing"]


def is_word(p, i: int) -> bool:
    """Token ``i`` of paragraph ``p`` exists and is a word (not a number, Latin run or punctuation)."""
    kinds = p.kinds
    return 0 <= i < len(kinds) and kinds[i] == "word"


def adjacent(p, i: int, j: int) -> bool:
    """Tokens i and j (j = i + 1) exist and are separated by white space only (no line break)."""
    ends, starts = p.ends, p.starts
    if not (0 <= i < len(ends) and 0 <= j < len(starts)):
        return False  # a cue at the end of the paragraph (عدة قرى): no next token
    gap = p.ntext[ends[i]:starts[j]]
    return not gap.strip() and "\n" not in gap


def token_containing(p, x: int) -> int | None:
    """The token of paragraph ``p`` with ``start <= x < end`` (normalised offsets), else None: a bisect of the
    starts (the tokens are in text order and disjoint), not a scan of every token (per name: quadratic on a
    2 MB one-line article)."""
    t = bisect.bisect_right(p.starts, x) - 1
    return t if t >= 0 and x < p.ends[t] else None


def word_types(p) -> frozenset:
    """The distinct word tokens of paragraph ``p`` (remembered in ``p.memo``): a pass whose per-type test holds
    for none of them finds nothing at any token, and need not walk them."""
    got = p.memo.get("word_types")
    if got is None:
        got = p.memo["word_types"] = frozenset(t for kd, t in zip(p.kinds, p.toks) if kd == "word")
    return got


def word_key_types(p) -> frozenset:
    """``(token, key)`` of the distinct word tokens of paragraph ``p`` (remembered in ``p.memo``), for a per-type
    test that reads both."""
    got = p.memo.get("word_key_types")
    if got is None:
        got = p.memo["word_key_types"] = frozenset(
            (t, k) for kd, t, k in zip(p.kinds, p.toks, p.fkeys) if kd == "word")
    return got


def covered_tokens(p, names, partial: bool = False) -> set:
    """The token positions of paragraph ``p`` that the spans of ``names`` (normalised offsets) take: the tokens
    from the one that starts at a name's start to the one that ends at its end.  A name that begins or ends
    inside a token (وعمر أبو ريشة: after the proclitic) takes no token, or with ``partial`` every token it
    overlaps (for a name on token boundaries, the same tokens)."""
    tok_of_start, tok_of_end = p.token_at()
    covered: set = set()
    for nm in names:
        a, b = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        if a is not None and b is not None:
            covered.update(range(a, b + 1))
        elif partial:  # (the tokens in text order: from the first that ends after the start; not a scan of all)
            t = bisect.bisect_right(p.ends, nm.start)
            while t < len(p.toks) and p.starts[t] < nm.end:
                if nm.start < p.ends[t]:
                    covered.add(t)
                t += 1
    return covered


def held_spans(rows: list[list]) -> dict:
    """Paragraph -> the original (start, end) spans of an article's rows so far (``ENTITY_COLS`` order): a later
    mention may sit in no normalised ``spans`` list, so the passes that name a found entity again check these too."""
    held: dict = {}
    for r in rows:
        held.setdefault(r[1], []).append((r[2], r[3]))
    return held
