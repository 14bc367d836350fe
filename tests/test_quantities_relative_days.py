"""Golden tests: days of a month named from the publication date (issue 13, session 30).

Saudi news writes a day of this, the next or the last month without naming the month:
``يوم 14 الجاري``, ``يومي 14 و17 الجاري``, ``الخامس عشر من الشهر الجاري``, ``3 من الشهر المقبل``,
``الرابع عشر من الشهر الماضي``. Each is a date whose month (and year) come from the publication
date. Every sentence here was written for these tests (no corpus text)."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure

PUB = "2015-08-04"


def test_a_day_followed_by_al_jari_is_a_day_of_the_month_of_publication():
    assert_figure("وتبدأ محاكمة المتهمين يوم 14 الجاري في المحكمة الجزائية", "14 الجاري", PUB,
                  kind="date", date="2015-08-14", calendar="gregorian")
    assert_figure("تأجيل الجلسة إلى 25 الحالي بطلب من الدفاع", "25 الحالي", PUB, kind="date", date="2015-08-25")


def test_two_days_of_the_current_month():
    # the dual يومي before two consecutive days: one stretch holding exactly those days (يومي 18 و19 أغسطس)
    assert_figure("وتقام الفعاليات يومي 14 و15 الجاري في الحديقة العامة", "يومي 14 و15 الجاري", PUB,
                  kind="date", date="2015-08-14/2015-08-15")
    # ... before two days apart: two days, one row each (a stretch 14-17 would claim the days between; the
    # quantity guide and both readers of blind35 write two rows)
    got = [(q["surface"], q["date"]) for q in extract_quantities("وتقام الفعاليات يومي 14 و17 الجاري في الحديقة العامة",
                                                                 published=PUB) if q["kind"] == "date"]
    assert got == [("يومي 14", "2015-08-14"), ("17 الجاري", "2015-08-17")]
    got = [q["date"] for q in extract_quantities("تقام المباريات يومي 10 و12 أغسطس 2015", published=PUB)]
    assert got == ["2015-08-10", "2015-08-12"]
    got = [q["date"] for q in extract_quantities("يومي 3 و5 ذي القعدة 1436", published=PUB)]
    assert got == ["2015-08-18", "2015-08-20"]
    got = [q["date"] for q in extract_quantities("يومي 3 و4 ذي القعدة 1436", published=PUB)]
    assert got == ["2015-08-18/2015-08-19"]
    # no dual: two dates, one row each
    got = [(q["surface"], q["date"]) for q in extract_quantities("وتعقد الجلستان في 14 و17 الجاري", published=PUB)
           if q["kind"] == "date"]
    assert got == [("14", "2015-08-14"), ("17 الجاري", "2015-08-17")]


def test_a_day_of_the_next_or_last_month_written_in_digits():
    assert_figure("ويبدأ التسجيل في 3 من الشهر المقبل عبر البوابة", "3 من الشهر المقبل", PUB,
                  kind="date", date="2015-09-03")
    assert_figure("وكان الحادث قد وقع في 28 من الشهر الماضي على الطريق الدولي", "28 من الشهر الماضي", PUB,
                  kind="date", date="2015-07-28")
    # the year rolls over with the month
    assert_figure("ويفتتح المعرض في 5 من الشهر المقبل", "5 من الشهر المقبل", "2015-12-20", kind="date",
                  date="2016-01-05")
    assert_figure("وصدر القرار في 20 من الشهر الماضي", "20 من الشهر الماضي", "2016-01-03", kind="date",
                  date="2015-12-20")


def test_an_ordinal_day_of_a_month_named_from_the_publication_date():
    assert_figure("وتنطلق البطولة في الخامس عشر من الشهر الجاري بمشاركة عشرة أندية", "الخامس عشر من الشهر الجاري",
                  PUB, kind="date", date="2015-08-15")
    assert_figure("وأعلنت الهيئة أن الموسم يبدأ في العاشر من الشهر المقبل", "العاشر من الشهر المقبل", PUB,
                  kind="date", date="2015-09-10")
    assert_figure("وكانت الشرطة قد أوقفته في الرابع عشر من الشهر الماضي", "الرابع عشر من الشهر الماضي", PUB,
                  kind="date", date="2015-07-14")
    # two days joined by و are two rows (QUANTITY_GUIDE: "two days joined by `و` are two rows"; q71)
    assert_figure("وتعقد الجولتان في الثاني والخامس من الشهر المقبل", "والخامس من الشهر المقبل", PUB,
                  kind="date", date="2015-09-05")
    assert_figure("وتعقد الجولتان في الثاني والخامس من الشهر المقبل", "الثاني", PUB,
                  kind="date", date="2015-09-02")


def test_without_a_publication_date_the_day_is_a_date_without_a_value():
    assert_figure("تأجيل المحاكمة إلى 16 الجاري", "16 الجاري", kind="date", date="")


def test_nasty_neighbours_of_the_current_month():
    # a day that the month of publication does not have: no date
    got = [(q["surface"], q["kind"]) for q in extract_quantities("وتبدأ المرحلة يوم 31 الجاري", published="2015-09-02")]
    assert ("31 الجاري", "date") not in got
    # a year with الجاري stays a year; an amount before العام الجاري stays money
    assert_figure("وارتفعت الأرباح خلال العام 2015 الجاري", "العام 2015", PUB, kind="year")
    assert_figure("بلغت الإيرادات 14 مليون ريال العام الجاري", "14 مليون ريال", PUB, kind="money", value=14000000)
    # a month named after the day keeps its own month
    assert_figure("يوم 14 أغسطس الجاري", "14 أغسطس الجاري", "2015-09-30", kind="date", date="2015-08-14")
