"""Golden tests for quantities, round 43 of issue 13 (branch q43): error classes pooled over the
development sets blind21-37 (both readers) and pages19-22.

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- 1. a feminine dual of a noun after a dual and its adjectives is a second pair (noun_duals.py)
def test_noun_dual_after_a_dual_and_its_adjective():
    s = "وضبطت الدوريات في حملتين منفصلتين محاولتين لتهريب كميات من الأسلحة عبر الحدود"
    assert_figure(s, "حملتين", kind="count", value=2)
    assert_figure(s, "محاولتين", kind="count", value=2)
    s = "وأسفرت الغارة عن تدمير مدفعين ثقيلين وسيارتين مدرعتين تابعتين للمليشيات"
    assert_figure(s, "مدفعين", kind="count", value=2)
    assert_figure(s, "وسيارتين", kind="count", value=2)


def test_nasty_neighbours_of_noun_duals():
    # adjectives of the dual stay out: their masculine form is common
    got = extract_quantities("وأجرى الفريق الطبي عمليتين جراحيتين متتاليتين للمصاب")
    assert [q["surface"] for q in got] == ["عمليتين"], got
    got = extract_quantities("وتابع الحضور المحاضرة ساعتين كاملتين دون توقف")
    assert [q["surface"] for q in got] == ["ساعتين"], got
    assert_no_figure("ونفذت الإدارة عمليتين ناجحتين هذا الشهر", "ناجحتين")


# -- 2. a sovereign's number after عبد الله or a foreign name in hamza-alif is part of the name (ordinals.py)
def test_sovereign_numbers_are_no_figures():
    assert_no_figure("واستقبل العاهل الأردني الملك عبد الله الثاني بن الحسين وزير الخارجية أمس", "الثاني")
    assert_no_figure("وبعثت الملكة إليزابيث الثانية برقية تهنئة إلى الرئيس", "الثانية")
    assert_no_figure("وكان الملك عبدالله الثاني قد استقبل الوفد في عمان", "الثاني")


def test_nasty_neighbours_of_sovereign_numbers():
    # a definite noun after the title is still ranked
    assert_figure("ووصل الملك إلى المدرسة الثانية في الحي", "المدرسة الثانية", kind="ordinal", value=2)
    assert_figure("وافتتح الأمير المرحلة الأولى من المشروع", "المرحلة الأولى", kind="ordinal", value=1)



# -- 3. digits in brackets before the same amount in words gloss it: the words are the figure (labels.py)
def test_bracketed_digits_before_words_are_a_gloss():
    s = "ووقعت الشركة عقدا بمبلغ (12.5) اثنا عشر مليون وخمسمائة ألف ريال مع المقاول"
    got = [q for q in extract_quantities(s) if q["kind"] != "label"]
    assert [(q["kind"], q["value"]) for q in got] == [("money", 12500000)], got
    s = "وضبط رجال الجمارك كمية بلغت (45.300) خمسة وأربعين ألفا وثلاثمائة حبة"
    got = [q for q in extract_quantities(s) if q["kind"] != "label"]
    assert [(q["kind"], q["value"]) for q in got] == [("count", 45300)], got


def test_nasty_neighbours_of_bracketed_glosses():
    # digits before a scale word count its thousands; before a noun they count it
    assert_figure("وخصصت الوزارة مبلغ (300) ألف ريال للمشروع", "(300) ألف ريال", kind="money", value=300000)
    assert_figure("وأصيب في الحادث (23) شخصا بجروح", "(23) شخصا", kind="count", value=23)
    # a bracketed count after a gloss pair keeps its own reading
    got = extract_quantities("ونتج عن الحادث وفاة (15) خمسة عشر شخصا وإصابة (33) ( شفاهم الله )")
    assert ("count", 33) in [(q["kind"], q["value"]) for q in got], got
