"""pages48: the rendered report pages are traceable and fitted to any corpus (session 48's page review of
snn2000).  Every article label in a table carries its article id, a table cut from a build table (and one
holding article labels) is written whole as a CSV beside the page and linked; the Vietnamese-demo examples
and sentences appear only where the resource they come from fits the corpus; every kind of name candidate is
described; a list of glossed Arabic words reads one item a line; constant columns are said once; a marker
lexicon that does not fit gets a checking sample, not a ranking.  The small corpus below is written here, in
the style of Saudi news (no SaudiNewsNet text)."""
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from report_checks import build_and_render

from arnews.labels import LABELS, article_of, label, with_article_ids
from arnews.pagefit import corpus_facts, fit_source
from arnews.plotting import export_link, full_table_note, glossed_items, same_columns, table_html

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


def _cell_with(nb: str, needle: str) -> dict:
    cells = json.loads((NOTEBOOKS / nb).read_text(encoding="utf-8"))["cells"]
    hits = [c for c in cells if needle in "".join(c["source"])]
    assert len(hits) == 1, (nb, needle, len(hits))
    return hits[0]


# --- 1. article ids: labels traced back, tables exported whole and linked ------------------------------

def _arts():
    return pd.DataFrame({"article_id": ["okaz_2015-08-01_0001", "okaz_2015-08-08_0002", "sabq_2015-08-02_0003"],
                         "title": ["شارع القصيدة", "شارع القصيدة", "أمانة جدة تطرح مشروعا"],
                         "outlet": ["okaz", "okaz", "sabq"], "published": ["2015-08-01", "2015-08-08", "2015-08-02"]})


def test_a_label_cell_carries_its_article_id_and_the_csv_gets_an_id_column():
    lab = label(_arts())
    assert article_of(lab["okaz_2015-08-08_0002"]) == "okaz_2015-08-08_0002"
    assert article_of("شارع القصيدة") is None                 # a title alone is no label
    view = pd.DataFrame({"article": lab.values, "figures": [3, 1, 2]})
    html = table_html(view)
    for aid in lab.index:
        assert f'data-article="{aid}"' in html and f'title="{aid}"' in html
    out = with_article_ids(view)
    assert list(out.columns) == ["article", "article_id", "figures"]
    assert out.article_id.tolist() == list(lab.index)
    plain = pd.DataFrame({"word": ["الشرطة", "الرياض"], "n": [4, 4]})
    assert with_article_ids(plain) is plain and "data-article" not in table_html(plain)


def test_a_cut_table_is_exported_and_its_note_links_the_csv(tmp_path, monkeypatch):
    lab = label(_arts())
    df = pd.DataFrame({"article": list(lab.values) * 20, "paragraph": range(60), "start": 0, "end": 5})
    monkeypatch.delenv("ARNEWS_REPORTS", raising=False)
    assert export_link(df, "quantities", "Percentages") is None          # outside a report: nothing written
    monkeypatch.setenv("ARNEWS_REPORTS", str(tmp_path))
    monkeypatch.setenv("ARNEWS_NOTEBOOK", "02_quantities")
    href = export_link(df, "quantities", "Percentages, highest first")
    assert href == "tables/02_quantities/quantities__percentages_highest_first.csv"
    again = export_link(df, "quantities", "Percentages, highest first")
    assert again != href and again.endswith("_2.csv")                      # two tables never share a file
    csv = pd.read_csv(tmp_path / href, encoding="utf-8-sig")
    assert len(csv) == 60 and {"article_id", "paragraph", "start", "end"} <= set(csv.columns)
    assert set(csv.article_id) == set(lab.index)
    note = full_table_note("quantities", 25, 60, href)
    assert f'href="{href}"' in note and "in Python" not in note and "article ids" in note
    assert "in Python" in full_table_note("quantities", 25, 60)             # outside a report: as before


# --- 2. Vietnamese-demo text only where its resource fits -----------------------------------------------

VIETNAM_ONLY = [
    ("01_topics.ipynb", "## Limits", "gazetteer", "Vietnamese corpus: the provincial police"),
    ("01_topics.ipynb", "## Limits", "codebook", "Its Arabic patterns were built on the seed translations"),
    ("02_quantities.ipynb", "## What kinds of figures are there?", "gazetteer", "اللجنة التوجيهية 138"),
    ("02_quantities.ipynb", "## What kinds of figures are there?", "gazetteer", "الأشهر الستة الأولى من عام 2024"),
    ("02_quantities.ipynb", "## Which claims are percentages", "gazetteer", "meeting the criteria"),
    ("03_rhetoric.ipynb", "## Limits", "gazetteer", "thi đua yêu nước"),
    ("03_rhetoric.ipynb", "Keyword-in-context concordances", "markers", "القوى المعادية"),
]


