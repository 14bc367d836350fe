"""Names session 44 (issue 14; helper place46): places and the prose or organisations around them.

* two ordinary Arabic words that the name finder took for a transliterated place (``أقفلت ملف``، ``تجانس درجة``)
  are no name (:mod:`arnews.entities.prose_runs`); transliterated places and names (``أولد ترافورد``، ``جزر
  تشانيل``، ``دير شبيغل``) and Vietnamese syllable places (``داك لاك``، ``هوا بينه``، ``ها نام``) stay;
* a found organisation that holds a gazetteer place whole (``اللجنة الشعبية لمقاطعة كوانغ تري``، ``جامعة هانوي
  للعلوم``) is kept beside the place; it used to be lost to it (:func:`arnews.entities.table.paragraph_entities`).

Every sentence is written for these tests in the style of Saudi or Vietnamese news (none copied from a corpus)."""
from __future__ import annotations

import pytest
from name_checks import names

from arnews.entities.prose_runs import prose_run
from arnews.text import make_paragraph


def _words(s: str) -> list[str]:
    p = make_paragraph(s)
    return [w for w, k in zip(p.toks, p.kinds) if k == "word"]


@pytest.mark.parametrize("text,run", [
    ("وذكر المصدر أنه أقفلت ملف القضية بعد انتهاء التحقيق", "أقفلت ملف"),
    ("وأوضح أن هذا الاتفاق يورد جدول أعمال مفصلا للجنة", "يورد جدول"),
    ("وينبغي على الطاهي التأكد من تجانس درجة حرارة الزيت قبل القلي", "تجانس درجة"),
    ("وقال المتحدث إن القرار بدد آمال المستثمرين في تعافي السوق", "بدد آمال"),
    ("وفي الصيف نسكن خيام البادية بعيدا عن صخب المدينة", "نسكن خيام"),
])
def test_two_ordinary_words_are_no_place(text, run):
    rows = names(text)
    assert not any(run in s and t == "place" for s, t in rows), rows


@pytest.mark.parametrize("text,name", [
    ("وواجه الهلال منافسه في ملعب أولد ترافورد الشهير بمدينة مانشستر", "أولد ترافورد"),
    ("وشوهدت الحيتان قبالة جزر تشانيل في جنوب ولاية كاليفورنيا", "جزر تشانيل"),
    ("ونقلت مجلة دير شبيغل الألمانية عن مصادر أمنية أن الخلية فككت", "دير شبيغل"),
    ("وأغلقت السلطات الفرنسية نفق المانش أمام الشاحنات ساعات عدة", "نفق المانش"),
])
def test_transliterated_names_stay(text, name):
    rows = names(text)
    assert any(name in s for s, t in rows), rows


@pytest.mark.parametrize("text,name", [
    ("داك لاك: حصاد 3 آلاف طن من الفلفل خلال الموسم", "داك لاك"),
    ("وزار الوفد كاو تريو في الصباح", "كاو تريو"),
    ("وتوجهت فرق الإنقاذ إلى نغي آن لإجلاء السكان من القرى المنخفضة", "نغي آن"),
])
def test_vietnamese_places_stay(text, name):
    rows = names(text)
    assert (name, "place") in rows, rows


@pytest.mark.parametrize("words,prose", [
    ("أقفلت ملف", True), ("يورد جدول", True), ("إمساك بطة", True),
    ("أولد ترافورد", False), ("روزاريو رد", False),  # a transliteration first: not two Arabic words
    ("هوا بينه", False), ("ها نام", False), ("بن تري", False),  # Vietnamese syllables are Arabic words too
    ("جزر تشانيل", False), ("بارك رينجرز", False),
])
def test_prose_run(words, prose):
    assert prose_run(_words(words)) is prose


@pytest.mark.parametrize("text,org,place", [
    ("وقالت اللجنة الشعبية لمقاطعة كوانغ تري إن المشروع سيكتمل قبل نهاية العام", "اللجنة الشعبية لمقاطعة كوانغ تري",
     "كوانغ تري"),
    ("وافتتحت جامعة هانوي للعلوم مختبرا جديدا للطاقة المتجددة", "جامعة هانوي للعلوم", "هانوي"),
])
def test_organisation_holding_a_gazetteer_place(text, org, place):
    rows = names(text)
    assert (org, "organisation") in rows, rows
    assert (place, "place") in rows, rows


def test_place_beside_an_organisation_stays_alone():
    # the gazetteer place is no part of a found organisation here: one place, no organisation invented
    rows = names("ووصل الوزير إلى كوانغ تري صباح اليوم في زيارة تستغرق يومين")
    assert ("كوانغ تري", "place") in rows, rows
    assert not any(t == "organisation" for s, t in rows), rows


def _names(text: str) -> list[tuple[str, str]]:
    from arnews.entities.names import paragraph_names

    p = make_paragraph(text)
    return [(p.ntext[n.start:n.end], n.type) for n in paragraph_names(p)]


@pytest.mark.parametrize("text,name", [
    ("وقال السيد تشو سوان تونغ إن ها نام تضم حاليا ثمانية مجمعات صناعية", "تشو سوان تونغ"),
    ("وأوضح العقيد نغوين هونغ فونغ أن نحو ثلث الحوادث وقعت ليلا", "نغوين هونغ فونغ"),
    ("وقال الرفيق لي منه توان إن الإنتاج ارتفع هذا العام", "لي منه توان"),
])
def test_speakers_name_stops_before_that(text, name):
    # إن/أن after a speaker's name opens what was said: no syllable of his name
    got = _names(text)
    assert (name, "person") in got, got


def test_syllable_an_written_with_madda_stays():
    # the Vietnamese syllable An is written آن: a place after its cue keeps it
    assert ("مي آن", "place") in _names("وزار الوفد بلدية مي آن صباح أمس")
