"""Golden tests for quantities, round 29 of issue 13 (branch q29): errors read on blind27.

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value, unit and span (the surface is the span read back from the
offsets), with the nasty neighbours that must NOT match."""
from __future__ import annotations

from quantity_checks import assert_figure, assert_no_figure


# -- a model number closing a quoted name after an abbreviation, and a version with one decimal
def test_model_and_version_numbers_closing_a_quoted_name_are_labels():
    assert_figure('وطرحت الشركة شاشتها الجديدة "إل.إي 240" في الأسواق', "240", kind="label", value=240)
    assert_figure('ويعمل الجهاز بنظام "أندرويد 5.1" المحدث', "5.1", kind="label", value=5.1)
    assert_figure('ويدعم الحاسوب منفذ «يو إس بي 3.0» السريع', "3.0", kind="label", value=3)
    # nasty neighbours: a decimal after a definite subject in a quotation stays a count, and a
    # letter after a full stop and a space is no abbreviation
    assert_figure('وقال "بلغ النمو 3.5" في العام الماضي', "3.5", kind="count", value=3.5)
    assert_figure('وقال "زرنا الدول. إي 370" في الرحلة', "370", kind="count", value=370)


# -- a dual before "the first and the second": the two are counted, then each ranked
def test_a_dual_then_first_and_second_is_a_count_and_two_ordinals():
    s = "واكتمل العمل في المشروعين الأول والثاني قبل موعدهما"
    assert_figure(s, "المشروعين", kind="count", value=2, unit="مشروع")
    assert_figure(s, "الأول", kind="ordinal", value=1)
    assert_figure(s, "والثاني", kind="ordinal", value=2)
    s = "وتتوفر السيارة بفئتين الأولى بسعة 2 لتر والثانية بسعة 3 لترات"
    assert_figure(s, "بفئتين", kind="count", value=2)
    assert_figure(s, "الأولى", kind="ordinal", value=1)
    assert_figure(s, "والثانية", kind="ordinal", value=2)
    # nasty neighbour: two ranks that do not start at the first stay one rank pair (round 8)
    s = "وجاء الناديان في المركزين الخامس والسادس"
    assert_figure(s, "المركزين الخامس", kind="ordinal", value=5)
    assert_figure(s, "والسادس", kind="ordinal", value=6)


# -- land areas (feddan, dunam), pixels and the metre of length (م ط) are measures
def test_land_areas_pixels_and_metres_of_length_are_measures():
    assert_figure("وغمرت المياه 300 ألف فدان من المزارع", "300 ألف فدان", kind="measure", value=300000, unit="فدان")
    assert_figure("وصادرت السلطات 40 دونما من أراضي القرية", "40 دونما", kind="measure", value=40, unit="دونم")
    assert_figure("وتبلغ دقة الكاميرا 720 بكسل فقط", "720 بكسل", kind="measure", value=720, unit="بكسل")
    assert_figure("ويبلغ طول الممشى المقرر إنشاؤه 2500م ط بعرض 8م", "2500م ط", kind="measure", value=2500, unit="متر")
    assert_figure("وتنفيذ رصيف بطول 400 م ط", "400 م ط", kind="measure", value=400, unit="متر")
    # nasty neighbours: a year glued to م before a word in ط stays no metre; a count of farmers stays a count
    assert_figure("وفي عام 1950م طردت القوات السكان", "عام 1950م", kind="year", date="1950")
    assert_figure("ويعمل في المشروع 300 مزارع", "300 مزارع", kind="count", value=300)


# -- a feminine noun in -تي before a given name is "my X", not a construct dual
def test_my_noun_before_a_given_name_is_no_dual():
    assert_no_figure("وأدير المتجر أنا وشريكتي سارة منذ عامين", "وشريكتي")
    assert_no_figure("وقالت: رافقتني صديقتي نورة في الرحلة", "صديقتي")
    # nasty neighbours: a construct dual before two names joined by و, or before a place, stays two
    assert_figure("وزار الوفد منطقتي عسير وجازان", "منطقتي", kind="count", value=2)
    assert_figure("وتفقد الأمير محافظتي ينبع والعلا", "محافظتي", kind="count", value=2)


