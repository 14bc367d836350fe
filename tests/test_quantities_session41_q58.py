"""Session 41, helper q58 (quantities other than duals).  Sentences written for these tests.

- A clock time whose phrase names a weekday after أمس/غد carries that day (the guide: "only when its own
  sentence or line gives it by a date or a weekday"): من صباح أمس الجمعة, من ظهر غد (الجمعة); so does a written
  date after يوم + weekday (يوم الأحد بتاريخ 17/10/1436هـ).  A day said from the publication alone (من مساء
  اليوم) still gives none (session 36), nor اليوم + weekday (test_quantities_q47), nor a bare يوم السبت (the
  readers split).
- Years before the Christian era (``1258 قبل الميلاد``, ``2494- 2345 قبل الميلاد``) are years and ranges of
  years, not counts.
- السابق after a month or a year is the past one (``يونيو السابق``, ``الربع الأول من العام السابق``).
"""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


def _times(sentence, published):
    return [(q["surface"], q["date"]) for q in extract_quantities(sentence, published=published) if q["kind"] == "time"]


@pytest.mark.parametrize("sentence,published,row", [
    # أمس + weekday: the day before the publication (a Saturday's paper: Friday)
    ("وأوضح المتحدث أنه عند الحادية عشرة والنصف من صباح أمس الجمعة تعرض مركز حدودي لقذائف",
     "2015-08-01", ("الحادية عشرة والنصف من صباح أمس الجمعة", "2015-07-31T11:30")),
    ("وباشرت فرق الإطفاء البلاغ في تمام الساعة 16:40 من مساء أمس الاثنين في حي النسيم",
     "2015-08-04", ("الساعة 16:40 من مساء أمس الاثنين", "2015-08-03T16:40")),
    # a paper dated two days after the day said: أمس, the weekday one day before it
    ("وتلقت غرفة العمليات بلاغا عند الساعة الثالثة من عصر أمس الثلاثاء عن حريق في مستودع",
     "2015-08-06", ("الساعة الثالثة من عصر أمس الثلاثاء", "2015-08-04T15:00")),
    # غد + weekday
    ("وتنطلق القافلة عند الساعة السابعة من صباح غد (الخميس) من مقر الجمعية",
     "2015-08-05", ("الساعة السابعة من صباح غد (الخميس)", "2015-08-06T07:00")),
])
def test_a_weekday_in_the_time_phrase_gives_the_day(sentence, published, row):
    assert row in _times(sentence, published)


@pytest.mark.parametrize("sentence,published,row", [
    # a day said from the publication alone: in the span, no day (session 36)
    ("ويلاقي الفريق نظيره الكويتي عند الساعة السادسة من مساء اليوم على ملعب المدينة",
     "2015-08-04", ("الساعة السادسة من مساء اليوم", "T18:00")),
    # اليوم + a weekday: left undated as the readers of blind27, 32 and 33 and test_quantities_q47 have it
    ("ويلاقي الفريق نظيره الكويتي عند الساعة السادسة من مساء اليوم (الثلاثاء) على ملعب المدينة",
     "2015-08-04", ("الساعة السادسة من مساء اليوم", "T18:00")),
    # a bare يوم + weekday: the readers split (blind28 and 34 leave it undated, blind41 dates it): left undated
    ("وذكرت الشرطة أنها تلقت اتصالا عند الساعة الثامنة من صباح يوم السبت من أحد الجيران",
     "2015-08-10", ("الساعة الثامنة من صباح", "T08:00")),
    # a weekday further than a day from the day word (أمس الأحد in a Saturday's paper): no day guessed
    ("وقال إن الحادث وقع عند الساعة الثانية من فجر أمس الأحد قرب الطريق",
     "2015-08-01", ("الساعة الثانية من فجر أمس", "T02:00")),
])
def test_no_day_without_a_weekday_that_fits(sentence, published, row):
    assert row in _times(sentence, published)


def test_a_weekday_then_a_hijri_date_dates_the_time():
    sentence = "وعقدت الجمعية العامة اجتماعها في تمام الساعة 17:30 يوم الأحد بتاريخ 17/10/1436هـ بمقر الشركة"
    assert _times(sentence, "2015-08-05") == [("الساعة 17:30", "2015-08-02T17:30")]


@pytest.mark.parametrize("sentence,surface,want", [
    ("ويعود القصر إلى عصر الدولة الوسطى (نحو 1991- 1802 قبل الميلاد) بحسب البعثة",
     "1991- 1802 قبل الميلاد", dict(kind="year_range", value=1991, value_end=1802, date="-1991/-1802")),
    ("وأسست المدينة عام 332 قبل الميلاد على ساحل البحر",
     "عام 332 قبل الميلاد", dict(kind="year", value=332, date="-332")),
    ("وحكم الملك البلاد بين عامي 1290 و1224 قبل الميلاد",
     "1224 قبل الميلاد", dict(kind="year", value=1224, date="-1224")),
    ("وحكم الملك البلاد بين عامي 1290 و1224 قبل الميلاد",
     "عامي 1290", dict(kind="year", value=1290, date="-1290")),
])
def test_years_before_the_era(sentence, surface, want):
    assert_figure(sentence, surface, **want)


