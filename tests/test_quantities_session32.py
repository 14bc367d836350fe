"""Golden tests for the quantity fixes of session 32 (the lead, after the held-out blind36 was scored):
a rank number in brackets after its rank noun, a dash range of one scale shown in reverse order, and
nights as a unit of time.

Every sentence here was written for these tests in the style of Arabic news (no corpus text)."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure


def test_a_rank_in_brackets_after_its_rank_noun():
    assert_figure("وتراجع المنتخب إلى المركز (92) في التصنيف الشهري", "المركز (92)", kind="ordinal", value=92)
    assert_figure("وتقدم المنتخب إلى المركز 93 عالميا", "المركز 93", kind="ordinal", value=93)
    # neighbours: a count after the brackets, a percentage, an article of a law
    qs = extract_quantities("وأنشأ المركز (3) فروع جديدة في المنطقة")
    assert [(q["kind"], q["value"]) for q in qs] == [("count", 3)]
    assert [q["kind"] for q in extract_quantities("وبلغت نسبة الإشغال في المركز (93%) خلال الموسم")] == ["percent"]
    assert [q["kind"] for q in extract_quantities("وتنص المادة (3) من النظام على ذلك")] == ["label"]


def test_a_dash_range_of_one_scale_shown_in_reverse():
    # 55-50 ألف: a right-to-left display of 50-55 ألف; the scale applies to both ends, low end first
    assert_figure("وتراوحت المبيعات الشهرية بين 55-50 ألف سيارة", "55-50 ألف سيارة", kind="count", value=50000,
                  value_end=55000)
    assert_figure("ويقدر العجز بنحو 20-5 مليون ريال", "بنحو 20-5 مليون ريال", kind="money", value=5000000,
                  value_end=20000000, approx="about")
    assert_figure("وبيع ما بين 50-55 ألف سيارة", "50-55 ألف سيارة", kind="count", value=50000, value_end=55000)
    # neighbours: a year before a scaled number, a score
    qs = extract_quantities("وفي عام 2014-2 مليون زائر للمعرض")
    assert ("year", 2014) in [(q["kind"], q["value"]) for q in qs]
    assert [(q["kind"], q["value"], q["value_end"]) for q in extract_quantities("وانتهت المباراة 3-1")] == [("label", 3, 1)]


def test_nights_are_a_unit_of_time():
    assert_figure("وأقام الوفد 3 ليالٍ في الفندق", "3 ليالٍ", kind="duration", value=3, unit="ليلة")
    assert_figure("وأمضى المسافرون ليلتين في المطار", "ليلتين", kind="duration", value=2, unit="ليلة")
    assert not extract_quantities("وأحيا المصلون ليلة القدر في المسجد الحرام")
