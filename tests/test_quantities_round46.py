"""Golden tests for quantities, round 46 (branch q46): error classes pooled over every dev set
(blind19-39 with both readers, pages19-22).

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure


# -- 1. a definite plural before الـ + digits counts its members (both readers of blind39 فرقها الـ14,
#    blind30 المهاجرين الـ18; pages19 الأعضاء الـ 24, pages21 المعايير الـ19 / القرى الـ 7, pages22 البلديات
#    الساحلية الـ 23): a broken plural of units.csv, a plural with a possessive pronoun, an adjective between
@pytest.mark.parametrize("sentence,surface,value", [
    ("وعرض الأمين العام التقرير على الأعضاء الـ 30 في مجلس الإدارة", "الأعضاء الـ 30", 30),
    ("وزار المحافظ القرى الـ 12 التابعة للمركز", "القرى الـ 12", 12),
    ("وأقال النادي مدربه بعد أن خسر مبارياته الـ5 الأولى", "مبارياته الـ5", 5),
    ("وأنهت الأندية تعاقداتها وقدمت لفرقها الـ16 قوائم اللاعبين", "لفرقها الـ16", 16),
    ("ودعت الوزارة المستشفيات الحكومية الـ 40 إلى رفع الجاهزية", "المستشفيات الحكومية الـ 40", 40),
    ("وسجل المهاجم أهدافه الـ20 في الدوري هذا الموسم", "أهدافه الـ20", 20),
])
def test_a_plural_before_al_digits_is_a_count(sentence, surface, value):
    assert_figure(sentence, surface, kind="count", value=value)


@pytest.mark.parametrize("sentence,surface,value", [
    ("وانطلقت الدورة الـ14 للمعرض بمشاركة واسعة", "الدورة الـ14", 14),  # a singular: a rank
    ("وحل المنتخب في المركز الـ 47 عالميا", "المركز الـ 47", 47),
    ("وعقد المجلس الاجتماع الـ 14 لرؤساء الأجهزة", "الاجتماع الـ 14", 14),  # a second singular of its row
    ("وشارك الفريق الـ5 في البطولة", "الفريق الـ5", 5),  # فريق: its dual فريقين is common
    ("وتوج النادي بلقبه الـ 14 في تاريخه", "الـ 14", 14),  # a singular with a pronoun
    ("وتنطلق فعاليات المهرجان الـ17 مساء الغد", "المهرجان الـ17", 17),  # a construct after a plural: a rank
])
def test_a_singular_before_al_digits_stays_an_ordinal(sentence, surface, value):
    assert_figure(sentence, surface, kind="ordinal", value=value)


# -- 2. two neighbouring spelled numbers joined by أو make one range also when their noun follows من
#    (both readers of blind39: أربعة أو خمسة من عناصره), and after خلال with digits as with words
#    (خلال 3 أو 4 أيام); with nothing after them they stay two counts (round 26 pins وسجل أربعة أو خمسة في)
@pytest.mark.parametrize("sentence,surface,kind,value,value_end", [
    ("وقال المدرب إن ثلاثة أو أربعة من لاعبيه سيغيبون عن المباراة", "ثلاثة أو أربعة", "count", 3, 4),
    ("ولم يبق في القرية إلا اثنان أو ثلاثة من السكان الأصليين", "اثنان أو ثلاثة", "count", 2, 3),
    ("وتصل الشحنة إلى الميناء خلال 3 أو 4 أيام", "3 أو 4 أيام", "duration", 3, 4),
    ("وتصدر النتائج خلال ثلاثة أو أربعة أسابيع", "ثلاثة أو أربعة أسابيع", "duration", 3, 4),
])
def test_two_spelled_numbers_joined_by_or_are_one_range(sentence, surface, kind, value, value_end):
    assert_figure(sentence, surface, kind=kind, value=value, value_end=value_end)


def test_neighbours_of_or_ranges():
    # two years joined by أو stay two years
    got = [(q["surface"], q["kind"]) for q in extract_quantities("وتنتهي الأعمال في 2016 أو 2017 على أبعد تقدير")]
    assert got == [("2016", "year"), ("2017", "year")], got
    # no noun after من: two counts, as round 26 pins
    got = [(q["surface"], q["value"]) for q in extract_quantities("ولم يبق في القرية إلا اثنين أو ثلاثة فقط")]
    assert got == [("اثنين", 2), ("ثلاثة", 3)], got
    # numbers far apart are no range: two counts
    got = [(q["surface"], q["value"]) for q in extract_quantities("وحضر ثلاثة أو عشرة من الأعضاء")]
    assert ("ثلاثة أو عشرة", 3) not in got, got


# -- 3. a team's age group is a duration "under N years" (every gold row of blind35 and blind39, both readers)
@pytest.mark.parametrize("sentence,number,value", [
    ("ويستعد المنتخب السعودي تحت 16 سنة لبطولة آسيا في الكويت", "16 سنة", 16),
    ("وانضم اللاعب إلى فريق الناشئين تحت 17 عاما في النادي", "17 عاما", 17),
])
def test_an_age_group_is_a_duration_under_n_years(sentence, number, value):
    # (merged with q47's form of the same convention: after تحت the span is the number and its unit and the
    # approx stays unmarked, as تحت is no approx marker of quantity_markers.csv)
    got = [(q["surface"], q["kind"], q["value"]) for q in extract_quantities(sentence)]
    assert got == [(number, "duration", value)], got


def test_neighbours_of_age_groups():
    # an age limit with no team before it is a duration as before
    assert_figure("ويمنع النظام تشغيل الأطفال دون 15 عاما", "دون 15 عاما", kind="duration", value=15, approx="less_than")
