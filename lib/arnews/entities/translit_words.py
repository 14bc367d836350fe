"""Tests on the words of a transliterated name run (split from :mod:`arnews.entities.names`, unchanged).

:func:`arnews.entities.names._name_run` reads a foreign name word by word: a short word that is both an Arabic
word and a Vietnamese syllable (كي، تو، ها: :func:`_short_syllable`; after a title, لي منه توان:
:func:`_syllable_before_name`, :func:`_syllable_like`), a nobiliary particle inside a foreign name (ستيفان دي
ميستورا: :func:`_particle_in_name`), and a word shaped like native Arabic, which is never part of a
transliterated name without a cue (:func:`_native_shaped`).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info
from .positions import adjacent as _adjacent, is_word as _is_word


def _short_syllable(info, w: str) -> bool:
    """A short word that is both a frequent Arabic word and a Vietnamese syllable (كي، تو، ها)."""
    return len(w) <= 3 and info.zipf < 5.6 and info.cue == "" and not info.conj


#: the particles "that" as written with a hamza: after a speaker's name they open what was said (قال ... إن،
#: أوضح ... أن), never a syllable of his name (Vietnamese An is written آن: نغي آن، مي آن)
_COMPLEMENTIZERS = frozenset(("إن", "أن"))


def _syllable_before_name(p, j: int) -> bool:
    """After a title, a short function word is a Vietnamese syllable (لي، لو، منه: Lê, Lư, Minh)
    when the next word is a name word too (الرفيق لي منه توان)."""
    w = p.toks[j]
    if w in _COMPLEMENTIZERS:
        return False  # وقال السيد تشو سوان تونغ إن ها نام تضم: "that", the syllable An is written آن (place46)
    info = word_info(w)
    if len(key(w)) > 4 or info.conj or info.cue or not (_is_word(p, j + 1) and _adjacent(p, j, j + 1)):
        return False
    nxt = word_info(p.toks[j + 1])
    if nxt.foreign or nxt.cue == "link" or (nxt.zipf < 5.6 and not nxt.stop and not nxt.cue and not nxt.conj
                                            and not p.fkeys[j + 1].startswith("ال")):
        return True
    # two syllables in a row (لي منه توان): the one after must lead to a name word
    return nxt.stop and len(p.fkeys[j + 1]) <= 4 and _is_word(p, j + 2) and _adjacent(p, j + 1, j + 2) and \
        word_info(p.toks[j + 2]).foreign


def _syllable_like(w: str) -> bool:
    """A name word after which a function word may be the next syllable of a transliterated
    name (نجوين لي ...): a foreign word or a short syllable, not an Arabic given name
    (الملك عبدالله في تبوك: في is the preposition)."""
    k = key(w)
    return word_info(w).foreign or (len(k) <= 4 and k not in load_cues().given)


def _native_shaped(info, w: str) -> bool:
    """A word of four letters or more shaped like native Arabic (a verb or noun template with its
    affixes: تتنافى، منتهكة، تطلق، حملة), however rare: no part of a transliterated name without a cue."""
    return len(w) >= 4 and info.native  # (the length first: a short word's shape is never computed for this, speed47)


#: at or above this frequency a word shaped like native Arabic is the sentence's vocabulary, not a name syllable
#: (4.4: ويب 4.35 is Webb in هوارد ويب, ويل 4.34 Will)
VOCABULARY_ZIPF = 4.4


def sentence_word(w: str) -> bool:
    """A frequent word shaped like native Arabic (a verb or noun of the sentence: ضم، قرب، نجح، بكل، علم): a
    transliterated run without a cue stops before it (كيلور نافاس ضمن، المانش قرب), however short; foreign-looking
    frequent words (جون، بيل، فيلا، خان) are not native-shaped and stay name words, nor is a given name (أحمد شاه
    مسعود، بابراك كمال: حسن، كمال، سعد)."""
    if len(key(w)) < 3 or key(w) in load_cues().given:
        return False  # (a two-letter word's shape says little: ير in فان ير بيرغ)
    info = word_info(w)
    return not info.foreign and info.zipf >= VOCABULARY_ZIPF and info.native


#: nobiliary particles of foreign family names (de, da, van, von, do, dos, del); not لا/لو (Arabic words)
_PARTICLES = frozenset(key(w) for w in ("دي", "دا", "فان", "فون", "دو", "دوس", "ديل", "دل"))


def _particle_in_name(p, j: int) -> bool:
    """Is the particle at token j part of a foreign name: after a foreign given name or a transliterated
    word, and before a rare name word, all adjacent (ستيفان دي ميستورا, not جون في دي الرياض)."""
    prev, nxt = j - 1, j + 1
    if not (_is_word(p, prev) and _is_word(p, nxt) and _adjacent(p, prev, j) and _adjacent(p, j, nxt)):
        return False
    pi, ni = word_info(p.toks[prev]), word_info(p.toks[nxt])
    if not (p.fkeys[prev] in load_cues().foreign_given or pi.foreign):
        return False
    return not ni.stop and not ni.cue and not ni.conj and not p.fkeys[nxt].startswith("ال") and (ni.foreign or ni.zipf < 4.0 or p.fkeys[nxt] in load_cues().foreign_given)
