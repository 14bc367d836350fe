"""Session 42, helper q61 (quantities other than ordinals and duals).  Sentences written for these tests.

- An index read at a level with no unit written (``ارتفع مؤشر الدولار إلى 97.41``, ``وآخر قراءة 49.6``,
  ``إلى مستوى 104``) is a measure in points, as both readers of blind31 and blind45 write it; not a number
  with its own noun, a label (``ستاندرد آند بورز 500``), a number cut from a longer one (``12،000``) or a
  number in another sentence than the index word.  A number right after مؤشر الدولار is the index's move
  (the scanner read الدولار 0.04 as money).
- A rise from one percentage to another (``ارتفع معدل البطالة من 5.1% إلى 5.4%``) is two figures, as a fall
  is (session 39) and as both readers of blind45 write it; a range word keeps the range (``تتراوح``,
  ``بنسبة``, ``بين``).
- A yearless day in an article with no dateline takes the year nearest its publication date when the
  article writes that year (``... في موسم 2015 ... في 12 سبتمبر``), not when its own paragraph writes
  another year, nor when the article writes none.
"""
from __future__ import annotations

import pandas as pd
import pytest

from arnews.quantities import extract_quantities
from arnews.quantities.table import quantities_table


def _rows(sentence):
    return [(q["surface"], q["kind"], q["value"], q["value_end"], q["unit"]) for q in extract_quantities(sentence)]


# -- index levels ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,surface,value", [
    ("وصعد مؤشر الدولار الذي يقيس أداء العملة الأمريكية أمام ست عملات رئيسة إلى 97.41 في التعاملات المبكرة",
     "97.41", 97.41),
    ("ومن المنتظر أن يصدر يوم الخميس مؤشر مديري المشتريات الصناعي الياباني وآخر قراءة 49.6 .", "49.6", 49.6),
    ("وصعد مؤشر ثقة المستهلكين الأمريكي إلى مستوى 104 خلال الشهر الماضي", "104", 104),
    ("وأنهى المؤشر العام للسوق تعاملات الأسبوع عند 8215 بعد جلسات متذبذبة", "8215", 8215),
])
def test_an_index_level_without_unit_is_a_measure_in_points(sentence, surface, value):
    assert (surface, "measure", value, None, "نقطة") in _rows(sentence)


@pytest.mark.parametrize("sentence,surface", [
    # a number with its own counted noun
    ("وأشار المؤشر إلى ارتفاع عدد المشتركين إلى 3500 مشترك خلال العام", "3500 مشترك"),
    # the index word in another sentence
    ("وتراجع المؤشر في الجلسة الأخيرة. ووصل عدد الزوار إلى 4200", "4200"),
    # no level word right before the number
    ("وقال محللون إن المؤشر سيبقى متذبذبا وإن 40 شركة أعلنت نتائجها", "40 شركة"),
])
def test_other_numbers_near_an_index_stay_counts(sentence, surface):
    assert any(r[0] == surface and r[1] == "count" for r in _rows(sentence)), _rows(sentence)


def test_a_number_after_the_dollar_index_is_its_move_in_points():
    rows = _rows("وفي آخر التعاملات تراجع مؤشر الدولار 0.12 إلى 96.85 أمام سلة العملات")
    assert ("0.12", "measure", 0.12, None, "نقطة") in rows, rows
    assert ("96.85", "measure", 96.85, None, "نقطة") in rows, rows
    # a price of the dollar stays money
    rows = _rows("واستقر سعر الدولار عند 3.75 ريال في السوق المحلية")
    assert any(r[1] == "money" and r[2] == 3.75 for r in rows), rows


def test_an_index_named_by_its_number_stays_a_label():
    rows = _rows("وارتفع مؤشر ستاندرد آند بورز 500 بنسبة طفيفة")
    assert not any(r[1] == "measure" for r in rows), rows


def test_a_number_cut_from_a_longer_one_is_left_as_read():
    rows = _rows("وقال المحلل إن كسر المؤشر مستوى 12،000 نقطة يعني موجة هبوط جديدة")
    assert not any(r[0] == "12" and r[1] == "measure" for r in rows), rows


# -- a rise from one percentage to another --------------------------------------------------------------

