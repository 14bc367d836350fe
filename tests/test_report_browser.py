"""The rendered pages in a real headless Chromium with the network blocked."""
from __future__ import annotations

import shutil

import pytest

from injection import PAYLOADS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = __import__("pathlib").Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("Chromium is not installed (apt-get install chromium); browser tests not run")
    pw = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with pw.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield b
        b.close()


def open_offline(browser, path):
    """Open a page with every non-file request blocked; return (page, problems)."""
    ctx = browser.new_context(offline=True, java_script_enabled=True)
    page = ctx.new_page()
    problems = {"console": [], "failed": [], "network": [], "dialogs": []}
    page.on("console", lambda m: problems["console"].append(m.text) if m.type in ("error", "warning") else None)
    page.on("requestfailed", lambda r: problems["failed"].append(r.url))
    page.on("dialog", lambda d: (problems["dialogs"].append(d.message), d.dismiss()))

    def route(r):
        if r.request.url.startswith(("file://", "data:")):
            r.continue_()
        else:
            problems["network"].append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


def _check_page(page, problems, name):
    assert problems["network"] == [], (name, problems["network"])
    assert problems["failed"] == [], (name, problems["failed"])
    assert problems["console"] == [], (name, problems["console"])
    images = page.evaluate("() => [...document.images].map(i => [i.complete, i.naturalWidth])")
    assert all(ok and w > 0 for ok, w in images), (name, images)
    assert page.evaluate("() => window.__pwned") is None


def test_seed_pages_complete_offline_and_rtl(browser, seed_report_dir):
    for path in sorted(seed_report_dir.glob("*.html")):
        page, problems = open_offline(browser, path)
        _check_page(page, problems, path.name)
        # Arabic text (table cells and spans marked lang=ar) is laid out right-to-left;
        # code stays left-to-right
        dirs = page.evaluate(
            """() => [...document.querySelectorAll('[lang=ar]')].map(e => getComputedStyle(e).direction)"""
        )
        if path.name != "index.html":
            assert dirs and set(dirs) == {"rtl"}, (path.name, set(dirs))
        auto_ar = page.evaluate(
            """() => [...document.querySelectorAll('p[dir=auto], td[dir=auto]')]
                   .filter(e => /^[\\s\\d\\p{P}]*[\\u0600-\\u06FF]/u.test(e.textContent))
                   .map(e => getComputedStyle(e).direction)"""
        )
        assert set(auto_ar) <= {"rtl"}, path.name
        code_dirs = page.evaluate("() => [...document.querySelectorAll('.input pre')].map(e => getComputedStyle(e).direction)")
        assert set(code_dirs) <= {"ltr"}
        if path.name == "index.html":
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)
        page.context.close()
    assert (ARTIFACTS / "index.png").stat().st_size > 10_000


def test_injection_payload_shows_as_text_and_never_runs(browser, injection_report):
    _, reports = injection_report
    seen_payload = False
    for path in sorted(reports.glob("*.html")):
        page, problems = open_offline(browser, path)
        _check_page(page, problems, path.name)
        assert problems["dialogs"] == []
        assert page.evaluate("() => document.querySelectorAll('main script, main svg[onload], img[onerror]').length") == 0
        text = page.evaluate("() => document.body.innerText")
        if any(p in text for p in PAYLOADS):
            seen_payload = True
        page.context.close()
    assert seen_payload, "the payload should be visible as text somewhere in the report"


# --- a generated corpus of 300 articles (tests/newsgen.py): built and rendered once ----------

NEWS_ARTICLES = 300
FAILING_CELL = "total = 0\nshare = 1 / total"


@pytest.fixture(scope="session")
def news_report(tmp_path_factory):
    """The real notebooks plus one that fails, rendered on a 300-article generated corpus.
    Returns (reports folder, the ReportError raised at the end)."""
    import nbformat

    from arnews.build import build
    from arnews.report import NOTEBOOKS, ReportError, render_notebooks
    from newsgen import make_news_corpus

    base = tmp_path_factory.mktemp("news300")
    corpus = make_news_corpus(base / "corpus", n=NEWS_ARTICLES)
    processed, reports = base / "processed", base / "reports"
    build(corpus, processed, log=lambda *a: None)
    bad = nbformat.v4.new_notebook()
    bad.cells = [nbformat.v4.new_markdown_cell("# A notebook that fails\n\n**Question:** is the failure reported?"),
                 nbformat.v4.new_code_cell("print('this output is kept')"), nbformat.v4.new_code_cell(FAILING_CELL),
                 nbformat.v4.new_code_cell("print('never run')")]
    bad.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(bad, base / "zz_fails.ipynb")
    error = None
    try:
        # no cell timeout: on a busy machine the topics notebook's similarity cell can pass 600 s
        render_notebooks(processed, reports, notebooks=sorted(NOTEBOOKS.glob("*.ipynb")) + [base / "zz_fails.ipynb"],
                         log=lambda *a: None, cell_timeout=None)
    except ReportError as e:
        error = e
    return reports, error


