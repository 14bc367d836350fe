"""q81 (issue 13): general classes of the development sets' errors (blind46-57).

* A rising score (``1-3``: the first side the smaller) in a paragraph that reports a match is a label, whatever
  words stand right before it (``الإنجليزي 1-3`` was the label of a name and a count 3; ``سقط سقوطا كبيرا 1-4``
  two counts); a range (``من 2-3``, ``2-3 أيام``) and a paragraph with no match stay as they were.
* A feminine construct dual in ``-تي`` before two genitives joined by و, the first a construct itself
  (``عمليتي عاصفة الحزم وإعادة الأمل``), in a paragraph with no first-person word, is a count 2.

Every sentence here was written for these tests in the style of Saudi news (no corpus text)."""
from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


def _kinds(sentence, surface):
    s = sentence.find(surface)
    e = s + len(surface)
    return [(q["surface"], q["kind"]) for q in extract_quantities(sentence) if q["start"] < e and s < q["end"]]


def test_a_rising_score_in_a_match_report_is_a_label():
    s = "وخسر الفريق ثلاث مباريات ودية في معسكره، أمام بنفيكا البرتغالي 1-3، ثم أمام ليون الفرنسي 0-2 قبل عودته"
    assert_figure(s, "1-3", kind="label", value=1, value_end=3)
    assert_figure(s, "0-2", kind="label", value=0, value_end=2)
    s = "وستقام المباراة على ملعب الأمير فيصل، علما بأن الضيوف سقطوا سقوطا مدويا 1-4 في لقاء الذهاب"
    assert_figure(s, "1-4", kind="label", value=1, value_end=4)
    # no count of a name and no count of the second side
    assert _kinds(s, "1-4") == [("1-4", "label")]


def test_a_rising_pair_that_is_no_score_stays():
    # a range of a counted unit in a match report
    s = "وبعد المباراة يحصل اللاعبون على راحة 2-3 أيام قبل استئناف التدريبات"
    assert_figure(s, "2-3 أيام", kind="duration", value=2, value_end=3)
    # a range word before the pair
    s = "وشارك في المباراة الودية من 3-5 لاعبين من فريق الشباب"
    assert [k for _, k in _kinds(s, "3-5")] != ["label"]
    # no match in the paragraph: not a score
    s = "وتتراوح مدة الدورة التدريبية للموظفين الجدد 2-4 بحسب الإدارة"
    assert all(k != "label" or v != "2-4" for v, k in _kinds(s, "2-4"))


def test_a_feminine_construct_dual_before_two_genitives():
    s = "وأشاد المجلس بما حققته القوات في عمليتي عاصفة الحزم وإعادة الأمل من نجاحات"
    assert_figure(s, "عمليتي", kind="count", value=2, unit="عملية")
    s = "وباشرت الفرق الميدانية التحقيق في حادثتي طريق الملك فهد وشارع التحلية صباح اليوم"
    assert_figure(s, "حادثتي", kind="count", value=2)


def test_my_noun_before_a_pair_is_no_dual():
    # an adjective and its pair after "my X": no construct
    assert_no_figure("وكانت سيارتي جديدة وجميلة حين اشتريتها", "سيارتي")
    # a paragraph in the first person: "my X"
    assert_no_figure("وقال: أنا لا أنسى أبدا رحلتي عاصفة الصحراء وما رأيته فيها", "رحلتي")


def test_a_stretch_of_hijri_days_before_the_month_after_min_or_shahr():
    pub = "2015-08-01"  # 16 Shawwal 1436
    s = "ويقام المعسكر الإعدادي في الطائف خلال الفترة من 22 الى 29 من شهر شوال الحالي، استعدادا للبطولة"
    assert_figure(s, "22 الى 29 من شهر شوال الحالي", published=pub, kind="date", date="2015-08-07/2015-08-14",
                  calendar="hijri")
    s = "وتستقبل الجامعة طلبات التحويل في الفترة 3-9 من ذي القعدة المقبل عبر بوابتها"
    assert_figure(s, "3-9 من ذي القعدة المقبل", published=pub, kind="date", date="2015-08-18/2015-08-24",
                  calendar="hijri")
    # not a count of months: شهر belongs to the month's name
    s = "وتقام الدورة من 22 إلى 29 شهر شوال الحالي بمقر النادي"
    assert_figure(s, "22 إلى 29 شهر شوال الحالي", published=pub, kind="date", date="2015-08-07/2015-08-14")


def test_a_stretch_of_days_before_a_spaced_hijri_date_without_h():
    s = "ثم يشارك المنتخب في البطولة الدولية بجدة من 16 الى 23 /12 /1436 بمشاركة ستة منتخبات"
    assert_figure(s, "16 الى 23 /12 /1436", kind="date", date="2015-09-29/2015-10-06", calendar="hijri")
    # spaced slashes alone, with no stretch and no هـ, stay what they were (a decision's number)
    assert_no_figure("وصدر القرار رقم ( 104 / 47 ) بشأن التنظيم", "104 / 47")


def test_a_yearless_hijri_stretch_takes_the_year_of_its_paragraph():
    s = ("ويعسكر المنتخب في أبها من 30 / 10 الى 20/11، ثم في النمسا من 25 /11 الى 10 /12 قبل أن يشارك في "
         "البطولة الودية بالرياض من 16 الى 23 /12 /1436")
    assert_figure(s, "30 / 10 الى 20/11", kind="date", date="2015-08-15/2015-09-04", calendar="hijri")
    assert_figure(s, "25 /11 الى 10 /12", kind="date", date="2015-09-09/2015-09-23", calendar="hijri")
    # no numeric Hijri date in the paragraph: no calendar to read it in, no date
    s = "ويعسكر المنتخب في أبها من 30 / 10 الى 20/11 قبل البطولة"
    assert all(q["kind"] != "date" for q in extract_quantities(s))


def test_the_first_of_a_month_named_from_the_publication():
    pub = "2015-08-09"
    s = "وكان الاتفاق قد أعلن في أول يوليو الماضي بعد مفاوضات طويلة"
    assert_figure(s, "أول يوليو الماضي", published=pub, kind="date", date="2015-07-01")
    s = "ويسري القرار ابتداء من أول أكتوبر (تشرين الأول) المقبل في جميع المناطق"
    assert_figure(s, "أول أكتوبر (تشرين الأول) المقبل", published=pub, kind="date", date="2015-10-01")
    # no word of the publication after the month: no year
    assert_figure("ويسري القرار من أول يناير في جميع المناطق", "أول يناير", published=pub, kind="date",
                  date="--01-01")


def test_a_day_of_the_same_month_with_nafs_before_it():
    s = "وهبط سعر الأونصة في 20 يوليو إلى أدنى مستوى ثم عاود الهبوط في 24 من نفس الشهر قبل أن يتعافى"
    assert_figure(s, "24 من نفس الشهر", kind="date", date="--07-24")
    s = "وتنطلق البطولة يوم 23 سبتمبر 2015 على أن تقام مباراة السوبر يوم 20 من ذات الشهر"
    assert_figure(s, "20 من ذات الشهر", kind="date", date="2015-09-20")
    # نفس without الشهر after it: no date
    assert all(q["kind"] != "date" for q in extract_quantities("وحضر 24 من نفس الفريق التدريبات"))
