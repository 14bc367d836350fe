"""Session 50, pages as a researcher reads them: outlet names marked in the recurrent-expression and quoted-name
tables, glosses of titles and constructs, and the stated line on datelines as name mentions."""
import json
from pathlib import Path

import pandas as pd
import pytest

from arnews.plotting import md_html

NB = Path(__file__).resolve().parents[1] / "notebooks"


# --- glosses: a title before a name, a construct read with "of" ------------------------------------------------

from arnews.stats.glossary import gloss, phrase_gloss  # noqa: E402

@pytest.mark.parametrize("phrase, expected", [
    ("الملك سلمان", "≈ King Salman"),  # was 'the King Salman'
    ("الرئيس السيسي", "≈ President Sisi"),  # was 'Sisi chairman': a family name read as an adjective
    ("مركز الملك سلمان", "≈ centre of King Salman"),  # was 'centre the King Salman'
    ("الأمير محمد بن سلمان", "≈ Prince Muhammad bin Salman"),
    ("رسل السلام", "≈ messengers of peace"),
    ("دنيا الرياضة", "≈ the world of sport"),
    ("تعزيز التعاون", "≈ strengthening of cooperation"),
    ("أعضاء مجلس الإدارة", "≈ members of council of administration"),  # a chain of constructs
    ("بنسبة 5 في المائة", "≈ at a rate of 5 per cent"),  # في المائة is a phrase of its own (pages53: a figure glosses as itself)
])
def test_titles_and_constructs(phrase, expected):
    assert gloss("", "ar", phrase, vietnam=False) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("الرئيس المصري", "≈ the Egyptian president"),  # a nationality is no name: no 'President Egyptian' (pages51: الرئيس is 'the president', was 'chairman')
    ("الجهاد الإسلامي", "≈ Islamic jihad"),  # an adjective in -ic stays an adjective
    ("العمال الكردستاني", "≈ Kurdistani workers"),  # the adjective of a glossed noun (كردستان) is no family name
    ("قال الرئيس", "≈ said the president"),  # a verb heads no construct (pages51: was 'said chairman')
    ("أكد الوزير", "≈ confirmed minister"),
    ("يقل الحد الأدنى", "≈ is less limit minimum"),  # a short definite word (الحد) is no construct's head
    ("سلمان بن عبدالعزيز", "≈ Salman bin Abdulaziz"),  # a name's link is no construct: no 'bin of'
    ("السهم الذهبي", "≈ golden share"),  # noun and adjective, as before
])
def test_what_stays_as_it_was(phrase, expected):
    assert gloss("", "ar", phrase, vietnam=False) == expected


def test_a_title_needs_a_name_after_it():
    assert not gloss("", "ar", "الملك الأردني", vietnam=False).startswith("≈ King")  # a nationality: no 'King Jordanian'
    assert phrase_gloss("خادم الحرمين الشريفين الملك سلمان") == "≈ Custodian of the Two Holy Mosques King Salman"


# --- outlet names in recurrent expressions and quoted names -----------------------------------------------------

from arnews.outlets import COUNTED_REST, mark_counted, outlet_items, outlet_words  # noqa: E402

ARTICLES = pd.DataFrame({"article_id": ["aawsat_1", "aawsat_2", "okaz_1", "okaz_2"],
                         "outlet": ["aawsat", "aawsat", "okaz", "okaz"]})


def _outlets():
    return pd.Series({"aawsat_1": "aawsat", "aawsat_2": "aawsat", "okaz_1": "okaz", "okaz_2": "okaz"})


def test_a_recurrent_expression_that_names_an_outlet_is_marked_with_its_share_there():
    words = outlet_words(ARTICLES)
    phr = pd.DataFrame({"rank": [1, 2], "phrase": ["الشرق الأوسط", "وزير الخارجية"], "gloss": ["Middle East", "foreign minister"]})
    occ = pd.DataFrame({"rank": [1, 1, 1, 2], "article_id": ["aawsat_1", "aawsat_2", "okaz_1", "okaz_2"], "count": [3, 2, 4, 5]})
    out = mark_counted(phr, words, occ, "rank", surface="phrase", outlets=_outlets(), count="count")
    assert out.gloss.tolist() == ["Middle East; also the name of the outlet Asharq Al-Awsat: 5 of its 9 occurrences in its own articles",
                                  "foreign minister"]
    assert out.outlet_name.tolist() == ["Asharq Al-Awsat", ""]
    assert outlet_items(out, "phrase") == ["الشرق الأوسط (Asharq Al-Awsat)"]
    assert len(out) == 2  # marked, never dropped


def test_a_quoted_outlet_name_without_a_gloss_gets_the_note_alone():
    words = outlet_words(ARTICLES)
    nt = pd.DataFrame({"variant": ["عكاظ", "داعش"], "example": ["«عكاظ»", "داعش"], "gloss": ["", "ISIS"]})
    rows = pd.DataFrame({"variant": ["عكاظ", "عكاظ", "عكاظ", "داعش"], "article_id": ["okaz_1", "okaz_2", "aawsat_1", "okaz_1"]})
    out = mark_counted(nt, words, rows, "variant", surface="example", outlets=_outlets(), unit="quotes")
    assert out.gloss.tolist() == ["Also the name of the outlet Okaz: 2 of its 3 quotes in its own articles", "ISIS"]
    assert mark_counted(nt, {}, rows, "variant", surface="example") is nt  # no outlet known: unchanged


