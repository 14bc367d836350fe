"""Golden tests for quantities, round 44 (branch q44): error classes of blind38 (both readers).

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- 1. a score with spaces around the slash is one label (score_pairs.spaced_slash_score)
def test_spaced_slash_score_is_one_label():
    s = "وتوج الفريق باللقب بعد فوزه على أستون فيلا 4 / 0، ثم خسر الكأس الأخرى"
    assert_figure(s, "4 / 0", kind="label")
    assert_no_figure(s, "فيلا 4")
    s = "وكان النادي قد تعادل مع ضيفه 2 /2 في الجولة الماضية"
    assert_figure(s, "2 /2", kind="label")


def test_nasty_neighbours_of_spaced_slash_scores():
    # a date has a third part
    assert_figure("وصدر القرار بتاريخ 8 / 8 / 2015 م", "8 / 8 / 2015", kind="date")
    got = extract_quantities("وصدر قرار مجلس الشورى رقم ( 4 / 2 ) أمس")
    assert all(q["surface"] != "4 / 2" for q in got), got
    # a counted noun after the second number
    assert_figure("وحصل الطالب على 3 / 5 درجات في الاختبار", "5 درجات", kind="count", value=5)


# -- 2. digits after للمرة الـ are a rank, even before an accusative noun (ordinals.digit_ordinal)
def test_elided_rank_noun_before_the_article_and_digits():
    s = "ويشارك المنتخب في البطولة للمرة الـ 12 ساعيا إلى لقبه الأول"
    assert_figure(s, "للمرة الـ 12", kind="ordinal", value=12)
    assert_figure("وفاز النادي بالكأس للمرة الـ9 متفوقا على منافسيه", "للمرة الـ9", kind="ordinal", value=9)


def test_nasty_neighbours_of_elided_rank_nouns():
    # no rank noun: a definite cardinal with its counted noun
    assert_figure("وكرمت الجامعة الـ 21 باحثا الفائزين بالجائزة", "الـ 21 باحثا", kind="count", value=21)


# -- 3. a clock time in words with its minutes in digits after و (clock_rules._clock_hour_words)
def test_clock_hour_in_words_with_digit_minutes():
    got = extract_quantities("ووقع الانفجار عند الساعة الرابعة و35 دقيقة قرب السوق")
    t = [q for q in got if q["kind"] == "time"]
    assert [(q["surface"], q["date"]) for q in t] == [("الساعة الرابعة و35 دقيقة", "T04:35")], got
    assert not [q for q in got if q["kind"] == "duration"], got
    got = extract_quantities("وأقلعت الطائرة في الساعة الثانية و 7 دقائق من بعد الظهر")
    assert [(q["surface"], q["date"]) for q in got] == [("الساعة الثانية و 7 دقائق من بعد الظهر", "T14:07")], got


def test_nasty_neighbours_of_digit_minutes():
    # not minutes: seconds, a count, more than an hour
    assert_figure("وسجل العداء الساعة الثالثة و42 ثانية في السباق", "42 ثانية", kind="duration", value=42)
    assert_figure("ووصل إلى المطار الساعة الثالثة و42 شخصا من الوفد", "42 شخصا", kind="count", value=42)
    assert_figure("واستمر الاجتماع حتى الساعة الثالثة و90 دقيقة إضافية", "90 دقيقة", kind="duration", value=90)


# -- 4. بين <bare digits> و<digits + scale word>, no noun after: one range sharing the scale (ranges.spelled_range)
def test_between_range_shares_the_scale_word_with_no_noun():
    got = extract_quantities("وقدرت المصادر عدد المقاتلين بما يتراوح بين 15 و25 ألفا، بحسب التقرير")
    assert [(q["surface"], q["kind"], q["value"], q["value_end"]) for q in got] == [
        ("15 و25 ألفا", "count", 15000, 25000)], got
    got = extract_quantities("ويقيم في المدينة ما بين 3 و4 ملايين من السكان")
    assert [(q["value"], q["value_end"]) for q in got if q["kind"] == "count"][:1] == [(3000000, 4000000)], got


def test_nasty_neighbours_of_shared_scale_ranges():
    # the first end not smaller once scaled, no scale word, or no بين: two figures
    assert_figure("وتراوحت الأعداد بين 40 و30 ألفا خلال العام", "30 ألفا", kind="count", value=30000)
    assert_figure("وتراوحت الأعمار بين 20 و30 في المتوسط", "20", kind="count", value=20)


# -- 5. a count with a value that is not whole and no scale word is a measure (fractional_counts.py)
def test_fractional_count_is_a_measure():
    assert_figure("وضرب زلزال بلغت قوته 4.6 درجات على مقياس ريختر شرق البلاد", "4.6 درجات",
                  kind="measure", value=4.6)
    got = extract_quantities("وضرب زلزال بلغت قوته 4.6 درجات على مقياس ريختر")
    assert [q["unit"] for q in got] == ["درجة"], got


def test_nasty_neighbours_of_fractional_counts():
    # whole counts, scaled counts, multiples and averages of counted things stay counts
    assert_figure("وبلغ متوسط المعايير المستوفاة 5.4 معيار لكل بلدية", "5.4 معيار", kind="count", value=5.4)
    assert_figure("وحصل الفريق على 3 درجات إضافية في التقييم", "3 درجات", kind="count", value=3)
    assert_figure("وأصيب في الزلزال 4 أشخاص بجروح", "4 أشخاص", kind="count", value=4)
    assert_figure("ويبلغ عدد سكان المدينة 2.5 مليون نسمة", "2.5 مليون نسمة", kind="count", value=2500000)
    assert_figure("وارتفع مكرر الربحية إلى 14.2 مرة", "14.2 مرة", kind="count", value=14.2)


# -- 6. a bare d.ddd is thousands when another d.ddd of its paragraph was read so (dot_thousands.py)
def test_bare_dot_group_is_thousands_by_its_paragraph():
    s = "وأوضح البيان أن قوات التحالف نفذت 4.812 غارة جوية، منها 3.105 في العراق، و1.707 في سوريا"
    got = extract_quantities(s)
    assert [(q["surface"], q["value"]) for q in got] == [
        ("4.812 غارة", 4812), ("3.105", 3105), ("1.707", 1707)], got


def test_nasty_neighbours_of_paragraph_thousands():
    # no evidence in the paragraph, or the evidence in another paragraph: a decimal
    assert_figure("وسجل المؤشر العام 2.657 في ختام التداولات", "2.657", value=2.657)
    got = extract_quantities("ونفذت القوات 4.812 غارة جوية.\nوسجل المؤشر العام 2.657 في ختام التداولات")
    assert [q["value"] for q in got if q["surface"] == "2.657"] == [2.657], got


# -- 7. a definite cardinal before من and a Hijri month counts days (hijri.hijri_day_month)
def test_definite_cardinal_before_a_hijri_month_counts_days():
    assert_figure("وحرص على صيام الست من شوال كل عام", "الست من شوال", kind="count", value=6)


def test_nasty_neighbours_of_days_of_a_month():
    # an ordinal is a date; an indefinite cardinal is read by the date rules as before
    assert_figure("ويبدأ الدوام في السادس من شوال", "السادس من شوال", kind="date")
