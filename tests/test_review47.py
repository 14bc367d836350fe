"""Review 47: leftovers found by the session's reviewers (report pages of another build, the
overview's publication dates, Al-Watan the newspaper read as a Flag Waving marker)."""
from __future__ import annotations

import json
import shutil

from report_checks import one_cell_notebook as _nb


# --- 1. a page rendered for corpus A is not listed by a --notebooks report of corpus B


def test_a_page_of_another_build_is_not_listed_and_not_deleted(tmp_path, built, monkeypatch):
    import arnews.report as R

    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    a, b = _nb(nbdir / "a_overview.ipynb", "Overview"), _nb(nbdir / "b_rhetoric.ipynb", "Rhetoric")
    monkeypatch.setattr(R, "NOTEBOOKS", nbdir)
    reports = tmp_path / "reports"
    R.render_notebooks(built, reports, log=lambda *x: None, jobs=1)  # corpus A: both pages
    other = tmp_path / "processed_b"  # corpus B: another corpus, another build
    shutil.copytree(built, other)
    info = json.loads((other / "build_info.json").read_text(encoding="utf-8"))
    info.update(corpus="/data/other_corpus", corpus_hash="0123456789abcdef")
    (other / "build_info.json").write_text(json.dumps(info), encoding="utf-8")
    R.render_notebooks(other, reports, notebooks=[a], log=lambda *x: None, jobs=1)
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert 'href="a_overview.html"' in index
    assert 'href="b_rhetoric.html"' not in index  # corpus A's page is no page of corpus B
    assert 'href="b_rhetoric.html"' not in (reports / "a_overview.html").read_text(encoding="utf-8")
    assert (reports / "b_rhetoric.html").is_file()  # but the file is left alone
    # the same build again: the page rendered for it is listed
    R.render_notebooks(other, reports, log=lambda *x: None, jobs=1)
    R.render_notebooks(other, reports, notebooks=[a], log=lambda *x: None, jobs=1)
    assert 'href="b_rhetoric.html"' in (reports / "index.html").read_text(encoding="utf-8")


# --- a tiny corpus written here: odd manifest dates, and Al-Watan's dateline

import re  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

TINY = {
    "w1.txt": "الأمانة تفتتح ممشى جديدا في حي الملقا\n\nالرياض - \"الوطن\"\n\n"
              "افتتحت أمانة منطقة الرياض أمس ممشى جديدا بطول ثلاثة كيلومترات في حي الملقا، ضمن خطة لزيادة المساحات الخضراء.\n\n"
              "وقال مدير الحدائق إن الممشى مزود بإنارة ومقاعد وأماكن مظللة للزوار.\n",
    "w2.txt": "الجامعة تستقبل طلابها المستجدين الأسبوع المقبل\n\nأبها - واس\n\n"
              "أعلنت جامعة الملك خالد استعدادها لاستقبال الطلاب المستجدين مطلع الأسبوع المقبل في مختلف الكليات.\n\n"
              "وأوضح وكيل الجامعة أن الكليات جهزت القاعات والمعامل لبدء الدراسة.\n",
    "w3.txt": "جنودنا البواسل يحمون حدود الوطن\n\nجازان - واس\n\n"
              "أكد قائد القوات أن جنودنا البواسل على الحدود يقدمون أرواحهم فداء للوطن ودفاعا عن تراب الوطن الغالي.\n\n"
              "وقال في تصريح لـ\"الوطن\" إن الروح المعنوية عالية، وفق ما نشرته صحيفة الوطن أمس.\n",
    "w4.txt": "نادي الشباب يجدد عقد مدربه موسما إضافيا\n\nالرياض - خالد العتيبي\n\n"
              "جدد نادي الشباب عقد مدرب الفريق الأول لموسم إضافي بعد النتائج الجيدة في الدوري.\n\n"
              "وقال رئيس النادي إن الإدارة راضية عن عمل الجهاز الفني.\n",
}
MANIFEST = ("id,file,language,outlet,published,title\n"
            "w1,w1.txt,ar,alwatan,2015-08-03,الأمانة تفتتح ممشى جديدا\n"
            "w2,w2.txt,ar,spa,0000-00-00,الجامعة تستقبل طلابها\n"
            "w3,w3.txt,ar,spa,غير معروف,جنودنا البواسل يحمون حدود الوطن\n"
            "w4,w4.txt,ar,alriyadh,2015-08-05,نادي الشباب يجدد عقد مدربه\n")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    from arnews.build import build

    base = tmp_path_factory.mktemp("tiny47")
    raw = base / "raw"
    raw.mkdir()
    for name, text in TINY.items():
        (raw / name).write_text(text, encoding="utf-8")
    (base / "articles.csv").write_text(MANIFEST, encoding="utf-8")
    build(raw, base / "processed", manifest=base / "articles.csv", jobs=1, log=lambda *a: None)
    return base


