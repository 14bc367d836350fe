"""Golden tests for quantities, round 25 of issue 13 (branch q25).

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value, unit, currency, date and span (the surface is the span read
back from the offsets), with the nasty neighbours that must NOT match."""
from __future__ import annotations

import pandas as pd

from arnews.quantities import extract_quantities, quantities_table
from quantity_checks import assert_figure


def table(title, *body, published="2015-08-05"):
    rows = [{"article_id": "x", "paragraph": 0, "role": "title", "lang": "ar", "text": title}]
    rows += [{"article_id": "x", "paragraph": i + 1, "role": "body", "lang": "ar", "text": t} for i, t in enumerate(body)]
    arts = pd.DataFrame([{"article_id": "x", "language": "ar", "published": published}])
    return quantities_table(pd.DataFrame(rows), arts)


# -- a bare ريال is the Saudi riyal unless the article shows another riyal
def test_a_dollar_equivalent_far_from_the_peg_is_no_saudi_riyal():
    s = "وأعلنت وزارة العمل الإيرانية أن تمويل البرنامج يتطلب 4500 مليار ريال (140 مليون دولار) لم ترصد بعد"
    assert_figure(s, "4500 مليار ريال", kind="money", value=4500 * 10**9, currency="IRR", unit="ريال إيراني")
    assert_figure(s, "140 مليون دولار", kind="money", value=140 * 10**6, currency="USD")
    # the peg: a Saudi amount with its dollar equivalent keeps SAR, also with أي inside the brackets
    s2 = "وتوقع محللون أن تصدر المملكة سندات بقيمة 150 مليار ريال (40 مليار دولار) قبل نهاية العام"
    assert_figure(s2, "150 مليار ريال", kind="money", value=150 * 10**9, currency="SAR")
    s3 = "ورصدت الوزارة 75 مليون ريال (أي 20 مليون دولار) لتوسعة المطار"
    assert_figure(s3, "75 مليون ريال", kind="money", currency="SAR")
    # a qualified riyal keeps its own code whatever the rate; a dollar amount further on is no equivalent
    s4 = "وبلغت الصادرات الإيرانية 900 مليار ريال إيراني (30 مليون دولار) خلال الشهر"
    assert_figure(s4, "900 مليار ريال إيراني", kind="money", currency="IRR")
    s5 = "ورصد الصندوق 300 مليون ريال للمرحلة الأولى، بينما بلغت منحة البنك الدولي 2 مليون دولار"
    assert_figure(s5, "300 مليون ريال", kind="money", currency="SAR")


def test_the_country_of_the_article_names_the_riyal():
    s = ("وقال مسؤول في هيئة التأمين الإيرانية إن طهران لم تخصص حتى الآن ريالا واحدا لتعويض المتضررين "
         "من الزلزال الذي ضرب جنوب إيران")
    assert_figure(s, "ريالا واحدا", kind="money", value=1, currency="IRR")
    # a Saudi word in the paragraph keeps SAR: Saudi aid to a country of another riyal
    s2 = "وخصصت المملكة مليار ريال لإغاثة الأشقاء في اليمن، وأعلن مركز الملك سلمان توزيع السلال في عدن وصنعاء"
    assert_figure(s2, "مليار ريال", kind="money", value=10**9, currency="SAR")
    # the country named once is not enough
    s3 = "وتبرع رجل أعمال بمبلغ 500 ألف ريال لبناء مدرسة، بعد عودته من زيارة إلى إيران"
    assert_figure(s3, "500 ألف ريال", kind="money", value=500000, currency="SAR")
    # a Saudi article that mentions Iran keeps SAR when it names the Kingdom more often
    s4 = ("وأكد وزير المالية السعودي أن المملكة رصدت 20 مليار ريال لمشروعات الإسكان، وأن اقتصاد المملكة "
          "لا يتأثر بعودة النفط الإيراني إلى الأسواق ولا بسياسات إيران")
    assert_figure(s4, "20 مليار ريال", kind="money", currency="SAR")