@pytest.mark.parametrize("sentence,first,second", [
    ("وارتفع معدل البطالة في منطقة اليورو من 5.1% إلى 5.4% خلال الربع الثاني", ("5.1%", 5.1), ("5.4%", 5.4)),
    ("وقالت الشركة إنها رفعت حصتها في السوق المحلية من 18 في المائة إلى 23 في المائة",
     ("18 في المائة", 18), ("23 في المائة", 23)),
    ("وزادت نسبة السعوديين العاملين في القطاع الخاص \"في المنشآت الكبيرة\" من 31 في المئة إلى 37 في المئة",
     ("31 في المئة", 31), ("37 في المئة", 37)),
])
def test_a_rise_from_one_percentage_to_another_is_two_figures(sentence, first, second):
    rows = _rows(sentence)
    assert (first[0], "percent", first[1], None) in [r[:4] for r in rows], rows
    assert (second[0], "percent", second[1], None) in [r[:4] for r in rows], rows


@pytest.mark.parametrize("sentence,surface,lo,hi", [
    ("وتتراوح نسبة الزيادة المتوقعة من 4% إلى 6% بحسب القطاع", "4% إلى 6%", 4, 6),
    ("وتراوحت الزيادة في الرسوم من 10% إلى 20% في معظم المدارس", "10% إلى 20%", 10, 20),
    ("وارتفعت أسعار الإيجارات بنسبة من 5% إلى 8% في الأحياء الشمالية", "5% إلى 8%", 5, 8),
    ("وتقدر حصة الاستثمار الأجنبي من 15% إلى 25% من رأس المال", "15% إلى 25%", 15, 25),
    # a change word in an earlier clause
    ("وارتفعت الأرباح، ويتوقع أن تبلغ الحصة من 10% إلى 15% في العام المقبل", "10% إلى 15%", 10, 15),
])
def test_a_range_of_percentages_stays_one_row(sentence, surface, lo, hi):
    assert (surface, "percent", lo, hi) in [r[:4] for r in _rows(sentence)], _rows(sentence)


# -- the publication year of a yearless day -------------------------------------------------------------

def _dates(paragraphs, published):
    df = pd.DataFrame({"article_id": ["a"] * len(paragraphs), "paragraph": list(range(len(paragraphs))),
                       "role": ["title"] + ["body"] * (len(paragraphs) - 1), "text": paragraphs})
    arts = pd.DataFrame({"article_id": ["a"], "published": [published], "language": ["ar"]})
    q = quantities_table(df, arts)
    return {(s, d) for s, k, d in zip(q["surface"], q["kind"], q["date"]) if k in ("date", "period", "time")}


def test_a_yearless_day_takes_the_publication_year_the_article_writes():
    dates = _dates(["المنتخب يستعد للتصفيات",
                    "ويخوض المنتخب مباراته الأولى في 12 سبتمبر على ملعب الأمير فيصل",
                    "وتأتي المباراة ضمن تصفيات موسم 2015 المؤهلة إلى النهائيات"], "2015-08-06")
    assert ("12 سبتمبر", "2015-09-12") in dates, dates


def test_a_yearless_stretch_and_a_december_day_take_the_nearest_year():
    dates = _dates(["معرض الكتاب",
                    "وتقام الدورة الجديدة من 22 إلى 30 أغسطس، ثم يفتتح المعرض الثاني في 20 يناير",
                    "وكانت الدورة الماضية قد أقيمت في 2015 و2016 بنجاح"], "2015-12-20")
    assert ("22 إلى 30 أغسطس", "2015-08-22/2015-08-30") in dates, dates
    assert ("20 يناير", "2016-01-20") in dates, dates


def test_a_yearless_day_stays_yearless_when_the_article_writes_no_year():
    dates = _dates(["المنتخب يستعد", "ويخوض المنتخب مباراته الأولى في 12 سبتمبر على ملعب الأمير فيصل"], "2015-08-06")
    assert ("12 سبتمبر", "--09-12") in dates, dates


def test_a_yearless_day_stays_yearless_beside_another_year_in_its_paragraph():
    dates = _dates(["ذكرى الحادثة",
                    "ووقعت الحادثة عام 1993 في الرابع من يوليو أثناء الاحتفالات",
                    "وتعود الجمعية إلى إحياء الذكرى في 2015 كما كل عام"], "2015-08-10")
    assert ("الرابع من يوليو", "--07-04") in dates, dates
