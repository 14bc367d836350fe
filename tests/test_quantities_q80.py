"""q80 (issue 13): figures still lost on held-out sets. A stretch of the first or last N months with no
year named (``الأشهر الثلاثة الأولى للتعطل``, ``آخر 12 شهرا``) is a duration of N months, not months of
the calendar; the first months of a report (``في الأشهر السبعة الأولى``) and of a named year stay periods.
A definite -ان word that also reads as a plural of things (``البلدان``) is a dual right after a masculine
verb (``وأكد البلدان``: a plural of things would take ``وأكدت``).

Every sentence here was written for these tests in the style of Saudi news (no corpus text)."""
from arnews.quantities import extract_quantities
from quantity_checks import assert_figure


def test_a_stretch_of_months_with_no_year_is_a_duration():
    s = "ويحصل المشترك على 60% من أجره عن الأشهر الثلاثة الأولى للتعطل و50% عن الأشهر التسعة المتبقية"
    assert_figure(s, "الأشهر الثلاثة الأولى", kind="duration", value=3, unit="شهر", date="")
    s = "وضبطت الفرق الميدانية 85 مركبة مخالفة في آخر 4 شهور داخل الأحياء السكنية"
    assert_figure(s, "آخر 4 شهور", kind="duration", value=4, unit="شهر", date="")
    s = "وبلغ مكرر الربحية للسوق 17 مرة بناء على نتائج آخر 12 شهرا للشركات المدرجة"
    assert_figure(s, "آخر 12 شهرا", kind="duration", value=12, unit="شهر", date="")
    s = "ويصرف التعويض بواقع 60% عن الثلاثة الشهور الأولى ونصف الأجر خلال التسعة شهور الأخيرة"
    assert_figure(s, "الثلاثة الشهور الأولى", kind="duration", value=3, date="")
    assert_figure(s, "التسعة شهور الأخيرة", kind="duration", value=9, date="")
    s = "وتراجعت أسعار الخام إلى أدنى مستوياتها في الأشهر الستة الأخيرة بفعل وفرة المعروض"
    assert_figure(s, "الأشهر الستة الأخيرة", kind="duration", value=6, unit="شهر", date="")


def test_the_months_of_a_year_stay_periods():
    pub = "2016-05-10"
    # a year named after them: months of that year
    s = "وارتفعت مبيعات الإسمنت خلال الأشهر الخمسة الأولى من 2016 بنسبة 3%"
    assert_figure(s, "الأشهر الخمسة الأولى من 2016", kind="period", date="2016-01/2016-05")
    assert_figure("وارتفعت الصادرات في الأشهر الخمسة الأولى من العام", "الأشهر الخمسة الأولى من العام",
                  published=pub, kind="period", date="2016-01/2016-05")
    # the first months of a report after في/خلال: the months of this year (a period)
    got = [q for q in extract_quantities("وحققت الشركة أرباحا صافية في الأشهر السبعة الأولى بلغت 40 مليون ريال")
           if q["unit"] == "شهر"]
    assert [(q["surface"], q["kind"]) for q in got] == [("الأشهر السبعة الأولى", "period")]
    # quarters are periods of the calendar
    assert_figure("وتحسنت النتائج في الربع الأول من العام الدراسي", "الربع الأول من العام", published=pub,
                  kind="period", date="--01/--03")


def _duals(sentence):
    return [(q["surface"], q["kind"], q["value"], q["unit"]) for q in extract_quantities(sentence) if q["value"] == 2]


def test_a_definite_dual_like_a_plural_after_a_masculine_verb():
    # a plural of things takes a feminine verb, so after a masculine one البلدان is two countries
    assert _duals("وأكد البلدان أهمية تنسيق المواقف في المحافل الدولية") == [("البلدان", "count", 2, "بلد")]
    assert _duals("وقرر البلدان رفع التمثيل الدبلوماسي إلى مستوى السفراء") == [("البلدان", "count", 2, "بلد")]
    assert _duals("وترتبط اليابان بعلاقات وثيقة مع واشنطن وينسق البلدان بانتظام في ملفات الأمن") == [
        ("البلدان", "count", 2, "بلد")]
    assert _duals("ومنذ توقيع الاتفاق لا يزال البلدان يتبادلان الاتهامات") == [("البلدان", "count", 2, "بلد")]


def test_what_a_masculine_verb_does_not_make_a_dual():
    # a feminine verb: the plural of things
    assert _duals("وأكدت البلدان المشاركة أهمية تنسيق المواقف") == []
    # the verb's object, with a feminine adjective after it: countries
    assert _duals("ويجوب الرحالة البلدان المختلفة كل صيف") == []
    assert _duals("وظل الكاتب يجوب البلدان المختلفة في عطلته") == []
    # an elative, no verb
    assert _duals("وأكثر البلدان إنتاجا للتمور هي المملكة") == []
    # a past verb without و: ف + a feminine imperfect
    assert _duals("وارتفعت الصادرات، فتقدم البلدان في الترتيب") == []
    # a plural of people takes a masculine verb too: the Brotherhood, the young men
    assert _duals("وأكد الإخوان رفضهم للقرار") == []
    assert _duals("وشارك الشبان في الحملة التطوعية") == []
