"""Golden tests for quantities, round 32 of issue 13 (branch q32): error classes pooled over the dev sets
blind19-30 (blind30 read first) and fixed only where a class recurs in at least three of them.

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- a bare number shares the unit written once after the next number of a list or a change
#    (shared_units.py, from branch q31-shared-units)
def test_a_bare_number_shares_the_unit_of_the_next_figure():
    got = extract_quantities("وتتراوح مدد القروض بين 3 و6 و9 سنوات حسب الفئة")
    assert [(q["surface"], q["kind"], q["value"]) for q in got] == [
        ("3", "duration", 3), ("6", "duration", 6), ("9 سنوات", "duration", 9)]
    assert_figure("وتراجع معدل البطالة من 6.2 إلى 5.8 في المائة خلال العام", "6.2", kind="percent", value=6.2)
    assert_figure("وخفضت الشركة سعر الباقة من 90 إلى 75 ريالا", "90", kind="money", value=90)
    # nasty neighbour: years of a reign before قبل الميلاد stay apart, no unit shared
    got = extract_quantities("وحكم الملك بين عامي 1290 و1224 قبل الميلاد")
    assert not any(q["kind"] in ("duration", "percent", "money") for q in got)


# -- the bare word واحد as the first end of a range whose second end is written in digits
def test_one_in_words_opens_a_range():
    assert_figure("ويتوقع الخبراء نموا يتراوح بين واحد و2.5 في المائة هذا العام", "بين واحد و2.5 في المائة",
                  kind="percent", value=1, value_end=2.5)
    assert_figure("وتصل الغرامة من واحد إلى 3 ملايين ريال", "من واحد إلى 3 ملايين ريال",
                  kind="money", value=1000000, value_end=3000000)
    # nasty neighbours: واحد of "one of them" before a bare number, and واحد before a word, stay no range
    assert_no_figure("ولم يفرق القاضي بين واحد و3 منهم في الحكم", "بين واحد")
    assert_no_figure("وانتقل الحديث من واحد إلى آخر دون توقف", "واحد")


# -- a construct dual before a quoted name or two numbered models (quoted_duals.py)
def test_a_construct_dual_before_a_quoted_name_or_two_models():
    assert_figure("وتأجل تسليم حاملتي «ميسترال» إلى البحرية", "حاملتي", kind="count", value=2, unit="حاملة")
    assert_figure("وأوقفت الشركة دعم نظامي “ويندوز 7″ و”ويندوز 8″ نهائيا", "نظامي", kind="count", value=2,
                  unit="نظام")
    assert_figure("وتشغل الناقلة طائرات من طرازي 320 و321 على الخطوط الداخلية", "طرازي", kind="count", value=2,
                  unit="طراز")
    # nasty neighbours: years after عامي are the year rules' (no count of years), a family name after a
    # given name, and a nisba adjective before a quote are no duals
    got = extract_quantities("وتراجعت الأسعار في عامي 2009 و2012 بشكل حاد")
    assert not any(q["kind"] == "count" for q in got), got
    assert_no_figure("واجتمع خالد وعبدالله سجيني \"رحمه الله\" بالأعيان", "سجيني")
    assert_no_figure("ونشر البيان عبر موقع إلكتروني «رسمي» للوزارة", "إلكتروني")


# -- an indefinite -ين noun before the dual verb of its relative clause (dual_verbs.py)
def test_an_indefinite_noun_before_a_dual_verb_is_a_dual():
    assert_figure("وقصفت المقاتلات مستودعين يستخدمان لتخزين الذخيرة", "مستودعين", kind="count", value=2,
                  unit="مستودع")
    # nasty neighbours: a plural verb after a sound plural, and a feminine singular verb after things
    assert_no_figure("والتقى الوزير مسؤولين يمثلون القطاع الخاص", "مسؤولين")
    assert_no_figure("وضبطت الدوريات مهربين يحملون أسلحة", "مهربين")


# -- a number after a Latin letter spelled in Arabic script is a model or flight name (name_word rows)
def test_a_number_after_a_spelled_latin_letter_is_a_label():
    assert_figure("واختفت الطائرة في رحلتها رقم إم إتش 212 فوق المحيط", "إتش 212", kind="label", value=212)
    assert_figure("ويؤدي نقص فيتامين بي 12 إلى الشعور بالتعب", "بي 12", kind="label", value=12)
    assert_figure("وتسلم الجيش دبابات إم 1 إيه 2 المطورة", "إيه 2", kind="label", value=2)
    # nasty neighbour: بي "with me" before a counted time stays a duration
    assert_figure("وقد مرت بي 4 سنوات صعبة بعيدا عن الوطن", "4 سنوات", kind="duration", value=4)
