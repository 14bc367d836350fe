"""The poets, composers and arrangers of a song's credits (session 43, person46).

An album's track list names its people after credit labels and a colon: ``كلمات: فهد المساعد / ألحان: سهم /
توزيع: سيروس``, often by a pen name that is an ordinary word (سهم *arrow*, يم *sea*, قوس *bow*, العالية *the high*)
or a bare given name (تركي).  A paragraph with two different labels of ``song_credit_words.csv`` right before a
colon (also joined: ``ألحان وتوزيع:``) is a credit list; after each label, the words up to a slash, a dash, a
number, any other punctuation or the paragraph's end (one to four words) are a person.  One label alone
(``كلمات: ...`` before a quotation) is no list; a segment a found name already overlaps keeps that name.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .keys import Name, name_key

__all__ = ["credit_words", "song_credit_people"]

#: a credit's name has at most this many words
MAX_WORDS = 4


@lexicon_cache(maxsize=2)
def credit_words() -> frozenset:
    """Keys of the credit labels of ``song_credit_words.csv`` (كلمات، ألحان، توزيع ...)."""
    return frozenset(word_kinds("song_credit_words.csv", ("credit",), key))


def _label(k: str, words: frozenset) -> str:
    """The label's bare key (a glued و stripped: وتوزيع), or ""."""
    if k in words:
        return k
    return k[1:] if k[:1] == "و" and k[1:] in words else ""


def song_credit_people(p, found: list) -> list:
    """``found`` with the people a credit list names (see the module docstring)."""
    words = credit_words()
    n = len(p.toks)
    if not any(kd == "word" and _label(k, words) for kd, k in zip(p.kinds, p.fkeys)):
        return found
    labels = []  # (token after the colon, label key)
    for i in range(n - 1):
        if p.kinds[i] == "word" and p.toks[i + 1] in (":", "：") and _label(p.fkeys[i], words):
            labels.append((i + 2, _label(p.fkeys[i], words)))
    if len({k for _, k in labels}) < 2:
        return found
    add = []
    for a, _ in labels:
        b = a
        while b < n and p.kinds[b] == "word" and not _label(p.fkeys[b], words):
            b += 1
        if not 0 < b - a <= MAX_WORDS or (b < n and p.kinds[b] == "word"):
            continue  # ألحان وتوزيع: (a label joined to the next one), or a sentence running on
        s, e = p.starts[a], p.ends[b - 1]
        if any(s < x.end and x.start < e for x in found):
            continue
        add.append(Name(s, e, "person", "byline", 0.6, name_key([p.toks[t] for t in range(a, b)])))
    return sorted(found + add, key=lambda x: (x.start, x.end)) if add else found
