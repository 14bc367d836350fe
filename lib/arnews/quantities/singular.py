"""The singular of a counted noun written in a sound plural, for the ``unit`` column.

A count's unit is its counted noun in the singular (QUANTITY_GUIDE), so that ``ست مباريات`` and
``مباراة واحدة`` add up under one unit.  Nouns the units lexicon lists are already singular; a
noun the scanner took from the text as written may be a sound plural (``أربع مباريات``,
``9 لاعبين``, ``ثلاث غارات``).  Its singular is chosen by the general word frequencies of
wordfreq's Arabic list, never by a list of our own:

- ``-ات``: ``-اة`` for ``-يات``/``-وات`` (مباريات -> مباراة, صلوات -> صلاة), else ``-ة``
  (غارات -> غارة), else the bare stem (مسارات -> مسار), the first that is a common word;
- ``-ين``/``-ون``: the stem (لاعبين -> لاعب, فلسطينيين -> فلسطيني) when it is a common word, more
  common than the plural, and the plural's other case is attested too (لاعبون), which keeps
  singulars that merely end so (قانون, كرتون, زيتون) as written.

Frequencies cannot tell every pair apart: an -ات plural of a masculine noun whose feminine is a
common word too gets the feminine (طلبات -> طلبة, not طلب; 6 of 156 plural units on 2,000 Saudi
articles), and broken singulars are out of reach.

A word with no such reading is kept as written.  Pure function of one word, cached."""
from __future__ import annotations

from functools import lru_cache

from ..frequency import zipf_ar
from ..normalize import WORD_CACHE

__all__ = ["singular_unit"]

#: a reading is a common word from this Zipf frequency on (wordfreq's scale: 3 = once per million words)
COMMON = 3.0
#: the bare stem of an -ات plural (مسار, ملليجرام) and the other case of an -ون/-ين plural need less
ATTESTED = 2.0


@lru_cache(maxsize=WORD_CACHE)
def singular_unit(unit: str) -> str:
    """The singular of a sound-plural counted noun (see the module docstring), else ``unit``."""
    if not unit or " " in unit or len(unit) < 4:
        return unit
    if unit.endswith("ات"):
        stem = unit[:-2]
        if stem.endswith(("ي", "و")) and zipf_ar(stem[:-1] + "اة") >= COMMON:
            return stem[:-1] + "اة"  # مباريات، وفيات، صلوات، أدوات
        if zipf_ar(stem + "ة") >= COMMON:
            return stem + "ة"  # غارات -> غارة
        if len(stem) >= 3 and not stem.endswith("ي") and zipf_ar(stem) >= ATTESTED:
            return stem  # مسارات -> مسار (not أبيات -> أبي)
        return unit
    if unit.endswith(("ين", "ون")):
        stem = unit[:-2]
        other = stem + ("ون" if unit.endswith("ين") else "ين")
        if len(stem) >= 3 and zipf_ar(stem) >= COMMON and zipf_ar(stem) > zipf_ar(unit) \
                and zipf_ar(other) >= ATTESTED:
            return stem
    return unit
