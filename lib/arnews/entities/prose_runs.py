"""Two ordinary Arabic words taken for a transliterated place (session 44, place46).

The name finder (:mod:`arnews.entities.names`) reads a run of words rare in general Arabic as a transliterated
name and types a two-word run without a cue a place.  Rare is not foreign: a verb with its object or a noun with
its adjective (``يورد جدول``، ``أقفلت ملف``، ``تجانس درجة``، ``إمساك بطة``، ``بدد آمال``) is Arabic prose all the same
(about 170 of the 300 such rows of snn2000).  Such a run is prose when

* its second word is ordinary Arabic: at least :data:`ORDINARY_ZIPF` in general Arabic (``wordfreq``), shaped like
  native vocabulary (:mod:`arnews.entities.shape` score at most :data:`ORDINARY_SHAPE`), three letters or more, not
  read as foreign, and its first word is not shaped like a transliteration (under ``SHAPE_FOREIGN``: ``روزاريو``),
  or
* both words are native-shaped (at most :data:`NATIVE_SHAPE`) and attested (:data:`ATTESTED_ZIPF`) Arabic words.

Vietnamese place syllables are Arabic words too (هوا بينه، دا باك، ها نام, ``vietnamese_names.csv`` and the
gazetteer's syllables): no run holding one is prose.  Measured: of the 73 such runs the finder reads in the seed
articles and the pages sets (Vietnamese news), the test takes two, both prose (تستوف سوى، بؤر توتر); of the 299
of snn2000, 104: 101 prose, three persons typed a place (أخند زاده، بيتن ريد، أشجان هندي).  Asked in
:func:`arnews.entities.table.paragraph_entities`, which drops such a run.
"""
from __future__ import annotations

from ..normalize import key
from .cues import SHAPE_FOREIGN, word_info
from .gazetteer import load_gazetteer, skeleton as _skeleton
from .syllable_places import vietnamese_words

__all__ = ["prose_run", "ORDINARY_ZIPF", "ORDINARY_SHAPE", "NATIVE_SHAPE", "ATTESTED_ZIPF"]

#: a second word this frequent in general Arabic (جدول 4.6، ملف 4.5، دول 5.3; a family name is rarer: كليتش 2.6)
ORDINARY_ZIPF = 4.0
#: ... and shaped no more like a transliteration than this (ريد -0.4 and رد -1.6 pass; تاون 2.7، بلو 1.7 do not)
ORDINARY_SHAPE = 0.0
#: both words at most this native-shaped (نسكن خيام، إمساك بطة، بدد آمال) ...
NATIVE_SHAPE = -0.5
#: ... and at least this frequent: attested Arabic, not a rare transliteration (المانش 2.4)
ATTESTED_ZIPF = 2.5


def _vietnamese(k: str) -> bool:
    """A syllable of a Vietnamese name (``vietnamese_names.csv`` or the gazetteer's transliterated syllables)."""
    return any(k in ws for ws in vietnamese_words().values()) or _skeleton(k) in load_gazetteer().syllables


def _ordinary(w: str) -> bool:
    info = word_info(w)
    return info.zipf >= ORDINARY_ZIPF and info.shape <= ORDINARY_SHAPE and len(key(w)) >= 3 and not info.foreign


def _native(w: str) -> bool:
    info = word_info(w)
    return info.shape <= NATIVE_SHAPE and info.zipf >= ATTESTED_ZIPF and len(key(w)) >= 3


def prose_run(words: list[str]) -> bool:
    """Is a two-word transliterated run (normalised words) two ordinary Arabic words (see the module docstring)?"""
    if len(words) != 2 or any(_vietnamese(key(w)) for w in words):
        return False
    first, second = words
    if _ordinary(second) and word_info(first).shape < SHAPE_FOREIGN:
        return True
    return _native(first) and _native(second)