# -- a clock time with its minute named by rank: الساعة X والدقيقة Y
def test_an_hour_and_its_minute_by_rank_is_one_time():
    assert_figure("وفي تمام الساعة الرابعة والدقيقة العاشرة فجرا تلقت الفرق بلاغا", "الساعة الرابعة والدقيقة العاشرة فجرا",
                  kind="time", date="T04:10")
    assert_figure("عند الساعة التاسعة والدقيقة الخامسة عشرة صباحا", "الساعة التاسعة والدقيقة الخامسة عشرة صباحا",
                  kind="time", date="T09:15")
    assert_figure("عند الساعة السابعة والدقيقة 40 مساء وصلت الطائرة", "الساعة السابعة والدقيقة 40 مساء",
                  kind="time", date="T19:40")
    # nasty neighbour: a minute of a match alone stays its rank
    assert_figure("وسجل المهاجم هدفه في الدقيقة الثامنة", "الدقيقة الثامنة", kind="ordinal", value=8)


# -- الـN before a feminine counted noun is a definite cardinal, not a rank
def test_a_definite_number_before_a_feminine_counted_noun_is_a_count():
    assert_figure("وتسلمت البحرية الـ12 سفينة التي طلبتها العام الماضي", "الـ12 سفينة", kind="count", value=12, unit="سفينة")
    assert_figure("ويبلغ سعر الـ100 قطعة نحو 50 ريالا", "الـ100 قطعة", kind="count", value=100)
    # nasty neighbours: the rank of a definite noun before it stays an ordinal
    assert_figure("وتنطلق النسخة الـ12 بطولة جديدة", "النسخة الـ12", kind="ordinal", value=12)
    assert_figure("واحتفل النادي بالذكرى الـ50 لتأسيسه", "بالذكرى الـ50", kind="ordinal", value=50)


# -- an ordinal before و + آخر and the noun they share: ثالث وآخر مبارياته
def test_an_ordinal_and_last_sharing_a_noun_is_a_rank():
    assert_figure("ويخوض المنتخب اليوم رابع وآخر مبارياته التجريبية", "رابع", kind="ordinal", value=4)
    # nasty neighbours: a definite noun after آخر, and آخر alone, make no rank here
    assert_no_figure("وقال إن هذا ثاني وآخر", "ثاني")


# -- half of a time unit's plural in construct is a fraction, not half a unit
def test_half_of_the_minutes_of_a_match_is_a_fraction():
    assert_figure("وشارك اللاعب في نصف دقائق اللقاء فقط", "نصف دقائق", kind="fraction", value=0.5)
    assert_figure("ويقضي الموظف نصف ساعات العمل في الاجتماعات", "نصف ساعات", kind="fraction", value=0.5)
    # nasty neighbours: half an hour, half a metre stay a duration and a measure
    assert_figure("وانتظر الركاب نصف ساعة في المطار", "نصف ساعة", kind="duration", value=0.5, unit="ساعة")
    assert_figure("وارتفع منسوب المياه نصف متر", "نصف متر", kind="measure", value=0.5)


# -- لست before an indefinite feminine singular is the verb ليس ("you are not"), not six
def test_laysa_before_a_feminine_singular_is_no_six():
    assert_no_figure("فقال لها: أنتِ ذكية ولكنكِ لستِ سريعة في الجري", "لستِ")
    assert_no_figure("وقالت المعلمة: لست مسؤولة عن هذا القرار", "لست")
    # nasty neighbours: six before a plural stays six
    assert_figure("وتوج الفريق باللقب لست مرات متتالية", "لست مرات", kind="count", value=6)
    assert_figure("وحكم عليه بالسجن لست سنوات", "لست سنوات", kind="duration", value=6)


