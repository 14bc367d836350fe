"""Golden tests for quantities, round 27 of issue 13 (branch q27): errors read on blind24.

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value, unit, currency and span (the surface is the span read back
from the offsets), with the nasty neighbours that must NOT match."""
from __future__ import annotations

import pandas as pd

from arnews.quantities import extract_quantities, quantities_table
from quantity_checks import assert_figure, assert_no_figure


def table(title, *body, published="2015-08-09"):
    rows = [{"article_id": "x", "paragraph": 0, "role": "title", "lang": "ar", "text": title}]
    rows += [{"article_id": "x", "paragraph": i + 1, "role": "body", "lang": "ar", "text": t} for i, t in enumerate(body)]
    arts = pd.DataFrame([{"article_id": "x", "language": "ar", "published": published}])
    return quantities_table(pd.DataFrame(rows), arts)


# -- a scale word with its tanwin alef (مليارا, مليونا, ألفا) stands alone: the word after it is no
#    counted noun (in construct the scale word takes no alef: مليار ريال, ألف زائر)
def test_a_scale_word_with_tanwin_counts_no_noun_after_it():
    assert_figure("وأكد التقرير أن السكان بلغوا 2.4 مليونا يتوزعون على ثلاث محافظات", "2.4 مليونا",
                  kind="count", value=2_400_000, unit="")
    assert_figure("وسجلت الشركة 12 مليارا وباعت الحصة المتبقية في الربع الأخير", "12 مليارا",
                  kind="count", value=12 * 10**9, unit="")
    # in a headline the amount then takes the body's one currency (a noun after it no longer blocks it)
    df = table("42 مليارا مشتريات البطاقات في موسم الصيف",
               "وأوضح التقرير أن قيمة المشتريات بلغت 42.3 مليار ريال خلال الموسم.")
    row = df[df.role == "title"].iloc[0]
    assert (row.surface, row.kind, row.value, row.currency) == ("42 مليارا", "money", 42 * 10**9, "SAR")
    # nasty neighbours: a scale word in construct counts its noun; a noun the lexicon knows is read
    # after the alef too; the parts of one amount joined by و stay one figure
    assert_figure("ووزعت الجمعية الخيرية 15 ألف سلة غذائية", "15 ألف سلة", kind="count", value=15_000, unit="سلة")
    assert_figure("وبلغت قيمة الصفقة 20 مليونا دولار", "20 مليونا دولار", kind="money", value=20 * 10**6,
                  currency="USD")
    assert_figure("وبلغ عدد الزوار 35 ألفا و400 زائر", "35 ألفا و400 زائر", kind="count", value=35_400,
                  unit="زائر")
    df2 = table("3 ملايين زائر لمهرجان الصيف", "وبلغت إيرادات المهرجان 40 مليون ريال.")
    assert df2[df2.role == "title"].iloc[0].kind == "count"


# -- أول before an indefinite dual: "the first two" counts by the dual, as أول 20 دقيقة by its number
def test_first_before_an_indefinite_dual_counts_two():
    assert_figure("وقال المدرب إن الفريق تطور كثيرا في أول سنتين معنا", "سنتين", kind="duration", value=2,
                  unit="سنة")
    assert_figure("وخاض المهاجم أول مباراتين مع فريقه الجديد", "مباراتين", kind="count", value=2, unit="مباراة")
    assert_figure("وهما أول دولتين توقعان على الاتفاقية", "دولتين", kind="count", value=2, unit="دولة")
    # nasty neighbours: a singular that ends in -ين is ranked; the first of the two (definite) stays an
    # ordinal; أول with a number was already read by the number
    assert_figure("وشهدت الرياض أول تدشين للمشروع مساء أمس", "أول تدشين", kind="ordinal", value=1)
    assert_figure("وأقيم أول تمرين للفريق في معسكر النمسا", "أول تمرين", kind="ordinal", value=1)
    assert_figure("وكان أول الفريقين وصولا إلى الملعب", "أول الفريقين", kind="ordinal", value=1)
    assert_figure("وسجل المنتخب هدفين في أول 20 دقيقة", "20 دقيقة", kind="duration", value=20)


