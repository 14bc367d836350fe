"""Session 47, q68: a lone tatweel glued before a year is a dash, not a minus sign (``للعام ـ1436هـ``);
limit words say ``less_than`` (``أقصاها``, ``بحد أقصى``, ``كحد أقصى`` after the figure, ``لا يتعدى``);
``ميليمتر`` is a millimetre; ``بعد ظهر`` (in construct, without the article) is the afternoon.
Sentences written for these tests, with the neighbours that must not change."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure


def _rows(text, published=""):
    return [(q["surface"], q["kind"], q["value"], q["date"], q["approx"])
            for q in extract_quantities(text, published=published)]


# -- tatweel_signs
def test_tatweel_before_a_hijri_year_is_no_minus():
    rows = _rows("وأعلنت الجامعة مواعيد القبول للعام الدراسي ـ1437هـ للطلاب المستجدين")
    assert [r[:3] for r in rows] == [("1437هـ", "year", 1437)]


def test_tatweel_before_a_gregorian_year_is_no_minus():
    rows = _rows("وتستمر الخطة حتى عام ـ2020 وفق ما أعلنته الوزارة")
    assert not any(v is not None and v < 0 for _, _, v, _, _ in rows)
    assert any(k == "year" and v == 2020 for _, k, v, _, _ in rows)


def test_a_real_minus_sign_stays_negative():
    rows = _rows("وتوقعت الأرصاد أن تنخفض درجات الحرارة إلى -5 درجات في المرتفعات")
    assert ("-5 درجات", "measure", -5) in [r[:3] for r in rows]


def test_tatweel_dash_of_a_range_keeps_the_range():
    rows = _rows("وتقام الفعاليات من 3 ـ 6 أغسطس في الرياض")
    assert [(r[1], r[3]) for r in rows] == [("date", "--08-03/--08-06")]


# -- limit words (quantity_markers.csv)
def test_aqsaha_before_the_figure_is_at_most():
    rows = _rows("ونص النظام على غرامة أقصاها 200 ألف ريال لكل مخالف")
    assert [(r[1], r[2], r[4]) for r in rows] == [("money", 200000, "less_than")]


def test_limit_after_the_figure_is_at_most():
    rows = _rows("ويحق للمتقدم الاعتراض خلال 15 يوما كحد أقصى من تاريخ الإشعار")
    assert [(r[1], r[2], r[4]) for r in rows] == [("duration", 15, "less_than")]
    rows = _rows("وتسلم الوحدات للمستفيدين خلال 90 يوما بحد أقصى")
    assert [(r[1], r[2], r[4]) for r in rows] == [("duration", 90, "less_than")]


def test_la_yataadda_is_at_most():
    rows = _rows("وأكد أن نسبة الزيادة لا تتعدى 3% خلال العام")
    assert [(r[1], r[2], r[4]) for r in rows] == [("percent", 3, "less_than")]


def test_aqsa_without_its_pronoun_is_no_limit_word():
    # أقصى + a noun ("the furthest north", "top speed") says no limit on the figure after it
    rows = _rows("وبلغت السيارة أقصى سرعة 250 كلم في الساعة")
    assert [(r[1], r[2], r[4]) for r in rows] == [("measure", 250, "")]
    rows = _rows("وصل الفريق إلى أقصى الشمال بعد 3 أيام")
    assert [(r[1], r[2], r[4]) for r in rows] == [("duration", 3, "")]


# -- units.csv
def test_milimetre_spelled_with_ya():
    rows = _rows("ويأتي الهاتف الجديد بسماكة 7.2 ميليمتر ووزن خفيف")
    assert [(r[0], r[1], r[2]) for r in rows] == [("7.2 ميليمتر", "measure", 7.2)]


# -- time_of_day: بعد ظهر
def test_after_noon_in_construct_is_pm_and_dated_by_its_weekday():
    rows = _rows("وأوضح المتحدث أن البلاغ ورد عند الساعة الثالثة والنصف بعد ظهر أمس الخميس", published="2015-08-07")
    assert [(r[1], r[3]) for r in rows] == [("time", "2015-08-06T15:30")]


def test_after_noon_of_today_stays_undated():
    rows = _rows("وتنطلق المباراة الساعة الرابعة بعد ظهر اليوم على ملعب النادي", published="2015-08-07")
    assert [(r[1], r[3]) for r in rows] == [("time", "T16:00")]


def test_after_noon_without_a_clock_time_is_no_figure():
    assert _rows("ويبدأ استقبال الطلبات بعد ظهر يوم الأحد في مقر الإدارة") == []


# -- glued_percents
def test_percent_glued_to_the_word_before_is_a_share():
    rows = _rows("وفي المقابل قال7٪ من المشاركين إنهم لا ينوون السفر هذا الصيف")
    assert [(r[0][:2], r[1], r[2]) for r in rows] == [("7٪", "percent", 7)]
    rows = _rows("وارتفعت نسبة الإشغال في فنادق المنطقة إلى85% خلال الإجازة")
    assert [(r[0], r[1], r[2]) for r in rows] == [("85%", "percent", 85)]


def test_glued_digits_without_the_sign_stay_a_name():
    assert not any(k == "percent" for _, k, _, _, _ in _rows("وشارك المنتخب في بطولة خليجي22 بالرياض"))
    assert not any(k == "percent" for _, k, _, _, _ in _rows("وسجلت الوزارة إصابات جديدة بكورونا19 في المنطقة"))


# -- year_said: a day whose year is said from the publication date after its month
def test_day_of_last_year_takes_the_year_before():
    rows = _rows("وسيطرت الجماعة على المدينة في الحادي والعشرين من سبتمبر من العام الماضي", published="2015-08-10")
    assert [(r[1], r[3]) for r in rows] == [("date", "2014-09-21")]
    rows = _rows("وأطلقت الشركة خدمتها في 12 مارس (آذار) العام الماضي", published="2015-08-10")
    assert [(r[1], r[3]) for r in rows] == [("date", "2014-03-12")]


def test_day_of_this_and_next_year():
    rows = _rows("وتنتهي أعمال التوسعة في 30 يناير من العام المقبل", published="2015-08-10")
    assert [(r[1], r[3]) for r in rows] == [("date", "2016-01-30")]
    rows = _rows("وبدأ التشغيل التجريبي في 4 مايو من العام الحالي", published="2015-08-10")
    assert [(r[1], r[3]) for r in rows] == [("date", "2015-05-04")]


def test_hijri_day_of_last_year_takes_the_hijri_year_before():
    rows = _rows("وبدأ تطبيق النظام في غرة رجب العام الماضي", published="2015-08-10")
    assert [(r[1], r[3]) for r in rows] == [("date", "2014-04-30")]


def test_a_year_word_qualified_by_another_word_gives_no_year():
    rows = _rows("ويبدأ التسجيل في 20 سبتمبر من العام الدراسي المقبل", published="2015-08-10")
    assert [(r[1], r[3]) for r in rows] == [("date", "--09-20")]
    rows = _rows("وأقيم الحفل في 3 مايو، والعام الماضي شهد حفلا مماثلا", published="2015-08-10")
    assert [(r[1], r[3]) for r in rows] == [("date", "--05-03")]


# -- definite_spans: الثلاثة الأيام (a definite number before a definite time noun)
def test_definite_number_before_definite_time_noun_is_a_duration():
    rows = _rows("وتكثفت عمليات البحث خلال الأربعة الأيام الأولى من البلاغ")
    assert [(r[0], r[1], r[2]) for r in rows] == [("الأربعة الأيام", "duration", 4)]
    rows = _rows("وأقرت الجمعية خطتها للخمسة الأعوام المقبلة")
    assert [(r[0], r[1], r[2]) for r in rows] == [("للخمسة الأعوام", "duration", 5)]


def test_definite_number_before_a_definite_person_noun_is_unchanged():
    rows = _rows("وتم تكريم الثلاثة الفائزين في المسابقة")
    assert [(r[0], r[1], r[2]) for r in rows] == [("الثلاثة", "count", 3)]
    rows = _rows("وخلال الأيام الثلاثة الماضية هطلت الأمطار")
    assert [(r[0], r[1], r[2]) for r in rows] == [("الأيام الثلاثة", "duration", 3)]


# -- age decades (lead decision 2026-12-06, guide `duration`): a decade of a person's age is a duration of years
def test_an_age_decade_is_a_duration_and_a_calendar_decade_is_not():
    assert_figure("وتوفي الفنان وهو في الستينات من عمره بعد صراع مع المرض", "الستينات", kind="duration", value=60,
                  value_end=69)
    assert_figure("ويقبل البرنامج المتقدمين حتى سن الخمسينات", "الخمسينات", kind="duration", value=50)
    assert_figure("وانتشرت الأغنية في الخمسينات من القرن الماضي", "الخمسينات من القرن الماضي", kind="year_range", value=1950)
