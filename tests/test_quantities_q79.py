"""q79 (issue 13): the classes still lost on held-out sets.  A year before 1800 named by a year word
(``في عام 1583``, ``سنة 622 م``) is a ``year``, not a count (``old_years``)."""
from quantity_checks import assert_figure, assert_no_figure


def test_an_old_year_after_a_year_word():
    s = "ويعد القصر من أقدم المباني في المدينة إذ شيد في عام 1652 وما يزال قائما حتى اليوم"
    assert_figure(s, "عام 1652", kind="year", value=1652, date="1652")
    s = "وهاجر الرسول صلى الله عليه وسلم إلى المدينة المنورة سنة 622 م بعد سنوات من الدعوة"
    assert_figure(s, "سنة 622 م", kind="year", value=622)
    s = "ويرجع تأسيس المكتبة إلى العام 1745م في مدينة فيينا"
    assert_figure(s, "العام 1745م", kind="year", value=1745)
    s = "وتعود المخطوطة لعام 1312 ميلادية وتضم مئة ورقة"
    assert_figure(s, "لعام 1312 ميلادية", kind="year", value=1312)


def test_what_an_old_year_word_frame_does_not_make_a_year():
    # a counted noun after the number: a count of its own
    assert_figure("وشارك في الحملة هذا العام 250 متطوعا من مختلف المناطق", "250 متطوعا", kind="count", value=250)
    assert_figure("وبلغ عدد الزوار هذا العام 600 زائر يوميا", "600 زائر", kind="count", value=600)
    assert_figure("وربح المؤشر خلال العام 744 نقطة", "744 نقطة", kind="measure", value=744)
    # two digits: a sports season or a count, not a year
    assert_figure("وضم الفريق عام 15 لاعبا جديدا", "15 لاعبا", kind="count", value=15)
    # a Hijri century written bare: not read as a Gregorian year
    assert_no_figure("وتأسست البلدية عام 1376، ثم تغير اسمها", "عام")
    assert_figure("وتأسست البلدية عام 1376، ثم تغير اسمها", "1376", kind="count")
    # a range or a pair: left to the rules of ranges (Hijri here)
    assert_figure("ويغطي الكتاب الأحداث من سنة 922 إلى سنة 928هـ", "922", kind="count")
