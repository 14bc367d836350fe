"""Golden tests for quantities, round 42 of issue 13 (branch q42): error classes pooled over the
development sets blind21-37 (both readers) and pages19-22.

Every sentence here was written for these tests in the style of Arabic news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- 1. ordinal words listed one after another rank the same noun (ordinal_lists.py)
def test_grades_listed_after_the_first():
    s = "ويشترط أن يكون المتقدم من طلاب الصف الثاني متوسط/ الأول الثانوي/ الثالث الثانوي بالمدارس الحكومية"
    assert_figure(s, "الصف الثاني", kind="ordinal", value=2)
    assert_figure(s, "الأول", kind="ordinal", value=1)
    assert_figure(s, "الثالث", kind="ordinal", value=3)
    s = "وتستهدف المسابقة طلاب المرحلة ( الصف: الأول متوسط - الثاني متوسط - الثالث متوسط ) في المحافظة"
    assert_figure(s, "الأول", kind="ordinal", value=1)
    assert_figure(s, "الثاني", kind="ordinal", value=2)
    assert_figure(s, "الثالث", kind="ordinal", value=3)


def test_bare_feminine_ordinals_in_a_list():
    s = "وتشارك في الملحق الأندية التي أنهت الموسم كثالثة أو رابعة أو خامسة في دورياتها"
    assert_figure(s, "كثالثة", kind="ordinal", value=3)
    assert_figure(s, "رابعة", kind="ordinal", value=4)
    assert_figure(s, "خامسة", kind="ordinal", value=5)
    assert_figure("وتقام المرحلة الأولى أو الثانية من المشروع في الشرقية", "الثانية", kind="ordinal", value=2)
    assert_figure("وكانت الإصابات في الصفوف الأول والثاني والرابع من المدرسة", "والرابع", kind="ordinal", value=4)


def test_nasty_neighbours_of_listed_ordinals():
    # the adverbs of a list of points stay out
    assert_no_figure("وطالب المجلس بأمور: أولا، ثانيا، ثالثا، ثم رفع توصياته", "ثالثا")
    # days of a month listed so are the date rules' (no ordinal)
    got = extract_quantities("وتقام المباريات (الثالث والرابع والخامس) من شهر سبتمبر المقبل")
    assert not [q for q in got if q["kind"] == "ordinal"], got
    # two bare ordinals with no ranked figure before them: nothing
    assert_no_figure("وقال إن الأول أو الثاني لا يهمه كثيرا", "الثاني")
    # a second of time is no rank
    got = extract_quantities("وانتظر ثانية أو ثانيتين قبل أن يرد")
    assert not [q for q in got if q["kind"] == "ordinal"], got


# -- 2. a day and month before إلى and a full numeric date: one stretch of days (day_ranges.py)
def test_numeric_stretch_of_days():
    assert_figure("وتستمر الدورة في الفترة من 9/7/ إلى 20 / 7/ 2015 بمقر الجامعة", "9/7/ إلى 20 / 7/ 2015",
                  kind="date", date="2015-07-09/2015-07-20")
    assert_figure("ويستقبل المعرض زواره من 3/8 إلى 14/8/2015 يوميا", "3/8 إلى 14/8/2015",
                  kind="date", date="2015-08-03/2015-08-14")
    assert_figure("ويبدأ التسجيل من 12/10 حتى 3/11/1436هـ عبر البوابة", "12/10 حتى 3/11/1436هـ",
                  kind="date", calendar="hijri", date="2015-07-28/2015-08-18")
    assert_figure("وتمتد الإجازة من 27/12 الى 5/1 /1437هـ للطلاب", "27/12 الى 5/1 /1437هـ",
                  kind="date", calendar="hijri", date="2015-10-10/2015-10-18")


def test_nasty_neighbours_of_numeric_stretches():
    # the first day after the last in one month: no stretch
    got = extract_quantities("وتأجل الموعد من 20/8 إلى 10/8/2015 لأسباب فنية")
    assert not [q for q in got if "/" in (q["date"] or "")], got
    # a score then a word: no date at all
    got = extract_quantities("وفاز الفريق 3/1 إلى جانب تعادله في المباراة الأخرى")
    assert not [q for q in got if q["kind"] == "date"], got
    # a full date alone keeps its single day
    assert_figure("وتنتهي المهلة في 21/8/2015 مساء", "21/8/2015", kind="date", date="2015-08-21")


# -- 3. two amounts of one unit after بين: one range (between_ranges.py)
def test_two_amounts_of_one_unit_after_between():
    assert_figure("ويغيب اللاعب بين 3 أسابيع و4 أسابيع بسبب الإصابة", "3 أسابيع و4 أسابيع",
                  kind="duration", value=3, value_end=4)
    assert_figure("وتتراوح الرسوم ما بين 200 ريال إلى 450 ريالا للطالب", "200 ريال إلى 450 ريالا",
                  kind="money", value=200, value_end=450)
    assert_figure("ويبلغ ارتفاع الأمواج بين 2 متر و4 أمتار قبالة الساحل", "2 متر و4 أمتار",
                  kind="measure", value=2, value_end=4)


def test_nasty_neighbours_of_between_ranges():
    # two units: two figures
    got = extract_quantities("وتراوحت مدة الانتظار بين 20 دقيقة و3 ساعات")
    assert [(q["value"], q["value_end"]) for q in got] == [(20, None), (3, None)], got
    # no بين: a list of two amounts
    got = extract_quantities("ودفع 300 ريال و500 ريال على دفعتين")
    assert [(q["value"], q["value_end"]) for q in got if q["kind"] == "money"] == [(300, None), (500, None)], got
    # the unit written once stays the range it was
    assert_figure("ويغيب بين 10 و15 يوما", "بين 10 و15 يوما", kind="duration", value=10, value_end=15)


# -- 4. a light year is a distance, a measure (units.csv)
def test_light_years_are_a_measure():
    assert_figure("وتبعد المجرة عن الأرض 2500 سنة ضوئية بحسب الفلكيين", "2500 سنة ضوئية",
                  kind="measure", value=2500, unit="سنة ضوئية")
    assert_figure("ويصل ضوء النجوم إلينا بعد ملايين السنين الضوئية", "ملايين السنين الضوئية", kind="measure")


def test_nasty_neighbours_of_light_years():
    assert_figure("وأمضى في المنفى 7 سنوات قبل عودته", "7 سنوات", kind="duration", value=7)
    assert_no_figure("وسبقتنا تلك الدول بسنوات ضوئية في التعليم", "بسنوات ضوئية")


# -- 5. more idioms of one (quantity_markers.csv one_idiom): with one voice, in one trench, one nation, one coin
def test_idioms_of_one():
    assert_no_figure("وتحدث الأهالي بلسان واحد مطالبين بإنشاء مستشفى", "بلسان واحد")
    assert_no_figure("وأكد أن الجميع في خندق واحد لمواجهة الإرهاب", "خندق واحد")
    assert_no_figure("وقال إن أبناء المنطقة كلهم وطن واحد", "وطن واحد")
    assert_no_figure("وأكد أن التعليم والصحة وجهان لعملة واحدة في التنمية", "لعملة واحدة")


def test_nasty_neighbours_of_idioms_of_one():
    assert_figure("وأطلقت القوات صاروخا واحدا على الموقع", "صاروخا واحدا", kind="count", value=1)
    assert_figure("وسجل الفريق هدفا واحدا في الشوط الأول", "هدفا واحدا", kind="count", value=1)
    assert_figure("وزار الوفد مدينة واحدة فقط", "مدينة واحدة", kind="count", value=1)


# -- 6. a bare الملايين after a word of paying or spending is an amount of money (vague_money.py)
def test_millions_spent_are_money():
    assert_figure("وقال إن النادي سيدفع الملايين على مدرب أجنبي دون نتائج", "الملايين", kind="money", currency="SAR")
    assert_figure("وتبلغ تكاليف الأعراس في المنطقة حدا باتت فيه المهور بالملايين", "بالملايين", kind="money")
    assert_figure("وقبضت الجهات الرقابية على مختلس الملايين وأحالته إلى القضاء", "الملايين", kind="money")
    # the currency of the paragraph's last amount
    assert_figure("وبلغت قيمة الصفقة 40 مليون يورو، وستدفع الملايين لاحقا", "الملايين", kind="money", currency="EUR")


def test_nasty_neighbours_of_millions_spent():
    # millions of people: a count
    assert_figure("وقال إن البطولة يتابعها الملايين.", "الملايين", kind="count")
    assert_figure("واستقبلت المدينة الملايين من الزوار هذا العام", "الملايين من الزوار", kind="count")


# -- 7. the construct dual of a side before two names that take no article (construct_pairs.side_dual_before_pair)
def test_side_dual_before_two_names():
    assert_figure("ويلتقي فريقا أتلتيكو مدريد وفالنسيا في افتتاح الدوري", "فريقا", kind="count", value=2)
    assert_figure("وتعادل منتخبا الأردن وعمان سلبيا في اللقاء الودي", "منتخبا", kind="count", value=2)
    assert_figure("وجمعت المباراة بين فريقي نيس وبوردو الفرنسيين", "فريقي", kind="count", value=2)
    assert_figure("وحضر اللقاء مدربا فريق الوحدة والاتفاق", "مدربا", kind="count", value=2)


def test_nasty_neighbours_of_side_duals():
    # an accusative singular with its adjective, a preposition or a conjunction after it
    assert_no_figure("وشكل المجلس فريقا كاملا ومتخصصا للمتابعة", "فريقا")
    assert_no_figure("وكلفت الهيئة فريقا لمتابعة المشاريع والمبادرات", "فريقا")
    assert_no_figure("وعين النادي مدربا للحراس وآخر للياقة", "مدربا")
    assert_no_figure("وعمل مدربا ولاعبا في النادي نفسه", "مدربا")
    # مدربي is as often a plural in construct: no count
    assert_no_figure("واجتمع مع مدربي الفرق المحلية والأجنبية", "مدربي")
