"""Session 47's review of the merged quantities rules (review50): each case failed on the merged code before the
lead's mends.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def _rows(text, published=""):
    return [(q["surface"], q["kind"], q["value"], q["date"], q["approx"])
            for q in extract_quantities(text, published=published)]


@pytest.mark.parametrize("published", ["2015-02-30", "0000-00-00", "2015-13-01", "2099-01-01"])
def test_a_publication_date_no_calendar_reads_dates_nothing_and_breaks_nothing(published):
    rows = _rows("وأقيم الحفل غرة ذي القعدة العام الماضي وفي 21 سبتمبر من العام الماضي", published)
    assert [(r[0], r[3]) for r in rows] == [("غرة ذي القعدة", ""), ("21 سبتمبر", "--09-21")]


def test_a_real_publication_date_still_dates_them():
    rows = _rows("وأقيم الحفل غرة ذي القعدة العام الماضي وفي 21 سبتمبر من العام الماضي", "2015-08-10")
    assert [r[3] for r in rows] == ["2014-08-27", "2014-09-21"]


def test_a_limit_before_the_next_figure_is_that_figures():
    rows = _rows("وتبلغ الغرامة 1000 ريال وبحد أقصى 5000 ريال")
    assert [(r[0], r[4]) for r in rows] == [("1000 ريال", ""), ("وبحد أقصى 5000 ريال", "less_than")]
    assert [(r[0], r[4]) for r in _rows("ويمنح الموظف 30 يوما بحد أقصى للإجازة")] == [("30 يوما بحد أقصى", "less_than")]


@pytest.mark.parametrize("sentence,surface,value", [
    ("تأهلت المنتخبات الأربعة الأسبوع الماضي إلى النهائيات", "المنتخبات الأربعة", 4),
    ("وصل الخمسة اليوم إلى جدة", "الخمسة", 5),
])
def test_a_number_before_a_singular_time_word_is_no_duration(sentence, surface, value):
    assert [r[:3] for r in _rows(sentence)] == [(surface, "count", value)]


def test_a_number_before_a_plural_time_word_still_is():
    assert [r[:3] for r in _rows("خلال الثلاثة الأيام الأولى من الشهر")] == [("الثلاثة الأيام", "duration", 3)]


@pytest.mark.parametrize("sentence,surface,kind,value", [
    ("أنشئ في الثمانينات مسجد عمر بن الخطاب في الحي", "الثمانينات", "year_range", 1980),  # عمر a name
    ("منذ التسعينات سن المجلس نظاما جديدا", "التسعينات", "year_range", 1990),  # سن *enacted*
    ("ويقبل البرنامج المتقدمين حتى سن الخمسينات", "الخمسينات", "duration", 50),
    ("وتوفي وهو في الستينات من العمر", "الستينات", "duration", 60),
])
def test_an_age_decade_needs_an_age_word(sentence, surface, kind, value):
    assert [r[:3] for r in _rows(sentence)] == [(surface, kind, value)]


def test_the_feminine_year_word_takes_its_own_adjectives():
    rows = _rows("وفي 21 سبتمبر من السنة الماضية اجتمع المجلس", "2015-05-01")
    assert [(r[0], r[3]) for r in rows] == [("21 سبتمبر من السنة الماضية", "2014-09-21")]
