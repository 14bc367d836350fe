"""Session 49, task q71 (issue 13): days in words joined by و are two rows, as the guide says ("two days joined by
`و` are two rows"), as digits already were (``14 و17 أغسطس``)."""
from arnews.quantities import extract_quantities

PUB = "2015-08-20"


def _dates(sentence, published=PUB):
    return [(q["surface"], q["date"]) for q in extract_quantities(sentence, published=published) if q["kind"] == "date"]


def test_two_ordinal_days_joined_by_wa_are_two_rows():
    assert _dates("وتختتم الجولة الآسيوية في الثاني والخامس من الشهر المقبل في أوروبا") == [
        ("الثاني", "2015-09-02"), ("والخامس من الشهر المقبل", "2015-09-05")]
    assert _dates("وكان هجومان قد وقعا في الأول والثالث من أغسطس الماضي على الحدود", "2015-09-10") == [
        ("الأول", "2015-08-01"), ("والثالث من أغسطس الماضي", "2015-08-03")]
    # consecutive days without يومي: two rows all the same
    assert _dates("وأعلنت الحكومة السبت والأحد (الأول والثاني من أغسطس) عطلة رسمية", "2015-08-03") == [
        ("الأول", "--08-01"), ("والثاني من أغسطس", "--08-02")]
    # the second day names the month for both: a month named before (الشهر نفسه)
    assert _dates("وافتتح المعرض في العاشر من مارس ويعقد المؤتمر في الثامن والتاسع من الشهر نفسه") == [
        ("العاشر من مارس", "--03-10"), ("الثامن", "--03-08"), ("والتاسع من الشهر نفسه", "--03-09")]


def test_three_ordinal_days_are_three_rows():
    assert _dates("وتقام المباريات في ثلاثة أيام متتالية في الثالث والرابع والخامس من شهر أغسطس الجاري") == [
        ("الثالث", "2015-08-03"), ("والرابع", "2015-08-04"), ("والخامس من شهر أغسطس الجاري", "2015-08-05")]


def test_a_stretch_of_two_days_stays_one_row():
    # يومي before two consecutive days: the stretch holding exactly those days (pinned since round 11)
    assert _dates("وتقام الفعاليات يومي الرابع والخامس من آب") == [("يومي الرابع والخامس من آب", "--08-04/--08-05")]
    # بين before them: one stretch
    assert _dates("وقعت الهجمات بين الثاني عشر والخامس والعشرين من يوليو") == [
        ("الثاني عشر والخامس والعشرين من يوليو", "--07-12/--07-25")]
    # a stretch written with حتى, or in digits with a dash or إلى
    assert _dates("ويقام المعرض من 22 إلى 30 أغسطس 2015") == [("22 إلى 30 أغسطس 2015", "2015-08-22/2015-08-30")]
    assert _dates("ويقام المهرجان 1-4 يونيو") == [("1-4 يونيو", "--06-01/--06-04")]


def test_yawmay_before_days_that_do_not_follow_each_other_are_two_rows():
    assert _dates("ويلعب المنتخب مباراتيه يومي الخامس والثامن من سبتمبر المقبل") == [
        ("يومي الخامس", "2015-09-05"), ("والثامن من سبتمبر المقبل", "2015-09-08")]


def test_nasty_neighbours_of_two_ordinal_days():
    # ordinals that rank a noun are no days
    assert _dates("وفاز في الدور الأول والثاني من البطولة") == []
    # a second ordinal not after the first is no second day
    assert _dates("في الخامس والثاني من المراحل") == []


def test_days_of_it_take_the_month_named_before():
    assert _dates("وتقام مباريات الذهاب في 18 و19 أغسطس الحالي والإياب في 25 و26 منه") == [
        ("18", "2015-08-18"), ("19 أغسطس الحالي", "2015-08-19"), ("25", "2015-08-25"), ("26 منه", "2015-08-26")]
    assert _dates("وصدر النظام في 3 مايو 2015 وعدل في 20 منه") == [("3 مايو 2015", "2015-05-03"), ("20 منه", "2015-05-20")]
    assert _dates("ويقام الذهاب في 3 مايو والإياب يومي 20 و21 منه") == [
        ("3 مايو", "--05-03"), ("يومي 20 و21 منه", "--05-20/--05-21")]


