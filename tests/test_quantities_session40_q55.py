"""Session 40, helper q55 (quantities other than duals): a stretch of days across months joined by a dash or
by a comma before حتى/إلى is one date row; a day-first numeric date keeps its glued Gregorian mark
(9/8/2015م); a dual before "the first and the second" is counted, then each ranked, also after a rank noun
(المرحلتين الأولى والثانية); a bare number after an age word is an age in years (البالغ من العمر (35));
a cup round named by its number of teams in words is a label (دور الثمانية).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def _rows(sentence, published=""):
    return [(q["surface"], q["kind"], q["value"], q["date"]) for q in extract_quantities(sentence, published=published)]


# -- 1. a stretch of days across months: a dash, or a comma before the joining word
@pytest.mark.parametrize("sentence,surface,date", [
    ("ويقيم المنتخب معسكره في النمسا خلال الفترة من 12 أغسطس - 3 سبتمبر استعدادا للتصفيات",
     "12 أغسطس - 3 سبتمبر", "--08-12/--09-03"),
    ("وتقام الدورة في الفترة من 5/11/1436 هجرية، وحتى 7/11/1436 هجرية بمقر الجمعية",
     "5/11/1436 هجرية، وحتى 7/11/1436 هجرية", "2015-08-20/2015-08-22"),
    ("ويستمر التسجيل من 28 يوليو، إلى 4 أغسطس 2015 عبر البوابة",
     "28 يوليو، إلى 4 أغسطس 2015", "2015-07-28/2015-08-04"),
])
def test_a_stretch_across_months_with_a_dash_or_a_comma_is_one_row(sentence, surface, date):
    got = _rows(sentence)
    assert (surface, "date", None, date) in got, got


@pytest.mark.parametrize("sentence,first,second", [
    # no من/بين/الفترة before the first day: two dates
    ("وزار الوفد جدة يوم 12 أغسطس - 3 سبتمبر موعد الزيارة الثانية", "12 أغسطس", "3 سبتمبر"),
    # a comma and و alone join two dates, not a stretch
    ("وعقد المجلس جلستين في الفترة من 12 أغسطس، و3 سبتمبر", "12 أغسطس", "3 سبتمبر"),
    # the second day before the first: no stretch
    ("وذلك في الفترة من 20 سبتمبر - 3 أغسطس حسب الجدول", "20 سبتمبر", "3 أغسطس"),
])
def test_two_days_that_make_no_stretch_stay_two_rows(sentence, first, second):
    got = [r[0] for r in _rows(sentence) if r[1] == "date"]
    assert first in got and second in got, got


# -- 2. a day-first numeric date with its glued Gregorian mark
def test_a_numeric_date_keeps_its_glued_gregorian_mark():
    got = _rows("ويبدأ الصرف يوم الأحد 24/10/1436هـ الموافق 9/8/2015م، بحسب البيان")
    assert ("9/8/2015م", "date", None, "2015-08-09") in got, got
    got = _rows("وأعلنت الشركة نتائجها بتاريخ 04/08/2015م في موقع تداول")
    assert ("04/08/2015م", "date", None, "2015-08-04") in got, got
    # neighbours: a spaced م and a word after the date stay outside it
    assert ("9/8/2015", "date", None, "2015-08-09") in _rows("وصدر القرار في 9/8/2015 م بحضور الأعضاء")
    assert ("9/8/2015", "date", None, "2015-08-09") in _rows("وعاد إلى 9/8/2015 مصر قادما من لندن")


# -- 3. a dual before the first and the second: the two are counted, then each ranked
@pytest.mark.parametrize("sentence,dual,first", [
    ("وانتهت الشركة من تنفيذ المرحلتين الأولى والثانية من المشروع", "المرحلتين", "الأولى"),
    ("وشارك النادي في النسختين الأولى والثانية من البطولة", "النسختين", "الأولى"),
    ("وتقدم الفريق بهدف في الشوطين الأول والثاني", "الشوطين", "الأول"),
])
def test_a_dual_rank_noun_before_the_first_and_the_second_is_counted(sentence, dual, first):
    got = _rows(sentence)
    assert (dual, "count", 2, "") in got, got
    assert (first, "ordinal", 1, "") in got, got


def test_ranks_that_do_not_start_at_the_first_and_units_stay_one_rank_pair():
    got = _rows("وجاء المنتخبان في المركزين الخامس والسادس")
    assert ("المركزين الخامس", "ordinal", 5, "") in got, got
    # a rank noun that is also a unit: burns of the first and second degree, no two degrees
    got = _rows("وأصيب العامل بحروق من الدرجتين الأولى والثانية في ساقيه")
    assert ("الدرجتين الأولى", "ordinal", 1, "") in got, got
    assert not [r for r in got if r[0] == "الدرجتين"], got


# -- 4. a bare number after an age word: an age in years
@pytest.mark.parametrize("sentence,surface,value", [
    ("وأوضح البيان أن الجاني البالغ من العمر (42) أطلق النار على شقيقه", "42", 42),
    ("وبدأ اللاعب مسيرته في سن مبكرة (17) مع نادي القرية", "17", 17),
    ("ويقتصر البرنامج على الموظفين فوق سن 55 من الجنسين", "55", 55),
    ("وكان الفنان الراحل يبلغ من العمر 81 حين توفي صباح أمس", "81", 81),
    ("وظهر موهبته وهو في عمر 12 مع فرقة المدرسة", "12", 12),
])
def test_a_bare_number_after_an_age_word_is_an_age(sentence, surface, value):
    assert (surface, "duration", value, "") in _rows(sentence), _rows(sentence)


def test_age_neighbours():
    # the name Omar before a count stays a count of goals
    got = _rows("وسجل عمر 5 أهداف في المباراة")
    assert ("5 أهداف", "count", 5, "") in got, got
    # an age before a percent: the age is read, the percent too
    got = _rows("وتقل نسبة المدخنين دون سن 18 عن 3%")
    assert ("18", "duration", 18, "") in got and ("3%", "percent", 3, "") in got, got
    # the first end of a range of ages is left to the range rules: one row from 15 to 20
    got = [(q["surface"], q["kind"], q["value"], q["value_end"]) for q in extract_quantities("ويستهدف البرنامج الفئة من سن 15 إلى 20 عاما")]
    assert got == [("15 إلى 20 عاما", "duration", 15, 20)], got


def test_an_age_with_its_unit_is_read_as_before():
    assert ("35 عاما", "duration", 35, "") in _rows("وقتل المواطن البالغ من العمر 35 عاما في الحادث")
    assert ("(11) عاماً", "duration", 11, "") in _rows("وأصيب ابنه البالغ من العمر (11) عاماً بجروح")


# -- 5. a cup round named by its number of teams in words: a label
@pytest.mark.parametrize("sentence,surface,value", [
    ("وودع المنتخب البطولة من دور الثمانية أمام منافسه العنيد", "دور الثمانية", 8),
    ("وتأهل اللاعب السعودي إلى دور الستة عشر من بطولة التنس", "دور الستة عشر", 16),
    ("وبلغ الفريق لدور الأربعة في البطولة العربية", "لدور الأربعة", 4),
])
def test_a_cup_round_in_words_is_a_label(sentence, surface, value):
    assert (surface, "label", value, "") in _rows(sentence), _rows(sentence)


@pytest.mark.parametrize("sentence,surface,value", [
    ("وقام الممثل بدور الثمانية في المسرحية الأخيرة", "الثمانية", 8),  # a role (بدور), not a round
    ("ولعب المدرب دور الثلاثة الكبار في الفريق", "الثلاثة", 3),  # three is no size of a knock-out round
])
def test_a_role_or_a_size_that_is_no_round_stays_a_count(sentence, surface, value):
    got = _rows(sentence)
    assert (surface, "count", value, "") in got, got


def test_a_numeric_date_glued_to_its_equivalent_word_is_read():
    got = _rows("وعقدت الجمعية يوم الثلاثاء 19/10/1436هـ الموافق04/08/2015م بمقر الشركة")
    assert ("04/08/2015م", "date", None, "2015-08-04") in got, got
    # neighbour: a date glued to another word stays a name's number, as before
    assert not [r for r in _rows("وأطلقت الشركة الإصدار ويندوز10/08/2015 للأجهزة") if r[1] == "date"]


# -- 6. a wish with ألف: no count of a thousand
def test_a_thousand_congratulations_is_no_count():
    assert _rows("وتمنى الحضور للعريس حياة سعيدة. تهانينا وألف مبارك") == []
    # neighbours: a thousand riyals given by a man named Mubarak is still money
    got = _rows("وتبرع مبارك بألف ريال للجمعية")
    assert any(r[1] == "money" and r[2] == 1000 for r in got), got


# -- 7. a bracketed number between a noun and a word of worth counts the noun's things
def test_a_bracketed_number_before_a_word_of_worth_counts():
    got = _rows("وبلغت مشاريع الطلاب المبتكرين (14) بقيمة (3.500.000) ريال، والمشاريع الناشئة (6) بقيمة (900.000) ريال")
    assert ("14", "count", 14, "") in got and ("6", "count", 6, "") in got, got
    # neighbours: list items after a colon or و stay list markers
    got = _rows("وتضم الباقات: (1) بقيمة 50 ريالا و(2) بقيمة 70 ريالا")
    assert ("(1)", "label", 1, "") in got and ("(2)", "label", 2, "") in got, got
