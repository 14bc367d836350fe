"""Session 41, helper q57 (duals): a masculine construct dual in -ي shown by a dual verb after its genitive
(مشجعي فريق ... اعتديا), with the names, partitives and coordinated verbs that must not make one; a masculine
construct dual before an indefinite noun (طرفي لقاء, جهازي كمبيوتر), not "my X" before an adjective or a verb;
a definite dual before the two people it names in -ان/-تان or with a comma (الموهوبتان ... ، و...); a common
noun's -ين held back by the frequency margin (طابقين); a construct before two definites whose dual is rarely
written (هرموني التستوستيرون والكورتيزول); a construct before a quoted name and two nisbas (جناحي «...» اليمني
والسعودي).  Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def _rows(sentence):
    return [(q["surface"], q["kind"], q["value"]) for q in extract_quantities(sentence)]


def _surfaces(sentence):
    return [q["surface"] for q in extract_quantities(sentence)]


# -- 1. a construct in -ي before a genitive, a dual verb after it
@pytest.mark.parametrize("sentence,dual", [
    ("وأوضح المتحدث أن مشجعي نادٍ محلي اعتديا على حارس الملعب بعد المباراة", "مشجعي"),
    ("وذكر البيان أن استشاريي قسم الجراحة بالمستشفى نجحا في إنقاذ حياة الطفل", "استشاريي"),
    ("وأشار إلى أن حليفي الحكومة في المنطقة باتا يطالبان بحل سياسي", "حليفي"),
    ("وأكد المصدر أن فريقي تفتيش من البلدية قاما بجولة على المطاعم", "فريقي"),
])
def test_a_construct_before_a_dual_verb_is_two(sentence, dual):
    assert (dual, "count", 2) in _rows(sentence), _rows(sentence)


@pytest.mark.parametrize("sentence,word", [
    # a name: a given name, a title or a nisba before it
    ("والتقى الأمير بالرئيس الأسبق محمد حسني مبارك واستطاعا التوصل إلى اتفاق", "حسني"),
    ("وقدم الفنان فوزي محسون أغنية جديدة وحضرا الحفل معا", "فوزي"),
    # one or two of a plural
    ("وقالت المصادر إن اثنين من مقاتلي القبيلة استشهدا في المواجهات", "مقاتلي"),
    # a verb joined by و or ل has its own subject before
    ("وطالب مزارعي المحافظة بدعم كبير ليعودا إلى الإنتاج", "مزارعي"),
    ("وهاجمت الطائرات متمردي الحزب في الجبال وأعربا عن قلقهما", "متمردي"),
    # a plural verb: the construct of a plural
    ("وأكد أن لاعبي الفريق قدموا مباراة كبيرة ففازا", "لاعبي"),
    # a clause between: the dual has another subject
    ("ونقل مشجعي النادي أن الفريقين تعادلا في المباراة", "مشجعي"),
    # the dual pronoun alone is no evidence (it points to another pair as often)
    ("وتم إخراجهما عن طريق منقذي الدفاع المدني ونقلهما إلى المستشفى", "منقذي"),
])
def test_no_construct_dual_without_its_own_dual_verb(sentence, word):
    assert word not in _surfaces(sentence), _rows(sentence)


# -- 2. a masculine construct before an indefinite noun
@pytest.mark.parametrize("sentence,dual", [
    ("وتسلمت المدرسة جهازي كمبيوتر من الجمعية الخيرية", "جهازي"),
    ("ويعيش أهالي القرية بين طرفي نزاع مسلح منذ سنوات", "طرفي"),
])
def test_a_construct_before_an_indefinite_noun_is_two(sentence, dual):
    assert (dual, "count", 2) in _rows(sentence), _rows(sentence)


@pytest.mark.parametrize("sentence,word", [
    ("وقال المدرب: فريقي جاهز تماما للمباراة", "فريقي"),         # "my team" and an adjective
    ("وقال اللاعب إن فريقي يلعب بثقة كبيرة", "فريقي"),           # "my team" and a verb
    ("وقال الدكتور إبراهيم جناحي رئيس الجامعة إن النتائج ستعلن", "جناحي"),  # a family name after a given name
    ("وأكد أن بيتي كبير بما يكفي", "بيتي"),                      # "my house" and an adjective
])
def test_no_construct_dual_before_an_adjective_a_verb_or_in_a_name(sentence, word):
    assert word not in _surfaces(sentence), _rows(sentence)


# -- 3. a definite dual before the two people it names
@pytest.mark.parametrize("sentence,dual,unit", [
    ("وفازت بالمسابقة الموهوبتان سارة العتيبي، ونورة الشمري من تعليم جدة", "الموهوبتان", "موهوبة"),
    ("وفاز بالجائزة المبتعثان فهد الحربي وسالم العنزي من جامعة الملك سعود", "المبتعثان", "مبتعث"),
])
def test_a_dual_before_two_named_people(sentence, dual, unit):
    got = [(q["surface"], q["value"], q["unit"]) for q in extract_quantities(sentence)]
    assert (dual, 2, unit) in got, got


@pytest.mark.parametrize("sentence,word", [
    ("وكرم المدير الفائزين محمد العتيبي، وخالد الشمري في الحفل الختامي", "الفائزين"),  # -ين with a comma: a plural too
    ("وكرم المدير الفائزين محمد العتيبي وخالد الشمري وسعد القحطاني في الحفل", "الفائزين"),
])
def test_no_dual_before_three_named_people(sentence, word):
    assert word not in _surfaces(sentence), _rows(sentence)


# -- 4. frequency margins
def test_a_common_nouns_dual_rarer_by_less_than_the_margin():
    assert ("طابقين", "count", 2) in _rows("ويتكون المبنى الجديد من طابقين ومواقف للسيارات")


def test_a_construct_before_two_definites_whose_dual_is_rarely_written():
    assert ("هرموني", "count", 2) in _rows("وارتفع مستوى هرموني الأدرينالين والكورتيزول لدى المشاركين")


@pytest.mark.parametrize("sentence,word", [
    ("وتتميز المدينة بتنوع تاريخي وثقافي كبير", "تاريخي"),   # a nisba
    ("وعانى المريض من اضطراب هرموني حاد", "هرموني"),          # the nisba adjective, no pair after it
])
def test_no_dual_for_a_nisba(sentence, word):
    assert word not in _surfaces(sentence), _rows(sentence)


# -- 5. a construct before a quoted name and two nisbas
def test_a_construct_before_a_quoted_name_and_two_nisbas():
    assert ("جناحي", "count", 2) in _rows("وانضم إلى التنظيم بعد اندماج جناحي «الحركة» الشمالي والجنوبي")


def test_no_dual_before_a_quoted_definite_name_alone():
    assert "جناحي" not in _surfaces("وزار الوفد جناحي «المعرض» في المدينة")


# -- 6. the hamza of جزء on alef before the dual ending
@pytest.mark.parametrize("sentence,dual", [
    ("وصدرت الرواية في جزأين عن دار نشر محلية", "جزأين"),
    ("ويعرض المسلسل في الجزأين خلال شهر رمضان", "الجزأين"),
])
def test_a_dual_with_hamza_on_alef(sentence, dual):
    got = [(q["surface"], q["value"], q["unit"]) for q in extract_quantities(sentence)]
    assert (dual, 2, "جزء") in got, got


# -- 7. no dual: an adjective after غير, a short adjective after a pronoun of two, ف + الأهم, a preposition
@pytest.mark.parametrize("sentence,word", [
    ("وتعهدت الحكومة بترحيل العمال غير القانونين خلال أسابيع", "القانونين"),
    ("ورغم تباعد موقفي البلدين إلا أنهما قلقتان من تدهور الأوضاع", "قلقتان"),
    ("وهذا لا يهم كثيرا فالأهم منه هو سلامة المرضى", "فالأهم"),
    ("وبلغت نسبة العاملين كمعلمين وإداريين في المدارس 40%", "العاملين"),
    ("ويقال إن النصر أصبح قاب قوسين أو أدنى", "قوسين"),
])
def test_no_dual_in_these_contexts(sentence, word):
    assert word not in _surfaces(sentence), _rows(sentence)


@pytest.mark.parametrize("sentence,dual", [
    ("وفقدت الأسرة طفليها وهما شقيقان", "شقيقان"),   # a noun after the pronoun stays a count
    ("وحضر المباراة اللاعبان وهما طفلان في الثانية عشرة", "طفلان"),
])
def test_a_noun_after_a_pronoun_of_two_stays_a_count(sentence, dual):
    assert (dual, "count", 2) in _rows(sentence), _rows(sentence)