@pytest.mark.parametrize("nb,needle,fact,text", VIETNAM_ONLY)
def test_demo_sentences_only_where_their_resource_fits(nb, needle, fact, text):
    cell = _cell_with(nb, needle)
    src = "".join(cell["source"])
    assert text in src
    assert text in fit_source(src, cell["metadata"], {fact: 1})           # the demo: the resource fits
    assert text not in fit_source(src, cell["metadata"], {fact: 0})       # any corpus it does not fit


def test_corpus_facts_say_whether_gazetteer_and_markers_fit(tmp_path):
    pd.DataFrame({"resource": ["gazetteer", "rhetoric markers", "themes codebook"], "fits": [False, True, False]}) \
        .to_csv(tmp_path / "lexicon_fit.csv", index=False)
    assert corpus_facts(tmp_path) == {"gazetteer": 0, "markers": 1, "codebook": 0}


# --- 3. every kind of name candidate is described ---------------------------------------------------------

def test_every_candidate_kind_the_finders_emit_is_described():
    from arnews.entities.table import CANDIDATE_KINDS

    emitted = set()
    for path in (ROOT / "lib" / "arnews" / "entities").glob("*.py"):
        emitted |= set(re.findall(r'p\.role, "([a-z ]+)", 0\.\d+\]', path.read_text(encoding="utf-8")))
    assert {"part", "same name"} <= emitted
    assert not emitted - set(CANDIDATE_KINDS), emitted - set(CANDIDATE_KINDS)
    assert all(CANDIDATE_KINDS[k] for k in emitted)


# --- 4. lists of glossed Arabic words, constant columns, similarity ties ---------------------------------

def test_a_glossed_list_reads_one_item_a_line_word_then_gloss():
    html = glossed_items("الشرطة (police, 4) · الرياض (Riyadh, 4) · العريس (the bride and groom, 8) · سبق")
    items = re.findall(r'<span dir="ltr" style="display:block;white-space:nowrap">(.*?)</span>', html)
    assert len(items) == 4
    assert items[0] == '<bdi lang="ar" dir="rtl">الشرطة</bdi> <bdi dir="ltr">(police, 4)</bdi>'
    assert items[3] == '<bdi lang="ar" dir="rtl">سبق</bdi>'
    assert glossed_items("الشرطة · الرياض") is None                         # no gloss: the plain list as before
    assert glossed_items("police (الشرطة) · Riyadh (الرياض)") is None       # English words, Arabic brackets
    cell = table_html(pd.DataFrame({"outlet": ["okaz"], "words": ["الشرطة (police, 4) · الرياض (Riyadh, 4)"]}), list_lines=True)
    assert '<td dir="ltr"' in cell and "display:block" in cell
    plain = table_html(pd.DataFrame({"outlet": ["okaz"], "words": ["الشرطة (police, 4) · الرياض (Riyadh, 4)"]}))
    assert "display:block" not in plain and 'dir="rtl" lang="ar"' in plain    # other tables: one right-to-left list


def test_columns_with_one_value_are_left_out_and_said_once():
    df = pd.DataFrame({"surface": ["10%", "20%", "30%", "40%", "50%"], "lang": "ar", "unit_en": "", "value": [10, 20, 30, 40, 50]})
    view, said = same_columns(df)
    assert list(view.columns) == ["surface", "value"]
    assert said == "Left out, the same in every row: lang: ar; unit_en: empty."
    small, none = same_columns(df.head(3))
    assert small is not None and list(small.columns) == list(df.columns) and none == ""


def test_similarity_headline_states_ties_with_three_decimals():
    src = "".join(_cell_with("01_topics.ipynb", "Most similar pair by")["source"])
    assert "at this value" in src and "r3(r[col_])" in src
    table = "".join(_cell_with("01_topics.ipynb", "The {TOP} most similar pairs")["source"])
    assert "formats={t: r3" in table


# --- 5. a Saudi-style corpus written here: built and rendered -------------------------------------------

