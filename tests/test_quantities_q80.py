"""q80 (issue 13): figures still lost on held-out sets. A stretch of the first or last N months with no
year named (``الأشهر الثلاثة الأولى للتعطل``, ``آخر 12 شهرا``) is a duration of N months, not months of
the calendar; the first months of a report (``في الأشهر السبعة الأولى``) and of a named year stay periods.

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
