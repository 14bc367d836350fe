"""Rendering: offline pages, escaping, footer, caching, failure handling, determinism,
timeouts, page sizes, full-table links, the table sorter's CSP, `make lab`."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from arnews.report import NOTEBOOKS, SORTER_JS, ReportError, render_notebooks
from conftest import ROOT

slow = pytest.mark.slow  # the tests that execute notebooks or build reports


def _nb(path: Path, *sources: str, title="Tiny") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {title}\n\n**Question:** does it render?")]
    nb.cells += [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def seed_report(seed_report_dir):
    return seed_report_dir, []


@slow
def test_every_notebook_rendered_with_index_and_footer(seed_report):
    reports, logs = seed_report
    pages = sorted(p.name for p in reports.glob("*.html"))
    assert pages == sorted([p.stem + ".html" for p in NOTEBOOKS.glob("*.ipynb")] + ["index.html"])
    import camel_tools

    from arnews import __version__

    for p in reports.glob("*.html"):
        html = p.read_text(encoding="utf-8")
        assert '<footer class="arnews">' in html
        plain = re.sub(r"</?bdi[^>]*>", "", html)  # values are isolated in <bdi> (issue 12: bidi controls)
        for needle in ("Build date", f"<dd>{__version__}</dd>", f"<dd>{camel_tools.__version__}</dd>", "Python", "hash ", "diacritics"):
            assert needle in plain, (p.name, needle)
        # offline: nothing is loaded from a network host
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), p.name
        visible = re.sub(r'data:[^"]*', "", html)  # embedded images are base64 noise
        assert "require.js" not in visible and "MathJax" not in visible and "cdn." not in visible.lower()


@slow
def test_index_lists_notebooks_questions_and_corpus(seed_report):
    reports, _ = seed_report
    html = re.sub(r"</?bdi[^>]*>", "", (reports / "index.html").read_text(encoding="utf-8"))  # values isolated in <bdi>
    assert "5 articles" in html and "ar (4)" in html and "en (1)" in html and "2025-01-01" in html
    for nb in NOTEBOOKS.glob("*.ipynb"):
        assert f'href="{nb.stem}.html"' in html


@slow
def test_code_hidden_arabic_marked_rtl(seed_report):
    reports, _ = seed_report
    html = (reports / "00_corpus_overview.html").read_text(encoding="utf-8")
    assert "<details class=\"arnews-code\"><summary>code</summary>" in html
    assert 'dir="rtl" lang="ar"' in html  # Arabic table cells
    assert 'src="data:image/png;base64,' in html  # figures embedded


@slow
def test_rerun_reuses_and_says_so(seed_report, built):
    reports, _ = seed_report
    before = {p.name: p.read_bytes() for p in reports.glob("*.html")}
    logs = []
    render_notebooks(built, reports, log=logs.append)
    assert all("reused" in l for l in logs if l.startswith("arnews: ") and ".ipynb" in l)
    after = {p.name: p.read_bytes() for p in reports.glob("*.html")}
    strip = lambda b: re.sub(rb"<dt>Build date</dt><dd>.*?</dd>", b"", b)  # the minute may turn between renders
    assert {k: strip(v) for k, v in before.items()} == {k: strip(v) for k, v in after.items()}


@slow
def test_failing_notebook_gets_a_page_and_the_others_are_written(tmp_path, built):
    """Issue 15 changed this contract on purpose.  Before: a failing notebook stopped the report
    and nothing was written (the previous pages were kept whole).  Now: every page is written, the
    failed notebook's page names the cell, its first line and the error in one line (the traceback
    collapsed, the outputs of the cells that ran kept), the index marks it, and ReportError comes
    at the end with a one-line summary naming it."""
    good = _nb(tmp_path / "a_good.ipynb", "print('ok')", title="Good")
    reports = tmp_path / "reports"
    render_notebooks(built, reports, notebooks=[good], log=lambda *a: None)
    bad = _nb(tmp_path / "b_bad.ipynb", "print('before the failure')", "raise ValueError('boom in the data')",
              "print('never printed')", title="Bad")
    good2 = _nb(tmp_path / "a_good.ipynb", "print('changed')", title="Good")
    logs = []
    with pytest.raises(ReportError) as e:
        render_notebooks(built, reports, notebooks=[good2, bad], log=logs.append, jobs=1)
    msg = str(e.value)
    assert "\n" not in msg
    assert msg.startswith("1 of 2 notebooks failed: b_bad.ipynb (cell 3 failed (ValueError: boom in the data): "
                          "raise ValueError('boom in the data'))"), msg
    assert [s["status"] for s in e.value.summaries] == ["ok", "failed"]
    assert "changed" in (reports / "a_good.html").read_text(encoding="utf-8")  # the good page is the new one
    page = (reports / "b_bad.html").read_text(encoding="utf-8")
    assert '<div class="arnews-failure"' in page
    assert "cell 3 failed (ValueError: boom in the data): raise ValueError(&#x27;boom in the data&#x27;)" in page
    assert re.search(r"<details><summary>traceback</summary><pre>[^<]*ValueError", page)
    assert "before the failure" in page and "never printed" not in page  # outputs so far; later cells dropped
    assert "The 1 later cell did not run" in page
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert 'href="a_good.html"' in index and 'href="b_bad.html"' in index
    assert re.search(r'id="card-b_bad" data-status="failed">.*?did not finish: .*?cell 3 failed', index)
    assert any(l == "arnews: a_good.ipynb: started" for l in logs)
    assert any(re.fullmatch(r"arnews: a_good\.ipynb: done in [\d.]+ s, page \d+ kB", l) for l in logs), logs
    assert any(l.startswith("arnews: b_bad.ipynb: FAILED after ") for l in logs)
    assert not list(reports.glob(".staging-*")) and not list(reports.glob(".*.tmp"))
    # the failed page is not cached: a rerun executes it again and reuses the good one
    logs = []
    with pytest.raises(ReportError):
        render_notebooks(built, reports, notebooks=[good2, bad], log=logs.append, jobs=1)
    assert any("a_good.ipynb: reused" in l for l in logs) and any("b_bad.ipynb: started" in l for l in logs)


@slow
def test_cell_timeout_names_the_cell_and_its_first_line(tmp_path, built):
    slow_nb = _nb(tmp_path / "slow.ipynb", "print('quick cell')", "import time\ntime.sleep(60)", title="Slow")
    reports = tmp_path / "reports"
    with pytest.raises(ReportError) as e:
        render_notebooks(built, reports, notebooks=[slow_nb], log=lambda *a: None, cell_timeout=2)
    assert "slow.ipynb (cell 3 timed out after 2 s: import time)" in str(e.value)
    page = (reports / "slow.html").read_text(encoding="utf-8")
    assert "cell 3 timed out after 2 s: import time" in page and "quick cell" in page
    assert "To give each cell more time: --cell-timeout SECONDS" in page
    assert "-------------------" not in page.split("<details>")[0]  # no preview rule as the message


@slow
def test_cli_failed_notebooks_exit_nonzero_with_one_line_and_pages_written(tmp_path):
    """One notebook times out, one fails, one succeeds: the CLI writes every page and the index,
    prints progress per notebook and ends with exit 1 and one line naming the two failures."""
    nbs = [_nb(tmp_path / "a_ok.ipynb", "print('fine')", title="Fine"),
           _nb(tmp_path / "b_slow.ipynb", "import time\ntime.sleep(60)", title="Slow"),
           _nb(tmp_path / "c_bad.ipynb", "{}['missing']", title="Bad")]
    out = tmp_path / "o"
    r = subprocess.run(
        [sys.executable, "-m", "arnews", "report", "--corpus", str(ROOT / "data" / "raw"), "--manifest",
         str(ROOT / "data" / "articles.csv"), "--out", str(out), "--cell-timeout", "2", "--jobs", "2",
         "--notebooks", *map(str, nbs)],
        capture_output=True, text=True,
    )
    assert r.returncode == 1, r.stderr
    err = r.stderr.strip().splitlines()
    assert err == [f"arnews: error: 2 of 3 notebooks failed: b_slow.ipynb (cell 2 timed out after 2 s: import time); "
                   f"c_bad.ipynb (cell 2 failed (KeyError: 'missing'): {{}}['missing']); every other page and "
                   f"index.html are in {out / 'reports'}; more time per cell: --cell-timeout SECONDS"], r.stderr
    assert sorted(p.name for p in (out / "reports").glob("*.html")) == ["a_ok.html", "b_slow.html", "c_bad.html", "index.html"]
    for nb in ("a_ok", "b_slow", "c_bad"):
        assert f"arnews: {nb}.ipynb: started" in r.stdout
    assert re.search(r"arnews: a_ok\.ipynb: done in [\d.]+ s, page \d+ kB", r.stdout)


def test_cli_cell_timeout_rejects_nonsense(tmp_path, monkeypatch):
    from arnews.__main__ import main

    monkeypatch.setenv("ARNEWS_CELL_TIMEOUT", "ten")
    assert main(["report", "--corpus", str(tmp_path), "--out", str(tmp_path / "o"), "--notebooks", str(tmp_path)]) == 1
    assert main(["report", "--corpus", str(tmp_path), "--out", str(tmp_path / "o")]) == 1
    monkeypatch.delenv("ARNEWS_CELL_TIMEOUT")
    assert main(["report", "--corpus", str(tmp_path), "--out", str(tmp_path / "o"), "--cell-timeout", "-1"]) == 1
    assert not (tmp_path / "o").exists()


@slow
def test_page_over_the_size_limit_is_flagged_in_log_and_index(tmp_path, built):
    nb = _nb(tmp_path / "big.ipynb", "print('x' * 3000)", title="Big")
    logs = []
    render_notebooks(built, tmp_path / "r", notebooks=[nb], log=logs.append, page_limit_mb=0.01)
    warn = [l for l in logs if "warning" in l]
    assert len(warn) == 1 and re.fullmatch(r"arnews: warning: big\.html is \d+ kB, over the 0\.01 MB limit", warn[0]), logs
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<p class="arnews-warning">page is \d+ kB, over the 0.01 MB limit</p>', index)


@slow
def test_full_table_link_written_next_to_the_pages_and_checked_on_reuse(tmp_path, built):
    code = ("import pandas as pd\nfrom arnews.links import link_table\n"
            "df = pd.DataFrame({'word': ['سلام', 'أمن', 'تنمية'], 'n': [3, 2, 1]})\nlink_table(df, 'words')")
    nb = _nb(tmp_path / "linked.ipynb", code, title="Linked")
    reports = tmp_path / "r"
    render_notebooks(built, reports, notebooks=[nb], log=lambda *a: None)
    csv = reports / "tables" / "linked" / "words.csv"
    assert csv.read_bytes().startswith("\ufeffword,n\nسلام,3\n".encode("utf-8"))
    page = (reports / "linked.html").read_text(encoding="utf-8")
    assert 'href="tables/linked/words.csv"' in page and "Full table: words.csv</a> (3 rows × 2 columns, 1 kB, CSV)" in page
    csv.unlink()  # a reused page must not link to a missing file: executed again
    logs = []
    render_notebooks(built, reports, notebooks=[nb], log=logs.append)
    assert not any("reused" in l for l in logs) and csv.is_file()


def test_table_link_html_escapes_and_links_relatively(tmp_path):
    import pandas as pd

    from arnews.links import table_link_html

    html = table_link_html(pd.DataFrame({"a": range(5)}), "top <terms>", reports=tmp_path, folder="01_topics",
                           label='All "terms"')
    assert (tmp_path / "tables" / "01_topics" / "top_terms.csv").is_file()
    assert 'href="tables/01_topics/top_terms.csv"' in html and "All &quot;terms&quot;: top_terms.csv" in html
    assert "(5 rows × 1 columns, 1 kB, CSV)" in html
    with pytest.raises(ValueError):
        table_link_html(pd.DataFrame({"a": [1]}), "///", reports=tmp_path)


def test_index_lists_at_most_index_rows_and_links_the_rest(tmp_path, built, monkeypatch):
    import arnews.report as R

    monkeypatch.setattr(R, "INDEX_ROWS", 2)
    html = R._articles_section(built, tmp_path)
    assert html.count("<tr><td") == 2
    assert 'href="tables/articles.csv"' in html
    assert ("2 of 5 articles are listed (the first by id of 2 of the 3 groups (2 outlets and the articles naming none),"
            " in name order); all of them: articles.csv") in html
    assert len((tmp_path / "tables" / "articles.csv").read_text(encoding="utf-8-sig").strip().splitlines()) == 6


def test_index_sample_gives_every_outlet_its_turn_and_states_the_rule():
    import pandas as pd

    from arnews.report import index_sample

    arts = pd.DataFrame({"article_id": [f"big_{i:03d}" for i in range(50)] + ["small_000", "small_001", "tiny_000"],
                         "outlet": ["big"] * 50 + ["small"] * 2 + ["tiny"]})
    shown, rule = index_sample(arts, 9)
    assert shown["outlet"].value_counts().to_dict() == {"big": 6, "small": 2, "tiny": 1}
    assert shown["article_id"].tolist() == sorted(shown["article_id"]) and "big_005" in set(shown["article_id"])
    assert rule == "the first 6 by id of each of 3 outlets; all articles of the 2 with fewer"
    assert index_sample(arts, 60) == (arts, "") or index_sample(arts, 60)[0] is arts
    one, rule1 = index_sample(arts.assign(outlet="x"), 4)
    assert one["article_id"].tolist() == ["big_000", "big_001", "big_002", "big_003"] and rule1 == "the first 4 by id"


def test_the_only_script_is_the_sorter_allowed_by_its_hash(tmp_path):
    """Pages carry one inline script (the table sorter); the Content-Security-Policy allows that
    script by its SHA-256 hash and nothing else: no network, no other inline script."""
    import base64
    import hashlib

    from arnews.report import _page

    html = _page("t", "<p>body</p>", "<footer></footer>", [("Index", "index.html")])
    assert html.lower().count("<script") == 1 and f"<script>{SORTER_JS}</script>" in html
    digest = base64.b64encode(hashlib.sha256(SORTER_JS.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert csp == f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"
    assert "unsafe-inline'; script" in csp and "script-src 'unsafe" not in csp


def test_make_lab_allows_root_takes_options_and_skips_a_build_when_tables_exist(tmp_path):
    env = dict(os.environ, MAKEFLAGS="")
    processed = tmp_path / "processed"
    processed.mkdir()
    cmd = ["make", "-n", "-C", str(ROOT), "lab", f"STAMP={tmp_path}/stamp", f"PROCESSED={processed}",
           "LAB_ARGS=--port 8899 --no-browser"]
    (tmp_path / "stamp").touch()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    lines = [l for l in r.stdout.splitlines() if "jupyter lab" in l or "arnews build" in l]
    assert len(lines) == 2 and "arnews build" in lines[0]  # no tables yet: built first
    (processed / "build_info.json").write_text("{}")
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    lines = [l for l in r.stdout.splitlines() if "jupyter lab" in l or "arnews build" in l]
    assert len(lines) == 1 and lines[0].endswith("--port 8899 --no-browser"), r.stdout
    assert ("--allow-root" in lines[0]) == (os.getuid() == 0)


@slow
def test_cli_report_failure_is_one_line(tmp_path, corpus_copy):
    r = subprocess.run(
        [sys.executable, "-m", "arnews", "report", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "o")],
        capture_output=True, text=True,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


@slow
def test_deterministic_apart_from_build_date(tmp_path, built, monkeypatch):
    nb = NOTEBOOKS / "00_corpus_overview.ipynb"
    monkeypatch.setenv("ARNEWS_BUILD_DATE", "2000-01-01 00:00 UTC")
    r1, r2 = tmp_path / "r1", tmp_path / "r2"
    render_notebooks(built, r1, notebooks=[nb], log=lambda *a: None)
    render_notebooks(built, r2, notebooks=[nb], log=lambda *a: None)  # separate cache: executed again
    assert (r1 / "00_corpus_overview.html").read_bytes() == (r2 / "00_corpus_overview.html").read_bytes()
    assert (r1 / "index.html").read_bytes() == (r2 / "index.html").read_bytes()


@slow
def test_injection_corpus_escaped_everywhere(injection_report):
    _, reports = injection_report
    for p in reports.glob("*.html"):
        html = p.read_text(encoding="utf-8")
        # the page's only script is the shell's table sorter (allowed by its hash in the CSP)
        assert html.lower().count("<script") == 1 and f"<script>{SORTER_JS}</script>" in html, p.name
        assert not re.search(r"<(img|svg)[^>]*\bon(error|load)\s*=", html, re.I), p.name
        assert "window.__pwned" not in re.sub(r"&[a-z#0-9]+;", "", html) or "&lt;script&gt;" in html


@slow
def test_make_report_corpus_goes_to_separate_folder():
    text = (ROOT / "Makefile").read_text()
    assert 'runs/$(notdir $(patsubst %/,%,$(CORPUS)))' in text


@slow
def test_notebooks_run_in_parallel_each_with_its_tables(tmp_path, built, monkeypatch):
    """Notebooks execute two at a time; each kernel is told where the tables are through
    its own environment (this process's environment is left alone), and --force
    re-executes pages the cache would otherwise reuse."""
    monkeypatch.delenv("ARNEWS_PROCESSED", raising=False)
    code = ("import os, json\nP = os.environ['ARNEWS_PROCESSED']\n"
            "print('articles:', json.load(open(os.path.join(P, 'build_info.json')))['articles'], 'tag:', {tag!r})")
    nbs = [_nb(tmp_path / f"n{i}.ipynb", code.format(tag=f"nb{i}"), title=f"N{i}") for i in range(3)]
    reports = tmp_path / "reports"
    logs = []
    render_notebooks(built, reports, notebooks=nbs, log=logs.append, jobs=2)
    assert any("(2 at a time, 600 s per cell)" in line for line in logs)
    for i in range(3):
        html = (reports / f"n{i}.html").read_text(encoding="utf-8")
        assert f"articles: 5 tag: nb{i}" in html
    assert "ARNEWS_PROCESSED" not in os.environ
    logs = []
    render_notebooks(built, reports, notebooks=nbs, log=logs.append, jobs=2)
    assert sum("reused" in line for line in logs) == 3
    logs = []
    render_notebooks(built, reports, notebooks=nbs, log=logs.append, jobs=2, force=True)
    assert not any("reused" in line for line in logs) and any("executing n0.ipynb, n1.ipynb, n2.ipynb" in line for line in logs)


@slow
def test_quantities_prose_names_every_calendar_the_corpus_uses(tmp_path):
    """The quantities notebook says which calendars the dated figures use: Hijri and the Vietnamese
    lunar calendar by name, never "every dated figure is Gregorian" when some are not."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "افتتاح مهرجان الربيع في المقاطعة\n"
        "افتتحت المقاطعة مهرجان الربيع في الثامن من الشهر الأول بالتقويم القمري، بمشاركة 300 حرفي من 12 بلدية.\n",
        encoding="utf-8")
    (corpus / "b.txt").write_text(
        "الأمير يفتتح معرض الكتاب\n"
        "افتتح أمير المنطقة معرض الكتاب في 5 شوال 1436هـ، ويستمر المعرض 10 أيام بمشاركة 200 دار نشر.\n",
        encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "arnews", "report", "--corpus", str(corpus), "--out", str(tmp_path / "o"),
                        "--notebooks", str(ROOT / "notebooks" / "02_quantities.ipynb")],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    page = (tmp_path / "o" / "reports" / "02_quantities.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S))
    assert "dated figures are written in the Vietnamese lunar calendar" in text
    assert "dated figures are written in the Hijri calendar" in text
    assert "Every dated figure is written in the Gregorian calendar." not in text.split("Dated figures by the calendar")[-1]
