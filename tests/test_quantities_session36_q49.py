"""Quantities, session 36 (helper q49, issue 13): a construct dual with a possessive pronoun right before the
dual relative pronoun (اللذين/اللذان/اللتين/اللتان) is a count of two.  Sentences written for these tests in the
style of Saudi news."""
from __future__ import annotations

import pytest

from arnews import extract_quantities


def rows(text):
    return [(q["surface"], q["kind"], q["value"]) for q in extract_quantities(text)]


@pytest.mark.parametrize("text,surface", [
    ("ناشد أب الجهات المختصة البحث عن ابنتيه اللتين غادرتا المنزل مساء الخميس", "ابنتيه"),
    ("ودع المدرب لاعبيه، اللذين انتقلا إلى نادٍ آخر", "لاعبيه"),
    ("لن يتمكن النادي من الاستعانة بلاعبيه اللذان تعاقد معهما مؤخرًا", "بلاعبيه"),
    ("تلقت الأسرة العزاء في ابنيهما اللذين توفيا في الحادث", "ابنيهما"),
])
def test_construct_dual_before_dual_relative_is_two(text, surface):
    assert (surface, "count", 2) in rows(text)


@pytest.mark.parametrize("text,surface", [
    ("ودع المدرب لاعبيه الذين انتقلوا إلى أندية أخرى", "لاعبيه"),          # plural relative: his players
    ("زار الشاب والديه اللذين يقيمان في القرية", "والديه"),                 # parents: no figure (the guide)
    ("شكر الوزير العاملين فيه اللذين حضرا الحفل", "فيه"),                  # a preposition with its pronoun
    ("ودعت الأم ابنتيه اللذين سافرا", "ابنتيه"),                           # the relative's gender is not the word's
])
def test_neighbours_without_a_dual_relative_of_their_gender(text, surface):
    assert not any(r[0] == surface and r[2] == 2 for r in rows(text))
