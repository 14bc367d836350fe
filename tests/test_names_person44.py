"""Names session 42 (issue 14, people; helper person44): more slots where a found person's part names him again.

Within one article, once a person is found with two words or more, his family name alone names him again right after
كان (``وكان عون قد``), after the conjunction أن / إن (``ومع أن عون حذر``), after verbs of acting the lists lacked
(حصل، أصبح، شاهد، استعرض، أطلع), after بيّن when أن follows the part, and after a follower noun where the
organisation reading of ``قوات الأسد`` had taken the span (:mod:`arnews.entities.part_slots`).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented or public figures in invented sentences.  Neighbours that must NOT match: بين the preposition
(``وبين الخوجة والإدارة``), the part after أن in an article that names no such person, a follower's body that is
not a person's (``قوات الطوارئ الخاصة``), and the part opening another man's name after كان."""
from __future__ import annotations

import pytest

from name_checks import article_rows, same_person


_rows, _same_person = article_rows, same_person


@pytest.mark.parametrize("paragraphs,full,part,par", [
    # after كان (+ قد): the subject of a compound past
    (("تصعيد سياسي في بيروت",
      "أعلن النائب اللبناني ميشال نادر عون أمس أن كتلته ترفض القرار الحكومي.",
      "وكان عون قد عقد اجتماعا استثنائيا لكتلته مساء أمس."), "ميشال نادر عون", "عون", 2),
    # after أن: the subject of the clause
    (("تصعيد سياسي في بيروت",
      "أعلن النائب اللبناني ميشال نادر عون أمس أن كتلته ترفض القرار الحكومي.",
      "ومع أن عون حذر من المواجهة فإنه دعا إلى الحوار."), "ميشال نادر عون", "عون", 2),
    # after a verb of acting the lists lacked (حصل)
    (("انتخابات الاتحاد",
      "تنافس المرشح سامر الخوجة على مقعد الرئاسة مع منافسين اثنين.",
      "وحصل الخوجة على 59 صوتا في الجولة الأولى."), "سامر الخوجة", "الخوجة", 2),
    # after بيّن when أن follows the part
    (("المنتخب يستعد للبطولة",
      "قال مدير المنتخب ياسر عمار إن اللاعبين في حالة جيدة.",
      "وبين عمار أن فرصة المنتخب في التأهل كبيرة."), "ياسر عمار", "عمار", 2),
])
def test_part_in_the_new_slots(paragraphs, full, part, par):
    rows = _rows(*paragraphs)
    assert _same_person(rows, full, part, par), rows


def test_forces_of_a_leader_name_the_leader_not_a_body():
    rows = _rows("غارات على ريف إدلب",
                 "قال الرئيس السوري بشار الأسد في خطاب إن الحرب ستطول.",
                 "وقصفت قوات الأسد قريتين في ريف إدلب، وتقدمت قوات الأسد نحو الجنوب.")
    assert _same_person(rows, "بشار الأسد", "الأسد", 2), rows
    assert not any(p == 2 and t == "organisation" and "قوات" in s for p, s, t, _, _ in rows), rows
    assert sum(1 for p, s, t, _, _ in rows if p == 2 and s == "الأسد" and t == "person") == 2, rows


def test_between_the_preposition_is_no_slot():
    rows = _rows("خلاف في النادي",
                 "قال المدرب سامر الخوجة إن الفريق جاهز للموسم.",
                 "ونشب خلاف بين الخوجة والإدارة حول العقود.")
    assert not any(p == 2 and src == "part" for p, _, _, src, _ in rows), rows


def test_no_found_person_no_part():
    rows = _rows("تقرير الطقس", "أكد المركز أن عون الجهات المختصة وصل إلى القرى المتضررة.",
                 "وكان عون المتطوعين كبيرا في الإغاثة.")
    assert not any(t == "person" and s == "عون" for _, s, t, _, _ in rows), rows


def test_a_body_after_forces_stays_an_organisation():
    rows = _rows("تدريب ميداني", "نفذت قوات الطوارئ الخاصة تدريبا ميدانيا في المنطقة.")
    assert not any(t == "person" for _, _, t, _, _ in rows), rows
    assert any(t == "organisation" and "قوات الطوارئ" in s for _, s, t, _, _ in rows), rows


def test_kana_before_another_mans_name():
    rows = _rows("تكريم المتفوقين",
                 "كرم مدير التعليم سامي عون الطلاب المتفوقين.",
                 "وكان عون محمد الشهري أول المكرمين.")
    assert not any(p == 2 and s == "عون" and src == "part" for p, s, _, src, _ in rows), rows


def test_the_particle_van_is_no_conjunction():
    # فان of a Dutch name has the key of فإن: the part after it is no subject of a clause
    rows = _rows("المدرب يجهز فريقه",
                 "قال مدرب الفريق الهولندي لويس فان غال إن الفريق جاهز.",
                 "ويجد فان غال نفسه أمام معضلة في حراسة المرمى.")
    assert not any(p == 2 and s == "غال" and src == "part" for p, s, _, src, _ in rows), rows


def test_a_part_before_a_definite_genitive_after_that_is_a_word():
    # عون الدولة *the state's aid*: after أن the part opens a construct, no subject
    rows = _rows("تصعيد سياسي في بيروت",
                 "أعلن النائب اللبناني ميشال نادر عون أمس أن كتلته ترفض القرار الحكومي.",
                 "وأكد المسؤول أن عون الدولة للمتضررين مستمر.")
    assert not any(p == 2 and s == "عون" for p, s, _, _, _ in rows), rows
