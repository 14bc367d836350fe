"""Session 42 refactor (refactor43): the word tests and place-id tests the name finders share, in modules of their
own (``entities.placeids``, ``entities.cuewords``, ``entities.translit_words``), with the behaviour they had.

Words and sentences written for these tests in the style of Saudi news, with the neighbours that must not match.
"""
from __future__ import annotations

import importlib

import pytest

from arnews.text import make_paragraph

placeids = importlib.import_module("arnews.entities.placeids")
cuewords = importlib.import_module("arnews.entities.cuewords")
translit = importlib.import_module("arnews.entities.translit_words")
names = importlib.import_module("arnews.entities.names")
cues = importlib.import_module("arnews.entities.cues")


# --- place ids: three questions, three tests ------------------------------------------------------------------

#: id -> (country_id, region_id, country_or_region_id, nation_id)
IDS = {
    "geo:SA": (True, False, True, True),  # a country
    "geo:KW": (True, False, True, True),
    "geo:SA-01": (False, True, True, False),  # a numbered region (الرياض region): no nationality names it
    "geo:GB-ENG": (False, True, True, True),  # a lettered region: England, which الإنجليزي names
    "geo:US-CA": (False, True, True, True),
    "geo:145": (False, False, False, False),  # a world region (UN M49)
    "geo:108410": (False, False, False, False),  # a city (geonameid)
    "club:geo:SA": (False, False, False, False),  # a club's key, not a place id
    "geo:S": (False, False, False, False),
    "geo:SAU": (False, False, False, False),
    "geo:sa": (False, False, False, False),
    "geo:GB-EN1": (False, True, True, False),
    "": (False, False, False, False),
}


@pytest.mark.parametrize("pid", sorted(IDS))
def test_place_id_tests(pid):
    got = (placeids.country_id(pid), placeids.region_id(pid), placeids.country_or_region_id(pid), placeids.nation_id(pid))
    assert got == IDS[pid]


def test_country_or_region_is_either():
    for pid in IDS:
        assert placeids.country_or_region_id(pid) == (placeids.country_id(pid) or placeids.region_id(pid))


# --- the cue words of three later passes --------------------------------------------------------------------


@pytest.mark.parametrize("w", ["قال", "وأكدت", "فأوضح", "صرحت", "أشار", "نفى", "وأضافت", "فذكر"])
def test_speech_words(w):
    assert cuewords.speech_verb(w) and cuewords.speech_word(w)


@pytest.mark.parametrize("w", ["وبين", "بينت", "بين"])
def test_between_is_a_speech_verb_but_no_speech_word(w):
    assert cuewords.speech_verb(w) and not cuewords.speech_word(w)


@pytest.mark.parametrize("w", ["قالب", "مقال", "الأكد", "يقول", "تقول", "أقوال", "والقول", "كالقول"])
def test_not_speech_words(w):
    assert not cuewords.speech_verb(w) and not cuewords.speech_word(w)


@pytest.mark.parametrize("w,want", [("السعودي", 1), ("المصري", 1), ("اليمني", 1), ("الإنجليزي", 1),
                                    ("والأرجنتيني", 2), ("للبرازيلي", 2), ("واليمني", 2), ("لليمني", 2)])
def test_nationality_words(w, want):
    cues.load_cues()
    assert cuewords.nationality_word(w) == want


@pytest.mark.parametrize("w", ["السعودية", "والمصرية", "سعودي", "القرني", "المالكي", "الرياضي", "الاقتصادي",
                               "الرياض", "السعوديين"])
def test_not_nationality_words(w):
    # a feminine adjective agrees with a noun; an indefinite one qualifies; a town's nisba is a family name;
    # an ordinary nisba adjective names no country
    cues.load_cues()
    assert cuewords.nationality_word(w) == 0


@pytest.mark.parametrize("w", ["بلديتي", "منطقتين", "محافظتي", "محافظتين", "مدينتي", "قريتين", "المنطقتين"])
def test_dual_place_cues(w):
    cues.load_cues()
    assert cuewords.dual_place_cue(w)


@pytest.mark.parametrize("w", ["وزارتي", "بلدية", "منطقة", "سيارتين", "سنتين", "بتين", "رحلتي"])
def test_not_dual_place_cues(w):
    # the dual of an organisation head or of an ordinary noun, a place cue in the singular, too short a stem
    cues.load_cues()
    assert not cuewords.dual_place_cue(w)


@pytest.mark.parametrize("text,gates", [
    ("وأكد المتحدث الرسمي للهيئة أن العمل يسير وفق الخطة", names._SPEECH),
    ("تعاقد النادي مع الأرجنتيني لويس مارتيلو والبرازيلي كايو", names._NATIONALITY),
    ("شملت الجولة محافظتي الخرج والمزاحمية", names._DUAL_CUE),
    ("بين الفريقين مباراة قوية في بطولة الخليج المقبلة", 0),
    ("ارتفعت أسعار الخضار في الأسواق هذا الأسبوع", 0),
])
def test_the_gates_read_the_cue_words(text, gates):
    cues.load_cues()
    assert names._paragraph_gates(make_paragraph(text)) == gates


# --- the words of a transliterated run ---------------------------------------------------------------------


def _at(p, w):
    return p.toks.index(w)


def test_a_particle_inside_a_foreign_name():
    cues.load_cues()
    p = make_paragraph("وصل المبعوث الأممي ماركو دي فيلاتشي إلى جدة أمس")
    assert translit._particle_in_name(p, _at(p, "دي"))
    found = [(p.norm.text[n.start:n.end], n.type) for n in names.paragraph_names(p)]
    assert ("ماركو دي فيلاتشي", "person") in found


def test_no_particle_after_a_preposition_or_before_a_definite_word():
    cues.load_cues()
    p = make_paragraph("أكد جون في دي الرياض")
    assert not translit._particle_in_name(p, _at(p, "دي"))


def test_syllables_after_a_title():
    cues.load_cues()
    p = make_paragraph("استقبل الرفيق لي منه توان الوفد")
    assert translit._syllable_before_name(p, _at(p, "لي"))
    found = [(p.norm.text[n.start:n.end], n.type) for n in names.paragraph_names(p)]
    assert found == [("لي منه توان", "person")]
    p = make_paragraph("قال الرفيق إن لي موقفا واضحا")  # لي before an ordinary word: the pronoun, no name
    assert names.paragraph_names(p) == []


def test_native_shaped_and_short_syllables():
    cues.load_cues()
    wi = cues.word_info
    assert translit._native_shaped(wi("المبعوث"), "المبعوث") and translit._native_shaped(wi("استقبل"), "استقبل")
    assert not translit._native_shaped(wi("فيلاتشي"), "فيلاتشي") and not translit._native_shaped(wi("توان"), "توان")
    assert translit._syllable_like("توان") and translit._syllable_like("فيلاتشي")
    assert not translit._syllable_like("عبدالله")  # (الملك عبدالله في تبوك: في is the preposition)
    assert not translit._short_syllable(wi("في"), "في")  # too frequent a function word