def _pages(reports):
    return sorted(reports.glob("*.html"))


def test_news_failed_notebook_reported_and_the_rest_kept(browser, news_report):
    from arnews.report import NOTEBOOKS

    reports, error = news_report
    assert error is not None and str(error).startswith("1 of 5 notebooks failed: zz_fails.ipynb "), error
    expected = sorted([p.stem + ".html" for p in NOTEBOOKS.glob("*.ipynb")] + ["zz_fails.html", "index.html"])
    assert [p.name for p in _pages(reports)] == expected
    page, problems = open_offline(browser, reports / "zz_fails.html")
    _check_page(page, problems, "zz_fails.html")
    alert = page.locator(".arnews-failure .arnews-failure-message").inner_text()
    assert alert == "cell 3 failed (ZeroDivisionError: division by zero): total = 0"
    assert page.locator(".arnews-failure details").evaluate("d => d.open") is False  # traceback collapsed
    text = page.evaluate("() => document.body.innerText")
    assert "this output is kept" in text and "never run" not in text
    page.context.close()
    page, problems = open_offline(browser, reports / "index.html")
    _check_page(page, problems, "index.html")
    status = page.evaluate("() => Object.fromEntries([...document.querySelectorAll('.card')].map(c => [c.id, c.dataset.status]))")
    assert status == {f"card-{p.stem}": "ok" for p in NOTEBOOKS.glob("*.ipynb")} | {"card-zz_fails": "failed"}
    assert "did not finish: cell 3 failed (ZeroDivisionError" in page.locator("#card-zz_fails").inner_text()
    page.context.close()


def test_news_pages_no_wider_than_the_viewport(browser, news_report):
    reports, _ = news_report
    wide = {}
    for path in _pages(reports):
        page, problems = open_offline(browser, path)
        for width in (1300, 1000):
            page.set_viewport_size({"width": width, "height": 900})
            scroll = page.evaluate("() => document.documentElement.scrollWidth")
            if scroll > width:
                wide[(path.name, width)] = scroll
        page.context.close()
    assert wide == {}


def test_news_tables_sort_and_filter_with_js_and_read_without(browser, news_report):
    reports, _ = news_report
    page, problems = open_offline(browser, reports / "index.html")
    _check_page(page, problems, "index.html")  # a CSP violation by the sorter would be a console error
    table = page.locator("main table").last
    # the column found by its header: the index leaves out metadata columns no article fills (review41)
    col = table.locator("thead th").all_inner_texts().index("body words")
    words = lambda: [int(t.replace(",", "")) for t in table.locator(f"tbody tr td:nth-child({col + 1})").all_inner_texts()]
    assert len(words()) == NEWS_ARTICLES and words() != sorted(words())
    header = table.locator("thead th").nth(col)
    header.click()
    assert words() == sorted(words()) and header.get_attribute("aria-sort") == "ascending"
    header.click()
    assert words() == sorted(words(), reverse=True) and header.get_attribute("aria-sort") == "descending"
    box = page.locator(".arnews-filterbar input").last
    box.fill("nakhil")
    visible = table.locator("tbody tr:visible")
    assert visible.count() == NEWS_ARTICLES // 4
    assert page.locator(".arnews-filterbar span").last.inner_text() == f"{NEWS_ARTICLES // 4} of {NEWS_ARTICLES} rows"
    assert all("nakhil" in t for t in visible.all_inner_texts())
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "news-index-filtered.png"))
    page.context.close()
    # without JavaScript: every row in document order, no filter box, nothing hidden
    ctx = browser.new_context(offline=True, java_script_enabled=False)
    page = ctx.new_page()
    page.goto((reports / "index.html").as_uri())
    table = page.locator("main table").last
    assert table.locator("tbody tr:visible").count() == NEWS_ARTICLES
    assert page.locator(".arnews-filterbar").count() == 0 and page.locator("th[aria-sort]").count() == 0
    assert table.locator("thead th").nth(col).inner_text() == "body words"
    ctx.close()


def _tables(page):
    """Every table of a page as {headers, rows (cell texts)}."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main table')].map(t => ({
               headers: t.tHead ? [...t.tHead.rows[t.tHead.rows.length - 1].cells].map(c => c.innerText.trim()) : [],
               rows: [...(t.tBodies[0] ? t.tBodies[0].rows : [])].map(r => [...r.cells].map(c => c.innerText.trim()))}))"""
    )




def test_news_no_scientific_notation_in_integer_columns(browser, news_report):
    """No whole number in any table is written in scientific notation (`4.8e+09`, `1e+03`); a
    small non-integer (a p-value of `1e-05`) may be."""
    import re

    reports, _ = news_report
    sci = re.compile(r"^[-+]?\d+(\.\d+)?e[-+]?\d+$", re.I)
    found = {}
    for path in _pages(reports):
        page, _ = open_offline(browser, path)
        for t in _tables(page):
            for row in t["rows"]:
                for h, v in zip(t["headers"], row):
                    v = v.replace(",", "")
                    if sci.match(v) and float(v).is_integer():
                        found.setdefault(path.name, set()).add(f"{h}={v}")
        page.context.close()
    assert found == {}


