"""pages49: the rendered report pages are traceable on paper and say what a word is.  Article ids are shown
(not only in tooltips) wherever a page names an article: under a label in a table cell, after a label in a
sentence, on a chart's label; the names of the corpus's own outlets among the distinctive words are marked and
stated (سبق in Sabq's articles is the outlet, not 'preceded'); an Arabic URL slug keeps its place in the URL;
a word-by-word gloss puts English adjectives before their noun.  The small corpus below is written here, in the
style of Saudi news (no SaudiNewsNet text)."""
import html as htmllib
import re
from pathlib import Path

import pandas as pd
import pytest
from report_checks import build_and_render

from arnews.labels import label
from arnews.outlets import MARK, mark_outlets, outlet_note, outlet_of, outlet_words
from arnews.plotting import md_html, plot_label, table_html, tick_label, url_html, with_id
from arnews.stats.glossary import adjectives_first, gloss

ROOT = Path(__file__).resolve().parents[1]


def _plain(html: str) -> str:
    """The text a reader sees (a print, a screenshot): tags and tooltips gone."""
    html = re.sub(r"<details.*?</details>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", htmllib.unescape(re.sub(r"<[^>]+>", " ", html)))


def _arts():
    # two articles of one outlet: the ids' first parts are not unique, so the labels do not start with them
    return pd.DataFrame({"article_id": ["okaz_2016-03-01_0007", "sabq_2016-03-02_0008", "alriyadh_2016-03-03_0009", "okaz_2016-03-04_0010"],
                         "title": ["افتتاح مركز صحي في حي الصفا", "المرور يضبط سائقا متهورا", "أمانة الرياض تزرع ألف شجرة", "جامعة تستقبل طلابها"],
                         "outlet": ["okaz", "sabq", "alriyadh", "okaz"],
                         "published": ["2016-03-01", "2016-03-02", "2016-03-03", "2016-03-04"]})


# --- 1. article ids visible -------------------------------------------------------------------------------

def test_a_table_of_article_labels_shows_each_id_in_its_text():
    lab = label(_arts())
    html = table_html(pd.DataFrame({"article": lab.values, "figures": [3, 1, 2, 5]}))
    text = _plain(html)
    for aid in lab.index:
        assert aid in text, aid                       # visible, not only title="..." (a print has no tooltips)
    plain = table_html(pd.DataFrame({"word": ["الشرطة"], "n": [4]}))
    assert "arnews-aid" not in plain                  # a cell that is no article label gets no id line


def test_a_sentence_naming_an_article_names_its_id():
    lab = label(_arts())
    text = _plain(md_html("Most distinctive word of `{a}`: **{w}**.", a=lab["sabq_2016-03-02_0008"], w="المرور"))
    assert "[sabq_2016-03-02_0008]" in text
    assert "[" not in _plain(md_html("Word of `{a}`.", a="المرور يضبط سائقا (sabq, 2016-03-02)"))  # no label: no id


def test_a_chart_label_carries_the_id():
    lab = label(_arts())
    t = plot_label(lab["okaz_2016-03-01_0007"], 12)
    assert t.endswith("\nokaz_2016-03-01_0007")       # the id holds the outlet and date: it replaces the bracket
    assert "okaz_2016-03-01_0007" in tick_label(lab["okaz_2016-03-01_0007"], 60)
    assert with_id("شارع القصيدة\n(okaz, 2016-03-01)", "x_001_abc").endswith("(okaz, 2016-03-01)\nx_001_abc")
    assert with_id("001 (ar, Quảng Ninh)", "001_3a6d") == "001 (ar, Quảng Ninh)"   # a unique id prefix already shown
    assert plot_label("وزير الصحة يفتتح مستشفى جديدا في جدة (okaz, 2016-03-09)", 12).endswith("\n(okaz, 2016-03-09)")


# --- 2. the corpus's outlet names marked --------------------------------------------------------------------

def test_outlet_names_are_marked_in_their_own_articles_and_noted_elsewhere():
    words = outlet_words(_arts())
    assert outlet_of("سبق", words)[:2] == ("sabq", "Sabq")
    assert outlet_of("لعكاظ", words)[0] == "okaz"     # one proclitic
    assert outlet_of("سبقت", words) is None and outlet_of("الوطن", words) is None  # alwatan is no outlet here
    kw = pd.DataFrame({"article_id": ["sabq_2016-03-02_0008", "okaz_2016-03-01_0007", "okaz_2016-03-01_0007", "alriyadh_2016-03-03_0009"],
                       "surface": ["سبق", "سبق", "المرور", "الرياض"],
                       "gloss": ["preceded; previously", "preceded; previously", "traffic", "Riyadh"]})
    out = mark_outlets(kw, words, outlet=kw.article_id.str.split("_").str[0])
    assert out.gloss.tolist() == [f"{MARK}Sabq (the article's own outlet)",
                                  "preceded; previously; also the name of the outlet Sabq",
                                  "traffic",
                                  "Riyadh; also the name of the outlet Al Riyadh"]   # a place keeps its own gloss
    assert len(out) == len(kw)                        # marked, never dropped
    note = outlet_note(out)
    assert "سبق (Sabq)" in note and "الرياض (Al Riyadh)" in note and "None is left out" in note
    assert outlet_note(mark_outlets(kw.iloc[2:3], words)) == ""
    assert mark_outlets(kw, {}) is kw                 # a corpus of other outlets: nothing added


# --- 4. URL slugs ----------------------------------------------------------------------------------------

