"""Names session 44 (issue 14, people; helper person47): a nationality after a noun of a person
(:mod:`arnews.entities.nisba_heads`) and a comma list whose found people have common words
(:mod:`arnews.entities.peoplelists`).

Sports and foreign news name a foreign player, a referee or a businessman by a definite noun that is no office cue
(``المحترف``, ``الخبير``, ``الدولي``, ``الثنائي``, ``اللاعبين``), his nationality, then the name; a group noun lists a
second name glued to و.  A comma list counts every item that holds a person found (``رياض الحسن``, whose given name
is a common word), and an item opening with عبد + a definite word is one given name (``عبد الأحد صطيفو``).

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the people
are invented.  Neighbours that must NOT match: a future verb after the nationality (``الدولي التركي سيغادر``), a
second nationality (``النجمين البرازيلي والأرجنتيني``), a feminine adjective, an ordinary word after the nationality,
a head noun with no nationality, and a comma list of places or of one person."""
from __future__ import annotations

import pytest

from name_checks import names


def _people(text):
    return [s for s, t in names(text) if t == "person"]


@pytest.mark.parametrize("text,person", [
    ("ووصل أمس المحترف الغاني مينساه لإكمال إجراءات انضمامه إلى الفريق.", "مينساه"),
    ("وأسند الاتحاد إدارة المباراة إلى الخبير الإسكتلندي ماكري بعد اعتذار الحكم المحلي.", "ماكري"),
    ("وقاد اللقاء الحكم المغربي بوعزة الودغيري بمساعدة طاقم تحكيم مغربي.", "بوعزة الودغيري"),
    ("ويتفاوض النادي مع المحترف الكولومبي «فالنسيا» لتعويض رحيل المهاجم.", "فالنسيا"),
])
def test_nationality_after_a_noun_of_a_person(text, person):
    assert person in _people(text), names(text)


def test_group_noun_lists_two_names():
    text = "وطلبت الإدارة بطاقتي الثنائي البرازيلي فيرنانديز وكارفاليو من اتحاديهما السابقين."
    got = _people(text)
    assert "فيرنانديز" in got and "كارفاليو" in got, names(text)


def test_trio_noun_lists_two_names():
    text = "وحضر التدريب الثلاثي الغاني أوسي وأمباه بعد وصولهما فجر أمس."
    got = _people(text)
    assert "أوسي" in got and "أمباه" in got, names(text)


def test_group_noun_with_a_listed_place_run_is_a_person():
    text = "وأنهى النادي عقدي اللاعبين الأرجنتيني سان مارتن والتشيلي باريوس بالتراضي."
    assert ("سان مارتن", "person") in names(text), names(text)


@pytest.mark.parametrize("text", [
    "وأكدت تقارير صحفية أن الدولي التركي سيغادر معسكر الفريق خلال الأيام المقبلة.",  # a future verb
    "ويتوقع أن يصل الخبير الإنجليزي سيتواجد مع الحكام غدا.",  # a future verb
    "وأعلن النجمين البرازيلي والأرجنتيني السابقين دعمهما للمرشح.",  # a second nationality
    "وأشاد الشاب السعودي بالدعم الذي يلقاه من أسرته.",  # an ordinary word after the nationality
    "وعقد مجلس الأعمال السعودي الفرنسي اجتماعه الأول في الرياض.",  # a second nationality, a council
])
def test_nationality_after_a_head_with_no_name(text):
    assert not _people(text), names(text)


def test_comma_list_counts_a_found_person_with_a_common_given_name():
    text = ("وضمت اللجنة التحضيرية للمؤتمر خالد نبهان، فؤاد عليكو، المهندس سامر نيربية، عبد الأحد صطيفو، نذير "
            "الجاسم، والعميد رياض الحسن.")
    got = _people(text)
    for person in ("فؤاد عليكو", "عبد الأحد صطيفو", "نذير الجاسم"):
        assert person in got, names(text)


def test_comma_list_with_one_person_only_adds_nobody():
    text = "وزار الوفد برئاسة المهندس سامر نيربية الرياض، جدة، الدمام، وأبها."
    got = names(text)
    assert ("الدمام", "person") not in got and ("جدة", "person") not in got, got


def test_comma_list_of_places_with_abd_word_is_no_person():
    text = "وتوزعت الفعاليات على الطائف، الباحة، عبد الله السالم، وتبوك يوم الأحد."
    assert not any(t == "person" and "الطائف" in s for s, t in names(text)), names(text)
