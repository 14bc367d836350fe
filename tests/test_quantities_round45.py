"""Golden tests for quantities, round 45 (branch q45): error classes pooled over every dev set
(blind19-38 with both readers, pages19-22), the largest classes where the readers agree first.

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- 1. a clock time with its time zone keeps the clock as written (no ``Z``); the zone is the unit.
#    All 14 gold rows of times before بتوقيت جرينتش (blind25, 26, 32, 34, both readers) write T06:23.
@pytest.mark.parametrize("sentence,surface,date,zone", [
    ("وارتفع سعر الذهب إلى 1090 دولارا للأوقية بحلول الساعة 0715 بتوقيت جرينتش", "الساعة 0715 بتوقيت جرينتش", "T07:15", "GMT"),
    ("وسجل خام برنت 49 دولارا للبرميل في الساعة 13:40 بتوقيت غرينتش", "الساعة 13:40 بتوقيت غرينتش", "T13:40", "GMT"),
    ("وتنطلق المباراة الساعة التاسعة مساء بتوقيت مكة المكرمة", "الساعة التاسعة مساء بتوقيت مكة المكرمة", "T21:00", "AST"),
    ("ووصلت الطائرة نحو الساعة 2:15 ظهرا بالتوقيت المحلي", "الساعة 2:15 ظهرا بالتوقيت المحلي", "T14:15", "local"),
])
def test_a_zoned_clock_time_keeps_the_clock(sentence, surface, date, zone):
    assert_figure(sentence, surface, kind="time", date=date, unit=zone)


def test_neighbours_of_zoned_clock_times():
    # a four-digit number before a zone only when it is a clock: 2575 is no time
    s = "وبلغ عدد الرحلات 2575 بتوقيت جرينتش"
    assert not [q for q in extract_quantities(s) if q["kind"] == "time"]
    # a plain time has no unit
    assert_figure("ويبدأ الدوام الساعة 7:30 صباحا", "الساعة 7:30 صباحا", kind="time", date="T07:30", unit="")
    # the year of a zoned price is not touched
    assert_figure("وهبط المؤشر 1.2% بحلول الساعة 1015 بتوقيت جرينتش", "1.2%", kind="percent", value=1.2)


# -- 2. a decade is a year_range of ten years (16 of the 22 gold decade rows of blind21-35); after an
#    edge word (نهاية, مطلع, أواخر, منتصف) a period from the edge word, as the guide has a year's edges
@pytest.mark.parametrize("sentence,surface,y1", [
    ("وانتشرت هذه المدارس في خمسينيات القرن الماضي في مدن المملكة", "خمسينيات القرن الماضي", 1950),
    ("وكان الفريق بطلا للدوري في السبعينيات", "السبعينيات", 1970),
    ("ويعود بناء السوق إلى الثلاثينات من القرن العشرين", "الثلاثينات من القرن العشرين", 1930),
])
def test_a_decade_is_a_year_range(sentence, surface, y1):
    assert_figure(sentence, surface, kind="year_range", value=y1, value_end=y1 + 9, date=f"{y1}/{y1 + 9}")


@pytest.mark.parametrize("sentence,surface,y1", [
    ("وهاجرت العائلة إلى الخليج في أواخر الستينيات بحثا عن العمل", "أواخر الستينيات", 1960),
    ("وتأسس النادي منتصف التسعينات في حي صغير", "منتصف التسعينات", 1990),
    ("وعاد الشاعر إلى بلده مطلع الثمانينيات", "مطلع الثمانينيات", 1980),
])
def test_the_edge_of_a_decade_is_a_period(sentence, surface, y1):
    assert_figure(sentence, surface, kind="period", value=None, date=f"{y1}/{y1 + 9}")


def test_neighbours_of_decades():
    assert_figure("وازدهر الفن في الستينيات والسبعينيات", "والسبعينيات", kind="year_range", value=1970)
    # an age decade: a duration of years 30-39 (lead decision 2026-12-06, guide `duration`; was no figure)
    assert_figure("وأصيبت امرأة في الثلاثينات من عمرها", "الثلاثينات", kind="duration", value=30, value_end=39)
    assert_no_figure("وأسس المسجد في الثمانينيات الهجرية", "الثمانينيات")  # a Hijri decade
    assert_figure("وقال الرجل الخمسيني إنه فقد أوراقه", "الخمسيني", kind="duration", value=50)  # a decade age


# -- 3. a clock time before a written day: the time carries the day, and the day is a date row of its own
#    (pages19-22: الساعة 7:30 + يوم 23 يوليو 2025, five times; blind31 both readers: الساعة 18:00 + its date)
@pytest.mark.parametrize("sentence,time,tdate,day,ddate", [
    ("وفي الساعة 9:30 من صباح يوم 14 مارس 2024، افتتح المحافظ المستشفى الجديد",
     "الساعة 9:30 من صباح", "2024-03-14T09:30", "14 مارس 2024", "2024-03-14"),
    ("وانطلقت القافلة في الساعة الخامسة فجر يوم 3 مايو نحو الحدود", "الساعة الخامسة فجر", "--05-03T05:00", "3 مايو", "--05-03"),
    ("ويبدأ استقبال الطلبات الساعة 10 من يوم 2 سبتمبر 2015", "الساعة 10", "2015-09-02T10:00", "2 سبتمبر 2015", "2015-09-02"),
])
def test_a_time_and_its_written_day_are_two_rows(sentence, time, tdate, day, ddate):
    assert_figure(sentence, time, kind="time", date=tdate)
    assert_figure(sentence, day, kind="date", date=ddate)


def test_neighbours_of_a_time_and_its_day():
    # a weekday alone after the time: one time row, no date row
    got = extract_quantities("ووقع الحادث عند الساعة السابعة من صباح يوم السبت قرب الجسر")
    assert [(q["surface"], q["kind"]) for q in got] == [("الساعة السابعة من صباح", "time")]
    # today after a part of the day stays inside the time (session 36: no day from the publication date)
    assert_figure("وتنطلق الحملة في الساعة 8 من مساء اليوم", "الساعة 8 من مساء اليوم", published="2015-08-05",
                  kind="time", date="T20:00")
    # the next weekday after a time keeps its one row
    assert_figure("وتقلع الطائرة الساعة الثالثة من فجر يوم السبت المقبل", "الساعة الثالثة من فجر يوم السبت المقبل",
                  published="2015-08-04", kind="time", date="2015-08-08T03:00")


# -- 4. a dateline's dates and clock times are rows of the table, role "dateline" (the guide: "figures in
#    datelines and bylines count"; every SPA article of blind19-38 and every page of pages19-22 has them in
#    its gold); the rest of the line is no figure, and the body still takes its year from the dateline
def test_dateline_dates_are_rows_of_their_role():
    import pandas as pd
    from arnews.quantities import quantities_table

    paragraphs = pd.DataFrame([
        {"article_id": "x", "paragraph": 0, "role": "title", "text": "افتتاح معرض الكتاب"},
        {"article_id": "x", "paragraph": 1, "role": "dateline", "text": "جدة 12 ذو القعدة 1436 هـ الموافق 27 أغسطس 2015 م واس"},
        {"article_id": "x", "paragraph": 2, "role": "body", "text": "افتتح المحافظ المعرض يوم 26 أغسطس بمشاركة 300 دار نشر."},
        {"article_id": "y", "paragraph": 0, "role": "dateline", "text": "هانوي، 14/03/2026"},
        {"article_id": "y", "paragraph": 1, "role": "byline", "text": "كتبه 3 محررين"},
    ])
    articles = pd.DataFrame([{"article_id": a, "language": "ar"} for a in "xy"])
    df = quantities_table(paragraphs, articles)
    dl = df[df.role == "dateline"]
    assert list(zip(dl.article_id, dl.kind, dl.date)) == [
        ("x", "date", "2015-08-27"), ("x", "date", "2015-08-27"), ("y", "date", "2026-03-14")]
    assert dl.calendar.tolist() == ["hijri", "gregorian", "gregorian"]
    body = df[df.role == "body"]
    assert body.date.tolist()[0] == "2015-08-26"  # the yearless day takes the dateline's year
    assert "byline" not in set(df.role) and "محررين" not in " ".join(df.surface)


def test_a_dispatch_line_without_a_date_gives_no_row():
    import pandas as pd
    from arnews.quantities import quantities_table

    paragraphs = pd.DataFrame([
        {"article_id": "x", "paragraph": 0, "role": "dateline", "text": "الرياض – واس"},
        {"article_id": "x", "paragraph": 1, "role": "body", "text": "وصل 40 حاجا إلى المدينة."},
    ])
    df = quantities_table(paragraphs, pd.DataFrame([{"article_id": "x", "language": "ar"}]))
    assert df.role.tolist() == ["body"]
