"""Names session 39 (issue 14, places): a forest named after the place cue غابة, a mosque or a road named after a
religious title and the epithet its person is known by (مسجد الإمام الصادق).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
forests and mosques are invented or common.  Each rule comes with neighbours that must NOT match."""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


# --- غابة, a place cue (entity_cues.csv) ---

def test_a_forest_after_its_cue():
    assert places("وتنطلق فعاليات المهرجان مساء الخميس في غابة رغدان بمنطقة الباحة.") == ["رغدان", "الباحة"]
    assert places("وفر المسلحون إلى غابة سامبيسا بعد هجوم الجيش.") == ["سامبيسا"]


def test_a_forest_word_before_no_name_names_nothing():
    assert places("ووصف الكاتب المدينة بأنها غابة من الإسمنت والزجاج.") == []
    assert places("وتعيش الحيوانات في الغابة الكثيفة بعيدا عن البشر.") == []
    assert places("وزرع المتطوعون غابة كبيرة من أشجار السدر.") == []


# --- a facility named after a religious title and an epithet (bodies._patron_end) ---

def test_a_mosque_named_by_a_religious_title_and_an_epithet():
    assert places("وبدأت محاكمة المتهمين في تفجير مسجد الإمام الصادق بالكويت.") == ["مسجد الإمام الصادق", "الكويت"]
    assert places("وشهد جامع الإمام الصادق صلاة الجمعة أمس.") == ["جامع الإمام الصادق"]
    assert places("وأغلقت الشرطة طريق الإمام البخاري لأعمال الصيانة.") == ["طريق الإمام البخاري"]


def test_a_religious_title_before_a_common_adjective_or_nothing_names_no_facility():
    assert places("وصلى المصلون في مسجد الإمام الجديد بالحي.") == []
    assert places("وقال إمام مسجد الشيخ السابق إن الترميم تأخر.") == []
    assert places("وأم الإمام المصلين في المسجد.") == []

