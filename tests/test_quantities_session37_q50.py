"""Session 37, helper q50 (duals): a construct dual in -ي/-تي before a definite dual is followed by its
genitive, a second figure (قيادتي البلدين: two and two), and a masculine construct in -ي whose noun has
no common sound plural is the dual before it (سفيري البلدين).  Sentences written for these tests."""
from __future__ import annotations

import pytest

from arnews.quantities import extract_quantities


def _twos(sentence):
    return [(q["surface"], q["unit"]) for q in extract_quantities(sentence) if q["value"] == 2]


# -- 1. the definite dual after a construct dual is its genitive: a figure of its own
@pytest.mark.parametrize("sentence,first,second", [
    ("وأكد الوزير أن التنسيق بين قيادتي البلدين مستمر في كل الملفات", "قيادتي", "البلدين"),
    ("وتعمل حكومتي الدولتين على إعادة فتح المعبر الحدودي", "حكومتي", "الدولتين"),
    ("وقدم المحافظ العزاء لأسرتي الشهيدين في منزليهما بالقرية", "لأسرتي", "الشهيدين"),
    ("ونقلت طائرة الإخلاء جثماني الشقيقين إلى مسقط رأسيهما", "جثماني", "الشقيقين"),
])
def test_a_genitive_dual_after_a_construct_dual(sentence, first, second):
    got = [s for s, _ in _twos(sentence)]
    assert first in got and second in got, got


def test_the_adjective_of_the_genitive_stays_out():
    # قيادتي البلدين الشقيقين: the adjective agrees with البلدين, no third figure
    got = [s for s, _ in _twos("وأشاد بحرص قيادتي البلدين الشقيقين على تطوير العلاقات")]
    assert got == ["قيادتي", "البلدين"], got


# -- 2. a masculine construct in -ي before a definite dual is the dual when its noun has no common -ون plural
@pytest.mark.parametrize("sentence,surface,unit", [
    ("وعقد الاجتماع بحضور سفيري البلدين في العاصمة", "سفيري", "سفير"),
    ("وجرى الاتفاق خلال لقاء جمع وفدي الحزبين في أربيل", "وفدي", "مندوب"),
])
def test_a_masculine_construct_before_a_dual_genitive(sentence, surface, unit):
    assert (surface, unit) in _twos(sentence), _twos(sentence)


def test_neighbours_of_construct_before_a_dual():
    # the construct of a sound plural (لاعبون, مسؤولون are common): players of the two teams, no dual
    for s in ("وتدرب لاعبي الفريقين على الملعب نفسه", "واجتمع مسؤولي الدولتين في الرياض"):
        assert [x for x, _ in _twos(s)] == [s.split()[2]], _twos(s)
    # a subject in -ان after a verb is no genitive: وسيولي is a verb, not a dual
    assert [x for x, _ in _twos("وسيولي الوزيران اهتماما خاصا بالملف")] == ["الوزيران"]
    # a nisba adjective's dual after a construct is not read as its genitive here (الرسميتين)
    assert "الرسميتين" not in [x for x, _ in _twos("وأرسل الوزير نسختي الوثيقة الرسميتين")]
    # a construct before a singular definite noun is untouched by this rule
    assert "سفيري" not in [x for x, _ in _twos("وقال سفيري السابق إن الزيارة ناجحة")]


# -- 3. a masculine construct dual after ب/ل before two coordinated names, also in a paragraph with no digit
@pytest.mark.parametrize("sentence,surface,unit", [
    ("الفيصلي يتغلب على ضيفه بهدفي الرشيدي والمطيري", "بهدفي", "هدف"),
    ("وقعت الاشتباكات في إقليمي تشجيانغ وجيانغشي", "إقليمي", "إقليم"),
])
def test_a_construct_dual_before_two_names(sentence, surface, unit):
    assert _twos(sentence) == [(surface, unit)], _twos(sentence)


def test_neighbours_of_a_construct_before_two_names():
    # a common word after it: no names, no dual (بهدفي الأول: "with my first goal" is not read here)
    assert _twos("وفرح اللاعب بهدفي الأول والأخير في الموسم") == [], _twos("وفرح اللاعب بهدفي الأول والأخير في الموسم")
    # a verb and a common noun after the -ي word: no figure
    assert _twos("وقال المدرب إن فريقي لعب جيدا وأسعد الجماهير") == []
    # one name only, no و before a second: no figure
    assert _twos("وسجل الفريق بهدفي عطيف في الشوط الأول") == []
    # a word whose و is its own first letter is no second name (وسيلة); a name after the preposition ل is no genitive
    assert _twos("مهندس ياباني يبتكر وسيلة نقل محمولة") == []
    assert _twos("ارتياح اتحادي لأبوشقير والصقري") == []