def test_the_country_is_read_over_the_whole_article():
    df = table("طهران تؤجل برنامج الإسكان",
               "أعلنت الحكومة الإيرانية تأجيل برنامج الإسكان الشعبي إلى العام المقبل.",
               "وقال نائب وزير الطرق الإيراني إن الوزارة تحتاج 9200 مليار ريال لاستكماله.")
    row = df[df.surface == "9200 مليار ريال"].iloc[0]
    assert (row.kind, row.currency, row.unit) == ("money", "IRR", "ريال إيراني")
    df2 = table("الرياض تستضيف مؤتمر الإسكان",
                "وقال وزير الإسكان السعودي إن المملكة ماضية في خططها رغم تدخلات إيران في المنطقة.",
                "وأضاف أن الوزارة رصدت 9 مليارات ريال للمرحلة الأولى.")
    assert df2[df2.surface == "9 مليارات ريال"].iloc[0].currency == "SAR"


# -- a span keeps a closing parenthesis only with the one that opens it
def test_a_span_opens_the_parenthesis_it_closes():
    s = "وحققت الشركة صافي ربح قدره (48,250,310) مليون ريال مقابل (39,100,000) مليون ريال للعام السابق"
    assert_figure(s, "(48,250,310) مليون ريال", kind="money", currency="SAR")
    assert_figure(s, "(39,100,000) مليون ريال", kind="money", currency="SAR")
    # a count in parentheses already did; a number closed in parentheses with nothing after keeps its own span
    assert_figure("وضبطت الفرق (312) مخالفة خلال الجولات", "(312) مخالفة", kind="count", value=312)
    assert_figure("وبلغ عدد الزوار (8500) زائر في العام (2014)", "(8500) زائر", kind="count", value=8500)
    # an amount inside parentheses keeps neither of them
    assert_figure("وارتفعت الإيرادات (12 مليون ريال) في الربع الثاني", "12 مليون ريال", kind="money", value=12 * 10**6)
    for q in extract_quantities(s):
        assert q["surface"].count(")") == q["surface"].count("("), q["surface"]


# -- a headline amount with a scale word and no noun takes the body's currency
def test_a_headline_amount_takes_the_currency_of_the_body():
    df = table("480 مليونا لتطوير الطرق في جازان",
               "وقعت وزارة النقل عقودا لتطوير الطرق في منطقة جازان بتكلفة إجمالية بلغت 480.310.200 ريال.")
    row = df[df.role == "title"].iloc[0]
    assert (row.surface, row.kind, row.value, row.currency) == ("480 مليونا", "money", 480 * 10**6, "SAR")
    # a headline count with its noun stays a count; a body of two currencies decides nothing
    df2 = table("3 ملايين زائر لمهرجان الصيف",
                "وبلغت إيرادات المهرجان 40 مليون ريال.")
    assert df2[df2.role == "title"].iloc[0].kind == "count"
    df3 = table("700 مليون لمشاريع الكهرباء",
                "وبلغت قيمة العقد الأول 500 مليون ريال، والثاني 200 مليون دولار.")
    assert df3[df3.role == "title"].iloc[0].kind == "count"
    # no money in the body: the headline number stays a count
    df4 = table("مليونان في انتظار نتائج القبول", "وينتظر أكثر من مليوني طالب نتائج القبول هذا الأسبوع.")
    assert "money" not in set(df4.kind)


# -- a number 11-99 in brackets counts the masculine noun after it even without the accusative alef
def test_a_bracketed_number_counts_the_noun_after_it():
    assert_figure("وشارك (18) رئيس مركز صحي في الورشة التدريبية", "(18) رئيس", kind="count", value=18, unit="رئيس")
    assert_figure("وذلك بحضور (23) رئيس بلدية من المحافظات", "(23) رئيس", kind="count", value=23, unit="رئيس")
    # an article of a law, a number after رقم, a code in an SMS, a verb after the number: no count
    assert_no_count("ومنعت المادة (31) قيد الناخب في غير دائرته", "(31) قيد")
    assert_figure("ويوضح الجدول رقم (14) ارتفاع معدل النمو", "(14)", kind="label")
    assert_no_count("أرسل الرمز (15) ثم مسافة ثم اسم المدينة", "(15)")
    assert_no_count("وكان عدد المشاركين (17) يتوزعون على ثلاث فئات", "(17)")


def assert_no_count(sentence, surface):
    s = sentence.find(surface)
    bad = [q for q in extract_quantities(sentence) if q["start"] < s + len(surface) and s < q["end"]
           and q["kind"] == "count" and q["unit"]]
    assert not bad, bad


