"""arnews.translation: did the Arabic translation keep every figure of the English original?"""
from __future__ import annotations

import pandas as pd
import pytest

from arnews.quantities import quantities_table
from arnews.translation import (
    BLOCK_COLUMNS,
    QUANTITY_COLUMNS,
    align_blocks,
    parallel_pairs,
    translation_tables,
)

AR = "000_42c2ea3f6fae67de"
EN = "001_3a6d1ffa8fd99e60"
# English body block -> Arabic body block (the English page adds a title, a dateline and captions)
BODY_MAP = [(2, 0), (3, 1), (4, 2), (7, 3), (8, 4), (9, 5), (12, 6), (13, 7), (14, 8)]


def frames(*arts, parallel=None):
    from arnews.build import paragraphs_frame

    paragraphs = pd.concat([paragraphs_frame(a) for a in arts], ignore_index=True)
    articles = pd.DataFrame(
        [{"article_id": a.article_id, "language": a.meta["language"], "lang": a.meta["language"],
          "parallel_of": (parallel or {}).get(a.article_id, "")} for a in arts]
    )
    return paragraphs, articles


def run(paragraphs, articles):
    tables = {"paragraphs": paragraphs, "articles": articles, "quantities": quantities_table(paragraphs, articles)}
    out = translation_tables(tables)
    return out["translation_quantities"], out["translation_blocks"]


@pytest.fixture(scope="module")
def pair(seeds):
    return frames(seeds["000"], seeds["001"], parallel={EN: AR})


def test_seed_pair_keeps_every_figure(pair):
    tq, tb = run(*pair)
    assert list(tq.columns) == QUANTITY_COLUMNS and list(tb.columns) == BLOCK_COLUMNS
    assert tq.status.value_counts().to_dict() == {"matched": 29}
    assert set(tq.a_article) == {EN} and set(tq.b_article) == {AR}  # the English original is side a
    assert set(tq.a_lang) == {"en"} and set(tq.b_lang) == {"ar"}
    assert (tq.note.fillna("") == "").all()  # nothing moved, no approximation dropped
    # matched figures sit in aligned paragraphs, in order
    assert set(zip(tq.a_paragraph, tq.b_paragraph)) <= set(BODY_MAP)
    rows = {r.a_surface: r.b_surface for r in tq.itertuples()}
    assert rows["3,411 party members"] == "3411 عضوًا للحزب"
    assert rows["first 9 months of 2024"] == "الأشهر التسعة الأولى من عام 2024"  # words = digits
    assert rows["2 years"] == "عامين"  # dual = digits
    assert rows["more than 95% of people"] == "لأكثر من 95% من الناس"
    assert rows["Directive No. 01/CT-TTg"] == "التوجيه رقم 01/CT-TTg"


def test_seed_pair_blocks(pair):
    tq, tb = run(*pair)
    aligned = tb[tb.status == "aligned"]
    assert list(zip(aligned.a_paragraph, aligned.b_paragraph)) == BODY_MAP
    assert (aligned.a_role == "body").all() and (aligned.b_role == "body").all()
    missing = tb[tb.status == "missing_in_ar"]
    assert list(zip(missing.a_paragraph, missing.a_role)) == [
        (0, "title"), (1, "dateline"), (5, "caption"), (6, "caption"), (10, "caption"), (11, "caption"),
    ]
    assert (tb.status != "missing_in_en").all()
    assert aligned.shared_figures.sum() > 30


def _mutate(art, paragraph, old, new):
    import copy

    a = copy.deepcopy(art)
    for b in a.blocks:
        if b["paragraph"] == paragraph:
            assert old in b["text"]
            b["text"] = b["text"].replace(old, new)
    return a


def test_changed_missing_and_extra_figures(seeds):
    ar = seeds["000"]
    ar = _mutate(ar, 1, "تم قبول 368 عضوًا", "تم قبول 386 عضوًا")  # a typo in the translation
    ar = _mutate(ar, 3, "أكثر من 100 جلسة", "100 جلسة")  # approximation dropped
    ar = _mutate(ar, 7, "على 1490 أسرة", "على 1490 أسرة و12 قرية")  # a figure the original lacks
    ar = _mutate(ar, 6, "، هناك 585 مواطنًا من الأقليات العرقية", "")  # a figure dropped
    tq, _ = run(*frames(ar, seeds["001"], parallel={EN: AR}))
    counts = tq.status.value_counts().to_dict()
    assert counts == {"matched": 27, "changed": 1, "missing_in_ar": 1, "missing_in_en": 1}
    changed = tq[tq.status == "changed"].iloc[0]
    assert (changed.a_surface, changed.b_surface, changed.note) == ("368 party members", "386 عضوًا للحزب", "368 -> 386")
    assert (changed.value, changed.b_value) == (368, 386)
    gone = tq[tq.status == "missing_in_ar"].iloc[0]
    assert (gone.a_surface, gone.b_surface) == ("585", "") and pd.isna(gone.b_paragraph)
    extra = tq[tq.status == "missing_in_en"].iloc[0]
    assert extra.b_surface == "12 قرية" and extra.a_surface == "" and pd.isna(extra.a_paragraph)
    dropped = tq[tq.a_surface == "more than 100 sessions"].iloc[0]
    assert dropped.status == "matched" and dropped.note == "approx: more_than -> none"


