"""review44: what review43 left on the pages (counts in prose, context windows, glosses after ف,
Vietnamese examples in method narration, the codebook reference table, the index's article list)."""
import json
import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


def _cells(stem):
    return json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]


# --- 1. counts in prose: thousands separators, no "(s)" plurals ---------------------------------

def test_topic_model_notes_count_with_separators_and_nouns():
    from arnews.stats.topicmodel import fmt_count as _count  # the counter the notes use (plotting.fmt_count)

    assert _count(11171, "paragraph") == "11,171 paragraphs"
    assert _count(1, "topic") == "1 topic" and _count(0, "feature") == "0 features"
    src = (ROOT / "lib/arnews/stats/topicmodel.py").read_text(encoding="utf-8")
    for noun in ("paragraph", "feature", "topic", "epoch"):
        assert f"{noun}(s)" not in src  # the notes the code writes


def test_topic_model_note_of_a_tiny_language_reads_as_prose():
    from arnews.stats import corpus_features
    from arnews.stats.topicmodel import topic_model

    tc = pd.DataFrame({"article_id": ["a"], "paragraph": [1], "lang": ["en"], "term": ["word"], "kind": ["stem"], "n": [1]})
    fit = topic_model(corpus_features(tc), "en")
    assert fit["k"] == 0 and fit["reason"].startswith("0 paragraphs with 0 features: a topic model needs at least 10 paragraphs") and "(s)" not in fit["reason"]


@pytest.mark.parametrize("stem", ["00_corpus_overview", "01_topics", "02_quantities", "03_rhetoric"])
def test_no_s_in_brackets_plurals_in_the_prose_the_notebooks_write(stem):
    for i, c in enumerate(_cells(stem)):
        src = "".join(c["source"])
        if c["cell_type"] == "markdown":
            assert "(s)" not in src, (stem, i)
        for lit in re.findall(r'md\(\s*f?"((?:[^"\\]|\\.)*)"', src):
            assert "(s)" not in lit, (stem, i, lit)
        assert not re.search(r"\b(?!set\(|len\()[a-z]+\(s\)", " ".join(re.findall(r'"[^"\n]*"', src))), (stem, i)


# --- 2. context windows of the name candidates cut at word boundaries ---------------------------

def test_candidate_context_is_cut_at_word_boundaries():
    from arnews.entities.table import context_window

    t = ("أعلنت الهيئة العامة للرياضة في الرياض اليوم أن الأمير خالد بن سعد سيفتتح غدا البطولة الخليجية "
         "للناشئين بمشاركة ستة منتخبات من دول المجلس")
    s = t.index("الأمير")
    e = s + len("الأمير خالد بن سعد")
    w = context_window(t, s, e)
    assert "الأمير خالد بن سعد" in w and w.startswith("… ") and w.endswith(" …")
    inner = w.strip("… ")
    assert f" {inner} " in f" {t} "  # whole words only: the window starts and ends at a space of the text
    assert len(inner) <= (e - s) + 2 * 40


def test_candidate_context_at_the_paragraph_edges_has_no_ellipsis():
    from arnews.entities.table import context_window

    t = "قال محمد العتيبي"
    assert context_window(t, 4, len(t)) == t
    long_word = "أ" * 60 + " محمد " + "ب" * 60  # no space inside the window: the name alone, cut marked
    s = long_word.index("محمد")
    assert context_window(long_word, s, s + 4) == "… محمد …"


# --- 3. glosses: ف + a word only when the reading is far more frequent ---------------------------

def test_fa_form_close_in_frequency_to_its_reading_is_not_glossed_as_fa_plus_word():
    from arnews.stats.glossary import _gloss_word

    assert _gloss_word("فورد", False) != "was mentioned; came; roses"  # Ford, a name
    assert _gloss_word("فلتر", False) != "litre"
    # the conjunction is still read where general Arabic writes the bare word far more often
    assert _gloss_word("فقال", False) == "said"
    assert _gloss_word("فقرر", False) == "decided"
    assert _gloss_word("وقال", False) == "said"  # و keeps its own margin


