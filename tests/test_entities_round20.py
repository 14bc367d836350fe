"""Entities, round 20: sector bodies and facilities named after a place, people after them (issue 14).

Hand-written sentences in the style of Saudi news (none copied from a corpus), each with the
neighbours a fix must leave alone."""
from __future__ import annotations

from arnews.entities import find_names


def names(text):
    df = find_names(text)
    return [(r.surface, r.type) for r in df.itertuples()]


def ids(text):
    df = find_names(text)
    return {r.surface: r.entity_id for r in df.itertuples()}


# --- a sector named after the region it serves (body_names.csv, kind sector) ---

def test_sector_bodies_named_after_a_place_are_organisations():
    got = names("وأعلنت صحة جدة عن حملة تطعيم، فيما تعاون مرور الرياض مع تعليم الأفلاج في تنظيم الحركة.")
    for org in ("صحة جدة", "مرور الرياض", "تعليم الأفلاج"):
        assert (org, "organisation") in got
    assert not any(t == "person" for _, t in got)


def test_a_sector_body_after_an_office_then_the_person():
    got = names("وأكد المتحدث الإعلامي لصحة حائل فهد الشمري أن المصابين غادروا المستشفى.")
    assert ("صحة حائل", "organisation") in got and ("فهد الشمري", "person") in got
    got = names("وقال مدير تعليم المجمعة سعد العتيبي إن الدراسة تبدأ الأحد.")
    assert ("تعليم المجمعة", "organisation") in got and ("سعد العتيبي", "person") in got


def test_a_sector_word_alone_or_before_a_common_noun_names_nothing():
    got = names("تعليم الرياضيات مهم للطلاب، ومرور الوقت لا يعود، والصحة تاج على رؤوس الأصحاء، "
                "وأكدت الوزارة أن تعليم البنات تطور.")
    assert got == []


def test_one_sector_body_spelled_with_and_without_its_proclitic_is_one_entity():
    got = ids("أعلنت صحة عسير حالة الطوارئ، وأمنت إدارة المختبرات بصحة عسير وحدات الدم.")
    assert got.get("صحة عسير") and len({v for k, v in got.items() if "عسير" in k}) == 1


# --- a facility named after its place or its patron (kind facility), a place ---

def test_airports_and_stadiums_are_places_with_their_names():
    got = names("هبطت الطائرة في مطار الملك خالد الدولي بالرياض قادمة من مطار القاهرة الدولي، "
                "وأقيمت المباراة على ملعب الأمير محمد العبدالله الفيصل بجدة.")
    for place in ("مطار الملك خالد الدولي", "مطار القاهرة الدولي", "ملعب الأمير محمد العبدالله الفيصل"):
        assert (place, "place") in got
    assert not any(t == "person" for _, t in got)  # the patron is no person mention of its own


def test_one_airport_written_three_ways_is_one_entity():
    got = ids("استقبل مطار منطقة الجوف أول رحلة دولية. وأوضح مدير مطار الجوف أن الرحلات أسبوعية. "
              "وكانت الرحلة قد وصلت إلى مطار الجـوف صباحا.")
    assert len({got["مطار منطقة الجوف"], got["مطار الجوف"], got["مطار الجـوف"]}) == 1


def test_a_facility_after_an_office_then_the_person():
    got = names("وأوضح مدير مطار الجوف عبدالمحسن المطيري أن المطار جاهز.")
    assert ("مطار الجوف", "place") in got and ("عبدالمحسن المطيري", "person") in got


def test_a_facility_word_alone_definite_or_before_a_common_noun_names_nothing():
    got = names("وصل الوفد إلى المطار مساء أمس، وملعب المباراة جاهز، وأكد أن مطار دولي جديد سيبنى، "
                "وأن ملعب الأمير لم يحدد بعد.")
    assert got == []
