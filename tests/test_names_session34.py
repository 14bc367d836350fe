"""Session 34 (lead): a month or weekday that is also a given name opens a name after a cue
(``date_given`` in ``entity_cues.csv``).

Every sentence was written for these tests in the style of Saudi news (no corpus text)."""
from __future__ import annotations

import pytest

from arnews.entities import find_names


def _people(text: str) -> list[str]:
    d = find_names(text)
    return d.loc[d["type"] == "person", "surface"].tolist() if len(d) else []


@pytest.mark.parametrize("text, name", [
    ("وأكد الرئيس التركي رجب طيب أردوغان أن بلاده ماضية في الحرب على الإرهاب", "رجب طيب أردوغان"),
    ("وقال الرئيس التركي رجب طيب اردوغان ان الحكومة الجديدة ستتشكل قريبا", "رجب طيب اردوغان"),
    ("وسجل اللاعب رمضان صبحي الهدف الأول في الدقيقة الأخيرة", "رمضان صبحي"),
    ("وأوضح المتحدث الرسمي خميس الزهراني أن الفرق الميدانية باشرت الحادث", "خميس الزهراني"),
    ("وقال الرئيس الشيشاني رمضان قديروف إن القوات تلاحق المسلحين", "رمضان قديروف"),
])
def test_a_month_that_is_a_given_name_opens_a_name_after_a_cue(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "وأعلن الأمير في رمضان الماضي عن المبادرة",  # the month, before الماضي
    "وبدأ الموسم في شهر رجب الماضي بحضور كبير",
    "ووقع المدير في 12 رجب 1436 عقد المشروع",  # a date
    "وألقى إمام جمعة طهران خطبته أمس",  # جمعة stays the prayer (not date_given)
    "وقال المدير إن رمضان شهر الخير والبركة",  # no cue right before it
    "وأكد الوزير يوم الخميس المقبل موعد الاجتماع",
])
def test_the_month_or_weekday_itself_is_no_name(text):
    assert not [n for n in _people(text) if any(w in n for w in ("رمضان", "رجب", "جمعة", "خميس"))]


def _places(text: str) -> list[str]:
    d = find_names(text)
    return d.loc[d["type"] == "place", "surface"].tolist() if len(d) else []


def test_a_list_of_neighbourhoods_with_directions_and_spaced_commas():
    text = "وشملت الدائرة الأولى أحياء النسيم ، والخالدية الشمالية ، والربيع ، والشاطئ الغربي ، والبديع."
    assert _places(text) == ["النسيم", "الخالدية الشمالية", "الربيع", "الشاطئ الغربي", "البديع"]


def test_a_direction_is_part_of_a_list_item():
    text = "ونقلت البلدية أحياء الخالدية الجنوبية والميناء والنورس والفنار إلى الدائرة الثامنة"
    assert _places(text) == ["الخالدية الجنوبية", "الميناء", "النورس", "الفنار"]


@pytest.mark.parametrize("text, wrong", [
    ("وزار الوفد مراكز الحرجة، وقال إن المشاريع تسير وفق الخطة", "قال"),  # a comma and و before a verb
    ("وتشمل الأمطار منطقة تبوك والمناطق الشمالية بحسب الأرصاد", "المناطق الشمالية"),  # a plural with its direction
    ("ويتوقع هطول أمطار على حفر الباطن والأجزاء الغربية من منطقة الرياض", "الأجزاء الغربية"),
])
def test_no_list_item_from_a_verb_or_a_plural_with_its_direction(text, wrong):
    assert wrong not in _places(text)


@pytest.mark.parametrize("text, place", [
    ("وحدد المعلم مبلغ 25 ألف ريال للنقل بداخل جدة و20 ألف ريال بضواحي جدة", "جدة"),
    ("وهاجم مسلحون فندقا يرتاده أجانب بوسط مالي الذي يشهد اضطرابات", "مالي"),
])
def test_a_location_noun_with_bi_before_a_city_that_is_also_a_word(text, place):
    assert place in _places(text)


@pytest.mark.parametrize("text, wrong", [
    ("وعلقت المحافظة لافتة بوسط ميدان التحرير في القاهرة", "ميدان"),  # a noun before its genitive
    ("ونفى أن تكون الدعوة موجهة إلى أطراف سورية أخرى", "سورية"),  # أطراف: parties
])
def test_no_city_after_a_location_noun_when_the_word_is_a_common_noun(text, wrong):
    assert wrong not in _places(text)
