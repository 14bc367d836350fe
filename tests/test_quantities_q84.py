"""Golden tests for quantities, session 55 task q84 (issue 13): figures of sport reports and numbered
items, frequent constructions.

Every sentence here was written for these tests in the style of Saudi news (no corpus text); each
figure is asserted on its span, kind, value and unit, with the neighbours that must NOT match."""
from __future__ import annotations

from quantity_checks import assert_figure, assert_no_figure


# -- a goal's minute in brackets after its scorer: an ordinal of minutes, as الدقيقة 23 is; also two
# minutes in one bracket with a penalty phrase, after a dual of goals (بهدفين لفلان (76))
def test_goal_minutes_in_a_scorers_list_are_ordinal_minutes():
    s = ("وفاز الفريق بثلاثة أهداف للمهاجم سامي الخالدي (12) والبرازيلي ماركوس (33 و58 من ركلة جزاء) "
         "مقابل هدفين لعبدالله الغامدي (40) والمغربي يوسف العلمي (81).")
    for minute in ("12", "33", "58", "40", "81"):
        assert_figure(s, minute, kind="ordinal", value=int(minute), unit="دقيقة")
    s = "وتعادل الأهلي مع ضيفه بهدفين لناصر الحربي (27) وفيصل العنزي (66)، ليقتسما نقاط اللقاء."
    assert_figure(s, "27", kind="ordinal", value=27, unit="دقيقة")
    assert_figure(s, "66", kind="ordinal", value=66, unit="دقيقة")
    assert_figure("وأضاف اللاعب سعد الهدف الثاني ( 74).", "74", kind="ordinal", value=74, unit="دقيقة")
    # nasty neighbours: a bracketed count before its noun, after a function word, a goal of an aim (بهدف تدريب), an article
    assert_figure("وسجل الفريق (3) أهداف في المباراة", "(3) أهداف", kind="count", value=3)
    assert_figure("أقيمت الدورة بهدف تدريب الشباب، واستفاد منها (45) متدربا.", "(45) متدربا", kind="count", value=45)
    assert_figure("وسجل المخالف بحسب المادة (12) من النظام", "(12)", kind="label", value=12)
    # a number after a name in a report with no goal word is no minute
    assert_no_figure("وتوفي الشاب محمد (25) في الحادث", "25")


# -- the Saudi Press Agency's reversed decimal in a clock time: الساعة 45ر07 is 07:45 (minutes first)
def test_a_reversed_decimal_after_the_hour_word_is_a_clock_time():
    s = "وارتفع سعر الخام إلى 52.40 دولارا للبرميل بحلول الساعة 45ر07 بتوقيت جرينتش."
    assert_figure(s, "الساعة 45ر07 بتوقيت جرينتش", kind="time", date="T07:45")
    assert_figure("وصعد الذهب عند الساعة 05ر10 صباحا", "الساعة 05ر10 صباحا", kind="time", date="T10:05")
    # nasty neighbours: the same decimal mark in a share or a measure is a decimal (7ر10 = 10.7)
    assert_figure("وتراجعت المبيعات بنسبة 45ر07%", "45ر07%", kind="percent", value=7.45)
    assert_figure("وارتفع المؤشر 45ر07 نقطة", "45ر07 نقطة", kind="measure", value=7.45)


# -- a share with its number alone in brackets: بنسبة (4.8) في المائة is a percentage, not a count
def test_a_bracketed_number_before_the_percent_word_is_a_percentage():
    assert_figure("وسجل القطاع نموا بنسبة (6.3) في المائة خلال العام", "(6.3) في المائة", kind="percent", value=6.3)
    assert_figure("وارتفع عدد المراكز بزيادة بلغت (42) بالمائة", "(42) بالمائة", kind="percent", value=42)
    # nasty neighbours: a bracketed count before its noun, a bracketed amount
    assert_figure("وشارك (42) طالبا في البرنامج", "(42) طالبا", kind="count", value=42)
    assert_figure("بتكلفة بلغت (42) مليون ريال", "(42) مليون ريال", kind="money", value=42000000)


# -- a definite rank noun then digits then a counted noun: the digits count the noun (وشملت هذه المرحلة
# 540 عملية), as the readers write it; الجولة 5 alone stays an ordinal, and a minute stays a minute
def test_digits_between_a_rank_noun_and_a_counted_noun_count_the_noun():
    assert_figure("وشملت هذه المرحلة 540 عملية توزيع في المحافظات", "540 عملية", kind="count", value=540, unit="عملية")
    assert_figure("ويشارك في الدورة 28 متدربا من منسوبي الوزارة", "28 متدربا", kind="count", value=28, unit="متدرب")
    # nasty neighbours
    assert_figure("وتقام مباريات الجولة 5 من الدوري يوم الخميس", "الجولة 5", kind="ordinal", value=5)
    assert_figure("وغادر اللاعب الملعب في الدقيقة 72 مصابا", "الدقيقة 72", kind="ordinal", value=72, unit="دقيقة")


# -- a score or a part number after a name, N-M: one label, not a label and a count of M
def test_a_score_after_a_team_name_is_one_label():
    s = "نتائج الجولة: النصر x الهلال 3-9 , الشباب x الاتفاق 4-3"
    assert_no_figure(s, "9")
    assert_figure(s, "الهلال 3-9", kind="label", value=3)
    assert_figure("الأمن الفكري ومسؤولية المجتمع 1 - 2", "المجتمع 1 - 2", kind="label", value=1)
    # nasty neighbour: days of a month after a label word stay a date
    assert_figure("ويعقد المنتدى في الفترة الموافق 8 – 10 من شهر نوفمبر", "10 من شهر نوفمبر", kind="date")
