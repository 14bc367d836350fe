"""Session 42, helper q60 (ordinals and duals).  Sentences written for these tests.

- A coordinated ordinal (``والثانية``) after a definite noun that is no ordinal is no adjective of that noun: it stands
  alone (``مجموعتين الأولى من الرياض والثانية من جدة`` read ``الرياض والثانية`` as a rank of الرياض); not the elative
  ``الأقدر والأولى`` nor ``والأولى من نوعها``.  The first of two just counted may be followed by من (not من نوعها).
- Indefinite ordinals in a series: ``مرة ثانية وثالثة``, ``ولا أخرى ...، ولا ثالثة ...، ولا رابعة`` (both readers
  of blind25 and blind45); an indefinite feminine head of a construct takes the ordinal (``حزمة إنقاذ ثالثة``, both
  readers of blind43); ``مرة ثانية`` alone stays "again".
- A possessed noun with a proclitic (``بهدفه الأول``) or a rarer feminine noun (``مولودته الأولى``: both readers of
  blind43); the senior team (``لفريقها الأول``) stays no figure (the guide).
- Duals: an indefinite ``-ين`` word before ``الأول`` with the other member named after it (``بين لاعبين الأول ...
  فيما الآخر``: both readers of blind31); a place noun's construct dual before foreign names (``منطقتي با تري وثانه
  فو``, ``بإقليمي فان واغري``: both readers of pages22 and blind40).
"""
from __future__ import annotations

import pytest

from quantity_checks import assert_figure, assert_no_figure
from arnews.quantities import extract_quantities


def test_coordinated_ordinal_after_a_place_name():
    s = "ونظم النادي دورتين الأولى من الدمام والثانية من الخبر لتأهيل الحكام"
    assert_figure(s, "الأولى", kind="ordinal", value=1)
    assert_figure(s, "والثانية", kind="ordinal", value=2)
    assert not [q for q in extract_quantities(s) if "الدمام" in q["surface"]]


@pytest.mark.parametrize("sentence,surface,value", [
    ("وحقق المنتخب لقب البطولة العربية الرابعة للناشئين والثالثة للشباب", "والثالثة", 3),
    ("واستقبل المستشفى ثلاث حالات، الأولى من الطائف والثانية من جدة والثالثة من مكة", "والثالثة", 3),
])
def test_coordinated_ordinal_alone(sentence, surface, value):
    assert_figure(sentence, surface, kind="ordinal", value=value)


@pytest.mark.parametrize("sentence,surface", [
    ("ويبقى المعلم المخلص هو الأقدر والأجدر والأولى بتربية الأجيال", "والأولى"),
    ("ووقعت الهيئة الاتفاقية التاريخية والأولى من نوعها في المنطقة", "والأولى"),
    ("ووقعت الجامعتان اتفاقيتين الأولى من نوعها في المنطقة، وتلتها اتفاقية ثانية", "الأولى"),
])
def test_coordinated_first_not_a_rank(sentence, surface):
    assert_no_figure(sentence, surface)


@pytest.mark.parametrize("sentence,surface,value", [
    ("ولا يستبعد المراقبون أن يترشح الوزير مرة ثانية وثالثة للمنصب", "مرة ثانية", 2),
    ("ولا يستبعد المراقبون أن يترشح الوزير مرة ثانية وثالثة للمنصب", "وثالثة", 3),
    ("فليس في البلدة مكتبة للأطفال، ولا أخرى للكبار، ولا ثالثة للباحثين", "ثالثة", 3),
    ("وتوقع المحللون أن تطلب الحكومة حزمة دعم ثالثة من المانحين", "حزمة دعم ثالثة", 3),
    ("وأعلن المدرب أن الفريق سيدخل مرحلة إعداد ثانية في أبها", "مرحلة إعداد ثانية", 2),
])
def test_indefinite_ordinals(sentence, surface, value):
    assert_figure(sentence, surface, kind="ordinal", value=value)