# -- a feminine noun in -تي with an agreeing adjective after it is "my ...", no construct dual
def test_my_noun_with_its_adjective_is_no_dual():
    assert_no_count("وقال الكاتب إن قناعتي الراسخة لم تتغير منذ سنوات", "قناعتي")
    assert_no_count("وأضاف: أنهيت دراستي الجامعية في الرياض ثم عملت معلما", "دراستي")
    assert_no_count("وقالت المرشحة: بدأت حملتي الانتخابية مبكرا", "حملتي")
    # two things named after the construct: a dual, also with a nisba; a noun after it: a dual
    assert_figure("ووقع الاتفاق بين وزارتي الداخلية والخارجية", "وزارتي", kind="count", value=2, unit="وزارة")
    assert_figure("وتشمل الخطة مرحلتي الابتدائية والمتوسطة", "مرحلتي", kind="count", value=2, unit="مرحلة")
    assert_figure("ونجح الفريق الطبي في إجراء عمليتي القلب المفتوح", "عمليتي", kind="count", value=2, unit="عملية")


# -- a feminine dual adjective after two nouns joined by و describes them, it counts nothing
def test_the_adjective_of_two_nouns_is_no_dual():
    assert_no_count("وتبلغ حصة البلدين من حقلي الخفجي والوفرة المشتركتين نحو النصف", "المشتركتين")
    assert_no_count("وقال السفير إن للمملكة حضارة وثقافة عريقتين يعرفهما العالم", "عريقتين")
    assert_no_count("وطالبت موسكو بوضع خاص لمنطقتي القرم ودونباس الواقعتين شرق البلاد", "الواقعتين")
    # (a place that is also a common word, وحائل, is not seen as a name: left alone)
    # a noun after two places, a dual after a verb, a dual led by و: counts
    assert_figure("ويسير الناقل بين الرياض وجدة رحلتين يوميا", "رحلتين", kind="count", value=2)
    assert_figure("وتوفي رجل وأصيبت امرأتان في الحادث", "امرأتان", kind="count", value=2)
    assert_figure("وزار الأمير الرياض وجدة ومدينتين أخريين", "ومدينتين", kind="count", value=2)


# -- الاثنين before an indefinite noun is Monday: two never precedes what it counts
def test_monday_before_a_noun_is_no_count():
    assert_no_count("ويعقد غدا الاثنين اجتماع لرؤساء البلديات في المنطقة", "الاثنين اجتماع")
    assert_no_count("وتبدأ الاثنين حملة لتطعيم الأطفال", "الاثنين حملة")
    assert_figure("ووصل الوزيران الاثنان إلى جدة", "الوزيران", kind="count", value=2)


# -- numeric dates whose slashes are spaced unevenly
def test_numeric_dates_with_uneven_spaces():
    assert_figure("وتستقبل الطلبات حتى تاريخ 18 /11 /1436 في مقر الإدارة", "18 /11 /1436", kind="date",
                  date="2015-09-02", calendar="hijri")
    assert_figure("وتقام الندوة يوم الأحد 5/11/1436هـ الموافق 20/ 8 / 2015م في جدة", "20/ 8 / 2015م", kind="date",
                  date="2015-08-20")
    assert_figure("ويوافق اليوم العالمي للشباب يوم 12 / 8 / 2015هـ", "12 / 8 / 2015هـ", kind="date", date="2015-08-12")
    assert_figure("وتقام الدورة خلال الفترة من 20 - 24 / 11 / 1436هـ في جامع الحي", "20 - 24 / 11 / 1436هـ",
                  kind="date", date="2015-09-04/2015-09-08")
    # the pinned neighbours: spaced slashes with a Hijri year and no هـ nor day word make no date; a decision
    assert not any(q["kind"] == "date" for q in extract_quantities("وجاءت النتائج 12 / 8 / 1434 في الجدول"))
    assert not any(q["kind"] == "date" for q in extract_quantities("وصدر القرار رقم ( 215 / 38 ) أمس"))
    assert not any(q["kind"] == "date" for q in extract_quantities("صدر القرار رقم 12 / 5 / 2015 بشأن الرسوم"))