def test_news_article_labels_unique(browser, news_report):
    """Article labels name one article each: in a table with one row per article (an `article`,
    `article_id` or `label` column and no paragraph/span columns) no label repeats, and no label
    anywhere is a cut-off prefix shared by several article ids (the old `aid[:3]` made all 300
    articles `wad (ar)`, `sah (ar)`, ... and merged their rows)."""
    import csv
    import re

    reports, _ = news_report
    ids = [r["article_id"] for r in csv.DictReader(open(reports.parent / "processed" / "articles.csv", encoding="utf-8"))]
    assert len(ids) == NEWS_ARTICLES
    per_article, dupes, prefixes = 0, {}, {}
    for path in _pages(reports):
        page, _ = open_offline(browser, path)
        for t in _tables(page):
            heads = [h.lower() for h in t["headers"]]
            col = next((heads.index(h) for h in ("article", "article_id", "label") if h in heads), None)
            if col is None:
                continue
            labels = [r[col] for r in t["rows"] if len(r) > col]
            for label in set(labels):
                stem = re.sub(r"\s*\([^)]*\)\s*$", "", label).strip()
                if stem and stem not in ids and sum(i.startswith(stem) for i in ids) > 1:
                    prefixes.setdefault(path.name, set()).add(label)
            if {"paragraph", "start", "match", "most similar to"} & set(heads) or len(labels) < 5:  # (pairs repeat articles)
                continue
            per_article += 1
            if len(set(labels)) != len(labels):
                dupes[(path.name, tuple(t["headers"]))] = len(labels) - len(set(labels))
        page.context.close()
    assert per_article >= 1
    assert prefixes == {}, "labels shared by several articles"
    assert dupes == {}


def test_news_kwic_reads_right_to_left_when_the_match_is_arabic(browser, news_report):
    """In a keyword-in-context table whose match is Arabic, the preceding context is laid out to the
    RIGHT of the match and the following context to its LEFT (an Arabic reader reads the line in order)."""
    import re

    reports, _ = news_report
    before_rx, after_rx = re.compile(r"^(left|before|preceding|context before)$", re.I), re.compile(r"^(right|after|following|context after)$", re.I)
    checked = 0
    for path in _pages(reports):
        page, _ = open_offline(browser, path)
        geo = page.evaluate(
            """() => [...document.querySelectorAll('main table')].filter(t => t.tHead).map(t => {
                   const heads = [...t.tHead.rows[t.tHead.rows.length - 1].cells].map(c => c.innerText.trim());
                   return {heads, rows: [...t.tBodies[0].rows].slice(0, 20).map(r => [...r.cells].map(c => {
                       const b = c.getBoundingClientRect(); return {x0: b.left, x1: b.right, text: c.innerText.trim()}; }))};
               })"""
        )
        for t in geo:
            heads = [h.lower() for h in t["heads"]]
            if "match" not in heads:
                continue
            m = heads.index("match")
            b = next((i for i, h in enumerate(heads) if before_rx.match(h)), None)
            a = next((i for i, h in enumerate(heads) if after_rx.match(h)), None)
            assert b is not None and a is not None, t["heads"]
            for row in t["rows"]:
                if not re.search(r"[\u0600-\u06ff]", row[m]["text"]):
                    continue
                assert row[b]["x0"] >= row[m]["x1"] - 1, (path.name, row[m]["text"], "preceding context not right of the match")
                assert row[a]["x1"] <= row[m]["x0"] + 1, (path.name, row[m]["text"], "following context not left of the match")
                checked += 1
        page.context.close()
    assert checked > 0, "no KWIC row with an Arabic match was found"


def test_news_pages_under_the_size_limit(news_report):
    """Every page of the 300-article report stays under report.PAGE_LIMIT_MB (the report flags a
    heavier page in its log and on the index; making the notebooks small is their job)."""
    from arnews.report import PAGE_LIMIT_MB

    reports, _ = news_report
    heavy = {p.name: p.stat().st_size for p in _pages(reports) if p.stat().st_size > PAGE_LIMIT_MB * 1e6}
    index = (reports / "index.html").read_text(encoding="utf-8")
    for name in heavy:  # flagged where a reader looks first
        assert f'id="card-{name[:-5]}"' in index and f"over the {PAGE_LIMIT_MB:g} MB limit" in index
    assert heavy == {}


def test_news_table_cells_show_no_placeholder_glosses(news_report):
    """A word the glossary does not know is shown bare; the "(no gloss)" placeholder of the
    glossary never reaches a table cell (it did in the topics table: ``المستفيدين ((no gloss))``)."""
    import re

    reports, _ = news_report
    for path in _pages(reports):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", path.read_text(encoding="utf-8"), flags=re.S)
        assert not [c for c in cells if "(no gloss)" in c], path.name