# -- a dash range in brackets before its unit: (20 - 200) ريال, (18-25) دقيقة
def test_a_bracketed_dash_range_takes_the_unit_after_the_bracket():
    assert_figure("وتتراوح رسوم الدورة بين (150 - 300) ريال للمتدرب", "(150 - 300) ريال", kind="money",
                  value=150, value_end=300, currency="SAR")
    assert_figure("على ألا يتجاوز الملخص (250- 500) كلمة", "(250- 500) كلمة", kind="count", value=250,
                  value_end=500, unit="كلمة")
    assert_figure("وتتراوح أعمار المشاركين ما بين (17-24) عاما", "(17-24) عاما", kind="duration", value=17,
                  value_end=24)
    # nasty neighbours: a score and a verse range in brackets stay labels; a bracketed pair of years
    # stays a year range; a pair in brackets with no unit after it is no range
    assert_figure("وانتهى الشوط الأول (2-1) وكان الضيوف متقدمين", "(2-1)", kind="label")
    assert_figure("وتلا الإمام الآيات (14-16) من سورة البقرة", "(14-16)", kind="label")
    assert_figure("وتولت الرئاسة لولايتين (2007 - 2015) قبل اعتزالها", "2007 - 2015", kind="year_range")
    assert_figure("وحدد الخبراء مستويات الدعم (30 - 50) لهذا الأسبوع", "30", kind="count", value=30,
                  value_end=None)
    # a verse range before the name of its sura (سورة + a definite name) counts no suras
    for s in ("وذكر الإمام المصلين بفضل الصبر {والله يحب الصابرين} (30-31) سورة آل عمران.",
              "وختم الخطيب بالدعاء وتلا (12-13) سورة البقرة"):
        got = extract_quantities(s)
        assert not any("سورة" in q["surface"] for q in got), [(q["surface"], q["kind"]) for q in got]


# -- a season's titles in one word after a verb of winning: أحرز الثلاثية (a treble), حقق الثنائية
def test_a_treble_after_a_verb_of_winning_counts_titles():
    assert_figure("وأحرز الاتحاد الثلاثية المحلية في موسمه الأول مع المدرب", "الثلاثية", kind="count", value=3,
                  unit="لقب")
    assert_figure("وأنهى النادي موسمه بحصد الثلاثية (الدوري والكأس والسوبر)", "الثلاثية", kind="count", value=3)
    assert_figure("وحقق الفريق الثنائية للمرة الثانية في تاريخه", "الثنائية", kind="count", value=2, unit="لقب")
    assert_figure("وبات الأهلي أول ناد يحرز هذه الثلاثية مرتين", "الثلاثية", kind="count", value=3)
    # nasty neighbours: the adjective of a feminine noun, a summit, 3D printing, and a win by goals
    assert_no_figure("وحققت العلاقات الثنائية بين البلدين تقدما ملحوظا", "الثنائية")
    assert_no_figure("وحققت القمة الثلاثية في القاهرة أهدافها", "الثلاثية")
    assert_no_figure("وأنتجت الشركة قطع الغيار بتقنية الطباعة الثلاثية الأبعاد", "الثلاثية")
    assert_figure("ويتغلب الهلال على ضيفه بثنائية في الجولة الأولى", "بثنائية", kind="count", value=2, unit="هدف")


