"""Names session 51 (issue 14, a person after a descriptive noun; helper names55c).

* A referee (``الحكم المرافق/الدولي/المساعد``) and an expert with his field (``الخبير الاقتصادي``، ``الخبيرة التربوية``)
  are multi-word office cues (``entity_cues.csv``): ``حكم`` and ``خبير`` alone are no cue (``حكم نهائي`` *a final
  ruling*, ``شركة الخبير المالية`` a company).  ``الحكم`` keeps its article as a word of its own (*the rule*): a
  multi-word cue is also looked up without it.
* After a person noun (``الناشط``، ``الخبير``: :mod:`arnews.entities.person_nouns`) a name may open with a word no
  list gives when a Gulf family name follows it: ``X آل Y`` or a word and its own echo with the article (``زامل الزامل``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented."""
from __future__ import annotations

import pytest

from name_checks import names


def _people(text):
    return [s for s, t in names(text) if t == "person"]


@pytest.mark.parametrize("sentence,person", [
    ("وقال الحكم المرافق زامل الزامل إن المباراة كانت صعبة على الطرفين.", "زامل الزامل"),
    ("وأدار المباراة الحكم المساعد الدولي عبدالرحيم الشمري بنجاح.", "عبدالرحيم الشمري"),
    ("وقالت الخبيرة التربوية هند إدريس إن المناهج تغيرت كثيرا.", "هند إدريس"),
    ("وقال الناشط الحقوقي شبيب آل رضوان إن المطالب مشروعة.", "شبيب آل رضوان"),
])
def test_person_after_descriptive_noun(sentence, person):
    assert _people(sentence) == [person]


@pytest.mark.parametrize("sentence", [
    "وأصدرت المحكمة حكم نهائي يقضي بسجن المتهم خمس سنوات.",
    "وقال الخبير الاقتصادي إن السوق هبطت أمس.",
    "وقالت الخبيرة التربوية إن المناهج تغيرت كثيرا.",
    "وقال الطفل يوم اليوم الذي انتظره طويلا.",
])
def test_no_person(sentence):
    assert _people(sentence) == []


def test_company_and_body_kept():
    assert ("شركة الخبير المالية", "organisation") in names("ونوهت شركة الخبير المالية بقرار دولة الإمارات.")
    assert ("هيئة الحكم الانتقالية", "organisation") in names("وتطالب المعارضة بتشكيل هيئة الحكم الانتقالية في البلاد.")
