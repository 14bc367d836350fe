"""review46: the reports read in Chromium (seeds, snn2000, a tiny corpus of three articles written here):
the manifest rows whose extra fields were dropped silently, the note under a cut table (rows of what?),
wide tables on a small corpus (folded columns, narrow headers, snake_case ids that may break), the
similarity heatmap's ticks, the topics table of a large corpus (top-k with its rule), the article
glossed on a particle (العند 'at, when'), the footer's count and the recurrent expressions' sentence."""
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from report_checks import build_and_render

from arnews.labels import heads
from arnews.plotting import fold_columns, full_table_note, table_html

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _src(stem):
    return "\n".join("".join(c["source"]) for c in json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"])


def _page_text(path):
    html = re.sub(r"<details.*?</details>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- 1. a manifest row with more fields than the header: one note naming the file, the count, the lines --

def _folder(tmp_path, manifest):
    (tmp_path / "a.txt").write_text("افتتحت أمانة المنطقة اليوم حديقة جديدة في حي النخيل\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("أعلن النادي تعاقده مع مدرب جديد للفريق الأول\n", encoding="utf-8")
    (tmp_path / "articles.csv").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_manifest_rows_with_extra_fields_get_one_note(tmp_path):
    from arnews.corpus import plan_corpus

    plan = plan_corpus(_folder(tmp_path, "id,file,title\na,a.txt,افتتاح حديقة, في النخيل\nb,b.txt,مدرب جديد,للفريق,الأول\n"))
    extra = [n for n in plan.notes if "more fields than" in n]
    assert len(extra) == 1
    assert "articles.csv: 2 rows have more fields than the header's 3 columns (lines 2, 3)" in extra[0]
    assert "not read" in extra[0]
    assert plan.rows["a"]["title"] == "افتتاح حديقة"        # the first fields are kept as before


def test_a_quoted_comma_is_no_extra_field(tmp_path):
    from arnews.corpus import plan_corpus

    plan = plan_corpus(_folder(tmp_path, 'id,file,title\na,a.txt,"افتتاح حديقة, في النخيل"\nb,b.txt,مدرب جديد\n'))
    assert not [n for n in plan.notes if "more fields than" in n]
    one = plan_corpus(_folder(tmp_path, "id,file,title\na,a.txt,حديقة\nb,b.txt,مدرب,جديد\n"))
    assert [n for n in one.notes if "1 row has more fields than the header's 3 columns (line 3)" in n]


# --- 2. the note under a cut table: whose rows, and how many the source table has ----------------

def test_cut_table_note_gives_the_source_tables_own_row_count(tmp_path, monkeypatch):
    pd.DataFrame({"kind": ["percent"] * 3 + ["count"] * 7}).to_parquet(tmp_path / "quantities.parquet")
    pd.DataFrame({"article_id": ["a", "b"]}).to_csv(tmp_path / "articles.csv", index=False)
    monkeypatch.setenv("ARNEWS_PROCESSED", str(tmp_path))
    sel = full_table_note("quantities", 2, 3)          # three percentages of ten figures
    assert "Showing 2 of 3 rows of this table." in sel and "<code>quantities</code>, 10 rows" in sel
    same = full_table_note("articles", 1, 2)
    assert "Showing 1 of 2 rows. Source table: <code>articles</code>, 2 rows" in same and "of this table" not in same
    summ = full_table_note("quantities", 1, 2, unit="articles")
    assert "Showing 1 of 2 articles (one row each), summarised from the rows of the source table <code>quantities</code>, 10 rows" in summ
    assert "10 rows" not in full_table_note("keyness", 1, 2)   # a table the build does not have: no count
    monkeypatch.delenv("ARNEWS_PROCESSED")
    assert "Showing 2 of 3 rows. Source table" in full_table_note("quantities", 2, 3)  # outside a report: as before
    assert "Showing 2 of 3 rows of this table." in table_html(pd.DataFrame({"n": [1, 2, 3]}), max_rows=2)


# --- 3. wide tables on a small corpus ---------------------------------------------------------------

def test_fold_columns_sums_the_rest_and_names_them():
    df = pd.DataFrame({c: [i, 1] for i, c in enumerate("abcdefghi")}, index=["x", "y"])
    view, rest = fold_columns(df, 6, "other")
    assert list(view.columns) == list("abcdef") + ["other"] and rest == ["g", "h", "i"]
    assert view.loc["x", "other"] == 6 + 7 + 8 and view.loc["y", "other"] == 3
    same, none = fold_columns(df.iloc[:, :7], 6)    # one column would be folded: left as it is
    assert none == [] and list(same.columns) == list("abcdefg")


def test_heads_drop_the_bracket_and_keep_the_whole_label_when_they_collide():
    labs = {"a": "000 (ar, Quảng Ninh)", "b": "001 Maintain national… (en, Quảng Ninh, 2025-01-01)",
            "c": "أمانة جدة تطلق حملة للنظافة… (okaz, 2015-08-06)"}
    h = heads(labs)
    assert h["a"] == "000" and h["b"].startswith("001 Maintain") and h["b"].endswith("…")
    assert "(" not in h["c"] and h["c"].startswith("أمانة جدة")
    twins = {"x": "الهلال يفوز (ar)", "y": "الهلال يفوز (en)"}
    assert heads(twins) == twins


def test_a_long_snake_case_id_may_break_after_its_underscores():
    html = table_html(pd.DataFrame({"entity_id": ["provincial_party_standing_committee", "cpv", "year_range"]}))
    assert "provincial_<wbr>party_<wbr>standing_<wbr>committee" in html
    assert '<td dir="auto" style="white-space:nowrap"><bdi>year_range</bdi></td>' in html   # short ids as before
    assert "<wbr>" not in table_html(pd.DataFrame({"t": ["نص عربي طويل بعض الشيء في خلية الجدول"]}))


def test_notebooks_fold_wide_small_corpus_tables_and_cut_the_topics_table():
    over, top, quant = _src("00_corpus_overview"), _src("01_topics"), _src("02_quantities")
    assert "inlabel" in over and '"n_body": "body paragraphs"' in over
    assert 'fold_columns(share[order].rename(columns=LABEL), 6, "other themes")' in top
    assert 'fold_columns(by_article, 6, "other units")' in quant and "ten most frequent units" not in quant
    assert "TOP_TOPICS = 15" in top and 'link_table(view, "topics_overview"' in top
    assert '"main article (share)"' in top and '"paragraphs (articles)"' in top     # ten columns on the seeds: 1,216 px in 1,036
    assert "ticks = [plot_label(short(a), 16) for a in ids]" in top and "tick(a, 14)" not in top
    assert 'five="; the five most frequent of them" if len(shared) > 5 else ""' in top
    rhet = _src("03_rhetoric")
    assert '[truncate(t.replace("_", " "), 30) for t in order]' in rhet   # technique ticks were cut at 22: "Exaggeration-Minimisa…"
    assert 'noun(len(f), "formula recurs", "formulae recur")' in rhet
    assert "min(10, 1.5 + ncol * max(2.2, 0.3 * len(order)))" in rhet


# --- 4. a gloss from a particle after the article ------------------------------------------------

def test_the_article_never_glosses_a_particle():
    from arnews.stats.glossary import gloss

    assert gloss("العند", surface="العند") == "(no gloss)"     # Al-Anad (the air base), not ال + عند 'at, when'
    assert gloss("البعد", surface="البعد") != "after"           # the distance, not ال + بعد 'after'
    assert gloss("عند", surface="عند") == "at, when"            # the particle itself keeps its gloss
    assert gloss("وعند", surface="وعند").endswith("at, when")   # after a conjunction it is still the particle
    assert "Hilal" in gloss("الهلال", surface="الهلال")         # a content word after the article as before
    assert gloss("الذي", surface="الذي") == "who, which"        # a stop word that is written with its article


# --- 5. the footer counts with its noun --------------------------------------------------------------

def test_footer_counts_articles_with_thousands_separators(tmp_path):
    from arnews import report

    (tmp_path / "build_info.json").write_text(json.dumps({"articles": 2000, "corpus_hash": "abc"}), encoding="utf-8")
    src = (ROOT / "lib/arnews/report.py").read_text(encoding="utf-8")
    assert 'fmt_count(info["articles"], "article")' in src
    from arnews.plotting import fmt_count
    assert fmt_count(2000, "article") == "2,000 articles" and fmt_count(1, "article") == "1 article"
    assert hasattr(report, "render_notebooks")


# --- 6. a tiny corpus of three articles written here (one manifest row with an unquoted comma) ---------

TINY = {
    "a1.txt": "هيئة الهلال الأحمر تنفذ 120 رحلة إسعافية خلال موسم الصيف\n\nأبها - واس\n\n"
              "نفذت فرق هيئة الهلال الأحمر بمنطقة عسير 120 رحلة إسعافية خلال الأسبوع الأول من موسم الصيف، وباشرت 35 حادثا مروريا.\n\n"
              "وأوضح مدير الهيئة بالمنطقة أن نسبة الاستجابة للبلاغات بلغت 92% وأن 14 فرقة إسعافية تعمل على مدار الساعة.\n",
    "a2.txt": "الاتحاد يفوز على الفيصلي بثلاثية في افتتاح الدوري\n\nجدة - عبدالله الزهراني\n\n"
              "حقق فريق الاتحاد فوزاً على ضيفه الفيصلي بثلاثة أهداف مقابل هدف أمام نحو 30 ألف متفرج.\n\n"
              "وبهذا الفوز يرفع الاتحاد رصيده إلى 3 نقاط في صدارة الترتيب.\n",
    "a3.txt": "أمانة الرياض تطرح 18 مشروعا لتطوير الحدائق بقيمة 240 مليون ريال\n\n"
              "طرحت أمانة منطقة الرياض 18 مشروعا لتطوير الحدائق بتكلفة إجمالية تبلغ 240 مليون ريال، على أن تنفذ خلال 24 شهرا.\n\n"
              "وقال المتحدث باسم الأمانة إن نسبة الإنجاز في المرحلة الأولى بلغت 35%، وإن المشاريع تشمل زراعة 15 ألف شجرة.\n",
}
MANIFEST = ("id,file,language,outlet,published,parallel_of,title\n"
            "a1,a1.txt,ar,spa,2015-08-03,,هيئة الهلال الأحمر تنفذ 120 رحلة إسعافية\n"
            "a2,a2.txt,ar,okaz,2015-08-04,,الاتحاد يفوز على الفيصلي بثلاثية\n"
            "a3,a3.txt,ar,alwatan,2015-08-05,,أمانة الرياض تطرح 18 مشروعا, لتطوير الحدائق\n")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    base = tmp_path_factory.mktemp("tiny46")
    logs, summaries = build_and_render(base, TINY, MANIFEST)
    return base, logs, summaries


@pytest.mark.slow
def test_tiny_build_logs_the_row_with_an_extra_field(tiny):
    _, logs, _ = tiny
    text = "\n".join(logs)
    assert re.search(r"articles\.csv: 1 row has more fields than the header's 7 columns \(line 4\)", text)


@pytest.mark.slow
def test_tiny_pages_run_and_read_true(tiny):
    base, _, summaries = tiny
    assert not [s for s in summaries if s.get("failed") or s.get("error")], summaries
    over = _page_text(base / "reports" / "00_corpus_overview.html")
    assert "3 articles" in over and "for every article" in over      # metadata_source said once, not a column
    assert "3 articles, hash" in (base / "reports" / "00_corpus_overview.html").read_text(encoding="utf-8")
    # two articles have two non-body blocks (title + dateline): no single "article with the most"
    assert re.search(r"[23] articles share the most non-body blocks \( ?2 blocks each\)", over)
    assert "the article with the most non-body blocks" not in over
    # steps that changed nothing are named once, not shown as columns of zeros (the tanwin of فوزاً is one diacritic)
    assert "These steps changed no character in any article (left out of the table)" in over
    rhet = _page_text(base / "reports" / "03_rhetoric.html")
    assert not re.search(r"\b1 (quoted spans|formulae recur|names \(|phrases \()", rhet), rhet[:300]
    top = _page_text(base / "reports" / "01_topics.html")
    assert "no two articles are close by this measure" in top      # the "most similar" pair shares little wording
    assert "Where a topic model was fitted" in top


@pytest.mark.browser
@pytest.mark.slow
def test_tiny_pages_in_chromium_tables_inside_the_page(tiny):
    if not CHROMIUM:
        pytest.skip("Chromium is not installed (apt-get install chromium); browser tests not run")
    pw = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    base, _, _ = tiny
    with pw.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = b.new_page(viewport={"width": 1300, "height": 1000})
        for stem in ("00_corpus_overview", "01_topics", "02_quantities"):
            page.goto((base / "reports" / f"{stem}.html").as_uri())
            wide = page.evaluate("""() => [...document.querySelectorAll('.arnews-table-wrap')]
                                      .filter(w => w.scrollWidth > w.clientWidth + 1)
                                      .map(w => [w.scrollWidth, w.clientWidth, w.innerText.slice(0, 60)])""")
            assert wide == [], (stem, wide)
        b.close()


def test_a_chart_tick_keeps_an_article_labels_bracket_whole():
    from arnews.plotting import tick_label

    lab = "أمانة الرياض تطرح 18… (alwatan, 2015-08-05)"
    t = tick_label(lab, 30)
    assert t.endswith("\n(alwatan, 2015-08-05)") and t.startswith("أمانة الرياض")   # was "......أمانة الرياض تطرح 18"
    assert tick_label("000 (ar, Quảng Ninh)", 30) == "000 (ar, Quảng Ninh)"           # short: as it is
    assert tick_label("alriyadh", 30) == "alriyadh"
    src = _src("00_corpus_overview") + _src("02_quantities") + _src("03_rhetoric")
    assert "truncate(x, 30) for x in s.index" not in src and "lambda x: truncate(x, 30)).plot.barh" not in src
    assert "truncate(short.get(a, a), 30)" not in src and "return tick_label(short(aid), width)" in _src("01_topics")
