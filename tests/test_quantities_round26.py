"""Golden tests for quantities, round 26 of issue 13 (branch q26): errors read on blind23.

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value, unit and span (the surface is the span read back from the
offsets), with the nasty neighbours that must NOT match."""
from __future__ import annotations

from quantity_checks import assert_figure, assert_no_figure


# -- لست: the verb ليس ("I am not") or ل + ست (to six)
def test_lastu_after_a_pronoun_or_opening_a_quote_is_i_am_not():
    assert_no_figure("وقال المتحدث في بيانه: وأنا لست طرف في هذا الخلاف", "لست طرف")
    assert_no_figure('ورد المحافظ على المنتقدين بالقول "لست وصي على أحد"', "لست وصي")
    assert_no_figure("وأضاف اللاعب إنني لست نادم على قراري", "لست نادم")
    # a singular noun (one with a common dual) after it: six wants a genitive plural
    assert_no_figure("ويقول الكاتب إن المواطن لست مسؤول عن أخطاء المقاول", "لست مسؤول")
    # nasty neighbours: six with its plural, and compound numbers, stay figures
    assert_figure("ورشح الفيلم السعودي لست جوائز في المهرجان", "لست جوائز", kind="count", value=6)
    assert_figure("وتوج الهلال باللقب لست مرات متتالية", "لست مرات", kind="count", value=6)
    assert_figure("وغاب المهاجم عن الملاعب لست سنوات", "لست سنوات", kind="duration", value=6)
    assert_figure("وتأهل الفريق لست عشرة مباراة متتالية", "لست عشرة مباراة", kind="count", value=16)
    assert_figure("ووزعت الهيئة الجوائز لست وثلاثين فائزة", "لست وثلاثين فائزة", kind="count", value=36)
    assert_figure("ووزعت الهيئة الحقائب لست لاعبين", "لست لاعبين", kind="count", value=6)


# -- two spelled neighbouring numbers joined by إلى/أو share the noun after the second
def test_a_spelled_range_without_min_shares_its_noun():
    assert_figure("وتسير الناقلة أربع إلى خمس رحلات أسبوعيا إلى جدة", "أربع إلى خمس رحلات",
                  kind="count", value=4, value_end=5, unit="رحلة")  # the unit in the singular
    assert_figure("ويحتاج المدرب ثلاثة أو أربعة لاعبين قبل انطلاق الدوري", "ثلاثة أو أربعة لاعبين",
                  kind="count", value=3, value_end=4, unit="لاعب")
    assert_figure("وتضاعفت الأسعار ستة إلى سبعة أضعاف خلال الصيف", "ستة إلى سبعة أضعاف",
                  kind="count", value=6, value_end=7)
    # خلال before the pair (listed as a range opener) does not block it
    assert_figure("وتطورت المهنة خلال خمسة أو ستة أجيال متعاقبة", "خمسة أو ستة أجيال",
                  kind="count", value=5, value_end=6)
    # nasty neighbours: a number then a preposition إلى, numbers far apart, a digit second end
    s = "ونقل ثلاثة إلى المستشفى وخمسة إلى منازلهم"
    assert_figure(s, "ثلاثة", kind="count", value=3, value_end=None)
    assert_figure(s, "وخمسة", kind="count", value=5, value_end=None)
    s2 = "ووصل ثلاثة إلى عشرة أشخاص من المسعفين"
    assert_figure(s2, "عشرة أشخاص", kind="count", value=10, value_end=None)
    s3 = "وسجل أربعة أو خمسة في المباراة الأولى"
    assert_figure(s3, "أربعة", kind="count", value=4, value_end=None)
    # with من the range needs no neighbouring values (unchanged)
    assert_figure("وتتراوح المدة من ثلاثة إلى عشرة أيام", "من ثلاثة إلى عشرة أيام",
                  kind="duration", value=3, value_end=10)


