"""A ministry's field as the subject right after a verb a body takes (session 56, names60b, issue 14).

:mod:`.shortforms` reads a ministry's one field word (``العدل`` after ``وزارة العدل`` in the same article) where it
acts: first in a title before a colon, alone in quotes, before an imperfect verb.  Reports also put it right after
a verb of saying or a body's verb in the feminine that agrees with وزارة: ``وشددت العدل على وجوب``, ``وأوضحت
الداخلية أنه``, ``وذكرت الصحة أن``.  The verb is a verb of saying (:func:`arnews.entities.cuewords.speech_word`) or a
verb of ``org_part_words.csv`` (kind verb), و/ف glued, feminine (ending in ت or opening with ت/ست); no definite word
follows the field (``وأكدت الخارجية المصرية``: another state's ministry, with its own name; ``الصحة العامة``), nor
و + a definite word (``وحققت العدل والمساواة``: common nouns coordinated; fixn).
"""
from __future__ import annotations

from .positions import adjacent, is_word

__all__ = ["after_body_verb"]


def after_body_verb(p, i: int, last: int) -> bool:
    """Tokens i..last stand right after a feminine verb a body takes, with no definite word after them."""
    from .cuewords import speech_word
    from .org_parts import part_words

    if not (is_word(p, i - 1) and adjacent(p, i - 1, i)):
        return False
    nxt = last + 1
    if is_word(p, nxt) and adjacent(p, last, nxt) and p.fkeys[nxt].startswith(("ال", "وال")):
        return False  # (وحققت العدل والمساواة: a coordination of common nouns; fixn)
    if nxt < len(p.toks) and p.toks[nxt] == "و" and is_word(p, nxt + 1) and p.fkeys[nxt + 1].startswith("ال"):
        return False
    k = p.fkeys[i - 1]
    b = k[1:] if k[:1] in "وف" and len(k) > 3 else k
    words = part_words()
    if not (speech_word(p.toks[i - 1]) or words.get(k) == "verb" or words.get(b) == "verb"):
        return False
    return b.endswith("ت") or b.startswith(("ت", "ست"))
