"""Rendering: offline pages, escaping, footer, caching, failure handling, determinism."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from arnews.report import NOTEBOOKS, ReportError, render_notebooks
from conftest import ROOT, sha_tree

pytestmark = pytest.mark.slow


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


def test_index_lists_notebooks_questions_and_corpus(seed_report):
    reports, _ = seed_report
    html = re.sub(r"</?bdi[^>]*>", "", (reports / "index.html").read_text(encoding="utf-8"))  # values isolated in <bdi>
    assert "5 articles" in html and "ar (4)" in html and "en (1)" in html and "2025-01-01" in html
    for nb in NOTEBOOKS.glob("*.ipynb"):
        assert f'href="{nb.stem}.html"' in html


def test_code_hidden_arabic_marked_rtl(seed_report):
    reports, _ = seed_report
    html = (reports / "00_corpus_overview.html").read_text(encoding="utf-8")
    assert "<details class=\"arnews-code\"><summary>code</summary>" in html
    assert 'dir="rtl" lang="ar"' in html  # Arabic table cells
    assert 'src="data:image/png;base64,' in html  # figures embedded


def test_rerun_reuses_and_says_so(seed_report, built):
    reports, _ = seed_report
    before = {p.name: p.read_bytes() for p in reports.glob("*.html")}
    logs = []
    render_notebooks(built, reports, log=logs.append)
    assert all("reused" in l for l in logs if l.startswith("arnews: ") and ".ipynb" in l)
    after = {p.name: p.read_bytes() for p in reports.glob("*.html")}
    strip = lambda b: re.sub(rb"<dt>Build date</dt><dd>.*?</dd>", b"", b)  # the minute may turn between renders
    assert {k: strip(v) for k, v in before.items()} == {k: strip(v) for k, v in after.items()}


def test_failing_notebook_names_cell_and_keeps_previous_reports(tmp_path, built):
    good = _nb(tmp_path / "a_good.ipynb", "print('ok')", title="Good")
    reports = tmp_path / "reports"
    render_notebooks(built, reports, notebooks=[good], log=lambda *a: None)
    before = sha_tree(reports)
    bad = _nb(tmp_path / "b_bad.ipynb", "x = 1", "raise ValueError('boom in the data')", title="Bad")
    good2 = _nb(tmp_path / "a_good.ipynb", "print('changed')", title="Good")
    with pytest.raises(ReportError) as e:
        render_notebooks(built, reports, notebooks=[good2, bad], log=lambda *a: None)
    assert str(e.value) == "notebook b_bad.ipynb failed in cell 3: ValueError: boom in the data"
    assert sha_tree(reports) == before  # nothing half-overwritten
    assert not list(reports.glob(".staging-*"))


def test_cli_report_failure_is_one_line(tmp_path, corpus_copy):
    r = subprocess.run(
        [sys.executable, "-m", "arnews", "report", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "o")],
        capture_output=True, text=True,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_deterministic_apart_from_build_date(tmp_path, built, monkeypatch):
    nb = NOTEBOOKS / "00_corpus_overview.ipynb"
    monkeypatch.setenv("ARNEWS_BUILD_DATE", "2000-01-01 00:00 UTC")
    r1, r2 = tmp_path / "r1", tmp_path / "r2"
    render_notebooks(built, r1, notebooks=[nb], log=lambda *a: None)
    render_notebooks(built, r2, notebooks=[nb], log=lambda *a: None)  # separate cache: executed again
    assert (r1 / "00_corpus_overview.html").read_bytes() == (r2 / "00_corpus_overview.html").read_bytes()
    assert (r1 / "index.html").read_bytes() == (r2 / "index.html").read_bytes()


def test_injection_corpus_escaped_everywhere(injection_report):
    _, reports = injection_report
    for p in reports.glob("*.html"):
        html = p.read_text(encoding="utf-8")
        assert "<script" not in html.lower(), p.name
        assert not re.search(r"<(img|svg)[^>]*\bon(error|load)\s*=", html, re.I), p.name
        assert "window.__pwned" not in re.sub(r"&[a-z#0-9]+;", "", html) or "&lt;script&gt;" in html


def test_make_report_corpus_goes_to_separate_folder():
    text = (ROOT / "Makefile").read_text()
    assert 'runs/$(notdir $(patsubst %/,%,$(CORPUS)))' in text


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
    assert any("(2 at a time)" in line for line in logs)
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