def test_a_paragraph_missing_from_the_translation(seeds):
    import copy

    ar = copy.deepcopy(seeds["000"])
    ar.blocks = [b for b in ar.blocks if b["paragraph"] != 6]  # drop the conscription paragraph
    tq, tb = run(*frames(ar, seeds["001"], parallel={EN: AR}))
    missing_blocks = tb[tb.status == "missing_in_ar"]
    assert 12 in set(missing_blocks.a_paragraph)  # its English counterpart is reported missing
    aligned = tb[tb.status == "aligned"]
    assert list(zip(aligned.a_paragraph, aligned.b_paragraph)) == [m for m in BODY_MAP if m[1] != 6]
    lost = tq[tq.status == "missing_in_ar"]
    assert sorted(lost.a_surface) == ["1,950 citizens", "2023", "585"]
    assert (tq.status.isin(["matched", "missing_in_ar"])).all()


def test_moved_figure_is_matched_with_a_note(seeds):
    en = _mutate(seeds["001"], 14, "With strong implementation solutions", "With 7 strong implementation solutions")
    ar = _mutate(seeds["000"], 0, "تقع معظم مناطق", "تقع 7 من معظم مناطق")
    tq, _ = run(*frames(ar, en, parallel={EN: AR}))
    row = tq[tq.a_surface.str.startswith("7 ")].iloc[0]
    assert row.status == "matched" and row.note.startswith("moved")


def test_orientation_and_pairs():
    articles = pd.DataFrame(
        [
            {"article_id": "ar1", "lang": "ar", "parallel_of": "en1"},  # the Arabic side names the link
            {"article_id": "en1", "lang": "en", "parallel_of": ""},
            {"article_id": "ar2", "lang": "ar", "parallel_of": "gone"},  # target not in the corpus
            {"article_id": "en3", "lang": "en", "parallel_of": "ar3"},
            {"article_id": "ar3", "lang": "ar", "parallel_of": "en3"},  # linked both ways: one pair
        ]
    )
    assert parallel_pairs(articles) == [("en1", "ar1"), ("en3", "ar3")]
    assert parallel_pairs(articles.drop(columns=["parallel_of"])) == []


def test_pair_from_own_sentences():
    paragraphs = pd.DataFrame(
        [
            {"article_id": "e", "paragraph": 0, "role": "title", "lang": "en", "text": "Quang Ninh admits new party members"},
            {"article_id": "e", "paragraph": 1, "role": "body", "lang": "en",
             "text": "In the first six months of the year, the province admitted 1,250 party members, about 30% of them women."},
            {"article_id": "e", "paragraph": 2, "role": "body", "lang": "en",
             "text": "Over two years, twenty-five communes met the new rural criteria under Resolution No. 03-NQ/TU."},
            {"article_id": "a", "paragraph": 0, "role": "body", "lang": "ar",
             "text": "في الأشهر الستة الأولى من العام، قبلت المقاطعة ١٬٢٥٠ عضوًا في الحزب، نحو ٣٠٪ منهم من النساء."},
            {"article_id": "a", "paragraph": 1, "role": "body", "lang": "ar",
             "text": "وعلى مدى عامين، استوفت خمس وعشرون بلدية معايير الريف الجديد بموجب القرار رقم 03-NQ/TU."},
            {"article_id": "a", "paragraph": 2, "role": "boilerplate", "lang": "ar", "text": "تعليق (0)"},
        ]
    )
    articles = pd.DataFrame([{"article_id": "a", "lang": "ar", "parallel_of": "e"}, {"article_id": "e", "lang": "en", "parallel_of": ""}])
    tq, tb = run(paragraphs, articles)
    assert tq.status.tolist() == ["matched"] * 6
    assert tq.kind.tolist() == ["period", "count", "percent", "duration", "count", "doc_code"]
    assert tb.status.tolist() == ["missing_in_ar", "aligned", "aligned"]


def test_no_pairs_gives_empty_tables_with_columns(seeds):
    paragraphs, articles = frames(seeds["002"], seeds["003"])
    tq, tb = run(paragraphs, articles)
    assert len(tq) == 0 and list(tq.columns) == QUANTITY_COLUMNS
    assert len(tb) == 0 and list(tb.columns) == BLOCK_COLUMNS
    out = translation_tables({})
    assert set(out) == {"translation_quantities", "translation_blocks"}


def test_align_blocks_prefers_gaps_to_bad_pairs():
    def blk(chars, role="body", anchors=()):
        return {"chars": chars, "role": role, "anchors": set(anchors)}

    a = [blk(600, anchors={1, 2}), blk(120, "caption"), blk(500, anchors={3}), blk(400)]
    b = [blk(560, anchors={1, 2}), blk(470, anchors={3}), blk(380)]
    steps = align_blocks(a, b)
    assert [(ia, ib) for ia, ib, _ in steps] == [([0], [0]), ([1], []), ([2], [1]), ([3], [2])]
    # a translation that merged two paragraphs
    a = [blk(300, anchors={1}), blk(300, anchors={2}), blk(500, anchors={3})]
    b = [blk(560, anchors={1, 2}), blk(480, anchors={3})]
    assert [(ia, ib) for ia, ib, _ in align_blocks(a, b)] == [([0, 1], [0]), ([2], [1])]


def test_built_tables_have_the_fidelity_of_the_seed_pair(tables):
    tq = tables["translation_quantities"]
    pair = tq[(tq.a_article == EN) & (tq.b_article == AR)]
    assert len(pair) == 29 and (pair.status == "matched").all()
    tb = tables["translation_blocks"]
    assert (tb[tb.a_article == EN].status == "missing_in_ar").sum() == 6
    q = tables["quantities"]
    assert q.groupby("article_id").size().to_dict()[AR] == 29