SAUDI = {
    "okaz_2015-08-01_0001.txt": "وزير الصحة يفتتح مستشفى جديدا في جدة\n"
        "افتتح وزير الصحة أمس مستشفى جديدا في جدة بسعة 300 سرير، وأكد أن جميع الأقسام ستعمل بكامل طاقتها خلال الأشهر المقبلة.\n"
        "وقال سعادة المدير العام إن كافة الكوادر الطبية جاهزة، وإن المستشفى يخدم نحو 40 ألف مراجع في الشهر.\n"
        "وأشار إلى أن نسبة الإشغال بلغت 85% في الأسبوع الأول.\n",
    "aawsat_2015-08-02_0002.txt": "الأسهم السعودية تغلق على ارتفاع\n"
        "أغلق المؤشر العام للسوق السعودية على ارتفاع بنسبة 1.2% عند 9100 نقطة، وسط تداولات بلغت 6 مليارات ريال.\n"
        "وارتفعت أسهم 120 شركة مقابل تراجع 40 شركة، فيما سجل قطاع المصارف أفضل أداء بين جميع القطاعات.\n"
        "وقال محلل إن الجانبين اتفقا على أن السوق تحتاج إلى سيولة أكبر في الربع الثالث من العام.\n",
    "sabq_2015-08-03_0003.txt": "أمانة الرياض تطرح مشروعا لتطوير الحدائق\n"
        "طرحت أمانة منطقة الرياض مشروعا لتطوير 25 حديقة في أحياء العاصمة بتكلفة 80 مليون ريال.\n"
        "وأوضحت الأمانة أن المشروع يشمل كافة الأحياء الشمالية، وأن نسبة الإنجاز ستصل إلى 60% نهاية العام.\n"
        "ودعت الأمانة جميع السكان إلى المحافظة على الحدائق العامة.\n",
    "alyaum_2015-08-04_0004.txt": "البلدان يوقعان اتفاقية للتعاون التجاري\n"
        "وقع البلدان اتفاقية للتعاون التجاري تهدف إلى رفع حجم التبادل إلى 5 مليارات دولار خلال ثلاث سنوات.\n"
        "وأكد الوزير أن العلاقات بين البلدين تشهد أفضل مراحلها، وأن جميع الملفات مطروحة للنقاش.\n",
}
SAUDI_MANIFEST = ("id,file,language,outlet,published,title\n" + "".join(
    f"{n[:-4]},{n},ar,{n.split('_')[0]},{n.split('_')[1]},\n" for n in SAUDI))

DEMO_PHRASES = ["Vietnamese corpus", "thi đua", "meeting the criteria", "اللجنة التوجيهية 138",
                "الأشهر الستة الأولى من عام 2024", "القوى المعادية", "median distance from 100%"]


@pytest.fixture(scope="module")
def saudi(tmp_path_factory):
    base = tmp_path_factory.mktemp("pages48")
    logs, summaries = build_and_render(base, SAUDI, SAUDI_MANIFEST)
    return base, summaries


def _text(path: Path) -> str:
    html = re.sub(r"<details.*?</details>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.slow
def test_saudi_pages_trace_articles_and_say_nothing_of_vietnam(saudi):
    base, summaries = saudi
    assert not [s for s in summaries if s.get("failed") or s.get("error")], summaries
    reports = base / "reports"
    ids = {n[:-4] for n in SAUDI}
    seen = set()
    for page in sorted(reports.glob("0*.html")):
        html = page.read_text(encoding="utf-8")
        text = _text(page)
        for phrase in DEMO_PHRASES:
            assert phrase not in text, (page.name, phrase)
        seen |= set(re.findall(r'data-article="([^"]+)"', html))
        for href in re.findall(r'href="(tables/[^"]+)"', html):
            assert (reports / href).is_file(), (page.name, href)      # every CSV link resolves
    assert ids <= seen, ids - seen                                      # every article traceable from the pages
    csvs = list((reports / "tables").rglob("*.csv"))
    assert any("article_id" in pd.read_csv(c, encoding="utf-8-sig", nrows=0).columns for c in csvs)


@pytest.mark.slow
def test_saudi_candidate_kinds_are_all_described(saudi):
    from arnews.entities.table import CANDIDATE_KINDS
    from arnews.tables import load_tables

    base, _ = saudi
    cand = load_tables(base / "processed")["entity_candidates"]
    assert set(cand.kind) <= set(CANDIDATE_KINDS), set(cand.kind) - set(CANDIDATE_KINDS)


@pytest.mark.slow
def test_demo_corpus_keeps_its_examples(tmp_path):
    """On the embedded corpus the resources fit: the Vietnamese examples are kept."""
    from arnews.build import build

    build(ROOT / "data" / "raw", tmp_path / "p", manifest=ROOT / "data" / "articles.csv", jobs=1, log=lambda *a: None)
    facts = corpus_facts(tmp_path / "p")
    assert facts["gazetteer"] == 1 and facts["markers"] == 1
    for nb, needle, fact, text in VIETNAM_ONLY:
        cell = _cell_with(nb, needle)
        assert text in fit_source("".join(cell["source"]), cell["metadata"], facts)
