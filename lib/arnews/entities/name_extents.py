"""The last word of an uncued Arabic name of three words: given name, a second given name, a family name.

:func:`arnews.entities.names._given_name_run` keeps the longest prefix of a run that closes like a name: a
family name with the article, a rare last word, or given names only.  Two common shapes of a full name fail
those tests on their last word and lose it (names60e):

* a listed given name (or an ``عبد``-compound) second, then an indefinite family nisba whose stem is a word
  or a place (أحمد عبدالله عسيري، سعيد محمد قحطاني): the nisba is written far more often in the masculine
  than with the feminine ending, as :func:`.nisba_surnames.family_nisba` tells for the definite form
  (an adjective has both genders: رسمي / رسمية, سعودي / سعودية);
* an unlisted rare second name, then a listed given name as the family name (محمد أختر منصور، أحمد شاه
  مسعود): the run of given names with a transliterated middle name.

The run itself (:func:`arnews.entities.names._name_run`) already stopped before verbs, prepositions, cues
(titles, offices, places) and numbers; these tests only decide how much of it stays."""
from __future__ import annotations

from functools import lru_cache

from ..normalize import key
from .cues import word_info, zipf_ar
from .nisba_surnames import FEMININE_GAP
from .wordtests import STOP_GIVEN

#: an indefinite family nisba is less frequent than this in general Arabic (عسيري 4.1; not رسمي، عربي)
NISBA_LAST_ZIPF = 5.0

#: the unlisted middle name of a run of given names is rarer than this (أختر 3.5)
MIDDLE_RARE_ZIPF = 4.0


@lru_cache(maxsize=20000)
def indefinite_family_nisba(w: str) -> bool:
    """Word w is an indefinite nisba (stem + ي) used as a family name: rare enough, and written far more
    often without the feminine ending than with it (عسيري، قحطاني), not an adjective (رسمي، دولي)."""
    k = key(w)
    if len(k) < 5 or not k.endswith("ي") or k.endswith(("يي", "وي")) or k.startswith("ال"):
        return False
    info = word_info(w)
    if info.cue or info.stop or info.conj or info.definite or info.zipf >= NISBA_LAST_ZIPF:
        return False
    if w[:1] in "وفبلك" and info.bare != k:
        return False  # a proclitic on the word: prose, not a name part
    return zipf_ar(w + "ة") <= info.zipf - FEMININE_GAP


def three_word_name(words: list[str], given: frozenset) -> bool:
    """A run of three words, a listed given name first, that is one person's full name (see the module)."""
    if len(words) != 3:
        return False
    keys = [key(w) for w in words]
    if keys[0] in STOP_GIVEN:
        return False
    second_given = keys[1] in given or (keys[1].startswith("عبد") and len(keys[1]) >= 6)
    if second_given and keys[1] not in STOP_GIVEN and indefinite_family_nisba(words[2]):
        return True
    if second_given or keys[2] not in given or keys[2] in STOP_GIVEN:
        return False
    mid = word_info(words[1])
    # (no proclitic on the middle word: كلمات تركي وألحان طارق is "lyrics by Turki and music by Tariq")
    return mid.zipf < MIDDLE_RARE_ZIPF and not (mid.stop or mid.cue or mid.conj or mid.definite) and mid.bare == keys[1] \
        and keys[1][:1] not in "وف" \
        and not keys[1].startswith("ال") and len(keys[1]) >= 3 and not words[1].endswith("ة")
