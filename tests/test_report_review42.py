"""Review 42: page titles and questions true to the corpus at hand, notes under cut summary
tables that say what they count, and the tokens/keyness tables written smaller."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from arnews import topics as T
from arnews.article_tables import tokens_frame
from arnews.lexicons import notebooks_dir
from arnews.pagefit import FACTS, corpus_facts, fit_source
from arnews.plotting import full_table_note, table_html
from arnews.report import notebook_summary

NB = notebooks_dir()
NONE = {"pairs": 0, "campaigns": 0}
SOME = {"pairs": 4, "campaigns": 12}


def _first_markdown(name):
    cells = json.loads((NB / name).read_text(encoding="utf-8"))["cells"]
    cell = next(c for c in cells if c["cell_type"] == "markdown")
    return "".join(cell["source"]), cell.get("metadata", {})


# --- 1. titles and questions fitted to what the corpus has ---------------------------------------

def test_quantities_without_pairs_asks_no_translation_question():
    s = notebook_summary(NB / "02_quantities.ipynb", NONE)
    assert s["title"] == "Quantities: what the articles count"
    assert "did the translation keep" not in s["question"]
    assert "pairs no translation with its original" in s["question"]


def test_quantities_with_pairs_keeps_the_translation_question():
    s = notebook_summary(NB / "02_quantities.ipynb", SOME)
    assert "whether the translation kept the figures" in s["title"]
    assert "did the translation keep every figure?" in s["question"]


def test_rhetoric_without_campaigns_asks_about_what_the_corpus_has():
    s = notebook_summary(NB / "03_rhetoric.ipynb", NONE)
    assert "campaign" not in s["title"].lower()
    assert "Which campaigns does each article invoke" not in s["question"]
    assert "main campaign" not in s["question"]
    assert "uses none of the campaigns of the canon" in s["question"]
    kept = notebook_summary(NB / "03_rhetoric.ipynb", SOME)
    assert kept["title"] == "Rhetoric: campaign slogans, formulae and persuasion techniques"
    assert "Which campaigns does each article invoke" in kept["question"]


def test_no_facts_means_the_notebook_as_written():
    for name in ("02_quantities.ipynb", "03_rhetoric.ipynb"):
        assert notebook_summary(NB / name) == notebook_summary(NB / name, SOME)


@pytest.mark.parametrize("name", sorted(p.name for p in NB.glob("*.ipynb")))
def test_every_replacement_still_matches_its_notebook(name):
    src, meta = _first_markdown(name)
    for fact, pairs in ((meta.get("arnews") or {}).get("without") or {}).items():
        assert fact in FACTS  # a declared fact of corpus_facts (review43 added english, documents, codebook)
        for old, new in pairs:
            assert src.count(old) == 1, (name, old)  # a reworded cell must not leave a dead replacement
            assert old != new


def test_fit_source_only_for_facts_that_are_zero():
    meta = {"arnews": {"without": {"pairs": [["kept the figures", "counted"]]}}}
    assert fit_source("# kept the figures", meta, {"pairs": 0}) == "# counted"
    assert fit_source("# kept the figures", meta, {"pairs": 2}) == "# kept the figures"
    assert fit_source("# kept the figures", meta, {}) == "# kept the figures"  # table missing: unknown
    assert fit_source("# kept the figures", {}, {"pairs": 0}) == "# kept the figures"


def test_corpus_facts_count_pairs_and_canon_campaigns(tmp_path):
    pd.DataFrame({"article_id": ["a", "b", "c"], "parallel_of": ["", "a", " "]}).to_csv(tmp_path / "articles.csv", index=False)
    pd.DataFrame({"campaign": ["", "", "tam_nong"], "surface": ["x", "y", "z"]}).to_parquet(tmp_path / "slogans.parquet")
    assert corpus_facts(tmp_path) == {"pairs": 1, "campaigns": 1}
    pd.DataFrame({"article_id": ["a"]}).to_csv(tmp_path / "articles.csv", index=False)  # no parallel_of column
    pd.DataFrame({"campaign": ["", ""], "surface": ["x", "y"]}).to_parquet(tmp_path / "slogans.parquet")
    assert corpus_facts(tmp_path) == {"pairs": 0, "campaigns": 0}


# --- 2. a cut summary table counts what its rows are ---------------------------------------------

def test_note_under_a_summary_counts_its_unit_not_rows():
    note = full_table_note("entities", 20, 8806, unit="entities")
    assert "Showing 20 of 8,806 entities" in note and "rows." not in note
    assert "summarised from the rows of the source table" in note and "<code>entities</code>" in note
    plain = full_table_note("entities", 20, 8806)
    assert "Showing 20 of 8,806 rows." in plain


def test_table_html_passes_the_unit_to_its_note():
    df = pd.DataFrame({"entity_id": ["~a", "~b", "~c"], "mentions": [9, 5, 2]})
    html = table_html(df, max_rows=2, full="entities", unit="entities")
    assert "Showing 2 of 3 entities" in html
    assert "Showing 2 of 3 rows" in table_html(df, max_rows=2, full="entities")


@pytest.mark.parametrize("name,needle", [
    ("01_topics.ipynb", 'full="entities", unit="entities"'),
    ("01_topics.ipynb", 'full="entities", unit="spellings of entities"'),
    ("03_rhetoric.ipynb", 'full="slogans", unit="distinct quoted phrases"'),
])
def test_summary_tables_of_the_notebooks_name_their_unit(name, needle):
    src = "".join("".join(c["source"]) for c in json.loads((NB / name).read_text(encoding="utf-8"))["cells"])
    assert needle in src


# --- 3. each number says what it counts -----------------------------------------------------------

def test_written_in_words_is_stated_as_a_part_of_the_measured_figures():
    src = "".join("".join(c["source"]) for c in json.loads((NB / "02_quantities.ipynb").read_text(encoding="utf-8"))["cells"])
    assert "Figures written in words: {w}." not in src
    assert "Of the same {n} measured figures, {w} are written in words alone" in src
    assert "a dual such as عامين, *two years*" in src  # in a code span the example was drawn unjoined (monospace font)


def test_writers_by_source_count_writers_mentions_and_articles():
    src = "".join("".join(c["source"]) for c in json.loads((NB / "00_corpus_overview.ipynb").read_text(encoding="utf-8"))["cells"])
    assert 'for k, v in W.source.value_counts().items()' not in src
    assert "{fmt_count(g.writer_id.nunique(), 'writer')} named {fmt_count(len(g), 'time')} in {fmt_count(g.article_id.nunique(), 'article')}" in src


def test_fmt_count_puts_the_noun_in_the_right_number():
    from arnews.plotting import fmt_count
    assert fmt_count(1, "writer") == "1 writer"  # review42 left "1 writers"
    assert fmt_count(1200, "time") == "1,200 times"
    assert fmt_count(0, "article") == "0 articles"
    assert fmt_count(2, "child", "children") == "2 children"


# --- 4. smaller tables ------------------------------------------------------------------------------

def test_lemma_is_empty_where_it_equals_the_stem():
    paras = pd.DataFrame([{"article_id": "x", "paragraph": 0, "role": "body", "lang": "ar",
                           "text": "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في المدينة"}])
    tok = tokens_frame(paras)
    assert len(tok) == 9 and (tok.stem != "").all()
    from arnews.tokens import lemma_method
    if lemma_method() == "snowball-stem":
        assert (tok.lemma == "").all()
    else:  # camel-tools: a lemma is written only where it differs from the stem
        assert (tok.lemma != tok.stem).all()


def _under_corpus():
    rows, arts = [], []
    texts = {
        "A": ["الأمطار الأمطار الأمطار الأمطار السيول السيول الطرق الطرق الطرق الدفاع المدني"],
        "B": ["المباراة الهلال النصر الدوري الطرق الطرق الطرق الطرق الطرق الطرق الملعب الجمهور"],
        "C": ["الطرق الطرق الطرق الطرق الطرق الطرق الطرق المدارس الطلاب الامتحانات الطرق"],
        "D": ["الميزانية الطرق الطرق الطرق الطرق الطرق الطرق الطرق الطرق الإنفاق الحكومة"],
    }
    for aid, paras in texts.items():
        rows += [{"article_id": aid, "paragraph": i, "role": "body", "lang": "ar", "text": t} for i, t in enumerate(paras)]
        arts.append({"article_id": aid, "lang": "ar", "language": "ar", "parallel_of": ""})
    return pd.DataFrame(rows), pd.DataFrame(arts)


def test_keyness_keeps_only_significant_under_rows_when_asked():
    p, a = _under_corpus()
    feats = T.document_features(p, a)
    everything = T.keyness(feats)
    kept = T.keyness(feats, under_p=0.05)
    under_all = everything[everything.direction == "under"]
    assert len(under_all) and (under_all.p >= 0.05).any()  # the fixture has non-significant under rows
    pd.testing.assert_frame_equal(kept[kept.direction == "over"].reset_index(drop=True),
                                  everything[everything.direction == "over"].reset_index(drop=True))
    under = kept[kept.direction == "under"]
    assert (under.p < 0.05).all()
    assert len(under) == (under_all.p < 0.05).sum()


def test_the_build_hook_uses_the_threshold():
    import importlib
    import inspect

    K = importlib.import_module("arnews.stats.keyness")  # arnews.stats.keyness is also the function's name
    ST = importlib.import_module("arnews.stats.tables")
    assert 0 < K.UNDER_P <= 0.05
    assert "under_p=UNDER_P" in inspect.getsource(ST)