# -- a goal's minute in brackets after the scorer's name is no count: an ordinal of minutes (a label
# until session 55, q84: both readers of blind58 wrote sixteen such minutes as ordinals of دقيقة,
# as the readers write الدقيقة 23)
def test_goal_minutes_in_brackets_are_ordinal_minutes():
    s = "وسجل أهداف الفريق سالم العتيبي (17) ومحمد الزهراني (64) وفهد القحطاني (88)"
    for minute in ("17", "64", "88"):
        assert_figure(s, minute, kind="ordinal", value=int(minute), unit="دقيقة")
    assert_figure("وتقدم الضيوف بهدف أحرزه المهاجم خالد (75) قبل أن يتعادل أصحاب الأرض", "75", kind="ordinal", value=75,
                  unit="دقيقة")
    # nasty neighbours: a bracketed count before its noun, and a bracketed number with no goal word
    assert_figure("وسجل الفريق (3) أهداف في المباراة", "(3) أهداف", kind="count", value=3)
    assert_figure("وافتتحت الشركة (40) فرعا جديدا", "(40) فرعا", kind="count", value=40)


# -- a cup round named by its number in guillemets: دور الـ «16»
def test_a_cup_round_in_guillemets_is_a_label():
    assert_figure("ويلتقي الفريقان في دور الـ «16» من البطولة", "دور الـ «16»", kind="label", value=16)


# -- a number word inside a hashtag (words joined by _) counts nothing
def test_number_words_in_a_hashtag_are_no_figures():
    s = "وتفاعل المغردون مع وسم #عشرة_أسباب_للنجاح خلال ساعات"
    assert_no_figure(s, "عشرة")
    assert_no_figure("وانتشر وسم #خمسون_عاما_من_العطاء", "خمسون")
    # nasty neighbour: a spaced underscore joins nothing
    assert_figure("وأصيب ثمانية أشخاص _ بحسب الدفاع المدني", "ثمانية أشخاص", kind="count", value=8)


# -- الأول(ى) right after an indefinite counted noun opens the enumeration of what was counted
def test_the_first_after_an_indefinite_count_is_an_ordinal():
    s = "وقسم المدرب برنامج الإعداد إلى أربع مراحل الأولى في أبها والثانية في النمسا"
    assert_figure(s, "أربع مراحل", kind="count", value=4)
    assert_figure(s, "الأولى", kind="ordinal", value=1)
    assert_figure("ويضم المعرض خمسة أجنحة الأول للكتاب والثاني للفنون", "الأول", kind="ordinal", value=1)
    # nasty neighbours: the first months of a year stay a period; a definite plural takes its adjective
    assert_figure("وارتفعت المبيعات خلال 6 أشهر الأولى من العام", "6 أشهر الأولى من العام", kind="period", value=6)
    assert_no_figure("ونظمت الجمعية 3 دورات الأولى من نوعها في المنطقة", "الأولى")


# -- a bare half (or quarter) after a number of units adds to it: ثلاث ساعات ونصف = 3.5 hours
def test_a_bare_half_after_units_joins_them():
    assert_figure("واستمرت المفاوضات ثلاث ساعات ونصف.", "ثلاث ساعات ونصف", kind="duration", value=3.5, unit="ساعة")
    assert_figure("وأمضى اللاعب 6 سنوات ونصف في النادي", "6 سنوات ونصف", kind="duration", value=6.5, unit="سنة")
    assert_figure("ويبلغ عمق الحفرة 4 أمتار وربع", "4 أمتار وربع", kind="measure", value=4.25)
    # nasty neighbours: a half of another thing stays apart; a dual keeps its own reading; a scale word
    # is no unit
    s = "وصرفت الشركة للموظف خمسة أيام ونصف الراتب"
    assert_figure(s, "خمسة أيام", kind="duration", value=5)
    assert_figure(s, "ونصف الراتب", kind="fraction", value=0.5)
    assert_figure("وانتظر المسافرون ساعتين ونصف في المطار", "ساعتين ونصف", kind="duration", value=2.5)


# -- ربع/نصف before سنوي, شهري: an adjective (quarterly, half-yearly), no fraction
def test_quarterly_and_half_yearly_are_no_fractions():
    assert_no_figure("وارتفعت المبيعات على أساس ربع سنوي", "ربع")
    assert_no_figure("وتنشر الهيئة تقارير نصف سنوية عن أدائها", "نصف")
    # nasty neighbours: a quarter of the year, half a year
    assert_figure("وأنفقت الوزارة ربع ميزانيتها السنوية", "ربع ميزانيتها", kind="fraction", value=0.25)
    assert_figure("وتوقف المشروع نصف سنة", "نصف سنة", kind="duration", value=0.5)