@pytest.mark.parametrize("sentence,surface,want", [
    # no قبل الميلاد: a count, and a later year is no range backwards
    ("وبلغ عدد الزوار 1250 زائرا قبل افتتاح المعرض", "1250 زائرا", dict(kind="count", value=1250)),
    # a count of years before the era stays a duration
    ("وعرف الإنسان الملح قبل 4500 سنة قبل الميلاد", "4500 سنة", dict(kind="duration", value=4500)),
])
def test_not_years_before_the_era(sentence, surface, want):
    assert_figure(sentence, surface, **want)


def test_a_later_second_end_is_no_range_before_the_era():
    got = [(q["surface"], q["kind"]) for q in extract_quantities("وبلغ المؤشر 300- 450 قبل الميلاد المزعوم")]
    assert ("300- 450 قبل الميلاد", "year_range") not in got


@pytest.mark.parametrize("sentence,surface,date", [
    ("وكان المدرب قد استقال من منصبه في أبريل السابق بعد خسارة النهائي", "أبريل السابق", "2015-04"),
    ("وارتفع عدد الوظائف خلال شهر يوليو السابق بنسبة طفيفة", "شهر يوليو السابق", "2015-07"),
    ("وانخفضت الأرباح عما كانت عليه في الربع الثاني من العام السابق", "الربع الثاني من العام السابق",
     "2014-04/2014-06"),
])
def test_previous_month_or_year(sentence, surface, date):
    assert_figure(sentence, surface, published="2015-08-05", kind="period", date=date)


def test_the_former_holder_is_no_period():
    # السابق after a person: the former one, no figure
    assert_no_figure("وقال الرئيس السابق للنادي إن الفريق يستحق الدعم", "السابق", published="2015-08-05")
    # the edge of a year said from the publication stays no figure (as نهاية العام الماضي)
    assert_no_figure("وارتفعت الأسعار منذ نهاية العام السابق بنسبة كبيرة", "نهاية العام السابق", published="2015-08-05")


@pytest.mark.parametrize("sentence,surface,want", [
    # an age between slashes used as brackets: the unit between them
    ("وأكدت الصحيفة أن النادي يسعى لضم المهاجم 28/ عاما/ قبل نهاية فترة الانتقالات",
     "28/ عاما", dict(kind="duration", value=28, unit="سنة")),
    ("وأحرز اللاعب 14/ هدفا/ في الموسم الماضي", "14/ هدفا", dict(kind="count", value=14)),
])
def test_a_unit_between_slashes(sentence, surface, want):
    assert_figure(sentence, surface, **want)


def test_slashes_of_a_date_or_a_number_are_not_brackets():
    assert_figure("وصدر القرار في 12/ 9/ 2015 بعد الاجتماع", "12/ 9/ 2015", kind="date", date="2015-09-12")
    got = [(q["surface"], q["kind"]) for q in extract_quantities("وبلغ عمره 28/ عاما في تلك الفترة")]
    assert ("28/ عاما", "duration") not in got  # no closing slash: not a bracket


@pytest.mark.parametrize("sentence,surface,unit", [
    # a ت- noun ending in ة is no verb (تغريدة, تذكرة)
    ("ولم ينشر الوزير سوى تغريدة واحدة طوال الأسبوع الماضي", "تغريدة واحدة", "تغريدة"),
    ("ويحق لكل مشجع شراء تذكرة واحدة فقط من المنفذ", "تذكرة واحدة", "تذكرة"),
    # a ت- nisba adjective between the noun and واحدة (تدريبية is no verb)
    ("واكتفى المدرب بحصة تدريبية واحدة قبل السفر إلى الدمام", "بحصة تدريبية واحدة", "حصة"),
])
def test_one_after_a_noun_shaped_like_a_verb(sentence, surface, unit):
    assert_figure(sentence, surface, kind="count", value=1, unit=unit)


@pytest.mark.parametrize("sentence,surface", [
    ("وتبقى واحدة من أهم القضايا المطروحة", "واحدة"),  # a verb: "one of"
    ("وتقول واحدة من الأمهات إن المدرسة بعيدة", "واحدة"),
    ("وأكد أن للكلمتين معنى واحد في اللغة", "معنى واحد"),  # "the same meaning": م- ى nouns stay out
    ("ويلعب الفريقان على مستوى واحد هذا الموسم", "مستوى واحد"),
])
def test_one_after_a_verb_or_the_same(sentence, surface):
    assert_no_figure(sentence, surface)


@pytest.mark.parametrize("sentence,surface,date", [
    ("وانطلقت الفعاليات في ثاني أيام عيد الفطر المبارك بحضور المحافظ", "ثاني أيام عيد الفطر", "2015-07-18"),
    ("وغادر الفريق إلى المعسكر في رابع ايام عيد الفطر", "رابع ايام عيد الفطر", "2015-07-20"),
    ("وتقام المباراة الافتتاحية أول أيام عيد الأضحى", "أول أيام عيد الأضحى", "2015-09-23"),
])
def test_a_day_of_eid(sentence, surface, date):
    assert_figure(sentence, surface, published="2015-08-05", kind="date", date=date)


def test_other_festival_days_keep_their_ordinal():
    assert_figure("وتركزت الحركة في خامس أيام مهرجان التمور ببريدة", "خامس", published="2015-08-05",
                  kind="ordinal", value=5)
    got = [q["kind"] for q in extract_quantities("وسافر الوفد في ثالث أيام العيد إلى القاهرة", published="2015-08-05")]
    assert "date" not in got  # العيد alone: which feast is not said
