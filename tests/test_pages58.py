"""pages58: sentences the pages57 renders left true but meaningless or awkward (seeds and snn2000 read in Chromium):
articles without a body counted but not named, an entity id with its English in brackets beside one without, advice to
grow a gazetteer that does not fit the corpus, category codes as table headers, concordance columns five lines tall,
'split 1 proclitic ... (each with how often): و (and): 5', 'adding 0 mentions'.  Sentences written for these tests in
the style of Saudi dailies."""
import json
import re
from pathlib import Path

import pandas as pd
import pytest

NB = Path(__file__).resolve().parents[1] / "notebooks"


def _source(name) -> str:
    return "".join("".join(c["source"]) for c in json.loads((NB / name).read_text(encoding="utf-8"))["cells"])


# --- 1. ids written alike: the most mentioned keeps the plain form -----------------------------------------------------

def test_the_most_mentioned_of_two_ids_written_alike_keeps_the_plain_form():
    from arnews.english_names import reader_ids

    rows = ([("~geo:SA-14", "عسير", "Asir")] * 5 + [("~اسير", "عسير", "")]  # a folded id of one mention, written the same
            + [("~geo:IR", "إيران", "Iran")] * 3 + [("~geo:108410", "الرياض", "Riyadh")] * 4
            + [("~org:Alriyadh", "الرياض", "Al Riyadh (newspaper)")] * 2)
    r = reader_ids(pd.DataFrame(rows, columns=["entity_id", "surface", "name_en"]))
    assert r["~geo:SA-14"] == "~عسير" and r["~geo:IR"] == "~إيران"  # was '~عسير (Asir)' beside '~إيران'
    assert r["~اسير"] == "~عسير (2)"  # the rarer namesake is the one marked, by a number when it has no English
    assert r["~geo:108410"] == "~الرياض" and r["~org:Alriyadh"] == "~الرياض (Al Riyadh (newspaper))"
    assert len(set(r.values())) == len(r)


# --- 2. the marker categories by their labels --------------------------------------------------------------------------

def test_marker_categories_have_labels_in_the_lexicon():
    from arnews.lexicons import read_lexicon
    from arnews.page_examples import category_labels

    labels = category_labels()
    used = {r["category"] for r in read_lexicon("rhetoric_markers.csv")}
    assert used <= set(labels), used - set(labels)  # every category of the markers has a label and a gloss
    assert labels["enemy_framing"] == "enemy framing" and labels["flag_waving"] == "flag-waving"
    assert not any("_" in v for v in labels.values())
    assert labels["new_category"] == "new category"  # a category of one's own lexicon: its code, read with spaces
    src = _source("03_rhetoric.ipynb")
    assert "cat.rename(columns=lambda c: CATEGORY[c])" in src and "k.replace('_', ' ')" not in src


# --- 4. the notebooks' sentences ----------------------------------------------------------------------------------------

def test_articles_without_a_body_are_named_with_their_blocks():
    src = _source("00_corpus_overview.ipynb")
    assert "**{e}** {have} no body paragraph, only {roles} blocks{per}; {which}: {ids}." in src
    assert 'f"the first {EMPTY_K} by id"' in src


def test_the_proclitics_sentence_reads_as_english():
    src = _source("00_corpus_overview.ipynb")
    assert '"The tokeniser split {k} off a number' not in src  # 'split 1 proclitic off a number in this corpus (each with how often): و (and): 5'
    assert "The only proclitic the tokeniser split off a number in this corpus is " in src
    assert 'fmt_count(n, "time")' in src


def test_the_names_page_drops_meaningless_gazetteer_sentences():
    src = _source("01_topics.ipynb")
    assert 'or "none"))' not in src  # 'Transliterated names of the gazetteer spelt in more than one way: none.'
    assert "if len(tvm) else \"\"" in src
    assert "adding this corpus's names to it would mix two worlds" in src and "arnews lexicons init DIR" in src
    assert 'else "no mention"' in src  # not 'adding 0 mentions'
