"""Names session 39 (issue 14, places): a forest named after the place cue غابة, a mosque or a road named after a
religious title and the epithet its person is known by (مسجد الإمام الصادق), the place heading a dateline block
before its date (``سا با (لاوكاي) - 04/02/2025``).

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


# --- the place heading a dateline block before its date (dateline_places) ---

def _dateline(text, role="dateline"):
    from arnews.entities.names import paragraph_names
    from arnews.text.paragraph import make_paragraph

    p = make_paragraph(text, "ar", "a", 1, role)
    return [(p.ntext[n.start:n.end], n.type) for n in paragraph_names(p)]


def test_the_unlisted_place_and_province_of_a_dateline():
    assert _dateline("تان لوك (هوا لاي) - 04/02/2025") == [("تان لوك", "place"), ("هوا لاي", "place")]
    assert _dateline("ها فان، 13/11/2025") == [("ها فان", "place")]
    assert _dateline("عرعر 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس")[0] == ("عرعر", "place")


def test_no_dateline_place_without_a_date_or_outside_a_dateline_block():
    assert _dateline("عين اليوم – متابعات") == [("عين اليوم", "organisation")]
    assert _dateline("ها فان، 13/11/2025", role="body") == []
    assert _dateline("وقال إنه، 13/11/2025") == []
    assert _dateline("الرئيس، 13/11/2025") == []
    assert _dateline("الجمعة، 21 مارس 2025") == []


def test_a_listed_place_in_a_dateline_keeps_its_own_reading():
    got = _dateline("القدس المحتلة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس")
    assert ("القدس المحتلة", "place") not in got  # (القدس itself is read by the place index)


def test_a_dateline_place_recurs_but_not_after_an_organisation_head():
    import pandas as pd

    from arnews.entities import entities_table

    texts = ["تان لوك تستقبل الزوار", "تان لوك، 13/11/2025", "وزار الوفد تان لوك أمس.", "ووقعت شركة تان لوك للتصدير عقدا."]
    roles = ["title", "dateline", "body", "body"]
    P = pd.DataFrame({"article_id": "a", "paragraph": range(4), "role": roles, "lang": "ar", "text": texts})
    E = entities_table(P, pd.DataFrame({"article_id": ["a"], "language": ["ar"]}))
    got = [(int(r.paragraph), r.surface) for r in E.itertuples() if r.type == "place"]
    assert (1, "تان لوك") in got and (2, "تان لوك") in got
    assert all(par != 3 for par, _ in got)