# -- the points of a set or a game after a win, a dash drawn with tatweel
def test_set_and_game_scores_are_labels():
    s = "وكسب منتخبنا الشوط الأول 25 ــ 19 ، والشوط الثاني 25 ــ 23"
    assert_figure(s, "25 ــ 19", kind="label", value=25, value_end=19)
    assert_figure(s, "25 ــ 23", kind="label", value=25, value_end=23)
    assert_figure("وفاز الهلال على ضيفه الاتحاد 84-79 في دوري السلة", "84-79", kind="label", value=84)
    assert_figure("وتغلب الشباب على مضيفه الفتح 3 - 1 في الجولة الثانية", "3 - 1", kind="label", value=3)
    # a range of a counted noun after a win, a tatweel range with no match word: counts
    assert_no_figure_kind("وفاز 30 ــ 40 مرشحا بعضوية المجلس", "30 ــ 40", "label")
    assert_no_figure_kind("وبلغ عدد المتقدمين 120 ــ 150 شخصا يوميا", "120 ــ 150", "label")


def assert_no_figure_kind(sentence, surface, kind):
    s = sentence.find(surface)
    bad = [q for q in extract_quantities(sentence) if q["start"] < s + len(surface) and s < q["end"] and q["kind"] == kind]
    assert not bad, bad


# -- stock indices and product names by their number are names
def test_index_names_are_labels():
    s = "وارتفع مؤشر يوروفرست 300 بنسبة 0.4% وصعد مؤشر كاك 40 الفرنسي 1.2% وزاد داكس 30 الألماني"
    assert_figure(s, "يوروفرست 300", kind="label", value=300)
    assert_figure(s, "كاك 40", kind="label", value=40)
    assert_figure(s, "0.4%", kind="percent", value=0.4)
    assert_figure("وينصح الأطباء بالأغذية الغنية بأوميجا 3 للقلب", "بأوميجا 3", kind="label", value=3)
    # a counted noun of the lexicon after the number makes it a count
    assert_figure("وسجل مؤشر كاك 40 نقطة إضافية", "40 نقطة", kind="measure", value=40)


# -- an amount in words after an amount of money in the same sentence shares its currency
def test_amounts_in_words_share_the_currency_before_them():
    s = "وينخفض الدعم من 5 آلاف ريال في السنة الأولى إلى أربعة آلاف في الثانية، وألفين في الثالثة"
    assert_figure(s, "أربعة آلاف", kind="money", value=4000, currency="SAR")
    assert_figure(s, "وألفين", kind="money", value=2000, currency="SAR")
    assert_figure("ودفع النادي 30 مليون يورو، إضافة إلى ثلاثة ملايين أخرى حوافز", "ثلاثة ملايين", kind="money",
                  value=3 * 10**6, currency="EUR")
    # a new sentence, a counted noun, a number below a thousand: no money
    assert_figure("وبلغت التكلفة 5 ملايين ريال. وحضر الحفل ثلاثة آلاف", "ثلاثة آلاف", kind="count", value=3000)
    assert_figure("وبلغت التكلفة 5 ملايين ريال وحضر الحفل ثلاثة آلاف زائر", "ثلاثة آلاف زائر", kind="count")
    assert_figure("ودفع 500 ريال عن كل واحد من ثلاثة أبناء", "ثلاثة أبناء", kind="count", value=3)


# -- a bracketed number with a dot group before its counted noun is in thousands
def test_bracketed_dot_thousands_before_a_noun():
    assert_figure("وتم قبول (24.315) متدربا في الكليات التقنية", "(24.315) متدربا", kind="count", value=24315)
    # a bracketed decimal before a measure or a percent stays a decimal
    assert not any(q["value"] == 3250 for q in extract_quantities("وبلغت المسافة (3.250) كلم"))
    assert not any(q["value"] == 2125 for q in extract_quantities("وبلغ النمو (2.125) في المائة"))


# -- a half or a quarter with its year right after it, without من
def test_a_period_with_its_year_right_after_it():
    assert_figure("وبلغ صافي الربح 12 مليون ريال بنهاية النصف الأول 2015، بزيادة 8%", "النصف الأول 2015",
                  kind="period", value=6, date="2015-01/2015-06")
    assert_figure("وتراجعت المبيعات في الربع الثالث 2014م مقارنة بالعام السابق", "الربع الثالث 2014م",
                  kind="period", value=3, date="2014-07/2014-09")
    # a year range after the quarter belongs to the range; "of the year" alone takes the year of publication
    assert_figure("وفي الربع الأول 2015-2016 ارتفعت الأرباح", "2015-2016", kind="year_range")
    # convention decided 2026-12-03: a half of the year without a year takes the publication year (was --01/--06)
    assert_figure("وارتفعت القروض خلال النصف الأول من العام", "النصف الأول من العام", published="2015-08-06",
                  date="2015-01/2015-06")


