"""fix1: what the review of q79 and blocks54 found (texts written for the test, in the style of the Saudi dailies).
1. a writer's own job under the headline stays a byline (only an official's office names the man in the photo);
2-3. a number after بنسبة that counts its noun (``بنسبة 60 صوتا``) or starts a ratio (``بنسبة 1 : 3``) is no percent;
4. a bare year 1000-1299 after a year word has no calendar (``عام 1157`` may be Hijri);
5. a caption series at the end is no poem (an ``ال`` tail rhymes by chance; a caption line above)."""
from arnews.blocks import assign_roles
from arnews.quantities import extract_quantities
from quantity_checks import assert_figure

SOURCE = "المصدر: http://www.example.com/article/1"
LONG = ("وأوضح المتحدث الرسمي باسم الوزارة أن المشروع الجديد يشمل إنشاء عدد من المدارس والمراكز الصحية في "
        "المحافظات الشمالية خلال العام المقبل بتكلفة إجمالية كبيرة.")


def roles(*lines):
    return assign_roles(list(lines))


def kinds(sentence, surface):
    s = sentence.find(surface)
    e = s + len(surface)
    return [(q["surface"], q["kind"]) for q in extract_quantities(sentence) if q["start"] < e and s < q["end"]]


# --- 1. a writer's own job is a signature, an official's office a caption ---------------------------------------------

def test_a_writers_own_job_under_the_headline_stays_a_byline():
    for line in ("الكاتب خالد العتيبي", "مراسل قناة الإخبارية", "الشاعر محمد بن سعد", "المحامي عبدالله الغامدي",
                 "رئيس التحرير", "نائب رئيس التحرير", "المستشار القانوني فهد السبيعي"):
        assert roles("خواطر في ليلة العيد", line, SOURCE)[1] == "byline", line


def test_an_officials_office_under_the_headline_is_still_a_caption():
    assert roles("افتتاح مستشفى جديد في المحافظة", "وزير الصحة", SOURCE)[1] == "caption"
    assert roles("حملة لإزالة التعديات", "رئيس بلدية المحافظة", SOURCE)[1] == "caption"
    assert roles("الدفاع المدني يخمد حريقا", "العميد سعد الغامدي", SOURCE)[1] == "caption"


# --- 2-3. بنسبة before a counted noun or a ratio --------------------------------------------------------------------

def test_a_counted_noun_after_binisbat_keeps_the_count():
    s = "وفاز المرشح في الجولة الثانية بنسبة 60 صوتا مقابل 35 صوتا لمنافسه"
    assert_figure(s, "60 صوتا", kind="count", value=60, unit="صوت")
    s = "وتقدم الحزب الحاكم في البرلمان بنسبة 40 مقعدا عن أقرب منافسيه"
    assert_figure(s, "40 مقعدا", kind="count", value=40)
    s = "وحسم الفريق النتيجة بنسبة 3 أصوات فقط في اجتماع الجمعية العمومية"
    assert_figure(s, "3 أصوات", kind="count", value=3)
    assert ("5 درجات", "percent") not in kinds("وارتفع مؤشر الرضا بنسبة 5 درجات عن العام الماضي", "5 درجات")


def test_a_ratio_with_a_colon_after_binisbat_is_no_percent():
    s = "وجاءت نتيجة التصويت بنسبة 1 : 3 لصالح القرار الجديد"
    assert not [k for _, k in kinds(s, "1 : 3") if k == "percent"]
    s = "وتوزع المقاعد بنسبة ٣ : ١ بين الطرفين"
    assert not [k for _, k in kinds(s, "٣ : ١") if k == "percent"]


def test_a_bare_rate_after_binisbat_is_still_a_percent():
    s = "وأغلق المؤشر العام على تراجع بنسبة 3.20 في ختام تعاملات الأسبوع"
    assert_figure(s, "3.20", kind="percent", value=3.2)
    s = "وارتفعت أرباح الشركة بنسبة 12 خلال الربع الثاني من العام"
    assert_figure(s, "12", kind="percent", value=12)


# --- 5. a caption series at the end is no poem ----------------------------------------------------------------------

def test_an_article_tail_is_no_rhyme():
    # الاستقبال / الأبطال share only ال: no poem, the last short line is not body
    r = roles("المنتخب يعود بالذهب", LONG, LONG, "المدرب مع اللاعبين عند وصولهم",
              "السعادة بادية على وجوه الحضور في الاستقبال", "تحية خاصة للأبطال", SOURCE)
    assert r[5] != "body"


def test_a_caption_above_makes_no_poem():
    # الوصول / النزول rhyme, but عدد من اللاعبين ... is a photo's caption: a caption series, no poem
    r = roles("المنتخب يعود بالذهب", LONG, LONG, "المدرب مع اللاعبين عند وصولهم", "السعادة بادية على وجوه الحضور",
              "عدد من اللاعبين لحظة الوصول", "استقبال حافل عند النزول", SOURCE)
    assert r[6] != "body"
    r = roles("المنتخب يعود بالذهب", LONG, LONG, "المدرب مع اللاعبين عند وصولهم", "عدد من اللاعبين لحظة الوصول",
              "استقبال حافل عند النزول", SOURCE)
    assert r[5] != "body"
    # a poem whose lines rhyme on more than the article stays body
    r = roles("قصيدة في حب الوطن", LONG, "سلامٌ على أرضٍ سقتنا غمامها", "وفاضت علينا بالعطاء الجزيل يداها",
              "بلادي وإن طال المسير بنا", "فلن نرضى بغير هواها", SOURCE)
    assert r[5] == "body"
