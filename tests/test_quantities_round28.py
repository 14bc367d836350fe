"""Golden tests for quantities, round 28 of issue 13 (branch q28): errors read on blind25.

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value, unit and span (the surface is the span read back from the
offsets), with the nasty neighbours that must NOT match."""
from __future__ import annotations

from quantity_checks import assert_figure, assert_no_figure


# -- two marks after a dual rank noun: في الدقيقتين 43 و57 (minutes 43 and 57 of a match)
def test_two_marks_after_a_dual_rank_noun_are_ordinals():
    s = "وأحرز الضيوف هدفين عن طريق مهاجمهم البرازيلي في الدقيقتين 31 و66 من عمر اللقاء"
    assert_figure(s, "الدقيقتين", kind="count", value=2, unit="دقيقة")
    assert_figure(s, "31", kind="ordinal", value=31, unit="دقيقة")
    assert_figure(s, "66", kind="ordinal", value=66, unit="دقيقة")
    # a space after و, another rank noun
    assert_figure("وتعادل الفريقان في الجولتين 7 و 8 من الدوري", "8", kind="ordinal", value=8, unit="جولة")
    assert_figure("وتعادل الفريقان في الجولتين 7 و 8 من الدوري", "الجولتين", kind="count", value=2, unit="جولة")
    # nasty neighbours: a dual with no marks after it stays a duration; an indefinite dual before
    # numbers is no rank; a single minute stays the rank rule's ordinal
    assert_figure("وضغط أصحاب الأرض خلال الدقيقتين الأخيرتين من المباراة", "الدقيقتين", kind="duration", value=2)
    assert_figure("وتوقف اللعب دقيقتين 10 و12 مرة", "دقيقتين", kind="duration", value=2)
    assert_figure("وأضاف البديل الهدف الثالث في الدقيقة 88", "الدقيقة 88", kind="ordinal", value=88)
    assert_figure("وسجل المهاجم في الدقيقتين 20 من اللقاء", "الدقيقتين", kind="duration", value=2)


# -- N time units and a half of the same unit: خمس سنوات ونصف السنة is one duration of 5.5 years
def test_a_half_of_the_same_unit_joins_the_duration():
    assert_figure("وقضى الموظف أربع سنوات ونصف السنة في فرع الشركة بجدة", "أربع سنوات ونصف السنة",
                  kind="duration", value=4.5, unit="سنة")
    assert_figure("واستمر الاجتماع 2 ساعات ونصف الساعة", "2 ساعات ونصف الساعة", kind="duration", value=2.5, unit="ساعة")
    assert_figure("وامتدت الأعمال سبعة أشهر ونصف الشهر", "سبعة أشهر ونصف الشهر", kind="duration", value=7.5, unit="شهر")
    # nasty neighbours: a half of another unit or of a thing stays a fraction apart
    s = "وعمل ثلاث سنوات ونصف اليوم الواحد"
    assert_figure(s, "ثلاث سنوات", kind="duration", value=3)
    assert_figure("ومنح العامل عشرة أيام ونصف الراتب", "عشرة أيام", kind="duration", value=10)
    assert_figure("ومنح العامل عشرة أيام ونصف الراتب", "ونصف الراتب", kind="fraction", value=0.5)


# -- a decimal glued to its currency by a missing space: 1084.80دولار (integers were read already)
def test_a_decimal_glued_to_its_currency_is_money():
    assert_figure("وتراجع سعر الأوقية إلى 1120.45دولار في التعاملات الآسيوية", "1120.45دولار",
                  kind="money", value=1120.45, currency="USD")
    assert_figure("وحددت الشركة سعر الاشتراك بـ 49.95ريال شهريا", "49.95ريال", kind="money", value=49.95,
                  currency="SAR")
    # nasty neighbours: a decimal glued to a word that is no unit stays part of a name
    assert_no_figure("وأطلقت الشركة الإصدار 4.2برو من تطبيقها", "4.2برو")
    assert_figure("وبلغ السعر 310دولار للطن", "310دولار", kind="money", value=310, currency="USD")