def test_the_notebooks_mark_outlets_in_both_tables():
    topics = "".join("".join(c["source"]) for c in json.loads((NB / "01_topics.ipynb").read_text(encoding="utf-8"))["cells"])
    rhetoric = "".join("".join(c["source"]) for c in json.loads((NB / "03_rhetoric.ipynb").read_text(encoding="utf-8"))["cells"])
    assert 'mark_counted(phr.head(25), OUTLET_WORDS, col, "rank"' in topics
    assert 'surface="example", outlets=article_outlets(articles), unit="quotes")' in rhetoric
    assert "COUNTED_REST" in topics and "COUNTED_REST" in rhetoric
    assert "An outlet names itself" in COUNTED_REST


# --- datelines as name mentions -----------------------------------------------------------------------------------

from arnews.mention_roles import dateline_sentence, mention_roles  # noqa: E402

ENTS = pd.DataFrame({"article_id": ["a1", "a1", "a2", "a2", "a3"], "paragraph": [1, 2, 1, 3, 1],
                     "surface": ["جدة", "جدة", "واس", "الرياض", "جدة"], "role": ["dateline", "body", "dateline", "title", "dateline"]})
PARAS = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a3"], "paragraph": [1, 1, 1, 2],
                      "role": ["dateline", "dateline", "dateline", "body"],
                      "text": ["جدة – محرر الشؤون المحلية", "واس – الرياض", "جدة – خاص", "نص"]})


def test_dateline_mentions_are_counted_and_said_so():
    f = mention_roles(ENTS, PARAS)
    assert (f["mentions"], f["dateline"], f["blocks"], f["top"]) == (5, 3, 3, [("جدة", 2), ("واس", 1)])
    assert f["example"] == "جدة – محرر الشؤون المحلية"  # the first dateline that holds the most frequent name
    html = md_html(*dateline_sentence(f)[:1], **dateline_sentence(f)[1])
    assert "Datelines count as name mentions" in html and ">3</bdi></strong> of the <bdi" in html
    assert "stand in titles" in html and "The counts of the tables above include them" in html


def test_the_names_page_states_it():
    topics = "".join("".join(c["source"]) for c in json.loads((NB / "01_topics.ipynb").read_text(encoding="utf-8"))["cells"])
    assert "dateline_sentence(mention_roles(ents, paragraphs))" in topics


def test_no_dateline_mention_is_said_too():
    ents = ENTS[ENTS.role != "dateline"]
    t, v = dateline_sentence(mention_roles(ents, PARAS))
    assert md_html(t, **v).startswith("<p>Datelines are read for names, but none of the")
    assert ">3 dateline blocks</bdi>:" in md_html(t, **v)
    t, v = dateline_sentence(mention_roles(ents, PARAS[PARAS.role != "dateline"]))
    assert "This corpus has no dateline blocks" in md_html(t, **v)
    t, v = dateline_sentence(mention_roles(ents, PARAS.iloc[:1]))
    assert ">1 dateline block</bdi>:" in md_html(t, **v)  # the noun in the right number


# --- the enemy-framing marker سيئ* 'bad' is not the places سيئون (Seiyun) and سيئول (Seoul) ------------------------

def test_bad_is_not_seiyun_or_seoul():
    from arnews import kwic
    from arnews.rhetoric import find_markers, marker_regex

    text = "وصل الوفد إلى مدينة سيئون ثم زار سيئول، وقال إن الوضع سيئ وإن القرارات كانت سيئة"
    assert [h.surface for h in find_markers(text, "ar")] == ["سيئ", "سيئة"]
    assert [h.surface for h in find_markers("وعدن وسيئون وقرار وسيئ", "ar")] == ["وسيئ"]  # a clitic on the word is kept
    rx = marker_regex("سيئ*")
    assert rx and marker_regex("جميع") is None  # a phrase marker has no pattern of its own
    assert kwic(text, rx, regex=True).match.tolist() == ["سيئ", "سيئة"]  # the page's concordance of the marker
    rhetoric = "".join("".join(c["source"]) for c in json.loads((NB / "03_rhetoric.ipynb").read_text(encoding="utf-8"))["cells"])
    assert "kwic(paragraphs, own_rx, window=6, regex=True) if own_rx" in rhetoric


# --- counted nouns of the quantities page without a gloss ----------------------------------------------------------

def test_counted_nouns_get_their_gloss():
    from arnews.stats.glossary import gloss_label

    assert gloss_label("مقاتل") == ("مقاتل (fighter)", "glossary")  # 300 مقاتل: no gloss before
    assert gloss_label("مهاجر") == ("مهاجر (migrant)", "glossary")
    assert "fighter" not in gloss_label("مقاتلات")[0]  # its own form only (part 6): مقاتلات is fighter jets, not read through مقاتل