# -- a Saudi year after a year word and its adjectives; a school year written later year first
def test_hijri_years_after_a_year_word_and_its_adjectives():
    assert_figure("واستمرت المهرجانات حتى العام الماضي 1435 بمشاركة واسعة", "العام الماضي 1435", kind="year",
                  calendar="hijri", date="2013-11-04/2014-10-24")
    assert_figure("وتطبق الوزارة البرنامج مع بداية العام الدراسي المقبل 1437 – 1438ه في المدارس",
                  "العام الدراسي المقبل 1437 – 1438ه", kind="year_range", date="2016/2017")
    assert_figure("وبدأ تسجيل الطلاب المستجدين للعام الجامعي 1437/1436هـ أمس", "1437/1436هـ", kind="year_range",
                  value=1436, value_end=1437, date="2015/2016")
    # a count after an adjective, a Hijri-looking number with its noun: no year
    assert_figure("وبلغ عدد الطلاب المقبولين 1436 طالبا", "1436 طالبا", kind="count", value=1436)
    assert_figure("وصرفت الجمعية في الشهر الماضي 1435 ريالا لكل أسرة", "1435 ريالا", kind="money", value=1435)


# -- كما (as, also) after a number is no kilometre
def test_kama_after_a_number_is_no_kilometre():
    assert_figure("وارتفعت المبيعات في العام الماضي 2014 كما ذكرت الشركة", "2014", kind="year", date="2014")
    assert_figure("وقطعت القافلة 300 كم في يومين", "300 كم", kind="measure", value=300, unit="كيلومتر")
    assert_figure("ويبلغ طول الطريق 45 كيلومترا", "45 كيلومترا", kind="measure", value=45)


# -- a Hijri day without a year is placed nearest the publication date
def test_a_hijri_day_without_a_year_is_placed_nearest_publication():
    pub = "2015-08-04"
    assert_figure("ويعود الطلاب إلى مقاعد الدراسة في 8 من ذي القعدة", "8 من ذي القعدة", published=pub,
                  kind="date", calendar="hijri", date="2015-08-23")
    assert_figure("وتنطلق البرامج الثقافية في 28 شوال بمشاركة الأندية", "28 شوال", published=pub,
                  kind="date", date="2015-08-13")
    assert_figure("وبدأ الصيام في الأول من رمضان كما أعلنت المحكمة", "الأول من رمضان", published=pub,
                  kind="date", date="2015-06-18")
    # a year written, a relative word: theirs; no publication date: no Gregorian date
    assert_figure("وولد في 5 شوال 1430هـ", "5 شوال 1430هـ", published=pub, date="2009-09-24")
    assert_figure("ويعود الطلاب في 8 من ذي القعدة المقبل", "8 من ذي القعدة المقبل", published=pub, date="2015-08-23")
    assert_figure("ويعود الطلاب إلى مقاعد الدراسة في 8 من ذي القعدة", "8 من ذي القعدة", date="")


# -- بعد الظهر is the afternoon of a clock time
def test_after_noon_is_the_afternoon():
    assert_figure("ووصل الوفد عند الساعة الواحدة بعد الظهر إلى المطار", "الساعة الواحدة بعد الظهر", kind="time",
                  date="T13:00")
    assert_figure("وتبدأ الفعالية الساعة 3 بعد الظهيرة", "الساعة 3 بعد الظهيرة", kind="time", date="T15:00")
    assert_figure("ووصل الوفد عند الساعة الواحدة ثم غادر بعد الظهر", "الساعة الواحدة", kind="time", date="T01:00")


