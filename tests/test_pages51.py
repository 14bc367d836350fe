"""Session 51, defects a reader saw on the pages (pages50's reading of the seeds and snn2000 reports): the quantities
page's money table wider than the page, percentage columns empty in most rows, sections shown for a question the page
does not ask; the overview's sentence on proclitics computed from its table; names spelt one way; glosses of
الرئيس and of a few names."""
import json
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from arnews.pagefit import fit_notebook
from arnews.plotting import md_html

NB = Path(__file__).resolve().parents[1] / "notebooks"
NONE = {"pairs": 0, "campaigns": 0, "english": 0, "documents": 0, "codebook": 0, "lunar": 0}
SOME = {"pairs": 2, "campaigns": 9, "english": 2, "documents": 5, "codebook": 1, "lunar": 1}


def _source(name) -> str:
    return "".join("".join(c["source"]) for c in json.loads((NB / name).read_text(encoding="utf-8"))["cells"])


def _fitted(name, facts):
    return fit_notebook(nbformat.read(NB / name, as_version=4), facts)


def _headings(nb) -> list[str]:
    return [line for c in nb.cells if c.cell_type == "markdown" for line in c.source.splitlines() if line.startswith("#")]


# --- 1. the quantities page ----------------------------------------------------------------------------------------

def test_no_translation_or_document_section_where_the_page_does_not_ask():
    nb = _fitted("02_quantities.ipynb", NONE)
    heads = " | ".join(_headings(nb))
    assert "translation" not in heads.lower() and "document" not in heads.lower(), heads
    code = "".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "translation_quantities" not in code and 'q.kind == "doc_code"' not in code
    kept = " | ".join(_headings(_fitted("02_quantities.ipynb", SOME)))
    assert "## Did the translation keep every figure of the original?" in kept
    assert "## Which official documents are cited, and when were they dated?" in kept


def test_a_column_empty_in_most_rows_is_left_out_and_said():
    from arnews.plotting import sparse_columns

    df = pd.DataFrame({"surface": ["5 %", "7 %", "9 %", "12 %", "3 %"], "unit": ["", "احتياطي", "", None, ""],
                       "unit_en": ["", "reserve", "", "", ""], "approx": ["نحو", "", "", "", "نحو"]})
    view, note = sparse_columns(df, ["unit", "unit_en", "approx"], noun="percentages")
    assert list(view.columns) == ["surface", "approx"]  # approx is filled in 2 of 5: kept (not almost empty)
    assert note == ("Left out, empty in most rows: unit (filled in 1 of 5 percentages); unit_en (filled in 1 of 5 "
                    "percentages); the CSV keeps them.")
    same, said = sparse_columns(df, ["approx"])
    assert same is df and said == ""


def test_the_median_amount_is_placed_like_the_largest():
    from arnews.page_examples import largest_at, median_at

    money = pd.DataFrame({"currency": ["SAR", "SAR", "SAR", "USD"], "article_id": ["a1", "a2", "a3", "a1"],
                          "paragraph": [1, 4, 2, 3], "surface": ["5 ملايين ريال", "20 مليون ريال", "3 مليارات ريال", "10 دولارات"],
                          "value": [5e6, 2e7, 3e9, 10.0]})
    near = median_at(money.groupby("currency"), money.value)
    assert near == {"SAR": ("20 مليون ريال", "a2, paragraph 4"), "USD": ("10 دولارات", "a1, paragraph 3")}
    assert largest_at(money.groupby("currency"), money.value)["SAR"] == ("3 مليارات ريال", "a3, paragraph 2")


def test_the_money_table_keeps_one_place_column_on_the_page():
    src = _source("02_quantities.ipynb")
    assert 'show(cur.drop(columns=["median in (article, paragraph)", "implausible"], errors="ignore"), csv=cur' in src
    assert 'cur["in article"]' not in src  # the article label (title, outlet, date, id) made the table too wide


# --- 3. the overview: the proclitics the tokeniser splits, from the table -------------------------------------------

def test_the_proclitic_sentence_is_computed():
    src = _source("00_corpus_overview.ipynb")
    assert "splits a proclitic `و` (*and*) off a number" not in src
    assert 'clitics = special[special.kind == "clitic"].token.value_counts()' in src
    items = [("و (and)", "300"), ("ب (with, by)", "30")]
    html = md_html("The tokeniser split {k} off a number in this corpus (each with how often): {items}.",
                   k="2 proclitics", items=items)
    assert '<bdi lang="ar" dir="rtl">و</bdi> <bdi dir="ltr">(and)</bdi>: <bdi dir="auto">300</bdi>' in html


