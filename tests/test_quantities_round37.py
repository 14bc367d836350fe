"""Golden tests for quantities, round 37 of issue 13 (branch q37): error classes pooled over the
development sets blind19-34 (both readers) and pages19-21.

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value, unit, currency, date and span, with the nasty neighbours that
must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


def _rows(sentence, published=""):
    return [(q["surface"], q["kind"], q["value"], q["currency"]) for q in extract_quantities(sentence, published=published)]


# -- 1. a bare scaled figure after ``عدد`` counts things, whatever amount came before (scanner.py _count_named)
def test_a_number_of_after_an_amount_is_a_count():
    s = "ورفعت الشركة رأسمالها إلى 5 ملايين دولار. وبلغ عدد المشتركين في الخدمة نحو 2 مليون."
    assert_figure(s, "نحو 2 مليون", kind="count", value=2000000, currency="", unit="", approx="about")
    s = "وبلغت إيرادات الهيئة 5 مليارات ريال، فيما وصل عدد العملاء إلى 3 ملايين"
    assert_figure(s, "3 ملايين", kind="count", value=3000000, currency="")
    s = "وبلغت قيمة الصفقات المنفذة 3 مليارات ريال وعددها 14 ألفا"
    assert_figure(s, "وعددها 14 ألفا", kind="count", value=14000, currency="")


def test_nasty_neighbours_of_the_number_of():
    # amounts after an amount keep its currency, in the next sentence too
    s = "وسجل الأفراد صافي بيع قيمته 3.8 مليار ريال. أما المؤسسات فزادت مشترياتها بـ 3.2 مليار بعد أن اشترت بـ12 مليارا"
    assert _rows(s) == [("3.8 مليار ريال", "money", 3800000000, "SAR"), ("3.2 مليار", "money", 3200000000, "SAR"),
                        ("12 مليارا", "money", 12000000000, "SAR")]
    assert_figure("بلغت الأرباح 5 مليارات ريال مقابل 4 مليارات في العام الماضي", "4 مليارات", kind="money",
                  value=4000000000, currency="SAR")
    # a count named first, then its value: the value is an amount
    s = ("وتم الاكتتاب بعدد 900 ألف سهم بقيمة 41,059,460 ريالا، ثم بعدد 9,703,933 سهما بقيمة 97,039,330 "
         "وبنسبة تغطية 65%")
    assert_figure(s, "97,039,330", kind="money", value=97039330, currency="SAR")


# -- 2. two small numbers joined by a dash that do not run upwards are a score (score_pairs.py)
def test_a_level_or_falling_pair_is_a_score_far_from_a_match_word():
    s = "وتوج الفريق باللقب على حساب منافسه ( 2-2 ذهاباً خارج ملعبه، و1-1 إيابا) بعد لقبه الأول"
    got = [(q["surface"], q["kind"], q["value"], q["value_end"]) for q in extract_quantities(s) if q["kind"] != "ordinal"]
    assert got == [("2-2", "label", 2, 2), ("1-1", "label", 1, 1)]
    assert_figure("وكان الفريق تعادل على أرضه مع ضيفه في الجولة الماضية 1- 1، ثم خسر", "1- 1", kind="label",
                  value=1, value_end=1)
    assert_figure("وحقق النادي في الجولة الماضية فوزه الثالث على التوالي وكان على منافسه 3- 1، وسيضمن تأهله",
                  "3- 1", kind="label", value=3, value_end=1)
    # the bracketed score keeps its brackets (score rule of labels.py)
    assert_figure("وانتهت المباراة بالتعادل (1-1) في الشوط الأول", "(1-1)", kind="label", value=1, value_end=1)


def test_nasty_neighbours_of_the_falling_score():
    # a range runs upwards
    assert_figure("وتتراوح أعمار المشاركين بين 15-20 عاما", "15-20 عاما", kind="duration", value=15, value_end=20)
    assert_figure("وشارك في الورشة 5-8 متدربين", "5-8 متدربين", kind="count", value=5, value_end=8)
    # a date with a year
    assert_figure("وصدر القرار في 5-3-2015 بعد اجتماع اللجنة", "5-3-2015", kind="date", date="2015-03-05")
    # a percentage after the pair
    assert not any(q["kind"] == "label" for q in extract_quantities("وتراجع المؤشر بنسبة 3-2% خلال الجلسة"))
    # a day before the pair: no score
    assert not any(q["kind"] == "label" for q in extract_quantities("وتقام المباراة يوم 15-8 على الملعب الرئيسي"))


# -- 3. a dot group of three zeros is a thousands separator, also before a measure or nothing (numbers.py)
def test_a_dot_group_of_zeros_is_thousands():
    assert_figure("وتبلغ المساحة الإجمالية للمرحلة الثالثة 76.000 م2، والطاقة الاستيعابية", "76.000 م2",
                  kind="measure", value=76000, unit="متر مربع")
    assert_figure("وحضر الحفل المحافظ ونحو 1.000 من رجال الأمن والمتطوعين", "ونحو 1.000", kind="count",
                  value=1000, approx="about")
    assert_figure("التي ناهز عددها (30.000) ثلاثين ألف منشأة", "30.000", kind="count", value=30000)
    assert_figure("ويحتاج المشروع إلى 2.000.000 متر مكعب من المياه", "2.000.000 متر مكعب", kind="measure",
                  value=2000000)


def test_nasty_neighbours_of_the_zero_group():
    # a scale word after the group: a decimal of the scale
    assert_figure("وبلغت الإيرادات 2.000 مليار ريال", "2.000 مليار ريال", kind="money", value=2000000000,
                  currency="SAR")
    # three decimals that are not zeros before a measure: a decimal, as before
    assert_figure("ويبلغ طول الطريق 16.250 كم بعرض 40 مترا", "16.250 كم", kind="measure", value=16.25)
    # share prices to three decimals among others
    assert_figure("وأغلق السهم عند 2.470 درهم بعد أن كان 0.675 درهم", "2.470 درهم", kind="money", value=2.47,
                  currency="AED")


# -- 4. a scaled amount in brackets before its unit (numbers.py)
def test_a_bracketed_scaled_amount_takes_the_unit_after_the_bracket():
    assert_figure("وأشارت الأرقام إلى أن الاستثمارات في المدن الصناعية تجاوزت (1 ترليون) ريال، كما", "تجاوزت (1 ترليون) ريال",
                  kind="money", value=1e12, currency="SAR", approx="more_than")
    assert_figure("وبلغت قيمة العقود (3.5 مليار) دولار", "(3.5 مليار) دولار", kind="money", value=3.5e9, currency="USD")
    assert_figure("ويبلغ عدد سكان المحافظة (3 ملايين) نسمة", "(3 ملايين) نسمة", kind="count", value=3e6, unit="نسمة")


def test_nasty_neighbours_of_the_bracketed_amount():
    # no unit after the bracket: the bare amount, brackets outside the span
    assert_figure("وبلغ رأس مال الصندوق (5 ملايين) وفق التقرير", "5 ملايين", kind="count", value=5e6)
    # the scale word outside the bracket, as before
    assert_figure("وبلغت التكلفة (12) مليون ريال", "(12) مليون ريال", kind="money", value=12e6, currency="SAR")


# -- 5. the first or last two months of a year as a dual (month_pairs.py)
def test_the_first_two_months_of_a_year_are_a_period():
    assert_figure("وخلال الشهرين الأولين من عام 2025، بلغت الكمية 6 آلاف طن", "الشهرين الأولين من عام 2025",
                  kind="period", value=2, unit="شهر", date="2025-01/2025-02")
    assert_figure("وارتفعت المبيعات في الشهرين الأخيرين من العام الماضي", "الشهرين الأخيرين من العام الماضي",
                  published="2015-08-03", kind="period", value=2, date="2014-11/2014-12")
    assert_figure("وفي أول شهرين من العام تراجعت الأرباح", "أول شهرين من العام", published="2015-08-03",
                  kind="period", value=2, date="2015-01/2015-02")
    assert_figure("وتراجعت الصادرات في الشهرين الأولين لعام 2014", "الشهرين الأولين لعام 2014", kind="period",
                  date="2014-01/2014-02")


def test_nasty_neighbours_of_the_two_months():
    # no year after them: the two months before the article, a duration
    assert_figure("وتراجعت الأرباح خلال الشهرين الأخيرين بشكل ملحوظ", "الشهرين", published="2015-08-03",
                  kind="duration", value=2, unit="شهر")
    # the first two months of a stay, not of a year
    assert_figure("وقضى الشهرين الأولين من إقامته في المستشفى", "الشهرين", kind="duration", value=2)
    assert_no_figure("وقضى الشهرين الأولين من إقامته في المستشفى", "من إقامته")


# -- 6. عقد counted as contracts after signing or before what a contract is with or for (contracts.py)
def test_contracts_signed_are_counted():
    assert_figure("ووقعت الشركة في الدورة السابقة عقدين مع سلاسل متاجر في العاصمة", "عقدين", kind="count", value=2,
                  unit="عقد")
    assert_figure("وتم توقيع 27 عقدًا ومذكرة تفاهم بقيمة 340 مليار ريال", "27 عقدًا", kind="count", value=27,
                  unit="عقد")
    assert_figure("وأبرمت الأمانة 3 عقود لتوريد المعدات", "3 عقود", kind="count", value=3, unit="عقد")


def test_nasty_neighbours_of_the_contracts():
    # decades after a word of time, whatever follows
    assert_figure("وهي قضية مطروحة منذ عقدين مع أن الحلول معروفة", "عقدين", kind="duration", value=2, unit="عقد")
    assert_figure("وتراجعت العوائد على مدى ثلاثة عقود مع تغير السياسات", "ثلاثة عقود", kind="duration", value=3)
    assert_figure("وتضاعف عدد السكان خلال العقدين الماضيين", "العقدين", kind="duration", value=2)
    # يتوقع (expects) is no signing
    assert_figure("ويتوقع الخبراء عقدين من النمو البطيء", "عقدين", kind="duration", value=2)


# -- 7. أولي after an indefinite masculine noun is the adjective أوّلي, preliminary (ordinals.py)
def test_preliminary_is_no_ordinal():
    assert_no_figure("واطلع خلالها على المخططات وإجراء تقييم أولي لما تم إنجازه", "أولي")
    assert_no_figure("وفي تقرير أولي صدر أمس عن الهيئة", "أولي")
    assert_no_figure("وتوصل الطرفان إلى اتفاق أولي بشأن الحدود", "أولي")


def test_nasty_neighbours_of_preliminary():
    # a feminine ordinal spelt with ي after a feminine noun or before its definite noun
    assert_figure("وتنطلق المرحلة الأولي من المشروع الشهر المقبل", "المرحلة الأولي", kind="ordinal", value=1,
                  unit="مرحلة")
    assert_figure("وكانت مرحلة أولي ناجحة للفريق", "مرحلة أولي", kind="ordinal", value=1)
    assert_figure("وخاض أولي المباريات أمام ضيفه", "أولي المباريات", kind="ordinal", value=1)
    # أولي الأمر: "those of", as before
    assert_no_figure("ويجب طاعة أولي الأمر في المعروف", "أولي")


# -- 8. an enumeration by bare ordinals: وثالث ...، ورابع ... (enumerations.py)
def test_an_enumeration_by_bare_ordinals():
    s = ("والكتاب فيهم الخير، فهذا يتناول الاستثمار، وذاك يحذر من المخدرات، وثالث يفتح ملف التعليم، "
         "ورابع يكتب عن الأخطاء الطبية، وخامس يهتم بالبطالة")
    got = [(q["surface"], q["kind"], q["value"]) for q in extract_quantities(s)]
    assert got == [("وثالث", "ordinal", 3), ("ورابع", "ordinal", 4), ("وخامس", "ordinal", 5)]
    # with the short vowels written
    s = "فهَذا يَتناول الاستثمَار، وذَاك يُحذّر، وثَالث يَفتح مَلف التَّعليم، ورَابع يَكتب عَن الأخطَاء"
    assert_figure(s, "وثَالث", kind="ordinal", value=3)
    assert_figure(s, "ورَابع", kind="ordinal", value=4)


def test_nasty_neighbours_of_the_enumeration():
    # one bare ordinal, no series: not read by this rule
    assert not any(q["surface"] == "ثالث" for q in extract_quantities("وقال ثالث إن الأمر صعب"))
    # a second of time is no member of a series
    assert not any(q["kind"] == "ordinal" for q in extract_quantities("وانتظر ثانية وثالثة قبل أن يرد"))
    # the construct before a definite noun keeps its own rule and span
    assert_figure("وفي ثالث المباريات الودية فاز الفريق", "ثالث المباريات", kind="ordinal", value=3)


# -- 9. a stretch of months of one year (month_ranges.py)
def test_a_stretch_of_months_is_one_period():
    pub = "2015-08-06"
    assert_figure("ويتم توريدها خلال الفترة سبتمبر-نوفمبر من هذا العام وحسب المواصفات",
                  "سبتمبر-نوفمبر من هذا العام", published=pub, kind="period", value=3, unit="شهر",
                  date="2015-09/2015-11")
    assert_figure("وسيكون وصول الدفعة خلال الفترة من (سبتمبر- نوفمبر) من هذا العام بواقع 9 بواخر",
                  "(سبتمبر- نوفمبر) من هذا العام", published=pub, kind="period", value=3, date="2015-09/2015-11")
    assert_figure("وتقام الدورة من مارس إلى مايو من عام 2016", "مارس إلى مايو من عام 2016", kind="period",
                  value=3, date="2016-03/2016-05")


def test_nasty_neighbours_of_the_stretch_of_months():
    # no year: two months alone are no figure
    assert extract_quantities("وتقام الدورة في الفترة من سبتمبر إلى نوفمبر", published="2015-08-06") == []
    # days of two months: one stretch of days, as before
    assert_figure("وتقام من 5 سبتمبر إلى 8 نوفمبر 2015", "5 سبتمبر إلى 8 نوفمبر 2015", kind="date",
                  date="2015-09-05/2015-11-08")
    # months across the turn of a year are not read as one stretch
    assert not any(q["kind"] == "period" and q["value"] != 1
                   for q in extract_quantities("من نوفمبر إلى فبراير المقبل", published="2015-08-06"))


# -- 10. a word after a quantifier of plurals is no dual (dual_rules.py)
def test_no_dual_after_a_quantifier_of_plurals():
    assert_no_figure("وقد علق بعض المواطنين على الحادث بفرح لقبولهما في الكلية", "المواطنين")
    assert_no_figure("وأكد معظم المشاركين أن الدورة كانت مفيدة لهما", "المشاركين")


def test_nasty_neighbours_of_the_quantifier():
    # a dual with no quantifier before it, whatever follows
    assert_figure("واتفق الطرفين على بعض البنود", "الطرفين", kind="count", value=2, unit="طرف")
    assert_figure("وزار الوفد بعض المدن ثم المدينتين المقدستين", "المدينتين", kind="count", value=2)


# -- 11. horsepower and star ratings are measures after a word of power or grading (ratings.py)
def test_horsepower_and_star_ratings_are_measures():
    assert_figure("وسيستقبل الميناء سفنا تصل قدرتها إلى 1.000 حصان، ويوفر مرسى آمنا", "1.000 حصان", kind="measure",
                  value=1000, unit="حصان")
    assert_figure("وتعمل السيارة بمحرك بقوة 700 حصان", "700 حصان", kind="measure", value=700, unit="حصان")
    assert_figure("ولديها 3 منتجات حاصلة على تصنيف وطني بأربع نجوم", "بأربع نجوم", kind="measure", value=4,
                  unit="نجمة")
    # a hotel's stars are its class, a label (lead decision, session 46; QUANTITY_GUIDE label row)
    assert_figure("وتضم المحطة فندق 5 نجوم ومراكز تجارية", "5 نجوم", kind="label", value=5, unit="نجمة")


def test_nasty_neighbours_of_the_ratings():
    # horses and stars with no word of power or grading: counted
    assert_figure("ويشارك في العرض 200 ممثل ويستخدم فيه 40 جملا و20 حصانا", "20 حصانا", kind="count", value=20,
                  unit="حصان")
    assert_figure("وشارك 5 نجوم من الدوري في المباراة الخيرية", "5 نجوم", kind="count", value=5)


# -- 12. two quarters of a year after a word of time are a duration (quarters.py)
def test_two_quarters_of_a_year_are_a_duration():
    assert_figure("وبذلك يصبح مجموع ما تم اعتماده خلال الربعين (2155) مشروعا", "الربعين", kind="duration", value=2,
                  unit="ربع سنة")
    assert_figure("ونمت أرباح الشركة في الربعين الماضيين", "الربعين", kind="duration", value=2, unit="ربع سنة")


def test_nasty_neighbours_of_the_two_quarters():
    # the first and second quarters of a year: one period, as before
    assert_figure("وارتفعت المبيعات في الربعين الأول والثاني من عام 2015", "الربعين الأول والثاني من عام 2015",
                  kind="period", value=6, date="2015-01/2015-06")
    # two quarters of something else
    assert_figure("وحصل المستثمر على الربعين من الأرباح", "الربعين", kind="count", value=2, unit="ربع")


# -- 13. the singular, أو and the dual of one noun: a range 1-2 (dual_ranges.py)
def test_one_or_two_is_a_range():
    assert_figure("ويأتي ذكره على مضض شهرا أو شهرين ثم يختفي", "شهرا أو شهرين", kind="duration", value=1,
                  value_end=2, unit="شهر")
    assert_figure("ويبقى المريض ليوم أو يومين في المستشفى", "ليوم أو يومين", kind="duration", value=1, value_end=2,
                  unit="يوم")
    assert_figure("ويزور المدينة مرة أو مرتين في العام", "مرة أو مرتين", kind="count", value=1, value_end=2)
    assert_figure("وبقي في منصبه عاما أو عامين", "عاما أو عامين", kind="duration", value=1, value_end=2, unit="سنة")


def test_nasty_neighbours_of_one_or_two():
    # definite: the two months, no range
    assert_figure("ثم زار المدينة في الشهر أو الشهرين التاليين", "الشهرين", kind="duration", value=2)
    # another noun before أو
    assert_figure("وأمضى في المدينة أسبوعا أو يومين", "يومين", kind="duration", value=2, unit="يوم")


# -- 14. degrees a few words after the heat of the weather are degrees Celsius (ratings.py)
def test_degrees_after_heat_are_celsius():
    assert_figure("وقال المتحدث إن هناك درجات حرارة أعلى من المعدل المعتاد بـ 4 أو 5 درجات", "4 أو 5 درجات",
                  kind="measure", value=4, value_end=5, unit="درجة مئوية")
    assert_figure("وارتفعت الحرارة أمس 5 درجات", "5 درجات", kind="measure", value=5, unit="درجة مئوية")


def test_nasty_neighbours_of_the_degrees():
    # degrees of a ranking: counted, as before
    assert_figure("وتقدم المنتخب 5 درجات في التصنيف الدولي", "5 درجات", kind="count", value=5, unit="درجة")
