"""Names, session 36 round 38 (issue 14, organisations): a club named by an ordinary definite word
(الشعب *the people*, الساحل *the coast*) after a word of a side (فريق، نظيره، ضيفه) and before its
masculine nationality adjective is the club, in a sports paragraph.

Every sentence here is written for these tests in the style of Saudi sports pages (none copied from a
corpus); the people are invented.  Neighbours that must NOT match: the same word after a preposition
(مع الشعب الإماراتي: the people), a cue word (فريق المدرب الفرنسي، نظيره المنتخب المصري), an ordinal
(لفريق الأول البرتغالي), an adjective in ي (لفريق الشمالي الإنجليزي), a feminine adjective, a non-sports
paragraph."""
from __future__ import annotations

from name_checks import names


def orgs(text):
    return [s for s, t in names(text) if t == "organisation"]


def test_a_definite_club_word_after_a_side_word_and_before_its_nationality_is_the_club():
    assert orgs("وفاز النصر في مباراته الودية أمام فريق الشعب الإماراتي بثلاثة أهداف مقابل هدف.") == ["النصر", "الشعب"]
    assert "الساحل" in orgs("وتعادل العربي مع نظيره الساحل الكويتي في الجولة الأولى من الدوري.")
    assert "الترسانة" in orgs("ويلتقي الفريق في مباراته الودية الثانية ضيفه الترسانة المصري على ملعب المعسكر.")


def test_the_same_word_as_the_people_or_a_coach_or_an_ordinal_is_no_club():
    assert orgs("وقال اللاعب إن الفريق يقف مع الشعب الإماراتي في مباراة الدوري.") == []
    assert orgs("ولعب فريق المدرب الفرنسي بطريقة هجومية في المباراة الودية بالدوري.") == []
    # the national team keeps its cue reading (المنتخب المصري), not a club named المنتخب
    assert orgs("وتأهل المنتخب إلى النهائي بعد فوزه على نظيره المنتخب المصري في البطولة.") == ["المنتخب المصري"]
    assert orgs("وسجل المهاجم هدفا لفريق الأول البرتغالي في المباراة الودية بالدوري.") == []
    assert orgs("وانضم المدافع لفريق الشمالي الإنجليزي في المباراة الودية بالدوري.") == []


def test_no_club_without_a_sports_paragraph_or_with_a_feminine_adjective():
    assert orgs("وأكد الوزير أن فريق الشعب الإماراتي للتطوع وصل إلى المخيمات أمس.") == []
    assert "الساحل" not in orgs("وفاز الفريق على نظيره الساحل الكويتية في المباراة الودية بالدوري.")


def test_a_common_team_word_or_a_second_adjective_is_no_club():
    assert orgs("ورفع فريق الخدمة السعودي الدولي العلم في مقر المخيم قبل المباراة الودية بالدوري.") == []
    assert orgs("وشارك فريق العمل الإغاثي في تنظيم المباراة الودية بالدوري.") == []