# --- 4. glosses: الرئيس in news about states, and a few phrases ------------------------------------------------------

from arnews.stats.glossary import gloss  # noqa: E402


@pytest.mark.parametrize("phrase, expected", [
    ("الرئيس", "the president; the chairman; main"),  # was 'chairman; head' (through رئيس)
    ("الرئيس المصري", "≈ the Egyptian president"),
    ("نائب الرئيس", "vice president"),  # was '≈ deputy of chairman'
    ("الرئيس التنفيذي", "chief executive (CEO)"),  # was '≈ executive chairman'
    ("علي بابا", "Alibaba / Ali Baba"),  # was '≈ on door'
    ("الشيخ صباح", "Sheikh Sabah"),  # was '≈ the Sheikh morning'
])
def test_news_glosses(phrase, expected):
    assert gloss("", "ar", phrase, vietnam=False) == expected


@pytest.mark.parametrize("word, expected", [
    ("رئيس", "chairman; head"),  # the indefinite head of a construct stays (رئيس مجلس الإدارة, رئيس البلدية)
    ("الرئيسية", "main"),
    ("نائب", "deputy; vice-"),
    ("صباح", "morning"),
    ("علي", "on, upon"),
])
def test_the_neighbours_keep_their_glosses(word, expected):
    assert gloss("", "ar", word, vietnam=False) == expected


# --- 2. the names and topics pages: one spelling, English names, written cues ---------------------------------------

def test_makkah_and_madinah_are_spelt_as_the_entity_tables_spell_them():
    from arnews.entities.places import place_name_en

    assert gloss("", "ar", "مكة المكرمة", vietnam=False) == place_name_en("geo:104515") == "Makkah"  # was Mecca
    assert gloss("", "ar", "المدينة المنورة", vietnam=False) == place_name_en("geo:109223") == "Madinah"  # was Medina
    assert gloss("", "ar", "مكة", vietnam=False) == "Makkah"


def test_learned_names_get_an_english_name_where_a_source_has_one():
    from arnews.english_names import english_names

    ents = pd.DataFrame({"surface": ["النصر", "النصر", "عسير"], "name_en": ["Al-Nassr", "", "Asir"]})
    names = ["النصر", "عسير", "بوينج", "سلمان بن عبدالعزيز", "جون كيري", "بشار الأسد", "الاتفاق", "عادل الجبير"]
    types = ["organisation", "place", "organisation", "person", "person", "person", "organisation", "person"]
    en = english_names(names, types, ents)
    assert en["النصر"] == ("Al-Nassr", "entities table")
    assert en["عسير"] == ("Asir", "entities table")
    assert en["بوينج"] == ("Boeing", "known names")
    assert en["سلمان بن عبدالعزيز"] == ("≈ Salman bin Abdulaziz", "glossary (word by word)")
    assert en["جون كيري"] == ("≈ John Kerry", "glossary (word by word)")
    # pages54: a word after a given name takes its name sense (al-Assad, not 'the lion'), a given name before a name its
    # name sense (Adel, not 'just'); never 'Bashar the lion' or '? Al-Jubeir' (empty before pages54)
    assert en["بشار الأسد"] == ("≈ Bashar al-Assad", "glossary (word by word)")
    assert en["الاتفاق"] == ("", "")  # an organisation is never read word by word ('the agreement')
    assert en["عادل الجبير"] == ("≈ Adel Al-Jubeir", "glossary (word by word)")
    assert english_names(["سامي الفلاني"], ["person"], ents)["سامي الفلاني"] == ("", "")  # a word it cannot read: empty


def test_a_cue_is_shown_as_written():
    from arnews.english_names import cue_label

    assert cue_label("منطقه") == "منطقة (region / area)"  # the stored key folds teh marbuta
    assert cue_label("جماعه").startswith("جماعة (")
    assert cue_label("امير").startswith("أمير (")
    assert cue_label("given name") == "given name"  # no lexicon cue: as stored


def test_the_names_page_uses_them():
    src = _source("01_topics.ipynb")
    assert "english_names(ok.name, ok.type, ents)" in src and "cue_label(c)" in src
    assert "cue_gloss[fold(c)]" not in src
