"""q83 (issue 13): numeric date shapes the date finder missed.

* Day, month and year joined by dashes with spaces around them (``15 - 8 - 1436هـ``, ``24 - 10 - 2011``,
  ``20-10- 1436هـ``) are one date, as the same shape with slashes; the two separators are one character (``2 ـ 4 -
  6 - 1436هـ`` stays no date), and a day-month before إلى (``من 26-4 إلى 11-5 -1437``) gives no first day.
* في right before a spaced three-part Hijri date without هـ (``في 18/ 12/1435``) says a date comes, as a day word.

Every sentence here was written for these tests in the style of Saudi news (no corpus text)."""
from arnews.quantities import extract_quantities
from quantity_checks import assert_figure


def _dates(sentence):
    return [(q["surface"], q["date"]) for q in extract_quantities(sentence) if q["kind"] == "date"]


def test_spaced_dashes_write_a_hijri_date():
    s = "وأقر المجلس النظام بموجب قرار مجلس الشورى رقم (31 - 12) وتاريخ 15 - 8 - 1436هـ، بعد دراسته"
    assert_figure(s, "15 - 8 - 1436هـ", kind="date", date="2015-06-02", calendar="hijri")
    s = "وتستمر المطابقة حتى نهاية دوام يوم الأحد 1- 11-1436هـ في جميع الفروع"
    assert_figure(s, "1- 11-1436هـ", kind="date", date="2015-08-16", calendar="hijri")
    s = "ويبدأ التسجيل للنساء يوم الأربعاء 4 -11-1436 وحتى نهاية الأسبوع"
    assert_figure(s, "4 -11-1436", kind="date", date="2015-08-19", calendar="hijri")


def test_spaced_dashes_write_a_gregorian_date():
    s = "وقال المتحدث في بيان صدر بتاريخ 16 - 07 - 2015م، إن اللجنة ستجتمع قريبا"
    assert_figure(s, "16 - 07 - 2015م", kind="date", date="2015-07-16", calendar="gregorian")
    s = "التاريخ: 24 - 10 - 2011"
    assert_figure(s, "24 - 10 - 2011", kind="date", date="2011-10-24")


def test_a_stretch_of_days_before_a_dashed_date():
    s = "وتقام منافسات الدرجة الأولى خلال الفترة من 20 إلى 29 - 5 -1437 في ملاعب المنطقة"
    assert_figure(s, "20 إلى 29 - 5 -1437", kind="date", date="2016-02-29/2016-03-09", calendar="hijri")


def test_dashed_neighbours_that_are_no_date():
    # a day-month before إلى: its month is no first day of a stretch
    s = "وتقام بطولة الكأس في الفترة من 26-4 إلى 11-5 -1437 ثم تبدأ بطولة النخبة"
    assert not any("إلى" in surface for surface, _ in _dates(s))
    # two separators: a range of days before a dashed date is not read as a date with the first day
    s = "واجتمع المجلس خلال الفترة من 2 ـ 4 - 6 - 1436هـ في الرياض"
    assert not any(surface.startswith("2 ـ") for surface, _ in _dates(s))
    # a score and a ratio stay
    s = "وانتهت المباراة بفوز الهلال 3 - 1 على ضيفه في الجولة الثانية"
    assert _dates(s) == []


def test_spaced_slashes_after_fi_write_a_hijri_date():
    # في right before a spaced three-part date without هـ says a date comes (as a day word does)
    s = "وقد تسلمت البلدية المشروع في 18/ 12/1435 بعد استكمال جميع الأعمال"
    assert_figure(s, "18/ 12/1435", kind="date", date="2014-10-12", calendar="hijri")
    s = "وصدر النظام بموجب المرسوم الملكي في 20 / 3 / 1432 ثم عدل لاحقا"
    assert_figure(s, "20 / 3 / 1432", kind="date", date="2011-02-23", calendar="hijri")


def test_spaced_slashes_without_a_date_cue_stay():
    # no day word, no في, no هـ: the spaced numbers of a decision stay as they were
    s = "وأشار إلى القرار رقم 3 / 4 / 1436 الصادر عن اللجنة"
    assert not any(q["kind"] == "date" for q in extract_quantities(s))
