"""q85 (issue 13): the largest error classes of blind46-58 outside sport and legal items.

* A noun and ``وحيد`` after it, "a single X", counts one (``مران وحيد``, ``صفقة خاصة وحيدة``, ``مراناً وحيداً``);
  not the rhinoceros (``وحيد القرن``), ``شبه وحيد``, the state "alone" (``غادر وحيدا``), the given name after a verb
  (``وأوضح وحيد``), ``كحل وحيد``, a verbal noun (``وسط استقرار وحيد لسعر سهم``), the definite ``الوحيد``.
* Digits after a definite rank noun count the indefinite noun after them (``وشملت هذه المرحلة 415 عملية``,
  ``خلال الأسبوع 7 تغيرات``), not a rank; not after the minute of a match (``الدقيقة 64 مصابا``).
* A definite half or quarter before an indefinite time unit is a duration (``النصف ساعة``, ``الربع ساعة``).
* ``رطل`` (a pound of weight) is a unit of measure (units.csv), not a counted noun.
* A four-digit year after ``و`` and a year figure is a year, also before an accusative participle (``عامي 2016
  و2017 مشيرًا``), not a count of it.
* Consecutive years joined by dashes are one range (``(2017 - 2018 - 2019)``: 2017/2019).
* A numeric date glued to the word before it is a date (``بتاريخ18/10/1436هـ``, ``الخميس28/10/1436هـ``).

Every sentence here was written for these tests in the style of Saudi news (no corpus text)."""
from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


def test_a_noun_before_wahid_counts_one():
    s = "واكتفى المدرب بمران وحيد صباح اليوم قبل السفر إلى الدمام."
    assert_figure(s, "بمران وحيد", kind="count", value=1, unit="مران")
    s = "وسجلت السوق صفقة خاصة وحيدة على سهم الشركة بقيمة 3 ملايين ريال."
    assert_figure(s, "صفقة خاصة وحيدة", kind="count", value=1, unit="صفقة")
    s = "وأجرى الفريق مراناً وحيداً على الملعب الرئيسي."
    assert_figure(s, "مراناً وحيداً", kind="count", value=1, unit="مران")
    s = "وقالت المسنة إن لها ابن وحيد يعمل في الرياض."
    assert_figure(s, "ابن وحيد", kind="count", value=1, unit="ابن")
    s = "ولعب المهاجم مباراة دولية وحيدة مع منتخب بلاده."
    assert_figure(s, "مباراة دولية وحيدة", kind="count", value=1, unit="مباراة")
    # the neighbours that count nothing
    for s, surface in [
        ("وتنشط تجارة قرون وحيد القرن في بعض الأسواق.", "قرون وحيد"),
        ("وأصبح هذا البند شبه وحيد على جدول الأعمال.", "شبه وحيد"),
        ("وغادر اللاعب وحيدا بعد نهاية التدريب.", "اللاعب وحيدا"),
        ("وأوضح وحيد العتيبي أن اللجنة أنهت أعمالها.", "وأوضح وحيد"),
        ("وطرح الوزير الحوار كحل وحيد للأزمة.", "كحل وحيد"),
        ("وتراجعت الأسهم القيادية وسط استقرار وحيد لسعر سهم البنك.", "استقرار وحيد"),
        ("وكان المستفيد الوحيد من القرار هو المستهلك.", "المستفيد الوحيد"),
    ]:
        assert_no_figure(s, surface)


def test_digits_after_a_definite_rank_noun_count_the_noun_after_them():
    s = "وشملت هذه المرحلة 415 عملية توزيع في المخيمات الشمالية."
    assert_figure(s, "415 عملية", kind="count", value=415, unit="عملية")
    s = "وسجلت السوق خلال الأسبوع 7 تغيرات في ملكية كبار المساهمين."
    assert_figure(s, "7 تغيرات", kind="count", value=7)
    s = "وينضم إلى الدورة 26 متدربا من مختلف المناطق."
    assert_figure(s, "26 متدربا", kind="count", value=26)
    # a rank stays a rank: an article, a minute of a match with a state after it, a preposition after it
    assert_figure("وتنص المادة 12 على معاقبة المخالف.", "المادة 12", kind="label")
    assert_figure("وخرج المدافع في الدقيقة 64 مصابا.", "الدقيقة 64", kind="ordinal", value=64)
    assert_figure("وتقام الجولة 5 من الدوري يوم الخميس.", "الجولة 5", kind="ordinal", value=5)


def test_a_definite_half_before_an_indefinite_time_unit_is_a_duration():
    s = "وتأخر وصول الوفد ما يقارب النصف ساعة بسبب الزحام."
    assert_figure(s, "ما يقارب النصف ساعة", kind="duration", value=0.5, unit="ساعة")
    s = "وسمح المدرب للمصورين بحضور الربع ساعة الأولى من التدريب."
    assert_figure(s, "الربع ساعة", kind="duration", value=0.25, unit="ساعة")
    # the half of a named stretch stays what it was
    assert_figure("وارتفعت الأرباح في النصف الأول من العام.", "النصف الأول من العام", kind="period")
    assert_figure("وذهب النصف الآخر إلى الجمعيات.", "النصف الآخر", kind="fraction", value=0.5)


def test_pounds_of_weight_are_a_measure():
    s = "وأوضح أن الهيكل الجديد يزن 96 رطل فقط، بينما حمل الجهاز 240 رطلاً ونحو 40 أرطال من المعدات."
    assert_figure(s, "96 رطل", kind="measure", value=96, unit="رطل")
    assert_figure(s, "240 رطلاً", kind="measure", value=240, unit="رطل")


def test_a_year_after_a_year_and_wa_stays_a_year():
    s = "ورفع الصندوق توقعاته للنمو في عامي 2016 و2017 مشيرًا إلى تحسن الطلب."
    assert_figure(s, "2017", kind="year", date="2017")
    s = "وأشرف على ثلاث بطولات في 2006 و2010 و2014 وأخيراً بطولة الشباب."
    assert_figure(s, "2014", kind="year", date="2014")
    # an amount after a year stays an amount
    assert_figure("وحصل في عام 2010 و 2000 طالب على منح.", "2000 طالب", kind="count", value=2000)


def test_consecutive_years_joined_by_dashes_are_one_range():
    s = "وأقر المجلس خطة التدريب للأعوام الثلاثة المقبلة (2017 - 2018 - 2019) بميزانية مستقلة."
    assert_figure(s, "2017 - 2018 - 2019", kind="year_range", date="2017/2019")
    # years that skip one are no chain
    s = "وفاز الفريق باللقب في المواسم 2011 - 2012 - 2014 على التوالي."
    assert_figure(s, "2011 - 2012", kind="year_range", date="2011/2012")


def test_a_numeric_date_glued_to_the_word_before_it_is_a_date():
    s = "وعقد المجلس جلسته الأولى بتاريخ18/10/1436هـ في مقر الشركة."
    assert_figure(s, "18/10/1436هـ", kind="date", date="2015-08-03")
    s = "وتقام الفعاليات من الخميس28/10/1436هـ لمدة أسبوع."
    assert_figure(s, "28/10/1436هـ", kind="date", date="2015-08-13")
    # a name's number glued to a word stays a name
    assert_no_figure("وتستضيف المدينة بطولة خليجي23 العام المقبل.", "خليجي23")
