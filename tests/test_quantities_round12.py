"""Golden tests for quantities, round 12 of issue 13 (branch q24).

Every sentence here was written for these tests in the style of the news (no corpus text).
Each rule is asserted on kind, value, unit, date and span (the surface is the span read back
from the offsets), with the nasty neighbours that must NOT match."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


def rows(sentence, published=""):
    return [(q["surface"], q["kind"], q["value"], q["date"]) for q in extract_quantities(sentence, published=published)]


# -- a word in -ان inside a person's name is no dual
NAMES = [
    ("وأعلن د. منير سالمان رئيس الهيئة عن خطة جديدة", "سالمان"),
    ("وقال الدكتور فهد عدلان إن اللجنة أنهت عملها", "عدلان"),
    ("وصرح المتحدث محمد سالمان بأن الطريق سيفتح", "سالمان"),
    ("وصدر الحكم بحق المتهم تاديسي ولدو هيلان مريم بعد اعترافه", "هيلان"),
    ("وأوضح خالد الحمدان مدير الإدارة أن العمل مستمر", "الحمدان"),
    ("وحضر اللقاء عبدالله بن سليمان الربيعان", "الربيعان"),
]


@pytest.mark.parametrize("sentence,word", NAMES, ids=[w for _, w in NAMES])
def test_a_name_in_an_is_no_dual(sentence, word):
    assert_no_figure(sentence, word)


def test_name_neighbours_stay_duals():
    # a dual before two names, after a verb, a dual after a definite title (the subject), a dual object
    assert_figure("ووصل شخصان محمد وعلي إلى المستشفى", "شخصان", kind="count", value=2)
    assert_figure("وأصيب شابان محمد وعلي في الحادث", "شابان", kind="count", value=2)
    assert_figure("وافتتح الأمير جسران جديدان فوق الوادي", "جسران", kind="count", value=2)
    assert_figure("واشترى محمد سيارتين جديدتين", "سيارتين", kind="count", value=2)
    assert_figure("وقضى أحمد عامين في الغربة", "عامين", kind="duration", value=2)
    assert_figure("وقال محمد إن الطرفان اتفقا على الهدنة", "الطرفان", kind="count", value=2)
    assert_figure("والتقى خالد الطرفين في جدة", "الطرفين", kind="count", value=2)


# -- the dual of a noun in -ي (جاني, قاضي) is no nisba plural; not محاميين, which news also writes for the
# plural (آراء المحاميين الدوليين)
def test_dual_of_a_noun_in_ya():
    assert_figure("ونفذ حكم القصاص بالجانيين في مدينة الرياض", "بالجانيين", kind="count", value=2, unit="جاني")
    assert_figure("وأوقفت الشرطة جانيين هاربين", "جانيين", kind="count", value=2, unit="جاني")
    assert_figure("وحكم القاضيان بالبراءة", "القاضيان", kind="count", value=2, unit="قاضي")
    assert_figure("وحكم على 3 جناة بالسجن", "3 جناة", kind="count", value=3, unit="جاني")
    # a nisba plural stays no figure
    assert_no_figure("ويعمل في المصنع عمال سعوديين ومصريين", "سعوديين")
    assert_no_figure("ومثل الجاني أمام القاضي أمس", "الجاني")
    assert_no_figure("ونقل آراء المحاميين الدوليين والعرب", "المحاميين")


# -- a standard by its number, a PO box, a postal code, an SMS number: labels
def test_standards_are_labels():
    assert_figure("وحصل المستشفى على شهادة الآيزو 2008:9001 في الجودة", "الآيزو 2008:9001", kind="label", value=9001)
    assert_figure("ويطبق المصنع نظام ISO 9001:2015 للجودة", "ISO 9001:2015", kind="label", value=9001)
    assert_figure("ونالت الشركة شهادة أيزو 14001 البيئية", "أيزو 14001", kind="label", value=14001)
    assert not [q for q in extract_quantities("وحصل المستشفى على شهادة الآيزو 2008:9001 في الجودة")
                if q["kind"] in ("year", "count")]


def test_standard_neighbours():
    # a year and a count near the word, not after it
    assert_figure("وحصلت الجامعة على الآيزو عام 2012", "عام 2012", kind="year", date="2012")
    assert_figure("وتقدم 2008 طلاب لاختبار الآيزو", "2008 طلاب", kind="count", value=2008)


def test_po_box_and_postal_code_are_labels():
    s = "ويمكن التواصل عبر العنوان ص.ب 41230 الدمام 31422 أو البريد الإلكتروني"
    assert_figure(s, "ص.ب 41230", kind="label", value=41230)
    assert_figure(s, "31422", kind="label", value=31422)
    assert_figure("وترسل الطلبات إلى صندوق بريد 2255 الرياض 11564", "صندوق بريد 2255", kind="label", value=2255)
    assert_figure("وترسل الطلبات إلى صندوق بريد 2255 الرياض 11564", "11564", kind="label", value=11564)
    assert_figure("ويكتب الرمز البريدي 23451 على الظرف", "23451", kind="label", value=23451)


def test_postal_neighbours_stay_counts():
    assert_figure("ويبلغ عدد سكان الدمام 31422 نسمة", "31422 نسمة", kind="count", value=31422)
    assert_figure("ووصل 41230 حاجا إلى جدة أمس", "41230 حاجا", kind="count", value=41230)
    # a number after a city with no PO box before it
    assert_figure("ووزعت البلدية في الدمام 31422 وجبة", "31422 وجبة", kind="count", value=31422)


def test_sms_number_after_send_sms():
    s = "وللمشاركة أرسل sms إلى 77120 الاتصالات أو 606070 زين"
    assert_figure(s, "77120", kind="label", value=77120)
    assert_figure("وللتبرع أرسل رسالة نصية إلى 5070", "5070", kind="label")
    # a count after إلى without a message before it
    assert_figure("وارتفع العدد إلى 77120 زائرا", "77120 زائرا", kind="count", value=77120)


# -- plural names of currencies
@pytest.mark.parametrize("sentence,surface,code", [
    ("ودفع السائح عشرة يوروات ثمنا للتذكرة", "عشرة يوروات", "EUR"),
    ("وبلغ سعر القطعة خمسة يوروهات", "خمسة يوروهات", "EUR"),
    ("واشترى الكتاب بعشرة دولارات", "بعشرة دولارات", "USD"),
    ("ولا يتجاوز ثمنها ثلاثة جنيهات", "ثلاثة جنيهات", "EGP"),
    ("ودفع سبعة ريالات فقط", "سبعة ريالات", "SAR"),
    ("وكانت الأجرة أربعة دراهم", "أربعة دراهم", "AED"),
    ("وغرم تسعة دنانير", "تسعة دنانير", "KWD"),
])
def test_plural_currency_names(sentence, surface, code):
    assert_figure(sentence, surface, kind="money", currency=code)


def test_currency_neighbours():
    # a plural noun that is no currency
    assert_figure("وزار المعرض عشرة أوروبيين", "عشرة أوروبيين", kind="count", value=10)


# -- a stretch of days: X إلى Y + month (one date row, as the readers of blind21 and blind22 wrote it)
def test_a_stretch_of_days_is_one_date():
    s = "وتقام الدورة في الفترة من 12 إلى 19 سبتمبر/ أيلول، الحالي في جدة"
    assert_figure(s, "12 إلى 19 سبتمبر/ أيلول، الحالي", published="2015-09-02", kind="date",
                  date="2015-09-12/2015-09-19")
    assert_figure("ويستمر المهرجان من 3 حتى 9 من مارس المقبل", "3 حتى 9 من مارس المقبل", published="2015-08-02",
                  kind="date", date="2016-03-03/2016-03-09")
    assert_figure("وتقام البطولة من 5 إلى 11 يناير 2016", "5 إلى 11 يناير 2016", kind="date",
                  date="2016-01-05/2016-01-11")


def test_stretch_of_days_neighbours():
    # a range of counted things, a later day before the first, two days joined by و stay two rows
    assert_figure("وارتفع العدد من 12 إلى 19 شخصا في سبتمبر", "من 12 إلى 19 شخصا", kind="count", value=12)
    assert rows("وتراجع الترتيب من 19 إلى 12 سبتمبر")[-1][:2] == ("12 سبتمبر", "date")
    assert [r[0] for r in rows("ويعقد اللقاء في 14 و17 أغسطس 2015")] == ["14", "17 أغسطس 2015"]


def test_a_stretch_of_days_before_a_numeric_hijri_date():
    s = "ويستقبل المركز الطلبات خلال الفترة من 1 إلى 30 /11 / 1436هـ"
    # Umm al-Qura gives ذو القعدة 1436 29 days: its 30th is the day after the 29th
    assert_figure(s, "1 إلى 30 /11 / 1436هـ", kind="date", date="2015-08-16/2015-09-14", calendar="hijri")
    assert_figure("ويبدأ التسجيل من 5 حتى 9/10/1436هـ", "5 حتى 9/10/1436هـ", kind="date",
                  date="2015-07-21/2015-07-25")
    assert_figure("وينتهي التسجيل في 30/11/1436هـ", "30/11/1436هـ", kind="date", date="2015-09-14")
    # no Hijri date after the second number: no stretch
    assert not [r for r in rows("وارتفع المعدل من 5 إلى 9/10 درجات") if r[1] == "date"]


def test_a_month_with_its_other_name_then_the_year():
    assert_figure("وهبط الرائد على سطح القمر في 20 يوليو (تموز) من عام 1969", "20 يوليو (تموز) من عام 1969",
                  kind="date", date="1969-07-20")
    assert_figure("وولد في 3 مارس من العام 1950", "3 مارس من العام 1950", kind="date", date="1950-03-03")
    assert [r[1] for r in rows("وهبط الرائد على سطح القمر في 20 يوليو (تموز) من عام 1969")] == ["date"]
    assert_figure("وتقام البطولة من 10 وحتى 28 من يناير (كانون الثاني) من العام المقبل 2016",
                  "10 وحتى 28 من يناير (كانون الثاني) من العام المقبل 2016", kind="date", date="2016-01-10/2016-01-28")
    # من عام without a year: the day alone; من العام الماضي without a year too
    assert_figure("وولد في 5 مارس من العام الماضي", "5 مارس", kind="date", date="--03-05")
    assert_figure("ومنذ 3 مارس من عام مضى", "3 مارس", kind="date", date="--03-03")


def test_a_digit_day_of_a_hijri_month():
    assert_figure("وتنطلق الفعاليات في الـ7 من شهر ذي القعدة المقبل", "الـ7 من شهر ذي القعدة المقبل",
                  published="2015-08-10", kind="date", date="2015-08-22", calendar="hijri")
    assert_figure("ويبدأ الدوام في الـ10 من شوال", "الـ10 من شوال", kind="date", calendar="hijri")
    # the rank of a definite noun before it stays an ordinal
    assert_figure("وتقام النسخة الـ7 من رمضان في جدة", "النسخة الـ7", kind="ordinal", value=7)


def test_a_range_of_hijri_years_dates_by_gregorian_years():
    assert_figure("وخصصت الوزارة الميزانية للعام المالي 1435 / 1436هــ", "1435 / 1436هــ",
                  kind="year_range", date="2014/2015", calendar="hijri")
    assert_figure("للعام الدراسي 1436/1437هـ", "1436/1437هـ", kind="year_range", date="2015/2016")
    # a single Hijri year keeps its Gregorian interval
    assert_figure("في عام 1436هـ", "عام 1436هـ", kind="year", date="2014-10-25/2015-10-13")


# -- the dual of ثلث standing alone is two thirds
def test_two_thirds_alone_is_a_fraction():
    assert_figure("وأقر المجلس التعديل بأغلبية الثلثين", "الثلثين", kind="fraction", value=0.666667)
    assert_figure("ويشترط القانون موافقة الثلثان من الأعضاء", "الثلثان", kind="fraction", value=0.666667)
    assert_figure("وحصد الحزب ثلثي المقاعد", "ثلثي المقاعد", kind="fraction", value=0.666667)
    # a third and thirty stay what they are
    assert not [r for r in rows("وخسر السهم الثلث من قيمته") if r[1] == "count"]
    assert_figure("وشارك في السباق ثلاثين عداء", "ثلاثين عداء", kind="count", value=30)


# -- a number over a hundred in the old way: X بعد المائة
def test_after_the_hundred():
    assert_figure("وقد بلغ الثالثة والعشرين عامًا بعد المائة", "الثالثة والعشرين عامًا بعد المائة",
                  kind="duration", value=123, unit="سنة")
    assert_figure("واحتفلت المدينة بالذكرى الخامسة والعشرين بعد المائة لتأسيسها", "الخامسة والعشرين بعد المائة",
                  kind="ordinal", value=125)
    # بعد followed by something else: no hundred
    assert_figure("واحتفلت المدينة بالذكرى الخامسة والعشرين بعد تأسيسها", "الخامسة والعشرين", kind="ordinal",
                  value=25)
    # digits are never read this way
    assert [r[2] for r in rows("وحل في المرتبة 25 بعد المائة") if r[1] == "ordinal"][:1] == [25]


# -- a few time units
def test_a_few_months():
    assert_figure("وكان الاتفاق قد وقع قبل بضعة أشهر", "بضعة أشهر", kind="duration", value=None, unit="شهر",
                  approx="about")
    assert_figure("وعاد إلى بلاده بعد بضع سنوات", "بضع سنوات", kind="duration", value=None, approx="about")
    # no time unit: no figure; بضعة آلاف: the thousands
    assert_no_figure("واكتفى الوزير ببضع كلمات", "ببضع كلمات")
    assert_no_figure("وقال بضعة من الحاضرين", "بضعة")


# -- an ordinal before a definite plural it ranks; a win by its goals in one word
def test_ordinal_before_a_definite_plural():
    assert_figure("وفي ثالث المباريات الودية فاز الفريق", "ثالث المباريات", kind="ordinal", value=3)
    assert_figure("وسجل اللاعب ثاني الأهداف", "ثاني الأهداف", kind="ordinal", value=2)
    assert_figure("وفي ثاني لقاءاته خسر الفريق", "ثاني", kind="ordinal", value=2)
    # a title and a chemical name are no ranks of a definite plural
    assert_no_figure("ويعد المسجد الأقصى ثالث الحرمين الشريفين", "ثالث")


def test_a_win_by_its_goals_in_one_word():
    assert_figure("الاتحاد يتغلب على الرائد بثنائية في لقاء ودي", "بثنائية", kind="count", value=2, unit="هدف")
    assert_figure("وخسر الفريق برباعية أمام منافسه", "برباعية", kind="count", value=4, unit="هدف")
    # no match before and no result after: a trilogy, an adjective
    assert_no_figure("واحتفى النادي الأدبي بثلاثية الروائي الشهيرة", "بثلاثية")
    assert_no_figure("وتتميز المدرسة بثنائية اللغة", "بثنائية")


# -- a construct dual with his pronoun, of a noun whose dual the lexicon lists
def test_a_dual_with_his_pronoun():
    assert_figure("وطالب الأب بالتحقيق في وفاة طفليه في المستشفى", "طفليه", kind="count", value=2, unit="طفل")
    # a sound plural with the pronoun, a feminine adjective written with ه
    assert_no_figure("وشكر المدرب لاعبيه بعد المباراة", "لاعبيه")
    assert_no_figure("وطالب بتجديد عضويه في المجلس", "عضويه")


# -- an adverb before a number names nothing
def test_an_adverb_before_a_number_is_no_label():
    assert rows("وكان عدد سكان القرية 900 نسمة وأصبحوا الآن 312 فقط")[-1][:3] == ("312", "count", 312)
    assert_figure("وتوقفت السيارة 537 عند الإشارة", "السيارة 537", kind="label")


# -- zero on a scale
def test_zero_on_a_scale():
    assert_figure("وبقي معدل النمو عند مستوى الصفر هذا العام", "الصفر", kind="measure", value=0)
    assert_figure("وهبطت الحرارة ليلا إلى تحت الصفر", "الصفر", kind="measure", value=0)
    # from scratch, zero hour, the month صفر, a temperature given with its side
    assert_no_figure("وبدأ المشروع من الصفر", "الصفر")
    assert_no_figure("وأعلنت ساعة الصفر للعملية", "الصفر")
    assert_figure("وسجلت المحطة 4 درجات مئوية تحت الصفر", "4 درجات مئوية", kind="measure", value=4)
    assert_no_figure("وسجلت المحطة 4 درجات مئوية تحت الصفر", "الصفر")


# -- a name and its number in brackets, or in quotes whose opening mark is turned the wrong way
def test_a_name_and_its_number_in_brackets_is_a_label():
    assert_figure("وتمسك الوفد بمقررات مؤتمر (جنيف 2) للحل", "2", kind="label", value=2)
    assert_figure("وأطلقت الوكالة «سويوز 5» و»سويوز 6» إلى المدار", "6", kind="label", value=6)
    # a count in brackets: after an approximation or a function word, or a number alone
    assert_figure("وأصيب في الحادث (نحو 5) أشخاص", "نحو 5", kind="count", value=5, approx="about")
    assert_figure("وبلغ عدد الضحايا (أكثر من 12)", "أكثر من 12", kind="count", value=12)
    assert_figure("وبلغ عدد القتلى (12)", "12", kind="count", value=12)


# -- a definite fraction of a total
def test_a_definite_fraction_of_a_total():
    assert_figure("وأكد التقرير أن الثلث من أصل 90 لاعبا تعاطوا المنشطات", "الثلث", kind="fraction", value=0.333333)
    assert_figure("ونال الربع من إجمالي المتقدمين القبول", "الربع", kind="fraction", value=0.25)
    # mid-Sha'ban and a quarter of a year stay what they are
    assert_no_figure("وأحيا المسلمون ليلة النصف من شعبان", "النصف")
    assert_figure("وارتفعت الأرباح في الربع الأول من العام", "الربع الأول من العام", kind="period")


def test_a_stretch_of_days_in_words_is_one_date():
    assert_figure("وتجرى المقابلات من الثاني وحتى السابع من ذي الحجة المقبل", "الثاني وحتى السابع من ذي الحجة المقبل",
                  published="2015-08-06", kind="date", date="2015-09-15/2015-09-20", calendar="hijri")
    assert_figure("ويقام المعرض من العاشر إلى الخامس عشر من مارس 2016", "العاشر إلى الخامس عشر من مارس 2016",
                  kind="date", date="2016-03-10/2016-03-15")
    # a rank before a month stays a rank
    assert_figure("وتبدأ الدراسة في الأسبوع الثاني من سبتمبر", "الأسبوع الثاني", kind="ordinal", value=2)
