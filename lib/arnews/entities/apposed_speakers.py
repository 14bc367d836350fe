"""A speaker named between a verb of saying and his office in apposition is a person (round 38).

``وقال اليستير باسكي المتحدث باسم مجلس الأمن``, ``وقال بن لوبرون محلل الأسواق``, ``وأكد زياتسيف، المتحدث
باسم السفارة``: news names the speaker right after the verb and gives his office after the name.  A run of one
to three name words (:func:`arnews.entities.speakers.speaker_word`: given, family, foreign or rare words; no
cue, stop word or plural) between a speech verb and an office word (``entity_cues.csv`` kind ``role``, with
the article or bare, after one comma at most; :func:`arnews.entities.speakers._before_office`) is a person
when no other name covers any of its words and one of them only a name has (foreign-shaped, a family name, a
given name beside another word).  A given name alone is nobody in particular (``وقال محمد المتحدث``), and an
ordinary or merely rare word is no name (``وقال المصدر المسؤول``, ``أعلنت تسديدة اللاعب``, ``وأضاف مخاطباً
رئيس الوزراء``).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info
from .cuewords import speech_word as _speech_word
from .keys import Name, name_key, tanween
from .positions import adjacent as _adjacent, covered_tokens, is_word as _word, word_types
from .speakers import before_office as _before_office, speaker_word
from .wordtests import family_name as _family_name

__all__ = ["speakers_before_office"]

#: the longest name read between the verb and the office
MAX_WORDS = 3


def _run_end(p, j: int, cues, covered: set) -> int:
    """End token (exclusive) of a run of name words from token j that an office follows, else j."""
    for m in range(1, MAX_WORDS + 1):
        e = j + m
        t = e - 1
        if t >= len(p.toks) or t in covered or not _word(p, t) or (t > j and not _adjacent(p, t - 1, t)) \
                or not speaker_word(p.toks[t], cues):
            return j
        if _before_office(p, e):
            return e if _named(p, j, e, cues) else j
    return j


def _named(p, j: int, e: int, cues) -> bool:
    """Tokens j..e-1 hold a word that only a name has (a foreign-shaped or family name: باسكي, الدبيخي; a
    given name beside another word) and none written with tanween (مخاطباً)."""
    if any(tanween(p, t) for t in range(j, e)):
        return False
    words = [(p.toks[t], word_info(p.toks[t])) for t in range(j, e)]
    return any(info.foreign or _family_name(w, info) or (e - j > 1 and key(w) in cues.given) for w, info in words)


def speakers_before_office(p, found: list) -> list:
    """People between a speech verb and an apposed office that ``found`` does not cover (module docstring)."""
    if p.rules != "ar":
        return []
    covered = covered_tokens(p, found)
    cues = load_cues()
    if not any(map(_speech_word, word_types(p))):
        return []  # (no speech verb in the paragraph: the loop below finds nothing)
    out = []
    kinds, toks = p.kinds, p.toks
    for j in range(1, len(toks)):
        # (_after_speech inlined: the word before is a speech verb, remembered per word type)
        if kinds[j] != "word" or kinds[j - 1] != "word" or not _speech_word(toks[j - 1]) or j in covered:
            continue
        e = _run_end(p, j, cues, covered)
        if e > j:
            words = [p.toks[t] for t in range(j, e)]
            out.append(Name(p.starts[j], p.ends[e - 1], "person", "cue", 0.7, name_key(words)))
    return out
