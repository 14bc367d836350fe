"""The figure guard of a place's short form reads ``place_short_forms.csv``'s ``figure`` column (session 53): المتوسط
beside a figure is *the average*, but الشرقية beside a figure is still the Eastern Province (names57b's guard first
applied to every short form and lost شواطئ الشرقية on two development sets)."""
from name_checks import names

from arnews.entities.place_recurrence import figure_words, short_forms
from arnews.normalize import key


def test_only_the_mediterranean_short_form_is_a_word_beside_a_figure():
    assert figure_words() == frozenset({key("المتوسط")})
    assert key("الشرقية") in set(short_forms().values()) - figure_words()


def test_the_eastern_province_by_its_adjective_beside_a_figure():
    text = ("وصل وفد الدفاع المدني إلى المنطقة الشرقية صباح أمس لمتابعة أعمال الإنقاذ. "
            "وأعلنت الفرق تسجيل 4 مفقودين في شواطئ الشرقية خلال الأسبوع الماضي.")
    got = names(text)
    assert ("الشرقية", "place") in got, got


def test_the_average_beside_a_figure_stays_a_word():
    text = ("غرق مئات المهاجرين في البحر المتوسط هذا الصيف. "
            "وينفق كل مهاجر في المتوسط 5 آلاف دولار على رحلة العبور.")
    got = names(text)
    assert ("المتوسط", "place") not in got, got


def test_the_average_beside_a_figure_in_words_stays_a_word():
    # review2: the guard saw digits only (في المتوسط ثلاث ساعات، في المتوسط عشرة آلاف ريال)
    for text in ("غرق مئات المهاجرين في البحر المتوسط هذا الصيف. ويمضي الطالب في المتوسط ثلاث ساعات يوميا أمام الشاشة.",
                 "غرق مئات المهاجرين في البحر المتوسط هذا الصيف. وتبلغ تكلفة الرحلة في المتوسط عشرة آلاف ريال."):
        got = names(text)
        assert ("المتوسط", "place") not in got, got
    # the sea itself, with no figure near, stays the place
    got = names("غرق مئات المهاجرين في البحر المتوسط هذا الصيف. وتواصل السفن عمليات البحث في المتوسط منذ أسابيع.")
    assert ("المتوسط", "place") in got, got
