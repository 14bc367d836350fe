"""A two-word name between a verb of saying and what closes the speaker's slot is a person (session 45, person48).

:mod:`arnews.entities.speakers` (``_speaker_end``) and :mod:`arnews.entities.apposed_speakers` read a speaker
whose every word looks like a name word (:func:`arnews.entities.speakers.speaker_word`: given, family, foreign
or rarer than Zipf 3.5).  Pooled over the development sets, two-word speakers still missed have one word that is
also an ordinary word or a middling one: ``وقال إبراهيم نجم، مستشار`` (نجم *star* is an office cue), ``وقال علاء
شمالي المسؤول`` (شمالي *northern*), ``وقال ستانلي فيشر نائب``, ``وقال جاي باريك، نائب``, ``وقال محمد الشعبي إن``.

Two words right after a speech verb are a person when

* the slot closes right after them: إن / أن / بأن, a colon, الذي / التي, المسؤول, an office word (bare or with the article, after a
  comma or not: :func:`arnews.entities.speakers._before_office`), or a comma then إن / أن, الذي / التي or a quotation mark;
* the first word opens a name: a listed given name (not علي/على and the like), a foreign-shaped word, or a word
  rarer than :data:`RARE_FIRST` in general Arabic; or the second is a family name by its shape (الغامدي) and the
  first rarer than Zipf 4;
* neither word is a stop word, a conjunction-glued word, a link (بن, أبو), a plural, a word with tanween or an
  attached pronoun, a time word (اليوم), a verb in the future or an imperfect verb (يؤكد); unless a listed given
  or a foreign word: no participle in the accusative or feminine (قائلا، قائلة), no common noun behind a
  preposition (بقوة), no dual (شخصان) or plural construct (مسؤولو), no word glued to و (وماي); the first is no
  cue, and the second a cue only when it is an office word (نجم، the given name that is also *star*);
* no name found already covers either word.

``وقالت مصادر مطلعة إن`` (a frequent plural noun first), ``وقال مسؤول أمني إن`` (an office first), ``وأضاف
محمد اليوم إن`` (a time word) stay unread.
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info, zipf_ar
from .cuewords import speech_word
from .keys import Name, name_key, tanween
from .positions import adjacent, covered_tokens, is_word, word_types
from .speakers import _THAT, before_office as _before_office
from .tails import time_after_name
from .wordtests import (LINK_BEFORE_NAME as _LINK_BEFORE_NAME, STOP_GIVEN as _STOP_GIVEN, family_name as _family_name,
                        future_verb as _future_verb, pronoun_suffixed as _pronoun_suffixed)

__all__ = ["speech_pairs"]

#: a first word that is no listed given name opens a speaker's name when rarer than this (راجح 3.3;
#: not مصادر، شهود، سكان, frequent nouns that speak in news, nor مندوب 3.9)
RARE_FIRST = 3.5
#: a closing mark of what was said, after the name and a comma
_QUOTES = frozenset('"“«')
_COMMAS = frozenset("،,")
#: words that close a speaker's slot besides the offices of the cue list: a relative pronoun, *the official*
#: words after a speech verb that are no name's: the participles of saying in the accusative (وقال فلان قائلا),
#: *another*
_NOT_NAME = frozenset(key(w) for w in (
    "قائلا قائلة مضيفا مضيفة مشيرا مشيرة مؤكدا مؤكدة موضحا موضحة لافتا لافتة مبينا مبينة معتبرا معتبرة "
    "متابعا متابعة مستدركا مستدركة آخر أخرى اخر").split())
_CLOSERS = frozenset(key(w) for w in ("الذي", "التي", "المسؤول", "المسؤولة"))
#: after a comma, a relative pronoun closes the slot too (وقال عمر عربي، الذي يقيم قرب الفندق، إن; names57c)
_RELATIVES = frozenset(key(w) for w in ("الذي", "التي"))


def _plain(p, t: int, cues) -> bool:
    """Token t may be a word of a speaker's two-word name (see the module docstring)."""
    if not is_word(p, t) or tanween(p, t):
        return False
    w, k, info = p.toks[t], p.fkeys[t], word_info(p.toks[t])
    if info.stop or info.conj or k in _LINK_BEFORE_NAME or info.cue == "link" or len(k) < 3:
        return False
    if k.endswith(("ون", "ين", "ات")) and k[2:] not in cues.given:
        return False  # (a plural; الحسين is a name)
    if _pronoun_suffixed(w) or _future_verb(w):
        return False  # (زميله; سيؤكد, a verb in the future)
    if k[:1] == "ي" and info.zipf >= 3.5 and k not in cues.given:
        return False  # (يؤكد: an imperfect verb)
    if k.endswith("و") and k not in cues.given and word_info(w + "ن").zipf >= 3.5:
        return False  # (معارضو: a plural construct)
    if k in cues.given or info.foreign:
        return True
    if k in _NOT_NAME or k.endswith("ه") and info.native and info.zipf >= 4.0:
        return False  # (قائلا، قائلة: the participle of saying after the name; آخر)
    if k[:1] in "بلكو" and zipf_ar(k[1:]) >= 4.0 or k[:1] == "و" or k.startswith("لل"):
        return False  # (بقوة، بجهود: a noun behind a preposition; وماي: another person; للوطن: ل + the article)
    if k.endswith("ان") and zipf_ar(k[:-2]) >= 4.0:
        return False  # (شخصان: a dual)
    return True


