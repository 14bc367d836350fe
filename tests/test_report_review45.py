"""review45: the reports read in Chromium (seeds, snn2000, a tiny corpus of three articles written here):
counts in the build log, the fallback of pagefit, lists and labels in cells and prose, wide tables,
sentences that were false for the corpus, a page that failed on a figure missing in one language."""
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from report_checks import build_and_render

from arnews.plotting import LIST_SEP, isolate_ltr, list_items, md_html, table_html

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _cells(stem):
    return json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]


def _page_text(path):
    html = re.sub(r"<details.*?</details>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- 1. counts in the build log and the file notes: the noun in the right number, never "(s)" --------

def test_file_notes_count_with_their_noun():
    from arnews.decoding import decode

    one = decode("نص الخبر\x1a كما ورد".encode(), "x.txt")
    assert one.notes == ["x.txt: removed 1 stray control character (U+001A)"]
    two = decode("نص\x1a الخبر\x1a كما ورد".encode(), "x.txt")
    assert two.notes == ["x.txt: removed 2 stray control characters (U+001A)"]
    bad = decode("أعلنت الأمانة اليوم عن مشروع جديد للطرق في المدينة".encode() + b"\xff", "y.txt")
    assert bad.notes == ["y.txt: 1 byte not valid UTF-8 replaced by U+FFFD"]


def test_no_s_in_brackets_in_the_messages_of_the_build_and_the_report():
    for mod in ("build", "report", "decoding", "corpus"):
        src = (ROOT / "lib/arnews" / f"{mod}.py").read_text(encoding="utf-8")
        lines = [ln for ln in src.splitlines() if ("log(" in ln or "notes.append" in ln or "Error(" in ln or 'f"' in ln)
                 and not ln.lstrip().startswith("#")]
        assert not [ln for ln in lines if re.search(r"[a-z]\(s\)", ln)], mod


# --- 2. pagefit's fallback reads only the columns it needs --------------------------------------

def test_pagefit_fallback_reads_only_the_columns_it_needs(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from arnews.pagefit import corpus_facts

    pd.DataFrame({"article_id": ["a", "b"], "language": ["ar", "en"], "parallel_of": ["", "a"],
                  "title": ["عنوان طويل", "A long title"]}).to_csv(tmp_path / "articles.csv", index=False)
    pd.DataFrame({"article_id": ["a"] * 3, "kind": ["count", "doc_code", "date"], "calendar": ["", "", "hijri"],
                  "surface": ["٣ مشاريع", "12/ق", "5 شوال 1436هـ"]}).to_parquet(tmp_path / "quantities.parquet")
    asked = []
    real = pq.read_table
    monkeypatch.setattr(pq, "read_table", lambda p, *a, columns=None, **k: (asked.append(columns), real(p, *a, columns=columns, **k))[1])
    facts = corpus_facts(tmp_path)   # no build_info.json: the hand-written fallback
    assert facts == {"pairs": 1, "english": 1, "documents": 1, "lunar": 0}
    assert asked == [["kind", "calendar"]]  # never the surface column, never the whole table


# --- 3. lists and mixed-direction values in cells and prose -------------------------------------

def test_a_list_in_a_cell_keeps_each_item_on_one_line_with_its_separator():
    s = LIST_SEP.join(["الأمن (security)", "النظام (order)", "التنمية الاجتماعية والاقتصادية في المناطق الحدودية (development)"])
    html = list_items(s)
    assert html.count('<span style="white-space:nowrap">') == 2   # the 61-character item may wrap inside itself
    assert '<span style="white-space:nowrap">الأمن <bdi dir="ltr">(security)</bdi>\u00a0·</span>' in html
    assert "·</span> <span" in html    # a line may break only between items, after the separator
    assert list_items("قال الوزير") == isolate_ltr("قال الوزير")
    cell = table_html(pd.DataFrame({"top stems (gloss)": [s]}))
    assert 'dir="rtl" lang="ar"' in cell and cell.count("white-space:nowrap") >= 2


def test_english_cell_holding_an_arabic_phrase_is_laid_out_left_to_right():
    html = table_html(pd.DataFrame({"gloss": ["appreciation; merit (شهادات تقدير)", "المجلس البلدي (council)"]}))
    assert '<td dir="ltr" style="min-width:8em"><bdi dir="ltr">appreciation; merit (شهادات تقدير)</bdi></td>' in html
    assert '<td dir="rtl" lang="ar"' in html   # the Arabic-first cell stays right-to-left


def test_a_url_with_an_arabic_slug_is_isolated_whole():
    url = "http://www.example-news.sa/local/a/افتتاح-مهرجان-الصيف-في-أبها/"
    s = isolate_ltr(f"المصدر: {url}")
    # (pages49: inside the URL's isolate each Arabic slug is isolated too, so that two slugs keep their order)
    m = re.search(r'<bdi dir="ltr" style="[^"]*">(.*)</bdi>$', s)
    assert m and re.sub(r"<[^>]+>", "", m.group(1)) == url and s.startswith("المصدر: <bdi")
    # the sentence's punctuation after it is not part of the URL
    s2 = isolate_ltr("انظر www.spa.gov.sa، ثم الخبر")
    assert ">www.spa.gov.sa</bdi>،" in s2


def test_an_article_label_in_prose_keeps_its_bracket_after_the_title():
    html = md_html("For example, in the article `{a}` of this corpus.", a="أمانة جدة تطلق حملة للنظافة… (okaz, 2015-08-06)")
    assert ('<bdi lang="ar" dir="rtl">أمانة جدة تطلق حملة للنظافة…</bdi> <bdi dir="ltr">(okaz, 2015-08-06)</bdi>') in html
    # an Arabic value with no Latin bracket is one right-to-left value as before
    assert md_html("{w}", w="الرياض (العاصمة)").count("<bdi") == 1


# --- 4. the notebooks: sentences true for the corpus --------------------------------------------

def test_recurrent_expressions_are_listed_as_term_then_gloss():
    src = "".join(_cells("01_topics")[18]["source"])
    assert 'ex=[(p, f"{g}, {t:,}×" if g else f"{t:,}×")' in src
    html = md_html("occur in 4 articles: {ex}.", ex=[("الأمن والنظام", "security and order, 29×")])
    assert html.index("الأمن والنظام") < html.index("security and order, 29×")


def test_candidate_note_markdown_is_part_of_the_template():
    src = "".join(_cells("01_topics")[24]["source"])
    assert "note=(" not in src and "+ acronym_note" in src


def test_lexicon_fit_narration_names_no_column_the_table_does_not_show():
    cells = _cells("01_topics")
    narr = "".join(cells[3]["source"])
    shown = re.search(r'show\(FIT\[\[([^\]]*)\]\]', "".join(cells[4]["source"])).group(1)
    for col in re.findall(r"`(\w+)` column", narr):
        assert f'"{col}"' in shown or "lexicon_fit" in narr.split(f"`{col}` column")[1][:30], col


def test_rhetoric_canon_table_has_seven_columns_and_techniques_fold_the_rare_ones():
    src = "".join(_cells("03_rhetoric")[4]["source"])
    cols = re.search(r'\[\["campaign_en"[^\]]*\]\]', src).group(0)
    assert cols.count('"') // 2 == 7 and '"unquoted"' not in cols
    tech = "".join(_cells("03_rhetoric")[20]["source"])
    assert "view.iloc[:, :6].assign(other=" in tech


# --- 5. a tiny corpus of three articles (a parallel pair whose translation drops a figure) --------

TINY = {
    "t1.txt": "أمانة جدة تطلق حملة لتنظيف 25 شاطئا\n\nجدة - واس\n\n"
              "أطلقت أمانة محافظة جدة صباح الأحد حملة لتنظيف 25 شاطئا على امتداد الكورنيش الشمالي بمشاركة 300 متطوع.\n\n"
              "وقال المتحدث باسم الأمانة إن الحملة تستمر أسبوعين، وإن فرق الأمانة رفعت في يومها الأول 40 طنا من المخلفات.\n",
    "t2.txt": "Jeddah municipality launches a campaign to clean 25 beaches\n\nJEDDAH - SPA\n\n"
              "Jeddah Municipality on Sunday launched a campaign to clean 25 beaches along the northern Corniche with volunteers.\n\n"
              "A spokesman said the campaign runs for two weeks and that its teams removed 40 tonnes of waste on the first day.\n",
    "t3.txt": "الأهلي يتعادل مع الشباب في الرياض\n\n"
              "تعادل فريق الأهلي مع مضيفه الشباب بهدفين لكل منهما في المباراة التي أقيمت مساء الجمعة ضمن الجولة الثالثة من الدوري.\n\n"
              "وحضر اللقاء نحو 12 ألف متفرج، ورفع الأهلي رصيده إلى 7 نقاط.\n",
}
MANIFEST = ("id,file,language,outlet,published,parallel_of,title\n"
            "t1,t1.txt,ar,spa,2015-08-02,,أمانة جدة تطلق حملة لتنظيف 25 شاطئا\n"
            "t2,t2.txt,en,spa,2015-08-02,t1,Jeddah municipality launches a campaign to clean 25 beaches\n"
            "t3,t3.txt,ar,,,,\n")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    base = tmp_path_factory.mktemp("tiny45")
    logs, summaries = build_and_render(base, TINY, MANIFEST, builds=2)  # (the second build reuses the first)
    return base, logs, summaries


@pytest.mark.slow
def test_tiny_build_log_counts_with_nouns(tiny):
    _, logs, _ = tiny
    text = "\n".join(logs)
    assert "(s)" not in text
    assert "learned 0 boilerplate lines in 0 outlets from 3 files" in text
    assert re.search(r"built 3 articles into .* \(0 reused from cache, 3 processed, 0 skipped\)", text)
    assert "is up to date (3 articles; files, manifest, code and options unchanged" in logs[-1]


@pytest.mark.slow
def test_tiny_quantities_page_shows_a_figure_missing_in_one_language(tiny):
    base, _, summaries = tiny
    assert not [s for s in summaries if s.get("failed") or s.get("error")], summaries
    quant = _page_text(base / "reports" / "02_quantities.html")
    assert "failed" not in quant.lower().split("mismatched figures")[0][-400:]
    assert "Mismatched figures" in quant and "300" in quant   # the volunteers the translation leaves out


@pytest.mark.slow
def test_tiny_overview_gives_the_byline_example_it_promises(tiny):
    base, _, _ = tiny
    over = _page_text(base / "reports" / "00_corpus_overview.html")
    if "an example of this corpus follows the counts below" in over and "No byline block or dispatch line" not in over:
        assert "For example, in the article" in over


# --- 6. in Chromium: lists keep their items whole, the canon table fits the page ----------------

@pytest.mark.browser
@pytest.mark.slow
def test_seed_pages_in_chromium_lists_whole_tables_in_the_page(seed_report_dir):
    if not CHROMIUM:
        pytest.skip("Chromium is not installed (apt-get install chromium); browser tests not run")
    pw = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with pw.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = b.new_page(viewport={"width": 1300, "height": 1000})
        page.goto((seed_report_dir / "01_topics.html").as_uri())
        # every list item of a cell sits on one line (its boxes, split by direction, share one top)
        split = page.evaluate("""() => [...document.querySelectorAll('td span[style*="nowrap"]')]
                                   .filter(s => new Set([...s.getClientRects()].map(r => Math.round(r.top))).size > 1)
                                   .map(s => s.textContent)""")
        n_items = page.evaluate("""() => document.querySelectorAll('td span[style*="nowrap"]').length""")
        assert n_items > 20 and split == []
        text = page.evaluate("() => document.body.innerText")
        assert "*ANTQ*" not in text                 # Markdown of the template, not a value shown verbatim
        page.goto((seed_report_dir / "03_rhetoric.html").as_uri())
        wide = page.evaluate("""() => [...document.querySelectorAll('.arnews-table-wrap')]
                                  .filter(w => /Campaigns and formulae of the canon/.test(w.innerText))
                                  .map(w => [w.scrollWidth, w.clientWidth])""")
        assert wide and all(sw <= cw + 1 for sw, cw in wide), wide
        page.goto((seed_report_dir / "00_corpus_overview.html").as_uri())
        assert "a byline block is the writer's name alone" in page.evaluate("() => document.body.innerText")
        b.close()
