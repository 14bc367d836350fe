"""pages59: what the snn2000 pages said that was false or misleading (read in Chromium against the numbers shown): a
money median written nowhere in the text, directives of a two- or three-paragraph body counted in its 'middle third',
the marker lexicon's curator notes (and the Vietnamese 'Fatherland Front') in the rhetoric page's gloss columns, topic
stems glossed 'legitimate' (المشروعات) and 'continues' (التواصل).  Sentences written for these tests in the style of
Saudi dailies."""
import json
from pathlib import Path

import pandas as pd

NB = Path(__file__).resolve().parents[1] / "notebooks"


def _source(name) -> str:
    return "".join("".join(c["source"]) for c in json.loads((NB / name).read_text(encoding="utf-8"))["cells"])


# --- 1. the median amount is one the text writes ------------------------------------------------------------------------

def test_the_median_of_an_even_number_of_amounts_is_the_lower_middle_one_and_is_written():
    from arnews.page_examples import median_at, written_median

    money = pd.DataFrame({"currency": ["EUR", "EUR", "EUR", "EUR", "RUB", "RUB"],
                          "article_id": ["aleqtisadiya_1", "aawsat_2", "aawsat_3", "alriyadh_4", "aljazirah_5", "aljazirah_5"],
                          "paragraph": [2, 5, 1, 3, 4, 4],
                          "surface": ["1.5 مليون يورو", "5.6 مليون يورو", "6 ملايين يورو", "127.5 مليار يورو",
                                      "192 ألف روبل", "197 ألف روبل"],
                          "value": [1.5e6, 5.6e6, 6e6, 127.5e9, 192e3, 197e3]})
    med = money.groupby("currency").value.agg(written_median)
    assert med["EUR"] == 5.6e6 and med["RUB"] == 192e3  # was 5,800,000 and 194,500: amounts no article writes
    near = median_at(money.groupby("currency"), money.value)
    assert near["EUR"] == ("5.6 مليون يورو", "aawsat_2, paragraph 5")
    assert near["RUB"][0] == "192 ألف روبل"
    assert written_median(pd.Series([3.05, float("nan"), 1.0, 20e9])) == 3.05  # NaN (an implausible reading) left out
    assert pd.isna(written_median(pd.Series([float("nan")])))


def test_the_money_table_median_is_the_written_one():
    src = _source("02_quantities.ipynb")
    assert 'median=("plausible", written_median)' in src and 'median=("plausible", "median")' not in src
    assert "(of an even number, the lower middle one)" in src


# --- 2. thirds of a body only where it has three paragraphs or more -------------------------------------------------------

def _body(n_paragraphs: dict) -> pd.DataFrame:
    text = "وأكد مدير عام الشؤون الصحية بمنطقة جازان أنه يجب على جميع المستشفيات رفع درجة الاستعداد"
    return pd.DataFrame([(a, p + 1, text) for a, n in n_paragraphs.items() for p in range(n)],
                        columns=["article_id", "paragraph", "text"])


def test_the_last_of_three_body_paragraphs_is_the_closing_third():
    from arnews.page_examples import body_thirds

    t = body_thirds(_body({"okaz_3": 3, "sabq_1": 1, "sabq_2": 2, "alwatan_4": 4, "alriyadh_6": 6}))
    third = t.groupby("article_id").third.apply(list).to_dict()
    assert third["okaz_3"] == ["opening", "middle", "closing"]  # was opening, opening, middle: no closing paragraph
    assert third["alwatan_4"] == ["opening", "middle", "middle", "closing"]
    assert third["alriyadh_6"] == ["opening", "opening", "middle", "middle", "closing", "closing"]
    # one or two body paragraphs (sabq prints a story as one block) have no opening, middle and closing third
    assert third["sabq_1"] == [""] and third["sabq_2"] == ["", ""]  # the second of two was 'middle'
    assert list(t.columns) == ["article_id", "paragraph", "text", "third"] and len(t) == 16


def test_the_closing_section_uses_the_thirds_and_says_what_it_leaves_out():
    src = _source("03_rhetoric.ipynb")
    assert "body_thirds(paragraphs[paragraphs.role == \"body\"]" in src
    assert 'pd.cut(body["rank"] / body["n"]' not in src
    assert "with fewer than {m} body paragraphs (no opening, middle and closing third)" in src


# --- 3. a marker's gloss without the curator's matching notes --------------------------------------------------------------

