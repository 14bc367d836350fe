"""Session 40, helper q56 (coordinated months): two months sharing a plural relative word, the second with a و
glued to it (يونيو ومايو الماضيين), are two periods of one month each; after بين two months joined by و are one
period from the first to the second (بين شباط وحزيران من عام 2012).  Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities

PUB = "2015-08-03"


def _periods(sentence):
    return [(q["surface"], q["value"], q["date"]) for q in extract_quantities(sentence, published=PUB)
            if q["kind"] == "period"]


@pytest.mark.parametrize("sentence,rows", [
    ("وارتفعت مبيعات الوكالة في أبريل ومارس الماضيين بنسبة طفيفة",
     [("أبريل", 1, "2015-04"), ("ومارس الماضيين", 1, "2015-03")]),
    ("وسجلت الهيئة تراجعا في تشرين الأول/أكتوبر وأيلول/سبتمبر الماضيين",
     [("تشرين الأول/أكتوبر", 1, "2014-10"), ("وأيلول/سبتمبر الماضيين", 1, "2014-09")]),
    ("ومن المقرر أن يفتتح المعرض في نوفمبر وديسمبر المقبلين",
     [("نوفمبر", 1, "2015-11"), ("وديسمبر المقبلين", 1, "2015-12")]),
    ("وتقام الدورة خلال شهري كانون الأول وكانون الثاني المقبلين",
     [("كانون الأول", 1, "2015-12"), ("وكانون الثاني المقبلين", 1, "2016-01")]),
])
def test_two_months_share_a_plural_relative_word(sentence, rows):
    assert _periods(sentence) == rows


@pytest.mark.parametrize("sentence,row", [
    ("وأجرت اللجنة المراجعة بين آذار (مارس) وتموز (يوليو) من عام 2013.", ("آذار (مارس) وتموز (يوليو) من عام 2013", 5, "2013-03/2013-07")),
    ("وأقيمت المسابقة بين شهري أبريل ومايو الماضيين في جدة", ("شهري أبريل ومايو الماضيين", 2, "2015-04/2015-05")),
    ("وتنظم الجولات بين سبتمبر ونوفمبر 2016 في عدة مدن", ("سبتمبر ونوفمبر 2016", 3, "2016-09/2016-11")),
])
def test_between_two_months_is_one_period(sentence, row):
    assert _periods(sentence) == [row]


@pytest.mark.parametrize("sentence", [
    "وتجول الوفد في شارع ويونيو الماضيين",  # no month before the و-word
    "وقال إن مايو ويونيو أشهر الصيف",  # no relative word, no year
    "بين يونيو ويوليو تشتد الحرارة",  # بين without a year or relative word
    "ومايو الماضي شهد ارتفاعا",  # one month, singular relative word: the و-word alone is not read
])
def test_must_not_read(sentence):
    assert not [r for r in _periods(sentence) if r[0].startswith("و")]
    assert not [r for r in _periods(sentence) if "/" in r[2]]


def test_first_month_with_its_own_year_keeps_it():
    # يونيو 2014 ومايو الماضيين: the first month has a year; the second is not read as sharing a relative word
    assert _periods("وقارن التقرير بين أرقام يونيو 2014 ومايو الماضيين") == [("يونيو 2014", 1, "2014-06")]