def test_goal_is_the_counted_sense_of_hadaf():
    from arnews.lexicons import read_lexicon

    rows = [r for r in read_lexicon("units.csv") if r["lang"] == "ar" and r["unit"] == "هدف"]
    assert len(rows) == 1 and "goal" in " ".join(str(v) for v in rows[0].values())


# --- 5. Vietnamese examples in method narration only when the corpus has such items --------------

def _fitted(stem, facts):
    from arnews.pagefit import dropped, fit_source

    return ["".join(c["source"]) if c["cell_type"] != "markdown"
            else fit_source("".join(c["source"]), c.get("metadata"), facts) for c in _cells(stem)
            if not dropped(c.get("metadata"), facts)]


def test_quantities_narration_leaves_out_vietnamese_examples_the_corpus_lacks():
    without = "\n".join(_fitted("02_quantities", {"documents": 0, "lunar": 0, "pairs": 0}))
    assert "số ký hiệu" not in without and "Vietnamese lunar calendar (`lunar`" not in without
    assert "Umm al-Qura" in without and "Which official documents are cited" not in without  # (the section is
    # left out of a corpus without document codes: pages51)
    full = "\n".join(_fitted("02_quantities", {"documents": 3, "lunar": 2, "pairs": 1}))
    assert "số ký hiệu" in full and "بالتقويم القمري" in full


def test_lunar_fact_is_counted_from_the_quantities_table(tmp_path):
    from arnews.pagefit import FACTS, corpus_facts

    pd.DataFrame({"kind": ["date", "date", "count"], "calendar": ["lunar", "hijri", ""]}).to_csv(tmp_path / "quantities.csv", index=False)
    assert "lunar" in FACTS and corpus_facts(tmp_path)["lunar"] == 1
    pd.DataFrame({"kind": ["date"], "calendar": ["gregorian"]}).to_csv(tmp_path / "quantities.csv", index=False)
    assert corpus_facts(tmp_path)["lunar"] == 0


def test_overview_byline_example_comes_from_the_corpus_not_from_vietnam():
    cells = _cells("00_corpus_overview")
    text = "\n".join("".join(c["source"]) for c in cells)
    assert "مينه دوك" not in text
    code = next("".join(c["source"]) for c in cells if 'W = T.get("writers")' in "".join(c["source"]))
    assert "For example, in the article `{a}` of this corpus, {what}" in code


# --- 4. the codebook reference table and the index -----------------------------------------------

def test_codebook_reference_counts_are_a_link_when_the_codebook_does_not_fit():
    src = next("".join(c["source"]) for c in _cells("01_topics") if "if not THEMES_FIT:" in "".join(c["source"]))
    branch = src.split("if not THEMES_FIT:")[1].split("elif SMALL:")[0]
    assert "show(" not in branch and "link_table(" in branch


def _processed(tmp_path, n):
    d = tmp_path / f"p{n}"
    d.mkdir()
    pd.DataFrame({"article_id": [f"{o}_{i:03d}" for i in range(n) for o in ["a"]][: n // 2] + [f"b_{i:03d}" for i in range(n - n // 2)],
                  "language": "ar", "province": "", "outlet": ["a"] * (n // 2) + ["b"] * (n - n // 2), "published": "2015-08-01",
                  "title": "خبر", "n_body": "3", "words_body": "120"}).to_csv(d / "articles.csv", index=False)
    return d


def test_index_lists_a_small_corpus_whole_and_samples_a_large_one(tmp_path, monkeypatch):
    import arnews.report as R

    monkeypatch.setattr(R, "INDEX_ROWS", 10)
    monkeypatch.setattr(R, "INDEX_SAMPLE", 4)
    whole = R._articles_section(_processed(tmp_path, 10), tmp_path / "r1")
    assert whole.count("<tr><td") == 10 and "articles.csv" not in whole
    part = R._articles_section(_processed(tmp_path, 11), tmp_path / "r2")
    assert part.count("<tr><td") == 4
    assert "4 of 11 articles are listed (the first 2 by id of each of 2 outlets); all of them: articles.csv" in part
