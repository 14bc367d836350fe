"""Names session 50 (issue 14, people without a cue; helper names54a): two shapes of a person the name finder missed.

* After an office chain (:func:`arnews.entities.office_runs.bare_given_pair`): a listed given name and an indefinite
  word of middling frequency, closed at once by a comma, a full stop or the paragraph's end (``مدير جمارك المنطقة
  الشمالية سامي حلو،``).
* Beside a person found (:mod:`arnews.entities.paired_people`): a two-word item glued to و and closed at once, a
  listed given name and a word of middling frequency (``وجوش جاد``), or a plain word and a rare family name
  (``ونور حميسي``: نور is no listed given name).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented.  Neighbours that must NOT be read: an imperfect verb after the given name, a one-word anchor (``دكتور صالح وأود``), a word glued to a preposition and the article (``للاحتراف``),
a pronoun suffix (``وسامي زملاؤه``), a definite or a plural word."""
from __future__ import annotations

import pytest

from name_checks import article


def _people(*paragraphs):
    df = article(*paragraphs)
    return [s for s, t in zip(df["surface"], df["type"]) if t == "person"]


@pytest.mark.parametrize("sentence,person", [
    ("وحضر الحفل مدير جمارك المنطقة الشمالية الغربية حسن حلو، وعدد من رجال الأعمال.", "حسن حلو"),
    ("وأكد مدير جمارك المنطقة الجنوبية الشرقية سامي حلو.", "سامي حلو"),
])
def test_person_after_office_chain(sentence, person):
    assert person in _people(sentence)


@pytest.mark.parametrize("sentence,person", [
    ("والفيلم من بطولة كيفن هارت وجوش جاد، ومن إخراج تيم ستوري.", "جوش جاد"),
    ("وضم الوفد مدير المركز سامر الحلبي ونور حميسي مديرة البرنامج.", "نور حميسي"),
    ("وحضر العرض الممثل فايز المالكي وحسن عسل، وعدد من الفنانين.", "حسن عسل"),
])
def test_pair_beside_person(sentence, person):
    assert person in _people(sentence)


@pytest.mark.parametrize("sentence,bad", [
    # an imperfect verb after the given name, after an office
    ("وأكد نائب المحافظ يوسف يتابع، المشروع.", "يوسف يتابع"),
    # a one-word anchor: a question to a doctor
    ("أسعد الله أوقاتك دكتور صالح وأود استشارتك في حالتي.", "أود استشارتك"),
    # a word glued to a preposition and the article
    ("وتقدم النادي بأوراق اللاعب ماهر الشهري وإيوانيس للاحتراف.", "إيوانيس للاحتراف"),
    # a pronoun suffix, a plural ending
    ("واحتفل اللاعب خالد المرزوقي وأحمد ملابسه.", "أحمد ملابسه"),
    ("وحضر اللقاء عبدالله الزهراني وفهد معلمين، من المدرسة.", "فهد معلمين"),
])
def test_no_person(sentence, bad):
    assert bad not in _people(sentence)