def test_an_arabic_slug_is_isolated_part_by_part():
    url = "http://news.example.sa/local/1234/أمطار-غزيرة/تعليق-الدراسة"
    h = url_html(url)
    assert h.count('<bdi dir="rtl"') == 2
    assert re.sub(r"<[^>]+>", "", h) == url          # the URL's text unchanged, its parts in their order
    assert url_html("http://example.com/a/b") == "http://example.com/a/b"
    cell = table_html(pd.DataFrame({"source": ["المصدر: " + url]}))
    assert '/<bdi dir="rtl" lang="ar" style="word-break:normal">أمطار-غزيرة</bdi>/' in cell


# --- 3. word order of a word-by-word gloss -------------------------------------------------------------------

def test_adjectives_come_before_their_noun():
    assert adjectives_first(["the share", "golden"], ["السهم", "الذهبي"]) == ["the golden share"]
    assert adjectives_first(["areas", "rural", "agricultural"], ["المناطق", "الريفية", "الزراعية"]) == ["agricultural rural areas"]
    # a construct: an indefinite noun before a definite word is "the X of the Y", not reordered
    assert adjectives_first(["head", "republic"], ["رئيس", "الجمهورية"]) == ["head", "republic"]
    # a noun whose gloss is no adjective stays
    assert adjectives_first(["the King", "Salman"], ["الملك", "سلمان"]) == ["the King", "Salman"]
    assert gloss("الحكومة اليمنية", "ar", "الحكومة اليمنية") == "≈ Yemeni government"


# --- 5. rendered: a Saudi-style corpus written here, and the demo ---------------------------------------------

SAUDI = {
    "sabq_2016-03-01_0001.txt": "المرور يضبط سائقا متهورا على طريق الملك فهد\n"
        "سبق - الرياض: ضبطت إدارة المرور سائقا متهورا على طريق الملك فهد بعد مطاردة قصيرة.\n"
        "وقال المتحدث باسم المرور لـ\"سبق\" إن السائق أحيل إلى الجهات المختصة، وكانت \"سبق\" قد نشرت صور المطاردة.\n",
    "alriyadh_2016-03-02_0002.txt": "الدفاع المدني يخمد حريقا في مستودع\n"
        "أخمدت فرق الدفاع المدني في الرياض حريقا اندلع في مستودع للأخشاب دون إصابات.\n"
        "وأوضح مصدر أن الفرق سيطرت على الحريق خلال ساعة في حي السلي شرق الرياض.\n",
    "okaz_2016-03-03_0003.txt": "أمانة جدة تزرع ألف شجرة في الأحياء الشمالية\n"
        "بدأت أمانة جدة زراعة ألف شجرة في الأحياء الشمالية ضمن برنامج لتحسين المشهد الحضري.\n"
        "وقال مدير الحدائق إن البرنامج يشمل الشوارع الرئيسية والحدائق العامة.\n",
    "okaz_2016-03-04_0004.txt": "جامعة الملك عبدالعزيز تستقبل طلابها الجدد\n"
        "استقبلت جامعة الملك عبدالعزيز طلابها الجدد في حفل أقيم في القاعة الكبرى.\n"
        "وأكد مدير الجامعة أن الخطة الدراسية الجديدة تبدأ مطلع الأسبوع المقبل.\n",
}
SAUDI_MANIFEST = ("id,file,language,outlet,published,title\n" + "".join(
    f"{n[:-4]},{n},ar,{n.split('_')[0]},{n.split('_')[1]},\n" for n in SAUDI))


@pytest.fixture(scope="module")
def saudi(tmp_path_factory):
    base = tmp_path_factory.mktemp("pages49")
    logs, summaries = build_and_render(base, SAUDI, SAUDI_MANIFEST)
    return base, summaries


@pytest.mark.slow
def test_saudi_pages_show_ids_and_mark_the_outlet(saudi):
    base, summaries = saudi
    assert not [s for s in summaries if s.get("failed") or s.get("error")], summaries
    topics = _plain((base / "reports" / "01_topics.html").read_text(encoding="utf-8"))
    overview = _plain((base / "reports" / "00_corpus_overview.html").read_text(encoding="utf-8"))
    for aid in (n[:-4] for n in SAUDI):
        assert aid in topics + overview, aid          # every article's id readable on the pages
    from arnews.tables import load_tables

    key = load_tables(base / "processed")["keyness"]
    top = key[(key.direction == "over") & (key["rank"] <= 10) & (key.article_id == "sabq_2016-03-01_0001")]
    assert "سبق" in set(top.surface)                  # the outlet's own name is among its article's distinctive words
    assert "Names of this corpus's own outlets" in topics and "outlet: Sabq" in topics
    assert "preceded" not in topics


@pytest.mark.slow
def test_demo_pages_show_ids(tmp_path):
    from arnews.build import build
    from arnews.report import render_notebooks

    build(ROOT / "data" / "raw", tmp_path / "p", manifest=ROOT / "data" / "articles.csv", jobs=1, log=lambda *a: None)
    summaries = render_notebooks(tmp_path / "p", tmp_path / "r", jobs=1, log=lambda *a: None,
                                 notebooks=[ROOT / "notebooks" / "00_corpus_overview.ipynb"])
    assert not [s for s in summaries if s.get("failed") or s.get("error")], summaries
    text = _plain((tmp_path / "r" / "00_corpus_overview.html").read_text(encoding="utf-8"))
    ids = pd.read_csv(ROOT / "data" / "articles.csv").iloc[:, 0].astype(str)
    assert all(a in text for a in ids), [a for a in ids if a not in text]
    assert "Names of this corpus's own outlets" not in text   # the demo's outlets are not Saudi papers
