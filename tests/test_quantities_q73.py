"""Session 50, task q73 (issue 13): a definite cardinal whose counted noun takes the genitive, so that no
accusative alef shows it (``الـ 1000 عسكري``: a round hundred or thousand counts a singular), is a count, not
a rank; and a stretch of days whose days are named with يوم and a weekday (``من يوم السبت الـ7 من شهر ذي
القعدة وحتى اليوم الأول من شهر ذي الحجة``) is one ``date`` row, as both readers of blind47 and blind49 wrote."""
from arnews.quantities import extract_quantities


def _rows(sentence, published="2015-08-03"):
    return [(q["surface"], q["kind"], q["value"], q["unit"], q["date"])
            for q in extract_quantities(sentence, published=published)]


# -- definite cardinals in the genitive ----------------------------------------------------------------------

def test_a_round_thousand_after_the_article_counts_its_singular_noun():
    rows = _rows("وأوضح قائد القطاع أن المعسكر الجديد يتسع لقرابة الـ 1000 عسكري، ويضم ميدانا للتدريب.")
    assert [r[:4] for r in rows] == [("الـ 1000 عسكري", "count", 1000, "عسكري")]


def test_a_round_hundred_after_the_article_counts_its_noun():
    rows = _rows("وتسلم الـ 200 متدرب شهاداتهم في حفل أقيم مساء أمس.")
    assert [r[:4] for r in rows] == [("الـ 200 متدرب", "count", 200, "متدرب")]


def test_the_rank_of_a_definite_noun_before_stays_an_ordinal():
    rows = _rows("وانطلقت الدورة الـ 100 مهرجان الربيع في المدينة.")
    assert [r[1] for r in rows] == ["ordinal"]
    assert [r[1] for r in _rows("وحضر الاحتفال بالذكرى الـ 100 تأسيس الجامعة.")] == ["ordinal"]


def test_eleven_to_ninety_nine_still_need_the_accusative():
    # the 15th edition: a masculine noun without the alef after 15 is no counted noun
    assert [r[1] for r in _rows("وتقام النسخة الـ 15 مهرجان الصيف.")] == ["ordinal"]


# -- stretches of days named with يوم and a weekday ----------------------------------------------------------

def test_a_hijri_stretch_with_weekdays_is_one_date_row():
    rows = _rows("ويبدأ تسجيل الناخبين من يوم السبت الـ7 من شهر ذي القعدة وحتى اليوم الاول من شهر ذي الحجة.")
    assert rows == [("الـ7 من شهر ذي القعدة وحتى اليوم الاول من شهر ذي الحجة", "date", None, "",
                     "2015-08-22/2015-09-14")]


def test_a_verb_of_the_stretch_before_hatta():
    rows = _rows("وتبدأ مرحلة الترشح من يوم الأحد الـ5 من شهر ذي القعدة وتستمر حتى يوم الخميس الـ4 من شهر ذي الحجة.")
    assert rows == [("الـ5 من شهر ذي القعدة وتستمر حتى يوم الخميس الـ4 من شهر ذي الحجة", "date", None, "",
                     "2015-08-20/2015-09-17")]


def test_a_gregorian_stretch_with_weekdays():
    rows = _rows("ويستقبل المعرض زواره من يوم الأحد 9 أغسطس وحتى يوم الخميس 3 سبتمبر.")
    assert [r[4] for r in rows] == ["--08-09/--09-03"]


def test_a_weekday_before_a_digit_day_of_a_month_is_a_date():
    rows = _rows("وتعقد الجمعية اجتماعها يوم الخميس الـ20 من أغسطس.")
    assert [(r[1], r[4]) for r in rows] == [("date", "--08-20")]


def test_two_days_with_another_verb_between_stay_two_rows():
    rows = _rows("وسافر من 5 أغسطس وقال حتى 4 سبتمبر إنه سيعود.")
    assert [r[4] for r in rows] == ["--08-05", "--09-04"]
    rows = _rows("ويصل الوفد يوم الأحد 9 أغسطس ويغادر يوم الخميس 13 أغسطس.")
    assert [r[4] for r in rows] == ["--08-09", "--08-13"]


# -- springs of a person's age ---------------------------------------------------------------------------------

def test_springs_after_a_number_are_years_of_age():
    rows = _rows("وأصيب في الحادث شاب في الـ 17 ربيعا كان يقود سيارته عائدا من عمله.")
    assert [r[:4] for r in rows] == [("الـ 17 ربيعا", "duration", 17, "سنة")]
    rows = _rows("وتوجت بالجائزة طالبة ذات الثمانية عشر ربيعاً من طالبات المدرسة.")
    assert [r[:4] for r in rows] == [("الثمانية عشر ربيعاً", "duration", 18, "سنة")]


def test_rabi_the_month_and_the_season_are_untouched():
    assert [r[1] for r in _rows("وولد الشاعر في 12 ربيع الأول 1390هـ في مكة.")] == ["date"]
    assert [r[1] for r in _rows("وأعلنت الشركة نتائجها في ربيع عام 2013.")] == ["period"]
    assert _rows("وقال إن ما حدث لم يكن ربيعا عربيا.") == []
