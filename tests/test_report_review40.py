"""Review 40: the rendered reports read as a researcher would (Chromium, the five seeds and 2,000
SaudiNewsNet articles).  Display helpers (fast) and the seed pages' prose (slow: executes notebooks)."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from arnews.plotting import isolate_ltr, md_html, plot_label, table_html
from arnews.stats.glossary import phrase_gloss

URL = "https://example-news.sa/local/2016/09/%D8%AA%D8%AF%D8%B4%D9%8A%D9%86-%D9%85%D8%B1%D9%83%D8%B2-%D8%B5%D8%AD%D9%8A-x-118233.htm"


# --- overview page: a long URL kept on one line widened its column and pushed the Arabic cells out of view


def test_a_url_inside_an_arabic_cell_may_break_anywhere():
    s = isolate_ltr("المصدر: " + URL)
    assert f'<bdi dir="ltr" style="white-space:normal;overflow-wrap:anywhere;word-break:break-all">{URL}</bdi>' in s
    # codes keep their own isolate and stay whole
    assert '<bdi dir="ltr">14-QD/UB</bdi>' in isolate_ltr("وفق القرار 14-QD/UB الصادر أمس")
    html = table_html(pd.DataFrame({"text": ["المصدر: " + URL, URL, "افتتاح مركز صحي في المحافظة"]}))
    assert html.count("overflow-wrap:anywhere") == 2  # the Arabic cell's URL and the URL cell; not the plain text


# --- topics page: "Quảng Ninh: كوانج نينه / كوانغ نينه" showed as "كوانج نينه / كوانغ نينه :Quảng Ninh"


def test_a_prose_value_takes_the_direction_of_its_first_letter():
    out = md_html("Spelt in more than one way: {x}.", x=["Riyadh: الرياض / الریاض", "جدة (Jeddah, 3×)"])
    assert '<bdi dir="ltr">Riyadh: الرياض / الریاض</bdi>' in out
    # review45: the Latin bracket after an Arabic value follows it in the sentence (inside the right-to-left value it
    # showed left of it, "(Jeddah, 3×) جدة"); each part keeps its own direction
    assert '<bdi lang="ar" dir="rtl">جدة</bdi> <bdi dir="ltr">(Jeddah, 3×)</bdi>' in out
    # a value that opens with a number or a bracket is read by its first letter
    assert '<bdi lang="ar" dir="rtl">' in md_html("{x}", x="«12» مليون ريال")
    assert md_html("{x}", x="(2015) Abha").count('dir="auto"') == 1


# --- topics and rhetoric pages: chart titles cut in the middle of "(outlet, date)" and doubled ellipses


@pytest.mark.parametrize("label, width, title, tail", [
    ("أمير المنطقة يدشن مشروعات تنموية… (alwatan, 2016-03-02)", 20, "أمير المنطقة يدشن…", "(alwatan, 2016-03-02)"),
    ("هيئة كبار العلماء»… (okaz, 2016-03-01)", 24, "هيئة كبار العلماء»…", "(okaz, 2016-03-01)"),
    ("003 (ar, Thanh Hóa)", 24, "003", "(ar, Thanh Hóa)"),
])
def test_a_plot_label_keeps_outlet_and_date_whole_on_a_line_of_their_own(label, width, title, tail, monkeypatch):
    # labels made earlier in the process (test_pages57/58 label the seeds, whose label 003 (ar, Thanh Hóa) is
    # this case) would make the string an article label and give it an id tail: these are plain strings here
    from arnews import labels

    monkeypatch.setattr(labels, "LABELS", {})
    got = plot_label(label, width)
    assert got == f"{title}\n{tail}"
    assert "……" not in got and "..…" not in got
    assert len(got.split("\n")[0]) <= width


def test_a_plot_label_without_a_bracket_is_only_cut():
    assert plot_label("وزارة الصحة تعلن نتائج حملة التطعيم في المدارس", 18) == "وزارة الصحة تعلن…"
    assert "\n" not in plot_label("(x) no tail that ends in a bracket here", 60)


# --- rhetoric page: discovered slogans, quoted phrases and n-gram formulae had no English beside them


def test_phrase_gloss_reads_the_glossary_and_never_guesses_an_unknown_word():
    assert "Custodian of the Two Holy Mosques" in phrase_gloss("خادم الحرمين الشريفين")
    assert phrase_gloss("سيارة") == "car"
    assert phrase_gloss("زخرقيط بلمنتوس") == ""  # unknown words: no '≈ ? ?'
    assert phrase_gloss("Ford GT") == "" and phrase_gloss(None) == "" and phrase_gloss(float("nan")) == ""


# --- the seed pages (slow: every notebook executed once on the seed build) -----------------------


def _text(reports, page):
    html = (reports / page).read_text(encoding="utf-8")
    html = re.sub(r"<details.*?</details>", " ", html, flags=re.S)  # not the code
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


@pytest.mark.slow
def test_seed_pages_state_what_the_tables_show(seed_report_dir):
    over = _text(seed_report_dir, "00_corpus_overview.html")
    # one article of five is dated: the prose said "Publication dates: 2025-01-01." as if all were
    assert "Publication dates: 2025-01-01 (1 of 5 articles dated)." in over
    topics = _text(seed_report_dir, "01_topics.html")
    # a difference of shares is in percentage points, not "4.2% points"
    assert "% points" not in topics and "percentage points)" in topics
    # 002 has two themes at 31%: no "next" after a tie
    assert re.search(r"31% of its 141 theme hits; level with it \(to the nearest per cent\): Security and public order \(31%\)", topics)
    quant = _text(seed_report_dir, "02_quantities.html")
    # years in the fidelity table are years, not counts with a thousands separator
    assert not re.search(r"\b2,0[12]\d\b", quant)
    rhet = _text(seed_report_dir, "03_rhetoric.html")
    assert "a stem ending in *: every word that begins with it" in rhet
    # every rate in the density table has one decimal
    page = (seed_report_dir / "03_rhetoric.html").read_text(encoding="utf-8")
    dens = page.split("Formula words per 1,000 words: any formula")[-1].split("</table>")[0]  # the table's caption, not the code
    rows = re.findall(r"<tr>(.*?)</tr>", dens.split("<tbody>")[1])
    rates = [re.findall(r"<bdi>([^<]*)</bdi>", r)[4:] for r in rows]  # any, n-grams, markers, campaigns, copied
    assert len(rows) == 5 and all(len(r) == 5 for r in rates)
    assert all(re.fullmatch(r"[\d,]+\.\d", v) for r in rates for v in r)  # '92' beside '93.1' read as a count


# --- every page: a kernel started with a relative PYTHONPATH imported another checkout's arnews


def test_the_kernel_imports_the_arnews_that_renders_the_page(tmp_path, monkeypatch):
    from pathlib import Path

    import arnews
    from arnews.report import _kernel_env

    monkeypatch.setenv("PYTHONPATH", "lib")
    env = _kernel_env(tmp_path, {"ARNEWS_NOTEBOOK": "x"})
    first, *rest = env["PYTHONPATH"].split(__import__("os").pathsep)
    assert Path(first) == Path(arnews.__file__).resolve().parent.parent
    assert rest == ["lib"] and env["ARNEWS_PROCESSED"] == str(tmp_path.resolve()) and env["ARNEWS_NOTEBOOK"] == "x"


def test_an_installed_arnews_leaves_the_kernel_path_alone(tmp_path, monkeypatch):
    import arnews.report as R

    fake = tmp_path / "site-packages" / "arnews" / "report.py"
    monkeypatch.setattr(R, "__file__", str(fake))
    monkeypatch.setenv("PYTHONPATH", "/opt/x")
    assert R._kernel_env(tmp_path)["PYTHONPATH"] == "/opt/x"  # site-packages never goes before the standard library


def test_translation_preview_cuts_at_a_word_with_an_ellipsis():
    from arnews.translation import preview

    text = "أكدت اللجنة الشعبية للمقاطعة أن العمل في المشروع سيستمر حتى نهاية العام الجاري مع توسعة كبيرة"
    p = preview(text)
    assert len(p) <= 80 and p.endswith("…")
    assert text.startswith(p[:-1]) and text[len(p) - 1] == " "  # the cut falls on a space, not inside a word
    assert preview("قصير جدا") == "قصير جدا"  # nothing cut, no ellipsis
