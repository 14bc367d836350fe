"""Session 39, helper q53 (quantities other than ordinals): a fall written with a percent sign on both ends
(من 31,2% إلى 9,8%) is two figures, not a range; a score led by the word صفر and a slash (صفر/ 1) and a
score right before a penalty shootout (4- 6 بركلات الترجيح) are labels, not counts; a list of nouns with
the first-person pronoun and their adjectives (وتجربتي المحدودة وأسئلتي المترامية) holds no dual; digits
glued on both sides, before a counted noun or a unit (ان17شخصا قتلوا12جندياً), are a figure.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def _rows(sentence):
    return [(q["surface"], q["kind"], q["value"], q["value_end"]) for q in extract_quantities(sentence)]


# -- 1. a fall from one percentage to another: two figures
@pytest.mark.parametrize("sentence,first,second", [
    ("وانخفض معدل البطالة في المنطقة من 12,4% إلى 7,9% خلال خمس سنوات", ("12,4%", 12.4), ("7,9%", 7.9)),
    ("وتراجعت حصة الشركة في السوق من 35% الى 28% العام الماضي", ("35%", 35), ("28%", 28)),
    ("وهبطت نسبة التأييد للمرشح من 51 في المائة إلى 46 في المائة", ("51 في المائة", 51), ("46 في المائة", 46)),
])
def test_a_fall_between_two_percentages_is_two_figures(sentence, first, second):
    got = _rows(sentence)
    assert (first[0], "percent", first[1], None) in got, got
    assert (second[0], "percent", second[1], None) in got, got


# -- 2. neighbours: a rise stays a range as before, a range said with بين stays one row low to high
@pytest.mark.parametrize("sentence,surface,value,value_end", [
    ("وتتراوح نسبة الزيادة من 10% إلى 15% بحسب المنطقة", "10% إلى 15%", 10, 15),
    ("وتراوحت العوائد ما بين 9.5% إلى 2.5% في الربع الثاني", "9.5% إلى 2.5%", 2.5, 9.5),
])
def test_a_range_of_percentages_stays_one_row(sentence, surface, value, value_end):
    assert (surface, "percent", value, value_end) in _rows(sentence), _rows(sentence)


# -- 3. a score: صفر and a slash before the other side; a pair right before a penalty shootout
@pytest.mark.parametrize("sentence,surface,value,value_end", [
    ("وخسر الفريق مباراته الودية أمام ضيفه التركي صفر/ 2، ثم فاز في الثانية", "صفر/ 2", 0, 2),
    ("وكان النادي قد خسر أمام الاتحاد صفر / 1 في الجولة الماضية", "صفر / 1", 0, 1),
    ("وانتهى الوقت الأصلي بالتعادل، ثم حسمها الضيوف 3- 5 بركلات الترجيح", "3- 5", 3, 5),
    ("وانتهى اللقاء بالتعادل قبل أن يحسمه الأهلي 4 - 2 بضربات الترجيح", "4 - 2", 4, 2),
])
def test_a_score_is_a_label(sentence, surface, value, value_end):
    got = _rows(sentence)
    assert (surface, "label", value, value_end) in got, got
    assert not [r for r in got if r[1] == "count" and r[2] in (value, value_end)], got


# -- 4. neighbours: a date in the month Safar, kicks counted without a shootout
def test_a_day_of_safar_is_no_score():
    got = _rows("ويبدأ التسجيل في 15/صفر/1437هـ ويستمر أسبوعين")
    assert not [r for r in got if r[1] == "label" and r[2] == 0], got


def test_kicks_counted_without_a_shootout_stay_counts():
    got = _rows("وسدد كل لاعب من 3 إلى 5 ركلات في التدريب")
    assert [r for r in got if r[1] == "count"], got


# -- 5. a list of "my" nouns with their adjectives: no dual; two things named after a construct stay two
@pytest.mark.parametrize("sentence,surface", [
    ("لقد عجزت خبرتي القصيرة ومعرفتي المتواضعة عن فهم ما جرى", "خبرتي"),
    ("وإن كانت تجربتي المحدودة وقراءتي المتأنية والمتواصلة لم تكف لفهمه", "وقراءتي"),
    ("وإن كانت تجربتي المحدودة وقراءتي المتأنية والمتواصلة لم تكف لفهمه", "تجربتي"),
])
def test_my_nouns_with_adjectives_hold_no_dual(sentence, surface):
    got = _rows(sentence)
    assert surface not in [r[0] for r in got if r[2] == 2], got


@pytest.mark.parametrize("sentence,surface", [
    ("واجتمع الأمير مع ممثلي وزارتي الخارجية والداخلية أمس", "وزارتي"),
    ("وتفقد الوفد مرحلتي الابتدائية والمتوسطة في المدرسة", "مرحلتي"),
    ("وشمل الدعم كليتي الطب والهندسة ووحدتي الإسعاف والإطفاء", "ووحدتي"),
])
def test_two_things_named_after_a_construct_stay_two(sentence, surface):
    got = _rows(sentence)
    assert (surface, "count", 2, None) in got, got


# -- 6. digits glued to the word before and to a counted noun or unit after: a figure
@pytest.mark.parametrize("sentence,row", [
    ("وقال المتحدث ان23شخصا أصيبوا في الحادث", ("23شخصا", "count", 23, None)),
    ("وأكد أن الحملة ضبطت14عاملاً مخالفا في المنطقة", ("14عاملاً", "count", 14, None)),
    ("ويقع المركز على بعد40كلم شرق المدينة", ("40كلم", "measure", 40, None)),
])
def test_digits_glued_on_both_sides_are_a_figure(sentence, row):
    assert row in _rows(sentence), _rows(sentence)


# -- 7. neighbours: a name with digits, a decimal written with ر, digits glued to an ordinary word
@pytest.mark.parametrize("sentence,value", [
    ("وشارك المنتخب في بطولة خليجي20 في اليمن", 20),
    ("وبلغ المتوسط 3ر11سنوات في العام الماضي", 11),
])
def test_glued_digits_that_are_no_plain_count(sentence, value):
    got = _rows(sentence)
    assert not [r for r in got if r[1] in ("count", "duration") and r[2] == value], got


# -- 8. م after an area or a length (مساحته, بطول), glued to a number of 1000 and more too: metres
@pytest.mark.parametrize("sentence,row", [
    ("ويقع المستودع في مبنى تقدر مساحته بحوالي 3000م ومكون من دورين", ("بحوالي 3000م", "measure", 3000, None)),
    ("ويضم الممشى مسارا للمشاة بطول 2500م حول البحيرة", ("2500م", "measure", 2500, None)),
    ("وخصص للشاطئ حرم بمساحة 100م مفتوح للعامة", ("100م", "measure", 100, None)),
])
def test_a_glued_metre_after_an_area_or_length(sentence, row):
    assert row in _rows(sentence), _rows(sentence)


# -- 9. neighbours: a square metre keeps its 2, a year keeps its era
@pytest.mark.parametrize("sentence,surface,kind", [
    ("وتبلغ مساحة الأرض 12000م2 في حي النرجس", "12000م2", "measure"),
    ("وافتتح المبنى على مساحة واسعة عام 2014م", "عام 2014م", "year"),
])
def test_square_metres_and_years_stay(sentence, surface, kind):
    got = _rows(sentence)
    assert surface in [r[0] for r in got if r[1] == kind], got