def _text(path):
    html = re.sub(r"<details.*?</details>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- 2. the overview's publication dates: a value that is no YYYY-MM-DD date is no date


@pytest.mark.slow
def test_overview_counts_only_readable_dates(tiny):
    from arnews.report import NOTEBOOKS, render_notebooks

    render_notebooks(tiny / "processed", tiny / "reports", notebooks=[NOTEBOOKS / "00_corpus_overview.ipynb"],
                     jobs=1, log=lambda *a: None)
    over = _text(tiny / "reports" / "00_corpus_overview.html")
    assert "0000-00-00 to" not in over and "to غير معروف" not in over
    m = re.search(r"Publication dates: ([^.]*)\.", over)
    assert m, over[:2000]
    assert m.group(1).startswith("2015-08-03, 2015-08-05 (2 of 4 articles dated"), m.group(1)
    assert "2 have no readable date" in m.group(1), m.group(1)


# --- 3. topics of near-identical articles: scikit-learn's sqrt of a rounding-negative error printed a
# RuntimeWarning in the middle of the build log (the topic tables are byte-identical with it silenced)

NEAR = [
    "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في منطقة الرياض وأكدت أن الفرق الطبية تتابع الحالات.",
    "فاز فريق الهلال على النصر بهدفين في مباراة الدوري مساء أمس على استاد الملك فهد.",
    "ارتفع مؤشر سوق الأسهم السعودية في ختام تداولات الأسبوع بدعم من قطاع المصارف والبتروكيماويات.",
    "افتتح أمير المنطقة مهرجان التمور في بريدة بمشاركة مئات المزارعين من مختلف المحافظات.",
]


def test_topics_of_near_identical_articles_print_no_runtime_warning(tmp_path):
    import os
    import subprocess
    import sys

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(20):  # four stories, five copies each: k=4 reconstructs them exactly
        (raw / f"n{i:02d}.txt").write_text("عنوان الخبر\n\n" + NEAR[i % 4] + "\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root / "lib")}
    run = subprocess.run([sys.executable, "-m", "arnews", "build", "--corpus", str(raw), "--out", str(tmp_path / "out"),
                          "--jobs", "1"], capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert (tmp_path / "out" / "topics.csv").is_file()
    assert "RuntimeWarning" not in run.stderr + run.stdout, (run.stderr + run.stdout)[-2000:]


# --- 4. Al-Watan the newspaper (quoted alone, after a dash in a dateline, صحيفة الوطن, لـ"الوطن") is no
# Flag Waving marker; the homeland in a sentence, or a quoted slogan or title, still is


@pytest.mark.parametrize("text", [
    'الرياض - "الوطن"',
    'وأوضح مدير التعليم بالمنطقة لـ"الوطن" أن الدراسة تبدأ الأحد المقبل.',
    'وعلمت «الوطن» من مصادر مطلعة أن الوزارة تدرس القرار.',
    'وأكد المتحدث لـ(الوطن) أن الفرق الميدانية باشرت عملها.',
    'وكانت صحيفة الوطن قد نشرت تقريرا عن المشروع الأسبوع الماضي.',
    'بدأ عمله محررا في صحيفة “الوطن” قبل عشر سنوات.',
])
def test_the_newspaper_al_watan_is_no_flag_waving_marker(text):
    from arnews.rhetoric import find_markers

    assert not [h for h in find_markers(text, "ar") if h.technique == "Flag_Waving"], find_markers(text, "ar")


@pytest.mark.parametrize("text", [
    "وأكد أن أبناء الوطن يقفون صفا واحدا خلف القيادة.",
    'وقال إن "الوطن أمانة في أعناقنا جميعا".',                  # a quote that opens before the word
    'وأقيمت فعالية تحت شعار "الوطن" بمشاركة طلاب المدارس.',      # a quoted slogan is the word's own use
    "ودعا إلى تحرير الوطن من الإرهاب.",
])
def test_the_homeland_stays_a_flag_waving_marker(text):
    from arnews.rhetoric import find_markers

    assert [h.surface for h in find_markers(text, "ar") if h.technique == "Flag_Waving"] == ["الوطن"]


def test_the_tiny_corpus_dateline_of_al_watan_is_no_marker(tiny):
    import pandas as pd

    rh = pd.read_parquet(tiny / "processed" / "rhetoric.parquet")
    fw = rh[rh.technique == "Flag_Waving"]
    assert "w1" not in set(fw.article_id)  # الرياض - "الوطن": the paper's dateline
    w3 = fw[fw.article_id == "w3"]
    # حدود الوطن (title), فداء للوطن and تراب الوطن: the homeland (للوطن read since review48);
    # لـ"الوطن", صحيفة الوطن: the paper
    assert sorted(w3[w3.marker == "الوطن"].paragraph) == [0, 2, 2], w3[["paragraph", "surface"]]