# -- a thousand in a wish or a title counts nothing; a preposition with a pronoun is no counted noun
def test_wishes_titles_and_function_words_after_thousands():
    assert_no_count("وتمت مراسم الزواج في قاعة الأفراح بجدة، تهانينا وألف مبروك.", "وألف مبروك")
    assert not extract_quantities("ويعرض المسلسل الشهير \"ألف ليلة وليلة\" في رمضان")
    # a night is a unit of time (session 32: readers of pages22, 3alyoum and alriyadh write nights as durations)
    assert_figure("وقضى ألف ليلة في الأسر", "ألف ليلة", kind="duration", value=1000)
    s = "وتصرف الجمعية 20 ألف ريال للمتزوج، و30 ألفا لمن يتزوج أرملة، وأيضا 40 ألفا لمن يكفل يتيما"
    assert_figure(s, "30 ألفا", kind="money", value=30000, currency="SAR")
    assert_figure(s, "40 ألفا", kind="money", value=40000, currency="SAR")


# -- a missing space before a word led by و/ب/ل/ف does not make the number part of a name
def test_a_number_glued_to_a_conjunction_word():
    assert_figure("وباشرت الفرق حريقا بحي النسيم الساعة 14:20ونتج عنه إصابة طفيفة", "الساعة 14:20", kind="time",
                  date="T14:20")
    # glued Latin and names stay names
    assert not any(q["kind"] != "label" for q in extract_quantities("وأطلقت الشركة خدمة 4G في المدن"))
    assert not any(q["kind"] == "time" for q in extract_quantities("وصدر الإصدار 14:20وب"))


# -- a stretch of days is one date range (the guide): Hijri days joined by إلى/حتى, days of two months
def test_stretches_of_days_are_one_range():
    pub = "2015-08-05"
    assert_figure("وتقام الدورة خلال الفترة من 20 إلى 24 شوال الجاري", "20 إلى 24 شوال الجاري", published=pub,
                  kind="date", calendar="hijri", date="2015-08-05/2015-08-09")
    assert_figure("ويستمر التسجيل من 3 حتى 7 محرم 1437هـ", "3 حتى 7 محرم 1437هـ", kind="date",
                  date="2015-10-16/2015-10-20")
    assert_figure("ويقام المعرض من 28 يوليو إلى 3 أغسطس 2015 في جدة", "28 يوليو إلى 3 أغسطس 2015", kind="date",
                  date="2015-07-28/2015-08-03")
    assert_figure("وتستمر الحملة من 25 شوال إلى 5 ذي القعدة", "25 شوال إلى 5 ذي القعدة", published=pub,
                  kind="date", date="2015-08-10/2015-08-20")
    # no من before, a backward pair, two days joined by و: separate rows; not a count of a Hijri month
    got = extract_quantities("وزار الأمير جدة في 28 يوليو إلى جانب زيارته الرياض في 3 أغسطس")
    assert [q["date"] for q in got if q["kind"] == "date"] == ["--07-28", "--08-03"]
    got = extract_quantities("وتأجلت الرحلة من 10 أغسطس إلى 5 أغسطس")
    assert [q["date"] for q in got if q["kind"] == "date"] == ["--08-10", "--08-05"]
    assert not any(q["kind"] == "count" for q in extract_quantities("في الفترة من 1 إلى 5 ذي القعدة المقبل",
                                                                       published=pub))


# -- الأولي written with ي after a masculine noun is the nisba "preliminary", no ordinal
def test_preliminary_is_no_ordinal():
    assert_no_figure_kind("وتنشر اللجنة الإعلان الأولي لأسماء المرشحين", "الإعلان الأولي", "ordinal")
    assert_no_figure_kind("وتلقى المصابون العلاج الأولي في موقع الحادث", "العلاج الأولي", "ordinal")
    # the ordinal of a feminine noun misspelt with ي, and the masculine ordinal, stay ordinals
    assert_figure("وتخرجت الدفعة الأولي من الطلاب", "الدفعة الأولي", kind="ordinal", value=1)
    assert_figure("وانطلق الإعلان الأول عن المشروع", "الإعلان الأول", kind="ordinal", value=1)
    assert_figure("وتنطلق المرحلة الأولى غدا", "المرحلة الأولى", kind="ordinal", value=1)


