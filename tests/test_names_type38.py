"""Names session 38 (issue 14, helper type38): a place or a body named after a royal patron is that place or
body, not the person inside it (the guide: nested names, annotate the outer one only).

``body_names.csv`` kinds ``patron_place`` (مدينة، قصر، قاعة، صالة) and ``patron_body`` (دارة، مكتبة): the word,
without the article, then a naming title (الملك، الأمير، الأميرة، الإمام، الشيخ) and the person's name is one
place (or organisation); a patron city closed by an ``institution_adj`` (الطبية) or a purpose with لل is an
organisation.  A facility word before such a place takes it whole (ملعب مدينة الملك ...).  A name run of a
patron that ends on بن takes the name after it.

Every sentence here is written for these tests in the style of Saudi news (none copied from a corpus); the
events are invented.  Neighbours that must NOT change: the same words before a listed place, before a common noun,
with the article, or before a title alone; a person after a title anywhere else."""
from __future__ import annotations

from name_checks import names


def test_a_city_named_after_a_king_is_a_place():
    got = names("وتقام المباراة الختامية في مدينة الملك فهد الرياضية مساء الجمعة.")
    assert any(t == "place" and s.startswith("مدينة الملك فهد") for s, t in got), got
    assert not any(t == "person" for s, t in got), got


def test_a_stadium_of_a_patron_city_is_one_place():
    got = names("ويلتقي الفريقان على ملعب مدينة الأمير سلمان بن عبدالعزيز الرياضية بالمدينة المنورة.")
    assert any(t == "place" and s.startswith("ملعب مدينة الأمير سلمان بن عبدالعزيز") for s, t in got), got
    assert not any(t == "person" for s, t in got), got


def test_a_palace_and_a_hall_named_after_a_patron_are_places():
    got = names("وزار الوفد قصر الملك سعود التاريخي ثم قاعة الأمير نايف للمحاضرات.")
    assert any(t == "place" and s.startswith("قصر الملك سعود") for s, t in got), got
    assert any(t == "place" and s.startswith("قاعة الأمير نايف") for s, t in got), got
    assert not any(t == "person" for s, t in got), got


def test_a_foundation_and_a_library_named_after_a_king_are_organisations():
    got = names("وأصدرت دارة الملك فهد كتابا جديدا تعرضه مكتبة الملك خالد العامة.")
    assert any(t == "organisation" and s.startswith("دارة الملك فهد") for s, t in got), got
    assert any(t == "organisation" and s.startswith("مكتبة الملك خالد") for s, t in got), got
    assert not any(t == "person" for s, t in got), got


def test_a_medical_city_or_a_city_with_a_purpose_is_an_organisation():
    got = names("ونقل المصاب إلى مدينة الملك خالد الطبية بالرياض.")
    assert ("مدينة الملك خالد الطبية", "organisation") in got, got
    got = names("ووقعت مدينة الأمير سلطان للطاقة اتفاقية مع الجامعة.")
    assert any(t == "organisation" and s.startswith("مدينة الأمير سلطان") for s, t in got), got


def test_the_name_after_bin_closes_a_patron():
    got = names("وتجري التمارين في مدينة الأمير عبدالله بن جلوي الرياضية.")
    assert any(t == "place" and s.startswith("مدينة الأمير عبدالله بن جلوي") for s, t in got), got


def test_neighbours_are_left_alone():
    # a city cue before a listed place stays the place (مدينة جدة); a palace before a common noun is prose
    got = names("ووصل الوفد إلى مدينة جدة بعد رحلة قصيرة.")
    assert ("جدة", "place") in got and not any(s.startswith("مدينة") for s, t in got), got
    assert not names("ويعاني بعض الطلاب من قصر النظر.")
    # the word with the article or a title alone names nothing
    assert not any(s.startswith(("المدينة", "القاعة")) for s, t in names("وامتلأت القاعة الملكية بالحضور."))
    assert not any(s.startswith("مدينة") for s, t in names("وتوجه الوفد إلى مدينة الملك صباحا."))
    # a person after a title elsewhere stays a person; a hall of a common noun is no name
    got = names("وقال الأمير فيصل بن سلمان إن المشروع يخدم المنطقة.")
    assert any(t == "person" and "فيصل بن سلمان" in s for s, t in got), got
    assert not any(s.startswith("قاعة") for s, t in names("وأقيم الحفل في قاعة المحاضرات الكبرى."))


# --- a Saudi town's municipality that no list holds (orgnames._native_place_name) ---

def test_a_municipality_of_an_unlisted_arabic_town_is_an_organisation():
    got = names("وأزالت بلدية الحميضة الفرعية عددا من المباني المخالفة.")
    assert any(t == "organisation" and s.startswith("بلدية الحميضة") for s, t in got), got
    assert not any(t == "place" and "الحميضة" in s for s, t in got), got
    got = names("وأعلنت بلدية محافظة الحنيظل عن مشاريع جديدة، كما نفذت بلدية قريضاء حملة نظافة.")
    assert any(t == "organisation" and s.startswith("بلدية محافظة الحنيظل") for s, t in got), got
    assert any(t == "organisation" and s.startswith("بلدية قريضاء") for s, t in got), got


def test_a_vietnamese_commune_and_a_title_after_baladiya_are_left_alone():
    got = names("وزار الوفد بلدية تان هوا بمقاطعة كوانغ نام.")
    assert not any(t == "organisation" and s.startswith("بلدية") for s, t in got), got
    got = names("وقال رئيس بلدية المهندس سعد الدوسري إن العمل مستمر.")
    assert not any(s.startswith("بلدية") for s, t in got), got
    got = names("واعتمدت بلدية الحالية خطة للطرق.")
    assert not any(s.startswith("بلدية") for s, t in got), got
