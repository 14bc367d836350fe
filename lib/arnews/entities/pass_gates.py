"""Per-word-type gates of three name passes (speed46), read from each pass's own per-token test: a paragraph
none of whose word types passes a pass's gate is not given to that pass (``names._paragraph_gates``), whose
per-token loop would find nothing there.

* :func:`qualified_office_word`: the first test of ``qualified_offices.people_after_qualified_offices`` (an
  office word, ``_office_word``, that is no person noun);
* :func:`region_word`: the first test of ``apposed_places.region_phrases`` (a definite direction or continent,
  its ``_DIRECTIONS``/``_CONTINENT``);
* :func:`gentilic_cue_word`: the per-word part of the first test of ``apposed_places.gentilic_places`` (a place
  cue, no judiciary word).

Each is a necessary condition of the pass adding anything (``tests/test_speed46.py`` holds them to it)."""
from __future__ import annotations

from . import apposed_places as _ap
from . import qualified_offices as _qo
from .cues import word_info
from .place_cues import judiciary

__all__ = ["qualified_office_word", "region_word", "gentilic_cue_word"]


def qualified_office_word(w: str) -> bool:
    """Word ``w`` may open a person after an office and its qualifiers."""
    return _qo._office_word(w) and word_info(w).bare not in _qo.PERSON_NOUNS


def region_word(w: str) -> bool:
    """Word ``w`` is a definite direction or continent (الشمال، القارة، للجنوب) that may open a region phrase."""
    info = word_info(w)
    bare = info.bare[2:] if info.bare.startswith("ال") else info.bare
    return bool(info.definite or info.bare != bare) and (bare in _ap._DIRECTIONS or bare == _ap._CONTINENT)


def gentilic_cue_word(w: str) -> bool:
    """Word ``w`` is a place cue (no judiciary word) that may stand before a nationality adjective."""
    return word_info(w).cue == "place" and not judiciary(w)
