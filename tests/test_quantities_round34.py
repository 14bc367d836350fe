"""Golden tests for quantities, round 34 of issue 13 (branch q34): errors pooled over blind19-32.

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- a dash range shares the scale word written after its second end (scaled_ranges.py)
def test_a_dash_range_shares_the_scale_word():
    assert_figure("وقدرت الشركة قيمة الصفقة 450-520 مليون ريال", "450-520 مليون ريال", kind="money",
                  value=450e6, value_end=520e6, currency="SAR")
    assert_figure("ويتوقع أن يرتفع الإنتاج إلى 0.3-0.5 مليون برميل يوميا", "0.3-0.5 مليون برميل",
                  value=300000, value_end=500000)
    assert_figure("وتتراوح تكلفة المشروع 1.5 – 2 مليار دولار", "1.5 – 2 مليار دولار", kind="money",
                  value=1.5e9, value_end=2e9, currency="USD")
    # no noun after it: the scale word still makes one amount, not two figures
    got = extract_quantities("ويتوقع المنظمون حضور 300-400 ألف خلال المهرجان")
    assert [(q["surface"], q["value"], q["value_end"]) for q in got] == [("300-400 ألف", 300000, 400000)]
    # nasty neighbours: a first end with its own meaning (a year before a scaled second end) is not scaled,
    # a range of years stays a year range, a range without a scale word keeps its values
    got = extract_quantities("وفي 2014-2 مليون زائر")
    assert not any(q["value"] == 2014e6 for q in got)
    assert_figure("وتضاعف العدد في الفترة 2010-2015", "2010-2015", kind="year_range")
    assert_figure("ويضم المعرض 15-20 جناحا", "15-20 جناحا", kind="count", value=15, value_end=20)


# -- الاثنان / الاثنين as "the two", not Monday (the_two.py)
def test_the_two_is_a_count_and_monday_is_not():
    assert_figure("وقال المتحدث إن الاثنان غادرا المستشفى مساء", "الاثنان", kind="count", value=2)
    # two never counts the indefinite noun after it: وكتب الاثنان بيانا is one statement
    got = extract_quantities("ونشر الاثنان بيانا مشتركا")
    assert [(q["surface"], q["value"]) for q in got] == [("الاثنان", 2)]
    assert_figure("وأوقفت الشرطة المشتبهين الاثنين في المطار", "المشتبهين الاثنين", kind="count", value=2,
                  unit="مشتبه")
    assert_figure("وهذه مسؤولية تخص شعبينا الاثنين وحدهما", "شعبينا الاثنين", kind="count", value=2, unit="شعب")
    got = extract_quantities("ووقع الجانبان الاثنان على المذكرة")
    assert [(q["surface"], q["value"]) for q in got] == [("الجانبان", 2)]
    # nasty neighbours: Monday, after a time word, before a word that dates the day, after a nominative dual
    for s in ("ويعقد المجلس جلسته الاثنين المقبل", "وأعلنت الوزارة يوم الاثنين عن الخطة",
              "ويزور الوفد البلدين الاثنين 10 أغسطس", "وصل الوفد يوم الاثنان الماضي"):
        assert not any("الاثنين" in q["surface"] or "الاثنان" in q["surface"] for q in extract_quantities(s)), s
    got = extract_quantities("والتقى الطرفان الاثنين في الرياض")
    assert [(q["surface"], q["value"]) for q in got] == [("الطرفان", 2)]
    assert_no_figure("وقالت الوزارة الاثنين إن العمل مستمر", "الاثنين")


# -- spellings: ترليون (without the first ya) is a scale word; كيلو alone and كيلو مترات are measures
def test_trillion_spelt_without_ya_and_kilo_alone():
    assert_figure("وبلغ حجم الدين العام 4.2 ترليونات دولار", "4.2 ترليونات دولار", kind="money", value=4.2e12,
                  currency="USD")
    assert_figure("وتجاوزت الاستثمارات 1.5 ترليون ريال", "1.5 ترليون ريال", kind="money", value=1.5e12)
    assert_figure("وضبطت الدوريات 45 كيلو من المواد المخدرة", "45 كيلو", kind="measure", value=45)
    assert_figure("ويمتد الطريق 12 كيلو مترات نحو الشمال", "12 كيلو مترات", kind="measure", value=12,
                  unit="كيلومتر")
    # nasty neighbours: the kilogram and kilometre written in full keep their units; a kilometre marker
    # without a number before it is no figure of its own
    assert_figure("ووزن الطرد 8 كيلو غرامات", "8 كيلو غرامات", kind="measure", unit="كيلوغرام")
    assert_no_figure("وسعر الكيلو مرتفع هذا العام", "الكيلو")


# -- a half, quarter or third of one unit is an amount of it, also after a glued preposition (parts.py)
def test_a_part_of_one_unit_is_an_amount():
    assert_figure("وارتفع سعر السهم نصف ريال في ختام التداول", "نصف ريال", kind="money", value=0.5, currency="SAR")
    assert_figure("وتراجع الخام ربع دولار للبرميل", "ربع دولار", kind="money", value=0.25, currency="USD")
    assert_figure("وتوقفت الحركة المرورية لنصف ساعة", "لنصف ساعة", kind="duration", value=0.5, unit="ساعة")
    assert_figure("وتأخر الإقلاع بربع ساعة عن موعده", "بربع ساعة", kind="duration", value=0.25)
    # nasty neighbours: the half of a thing named (definite, or not a unit) stays a fraction; a half joined
    # by و belongs to the figure before it
    assert_figure("وخسر المستثمر نصف الريال الذي دفعه", "نصف الريال", kind="fraction", value=0.5)
    assert_figure("وباعت الشركة الأرض بنصف قيمتها السوقية", "بنصف قيمتها", kind="fraction", value=0.5)
    assert_figure("واستمر الاجتماع ساعتين ونصف", "ساعتين ونصف", kind="duration", value=2.5)


# -- lexicon rows: the duals of ابن and بنت (two sons, two daughters) are counts 2
def test_two_sons_and_two_daughters():
    assert_figure("وأوضح أن المتوفى لديه ابنان وثلاث بنات", "ابنان", kind="count", value=2, unit="ابن")
    assert_figure("وترك الفقيد بنتين وزوجة", "بنتين", kind="count", value=2, unit="بنت")
    assert_figure("وأنجبت الأسرة 4 أبناء", "4 أبناء", kind="count", value=4)
    # nasty neighbours: a son in a name or with a possessor is no figure
    assert_no_figure("وقال خالد ابن الوليد في رسالته", "ابن")
    assert_no_figure("وحضر ابن الفقيد الحفل", "ابن")


# -- a bracketed number after a label noun of the lexicon names, as it does without brackets (bracketed_labels.py)
def test_a_bracketed_number_after_a_label_noun_is_a_label():
    assert_figure("وتطبق على المخالفين العقوبات الواردة في المادة (239) من النظام", "المادة (239)", kind="label",
                  value=239)
    assert_figure("ونصت المادة (112) من اللائحة على ذلك", "المادة (112)", kind="label", value=112)
    # nasty neighbours: a bracketed number before its counted noun, or after a noun that is no label, counts
    assert_figure("وشارك في الملتقى (35) متدربا من المناطق", "(35) متدربا", kind="count", value=35)
    got = extract_quantities("وبلغت المادة (239) من النظام")
    assert not any(q["kind"] == "count" for q in got)


# -- stock indices named by a number (quantity_markers.csv name_word rows): the number names the index
def test_index_names_with_numbers():
    assert_figure("وأغلق مؤشر فايننشال تايمز 100 مرتفعا", "تايمز 100", kind="label", value=100)
    assert_figure("وتراجع مؤشر نيكي 225 في طوكيو", "نيكي 225", kind="label", value=225)
    assert_figure("وصعد مؤشر يوروستوكس 50 للأسهم القيادية", "يوروستوكس 50", kind="label", value=50)
    # nasty neighbour: the newspaper's name before a count keeps the count
    assert_figure("وذكرت صحيفة نيويورك تايمز أن 300 شخص أصيبوا", "300 شخص", kind="count", value=300)
