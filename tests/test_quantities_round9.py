"""Golden tests for quantities in Saudi and Gulf news, round 9 of issue 13 (branch q21).

Every sentence here was written for these tests in the style of the news (no corpus text).
Each rule is asserted on kind, value, unit, date and span (the surface is the span read back
from the offsets), with the nasty neighbours that must NOT match."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- idioms: في المقام الأول "first and foremost", ألف مبروك "many congratulations"
IDIOMS = [
    ("وتهدف الحملة في المقام الأول إلى توعية الأسر بمخاطر الحرائق", "المقام الأول"),
    ("وأكد أن المسؤولية تقع بالمقام الأول على الجهات الرقابية", "بالمقام الأول"),
    ("وكتب رئيس النادي في حسابه: ألف مبروك للاعبين والجماهير", "ألف مبروك"),
    ("وقال المدرب بعد المباراة: ألف شكر للجماهير التي حضرت", "ألف شكر"),
    ("ودعا له زملاؤه بعد العملية: ألف سلامة عليك يا بطل", "ألف سلامة"),
]


@pytest.mark.parametrize("sentence,surface", IDIOMS, ids=[s for _, s in IDIOMS])
def test_idioms_are_no_figures(sentence, surface):
    assert_no_figure(sentence, surface)


def test_thousand_before_a_counted_noun_stays_a_count():
    assert_figure("وحضر الحفل ألف شخص من أهالي المحافظة", "ألف شخص", kind="count", value=1000.0, unit="شخص")
    assert_figure("وتبرع رجل الأعمال بألف ريال لكل أسرة", "بألف ريال", kind="money", value=1000.0, currency="SAR")
    # a real rank stays a rank: المركز الأول is no idiom
    assert_figure("وحقق المنتخب المركز الأول في البطولة الخليجية", "المركز الأول", kind="ordinal", value=1)


# -- a season before a year is a stretch of that year (a period), like مطلع 2016
SEASONS = [
    ("وفي ربيع عام 2013 زار الوفد العاصمة الفرنسية", "ربيع عام 2013", "2013"),
    ("وانتقل اللاعب إلى النادي في صيف 2014 قادما من الدوري القطري", "صيف 2014", "2014"),
    ("ومنذ خريف العام 2012 لم يلتق الطرفان", "خريف العام 2012", "2012"),
    ("وتعرضت المنطقة لموجة برد في شتاء ٢٠١٥", "شتاء ٢٠١٥", "2015"),
]


@pytest.mark.parametrize("sentence,surface,date", SEASONS, ids=[s for _, s, _ in SEASONS])
def test_season_before_a_year_is_a_period(sentence, surface, date):
    assert_figure(sentence, surface, kind="period", value=None, date=date)


def test_season_neighbours():
    # a man's name ربيع after بن is no season: the year stays a year
    assert_figure("وكرم النادي محمد بن ربيع عام 2013 لجهوده", "عام 2013", kind="year", value=2013)
    # the Hijri month ربيع الأول stays a month
    got = extract_quantities("ويبدأ البرنامج في ربيع الأول 1437هـ")
    assert [q["kind"] for q in got] == ["period"] and got[0]["calendar"] == "hijri"
    # a year alone stays a year
    assert_figure("وتأسست الشركة عام 2013 في الرياض", "عام 2013", kind="year", value=2013)


# -- a degree sign glued to a number: a temperature
DEGREES = [
    ("وسجلت محطة الأرصاد في الأحساء 49° أمس", "49°", 49),
    ("وبلغت درجة الحرارة في الكويت 51ْ ظهر الخميس", "51ْ", 51),
    ("وتوقع المركز أن تلامس الحرارة 47º في المنطقة الشرقية", "47º", 47),
]


@pytest.mark.parametrize("sentence,surface,value", DEGREES, ids=[s for _, s, _ in DEGREES])
def test_degree_sign_is_a_temperature(sentence, surface, value):
    assert_figure(sentence, surface, kind="measure", value=float(value), unit="درجة مئوية")


def test_degree_neighbours():
    # a number without the sign is no temperature
    got = extract_quantities("وسجلت المحطة 49 حالة في الأحساء")
    assert all(q["kind"] != "measure" for q in got)
    assert_figure("وسجلت المحطة 49 حالة في الأحساء", "49 حالة", kind="count", value=49.0)
    # a spaced sign is not read as glued
    assert all(q["kind"] != "measure" for q in extract_quantities("وكتب على السبورة 49 ° بخط كبير"))


# -- X أو Y sharing the unit, the scale or the percent sign after Y: one range, like X إلى Y
OR_RANGES = [
    ("ويرفع بعض الملاك الإيجارات بنسبة 200 أو 300% في موسم الصيف", "200 أو 300%", "percent", 200, 300),
    ("وتكلف الرحلة الواحدة 7 أو 8 آلاف ريال للأسرة", "7 أو 8 آلاف ريال", "money", 7000, 8000),
    ("ويستغرق إصدار التصريح 3 أو 4 أيام فقط", "3 أو 4 أيام", "duration", 3, 4),
    ("وقدر الخبراء الخسائر بنحو 2 أو 3 مليارات دولار", "2 أو 3 مليارات دولار", "money", 2e9, 3e9),
]


@pytest.mark.parametrize("sentence,surface,kind,v1,v2", OR_RANGES, ids=[s for _, s, *_ in OR_RANGES])
def test_or_range_shares_the_unit(sentence, surface, kind, v1, v2):
    got = [q for q in extract_quantities(sentence) if surface in q["surface"]]
    assert len(got) == 1, got
    q = got[0]
    assert q["kind"] == kind and q["value"] == pytest.approx(v1) and q["value_end"] == pytest.approx(v2)


def test_or_range_neighbours():
    # each end with its own unit or sign: two figures
    got = extract_quantities("وتراوحت الزيادة بين 30% أو 40% حسب الحي")
    assert [(q["surface"], q["value_end"]) for q in got] == [("30%", None), ("40%", None)]
    got = extract_quantities("ويستغرق العلاج 3 أيام أو 4 أسابيع")
    assert [(q["surface"], q["value_end"]) for q in got] == [("3 أيام", None), ("4 أسابيع", None)]
    # a smaller second number is an alternative, not a range
    assert all(q["value_end"] is None for q in extract_quantities("واختار المدرب 6 أو 2 لاعبين للتبديل"))
    # an article's number keeps its label
    assert_figure("وتنص المادة 5 أو 6 من النظام على العقوبة", "المادة 5", kind="label", value=5)


# -- a time unit and a half with the unit repeated (ساعة ونصف الساعة), also after a proclitic
HALVES = [
    ("واستمرت الجلسة ساعة ونصف الساعة بحضور الأعضاء", "ساعة ونصف الساعة", "ساعة"),
    ("وتأخرت الرحلة لساعة ونصف الساعة بسبب العاصفة", "لساعة ونصف الساعة", "ساعة"),
    ("وتأخر إقلاع الطائرة لساعة ونصف عن موعدها", "لساعة ونصف", "ساعة"),
    ("وقضى المقيم في السجن عاما ونصف العام", "عاما ونصف العام", "سنة"),
]


@pytest.mark.parametrize("sentence,surface,unit", HALVES, ids=[s for _, s, _ in HALVES])
def test_unit_and_a_half(sentence, surface, unit):
    assert_figure(sentence, surface, kind="duration", value=1.5, unit=unit)


def test_unit_and_a_half_neighbours():
    # the clock time stays a time
    got = extract_quantities("ويبدأ الحفل الساعة السابعة والنصف مساء")
    assert [q["kind"] for q in got] == ["time"]
    # another definite noun after the half is not swallowed
    assert_figure("واستمر العرض ساعة ونصف اليوم الأول", "ساعة ونصف", kind="duration", value=1.5)
    # a noun that is no time unit
    assert all(q["kind"] != "duration" and q["value"] != 1.5
               for q in extract_quantities("وشكلت الوزارة لجنة ونصف أعضائها من الخبراء"))


# -- the ordinal form of a number before years is an age
AGES = [
    ("وتوفي الشيخ عن عمر يناهز الثامنة والثمانين عامًا", "الثامنة والثمانين عامًا", 88),
    ("ورحلت الفنانة عن الحادية والتسعين سنة", "الحادية والتسعين سنة", 91),
]


@pytest.mark.parametrize("sentence,surface,value", AGES, ids=[s for _, s, _ in AGES])
def test_ordinal_form_before_years_is_an_age(sentence, surface, value):
    got = [q for q in extract_quantities(sentence) if q["surface"].endswith(surface)]
    assert len(got) == 1 and got[0]["kind"] == "duration" and got[0]["value"] == value and got[0]["unit"] == "سنة"


def test_ordinal_form_before_years_neighbours():
    # an ordinal agreeing with a definite noun stays an ordinal
    assert_figure("واحتفلت الجمعية بالذكرى الخامسة والعشرين عاما على تأسيسها", "الخامسة والعشرين",
                  kind="ordinal", value=25)
    # a year after the year word: the ordinal and the year
    assert_figure("وتقام الدورة الثالثة والعشرين عام 2016 في الرياض", "الثالثة والعشرين", kind="ordinal", value=23)
    assert_figure("وتقام الدورة الثالثة والعشرين عام 2016 في الرياض", "عام 2016", kind="year", value=2016)


# -- a feminine construct dual in -تي before names: a foreign name whose first letter is also a
#    proclitic (مواجهتي كلوب), two names joined by و (منطقتي جازان ونجران, in brackets too)
CONSTRUCT_NAMES = [
    ("ويغيب المدافع عن مواجهتي كلوب بروج في الملحق الأوروبي", "مواجهتي", "مواجهة"),
    ("واستعد الفريق لمباراتي فولفسبورغ الألماني ذهابا وإيابا", "لمباراتي", "مباراة"),
    ("وتشهد مرتفعات منطقتي جازان ونجران أمطارا رعدية", "منطقتي", "منطقة"),
    ("ويتوقع هطول أمطار على منطقتي (الباحة ، وعسير) مساء اليوم", "منطقتي", "منطقة"),
    ("وافتتح الوزير الطريق الرابط بين مدينتي (أبها وخميس مشيط)", "مدينتي", "مدينة"),
]


@pytest.mark.parametrize("sentence,surface,unit", CONSTRUCT_NAMES, ids=[s for _, s, _ in CONSTRUCT_NAMES])
def test_construct_dual_before_names(sentence, surface, unit):
    assert_figure(sentence, surface, kind="count", value=2, unit=unit)


CONSTRUCT_NEIGHBOURS = [
    ("وقال الطالب إن مدرستي بعيدة عن البيت", "مدرستي"),  # my school (a predicate after it)
    ("وقالت الأم: زوجتي سارة وأبنائي بخير", "زوجتي"),  # a name in ة
    ("وأضاف: حياتي كلها وأنا أخدم الوطن", "حياتي"),  # my life
    ("وقال المعلم إن مدرستي (جميلة) وبيتي قريب", "مدرستي"),  # a bracketed adjective, no second name
    ("وأكد اللاعب أن مباراتي لن تكون سهلة", "مباراتي"),  # a particle after "my match"
    ("وأعلن النادي فوزه في اللقاء الدولي بكأس البطولة", "الدولي"),  # a nisba adjective
]


@pytest.mark.parametrize("sentence,surface", CONSTRUCT_NEIGHBOURS, ids=[s for _, s in CONSTRUCT_NEIGHBOURS])
def test_construct_dual_neighbours(sentence, surface):
    assert_no_figure(sentence, surface)


# -- more idioms and names: the senior team (الفريق الأول), barefoot (حافي القدمين), a family name
#    after أبو (أبو اثنين), the Basel accords (بازل 3)
MORE_IDIOMS = [
    ("وصعد المهاجم الشاب إلى الفريق الأول لكرة القدم هذا الموسم", "الفريق الأول"),
    ("وانضم الحارس للفريق الأول بعد تألقه مع فريق الشباب", "للفريق الأول"),
    ("وشارك الأطفال في السباق حفاة القدمين على رمال الشاطئ", "القدمين"),
    ("ووصل العقيد سعد أبو ثلاثة قائد السرية إلى الموقع", "ثلاثة"),
    ("وتلتزم البنوك الخليجية بمعايير بازل 3 منذ سنوات", "3"),
]


@pytest.mark.parametrize("sentence,surface", MORE_IDIOMS, ids=[s for _, s in MORE_IDIOMS])
def test_more_idioms_are_no_figures(sentence, surface):
    assert_no_figure(sentence, surface)


def test_more_idioms_neighbours():
    # another ordinal of the same noun stays a rank
    assert_figure("وتأهل الفريق الثاني من المجموعة إلى النهائي", "الفريق الثاني", kind="ordinal", value=2)
    # feet counted without the idiom stay a dual
    assert_figure("وأصيب اللاعب في القدمين خلال المباراة", "القدمين", value=2)
    # a father of three children: the count stays
    assert_figure("والمتوفى أب لثلاثة أطفال", "لثلاثة أطفال", kind="count", value=3.0)
    # the Basel accords by number are a label
    assert_figure("وتلتزم البنوك الخليجية بمعايير بازل 3 منذ سنوات", "بازل 3", kind="label", value=3)


# -- a fraction of a unit to the unit (and a half): one range in that unit
def test_half_to_one_and_a_half_is_a_range():
    assert_figure("ويتراوح ارتفاع الموج في البحر الأحمر من نصف متر إلى متر ونصف", "نصف متر إلى متر ونصف",
                  kind="measure", value=0.5, value_end=1.5, unit="متر")
    assert_figure("ويتراوح ارتفاع الموج في الخليج العربي من نصف متر إلى متر", "نصف متر إلى متر",
                  kind="measure", value=0.5, value_end=1.0, unit="متر")
    assert_figure("ويستغرق الفحص من نصف ساعة إلى ساعة وربع", "نصف ساعة إلى ساعة وربع",
                  kind="duration", value=0.5, value_end=1.25, unit="ساعة")


def test_half_to_range_neighbours():
    # a clock time after إلى is no end of the range
    assert_figure("ويستمر الانتظار نصف ساعة إلى الساعة الرابعة", "نصف ساعة", kind="duration", value=0.5,
                  value_end=None)
    # another unit after إلى: no range
    assert_figure("وارتفع الماء نصف متر إلى حدود السور", "نصف متر", kind="measure", value=0.5, value_end=None)


# -- one with a colour adjective between it and its feminine noun: ورقة بيضاء واحدة
def test_one_after_a_colour_adjective():
    assert_figure("ولم يكتب الطالب في الاختبار سوى ورقة بيضاء واحدة طوال الحصة", "ورقة بيضاء واحدة",
                  kind="count", value=1, unit="ورقة")
    assert_figure("وتضم الخطة منطقة خضراء واحدة في كل حي", "منطقة خضراء واحدة", kind="count", value=1)


def test_one_after_a_colour_adjective_neighbours():
    # a masculine واحد does not agree with a feminine adjective: no count through it
    assert all(q["surface"] != "ورقة بيضاء واحد" for q in extract_quantities("وكتب على ورقة بيضاء واحد من الطلاب"))
    # a plural in فعلاء is no adjective of a feminine noun before واحدة
    assert all("وزراء" not in q["surface"] for q in extract_quantities("واجتمع وزراء الخارجية في قاعة واحدة"))


# -- digits closing a quoted title after its words are part of the name (a label)
TITLES = [
    ("وتعود الممثلة إلى الشاشة في الجزء الجديد من «كابتن ماجد 4» العام المقبل", "4", 4),
    ("ويفتتح أمير المنطقة مهرجان «صيف أبها 37» مساء الخميس", "37", 37),
    ("وتشغل الشركة محطة \"نور 2\" للطاقة الشمسية", "2", 2),
]


@pytest.mark.parametrize("sentence,surface,value", TITLES, ids=[s for _, s, _ in TITLES])
def test_quoted_title_number_is_a_label(sentence, surface, value):
    assert_figure(sentence, surface, kind="label", value=value)


def test_quoted_title_neighbours():
    # a quoted number alone before its unit stays a measure
    assert_figure("وفاز الفريق بـ«51» نقطة في الدوري", "«51» نقطة", kind="measure", value=51.0)
    # an approximation or a preposition before the number: a count
    assert_figure("وقال المتحدث: «وصل عدد المصابين إلى 5»", "5", kind="count", value=5.0)
    assert_figure("وقال المتحدث إن المصابين «أكثر من 5»", "أكثر من 5", kind="count", value=5.0)
    # a quoted count with its noun stays a count
    assert_figure("وقال المدرب: «استدعينا 30 لاعبا»", "30 لاعبا", kind="count", value=30.0)


# -- a glued م after a race or a dimension noun: metres
def test_glued_metre_after_a_race_or_dimension():
    assert_figure("وحلت السباحة السعودية رابعة في سباق 100م حرة للناشئات", "100م", kind="measure", value=100.0,
                  unit="متر")
    assert_figure("ويبلغ ارتفاع البرج 320م فوق سطح البحر", "320م", kind="measure", value=320.0, unit="متر")


def test_glued_metre_neighbours():
    # a year with the era letter stays a year
    assert_figure("وأقيم السباق في عام 2014م بالرياض", "عام 2014م", kind="year", value=2014)
    # no race or dimension noun: no metre
    assert all(q["kind"] != "measure" for q in extract_quantities("وحضر اللقاء 50م من الأهالي"))


# -- دون before a feminine ordinal: an age under that many years
def test_under_an_age():
    assert_figure("وتمنع اللائحة مشاركة الأطفال دون الثانية عشرة في السباق", "دون الثانية عشرة",
                  kind="duration", value=12, unit="سنة", approx="less_than")
    assert_figure("وتألقت سباحة دون العاشرة في البطولة الخليجية", "دون العاشرة", kind="duration", value=10,
                  approx="less_than")


def test_under_an_age_neighbours():
    # a rank noun between دون and the ordinal: a rank
    assert_figure("وجاء المنتخب دون المرتبة الثالثة في الترتيب", "المرتبة الثالثة", kind="ordinal", value=3)
    # an age group of a team: a duration since session 36 (the readers of blind35 and 39), no count
    assert [q["kind"] for q in extract_quantities("وفاز منتخب الناشئين دون 17 عاما باللقب")] == ["duration"]


# -- a dual with the pronoun ه shown by its two adjectives: نظيريه الإماراتي والكويتي
def test_dual_with_his_pronoun():
    assert_figure("واستقبل وزير الخارجية نظيريه الإماراتي والكويتي في جدة", "نظيريه", kind="count", value=2,
                  unit="نظير")
    assert_figure("وعقد الوزير ونظيريه البحريني والعماني اجتماعا مغلقا", "ونظيريه", kind="count", value=2)


DUAL_HIS_NEIGHBOURS = [
    ("وجمع المدرب لاعبيه الأساسيين والاحتياط في الملعب", "لاعبيه"),  # a sound plural (لاعبون)
    ("وشكر المرشح مؤيديه الكثر والمتطوعين", "مؤيديه"),  # a sound plural (مؤيدون)
    ("وزار الأمير نظيره الأردني في عمان", "نظيره"),  # one counterpart
    ("وتشمل المنطقة المنتجعات السياحيه والمراكز التجارية", "السياحيه"),  # an adjective written with ه
    ("وأشار إليه الوزير والمسؤولون", "إليه"),  # a preposition
]


@pytest.mark.parametrize("sentence,surface", DUAL_HIS_NEIGHBOURS, ids=[s for _, s in DUAL_HIS_NEIGHBOURS])
def test_dual_with_his_pronoun_neighbours(sentence, surface):
    assert_no_figure(sentence, surface)


# -- a nisba of a tens word after the noun it describes: an age in that decade
DECADES = [
    ("وانتشلت فرق الدفاع المدني جثة مقيم أربعيني من بئر مهجورة", "أربعيني", 40),
    ("وأوضح المتحدث أن المواطن الستيني نقل إلى المستشفى", "الستيني", 60),
]


@pytest.mark.parametrize("sentence,surface,value", DECADES, ids=[s for _, s, _ in DECADES])
def test_decade_nisba_is_an_age(sentence, surface, value):
    assert_figure(sentence, surface, kind="duration", value=float(value), unit="سنة")


DECADE_NEIGHBOURS = [
    ("وأطلقت الوزارة الخطة العشرينية للتنمية", "العشرينية"),  # a 20-year plan (feminine)
    ("وقال الخمسيني للصحيفة إنه فقد عمله", "الخمسيني"),  # no noun before it
    ("وحضر الحفل خمسيني الجمعية", "خمسيني"),  # indefinite after a definite noun: no agreement
]


@pytest.mark.parametrize("sentence,surface", DECADE_NEIGHBOURS, ids=[s for _, s in DECADE_NEIGHBOURS])
def test_decade_nisba_neighbours(sentence, surface):
    assert_no_figure(sentence, surface)


def test_a_decade_is_no_age():
    # round 11 (coordinator's decision: the gold of blind21 annotates decades): this neighbour was pinned as
    # no figure; a decade is a period of ten years (date 1960/1969, no value), still never an age (duration)
    # round 45: a year_range 1960-1969 (16 of the 22 gold decade rows of the dev sets), no longer a period
    assert_figure("وعرضت القناة أغاني الستينيات والسبعينيات", "الستينيات", kind="year_range", value=1960,
                  value_end=1969, date="1960/1969")