@pytest.mark.parametrize("sentence,surface", [
    ("وحاول اللاعب مرة ثانية لكنه أخفق", "مرة ثانية"),  # "again"
    ("وأغلقت الشرطة ميدان غرفة عمليات رابعة العدوية", "رابعة"),  # a name
    ("وقال إن هناك خيارين لا ثالث لهما", "ثالث"),
    ("وانتظر المسافر دقيقة ثانية قبل أن يغادر", "ثانية"),
])
def test_indefinite_ordinals_not(sentence, surface):
    assert_no_figure(sentence, surface)


@pytest.mark.parametrize("sentence,surface,value", [
    ("وافتتح المهاجم الشاب سجله بهدفه الأول في الدوري", "بهدفه الأول", 1),
    ("وفازت الكاتبة الشابة بجائزتها الأولى عن روايتها", "بجائزتها الأولى", 1),
    ("وتنتظر الممثلة مولودتها الأولى في الشتاء", "مولودتها الأولى", 1),
    ("ويحتفل الفريق بموسمه الثالث في الدرجة الممتازة", "بموسمه الثالث", 3),
])
def test_possessed_ordinals(sentence, surface, value):
    assert_figure(sentence, surface, kind="ordinal", value=value)


@pytest.mark.parametrize("sentence,surface", [
    ("وتعاقد النادي مع مدافع برازيلي لفريقه الأول لكرة القدم", "لفريقه الأول"),  # the senior team
    ("وأكد أن الأمر يعقدها الأولى", "يعقدها الأولى"),
    ("ووصل اللاعب إلى جدة وموسمه الأول لم يبدأ بعد", "وموسمه الأول"),  # a conjunction: unread (round 8)
])
def test_possessed_ordinals_not(sentence, surface):
    assert_no_figure(sentence, surface)


def test_indefinite_plural_before_its_first():
    s = "ويفاضل النادي بين مهاجمين الأول برازيلي يلعب في البرتغال، فيما الآخر كولومبي"
    assert_figure(s, "مهاجمين", kind="count", value=2)


@pytest.mark.parametrize("sentence,surface", [
    # a third member: a plural
    ("ووصل مدربين الأول من البرازيل والثاني من الأرجنتين والثالث من إسبانيا", "مدربين"),
    # no second member named
    ("ويتدرب لاعبين الأول في الصالة مساء كل يوم", "لاعبين"),
])
def test_indefinite_plural_before_its_first_not(sentence, surface):
    assert_no_figure(sentence, surface)


@pytest.mark.parametrize("sentence,surface,unit", [
    ("ووزعت الجمعية أجهزة تنقية المياه على مدارس منطقتي ها جانغ وكوانغ نينه", "منطقتي", "منطقة"),
    ("وقتل مسلحون شرطيا في هجوم بإقليمي فان واغري شرق البلاد", "بإقليمي", "اقليم"),
    ("وتواصل القوات تقدمها في محافظتي لحج وأبين", "محافظتي", None),
])
def test_place_dual_before_foreign_names(sentence, surface, unit):
    if unit:
        assert_figure(sentence, surface, kind="count", value=2, unit=unit)
    else:
        assert_figure(sentence, surface, kind="count", value=2)


@pytest.mark.parametrize("sentence,surface", [
    ("وأجرى الفريق مسحا ميدانيا في مسح ميداني شامل ودقيق", "ميداني"),
    ("زار الأمير مدينتي كما وعد والتقى الأهالي", "مدينتي"),
    ("وشكلت الوزارة فريقا لدراسة الظاهرة", "فريقا"),
])
def test_place_dual_before_foreign_names_not(sentence, surface):
    assert_no_figure(sentence, surface)


@pytest.mark.parametrize("sentence,surface", [
    ("وقال الكاتب إن مساري المهني بدأ في صحيفة محلية", "مساري"),
    ("وأرسلت المخطوطة باسمي الحقيقي إلى الناشر", "باسمي"),
])
def test_my_noun_before_its_nisba(sentence, surface):
    assert_no_figure(sentence, surface)


@pytest.mark.parametrize("sentence,surface", [
    ("وبدأ النادي تسويق ملفي المهاجم الروماني أندريه والمدافع البولندي توماس", "ملفي"),  # (a noun after it: a construct)
    ("وقف الأهالي على جانبي الطريق الرئيسي", "جانبي"),
])
def test_construct_dual_before_a_noun_kept(sentence, surface):
    assert_figure(sentence, surface, kind="count", value=2)
