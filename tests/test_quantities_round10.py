"""Golden tests for quantities, round 10 of issue 13 (branch q22).

Every sentence here was written for these tests in the style of the news (no corpus text).
Each rule is asserted on kind, value, unit, date and span (the surface is the span read back
from the offsets), with the nasty neighbours that must NOT match."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- a dot before three digits: the document's own writing convention decides.  A text that writes
# its decimals with a comma (7,5 كم) writes its thousands with a dot, also before a scale word and
# with no noun after the number; a text with two dot groups (1.250.000) too.
COMMA_DECIMAL_DOCS = [
    ("ورصفت المقاطعة 8,5 كم من الطرق، وحشدت أكثر من 2.760 مليار دونغ للمشاريع",
     "أكثر من 2.760 مليار دونغ", "money", 2_760_000_000_000),
    ("وارتفع الدخل بنسبة 12,4% وبلغت الاستثمارات 95.300 مليون دونغ",
     "95.300 مليون دونغ", "money", 95_300_000_000),
    ("وجرف السيل 3,5 كم من السدود ونفق أكثر من 18.000 من الأبقار",
     "أكثر من 18.000", "count", 18000),
    ("وبلغ الإنتاج 5,7 طن للهكتار على مساحة 64.380 هكتارا",
     "64.380 هكتارا", "measure", 64380),
    ("وزار المعرض 1.250.000 شخص ونقلت الشاحنات 4.125 طن من البضائع",
     "4.125 طن", "measure", 4125),
]


@pytest.mark.parametrize("sentence,surface,kind,value", COMMA_DECIMAL_DOCS, ids=[s for _, s, *_ in COMMA_DECIMAL_DOCS])
def test_dot_group_is_thousands_in_a_document_with_comma_decimals(sentence, surface, kind, value):
    assert_figure(sentence, surface, kind=kind, value=value)
    q = next(q for q in extract_quantities(sentence) if q["surface"] == surface)
    assert q["reading"].startswith("thousands; the document writes")


def test_dot_group_neighbours_stay_decimals():
    # no comma decimal, no two dot groups: a scale word or a measure keeps the dot a decimal (Gulf press)
    assert_figure("وبلغت الإيرادات 2.375 تريليون ريال خلال العام", "2.375 تريليون ريال", kind="money",
                  value=2_375_000_000_000)
    assert_figure("وسجل المؤشر ارتفاعا وبلغ وزن الشحنة 312.845 طنا", "312.845 طنا", kind="measure", value=312.845)
    # a precise measure beside a counted noun in thousands stays a decimal: only a round group (ends in 0)
    # takes the weak evidence of the counted noun
    assert_figure("ونقلت 1210 شاحنات محملة بـ 96.418 صندوقا يبلغ وزنها 289.254 طنا",
                  "289.254 طنا", kind="measure", value=289.254)
    assert_figure("ونقلت 1210 شاحنات محملة بـ 96.418 صندوقا يبلغ وزنها 289.254 طنا",
                  "96.418 صندوقا", kind="count", value=96418)
    # a percent is never re-read (2.125% is not 2125%), nor a dot decimal of another length
    assert_figure("وبلغ النمو 4,5% وارتفعت الفائدة إلى 2.125%", "2.125%", kind="percent", value=2.125)
    assert_figure("وبلغ النمو 4,5% ونسبة الحصاد 67.9% من المساحة", "67.9% من المساحة", kind="percent", value=67.9)
    # a document without a comma decimal: a bare dot group stays as the scanner read it
    assert_figure("وأغلق السهم عند 0.875 ريال بعد أن تراجع 1.125", "0.875 ريال", kind="money", value=0.875)


# -- a counted noun never carries a preposition: the number before ب/ل + noun counts nothing written there
def test_preposition_led_word_is_no_counted_noun():
    assert_figure("وأنجزت الشركة مشاريع عدة، منها 9 بتمويل حكومي و5 بتمويل من القطاع الخاص", "9", kind="count", value=9, unit="")
    assert_figure("وعبرت 41 سفينة منها 15 بالمجرى الجديد و26 بقناة السويس القديمة", "26", kind="count", value=26, unit="")


@pytest.mark.parametrize("sentence,surface,unit", [
    ("وتسلمت البلدية 3 بطاقات ذكية", "3 بطاقات", "بطاقة"),  # بطاقة: its ب is the root's (unit in the singular)
    ("وافتتح المصرف 5 بنوك جديدة", "5 بنوك", "بنوك"),
    ("وشكلت الوزارة 4 لجان للمتابعة", "4 لجان", "لجان"),
    ("وأقر المجلس 6 بنود من الاتفاقية", "6 بنود", "بند"),
    ("ورست 7 بواخر محملة بالقمح في الميناء", "7 بواخر", "بواخر"),
    ("وأنشأت البلدية 8 بلديات فرعية", "8 بلديات", "بلدية"),
])
def test_preposition_led_neighbours_stay_counted_nouns(sentence, surface, unit):
    # the letter is the root's when the word takes the article (اللجان, البنوك): after a definite subject
    # too (وشكلت الوزارة 4 لجان was the label الوزارة 4)
    assert_figure(sentence, surface, kind="count", unit=unit)


# -- digits right after an indefinite place noun name the place (a label), as after رقم
NUMBERED_PLACES = [
    ("وقالت إحدى المتطوعات من قرية 4، بلدية هوا آن، إن الفرق زارتها", "قرية 4"),
    ("وتوقف القطار عند محطة 6 قبل أن يواصل رحلته", "محطة 6"),
    ("وتقيم الأسرة في شقة 12 بالطابق الثالث", "شقة 12"),
    ("ونقل المصابون إلى عنبر 3 في المستشفى", "عنبر 3"),
]


@pytest.mark.parametrize("sentence,surface", NUMBERED_PLACES, ids=[s for _, s in NUMBERED_PLACES])
def test_number_after_an_indefinite_place_noun_is_a_label(sentence, surface):
    assert_figure(sentence, surface, kind="label")
    assert_no_figure(sentence, surface)


def test_numbered_place_neighbours_stay_counts():
    # a counted noun, a scale word, a partitive or كل (each) after the place noun: a count
    assert_figure("وفي كل قرية 30 متطوعا من الشباب", "30 متطوعا", kind="count", value=30)
    assert_figure("ويسكن القرية 3 آلاف نسمة", "3 آلاف نسمة", kind="count", value=3000)
    assert_figure("ووزعت الوزارة على كل قرية 5 من الأطباء", "5 من الأطباء", kind="count", value=5)
    assert_figure("وسجلت محطة 12 إصابة جديدة", "12 إصابة", kind="count", value=12)
    # a place noun before a number a few words on, and a year after a station's name
    assert_figure("وزار الوفد القرية وأهدى أهلها 40 سلة غذائية", "40 سلة", kind="count", value=40)


# -- a dash between two days of one month: one stretch of days (as 15-20 شخصا is one range), in both
# calendars; a score or a reversed pair is no stretch
def test_dash_between_two_days_is_one_date_range():
    s = "وتقام الدورة خلال الفترة 12 – 14 ذي القعدة 1436هـ الموافق 27 – 29 أغسطس 2015م في جدة"
    assert_figure(s, "12 – 14 ذي القعدة 1436هـ", kind="date", calendar="hijri", date="2015-08-27/2015-08-29")
    assert_figure(s, "27 – 29 أغسطس 2015م", kind="date", date="2015-08-27/2015-08-29")
    assert not [q for q in extract_quantities(s) if q["kind"] == "label"]  # was the label الموافق 27
    assert_figure("ويقام المعرض 3-5 مارس المقبل", "3-5 مارس المقبل", published="2015-08-06", kind="date",
                  date="2016-03-03/2016-03-05")
    assert_figure("وتنطلق الدورة يومي 7 و8 شوال 1436هـ", "7 و8 شوال 1436هـ", kind="date", calendar="hijri",
                  date="2015-07-23/2015-07-24")


def test_dash_between_two_days_neighbours():
    # a score before a date, a reversed pair, and a dash range of counted things
    got = extract_quantities("وفاز على ضيفه 3-1 في 5 أغسطس 2015")
    assert [(q["surface"], q["kind"], q["date"]) for q in got] == [("3-1", "label", ""), ("5 أغسطس 2015", "date", "2015-08-05")]
    assert not [q for q in extract_quantities("وانتهت المباراة بنتيجة 6-3 أغسطس الماضي") if q["kind"] == "date"]
    assert_figure("ويشارك 15-20 متدربا في كل دورة", "15-20 متدربا", kind="count", value=15, value_end=20)


# -- a function word or a verb in the past plural after a number is no counted noun
@pytest.mark.parametrize("sentence,surface", [
    ("وتماثلت 583 حالة للشفاء، و 12 تحت العلاج", "12"),
    ("وبلغ عدد المشاركين 90، منهم 70 سجلوا عبر الموقع", "70"),
    ("وقتل 12 شخصا وأكثر من ألفين تضرروا من السيول", "وأكثر من ألفين"),
])
def test_function_word_or_verb_is_no_counted_noun(sentence, surface):
    assert_figure(sentence, surface, kind="count", unit="")


def test_function_word_or_verb_neighbours():
    # a noun's tanwin alef after و is no verb ending: عضوا, فيديوا
    assert_figure("وانضم 15 عضوا إلى المجلس", "15 عضوا", kind="count", value=15, unit="عضو")
    assert_figure("ونشرت الحملة 40 فيديوا توعويا", "40 فيديوا", kind="count", value=40, unit="فيديو")
    assert_figure("وتماثلت 583 حالة للشفاء", "583 حالة", kind="count", value=583, unit="حالة")


# -- digits after a rank noun with its pronoun rank as after its article: في نسخته 17 (its 17th edition)
def test_rank_noun_with_a_pronoun():
    assert_figure("وينطلق المهرجان في نسخته 18 لعام 1437 هجرية", "نسخته 18", kind="ordinal", value=18, unit="نسخة")
    assert_figure("وتقام البطولة في دورتها 9 بمشاركة 12 منتخبا", "دورتها 9", kind="ordinal", value=9, unit="دورة")
    # a counted noun after the number: a count
    assert_figure("وطبعت الدار من الرواية في نسختها 500 نسخة", "500 نسخة", kind="count", value=500)
    assert_no_figure("وطبعت الدار من الرواية في نسختها 500 نسخة", "نسختها")


def test_a_decimal_times_its_scale_is_a_whole_number():
    # 8.419 × 10^9 is 8419000000.000001 in binary floating point: the value is the whole number
    q = next(q for q in extract_quantities("وتراجع العجز إلى 8.419 مليارات استرليني") if q["kind"] == "money")
    assert q["value"] == 8_419_000_000 and isinstance(q["value"], int)
    # a true decimal stays one
    assert_figure("وارتفعت الأسهم 2.5 بالمئة", "2.5 بالمئة", kind="percent", value=2.5)


# -- a masculine construct dual before two coordinated definite nouns, one for each
CONSTRUCT_PAIRS = [
    ("وجرى توقيع الاتفاقية خلال لقاء جمع وزيري الصحة والتعليم بالمسؤولين", "وزيري", "وزير"),
    ("ويحتاج القرار إلى أغلبية الثلثين في مجلسي النواب والشيوخ", "مجلسي", "مجلس"),
    ("وتراجعت الاستثمارات في قطاعي التعدين والطاقة خلال العام", "قطاعي", "قطاع"),
    ("وبدأ تحميل الناقلات في ميناءي الدمام والجبيل أمس", "ميناءي", "ميناء"),
]


@pytest.mark.parametrize("sentence,surface,unit", CONSTRUCT_PAIRS, ids=[s for _, s, _ in CONSTRUCT_PAIRS])
def test_masculine_construct_dual_before_a_coordinated_pair(sentence, surface, unit):
    assert_figure(sentence, surface, kind="count", value=2, unit=unit)


@pytest.mark.parametrize("sentence,surface", [
    ("وقال لاعبي الهلال والنصر إنهم جاهزون", "لاعبي"),  # a sound plural in construct (لاعبون)
    ("واجتمع ممثلي الحكومة والمعارضة في جنيف", "ممثلي"),
    ("ويعقد الاجتماع بشكل يومي الأحد والاثنين", "يومي"),  # a nisba adjective
    ("وأكد مسؤولي الوزارة والهيئة أهمية المشروع", "مسؤولي"),
])
def test_masculine_construct_dual_neighbours(sentence, surface):
    assert_no_figure(sentence, surface)


# -- لست is the verb ليس (I am not) unless a counted noun in the genitive plural follows
def test_lastu_is_no_six():
    assert_no_figure("وقال المدرب: لست متأكدا من جاهزية اللاعب", "لست")
    assert_no_figure("ولست أنا من يقرر ذلك", "ولست")
    assert_no_figure("لست أقل من غيري في الخبرة", "لست")
    assert_figure("واستمرت الأشغال لست سنوات متتالية", "لست سنوات", kind="duration", value=6)
    assert_figure("ووصلت القافلة لست دول أفريقية", "لست دول", kind="count", value=6)


# -- يومي + two weekdays is a stretch of two days only after rest or leave; elsewhere it names the weekdays
def test_two_weekdays_are_two_days_only_off():
    assert_figure("ومنح المدرب اللاعبين راحة يومي الخميس والجمعة", "يومي", kind="duration", value=2, unit="يوم")
    assert_figure("وتعود الفرق للتدريب بعد عطلة يومي الجمعة والسبت", "يومي", kind="duration", value=2)


@pytest.mark.parametrize("sentence", [
    "وتقام البطولة يومي الأربعاء والخميس المقبلين في الطائف",
    "وتعمل المراكز من السابعة صباحا حتى الخامسة مساء بما في ذلك يومي الجمعة والسبت",
    "وشهد القرار تغيير العطلة الأسبوعية إلى يومي الجمعة والسبت",
])
def test_two_weekdays_named_are_no_figure(sentence):
    assert_no_figure(sentence, "يومي")


# -- a point with its genitive noun is a place counted (checkpoints, points of sale), not index points
@pytest.mark.parametrize("sentence,surface,unit", [
    ("وأقامت القوات 6 نقاط تفتيش على مداخل المدينة", "6 نقاط تفتيش", "نقطة تفتيش"),
    ("ونشرت الوزارة 18 نقطة تطعيم في الأحياء", "18 نقطة تطعيم", "نقطة تطعيم"),
    ("وافتتحت الشركة 40 نقطة بيع في المنطقة", "40 نقطة بيع", "نقطة بيع"),
])
def test_point_with_its_noun_is_counted(sentence, surface, unit):
    assert_figure(sentence, surface, kind="count", unit=unit)


def test_index_points_stay_a_measure():
    assert_figure("وارتفع المؤشر 38 نقطة أو 0.4 في المائة", "38 نقطة", kind="measure", value=38, unit="نقطة")
    assert_figure("وخفض البنك الفائدة 25 نقطة أساس", "25 نقطة", kind="measure", value=25)


# -- an hour word after the definite member of a construct ranks the construct's feminine head
def test_ordinal_after_a_construct_is_no_clock_time():
    s = "وناقش الأعضاء في جلسة العمل الثالثة صباح يوم 14 مايو التقرير السنوي"
    assert not [q for q in extract_quantities(s) if q["kind"] == "time"]
    assert_figure(s, "14 مايو", kind="date", date="--05-14")
    # an hour word after a verb or an object stays a clock time
    assert_figure("وعاد الوفد العاشرة ليلا", "العاشرة ليلا", kind="time", date="T22:00")
    assert_figure("واستأنفت اللجنة اجتماعها الثالثة عصرا", "الثالثة عصرا", kind="time", date="T15:00")


def test_a_yearless_month_takes_the_year_nearest_the_dateline():
    import pandas as pd
    from arnews.quantities import quantities_table

    paragraphs = pd.DataFrame([
        {"article_id": "x", "paragraph": 0, "role": "dateline", "text": "هانوي، 12/01/2026"},
        {"article_id": "x", "paragraph": 1, "role": "body",
         "text": "واستقبلت المنطقة حتى نهاية ديسمبر الماضي 240 مشروعا، وتبدأ المرحلة الثانية في مارس المقبل."},
        {"article_id": "y", "paragraph": 0, "role": "body", "text": "واستقبلت المنطقة حتى نهاية ديسمبر الماضي 240 مشروعا."},
    ])
    articles = pd.DataFrame([{"article_id": "x", "language": "ar"}, {"article_id": "y", "language": "ar"}])
    df = quantities_table(paragraphs, articles)
    periods = df[(df.article_id == "x") & (df.kind == "period")]
    assert periods.date.tolist() == ["2025-12", "2026-03"]  # December before a January dateline: last year
    assert df[(df.article_id == "y") & (df.kind == "period")].date.tolist() == ["--12"]  # no dateline: no year
