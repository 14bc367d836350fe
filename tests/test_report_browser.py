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
