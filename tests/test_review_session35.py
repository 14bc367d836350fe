"""Session 35 review of the rendered report: where the chosen number of topics lies, topic ids in
numeric order, and the notebooks' sections that used to say nothing on a corpus without parallel pairs."""
import json
import re

import pandas as pd

from arnews.lexicons import notebooks_dir
from arnews.stats.topicmodel import k_choice_notes, topic_order


def _sel(lang, ks, scores, chosen):
    return pd.DataFrame({"lang": lang, "k": ks, "score": scores, "chosen": [k == chosen for k in ks]})


def test_topic_order_is_numeric_within_a_language():
    assert topic_order(["ar-10", "ar-2", "en-1", "ar-1", "ar-2"]) == ["ar-1", "ar-2", "ar-10", "en-1"]


def test_k_at_the_top_of_a_rising_range_says_the_range_set_it():
    note = k_choice_notes(_sel("ar", [5, 10, 20, 40], [3.0, 5.0, 6.0, 13.0], 40))["ar"]
    assert note.startswith("k = 40 is the largest candidate (5 to 40)") and "the range, not the data" in note


def test_k_at_the_top_without_rising_score_makes_no_claim_about_the_range():
    note = k_choice_notes(_sel("ar", [5, 10], [3.0, 3.0], 10))["ar"]
    assert "the range, not the data" not in note


def test_k_at_the_bottom_and_inside():
    assert "smallest candidate" in k_choice_notes(_sel("ar", [2, 3, 4], [3.0, 2.0, 1.0], 2))["ar"]
    assert "inside the candidate range (2 to 4)" in k_choice_notes(_sel("en", [2, 3, 4], [1.0, 3.0, 1.0], 3))["en"]


def test_no_note_without_a_model_or_with_one_candidate():
    sel = pd.concat([_sel("en", [0], [float("nan")], -1), _sel("ar", [20], [4.0], 20)])
    assert k_choice_notes(sel) == {}


def test_limits_of_the_topics_notebook_make_no_fixed_claim_about_k():
    nb = json.loads((notebooks_dir() / "01_topics.ipynb").read_text(encoding="utf-8"))
    text = "".join("".join(c["source"]) for c in nb["cells"])
    assert "at the low end of the range" not in text and "k_choice_notes(sel)" in text


def test_index_names_each_outlet_with_its_count_most_articles_first():
    from arnews.report import index_outlets

    s = pd.Series(["okaz", "alriyadh", "", "alriyadh", "aawsat", "okaz", "alriyadh"])
    bare = lambda h: re.sub(r"<[^>]+>", "", h)  # noqa: E731  (each name is isolated in <bdi>)
    assert bare(index_outlets(s)) == "alriyadh (3), okaz (2), aawsat (1)"
    assert bare(index_outlets(s, top=1)) == "alriyadh (3) and 2 more"
    assert index_outlets(pd.Series(["<b>x</b>"])).count("<b>") == 0
    assert index_outlets(pd.Series(["", ""])) == "not given"


def test_readable_gloss_drops_partial_word_by_word_glosses():
    from arnews.stats.glossary import readable_gloss

    assert readable_gloss("≈ ? the foot") == "" and readable_gloss("≈ owner ? royal") == ""
    assert readable_gloss("≈ bin Abdulaziz") == "≈ bin Abdulaziz"
    assert readable_gloss("security and order") == "security and order"
    assert readable_gloss("what? a question") == "what? a question"  # a curated gloss is kept whole
    assert readable_gloss("(no gloss)") == "" and readable_gloss(None) == "" and readable_gloss(float("nan")) == ""