def _closed(p, e: int) -> bool:
    """The speaker's slot closes at token e: إن/أن/بأن, a colon, an office, a comma then إن/أن, الذي/التي or a quote."""
    if e >= len(p.toks):
        return False
    tok = p.toks[e]
    if tok in (":", "："):
        return True
    if is_word(p, e) and (p.fkeys[e] in _THAT or p.fkeys[e] in _CLOSERS):
        return True
    if _before_office(p, e):
        return True
    if tok in _COMMAS and e + 1 < len(p.toks):
        nxt = p.toks[e + 1]
        return nxt in _QUOTES or (is_word(p, e + 1) and (p.fkeys[e + 1] in _THAT or p.fkeys[e + 1] in _RELATIVES))
    return False


def _opens_name(p, j: int, cues) -> bool:
    """The two words at tokens j, j+1 open like a person's name (see the module docstring)."""
    w0, k0, i0 = p.toks[j], p.fkeys[j], word_info(p.toks[j])
    w1, i1 = p.toks[j + 1], word_info(p.toks[j + 1])
    if i0.cue or k0.startswith("ال") or time_after_name(p, j + 1, 1):
        return False
    if i1.cue and i1.cue != "role" or (i1.cue == "role" and p.fkeys[j + 1].startswith("ال")):
        return False  # (محمد الرئيس: the office after a name is apposition, read elsewhere)
    if (k0 in cues.given and k0 not in _STOP_GIVEN) or i0.foreign:
        return True
    if p.fkeys[j + 1].startswith("ال") and i1.zipf >= 4.0 and not _family_name(w1, i1):
        return False  # (أشقاء الشهيد: a plural noun and its genitive)
    return i0.zipf < RARE_FIRST or _family_name(w1, i1) and i0.zipf < 4.0


def speech_pairs(p, found: list) -> list:
    """``found`` with the two-word speakers it misses added (module docstring), sorted by start."""
    if p.rules != "ar" or not any(map(speech_word, word_types(p))):
        return found
    cues = load_cues()
    covered = covered_tokens(p, found, partial=True)  # (a span inside a token: the token is taken)
    add = []
    toks = p.toks
    for j in range(1, len(toks) - 2):
        if p.kinds[j - 1] != "word" or not speech_word(toks[j - 1]) or not adjacent(p, j - 1, j):
            continue
        if j in covered or j + 1 in covered or not adjacent(p, j, j + 1):
            continue
        if not (_plain(p, j, cues) and _plain(p, j + 1, cues) and _opens_name(p, j, cues) and _closed(p, j + 2)):
            continue
        add.append(Name(p.starts[j], p.ends[j + 1], "person", "cue", 0.6, name_key([toks[j], toks[j + 1]]), toks[j - 1]))
    if not add:
        return found
    return sorted(found + add, key=lambda x: (x.start, x.end))
