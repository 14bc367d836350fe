"""q77 (issue 13): the parents' duals are no figure (the guide: ``الوالدين``), decibels and hectares
spelled هيكتار are units, and both ends of an index's move (``من 2.074.20 إلى 2.030.16``) are levels."""
from arnews.quantities import extract_quantities

from quantity_checks import assert_figure, assert_no_figure


def test_the_parents_are_no_count_of_two():
    assert_no_figure("وتوصي الدراسة بإشراك الوالدين في متابعة الواجبات المدرسية", "الوالدين")
    assert_no_figure("ونقل الطفل إلى المستشفى فيما أصيب والداه بحروق طفيفة", "والداه")
    assert_no_figure("وسار الشقيقان على خطى أبويهما في العمل الخيري", "أبويهما")
    assert_no_figure("ويعيش الصبي مع أبويه في حي شعبي بالمدينة", "أبويه")
    assert_no_figure("وعبر الوالدان عن فرحتهما بتخرج ابنتهما", "الوالدان")
    # the adjective or predicate of the parents is no dual of its own either
    assert_no_figure("ويعيش الطفل مع أبويه المسنين في القرية", "المسنين")
    assert_no_figure("وتخصص الجمعية برامج لدعم الوالدين الجديدين في عامهم الأول", "الجديدين")


def test_other_duals_beside_them_still_count():
    assert_figure("وأصيب الشقيقان بجروح فيما نجا والداهما من الحريق", "الشقيقان", kind="count", value=2)
    assert_figure("وفاز اللاعبان بالجائزة أمام ذويهما", "اللاعبان", kind="count", value=2, unit="لاعب")
    assert_figure("وزار الوزير الطفلين في المستشفى بحضور الوالدين", "الطفلين", kind="count", value=2)


def test_decibels_and_hectares_are_measures():
    assert_figure("ويطلق الجهاز موجات صوتية بقوة 120 ديسبيل لإبعاد الطيور", "120 ديسبيل", kind="measure", value=120,
                  unit="ديسيبل")
    assert_figure("ولا يتجاوز الضجيج في الحي 55 ديسيبل ليلا", "55 ديسيبل", kind="measure", value=55)
    assert_figure("وأتلفت السيول أكثر من 3000 هيكتار من حقول القمح", "أكثر من 3000 هيكتار", kind="measure", value=3000,
                  unit="هكتار")
    # a word that starts like the unit is none: a DisplayPort (ديسبلاي بورت) counts nothing in decibels
    got = [q for q in extract_quantities("ويدعم الحاسب منفذ ديسبلاي بورت 2 بسرعة عالية") if q["unit"] == "ديسيبل"]
    assert got == []


def _levels(sentence):
    return [(q["surface"], q["kind"], q["unit"]) for q in extract_quantities(sentence) if q["kind"] in ("count", "measure")]


def test_both_ends_of_an_index_move_are_levels():
    assert _levels("وتراجع مؤشر نيكاي القياسي 1.5 في المائة خلال الشهر من 2.318.40 إلى 2.283.65، "
                   "كما هبط مؤشر توبكس من 812.33 إلى 801.10 في الفترة ذاتها") == [
        ("2.318.40", "measure", "نقطة"), ("2.283.65", "measure", "نقطة"),
        ("812.33", "measure", "نقطة"), ("801.10", "measure", "نقطة")]


def test_a_move_of_counted_things_stays_counts():
    # no index level on either side: the numbers count things (or stay bare counts)
    assert _levels("وارتفع عدد الطلاب من 1.200 إلى 1.450 طالبا هذا العام") == [("من 1.200 إلى 1.450 طالبا", "count", "طالب")]
    assert all(k == "count" for _, k, _ in _levels("وارتفعت نسبة الإنجاز في المشروع من 12.5 إلى 14.2 خلال عام"))


def test_a_scale_word_and_its_whole_remainder_in_digits_are_one_amount():
    assert_figure("وبلغت مبيعات الشركة خلال العام مليون و645210 سيارة", "مليون و645210 سيارة", kind="count",
                  value=1645210)
    assert_figure("وسجلت الموانئ 3 ملايين و120450 حاوية في النصف الأول", "3 ملايين و120450 حاوية", value=3120450)


def test_a_remainder_without_its_noun_stays_apart():
    # a year after و, and a small last part with no counted noun after it, join nothing (as before)
    got = [(q["surface"], q["kind"]) for q in extract_quantities("ووصل عدد الزوار مليونا و2015 شهد أعلى رقم")]
    assert ("مليونا", "count") in got


def test_a_noun_and_one_both_in_the_accusative_count_one():
    assert_figure("ولم يضبط رجال الأمن متسللا واحدا على الحدود", "متسللا واحدا", kind="count", value=1)
    assert_figure("ولا يقدم الكتاب إلا تفسيرا واحدا للظاهرة", "تفسيرا واحدا", kind="count", value=1, unit="تفسير")
    assert_figure("ولم يسجل الفريق تسديدا واحدا على المرمى", "تسديدا واحدا", kind="count", value=1)


def test_one_after_a_verb_or_an_adjective_stays_out():
    # a verb's plural ending (وا) shows no tanwin agreement
    assert_no_figure("ثم خرجوا واحدا تلو الآخر من القاعة", "خرجوا واحدا")
