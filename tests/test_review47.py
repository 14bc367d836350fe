"""Review 47: leftovers found by the session's reviewers (report pages of another build, the
overview's publication dates, Al-Watan the newspaper read as a Flag Waving marker)."""
from __future__ import annotations

import json
import shutil

import nbformat


def _nb(path, title):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {title}\n\n**Question:** is it listed?"), nbformat.v4.new_code_cell("print('hi')")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


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
