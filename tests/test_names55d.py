"""Places session 51 (names55d, issue 14): a facility named by the place it stands in.

A facility word with a common word or an unlisted bare word after it (``جامع التعاون``, ``ملعب قرطاج``) names the
facility when the preposition ب and a place follow the name at once (*the mosque X in Y*):
:mod:`arnews.entities.located_facilities`.  Not a camp (``معسكر الفريق بمدينة لوزان`` *the team's camp*), nor an
indefinite adjective (``مجمع جديد بمدينة``، ``متنزه صغير بالمدينة``), nor a cue word (``ملعب الجامعة بالرياض``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the places
are real, the events invented."""
from __future__ import annotations

from name_checks import names


def places(text):
    return [s for s, t in names(text) if t == "place"]


def test_a_mosque_named_by_a_common_word_in_a_governorate():
    got = places("وأديت صلاة الميت على الفقيدين في جامع التعاون بمحافظة ميسان عقب صلاة العصر.")
    assert "جامع التعاون" in got
    assert "ميسان" in got


def test_a_mosque_named_by_a_common_word_behind_a_proclitic():
    got = places("وصلى المشيعون على الشهيد بجامع التعاون بمحافظة ميسان ثم ووري الثرى.")
    assert "جامع التعاون" in got


def test_a_stadium_named_by_an_unlisted_word_in_a_capital():
    got = places("وأجرى الفريق حصته التدريبية الأولى على ملعب قرطاج بالعاصمة تونس مساء أمس.")
    assert "ملعب قرطاج" in got


def test_a_port_in_a_listed_town():
    got = places("ورست السفينة المحملة بالمساعدات في ميناء الزيت بالبريقة صباح اليوم.")
    assert "ميناء الزيت" in got


def test_a_team_camp_is_no_named_facility():
    got = places("وعاد اللاعب من معسكر الفريق بمدينة لوزان السويسرية لإجراء الفحوص.")
    assert not any(s.startswith("معسكر") for s in got)


def test_an_adjective_after_the_facility_word_names_nothing():
    assert not any(s.startswith("مجمع") for s in places("وتعتزم الوزارة إنشاء مجمع جديد بمدينة الرياض بسعة 500 سرير."))
    assert not any(s.startswith("متنزه") for s in places("وافتتحت البلدية متنزه صغير بالمدينة أمس."))
    assert not any(s.startswith("متنزه") for s in places("انقطاع الكهرباء عن متنزه شهير بمكة."))


def test_a_cue_word_after_the_facility_word_names_nothing():
    assert not any(s.startswith("ملعب") for s in places("وجرت المباراة على ملعب الجامعة بالرياض مساء أمس."))


def test_without_a_place_after_it_a_common_word_still_names_nothing():
    assert not any(s.startswith("جامع") for s in places("وأكد أهمية التعاون الجامع بين الجهات في جامع التعاون."))
    assert not any(s.startswith("ملعب") for s in places("وأقيم اللقاء على ملعب قرطاج مساء أمس."))