# -- النصف الأول/الثاني من (شهر) <month>: half a month, not the half-year
def test_half_of_a_named_month_is_half_a_month():
    assert_figure("ورصد المرصد 40 حالة في النصف الثاني من شهر يونيو", "النصف الثاني من شهر يونيو",
                  kind="period", value=0.5, unit="شهر", date="--06-16/--06-30")
    assert_figure("وتنطلق الحملة في النصف الأول من فبراير 2016", "النصف الأول من فبراير 2016",
                  kind="period", value=0.5, date="2016-02-01/2016-02-15")
    assert_figure("وتنتهي الأعمال في النصف الثاني من فبراير 2016", "النصف الثاني من فبراير 2016",
                  kind="period", value=0.5, date="2016-02-16/2016-02-29")
    # nasty neighbours: the half-year stays a half-year, a sports season has no months
    assert_figure("وارتفعت أرباح البنك في النصف الأول من العام", "النصف الأول من العام",
                  kind="period", value=6)
    assert_figure("وتراجع أداء الفريق في النصف الثاني من الموسم", "النصف الثاني من الموسم",
                  kind="period", value=None)
    assert_no_figure("وارتفعت الأرباح في النصف الأول من العام بينما تراجعت في شهر", "شهر")


# -- مابين (ما بين written as one word) opens a range like بين
def test_mabayna_glued_opens_a_range():
    assert_figure("وتتراوح أسعار الأضاحي هذا العام مابين 900 و1400 ريال", "مابين 900 و1400 ريال",
                  kind="money", value=900, value_end=1400, currency="SAR")
    assert_figure("ويحتاج النادي مابين ثلاثة إلى أربعة لاعبين محليين", "مابين ثلاثة إلى أربعة لاعبين",
                  kind="count", value=3, value_end=4)
    # nasty neighbours: مابين before places is no range; a lone number after it stays one figure
    s = "ووقع الحادث على الطريق مابين الرياض والخرج على بعد 20 كيلومترا"
    assert_figure(s, "20 كيلومترا", kind="measure", value=20, value_end=None)
    assert_no_figure(s, "مابين الرياض والخرج")


# -- a masculine construct dual before the dual pronoun هما: "their two X" (not "my X")
def test_masculine_dual_before_huma_counts_two():
    s = "وأعلن الحزبان المعارضان موقفيهما من مشروع القانون"
    assert_figure(s, "موقفيهما", kind="count", value=2, unit="موقف")
    assert_figure("وأقام الفريقان معسكريهما في النمسا استعدادا للموسم", "معسكريهما",
                  kind="count", value=2, unit="معسكر")
    assert_figure("وقدمت الجامعتان برنامجيهما للطلاب المستجدين", "برنامجيهما",
                  kind="count", value=2, unit="برنامج")
    # nasty neighbours: sound plurals, a noun whose own ي ends it, a reflexive, prepositions
    assert_no_figure("واستقبل الناديان لاعبيهما في الفندق", "لاعبيهما")
    assert_no_figure("وتكفل المركز بنقل الحجاج وقاصديهما إلى المشاعر", "وقاصديهما")
    assert_no_figure("وقدم الشقيقان إلى ناديهما الجديد", "ناديهما")
    assert_no_figure("وأوكل المتهمان الدفاع إلى محاميهما", "محاميهما")
    assert_no_figure("وحجز الوزيران لنفسيهما مقعدين في الصف الأول", "لنفسيهما")
    assert_no_figure("وسلم الأمير عليهما وتمنى لهما التوفيق", "عليهما")


# -- a plural participle of manner (حال) with a plural pronoun on its object is no dual
def test_plural_participle_with_their_object_is_no_dual():
    assert_no_figure("وزار أعضاء المجلس المصابين في المستشفى معبرين استنكارهم للاعتداء", "معبرين")
    assert_no_figure("واحتشد الأهالي في الساحة ومعبرين عن فرحتهم بالعيد", "ومعبرين")
    assert_no_figure("ووقف الحضور مصفقين مؤكدين دعمهم للقرار", "مؤكدين")
    # nasty neighbours: dual nouns followed by عن/على, and a dual before a pronoun word with ل
    assert_figure("وتراجع الاتحاد مركزين عن الصدارة بعد الخسارة", "مركزين", kind="count", value=2)
    assert_figure("وحجز الأمير مقعدين على درجة الأعمال", "مقعدين", kind="count", value=2)
    assert_figure("وتبرع رجل أعمال ببناء مدرستين لأبنائهم في القرية", "مدرستين", kind="count", value=2)


# -- طالبي X (seekers of X): a construct plural, not a dual
def test_construct_plurals_of_seekers_are_no_duals():
    assert_no_figure("وتستقطب المعارض طالبي العمل من الشباب السعودي", "طالبي")
    assert_no_figure("وأوضح مصدر أن ملف الأسر من طالبي القروض قيد الدراسة", "طالبي")
    # nasty neighbours: two students stay two
    assert_figure("وكرم مدير التعليم طالبين متفوقين في الرياضيات", "طالبين", kind="count", value=2)
