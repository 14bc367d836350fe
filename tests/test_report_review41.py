"""Session 41 review of the rendered report (review41): bounded tables and prose that
holds on a corpus without the feature it talks about.  Hand-made articles only."""
from __future__ import annotations

import re

import pandas as pd

from arnews.entities import CANDIDATE_COLS, entity_candidates
from arnews.entities.table import CANDIDATE_ARTICLES


def _articles(n: int) -> pd.DataFrame:
    rows = [{"article_id": f"art{i:03d}", "paragraph": 0, "role": "body", "lang": "ar",
             "text": f"وقع الطرفان اتفاقية مع شركة QZXR في الجلسة رقم {i} بحضور عدد من المسؤولين {'و' * (i % 3)}"}
            for i in range(n)]
    return pd.DataFrame(rows)


def test_candidate_articles_column_is_a_bounded_sample_with_a_count():
    c = entity_candidates(_articles(12))
    assert list(c.columns) == CANDIDATE_COLS
    row = c.set_index("surface").loc["QZXR"]
    assert row.n_articles == 12 and row.n == 12
    ids = row.articles.split(";")
    # the first CANDIDATE_ARTICLES ids in id order, the first occurrence's article among them
    assert ids == [f"art{i:03d}" for i in range(CANDIDATE_ARTICLES)]
    assert row.article_id == ids[0]


def test_candidate_articles_column_lists_every_article_below_the_bound():
    c = entity_candidates(_articles(3)).set_index("surface")
    assert c.loc["QZXR", "articles"] == "art000;art001;art002" and c.loc["QZXR", "n_articles"] == 3


def test_candidate_kinds_are_explained():
    from arnews.entities.table import _KIND, CANDIDATE_KINDS

    # every kind the table writes has a line in the legend the topics page shows
    assert set(_KIND.values()) <= set(CANDIDATE_KINDS)
    c = entity_candidates(_articles(4))
    assert set(c.kind) <= set(CANDIDATE_KINDS)
    assert all(v and v[0].islower() for v in CANDIDATE_KINDS.values())
    # English only: a cell with an Arabic word is laid out right to left and its English reversed
    assert not any(re.search("[\u0600-\u06ff]", v) for v in CANDIDATE_KINDS.values())


def test_index_leaves_out_a_metadata_column_no_article_fills(tmp_path):
    from arnews.report import _articles_section

    rows = [{"article_id": f"a{i}", "language": "ar", "outlet": "okaz", "province": "", "published": "2015-08-01",
             "title": "عنوان", "n_body": "3", "words_body": "120"} for i in range(3)]
    (tmp_path / "articles.csv").write_text(pd.DataFrame(rows).to_csv(index=False), encoding="utf-8")
    html = _articles_section(tmp_path, None)
    assert "<th>province</th>" not in html and "<th>outlet</th>" in html and "<th>published</th>" in html
    assert "No article gives a province" in html
    assert html.count("<td") == 3 * 7  # seven columns a row
    rows[0]["province"] = "الرياض"
    (tmp_path / "articles.csv").write_text(pd.DataFrame(rows).to_csv(index=False), encoding="utf-8")
    html = _articles_section(tmp_path, None)
    assert "<th>province</th>" in html and "No article gives" not in html


def test_md_keeps_the_count_after_an_arabic_word():
    from arnews.plotting import md_html

    html = md_html("Nouns: {u}.", u=[("بلد (country)", "105"), ("مباراة (match)", "83")])
    # each part isolated on its own: the count is a left-to-right value after the Arabic one
    assert '<bdi lang="ar" dir="rtl">' in html
    assert '</bdi>: <bdi dir="auto">105</bdi>, ' in html and '<bdi dir="auto">83</bdi>' in html
    # a plain string item is still one isolate (its count would go to the left of the Arabic word)
    one = md_html("Nouns: {u}.", u=["بلد (country): 105"])
    assert ": 105</bdi>" in one


def test_sample_note_only_when_the_hook_read_a_sample():
    from arnews.labels import sample_note

    every = {"corpus_level_sample": {"articles": 2000, "of": 2000, "rule": "all articles",
                                     "read_by": ["entity_candidates", "formulae"]}}
    assert sample_note(every, "entity_candidates") == "" and sample_note({}, "formulae") == ""
    part = {"corpus_level_sample": {"articles": 4100, "of": 15828, "rule": "hash(article_id) < 0.2600, plus parallel pairs",
                                    "read_by": ["translation", "entity_candidates", "formulae"]}}
    note = sample_note(part, "entity_candidates")
    assert "4,100 of the 15,828 articles" in note and "counts in that sample" in note
    assert sample_note(part, "keyness") == ""


def test_notebooks_state_what_they_read():
    import json

    from arnews.lexicons import notebooks_dir

    def source(name):
        nb = json.loads((notebooks_dir() / name).read_text(encoding="utf-8"))
        return "".join("".join(c["source"]) for c in nb["cells"])

    topics, rhetoric = source("01_topics.ipynb"), source("03_rhetoric.ipynb")
    # the entities section no longer claims four values of `source` (snn2000: sixteen)
    assert "four sources (the `source` column" not in topics
    assert 'sample_note(T.info, "entity_candidates")' in topics and "CANDIDATE_KINDS" in topics
    assert 'sample_note(T.info, "formulae")' in rhetoric
    # the closing-directives section says whether the pattern holds in the corpus at hand
    assert "is not typical of this corpus" in rhetoric


def test_notebook_prose_holds_without_the_feature():
    import json

    from arnews.lexicons import notebooks_dir

    def source(name):
        nb = json.loads((notebooks_dir() / name).read_text(encoding="utf-8"))
        return "".join("".join(c["source"]) for c in nb["cells"])

    quantities, topics, rhetoric = source("02_quantities.ipynb"), source("01_topics.ipynb"), source("03_rhetoric.ipynb")
    # seeds: 28% "have no gloss at all" were English nouns, which need none; the shares are of the Arabic nouns
    assert "counted figures with an Arabic noun" in quantities and "(counted.gloss_from == \"\").mean()" not in quantities
    # the learned names carry English: the name the entities table gives the surface, the cue's gloss
    assert '"name (English)"' in topics and "cue_label" in topics  # (the cue as written with its gloss: pages51)
    # seeds: "the most frequent enemy-framing marker" was one of 17 tagged once each
    assert "enemy-framing markers tagged" in rhetoric


def test_md_of_a_tuple_list_with_english_first_part():
    from arnews.plotting import md_html

    html = md_html("Outlets: {o}.", o=[("alriyadh", "323"), ("عكاظ", "192"), "and 2 more"])
    assert html.index("alriyadh") < html.index("323") < html.index("عكاظ") < html.index("192") < html.index("and 2 more")


def test_header_keeps_a_short_english_gloss_on_one_line():
    from arnews.plotting import _head

    h = _head("دولار (US dollar)")
    assert '<bdi dir="ltr" style="white-space:nowrap">(US dollar)</bdi>' in h and h.startswith('<th dir="rtl"')
    assert "nowrap" not in _head("كلمة (" + "a very long English gloss that may wrap" + ")")
