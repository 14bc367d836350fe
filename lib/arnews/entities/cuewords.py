"""Tests on one word that cues a later pass of the name finder (each remembered per word type).

* :func:`speech_word`: a verb of saying (قال، وأكدت، فأوضح), after which a transliterated run is the person who
  spoke (:mod:`.speakers`, :mod:`.apposed_speakers`); never بين / بينت (also *between*);
* :func:`nationality_word`: a definite masculine adjective of a country (السعودي، والأرجنتيني، للبرازيلي) that may
  stand as a noun before a foreign name (:mod:`.nationals`);
* :func:`dual_place_cue`: the dual of a place cue with a feminine ending (بلديتي، منطقتين), which announces two
  places (:mod:`.dual_places`, :mod:`.apposed_places`).

:func:`arnews.entities.names._paragraph_gates` reads the three to skip the passes that would find nothing.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import lexicon_derived
from ..normalize import WORD_CACHE, key
from .cues import word_info
from .guards import gentilic_place
from .placeids import nation_id

__all__ = ["SPEECH_VERBS", "NOT_SPEECH", "speech_verb", "speech_word", "nationality_word", "dual_place_cue"]

#: verbs of saying (masculine and feminine past): a name may stand between one and what was said
SPEECH_VERBS = frozenset("قال اكد اوضح اشار صرح اضاف لفت شدد ذكر افاد اعتبر راي اعلن نفى نفي تابع بين قالت اكدت "
                         "اوضحت اشارت صرحت اضافت لفتت شددت ذكرت افادت اعتبرت رات اعلنت نفت تابعت بينت".split())
#: speech verbs that are also prepositions or nouns: بين is *between* as often as *he explained*
NOT_SPEECH = frozenset({"بين", "بينت"})


def speech_verb(w: str) -> bool:
    """``w`` is a verb of :data:`SPEECH_VERBS`, bare or after و / ف (بين too: see :func:`speech_word`)."""
    k = key(w)
    return k in SPEECH_VERBS or (k[:1] in "وف" and k[1:] in SPEECH_VERBS)


@lru_cache(maxsize=WORD_CACHE)
def speech_word(w: str) -> bool:
    """``w`` is a verb of saying after which a speaker stands: :func:`speech_verb` but not بين / بينت, bare or after
    و / ف (keys and closed sets only)."""
    k = key(w)
    bare = k[1:] if k[:1] in "وف" else k
    return speech_verb(w) and k not in NOT_SPEECH and bare not in NOT_SPEECH


@lexicon_derived(maxsize=WORD_CACHE)
def nationality_word(w: str) -> int:
    """0 unless ``w`` is a definite masculine adjective of a country or a lettered region (السعودي، والأرجنتيني,
    للبرازيلي، الإنجليزي: :func:`arnews.entities.placeids.nation_id`), else 2 when a proclitic و/ل is glued before its
    article, 1 when not.  Not a feminine adjective (الروسية agrees with a noun), not the adjective of a town
    (القرني، المالكي are families)."""
    k = key(w)
    glued = k[:1] in "ول" and k[1:3] == "ال" or k.startswith("لل")
    bare = w[1:] if glued and not k.startswith("لل") else w
    if key(bare).endswith("ه") or not nation_id(gentilic_place(bare)):
        return 0
    return 2 if glued else 1


_DUAL_ENDS = ("تين", "تي")


@lexicon_derived(maxsize=WORD_CACHE)
def dual_place_cue(w: str) -> bool:
    """``بلديتي``، ``منطقتين``: the dual (construct or not) of a place cue with a feminine ending (the cue's ``ة``
    made the dual's ``تي`` / ``تين``)."""
    k = key(w)
    for end in _DUAL_ENDS:
        if k.endswith(end) and len(k) > len(end) + 2:
            return word_info(k[: -len(end)] + "ه").cue == "place"
    return False
