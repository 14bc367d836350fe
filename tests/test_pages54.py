"""Session 53 page review (pages54): what a reader of the snn2000 pages stumbled on.

Sentences and names written for the test (Arabic news style), not corpus text.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def _source(nb: str) -> str:
    cells = json.loads((NOTEBOOKS / nb).read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells)


# --- 1. glossary senses: a neighbour decides (regime, writers), a name's own sense ----------------------------------

def test_nizam_is_a_regime_before_a_state_or_its_ruler_and_a_system_elsewhere():
    from arnews.stats.glossary import gloss, phrase_gloss

    assert phrase_gloss("النظام السوري") == "≈ the Syrian regime"
    assert phrase_gloss("قوات النظام الإيراني") == "≈ forces of the Iranian regime"
    assert phrase_gloss("نظام الأسد") == "≈ regime of al-Assad"
    assert phrase_gloss("لنظام بشار الأسد") == "≈ regime of Bashar al-Assad"
    assert gloss("نظام", "ar", "نظام", vietnam=False).split(";")[0] == "system"  # not 'order' (نظام التشغيل, نظام العمل)
    assert "regime" not in phrase_gloss("نظام المرور") and "order" not in phrase_gloss("نظام المرور")
    assert phrase_gloss("الأمن والنظام") == "security and order"  # the phrase keeps its own sense


def test_al_kuttab_is_writers_after_their_work_and_the_book_elsewhere():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("تجارب الكتاب") == "≈ experiments of the writers"  # a plural noun, not a verb: 'of' is read
    assert phrase_gloss("اتحاد الكتاب") == "≈ union of the writers"
    assert phrase_gloss("معرض الكتاب") == "≈ exhibition of the book"


def test_a_word_inside_a_persons_name_takes_its_name_sense():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("بشار الأسد") == "≈ Bashar al-Assad"  # not 'Bashar the lion'
    assert phrase_gloss("حافظ الأسد") == "≈ Hafez al-Assad"  # a given name before a name: not '?'
    assert phrase_gloss("عادل الجبير") == "≈ Adel Al-Jubeir"
    assert phrase_gloss("الرئيس عادل") == "≈ President Adel"
    assert phrase_gloss("بشكل عادل") == ""  # not a name here: still unknown ('?'), never 'Adel'
    assert phrase_gloss("نصيب الأسد") == "the lion's share"
    assert phrase_gloss("الرئيس المخلوع علي عبدالله صالح").endswith("Ali Abdullah Saleh")  # not 'on Abdullah Saleh'
    assert phrase_gloss("اعتمد علي") == "≈ relied on"  # no name after it: the preposition
    assert phrase_gloss("عبد ربه منصور هادي") == "≈ Abd Rabbuh Mansour Hadi"
    assert phrase_gloss("حمد بن عيسى آل خليفة") == "≈ Hamad bin Issa Al Khalifa"
    assert phrase_gloss("عبدالعزيز بن سامي المعيبد") == "≈ Abdulaziz bin Sami Al-Muaibed"  # no 'Sami bin': بن heads nothing
    assert phrase_gloss("جمعان سعيد الزهراني") == "≈ Jumaan Saeed Al-Zahrani"  # not 'Friday'
    assert phrase_gloss("الرئيس باراك أوباما") == "≈ President Barack Obama"  # given names of the names page glossed
    assert phrase_gloss("الشاعر لبيد بن ربيعة").endswith("Labid bin Rabia")  # not 'by the hand of'
    assert phrase_gloss("فيصل بن تركي") == "≈ Faisal bin Turki"  # after بن the sense marked as a given name, not 'Turkish'
    assert phrase_gloss("الرئيس التركي") == "≈ the Turkish president"


def test_a_plural_noun_in_t_is_no_imperfect_verb():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("تجارب الشعوب").startswith("≈ experiments of")
    assert " of " not in phrase_gloss("تحقق الأهداف")  # 'achieves': a verb, no construct


def test_name_sense_reads_the_name_of_a_gloss():
    from arnews.stats.senses import name_sense

    assert name_sense("the lion; al-Assad") == "al-Assad"
    assert name_sense("just; fair; Adel (given name)") == "Adel"
    assert name_sense("lion; Asad (in names)") == "Asad"
    assert name_sense("servant (of God); Abd- (in names)") is None and name_sense("the lion") is None


def test_a_sense_that_opens_with_a_note_reads_without_a_stray_comma():
    from arnews.stats.glossary import flat_gloss

    assert flat_gloss("reaching; (all the way) to; arriving") == "reaching; all the way to; arriving"
    assert flat_gloss("time (occurrence)") == "time, occurrence"


# --- 2. the names page: learned names with their English beside them, no opaque id ---------------------------------

def _ents(rows):
    return pd.DataFrame(rows, columns=["entity_id", "surface", "name_en"])


def test_reader_ids_show_an_arabic_surface_for_every_opaque_id():
    from arnews.english_names import reader_ids

    ents = _ents([("~geo:SA", "المملكة", "Saudi Arabia"), ("~geo:SA", "المملكة", "Saudi Arabia"),
                  ("~geo:SA", "السعودية", "Saudi Arabia"), ("~geo:108410", "الرياض", "Riyadh"),
                  ("~org:Al-Riyadh", "الرياض", "Al Riyadh (newspaper)"), ("~cnn", "CNN", ""),
                  ("~جماعه حوثي", "جماعة الحوثي", ""), ("cpv", "الحزب", "Communist Party of Vietnam")])
    r = reader_ids(ents)
    assert r["~geo:SA"] == "~المملكة" and r["~cnn"] == "~CNN" and r["~جماعه حوثي"] == "~جماعة الحوثي"
    # two ids written alike: the more mentioned (here a tie, by id) keeps the plain form, the other adds its English (pages58)
    assert r["~geo:108410"] == "~الرياض" and r["~org:Al-Riyadh"] == "~الرياض (Al Riyadh (newspaper))"
    assert not any(":" in v for v in r.values()) and "cpv" not in r  # the gazetteer's own ids stay, for reference


def test_a_learned_name_is_shown_with_its_english_or_plainly():
    from arnews.english_names import english_names, name_with_english

    en = english_names(["بشار الأسد", "سامي الفلاني"], ["person", "person"], None)
    assert en["بشار الأسد"] == ("≈ Bashar al-Assad", "glossary (word by word)")
    assert name_with_english("بشار الأسد", en["بشار الأسد"][0]) == "≈ Bashar al-Assad — بشار الأسد"  # English first: LTR
    assert name_with_english("سامي الفلاني", "") == "سامي الفلاني"


def test_the_names_page_uses_reader_ids_and_one_name_column():
    src = _source("01_topics.ipynb")
    assert "reader_ids(ents)" in src and "SHOWN_ID = id_labels(ents)" not in src
    assert '"name (English — Arabic)"' in src and "the column is left empty there" not in src
    assert 'they="it is" if len(ok) == 1 else "they are"' in src  # 'the 1 learned name ...: it is shown in Arabic only'


# --- 4. what else a reader stumbled on: word-by-word readings of two named things of the snn2000 pages ----------------

def test_souq_okaz_and_the_new_suez_canal_read_as_english_names_them():
    from arnews.stats.glossary import phrase_gloss

    assert phrase_gloss("سوق عكاظ") == "Souq Okaz (festival)"  # not '≈ market of Okaz'
    assert phrase_gloss("قناة السويس الجديدة") == "the New Suez Canal"  # not '≈ Suez Canal new'
    assert phrase_gloss("قناة السويس") == "Suez Canal"
    assert phrase_gloss("أبو بكر البغدادي") == "≈ Abu Bakr al-Baghdadi"  # not 'father of first-born of al-Baghdadi'
    assert phrase_gloss("علي بن أبي طالب") == "≈ Ali bin Abi Talib"  # not 'on bin my father student'