# -- a dual and a number word after أو/إلى: يومين أو ثلاثة أيام is one range 2-3 (as 2 أو 3 أيام)
def test_a_dual_or_three_is_one_range():
    assert_figure("ويحتاج المريض إلى البقاء في المستشفى أسبوعين أو ثلاثة أسابيع", "أسبوعين أو ثلاثة أسابيع",
                  kind="duration", value=2, value_end=3, unit="أسبوع")
    assert_figure("واستضافت الندوة باحثتين إلى ثلاث من كل جامعة", "باحثتين إلى ثلاث", kind="count", value=2,
                  value_end=3)
    # nasty neighbours: another unit after the number, digits after the joining word, two number
    # words (no dual noun), and a number of other things after إلى stay apart
    assert_figure("وتستمر الرحلة يومين أو ثلاث ساعات", "يومين", kind="duration", value=2, value_end=None)
    assert_figure("ونقل الهلال الأحمر طفلين إلى ثلاثة مستشفيات", "طفلين", kind="count", value=2, value_end=None)
    assert_figure("ونقل الهلال الأحمر طفلين إلى ثلاثة مستشفيات", "ثلاثة مستشفيات", kind="count", value=3)
    assert_figure("وقد يمتد عامين أو 3 بحسب الظروف", "عامين", kind="duration", value=2, value_end=None)


# -- an accusative ordinal after a verb of finishing in a place: وحل المنتخب ثالثا (came third)
def test_an_ordinal_after_a_verb_of_placing_is_a_rank():
    assert_figure("وحل العداء السعودي رابعا في سباق 800 متر", "رابعا", kind="ordinal", value=4)
    assert_figure("وجاءت جامعة الملك سعود في الترتيب العربي سادسا، تلتها", "سادسا", kind="ordinal", value=6)
    assert_figure("ويأتي ثانيا اللاعب البرازيلي بقيمة خمسة ملايين", "ثانيا", kind="ordinal", value=2)
    # nasty neighbours: a list point (with a colon or opening a sentence), a reporting جاء في, a
    # punctuation mark between, أولا, and no verb of placing
    assert_no_figure("وأوضح البيان عدة نقاط. ثانيا: دعم الأسر المنتجة", "ثانيا")
    assert_no_figure("وجاء في التقرير أن الوزارة ثالثا ستراجع العقود", "ثالثا")
    assert_no_figure("وحل الفريق ضيفا على منافسه، ثالثا يجب أن نذكر", "ثالثا")
    assert_no_figure("وحل المنتخب أولا في المجموعة", "أولا")
    assert_no_figure("وقال المسؤول إن الهدف ثانيا هو خدمة المواطن", "ثانيا")


# -- one goal: فاز بهدف سجله المهاجم, خسر من ضيفه بهدف، (بهدف is mostly "in order to")
def test_one_goal_after_a_match_word_or_before_a_scoring_word():
    assert_figure("وتغلب الاتحاد على ضيفه بهدف أحرزه المدافع في الشوط الثاني", "بهدف", kind="count", value=1,
                  unit="هدف")
    assert_figure("وخسر النصر أمام مضيفه الإماراتي بهدف، في مباراة ودية", "بهدف", kind="count", value=1, unit="هدف")
    # convention decided 2026-12-03: one goal of a result is a count (was the label بهدف نظيف)
    assert_figure("وفاز الأهلي على الرائد بهدف نظيف", "بهدف", kind="count", value=1, unit="هدف")
    # nasty neighbours: the purpose بهدف, also after a punctuation mark with no match word
    assert_no_figure("وزار الوفد الملعب بهدف تقييم جاهزيته قبل انطلاق الدوري", "بهدف")
    assert_no_figure("ونظمت الجمعية الحملة بهدف، كما أوضح رئيسها، دعم الأسر", "بهدف")
    assert_no_figure("وفاز المشروع بجائزة الابتكار بهدف تحفيز الشباب", "بهدف")