def test_marker_glosses_lose_their_matching_notes_and_keep_their_senses():
    from arnews.lexicons import read_lexicon
    from arnews.page_examples import marker_gloss

    glosses = {r["marker"]: r["gloss"] for r in read_lexicon("rhetoric_markers.csv") if r["lang"] == "ar"}
    assert "Fatherland Front" in glosses["الوطن"]  # the note is the lexicon's (the matching rule), not the page's
    assert marker_gloss(glosses["الوطن"]) == "the fatherland"
    assert marker_gloss(glosses["سيئ*"]) == "bad"  # beside 'the bad' of السيئ in the enemy-framing concordance
    assert marker_gloss(glosses["السعادة"]) == "happiness, the value"
    assert marker_gloss(glosses["بناء"]) == "build (directive opener)"
    assert marker_gloss(glosses["المتقدمة"]) == "advanced / progressive (feminine: the advanced countries, techniques)"
    assert marker_gloss("focus (on) (directive opener)") == "focus (on) (directive opener)"
    assert marker_gloss("discontent (the disgruntled)") == "discontent (the disgruntled)"
    for g in glosses.values():
        shown = marker_gloss(g)
        assert shown and "(not " not in shown and "(also " not in shown and "Fatherland Front" not in shown, shown


def test_the_rhetoric_page_shows_marker_glosses_through_marker_gloss():
    src = _source("03_rhetoric.ipynb")
    assert "from arnews.page_examples import marker_gloss" in src
    assert 'mk.assign(gloss=mk.gloss.map(marker_gloss))' in src  # the markers-per-technique table
    assert 'conc["gloss"] = conc.gloss.map(marker_gloss)' in src  # the enemy-framing concordance
    assert "conc.gloss.map(marker_gloss)" in src.split("Directives in the closing third")[0]


# --- 4. topic stems of Saudi news glossed as they read there -----------------------------------------------------------------

def test_topic_stems_of_projects_social_media_and_the_media_are_glossed_as_nouns():
    from arnews.stats.glossary import gloss

    # «وتشمل المشروعات إنشاء طريق ...», «مواقع التواصل الاجتماعي», «وسائل الإعلام»
    assert gloss("المشروعات", surface="المشروعات", vietnam=False) == "the projects"  # was 'legitimate' (base of المشروعة)
    assert gloss("للمشروعات", surface="للمشروعات", vietnam=False) == "the projects"
    assert gloss("المشروعة", surface="المشروعة", vietnam=False) == "legitimate"  # the adjective keeps its sense
    assert gloss("التواصل", surface="التواصل", vietnam=False).split(";")[0] == "communication"  # was 'continues'
    assert gloss("الإعلام", surface="الإعلام", vietnam=False).split(";")[0] == "the media"  # was 'information'


# --- 5. discovered campaigns are candidates --------------------------------------------------------------------------------

def test_discovered_campaigns_are_called_candidates():
    src = _source("03_rhetoric.ipynb")
    assert "recurrent candidates for campaigns, slogans or named initiatives were found" in src
    assert "recurrent campaigns, slogans or named initiatives were found" not in src
    assert "They are candidates, not findings" in src


def test_the_directives_per_outlet_say_how_many_articles_stand_behind_each_rate():
    src = _source("03_rhetoric.ipynb")
    assert 'assign(articles=n_art.values)' in src  # sabq's closing third, 5.2 per 1,000 words, was one article's
    assert 'view.rename(index=lambda g: f"{g} (n={n_art[g]:,})")' in src


# --- 6. the per-outlet distinctive words keep an outlet's mark ------------------------------------------------------------

def test_a_shortened_gloss_keeps_the_outlet_mark_the_note_promises():
    import pandas as pd

    from arnews.outlets import keep_outlet_mark, mark_outlets

    words = {"الرياض": ("alriyadh", "Al Riyadh", "word")}  # a place that is also the daily's name (outlet_words' shape)
    rows = pd.DataFrame({"surface": ["الرياض", "جازان"], "gloss": ["Riyadh", "Jizan"]})
    marked = mark_outlets(rows, words, outlet=pd.Series(["3alyoum", "3alyoum"]))  # عين اليوم – الرياض: not the daily's article
    full = marked.gloss.iloc[0]
    assert full == "Riyadh; also the name of the outlet Al Riyadh"
    assert keep_outlet_mark("Riyadh", full) == full  # the per-outlet table's first sense lost the mark
    assert keep_outlet_mark("Jizan", "Jizan") == "Jizan"
    assert keep_outlet_mark("", "also the name of the outlet Sabq") == "also the name of the outlet Sabq"
    assert keep_outlet_mark("outlet: Sabq", "outlet: Sabq (the article's own outlet)") == "outlet: Sabq"
    src = _source("01_topics.ipynb")
    assert "keep_outlet_mark(short_gloss(gl, 30), gl)" in src
