"""fixq2 (issue 13): review3's findings on q85.

* ``وحيد`` after a listed given name (``محمد وحيد``), before one (``ابن وحيد عبدالله``), after a past verb with
  و/ف (``وكتب وحيد``), after a construct (``قصة امرأة وحيدة``) or a person noun for whom it means "lonely"
  (``امرأة وحيدة``, ``رجل صغير وحيد``, ``فرداً وحيدا``) counts nothing; kin nouns (``ابن وحيد``, ``طفل وحيد``),
  ``فائز وحيد`` (a winner: no given name in its use), a nisba or ``خاصة`` between stay counts.

Every sentence here was written for these tests in the style of Saudi news (no corpus text)."""
from quantity_checks import assert_figure, assert_no_figure


def test_wahid_after_a_given_name_a_verb_a_construct_or_a_lonely_person_counts_nothing():
    for s, surface in [
        ("وقال محمد وحيد إن المشروع سيكتمل قبل نهاية العام.", "محمد وحيد"),
        ("وأكد خالد وحيد أن اللجنة أنهت أعمالها.", "خالد وحيد"),
        ("وحضر اللقاء حسن وحيد وسعيد وحيد من إدارة النادي.", "حسن وحيد وسعيد وحيد"),
        ("وشارك في الحفل ابن وحيد عبدالله ممثلا عن الأسرة.", "ابن وحيد"),
        ("وكتب وحيد حامد سيناريو المسلسل الجديد.", "وكتب وحيد"),
        ("وجلس وحيد في مكتبه ينتظر نتائج الاجتماع.", "وجلس وحيد"),
        ("وتروي الرواية قصة امرأة وحيدة تواجه قسوة المدينة.", "قصة امرأة وحيدة"),
        ("وارتفع سهم شركة رعاية وحيدة خلال تداولات الأمس.", "شركة رعاية وحيدة"),
        ("وكانت امرأة وحيدة تنتظر عند باب المستشفى.", "امرأة وحيدة"),
        ("وبقيت فتاة وحيدة في المنزل بعد سفر أسرتها.", "فتاة وحيدة"),
        ("ويعيش عجوز وحيد في بيت طيني قديم.", "عجوز وحيد"),
        ("وعاش رجل صغير وحيد في القرية بعد رحيل أهله.", "رجل صغير وحيد"),
        ("وقد يتركه المجتمع فرداً وحيدا في مواجهة الظروف.", "فرداً وحيدا"),
    ]:
        assert_no_figure(s, surface)
    # the counts that stay
    assert_figure("وقالت المسنة إن لها ابن وحيد يعمل في جدة.", "ابن وحيد", kind="count", value=1, unit="ابن")
    assert_figure("وهو طفل وحيد لوالديه.", "طفل وحيد", kind="count", value=1, unit="طفل")
    assert_figure("وتم تسجيل اسم فائز وحيد في الشوط الأول.", "فائز وحيد", kind="count", value=1, unit="فائز")
    assert_figure("وسجلت السوق صفقة خاصة وحيدة على سهم البنك.", "صفقة خاصة وحيدة", kind="count", value=1,
                  unit="صفقة")
    assert_figure("وخاض الفريق مباراة تجريبية وحيدة في معسكره.", "مباراة تجريبية وحيدة", kind="count", value=1,
                  unit="مباراة")
    assert_figure("وأجرى المنتخب مراناً وحيداً على الملعب الرئيسي.", "مراناً وحيداً", kind="count", value=1,
                  unit="مران")


def test_a_definite_half_before_a_time_unit_in_a_construct_is_no_duration():
    for s, surface in [
        ("وتم صرف النصف يوم الخميس الماضي للمستفيدين.", "النصف يوم الخميس"),
        ("وسيصرف الربع يوم الأحد المقبل.", "الربع يوم"),
        ("وسلمت الجمعية النصف شهر رمضان والباقي بعد العيد.", "النصف شهر"),
        ("وتسلم المقاول النصف شهر مايو الماضي.", "النصف"),  # (شهر مايو الماضي: a period)
        ("وصرف الربع يوم التأسيس.", "الربع يوم"),
    ]:
        assert_no_figure(s, surface)
    # an ordinal or a listed adjective after the unit keeps the duration
    assert_figure("وتقدم الفريق في الربع ساعة الأولى من اللقاء.", "الربع ساعة", kind="duration", value=0.25,
                  unit="ساعة")
    assert_figure("وتعادل الفريقان في النصف ساعة الأخيرة.", "النصف ساعة", kind="duration", value=0.5, unit="ساعة")
    assert_figure("وسيطر الضيوف على الربع ساعة الثانية.", "الربع ساعة", kind="duration", value=0.25, unit="ساعة")
    assert_figure("وتأخر وصول الوفد النصف ساعة بسبب الزحام.", "النصف ساعة", kind="duration", value=0.5, unit="ساعة")


def test_a_gregorian_date_glued_to_the_word_before_it_is_a_date():
    assert_figure("وعقد المجلس اجتماعه في3/6/2015 بمقره في الرياض.", "3/6/2015", kind="date", date="2015-06-03")
    assert_figure("وصدر القرار بتاريخ16/10/2015م عن الوزارة.", "16/10/2015م", kind="date", date="2015-10-16")
    # the Hijri form stays a Hijri date; an impossible day or month and a Hijri year read as Gregorian are none
    assert_figure("وصدر القرار بتاريخ16/10/1436هـ عن الوزارة.", "16/10/1436هـ", kind="date", date="2015-08-01")
    assert_no_figure("وصدر القرار بتاريخ32/13/2015م عن الوزارة.", "32/13/2015م")
    assert_figure("وتوقفت الرحلات الأحد2/8/2015م بسبب الأمطار.", "2/8/2015م", kind="date", date="2015-08-02")


def test_wahidan_alone_is_never_a_dual():
    for s, surface in [
        ("ويسعى الفريق للمركز الثاني بعد أن غرد وحيداً النادي الأهلي في الصدارة، ويلعب فريق الاتحاد مع فريق النصر.",
         "وحيداً"),
        ("ويواصل الهلال التغريد وحيداً في صدارة الدوري.", "وحيداً"),
        ("وغرد الفريق وحيداً بالصدارة بعد الجولة الخامسة.", "وحيداً"),
    ]:
        assert_no_figure(s, surface)
    # a real dual and the count of one stay
    assert_figure("وفاز المنتخب بلقبين خلال الموسم.", "بلقبين", kind="count", value=2)
    assert_figure("وأجرى الفريق مراناً وحيداً على الملعب.", "مراناً وحيداً", kind="count", value=1, unit="مران")


def test_a_gregorian_date_glued_to_the_word_after_it_after_a_dating_word_is_a_date():
    assert_figure("ويبدأ موسم الحصاد بتاريخ 15/8/2015وهو موعد ثابت.", "15/8/2015", kind="date", date="2015-08-15")
