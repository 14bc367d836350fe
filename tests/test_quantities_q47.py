"""Session 36, helper q47 (time expressions): a clock time on a day said relative to the publication
(من مساء اليوم, صباح أمس) carries no day; the edge of a written year is a period also after a deadline
or a starting point (بحلول نهاية 2015, منذ بداية عام 2014). Sentences written for these tests."""
from __future__ import annotations

import pytest

from quantity_checks import assert_figure

from arnews.quantities import extract_quantities


# -- 1. a relative day after the part of the day: inside the time's span, no day in its date
@pytest.mark.parametrize("sentence,surface,date", [
    ("وأعلن الدفاع المدني أنه تلقى بلاغا عند الساعة الرابعة من عصر أمس", "الساعة الرابعة من عصر أمس", "T16:00"),
    ("ويطلق المركز حملته في الثامنة من مساء اليوم الأربعاء", "الثامنة من مساء اليوم", "T20:00"),
    ("وتستمر التقلبات الجوية حتى الساعة 5 من عصر اليوم", "الساعة 5 من عصر اليوم", "T17:00"),
    ("وفي تمام الساعة 12:08 ظهر اليوم تلقى مركز العمليات البلاغ", "الساعة 12:08 ظهر اليوم", "T12:08"),
])
def test_a_time_on_a_relative_day_has_no_day(sentence, surface, date):
    assert_figure(sentence, surface, published="2015-08-06", kind="time", date=date)


def test_neighbours_of_a_time_on_a_relative_day():
    # a day written after the time keeps its day (and its own date row)
    assert_figure("وتبدأ الفعالية في السابعة من مساء يوم 12 أغسطس الجاري", "السابعة من مساء", published="2015-08-06",
                  kind="time", date="2015-08-12T19:00")
    # a weekday said to be the next one is still dated from the publication (a day the text fixes)
    assert_figure("وتقلع الطائرة الساعة الثالثة من فجر يوم السبت المقبل", "الساعة الثالثة من فجر يوم السبت المقبل",
                  published="2015-08-04", kind="time", date="2015-08-08T03:00")
    # a time with no day word after it
    assert_figure("وتفتح الأبواب من الساعة 7 صباحا", "الساعة 7 صباحا", published="2015-08-06", kind="time", date="T07:00")
    # اليوم alone, with no time before it, is no figure
    assert not extract_quantities("وتعقد اللجنة اجتماعها مساء اليوم", published="2015-08-06")


# -- 2. the edge of a written year is a period, after a deadline or a starting point too
@pytest.mark.parametrize("sentence,surface,year", [
    ("وتتوقع الهيئة إنجاز 3000 وحدة سكنية بحلول نهاية 2016", "نهاية 2016", "2016"),
    ("وبلغ عدد المشتركين 9 ملايين مشترك بنهاية عام 2014", "بنهاية عام 2014", "2014"),
    ("وانطلقت المبادرة منذ بداية عام 2013م في المنطقة الشرقية", "بداية عام 2013م", "2013"),
    ("وتقرر تأجيل البطولة إلى نهاية عام 2017", "نهاية عام 2017", "2017"),
    ("ويجب تسليم المشروع قبل نهاية عام 2018", "نهاية عام 2018", "2018"),
])
def test_the_edge_of_a_year_after_a_deadline_is_a_period(sentence, surface, year):
    assert_figure(sentence, surface, kind="period", value=None, date=year)


def test_neighbours_of_the_edge_of_a_year():
    # a year alone after بحلول or منذ stays a year
    assert_figure("ويكتمل المشروع بحلول عام 2020", "عام 2020", kind="year", value=2020)
    assert_figure("وتعمل الشركة في السوق منذ 2009", "2009", kind="year", value=2009)
    # a range of years after the edge stays a range
    assert_figure("وارتفعت الأسعار من بداية 2013 إلى نهاية 2014", "2013 إلى نهاية 2014", kind="year_range",
                  date="2013/2014")
    # the end of a school year is no figure; the end of the coming year is a period of the next year
    assert not [q for q in extract_quantities("ويحتفل الطلاب في نهاية العام الدراسي", published="2015-08-06")
                if q["kind"] != "label"]


# -- 3. the edge of a year named from the publication (نهاية العام الحالي, مطلع العام المقبل) is no figure
@pytest.mark.parametrize("sentence", [
    "وتتوقع الشركة اكتمال التوسعة بحلول نهاية العام الحالي",
    "ويبدأ العمل بالنظام الجديد مطلع العام المقبل",
    "وشهدت البلاد فيضانات واسعة بداية العام الجاري",
])
def test_the_edge_of_a_relative_year_is_no_figure(sentence):
    assert [q for q in extract_quantities(sentence, published="2015-08-06") if q["kind"] != "label"] == []


def test_neighbours_of_the_edge_of_a_relative_year():
    # a written year after the edge, a month relative to the publication, a quarter of this year: still figures
    assert_figure("وتكتمل التوسعة بنهاية العام 2016", "بنهاية العام 2016", kind="period", date="2016")
    assert_figure("وارتفعت المبيعات في يونيو الماضي", "يونيو الماضي", published="2015-08-06", kind="period",
                  date="2015-06")
    assert_figure("ونما الإنتاج في الربع الأول من العام الجاري", "الربع الأول من العام الجاري", published="2015-08-06",
                  kind="period", date="2015-01/2015-03")


# -- 4. an age group is a duration, the age limit (تحت 17 عامًا), also after a team word
@pytest.mark.parametrize("sentence,surface,value", [
    ("وشارك اللاعب مع المنتخب السعودي تحت 17 عامًا في البطولة", "17 عامًا", 17),
    ("ويستضيف الاتحاد بطولة آسيا للناشئين تحت 16 سنة في الكويت", "16 سنة", 16),
    ("وتوج بلقب البطولة الأمريكية للملاعب الصلبة تحت 14 سنة", "14 سنة", 14),
])
def test_an_age_group_is_a_duration(sentence, surface, value):
    got = [(q["kind"], q["value"]) for q in extract_quantities(sentence) if surface in q["surface"]]
    assert got == [("duration", value)], got


def test_neighbours_of_an_age_group():
    # an age of people and a span of years keep their readings; a team's number is no age
    assert_figure("ويعيش معظم السكان دون 30 عاما من العمر", "دون 30 عاما", kind="duration", value=30, approx="less_than")
    assert_figure("وقضى في السجن 17 عاما", "17 عاما", kind="duration", value=17)