def test_a_number_of_it_without_a_month_before_is_no_date():
    assert _dates("كما نصت عليه المادة 45 منه") == []
    assert _dates("مع اقتراب انطلاق النسخة 24 منه الأسبوع المقبل") == []


def _counts(sentence):
    return [(q["surface"], q["value"], q["unit"]) for q in extract_quantities(sentence) if q["kind"] == "count"]


def test_a_feminine_dual_whose_fa_is_the_root():
    # فتحة, فترة: the ف is the root's, not the conjunction (تحة, ترة are no words)
    assert _counts("وكانت حالته مستقرة بينما ظهرت فتحتا دخول وخروج لرصاصة") == [("فتحتا", 2, "فتحة")]
    assert _counts("ويعمل كل فرع على فترتي عمل صباحية ومسائية") == [("فترتي", 2, "فترة")]
    assert _counts("وشهد السوق زحاما في فترتي الصباح والمساء") == [("فترتي", 2, "فترة")]


def test_nasty_neighbours_of_feminine_construct_duals():
    # after يا the -تي is "my" (a call), after قد the -تا is a verb
    assert _counts("فقال الشيخ يا طفلتي خذي الهدية") == []
    assert _counts("فقالت لها يا فتاتي لا تخافي") == []
    assert _counts("وقد فتحتا النار على المارة") == []
    # the conjunction ف before a feminine dual whose singular is a word of its own
    assert _counts("فسيارتان وصلتا إلى الموقع") == [("فسيارتان", 2, "مركبة")]


def test_a_rarer_dual_before_the_pronoun_ha():
    assert _counts("وقررت الشركة استئناف تشغيل مفاعليها بعد موافقة الهيئة.") == [("مفاعليها", 2, "مفاعل")]
    assert _counts("وارتفعت المبيعات بفضل الإقبال على طرازيها الجديدين") == [("طرازيها", 2, "طراز")]
    # a colloquial verb with its object, no dual (يود is a verb)
    assert _counts("وين اوديها يا ناس") == []


def test_a_construct_dual_written_like_a_nisba_before_its_genitive_and_a_dual_adjective():
    assert _counts("وقال المتحدث إن رئيسي الوزراء السابقين زارا المدينة") == [("رئيسي", 2, "رئيس")]
    # the nisba adjective, a sound plural in construct, a plural adjective after a plural
    assert _counts("وافتتح المقر الرئيسي الجديد للشركة") == []
    assert _counts("وكرم النادي لاعبي الفريق السابقين") == []
    assert _counts("ويستهدف البرنامج طالبي العمل المؤهلين") == []


def test_a_nominative_construct_dual_before_two_quoted_names():
    assert _counts("وأبرز منافسيها هما سيارتا «بي إم دبليو إكس 3» و«أودي كيو 5» في السوق") == [("سيارتا", 2, "مركبة")]
    assert _counts('وكان من بين المستهدفين شركتا "فولكس فاغن" و"نيسان"') == [("شركتا", 2, "شركة")]
    # one quoted name after -تا: no evidence of two
    assert _counts("وقدمت سيارتا «الشركة» عرضا") == []


def test_a_construct_dual_before_a_cup_round():
    assert _counts("وتقام مساء الخميس مباراتا نصف النهائي على ملعب المدينة") == [("مباراتا", 2, "مباراة")]
    assert _counts("ويستعد الفريق لخوض مواجهتي ربع النهائي ذهابا وإيابا") == [("مواجهتي", 2, "مواجهة")]
    # a round alone, or after a singular, is no figure
    assert _counts("وفاز الفريق في مباراة نصف النهائي") == []
    assert _counts("وبلغ الفريق ربع النهائي") == []


def test_an_adjective_after_another_adjective_is_no_dual_before_a_dual_verb():
    assert _counts("كانا لنا والدين رؤومين حنونين بذلا كل ما لديهما") == []
    # a noun before the verb of its relative clause stays two
    assert _counts("وأنشأت الشركة مستودعين يستخدمان للتخزين") == [("مستودعين", 2, "مستودع")]
