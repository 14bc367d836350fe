"""Session 35: a report of some notebooks (``--notebooks``) into a folder that holds the other
pages keeps listing them on the index and in the navigation."""
from __future__ import annotations

from report_checks import one_cell_notebook as _nb


def test_rendering_one_notebook_keeps_the_other_pages_on_the_index(tmp_path, built, monkeypatch):
    import arnews.report as R

    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    a, b = _nb(nbdir / "a_first.ipynb", "First"), _nb(nbdir / "b_second.ipynb", "Second")
    monkeypatch.setattr(R, "NOTEBOOKS", nbdir)
    reports = tmp_path / "reports"
    R.render_notebooks(built, reports, log=lambda *x: None, jobs=1)
    _nb(nbdir / "a_first.ipynb", "First again")
    done = R.render_notebooks(built, reports, notebooks=[a], log=lambda *x: None, jobs=1)
    assert [s["stem"] for s in done] == ["a_first"]  # only the one asked for ran
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert 'href="a_first.html"' in index and 'href="b_second.html"' in index and "First again" in index
    assert 'href="b_second.html"' in (reports / "a_first.html").read_text(encoding="utf-8")
    # a page that was never rendered is not listed
    (reports / "b_second.html").unlink()
    R.render_notebooks(built, reports, notebooks=[a], log=lambda *x: None, jobs=1)
    assert 'href="b_second.html"' not in (reports / "index.html").read_text(encoding="utf-8")
