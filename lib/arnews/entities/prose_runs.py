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

Session 45 (place47) adds shapes of prose the tests above let through (snn2000: 31 of the 196 such rows the
build kept, all prose or a name with the verb after it; snnall sample: 18 of 18):

* a function word followed by a word of Arabic shape (``لمن تراسله``، ``ولن نهدأ``، ``فلن تتوانى``، ``سوى بلاغة``, with
  ``زال``/``بات``/``نكون`` and their forms): a stop word or a frequent particle (:func:`_particle`) first, the second
  word not shaped like a transliteration;
* a verb: the future prefix on an attested imperfect (``سيتأثر``، ``ستستلم``: the word without its س is attested
  Arabic, :data:`VERB_STEM_ZIPF`; ``ستيفن``، ``سيتي`` are not) or a plural perfect in ـوا on an attested stem
  (``سلبوا``، ``أقدموا``; ``نيكاراغوا`` is no verb), in either place of the run;
* a frequent word of native template second (:data:`NATIVE_VERB_ZIPF`): a name and the verb after it (``دمرتاش
  دعا``، ``بيغن وصف``) or a noun phrase (``انكسار حدة``), no two-word place;
* a run written with short vowels or tanween in the original text (``أسبَلَتا معَا``، ``عاصٍ ولو``): news write
  transliterated names bare.

Vietnamese place syllables are Arabic words too (هوا بينه، دا باك، ها نام, ``vietnamese_names.csv`` and the
gazetteer's syllables): no run holding one is prose.  Measured: of the 73 such runs the finder reads in the seed
articles and the pages sets (Vietnamese news), the test takes two, both prose (تستوف سوى، بؤر توتر); of the 299
of snn2000, 104: 101 prose, three persons typed a place (أخند زاده، بيتن ريد، أشجان هندي).  Asked in
:func:`arnews.entities.table.paragraph_entities`, which drops such a run.
"""
from __future__ import annotations

import re

from .. import stopwords
from ..frequency import zipf_ar
from ..normalize import key
from .cues import SHAPE_FOREIGN, word_info
from .gazetteer import load_gazetteer, skeleton as _skeleton
from .syllable_places import vietnamese_words

__all__ = ["prose_run", "ORDINARY_ZIPF", "ORDINARY_SHAPE", "NATIVE_SHAPE", "ATTESTED_ZIPF"]

#: the stem of a verb form (the word without its future س or its plural ـوا) at least this frequent (يتأثر، سلب)
VERB_STEM_ZIPF = 2.5
#: a second word of native template (``word_info(...).native``) at least this frequent ends no two-word name
#: (دعا 4.6، وصف 5.0، حدة 4.4; a rarer native word may be a place's: لوط 3.4)
NATIVE_VERB_ZIPF = 3.5
#: a particle or auxiliary first (ولن 5.1، كي 5.2، سوى 5.2، زال 4.9) is at least this frequent
PARTICLE_ZIPF = 4.5
#: short vowels, tanween and sukun (shadda alone is left: أمّ is written in names too)
_VOWELS = re.compile("[\u064b-\u0650\u0652]")
#: auxiliaries that open a verb phrase (ما زال، بات، نكون), by their stems: not stop words of the list
_AUXILIARIES = frozenset(key(w) for w in ("زال", "زالت", "زلنا", "زلت", "نزال", "يزال", "تزال", "مازال", "مازالت",
                                          "باتت", "بات", "نكون", "يكون", "تكون",
                                          "لمن", "إننا", "إنه", "إنها", "شتى", "لعل", "ليت"))

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


def _particle(w: str) -> bool:
    """A function word or an auxiliary that opens a verb phrase (ولن، كي، سوى، ما زال، لمن)."""
    k = key(w)
    return k in _AUXILIARIES or (k in stopwords.current("ar") and zipf_ar(w) >= PARTICLE_ZIPF)


def _verb_form(w: str) -> bool:
    """A future imperfect (سيتأثر، ستستلم) or a plural perfect in ـوا (سلبوا، أقدموا) on an attested stem."""
    if len(w) >= 5 and w[0] == "س" and w[1] in "يتنأ" and zipf_ar(w[1:]) >= VERB_STEM_ZIPF:
        return True
    return len(w) >= 5 and w.endswith("وا") and zipf_ar(w[:-2]) >= VERB_STEM_ZIPF + 1.0 and word_info(w).shape <= 0.0


def prose_run(words: list[str], raw: str = "") -> bool:
    """Is a two-word transliterated run (normalised words) two ordinary Arabic words (see the module docstring)?
    ``raw``: the run as the original text writes it (short vowels are read there)."""
    if len(words) != 2 or any(_vietnamese(key(w)) for w in words):
        return False
    first, second = words
    if _ordinary(second) and word_info(first).shape < SHAPE_FOREIGN:
        return True
    if _particle(first) and word_info(second).shape < SHAPE_FOREIGN and len(key(second)) >= 3:
        return True  # لمن تراسله، ولن نهدأ، كي يواكب (place47)
    if _verb_form(first) and word_info(second).shape < SHAPE_FOREIGN or \
            _verb_form(second) and word_info(first).shape < SHAPE_FOREIGN or _VOWELS.search(raw):
        return True  # سيتأثر أداؤه، جناة سلبوا، أسبَلَتا معَا (place47; not بوليوود ستيبس، سيدار سنغور)
    info = word_info(second)
    if info.native and info.zipf >= NATIVE_VERB_ZIPF:
        return True  # دمرتاش دعا، بيغن وصف: a name and the verb after it, no two-word place (place47)
    return _native(first) and _native(second)
