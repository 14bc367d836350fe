"""names57d: two-word items of a bracketed list of places (placelists.bracketed_places); a club named by its city
as the opponent of a match's result (clubs).

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


# -- a club named by its city as the opponent of a match's result (clubs._after_result, club_result_words.csv) --

def test_opponent_of_a_result_is_the_club():
    got = names("وفي المواجهة الأخرى تعادل فريق الوحدة مع الشارقة بهدف لكل منهما في المباراة الودية.")
    assert ("الشارقة", "organisation") in got
    got = names("وتوج الفريق بالكأس بعدما هزم الشارقة في المباراة النهائية 3-1.")
    assert ("الشارقة", "organisation") in got


def test_result_neighbours_stay_places():
    assert ("الشارقة", "place") in names("وتعاون النادي مع الشارقة في تنظيم المباراة.")
    assert ("الشارقة", "place") in names("وعاد الوفد من الشارقة بعد الفوز في المباراة.")
    assert ("قطر", "place") in names("فاز المنتخب على قطر بهدفين في المباراة.")  # a country: the national team or the state
    assert ("ظهران", "organisation") not in names("وشهدت الجولة الأولى فوز فريق النجوم على ظهران يونايتد بثلاثة أهداف.")
