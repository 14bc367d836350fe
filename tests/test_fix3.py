"""Session 49 page review (fix3), item 1: a four-digit number before من + a plural of people is a count, not a year.

Session 53 fix3 (below the session-49 tests): what review2 found in pages54's glossary senses (a gentilic after a
name-first word, the Bible Society) and in names57a's part mentions (a part inside a link's slug).

Sentences written for the test (news style), not corpus text.
"""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities
from name_checks import article_rows


def _q(text):
    return [(q["kind"], q["surface"], q["value"]) for q in extract_quantities(text)]


@pytest.mark.parametrize("text,want", [
    ("قالت الوزارة إن التنظيم أعدم 2070 من مواطني المدينة خلال عام", ("count", "2070", 2070)),
    ("وأجلت فرق الإنقاذ أمس 1985 من سكان القرى المتضررة", ("count", "1985", 1985)),
    ("وأصيب في القصف 2000 من المدنيين بجروح", ("count", "2000 من المدنيين", 2000)),
])
def test_four_digit_number_before_min_and_people_is_a_count(text, want):
    assert want in _q(text)
    assert not any(k == "year" for k, _, _ in _q(text))


@pytest.mark.parametrize("text,want", [
    ("وفي عام 2070 من أجل الأجيال القادمة", ("year", "عام 2070", 2070)),
    ("تسعى رؤية 2030 من أجل تنويع الاقتصاد", ("year", "2030", 2030)),
    ("انطلق الفريق عام 2014 من أبناء الحي", ("year", "عام 2014", 2014)),
    ("ولد عام 1956 من أسرة معروفة", ("year", "عام 1956", 1956)),
    ("سافر في 2014 من جدة إلى القاهرة", ("year", "2014", 2014)),
])
def test_years_before_min_stay_years(text, want):
    assert want in _q(text)


# --- session 53 fix3 -------------------------------------------------------------------------------------------------
def test_a_name_first_word_before_a_gentilic_keeps_its_common_sense():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("الأسد الإفريقي") == "≈ the African lion"  # not 'African al-Assad'
    assert phrase_gloss("الأسد السوري") == "≈ the Syrian lion"
    # pages54's readings stay
    assert phrase_gloss("بشار الأسد") == "≈ Bashar al-Assad"
    assert phrase_gloss("نظام الأسد") == "≈ regime of al-Assad"
    assert phrase_gloss("لنظام بشار الأسد") == "≈ regime of Bashar al-Assad"
    assert phrase_gloss("قوات الأسد") == "≈ forces of al-Assad"
    assert phrase_gloss("فيصل بن تركي") == "≈ Faisal bin Turki"
    assert phrase_gloss("عادل الجبير") == "≈ Adel Al-Jubeir"
    assert phrase_gloss("الرئيس عادل") == "≈ President Adel"


def test_the_bible_society_is_no_association_of_writers():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("الكتاب المقدس") == "the Bible"
    assert phrase_gloss("جمعية الكتاب المقدس") == "≈ association of the Bible"
    assert phrase_gloss("جمعية الكتاب") == "≈ association of the writers"  # the senses row still reads writers
    assert phrase_gloss("اتحاد الكتاب") == "≈ union of the writers"
    assert phrase_gloss("معرض الكتاب") == "≈ exhibition of the book"


_POET = ["تكريم الشاعر في المهرجان",
         "كرم المهرجان الشاعر العراقي بلند الحيدري مساء أمس في حفل كبير.",
         "وأوضح المدير أن الراحل بلند كان يحب المدينة، وأن قصائد بلند تدرس في الجامعات.",
         "المصدر: http://example.com/home/article/123/تكريم-بـ«جائزة-بلند-الحيدري»-في-المهرجان",
         "وفي الرابط news/بلند/2015 صور الحفل.",
         "وقال الشاعر إن جائزة-بلند تكبر كل عام."]


def test_a_part_joined_by_a_hyphen_or_slash_is_no_bare_mention():
    rows = article_rows(*_POET)
    parts = [(p, s) for p, s, t, src, _ in rows if src == "part"]
    assert parts == [(2, "بلند"), (2, "بلند")]  # the bare mentions of the body, none in a slug or a path
    assert (1, "بلند الحيدري", "person") in [(p, s, t) for p, s, t, _, _ in rows]
