"""Session 38, helper q51 (duals): the construct dual of a place noun (``pair_place`` in quantity_markers.csv:
محافظة، مركز، حي، مطار ...) before two names joined by و counts two places (محافظتي بارق والقنفذة, مركزي الشبحة
وشثاث, ميدانى as Egypt writes it); a nisba adjective of the same letters before two adjectives, or "my city"
with its adjectives, stays out.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def _twos(sentence):
    return [(q["surface"], q["kind"]) for q in extract_quantities(sentence) if q["value"] == 2]


# -- 1. a place noun's construct dual before two names is a count of two
@pytest.mark.parametrize("sentence,surface", [
    ("وهطلت أمطار غزيرة على مركزي الخطة وشعاب بمحافظة أملج مساء أمس", "مركزي"),
    ("وكان في استقبال الطائرتين في محافظتي بارق والقنفذة عدد من المسؤولين", "محافظتي"),
    ("وسقطت قذائف هاون على حيي الميدان والسليمانية في المدينة", "حيي"),
    ("وتقرر إغلاق ميدانى ضاحية النصر والمالح أمام حركة السير", "ميدانى"),
    ("ووصل 120 عالقا إلى بلادهم عبر مطاري عدن وسيئون أمس", "مطاري"),
    ("وتعمل الشركة على ربط مدينتي جدة ومكة بقطار سريع", "مدينتي"),
    ("ونفذت الفرق جولات على فنادق الطرق بمركزي حرض وخريص", "بمركزي"),
])
def test_a_place_construct_dual_before_two_names(sentence, surface):
    assert (surface, "count") in _twos(sentence), _twos(sentence)


# -- 2. neighbours that must not fire: a nisba before adjectives, "my city" with its adjectives, no pair
@pytest.mark.parametrize("sentence,surface", [
    ("وأجرى الفريق مسحا ميدانيا ثم مسح ميداني شامل ودقيق للموقع", "ميداني"),
    ("ودعا إلى تعاون إقليمي فعال وحقيقي لمواجهة الأزمة", "إقليمي"),
    ("وقال إن البنك يحتاج إلى دعم مركزي عاجل وكبير", "مركزي"),
    ("وسقطت قذيفة على حي الميدان والسليمانية", "حي"),
    ("وأصيب شخص في مركزي الصحي القريب من المنزل", "مركزي"),
])
def test_no_place_dual_without_two_names(sentence, surface):
    assert surface not in [s for s, _ in _twos(sentence)], _twos(sentence)


def test_a_third_place_makes_a_list():
    # مطاري الرياض وجدة والدمام: a list of three goes on, no dual is read from the construct
    got = [s for s, _ in _twos("وتنطلق الرحلات من مطاري الرياض وجدة والدمام يوميا")]
    assert "مطاري" not in got, got


# -- 3. an adjective-shaped dual right after two subjects joined by و is their predicate, no count
@pytest.mark.parametrize("sentence,surface", [
    ("المدرب: الشهري والسالم جاهزان لمواجهة الغد", "جاهزان"),
    ("وأكد الطبيب أن المدافع الدولي ياسر والمهاجم البرازيلي فيليبي جاهزان للمشاركة", "جاهزان"),
    ("وقالت المحكمة إن أحمد سالم ومحمد رحمن متهمان بتمويل الجماعة", "متهمان"),
    ("والطريق الرئيسي ومدخله الشرقي مغلقان منذ الصباح", "مغلقان"),
])
def test_a_predicate_of_two_subjects_is_no_count(sentence, surface):
    assert surface not in [s for s, _ in _twos(sentence)], _twos(sentence)


# -- 4. neighbours that stay counts: a subject after its verb, a pronoun's predicate noun, a dual led by و
@pytest.mark.parametrize("sentence,surface", [
    ("قتل ثلاثة مسلحين وجرح جنديان في الاشتباك", "جنديان"),
    ("ونقل المصابون إلى المستشفى ووصلت سفينتان محملتان بالمساعدات", "سفينتان"),
    ("وتبين بعد الفحص أنهما شابان من أبناء المنطقة", "شابان"),
    ("وأصيب رجل وامرأتان في الحادث", "وامرأتان"),
])
def test_a_dual_subject_or_conjunct_stays_a_count(sentence, surface):
    assert (surface, "count") in _twos(sentence), _twos(sentence)


def _kinds(sentence):
    return [(q["surface"], q["kind"]) for q in extract_quantities(sentence) if q["unit"] == "موسم"]


# -- 5. seasons counted (after في/آخر, the definite plural with its number, two named seasons) are a count
@pytest.mark.parametrize("sentence,surface", [
    ("وقال المهاجم إنه حقق ثلاث بطولات في 4 مواسم مع فريقه السابق", "4 مواسم"),
    ("وهي الخسارة الأولى للفريق في افتتاح الدوري في آخر 12 موسما", "12 موسما"),
    ("وكان من أبرز المحترفين في الثلاثة مواسم الأخيرة", "الثلاثة مواسم"),
    ("وصدرت دواوين نجوم المواسم الأربعة الأولى من البرنامج", "المواسم الأربعة"),
    ("وتستعد الجهات الأمنية لخدمة الزوار في موسمي الحج والعمرة", "موسمي"),
])
def test_seasons_counted(sentence, surface):
    assert (surface, "count") in _kinds(sentence), _kinds(sentence)


# -- 6. how long stays a duration: a verb of spending, لمدة, خلال, طوال, على مدار
@pytest.mark.parametrize("sentence,surface", [
    ("وأمضى اللاعب 11 موسما مع النادي قبل اعتزاله", "11 موسما"),
    ("ووقع المدافع عقدا لمدة موسمين مع الفريق", "موسمين"),
    ("ولعب المهاجم للفريق خلال المواسم الثلاثة الماضية", "المواسم الثلاثة"),
    ("وعانى الحارس من الإصابات على مدار آخر ثلاثة مواسم", "ثلاثة مواسم"),
    ("وغاب عن الملاعب طوال الموسمين الماضيين", "الموسمين"),
])
def test_how_long_stays_a_duration(sentence, surface):
    assert (surface, "duration") in _kinds(sentence), _kinds(sentence)


# -- 7. a definite noun in -ين before two people each named after a nationality, the second led by و: two
@pytest.mark.parametrize("sentence,surface", [
    ("وبعد رحيل المهاجمين الهولندي روبن فان بيرسي والكولومبي راداميل فالكاو عن الفريق", "المهاجمين"),
    ("وقرر النادي فسخ التعاقد مع اللاعبين الروماني سان مارتن والبولندي زولاكا", "اللاعبين"),
    ("وسيضع غيابهما فراغا لدى المدربين، اليوناني جورجيوس دونيس، والأوروجوياني خورخي داسيلفا.", "المدربين"),
])
def test_a_plural_shaped_dual_before_two_nationals(sentence, surface):
    assert (surface, "count") in _twos(sentence), _twos(sentence)


def test_three_nationals_are_a_plural():
    got = [s for s, _ in _twos("وشارك اللاعبين السعودي محمد والإماراتي أحمد والقطري علي في المعسكر")]
    assert "اللاعبين" not in got, got