def test_a_gulf_market_round_up_names_each_paragraphs_riyal():
    df = table("بورصات الخليج تنهي الأسبوع على تباين",
               "وتراجعت البورصة القطرية أمس، وبلغت قيمة التداولات 135 مليون ريال، وأغلق سهم صناعات قطر عند 110 ريالات.",
               "وارتفع مؤشر البورصة العمانية، وبلغت قيمة التداولات 2.5 مليون ريال، وصعد سهم بنك مسقط إلى 0.540 ريال.",
               "وفي الكويت ارتفع المؤشر العام، وقال محللون في الدوحة ومسقط إن الأسواق تترقب نتائج الشركات.",
               "وتراجع المؤشر العام للسوق السعودية، وبلغت قيمة التداولات 5 مليارات ريال.")
    cur = dict(zip(df.surface, df.currency))
    assert cur["135 مليون ريال"] == "QAR" and cur["110 ريالات"] == "QAR"
    assert cur["2.5 مليون ريال"] == "OMR" and cur["0.540 ريال"] == "OMR"
    assert cur["5 مليارات ريال"] == "SAR"  # its paragraph names the Kingdom's market


def test_a_dual_with_a_preposition_after_two_nouns_is_a_noun():
    assert_figure("وبات الإرهاب يهدد الأمن والاستقرار للدولتين الجارتين", "للدولتين", kind="count", value=2)


# -- a town whose name looks like a dual, named after a town noun, is no dual anywhere in the article
def test_a_town_named_like_a_dual():
    df = table("المعارك تقترب من بلدة حمامين",
               "وتقدمت فصائل المعارضة نحو بلدة حمامين في ريف حماة.",
               "وتعد حمامين آخر معاقل قوات النظام في السهل، وباتت المعارك على أبواب حمامين.",
               "وقتل في الاشتباكات جنديان وأسر مقاتلين اثنين.")
    assert "حمامين" not in set(df.surface)
    assert "جنديان" in set(df.surface)
    # a dual of a town noun itself, and a dual after a place named otherwise, stay counts
    assert_figure("وزار الأمير مدينتين في المنطقة الشرقية", "مدينتين", kind="count", value=2)
    assert_figure("وزار الوزير مدينة العيص وقريتين مجاورتين", "وقريتين", kind="count", value=2)


# -- a plural adjective led by a root ب is read whole, no ب + dual
def test_a_plural_read_whole_is_no_dual_with_a_preposition():
    assert_no_count("ولا نريد أن يكون أبناؤنا عنا بعيدين طوال اليوم", "بعيدين")
    assert_figure("واتخذت اللجنة القرار لسببين رئيسيين", "لسببين", kind="count", value=2)
    assert_figure("وشارك المتطوع بسيارتين في نقل الحجاج", "بسيارتين", kind="count", value=2)


# -- أولي (those of) before the nouns of its idioms is no ordinal
def test_ulu_is_no_ordinal():
    assert_no_figure_kind("وختم الخطيب بقوله: فاعتبروا يا أولي الأبصار", "أولي الأبصار", "ordinal")
    assert_no_figure_kind("وشدد على طاعة أولي الأمر في كل الأحوال", "أولي الأمر", "ordinal")
    # أولى (first) before the same kind of noun, and أولي misspelt before another noun, are ordinals
    assert_figure("وكانت أولى المباريات أمام الاتحاد", "أولى المباريات", kind="ordinal", value=1)
    assert_figure("وكانت أولي المباريات أمام الاتحاد", "أولي المباريات", kind="ordinal", value=1)


# -- a season whose first Hijri year is cut to two digits
def test_a_season_with_a_two_digit_first_year():
    assert_figure("وتنطلق بطولة الدوري للموسم الرياضي 37/1438هـ في أغسطس", "37/1438هـ", kind="year_range",
                  value=1437, value_end=1438, date="2016/2017")
    assert_figure("ويقام الدوري الممتاز للموسم المقبل 37-1438ه بنظام الذهاب والإياب", "37-1438ه", kind="year_range")
    # a range of a counted noun, a day and a month: no season
    assert_figure("وسجل المعرض 36 - 1437 زائرا", "36 - 1437 زائرا", kind="count")
    assert not any(q["kind"] == "year_range" for q in extract_quantities("وذلك بتاريخ 15/10/1436هـ"))


# -- a construct dual set off in quotes goes on past the closing quote
def test_a_quoted_construct_dual():
    assert_figure("ووصل جثمانا «شهيدي» الواجب إلى مطار أبها", "شهيدي", kind="count", value=2, unit="شهيد")
    # a quoted word in ي that is a name or a plural construct: no dual
    assert_no_count("وقال «شكري» الوزير إن الخطة جاهزة", "شكري")
    assert_no_count("ونقل «لاعبي» الفريق إلى المعسكر", "لاعبي")