# -- a Hijri month, then its year word with an adjective, then the year: one period
def test_a_hijri_month_of_the_current_year_written_out_is_one_period():
    assert_figure("وارتفعت السحوبات خلال شهر رمضان المبارك للعام الحالي 1436هـ بنسبة 12%",
                  "شهر رمضان المبارك للعام الحالي 1436هـ", kind="period", value=1, calendar="hijri",
                  date="2015-06-18/2015-07-16")
    assert_figure("مقارنة بشهر رمضان للعام السابق 1435هـ", "بشهر رمضان للعام السابق 1435هـ", kind="period",
                  value=1, date="2014-06-28/2014-07-27")
    assert_figure("وتنتهي أعمال الصيانة في شهر ذي القعدة من العام الجاري 1436", "شهر ذي القعدة من العام الجاري 1436",
                  kind="period", value=1, date="2015-08-16/2015-09-13")
    # nasty neighbours: no year after the adjective leaves no figure; a bare year after العام الحالي
    # without a month stays a year; a quarter keeps its own rule
    assert_no_figure("وارتفعت السحوبات خلال شهر رمضان المبارك للعام الحالي بنسبة كبيرة", "رمضان")
    assert_figure("وتتوقع الشركة أرباحا في العام الحالي 1436هـ", "العام الحالي 1436هـ", kind="year", value=1436)
    assert_figure("وبلغت الأرباح خلال الربع الثاني من العام الحالي 2015 نحو 40 مليون ريال",
                  "الربع الثاني من العام الحالي 2015", kind="period", value=3, date="2015-04/2015-06")


# -- a paragraph of share prices written with three decimals (0.675 درهم): 2.470 درهم there is a decimal
def test_three_decimal_share_prices_make_a_dot_group_a_decimal():
    s = ("وسجل سهم الشركة الوطنية أعلى ارتفاع بنسبة 4.2 في المائة وصولا إلى سعر 0.845 درهم. "
         "وفي المقابل سجل سهم العقارية أعلى تراجع وصولا إلى سعر 3.260 درهم، تلاه سهم الاتحاد وصولا إلى سعر 1.150 درهم.")
    assert_figure(s, "3.260 درهم", kind="money", value=3.26, currency="AED")
    assert_figure(s, "1.150 درهم", kind="money", value=1.15, currency="AED")
    assert_figure(s, "0.845 درهم", kind="money", value=0.845)
    # nasty neighbours: without a 0.ddd price the dot group before a currency is thousands; a round
    # thousand stays a thousand beside a price; an index in points is no price
    assert_figure("وتصل الغرامة إلى 2.500 ريال لكل مخالفة", "2.500 ريال", kind="money", value=2500)
    s2 = "وتصل الغرامة إلى مبلغ 10.000 ريال فيما أغلق سعر السهم عند 0.640 ريال"
    assert_figure(s2, "10.000 ريال", kind="money", value=10000)
    assert_figure("وارتفع المؤشر 0.675 نقطة وبلغت قيمة الصفقة 2.500 ريال", "2.500 ريال", kind="money", value=2500)


def test_a_dot_group_before_a_scale_word_beside_full_amounts_stays_a_decimal():
    """Round 26 coordinator (blind25): a Gulf page writes full amounts with dot groups and short ones with a
    decimal before the scale word; ``(3.462) مليار ريال`` beside ``(10.100.000) ريال`` is 3.462 billion, not
    3,462 billion.  Neighbours: comma decimals still make every dot group thousands (the seed pages), and
    dong amounts keep the Vietnamese convention."""
    q = extract_quantities("بقيمة (10.100.000) ريال، وبلغت قيمة القروض (3.462) مليار ريال خلال العام.")
    assert [(r["surface"], r["value"]) for r in q if r["kind"] == "money"] == [
        ("(10.100.000) ريال", 10_100_000), ("(3.462) مليار ريال", 3_462_000_000)]
    q = extract_quantities("ورصفت المقاطعة 8,5 كم من الطرق، وحشدت أكثر من 2.760 مليار دونغ")
    assert [r["value"] for r in q if r["kind"] == "money"] == [2_760_000_000_000]
    q = extract_quantities("وبلغت المساعدات 10.100.000 دونغ، والاستثمارات 3.150 مليار دونغ")
    assert [r["value"] for r in q if r["kind"] == "money"] == [10_100_000, 3_150_000_000_000]
