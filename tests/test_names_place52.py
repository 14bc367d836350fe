"""Names session 48 (issue 14; helper place52): places found nowhere or cut.

* ``بقيادة`` / ``تحت قيادة`` + a listed place is *led by* a country, not the Command of it
  (:mod:`arnews.entities.led_by`): التحالف بقيادة السعودية names Saudi Arabia, no organisation;
  ``قيادة حرس الحدود`` (a Command) stays an organisation;
* ``للسعودية`` after a definite word: li- + the article fused, not the adjective ``السعودية``
  (:func:`arnews.entities.places.paragraph_places`); ``الشركات الكويتية السعودية`` stays an adjective;
* a town whose name only reads as a proclitic + a word (``لحج`` = li- + hajj) is claimed after a preposition,
  a glued ب and in a list of places; ``للحج`` (li- + the Hajj) is no place.

Every sentence is written for these tests in the style of Saudi news (none copied from a corpus)."""
from __future__ import annotations

import pytest

from arnews.entities import find_names


def _found(text: str) -> list[tuple[str, str]]:
    df = find_names(text)
    return list(zip(df.surface, df.type))


def _places(text: str) -> list[str]:
    return [s for s, t in _found(text) if t == "place"]


@pytest.mark.parametrize("text,place", [
    ("وشنت مقاتلات التحالف العربي بقيادة السعودية غارات جديدة على مواقع المتمردين", "السعودية"),
    ("واصلت طائرات التحالف بقيادة المملكة امس قصف مخازن الأسلحة", "المملكة"),
    ("نفذ التحالف الدولي بقيادة الولايات المتحدة عشرين ضربة جوية", "الولايات المتحدة"),
    ("تعمل القوات تحت قيادة المملكة العربية السعودية على تأمين الميناء", "المملكة العربية السعودية"),
])
def test_led_by_a_country(text, place):
    found = _found(text)
    assert (place, "place") in found, found
    assert not any(s.startswith("قيادة") for s, _ in found), found


def test_a_command_stays_an_organisation():
    found = _found("وأوضح المتحدث الرسمي بقيادة حرس الحدود بمنطقة جازان أن الدوريات ضبطت المهربين")
    assert any(s.startswith("قيادة حرس الحدود") and t == "organisation" for s, t in found), found


@pytest.mark.parametrize("text,place", [
    ("عبر المقيمون عن الولاء والامتنان للسعودية قيادة وشعبا", "للسعودية"),
    ("أكد الخبير أن المساحة الجغرافية للسعودية واسعة جدا", "للسعودية"),
])
def test_saudi_after_a_definite_word_with_li(text, place):
    assert place in _places(text), _found(text)


def test_saudi_adjective_after_a_definite_word():
    assert not _places("ووقعت الشركة السعودية عقدا جديدا مع المقاول"), _found("ووقعت الشركة السعودية عقدا جديدا مع المقاول")


@pytest.mark.parametrize("text,places", [
    ("أعلنت المقاومة سيطرتها على مواقع جديدة في لحج بعد معارك عنيفة", ["لحج"]),
    ("قصفت المدفعية تجمعات المتمردين في منطقة كرش بلحج صباح اليوم", ["لحج"]),
    ("بدأ النازحون العودة إلى عدن ولحج بعد تحريرهما", ["عدن", "لحج"]),
])
def test_lahij_after_a_preposition_or_in_a_list(text, places):
    got = _places(text)
    assert all(p in got for p in places), _found(text)


@pytest.mark.parametrize("text", [
    "استعدت الأسرة للحج هذا العام مبكرا",
    "بدأت الاستعدادات للحج في وقت مبكر هذا العام",
])
def test_for_the_hajj_is_no_place(text):
    assert not any("حج" in s for s in _places(text)), _found(text)


# the lead (session 48): *led by* a person or anything but a body or a place names no Command; an organisation
# run ends before بقيادة
@pytest.mark.parametrize("text,person", [
    ("وفاز الفريق بقيادة جوزيه مورينيو على منافسه في الجولة الثالثة", "جوزيه مورينيو"),
    ("وحقق الفريق أول انتصار له تحت قيادة ارسين فينجر هذا الموسم", "ارسين فينجر"),
    ("وتقدمت القوات بقيادة اللواء محمد الأحمد نحو المدينة", "محمد الأحمد"),
])
def test_led_by_a_person_is_no_command(text, person):
    got = _found(text)
    assert (person, "person") in got
    assert not any(s.startswith("قيادة") or s.endswith("بقيادة") for s, _ in got)


def test_an_organisation_run_ends_before_led_by():
    got = _found("وتصدر المنتخب البرازيلي بقيادة مدربه دونغا المجموعة")
    assert ("المنتخب البرازيلي", "organisation") in got
    assert not any("بقيادة" in s for s, _ in got)


def test_led_by_a_body_keeps_the_command_reading():
    # an organisation cue after بقيادة: the Command of a body, as before
    got = _found("وقال الناطق الإعلامي بقيادة الحزب الاجتماعي الديمقراطي إن الاجتماع انتهى")
    assert any(s.startswith("قيادة الحزب") and t == "organisation" for s, t in got)
