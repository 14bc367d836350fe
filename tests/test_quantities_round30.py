"""Golden tests for quantities, round 30 of issue 13 (branch q30): error classes read on blind28.

Every sentence here was written for these tests in the style of Saudi news (no corpus text).
Each rule is asserted on kind, value and span, with the nasty neighbours that must NOT match."""
from __future__ import annotations

from arnews.quantities import extract_quantities
from quantity_checks import assert_figure, assert_no_figure


# -- a year-like low end of a range of amounts: ما بين 2000 إلى 2400 ريال is one range of riyals
def test_a_year_like_low_end_of_a_priced_range_is_no_year():
    assert_figure("ويبلغ سعر الطن ما بين 2000 إلى 2400 ريال بحسب الجودة", "بين 2000 إلى 2400 ريال",
                  kind="money", value=2000, value_end=2400)
    assert_figure("وتباع الحمولة بين 1900 - 2300 ريال في السوق", "1900 - 2300 ريال",
                  kind="money", value=1900, value_end=2300)
    assert_figure("وارتفع عدد المتطوعين من 2000 إلى 2600 متطوع", "من 2000 إلى 2600 متطوع",
                  kind="count", value=2000, value_end=2600)
    # nasty neighbours: two years stay a year range, a year word keeps its year, and a smaller amount after a
    # year is no range
    assert_figure("وعمل في الشركة خلال الفترة من 2000 إلى 2006 قبل انتقاله", "من 2000 إلى 2006",
                  kind="year_range", value=2000, value_end=2006)
    assert_figure("وفي عام 2000 إلى 2400 ريال للطن", "عام 2000", kind="year", value=2000)
    assert_figure("وتراجع السعر منذ 2014 إلى 45 دولارا للبرميل", "2014", kind="year", value=2014)


# -- a spaced numeric Hijri date without هـ right after a weekday name is a date
def test_a_spaced_hijri_date_after_a_weekday_is_a_date():
    assert_figure("ويستمر التسجيل من يوم الأحد 8 / 11 / 1436 حتى نهاية الشهر", "8 / 11 / 1436",
                  kind="date", date="2015-08-23", calendar="hijri")
    assert_figure("وتبدأ الاختبارات الخميس 12 / 11 / 1436 في جميع المدارس", "12 / 11 / 1436", kind="date",
                  calendar="hijri")
    # nasty neighbour: spaced slashes after a number word name a decision, with no weekday before them
    assert_no_figure("وصدر القرار رقم ( 12 / 11 / 1436 ) بشأن التنظيم", "11")
    assert_no_figure("وصدر القرار رقم ( 12 / 11 / 1436 ) بشأن التنظيم", "1436")


# -- وست before a foreign name is the English "West", not و + ست "and six"
def test_west_before_a_foreign_name_is_no_six():
    assert_no_figure("ويستضيف الفريق نظيره وست هام يونايتد يوم السبت", "وست هام")
    assert_no_figure("وانتقل المدافع إلى نادي وست بروميتش البيون", "وست بروميتش")
    assert_no_figure("وارتفع سعر خام وست تكساس الوسيط", "وست تكساس")
    # nasty neighbours: six before a plural (sound or broken) stays a count
    assert_figure("وزار الوفد خمس مدن وست قرى في المنطقة", "وست قرى", kind="count", value=6)
    assert_figure("وسجلت أربع إصابات وست وفيات", "وست وفيات", kind="count", value=6)
    assert_figure("وشارك في الحدث خمس دول وست دول أخرى", "وست دول", kind="count", value=6)


# -- the construct dual of a noun in -ي (ناديي): two clubs; not the construct plural of a nisba
def test_construct_dual_of_a_noun_in_ya():
    assert_figure("وتقام المباراة على ملعب ناديي الشباب والرائد", "ناديي", kind="count", value=2, unit="نادي")
    assert_figure("ولعب سابقا لناديي الوحدة والفتح", "لناديي", kind="count", value=2)
    # nasty neighbours: إداريي, رياضيي (a plural in construct) and رأيي "my opinion" count nothing
    assert_no_figure("وشارك إداريي البعثة في الاجتماع", "إداريي")
    assert_no_figure("ودعا رياضيي المنطقة إلى الحضور", "رياضيي")
    assert_no_figure("وهذا في رأيي الشخصي أمر مهم", "رأيي")


# -- an ordinal after a noun made definite by "our" (-نا) or by a pronoun after a hamza seat (لقائه)
def test_ordinal_after_a_noun_with_our_or_a_hamza_seat():
    assert_figure("وعقد المجلس اجتماعنا الأول في الرياض", "اجتماعنا الأول", kind="ordinal", value=1, unit="اجتماع")
    assert_figure("وتحدث عن مدينتنا الأولى في الترتيب", "مدينتنا الأولى", kind="ordinal", value=1, unit="مدينة")
    assert_figure("وقال المدرب بعد لقائه الأول مع اللاعبين", "لقائه الأول", kind="ordinal", value=1, unit="لقاء")
    # nasty neighbour: a past verb in -نا ("we found") before الأول is no noun
    assert_no_figure("وقال: وجدنا الأول في المكتب", "وجدنا")


# -- a score with a spaced slash a few words after a win: one label with both goals
def test_a_spaced_slash_score_after_a_win_is_one_label():
    assert_figure("وشملت التحضيرات الفوز على الوحدة 2 / 0 في مباراة ودية", "2 / 0", kind="label", value=2, value_end=0)
    assert_figure("وتغلب الفريق على ضيفه 3 / 1 مساء أمس", "3 / 1", kind="label", value=3, value_end=1)
    # nasty neighbours: a date after a win stays a date, and a slash pair with no win stays no score
    assert_figure("وفاز الفريق يوم 5 / 8 / 2015 على منافسه", "5 / 8 / 2015", kind="date", date="2015-08-05")
    got = extract_quantities("وأشار إلى أن الحصة بلغت 3 / 0 من الكمية")
    assert not [q for q in got if q["surface"] == "3 / 0"]


# -- a masculine definite dual adjective of two nouns joined by و just before it counts nothing
def test_masculine_dual_adjective_of_two_nouns_is_no_count():
    assert_no_figure("وعبر الأهالي عن الغضب والقلق الشديدين من القرار", "الشديدين")
    assert_no_figure("لغياب التمويل والدعم اللازمين للمشروع", "اللازمين")
    # nasty neighbours: a dual noun after two names stays a count
    assert_figure("وتقام المباراة بين الشباب والرائد الفريقين الأقوى", "الفريقين", kind="count", value=2)


# -- butane (البيوتان) is a gas, not two of بيوت
def test_butane_is_no_dual():
    assert_no_figure("وتعلن الشركة أسعار البروبان والبيوتان كل شهر", "والبيوتان")
    assert_no_figure("ويستخدم البيوتان في الطهي", "البيوتان")
    # nasty neighbour: a real dual of a house noun stays a count
    assert_figure("وهدمت البلدية منزلين قديمين", "منزلين", kind="count", value=2)
