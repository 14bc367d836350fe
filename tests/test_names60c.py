"""Names session 56 (issue 14, teams and players on sports pages; helper names60c).

Every sentence is written for these tests in the style of Saudi sports news (none copied from a corpus); the clubs and
players are invented or public figures.

* :mod:`arnews.entities.sport_teams`: a team quoted after an indefinite ``فريق``/``منتخب``/``نادي`` in a match report is
  an organisation, head and quotes included (``فريق "سان لورنزو"``); not after a definite head (its coach's name
  follows), not a quoted nationality, not an initiative's Arabic name, not outside a sports paragraph.
"""
from __future__ import annotations

import pytest

from arnews.entities.names import paragraph_names
from arnews.text import make_paragraph


def _names(text: str) -> list[tuple[str, str]]:
    p = make_paragraph(text, "ar")
    return [(p.norm.text[x.start:x.end], x.type) for x in paragraph_names(p)]


@pytest.mark.parametrize("text,team", [
    ('وتصدى حارس مرمى فريق "سان لورنزو" لركلة الجزاء في المباراة الودية التي حسمها الفريق بركلات الترجيح.',
     'فريق "سان لورنزو"'),
    ('واشتهر اللاعب بطريقته في تسديد ركلات الجزاء منذ كان لاعب منتخب "تشيكوسلوفاكيا" في بطولة أوروبا، وسجل الهدف الحاسم في المباراة.',
     'منتخب "تشيكوسلوفاكيا"'),
    ('وتغلب الفريق على فريق «المقاولون العرب» بهدفين في المباراة التي أقيمت على ملعب القاهرة ضمن الدوري.',
     'فريق «المقاولون العرب»'),
    ('وفاز الفريق السوداني على فريق "وفاق سطيف" الجزائري بهدف في دوري أبطال أفريقيا بعد مباراة قوية.',
     'فريق "وفاق سطيف"'),
])
def test_quoted_team_is_an_organisation(text, team):
    got = _names(text)
    assert (team, "organisation") in got
    inner = team.split(" ", 1)[1].strip('"«»')
    assert not any(s == inner and t != "organisation" for s, t in got)


@pytest.mark.parametrize("text,quoted", [
    # a definite head: the coach's name follows it
    ('وأكد مدرب المنتخب "جورج إيفانوف" أن الفريق قدم مباراة جيدة في افتتاح البطولة وسجل ثلاثة أهداف.', "جورج إيفانوف"),
    # a quoted nationality, no name
    ('واقتحم مشجعون أرض الملعب خلال المباراة لمهاجمة فريق "إسرائيلي" في الدوري الأوروبي قبل نهاية الشوط.', "إسرائيلي"),
    # an initiative's Arabic name, in a paragraph that uses sport words
    ('وقدم قائد فريق "صناع الفرص" محاضرة عن الملاعب والمباريات في الموسم الرياضي الجديد للدوري.', "صناع الفرص"),
])
def test_no_team_without_the_construction(text, quoted):
    assert not any(t == "organisation" and quoted in s for s, t in _names(text))


def test_no_team_off_the_sports_page():
    text = 'ونظم فريق «سفراء الخير» برنامجا للمعتمرين من ذوي الإعاقة البصرية بالتعاون مع جمعية خيرية.'
    assert not any(t == "organisation" and "سفراء الخير" in s for s, t in _names(text))


# --- sport_lists: players listed after a plural or dual role or nationality -------------------------------------------

def _people(text: str) -> list[str]:
    return [s for s, t in _names(text) if t == "person"]


@pytest.mark.parametrize("text,players", [
    ('وتعاقد النادي مع اللاعبين أدواردو وألميدا لتدعيم خط الهجوم قبل انطلاق الموسم الكروي الجديد في الدوري.',
     ["أدواردو", "ألميدا"]),
    ('ووقع المحترفان الفنزويليان ريفاس ويوهاندري على عقديهما مع النادي قبل بداية الدوري والمباراة الأولى.',
     ["ريفاس", "يوهاندري"]),
    ('وشارك الثلاثي يوهاندري وسان مارتن وزوكالا في التدريبات قبل المباراة الأولى للفريق في الدوري.',
     ["يوهاندري", "سان مارتن", "زوكالا"]),
    ('وسجل هدفي المباراة البرازيليان دانييلو وكاسيميرو في الشوط الثاني من مباراة الفريق في الدوري.',
     ["دانييلو", "كاسيميرو"]),
])
def test_players_after_a_plural_role(text, players):
    got = _people(text)
    for name in players:
        assert name in got


@pytest.mark.parametrize("text,word", [
    # clubs after a plural: the listed club stops the rule
    ('ويواجه الرباعي تشلسي وأرسنال ومانشستر سيتي وليفربول صعوبات في الدوري هذا الموسم بعد المباراة.', "تشلسي"),
    # common words after the plural
    ('وأشاد المدرب باللاعبين المحليين والأجانب بعد المباراة التي فاز فيها الفريق في الدوري.', "المحليين"),
    # off the sports page
    ('والتقى الوزير بالبرازيليين ماركوس وألميدا في مقر الوزارة لبحث التعاون التجاري بين البلدين.', "ألميدا"),
])
def test_no_players_without_the_list(text, word):
    assert not any(word in s for s in _people(text))


# --- sport_club_tails: a club's official after the club's one word ----------------------------------------------------

@pytest.mark.parametrize("text,club,person", [
    ('وأكد مدير الكرة بنادي هجر فؤاد المسلم جاهزية لاعبي الفريق للمباراة الودية في المعسكر قبل الدوري.',
     "نادي هجر", "فؤاد المسلم"),
    ('وأشاد المدير الفني لنادي اشبيلية الأسباني أوناي ايمري بلاعبيه بعد الفوز في المباراة النهائية للكأس.',
     "نادي اشبيلية", "أوناي ايمري"),
])
def test_club_then_its_official(text, club, person):
    got = _names(text)
    assert (club, "organisation") in got and (person, "person") in got


def test_club_then_a_pronoun_object():
    text = 'ويخوض الفريق الأول لكرة القدم بنادي هجر مباراته الودية الثالثة مساء اليوم في المعسكر استعدادا للدوري.'
    assert ("نادي هجر", "organisation") in _names(text)


@pytest.mark.parametrize("text,org", [
    # a club of several words, a body off the sports page
    ('وذلك في مقر نادي ضباط قوى الأمن بحضور لاعبي الفريق بعد المباراة الودية في الدوري.', "نادي ضباط قوى الأمن"),
    ('وأعلن أمين المنطقة ترسية مشروع مقر نادي الطيران الشراعي والبدء في تنفيذه قريبا.', "نادي الطيران الشراعي"),
])
def test_longer_clubs_are_kept(text, org):
    assert (org, "organisation") in _names(text)


def test_a_club_with_its_nationality_is_no_person():
    text = 'وخسر الفريق لقاءيه الوديين أمام نادي قرطبة التركي ونادي كول جاك التركي بهدف نظيف في المباراتين قبل الدوري.'
    assert not any(t == "person" and "جاك" in s for s, t in _names(text))
