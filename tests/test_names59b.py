"""Names session 55 (issue 14, people and clubs in sports reports; helper names59b).

A player or a coach named after his role word on a sports page (:mod:`arnews.entities.sport_roles`): a definite role
(المهاجم، مهاجمه، لاعب الوسط), past definite nationality adjectives and the role's own adjectives (الدولي، السابق), then
one to three words of a transliterated name (اللاعب بواتينغ، مهاجمه أوليفييه جيرو، أنخيل دي ماريا).

Every sentence is written for these tests in the style of Saudi sports news (none copied from a corpus); the players
are invented or public figures.  Neighbours that must NOT match: an indefinite role (its club follows), an adjective
of another kind after the role (اللاعب الأسمر، المدرب الأجنبي), a native Arabic word or a verb after the role (الحارس
مذهولاً), the role outside a sports page."""
from __future__ import annotations

import pytest

from arnews.entities.names import paragraph_names
from arnews.entities.sport_roles import sport_role, sport_role_words
from arnews.normalize import key
from arnews.text import make_paragraph


def _names(text: str) -> list[tuple[str, str]]:
    p = make_paragraph(text, "ar")
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


def _people(text: str) -> list[str]:
    return [s for s, t in _names(text) if t == "person"]


def test_role_words_are_the_glossed_csv():
    words = sport_role_words()
    assert words[key("مهاجم")] == "role" and words[key("وسط")] == "position" and words[key("الدولي")[2:]] == "skip"
    assert sport_role("والمهاجم") == ("role", True) and sport_role("مهاجمه") == ("role", True)
    assert sport_role("لاعب") == ("role", False) and sport_role("الوسط") == ("position", True)
    assert sport_role("مهاجمون") == ()


@pytest.mark.parametrize("text,person", [
    ("وقال اللاعب مونتاري إنه سعيد بالانتقال إلى الفريق قبل بداية الدوري.", "مونتاري"),
    ("وأشاد المدرب بمهاجمه الجديد بواتينغ بعد المباراة الأولى للفريق في الدوري.", "بواتينغ"),
    ("وأكد مدرب الفريق بعد المباراة أن مهاجمه أوليفييه جيرو لم يفقد وعيه.", "أوليفييه جيرو"),
    ("ويغيب لاعب الوسط البولندي ادريان عن مباراة الفريق في الدوري بسبب الإصابة.", "ادريان"),
    ("أجرى اللاعب الأرجنتيني أنخيل دي ماريا الفحص الطبي قبل انتقاله إلى الفريق الجديد في الدوري.", "أنخيل دي ماريا"),
    ("وسيحرص المدرب الروماني بولوني خلال المباراة على تجربة جميع لاعبي الفريق.", "بولوني"),
    ("وأضاف لاعب الوسط النرويجي الدولي ستيفان يوهانسون الهدف الثاني للفريق في المباراة.", "ستيفان يوهانسون"),
])
def test_player_after_a_definite_role(text, person):
    assert person in _people(text)


@pytest.mark.parametrize("text", [
    "وانضم اللاعب الأسمر إلى صفوف الفريق في الدوري مقابل مبلغ كبير.",  # an adjective of another kind
    "وأكد أن المدرب الأجنبي سيصل قبل المباراة الأولى للفريق في الدوري.",  # the role's adjective, no name after it
    "وقف الحارس مذهولاً بعد الهدف الثاني في المباراة وخسارة الفريق في الدوري.",  # tanween: an accusative
    "وشارك لاعب واتفورد في المباراة الودية للفريق قبل الدوري.",  # an indefinite role governs its club
])
def test_no_player_after_these(text):
    assert _people(text) == []


def test_a_role_outside_a_sports_page_names_nobody_by_this_rule():
    assert _people("وقالت الشرطة إن حارسه كوستانو أصيب في الحادث.") == []


def test_a_person_found_inside_is_widened_and_one_running_past_a_function_word_is_cut():
    assert _people("أجرى اللاعب الأرجنتيني أنخيل دي ماريا الفحص الطبي قبل انتقاله إلى الفريق الجديد في الدوري.") \
        == ["أنخيل دي ماريا"]
    assert _people("وقال اللاعب مونتاري إنه سعيد بالانتقال إلى الفريق قبل بداية الدوري.") == ["مونتاري"]


@pytest.mark.parametrize("text,whole", [
    ("أعلن النادي تمديد تعاقده مع المهاجم ثيو والكوت قبل انطلاق الدوري والمباراة الأولى للفريق.", "ثيو والكوت"),
    ("وأعلن الفريق تعاقده مع المدافع التونسي يوهان بن علوان قبل انطلاق الدوري.", "يوهان بن علوان"),
    ("وأعلن النادي أن مدافعه خوردي ألبا سيغيب عن مباراة الفريق في الدوري.", "خوردي ألبا"),
])
def test_a_name_that_goes_on_is_not_cut(text, whole):
    people = _people(text)
    assert whole.split()[0] not in people  # the rule adds no first word alone (a cut name)


def _orgs(text: str) -> list[str]:
    return [s for s, t in _names(text) if t == "organisation"]


@pytest.mark.parametrize("text,club", [
    ("وتعاقد الفريق مع لاعب الوسط قادما من شالكة الألماني في صفقة انتقال قبل الدوري.", "شالكة"),
    ("وتأهل الفريق بعد فوزه أمام فناربخشه التركي في المباراة الأخيرة من الدوري.", "فناربخشه"),
])
def test_a_club_by_one_transliterated_word_and_its_nationality(text, club):
    assert club in _orgs(text)


@pytest.mark.parametrize("text", [
    "وعاد الفريق من شالكة الألمانية بعد المعسكر قبل الدوري والمباراة الأولى.",  # feminine: the city
    "وانتقل الفريق إلى شالكة الألماني في رحلة",  # no sports page
    "وتسلم الجائزة في المباراة بدلا من ميسي الأرجنتيني قبل الدوري.",  # a listed given name
])
def test_no_club_here(text):
    assert "شالكة" not in _orgs(text) and "ميسي" not in _orgs(text)
