"""Session 42, helper q62 (the number scanner).  Sentences written for these tests.

- An Arabic comma between digit groups of exactly three is a thousands separator (``11،000 نقطة``,
  ``1،250،000 ريال``); not a list (``1، 2، 3``, ``5،12``), nor numbers after a word naming several numbered
  things (``الآيتان: 120،121``).
- Dot groups of three then a dot and one or two digits are thousands then decimals (``1.452.36 نقطة``),
  not before a scale word (left as read) nor a date (``3.8.2015``).
- A comma before four or five digits is a decimal comma (``1,1240 دولار``); a comma before three is thousands.
- A noun of change in the accusative (``حققت نمواً من 20% إلى 35%``) makes من X إلى Y two figures; a range
  word keeps the range.
- A four-digit index level read as a year (``ارتفع المؤشر العام إلى 2091``) is a level in points when the
  index moved or closed there; not ``يهدف المؤشر إلى 2030`` nor a sentence with another year.
"""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def _rows(sentence):
    return [(q["surface"], q["kind"], q["value"], q["value_end"], q["unit"]) for q in extract_quantities(sentence)]


# -- Arabic comma as thousands separator ------------------------------------------------------------------

@pytest.mark.parametrize("sentence,row", [
    ("وأغلق مؤشر السوق الرئيسية عند 11،000 نقطة في ختام تداولات الأسبوع",
     ("11،000 نقطة", "measure", 11000, None, "نقطة")),
    ("ورصدت البلدية لمشروع الحديقة ميزانية قدرها 1،250،000 ريال هذا العام",
     ("1،250،000 ريال", "money", 1250000, None, "ريال سعودي")),
    ("واستقبل المعرض خلال أيامه الخمسة 23،480 زائرا من داخل المملكة وخارجها",
     ("23،480 زائرا", "count", 23480, None, "زائر")),
])
def test_an_arabic_comma_before_three_digits_is_a_thousands_separator(sentence, row):
    assert row in _rows(sentence)


@pytest.mark.parametrize("sentence,bad", [
    ("ونصت المواد 1، 2، 3 من اللائحة على شروط التسجيل", 1002),
    ("وتقع الوحدات في المربعات 5،12 من المخطط المعتمد", 512),
    ("واستشهد الخطيب بسورة البقرة الآيتان: 120،121 في خطبته", 120121),
])
def test_a_list_with_arabic_commas_is_not_joined(sentence, bad):
    values = [r[2] for r in _rows(sentence)]
    assert bad not in values and not any(isinstance(v, (int, float)) and v > 1000 for v in values), _rows(sentence)


# -- dot groups then decimals; a comma before four digits ------------------------------------------------

def test_dot_groups_then_two_digits_are_thousands_then_decimals():
    assert ("1.452.36 نقطة", "measure", 1452.36, None, "نقطة") in _rows(
        "وأنهى مؤشر السوق جلسته عند 1.452.36 نقطة بارتفاع طفيف")
    assert ("36.418.250.75 ريال", "money", 36418250.75, None, "ريال سعودي") in _rows(
        "وبلغت تكلفة إنشاء المستشفى 36.418.250.75 ريال بحسب العقد")


def test_dot_groups_before_a_scale_word_and_dates_are_not_joined():
    assert all(r[2] != 2451.6 * 1e9 and r[2] != 2451.6 for r in _rows("وبلغت قيمة القروض 2.451.6 مليار ريال"))
    assert all(r[1] == "date" for r in _rows("وانطلقت الفعاليات في 3.8.2015 بمشاركة واسعة"))


def test_a_comma_before_four_digits_is_a_decimal_comma():
    assert ("1,1240 دولار", "money", 1.124, None, "دولار") in _rows(
        "وتراجع اليورو 0,4 بالمئة أمام العملة الأمريكية إلى 1,1240 دولار")
    assert ("1,240 دولار", "money", 1240, None, "دولار") in _rows("ووصل سعر الأوقية إلى 1,240 دولار")


# -- an accusative noun of change ------------------------------------------------------------------------

def test_an_accusative_noun_of_change_makes_two_figures():
    rows = _rows("وحققت صادرات الشركة نمواً من 20% إلى 35% خلال خمس سنوات")
    assert ("20%", "percent", 20, None, "") in rows and ("35%", "percent", 35, None, "") in rows, rows
    rows = _rows("وشهدت أسعار الأعلاف ارتفاعاً من 12% إلى 18% في الربع الأول")
    assert ("12%", "percent", 12, None, "") in rows, rows


def test_a_range_word_keeps_the_range_after_an_accusative_noun():
    assert ("4% إلى 6%", "percent", 4, 6, "") in _rows("ويتوقع البنك نمواً بنسبة من 4% إلى 6% العام المقبل")


# -- a four-digit index level ----------------------------------------------------------------------------

def test_a_four_digit_index_level_read_as_a_year_is_a_level():
    assert ("2091", "measure", 2091, None, "نقطة") in _rows("وارتفع المؤشر العام إلى 2091 في ختام تعاملات الأمس")
    assert ("1987", "measure", 1987, None, "نقطة") in _rows("وأغلق مؤشر ستاندرد آند بورز عند 1987 بعد جلسة متقلبة")


@pytest.mark.parametrize("sentence,year", [
    ("ويهدف المؤشر إلى 2030 بوصفه موعدا لتحقيق المستهدفات", 2030),
    ("وتراجع المؤشر في 2013 ثم عاد إلى 2014 مع تحسن الأسواق", 2014),
    ("وارتفع مؤشر الشفافية حتى عام 2016 بعد الإصلاحات", 2016),
])
def test_a_year_near_an_index_stays_a_year(sentence, year):
    assert ("year", year) in [(r[1], r[2]) for r in _rows(sentence)], _rows(sentence)