# -- a construct dual with his pronoun, by the written duals of a common noun: شقيقيه (his two brothers)
def test_a_dual_with_his_pronoun_by_its_written_duals():
    s = "واستقبله في المطار شقيقيه وثلاثة من أبنائه"
    assert_figure(s, "شقيقيه", kind="count", value=2, unit="شقيق")
    assert_figure("وأصدر الكاتب كتابيه الأولين خلال 3 أعوام", "كتابيه", kind="count", value=2, unit="كتاب")
    # nasty neighbours: his parents, a sound plural's oblique with his pronoun
    assert_no_figure("وزار والديه بعد غياب 5 سنوات", "والديه")
    assert_no_figure("واحتفل المدرب مع لاعبيه بالفوز بثلاثة أهداف", "لاعبيه")


# -- a double prime closing a quoted name (“...″, as some outlets write it)
def test_a_double_prime_closes_a_quoted_name():
    assert_figure("وتعاقدت الشركة على طائرات “بومباردييه 400″، التي تتسع", "400", kind="label", value=400)
    # nasty neighbour: a count given in the quotation stays a count
    assert_figure("وقال المتحدث “بلغ عدد المصابين 12″ في الحادث", "12", kind="count", value=12)


# -- لـ + a definite noun + الواحد(ة): "per one X", a count 1 (not "the same X")
def test_per_one_thing_is_a_count_of_one():
    assert_figure("وبلغ سعر الطرح 45 ريالا للسهم الواحد", "للسهم الواحد", kind="count", value=1, unit="سهم")
    assert_figure("وتصل تكلفة العلاج إلى 900 ريال للجلسة الواحدة", "للجلسة الواحدة", kind="count", value=1)
    # nasty neighbours: figures of unity, "the same house", a gender mismatch, per litre stays a measure
    assert_no_figure("ودعا إلى العمل بروح الانتماء للوطن الواحد", "الواحد")
    assert_no_figure("ويعيش أفراد الأسرة في المنزل الواحد", "المنزل الواحد")
    assert_no_figure("وأشاد بالعمل للفريق الواحد في المباراة", "الواحد")
    assert_figure("وبلغ سعر اللتر الواحد ريالين", "اللتر الواحد", kind="measure", value=1)


# -- في المرة الواحدة (per occasion) is a count 1
def test_per_occasion_is_a_count_of_one():
    assert_figure("وتنقل الحافلة 50 راكبا في المرة الواحدة", "المرة الواحدة", kind="count", value=1, unit="مرة")
    # nasty neighbours: the idiom of novelty stays out; "the same house" after في stays out
    assert_no_figure("وتقام البطولة للمرة الأولى في المنطقة بمشاركة 12 فريقا", "للمرة الأولى")
    assert_no_figure("ويعيش أفراد الأسرة في البيت الواحد منذ 20 عاما", "البيت الواحد")


# -- square units spelled apart: م مربع, كيلو متر مربع, كيلو مترات مربعة
def test_square_units_spelled_apart_are_measures():
    assert_figure("وأقيم المبنى على أرض بمساحة 1500 م مربع", "1500 م مربع", kind="measure", value=1500, unit="متر مربع")
    assert_figure("وتمتد المحمية على 120 كيلو مترا مربعا", "120 كيلو مترا مربعا", kind="measure", value=120,
                  unit="كيلومتر مربع")
    assert_figure("وتبلغ مساحتها 45 كيلو مترات مربعة", "45 كيلو مترات مربعة", kind="measure", value=45)
    # nasty neighbours: a plain metre and kilometre stay what they were
    assert_figure("ويبلغ ارتفاع البرج 300 م فوق سطح البحر", "300 م", kind="measure", unit="متر")
    assert_figure("وقطع الرحالة 40 كيلو متر سيرا", "40 كيلو متر", kind="measure", unit="كيلومتر")
