"""Names round 28: foreign given names, foreign clubs' short forms, ج-for-g spellings of countries (issue 14).

Every sentence here is written for these tests in the style of Saudi news (none copied from a
corpus); the people, clubs and places are real kinds, the events invented.  Each rule comes with
neighbours that must NOT match."""
from __future__ import annotations

from name_checks import names


# --- a foreign given name opening a two-word name is a person ---

def test_a_foreign_given_name_and_a_family_name_are_a_person():
    assert ("ليونيل ميسي", "person") in names("وسجل ليونيل ميسي هدفين في المباراة الودية.")
    assert ("دينيس هارتمان", "person") in names("وتوقع دينيس هارتمان أن تتراجع أسعار الذهب.")
    assert ("سيباستيان كورتيز", "person") in names("وأعلن سيباستيان كورتيز رحيله عن الفريق.")


def test_a_foreign_given_name_before_a_function_word_or_alone_is_no_person():
    # the family name must be a name word: دينيس ربما ... is no two-word name
    assert not any(t == "person" for _, t in names("وقال دينيس ربما يعود غدا إلى الملعب."))
    assert names("ولم يحضر لوكاس إلى التدريب.") == []


# --- short forms of foreign clubs (listed) ---

def test_short_forms_of_foreign_clubs_are_organisations():
    got = names("وتغلب سان جيرمان على أولمبيك ليون، فيما تعادل أتلتيكو مع فيورنتينا وديا.")
    assert ("سان جيرمان", "organisation") in got
    assert ("أولمبيك ليون", "organisation") in got
    assert ("أتلتيكو", "organisation") in got
    assert ("فيورنتينا", "organisation") in got
    assert ("أتليتكو", "organisation") in names("وأعلن نادي أتليتكو التعاقد مع المدافع.") + names("وفاز أتليتكو أمس.")


def test_germanwings_and_the_city_of_lyon_are_no_club():
    assert not any(s == "جيرمان" or s == "سان جيرمان" for s, _ in names("وتحطمت طائرة جيرمان وينغز فوق جبال الألب."))
    assert ("ليون", "organisation") not in names("ووصل الوفد إلى مدينة ليون الفرنسية.")


# --- countries written with ج for g ---

def test_a_country_written_with_jim_for_g_is_a_place():
    assert ("بنجلاديش", "place") in names("وصل إلى المملكة عمال من بنجلاديش أمس.")
    assert ("أوجندا", "place") in names("ووقعت المملكة اتفاقية مع أوجندا.")
    assert ("باراجواي", "place") in names("وفازت باراجواي على ضيفتها.")


def test_a_jim_spelling_that_is_a_word_is_no_country():
    # جينيا *genetically* (غينيا Guinea with ج), جانا (غانا: four letters), المجرب is no المغرب
    assert names("وتتطور الخلايا جينيا مع الوقت.") == []
    assert not any(t == "place" for _, t in names("وقال إنه جانا أمس."))


# --- listed foreign bodies, papers and agencies; initials with or without full stops ---

def test_a_news_agency_by_its_initials_with_or_without_full_stops():
    assert ("د.ب.أ", "organisation") in names("برلين (د.ب.أ) أعلنت الحكومة خطة جديدة.")
    assert ("د. ب. أ", "organisation") in names("نيودلهي - د. ب. أ: ارتفعت الأسعار.")
    assert ("د ب أ", "organisation") in names("روما (د ب أ) وصل الوزير.")


def test_initials_of_a_person_are_no_agency():
    # د. *Dr.* before a name, one initial after it
    got = names("وقال د. بدر أ. العمري إن النتائج مشجعة.")
    assert not any(t == "organisation" for _, t in got)


def test_foreign_bodies_and_papers_written_bare():
    got = names("وذكرت واشنطن بوست أن الإف بي آي يحقق مع سائق لدى أوبر، فيما تتوقع إياتا نموا.")
    assert ("واشنطن بوست", "organisation") in got
    assert ("الإف بي آي", "organisation") in got
    assert ("أوبر", "organisation") in got
    assert ("إياتا", "organisation") in got


def test_the_opera_and_the_city_of_washington_are_no_listed_body():
    got = names("وحضر الوزير عرض الأوبرا في واشنطن أمس.")
    assert ("واشنطن", "place") in got
    assert not any(t == "organisation" for _, t in got)


# --- an English field word closes a foreign company's name ---

def test_an_english_field_word_closes_a_foreign_company():
    assert ("سيفاكس إيرلاينز", "organisation") in names("وأعلنت سيفاكس إيرلاينز عن رحلات جديدة إلى جربة.")
    assert ("ريستاد إنرجي", "organisation") in names("وبحسب ريستاد إنرجي فإن الإنتاج سيرتفع.")
    assert any(s.endswith("موترز") and t == "organisation" for s, t in names("وقالت شركة كوكوا موترز إن المبيعات ارتفعت."))


def test_an_english_field_word_after_an_arabic_definite_noun_is_no_company():
    # الجمهور سبورتس: an Arabic definite noun before the loan word names no company
    assert names("وتابع الجمهور سبورتس.") == []
    assert names("وتفاعل المتابعون جروب الأمس.") == [] or not any(t == "organisation" for _, t in names("وتفاعل المتابعون جروب الأمس."))


# --- a nobiliary particle inside a foreign name ---

def test_a_particle_after_a_foreign_given_name_stays_in_the_name():
    assert ("ستيفان دي ميستورا", "person") in names("والتقى ستيفان دي ميستورا بالوفد أمس.")
    assert ("ستيفان دي ميستورا", "person") in names("وقال المبعوث الأممي ستيفان دي ميستورا إن الحل سياسي.")


def test_a_particle_before_a_definite_word_or_a_place_is_no_name_part():
    got = names("وقال جون دي الرياض.")
    assert not any("دي" in s for s, _ in got)


# --- Arab clubs of the region named by a word, in a sports paragraph ---

def test_a_gulf_or_arab_club_named_by_a_word_in_a_sports_paragraph():
    got = names("وفاز النصر على السد القطري بهدفين لهدف في المباراة الودية ضمن معسكر الفريق.")
    assert ("السد", "organisation") in got


def test_a_dam_outside_sports_is_no_club():
    got = names("وافتتح الوزير السد الجديد في وادي بيش لتخزين مياه الأمطار.")
    assert ("السد", "organisation") not in got
