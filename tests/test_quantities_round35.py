"""Golden tests for quantities, round 35 of issue 13 (branch q35): three conventions decided by the project
lead on 2026-12-03, where pinned tests disagreed with both annotators of the gold and with the guide.

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


def _goals(sentence):
    return [(q["surface"], q["kind"], q["value"]) for q in extract_quantities(sentence)
            if q["unit"] == "هدف" or q["kind"] == "label"]


# -- 1. goals written as a dual or as one goal word are counts, also as a side of a result (tallies.py)
def test_a_dual_of_goals_in_a_result_is_a_count():
    assert _goals("وفاز الفيصلي على ضيفه بهدفين نظيفين في الجولة الثالثة") == [("بهدفين", "count", 2)]
    assert _goals("وخسر الوحدة أمام مضيفه بهدفين مقابل هدف") == [("بهدفين", "count", 2)]
    assert _goals("وتغلب الرائد على ضيفه بهدفين دون مقابل") == [("بهدفين", "count", 2)]
    # both sides written as duals: two counts (the second is no adjective of the first)
    got = [(q["surface"], q["value"]) for q in extract_quantities("وتعادل الفريقان بهدفين لهدفين في مباراة مثيرة")]
    assert got == [("الفريقان", 2), ("بهدفين", 2), ("لهدفين", 2)]
    # a numeral side and a dual side: each a count
    assert _goals("وكسب الحزم منافسه بخمسة أهداف لهدفين") == [("بخمسة أهداف", "count", 5), ("لهدفين", "count", 2)]


def test_one_goal_of_a_result_is_a_count():
    assert_figure("وتغلب النادي على منافسه بهدف نظيف في الشوط الثاني", "بهدف", kind="count", value=1, unit="هدف")
    assert_figure("وخسر المنتخب أمام مضيفه بهدف دون رد", "بهدف", kind="count", value=1, unit="هدف")
    # لهدف right after a count of goals is the other side
    assert _goals("وتفوق الضيوف بأربعة أهداف لهدف") == [("بأربعة أهداف", "count", 4), ("لهدف", "count", 1)]


def test_a_score_in_digits_or_in_plural_numerals_stays_a_label():
    assert_figure("وفاز الفريق 2-1 على ضيفه في الجولة الأولى", "2-1", kind="label")
    # both sides plural numerals: not decided, still a label
    assert_figure("وفاز الاتفاق على ضيفه بستة أهداف لأربعة", "بستة أهداف لأربعة", kind="label", value=6, value_end=4)


def test_nasty_neighbours_of_the_goal_words():
    # بهدف / لهدف "in order to", "for the aim of": no goal
    assert_no_figure("وزارت اللجنة المدينة بهدف تقييم مشاريعها", "بهدف")
    assert_no_figure("وقدمت الوزارة الدعم لهدف التنمية المستدامة", "لهدف")
    assert_no_figure("وحقق الفريق هدفه لهدف أكبر", "لهدف")
    # an adjective agreeing with a dual before it is still no second figure
    got = [(q["surface"], q["value"]) for q in extract_quantities("وأجرى الفريق الطبي عمليتين جراحيتين للمصابين")]
    assert got == [("عمليتين", 2)]


# -- 2. a quarter or a half of the year without a year takes the year of publication (dates.py _period_year)
def test_a_yearless_quarter_or_half_takes_the_publication_year():
    pub = "2016-05-10"
    assert_figure("وتراجعت مبيعات الشركة خلال الربع الأول بنسبة 4%", "الربع الأول", published=pub, kind="period",
                  value=3, date="2016-01/2016-03")
    assert_figure("وتوقع المحللون تحسن الطلب في النصف الثاني من العام", "النصف الثاني من العام", published=pub,
                  kind="period", value=6, date="2016-07/2016-12")
    assert_figure("وسجل المصرف أرباحا قياسية في الربع الثالث من السنة", "الربع الثالث من السنة", published=pub,
                  date="2016-07/2016-09")
    # the first N months of the year, with من العام
    assert_figure("وارتفعت الصادرات في الأشهر الخمسة الأولى من العام", "الأشهر الخمسة الأولى من العام",
                  published=pub, date="2016-01/2016-05")
    # without a publication date it stays yearless
    assert_figure("وتراجعت مبيعات الشركة خلال الربع الأول بنسبة 4%", "الربع الأول", kind="period", date="--01/--03")


def test_nasty_neighbours_of_the_publication_year():
    pub = "2016-05-10"
    # a year written after it, or a relative year, wins
    assert_figure("وارتفعت الأرباح في الربع الرابع من عام 2015", "الربع الرابع من عام 2015", published=pub,
                  date="2015-10/2015-12")
    assert_figure("وتراجعت الإيرادات في النصف الأول من العام الماضي", "النصف الأول من العام الماضي", published=pub,
                  date="2015-01/2015-06")
    # the same quarter of another year, a year named before (من العام نفسه), a school year: no publication year
    got = extract_quantities("وهبطت الأرباح في الربع الثاني مقارنة بالربع الثاني المماثل من العام السابق",
                             published=pub)
    assert [q["date"] for q in got if q["kind"] == "period"][1][:2] == "--"
    assert_figure("وبدأ المشروع في يناير 2013 وتوقف في الربع الثالث من العام نفسه", "الربع الثالث من العام",
                  published=pub, date="--07/--09")
    assert_figure("وتحسنت النتائج في الربع الأول من العام الدراسي", "الربع الأول من العام", published=pub,
                  date="--01/--03")
    # the first or last N months with no year after them are a stretch of something else: a duration of
    # N months, no date (session 53, q80: both readers of blind49; the guide's duration)
    assert_figure("ويصرف البدل عن كل شهر من الأشهر الثلاثة الأولى للتعطل", "الأشهر الثلاثة الأولى", published=pub,
                  kind="duration", value=3, unit="شهر", date="")


# -- 3. a month named with شهر but with no year and no relative word is no figure (dates.py month_first)
def test_a_month_with_shahr_alone_is_no_figure():
    assert_no_figure("وتنخفض أسعار تذاكر الطيران عادة خلال شهر نوفمبر", "شهر نوفمبر")
    assert_no_figure("ويكثر الإقبال على الشواطئ مع دخول شهر يوليو (تموز)", "شهر يوليو (تموز)")
    assert extract_quantities("وتنتهي السنة المالية للشركة بنهاية شهر سبتمبر من كل عام") == []


def test_a_month_with_shahr_and_a_year_a_relative_word_or_a_day_stays():
    pub = "2016-05-10"
    assert_figure("وافتتح المعرض في شهر فبراير الماضي", "شهر فبراير الماضي", published=pub, kind="period",
                  date="2016-02")
    assert_figure("ويبدأ التسجيل خلال شهر يونيو المقبل", "شهر يونيو المقبل", published=pub, date="2016-06")
    assert_figure("وتراجعت المبيعات في شهر أكتوبر من عام 2014", "شهر أكتوبر من عام 2014", kind="period",
                  date="2014-10")
    assert_figure("ويعقد الملتقى في الثالث من شهر نوفمبر", "الثالث من شهر نوفمبر", kind="date", date="--11-03")
    assert_figure("وتقام البطولة في النصف الأول من شهر مايو", "النصف الأول من شهر مايو", kind="period",
                  date="--05-01/--05-15")
    assert_figure("ويحل شهر رمضان المقبل بعد أسابيع", "شهر رمضان المقبل", published="2015-05-01", kind="period",
                  calendar="hijri")
    # a day of الشهر نفسه after it still takes that month
    assert_figure("وبدأت الحملة في شهر أبريل واستمرت حتى 25 من الشهر نفسه", "25 من الشهر نفسه", kind="date",
                  date="--04-25")
