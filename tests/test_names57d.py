"""names57d: two-word items of a bracketed list of places (placelists.bracketed_places).

A list of districts in brackets after ``وهي`` took one-word items and passed over an item of two words: a
place head or the prefix أم and a word (``أم القرى``, ``وادي السلم``) between commas.  Invented sentences."""
from __future__ import annotations

from name_checks import names


def test_bracketed_two_word_items():
    got = names("وتشمل المرحلة الأولى تسعة أحياء من أحياء مدينة بيشة، وهي (الخالدية، أم القرى، الروضة، "
                "وادي السلم، النزهة، الشفا)، على أن تكتمل الأعمال نهاية العام.")
    for place in ("الخالدية", "أم القرى", "الروضة", "وادي السلم", "النزهة", "الشفا"):
        assert (place, "place") in got


def test_two_word_item_needs_a_place_head():
    # (مخطط الريان: مخطط is no place head; a bracket without a plural place word is no list)
    got = names("وتشمل المرحلة الأولى تسعة أحياء من أحياء مدينة بيشة، وهي (الخالدية، مخطط الريان، الروضة، النزهة).")
    assert not any("مخطط" in s for s, _ in got)
    got = names("وعرض المهرجان ثلاثة أفلام، وهي (الطريق، أم الخير، الرحلة).")
    assert ("أم الخير", "place") not in got
