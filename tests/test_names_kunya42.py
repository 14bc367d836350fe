"""Names session 41 (issue 14; helper kunya42): abbreviated titles, bare kunyas, a kunya closing a name, and
spellings typed in Arabic presentation forms.

* ``الشيخ أ.د. فلان``, ``د.ت. فلان``: the letters of an abbreviated title are skipped (:mod:`arnews.entities.title_abbrevs`),
  never a one-letter person.
* ``أبو`` + a rare word without the article is a person (:mod:`arnews.entities.kunyas`), not after a family noun, a
  facility or a place cue, not ``أبي`` *my father*, not a frequent word (``أبو الإبداع``، ``أبو طالب`` as written
  by the listed places); ``أبو علي``; a kunya right after a found person closes the name.
* ``ﺍﻟﻴﻤﻦ`` (presentation forms) is the spelling اليمن in :func:`arnews.entities.written_forms`.

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus); the people are
invented."""
from __future__ import annotations

import pandas as pd
import pytest

from arnews.entities import written_forms
from arnews.entities.names import paragraph_names
from arnews.text import make_paragraph


def _names(text: str) -> list[tuple[str, str]]:
    p = make_paragraph(text)
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


def _people(text: str) -> list[str]:
    return [s for s, t in _names(text) if t == "person"]


@pytest.mark.parametrize("text,person", [
    ("وألقى الشيخ أ.د. صالح العمري كلمة في افتتاح الملتقى", "صالح العمري"),
    ("وأوضح د.ت. ماجد الشهراني أن العيادات استقبلت المراجعين", "ماجد الشهراني"),
    ("وقال الدكتور أ. د. سامي الزهراني إن البحث نال جائزة", "سامي الزهراني"),
    ("وأكد الأستاذ أ.د فيصل القرني أن الجامعة أنهت الاستعدادات", "فيصل القرني"),
    ("وقال المهندس م. بندر العنزي إن المشروع اكتمل", "بندر العنزي"),
])
def test_abbreviated_titles_are_skipped(text, person):
    people = _people(text)
    assert person in people
    assert not any(len(x.replace(".", "").strip()) <= 1 for x in people)  # no person أ، ت، د


@pytest.mark.parametrize("text,person", [
    ("وقال أبو فراس الملقب بالقائد الميداني إن الهجوم فشل", None),  # فراس is a listed given name (found before)
    ("وأضاف أبو صهيب أن المجموعة انسحبت من القرية", "أبو صهيب"),
    ("وأعلن الجيش مقتل القيادي أبو قسورة في غارة جوية", "أبو قسورة"),
    ("ويدعى القيادي «أبو دجانة» وقد فر إلى الجبال", "أبو دجانة"),
    ("وقال أبو علي إن السوق شهد إقبالا كبيرا", "أبو علي"),
])
def test_bare_kunya_is_a_person(text, person):
    people = _people(text)
    if person:
        assert person in people
    else:
        assert any(x.startswith("أبو فراس") for x in people)


@pytest.mark.parametrize("text", [
    "وتقطن عائلة أبو قسورة في الحي القديم منذ سنوات",  # a family
    "وهبطت الطائرة في مطار أبو قسورة العسكري",  # a facility
    "وأكد أن الشتاء هو أبو الإبداع والتأمل",  # a common word with the article
    "ومر بي أبي وهو في طريقه إلى العمل",  # my father
    "وزار الوفد حي أبو قسورة شرق المدينة",  # a place cue
    "وقال إن الحاجة أبو الاختراع كما يقال",  # a proverb: common word
])
def test_kunya_neighbours_are_no_person(text):
    assert not any(x.startswith(("أبو", "أبي")) for x in _people(text))


def test_kunya_closes_a_found_name():
    people = _people("وقال الفنان التشكيلي سامر أبو دجانة إن المعرض يضم أربعين لوحة")
    assert "سامر أبو دجانة" in people


def test_presentation_forms_are_one_spelling():
    e = pd.DataFrame({"article_id": ["a", "b", "c"], "entity_id": ["~geo:YE"] * 3, "type": ["place"] * 3,
                      "name_en": ["Yemen"] * 3, "surface": ["اليمن", "ﺍﻟﻴﻤﻦ", "لليمن"], "start": [0, 0, 0]})
    f = written_forms(e)
    assert list(f.written_as) == ["اليمن"] and f.n.iloc[0] == 3
    assert "ﺍﻟﻴﻤﻦ" in f.other_surfaces.iloc[0]


def test_facility_before_a_kunya_is_a_place():
    names = _names("وقصفت الطائرات محيط مطار أبو الشقوق العسكري شرق المحافظة")
    assert ("مطار أبو الشقوق العسكري", "place") in names
    assert not any(t == "person" for _, t in names)


@pytest.mark.parametrize("text,pair", [
    ("واستقبل ولي العهد ضيوفه في قصر الضيافة بالطائف مساء أمس", ("قصر", "الضيافة")),
    ("وأقيمت المأدبة بقصر الحكم في العاصمة", ("قصر", "الحكم")),  # a frequent word: still a palace's name
])
def test_palace_evidence(text, pair):
    from arnews.entities.facility_names import facility_rows, facility_status

    rows = list(facility_rows([make_paragraph(text, article_id="a")]))
    assert [r[0] for r in rows] == [pair]
    assert facility_status(pair, 2)[1] == "learned" and facility_status(pair, 1)[1] != "learned"


@pytest.mark.parametrize("text", [
    "واشتكى المسافرون من قصر المدة المخصصة للتفتيش",  # shortness
    "وطالب المعلمون بمراعاة قصر الفترة الزمنية للاختبار",
    "ويعاني الطفل من قصر القامة منذ ولادته",
    "وأكد القرار قصر العمل في محلات الاتصالات على المواطنين",  # restricting
])
def test_palace_neighbours_give_no_evidence(text):
    from arnews.entities.facility_names import facility_rows

    assert not list(facility_rows([make_paragraph(text, article_id="a")]))


@pytest.mark.parametrize("text", [
    "وتواصل الفرق أعمال الصيانة على الطرق السريعة باتجاه أبو قسورة شمالا",  # a town on a route
    "ويجري العمل في توسعة طريق الدمام - أبو قسورة بطول 40 كيلومترا",
    "وتنتج الشركة النفط من حقل أبو علي البحري",  # an oil field
])
def test_kunya_on_a_route_or_a_field_is_no_person(text):
    assert not any(x.startswith("أبو") for x in _people(text))


def test_given_name_before_a_bare_kunya_opens_the_name():
    people = _people("وحضر الحفل خالد الشمري، وعبدالمحسن أبو قسورة، وعدد من رجال الأعمال")
    assert "عبدالمحسن أبو قسورة" in people and "أبو قسورة" not in people
