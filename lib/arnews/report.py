"""Execute the notebooks against a build and render a static, offline HTML site.

``python -m arnews report --corpus DIR --out DIR`` (``make report``):

1. build the processed tables (:func:`arnews.build.build`, cached);
2. execute every ``notebooks/*.ipynb`` headlessly with nbclient, the data
   location passed in ``ARNEWS_PROCESSED`` (the notebooks' ``parameters``
   cell reads it, defaulting to the embedded corpus);
3. render each to a standalone HTML page and write ``index.html``.

The pages are self-contained: no script, stylesheet, font or image is loaded
from any network host (nbconvert's ``basic`` template plus our own shell
and CSS; figures are embedded as data URIs; MathJax and require.js are not
used).  Code cells are collapsed in ``<details>``; every block element gets
``dir="auto"`` so Arabic paragraphs read right-to-left while code stays
left-to-right.  Values drawn from the corpus reach the page only through
escaping helpers (:mod:`arnews.plotting`) or pandas' escaped HTML.

Reruns are cheap: executed pages are cached by a hash of the notebook, the
build and the library, and a rerun says what it reused.

A report always finishes.  Each notebook's page is written as soon as it is
done, and ``index.html`` is rewritten as pages arrive, so an interrupted run
keeps what it made.  A notebook that fails (an error, a cell that runs past
the per-cell timeout, a dead kernel) still gets a page: it names the cell, its
first line and the error in one line, keeps the outputs of the cells that ran
and puts the traceback in a collapsed ``<details>``; the index marks it, and
:func:`render_notebooks` raises :class:`ReportError` with a one-line summary
naming every failed notebook only after every other page is written.  Every
page is measured: one over :data:`PAGE_LIMIT_MB` gets a warning in the log
and on the index.

Tables are sortable (click a header) and filterable (a box above a table of
10 rows or more) by one small inline script whose SHA-256 hash is the only
script the page's Content-Security-Policy allows: no network, no other inline
script, and without JavaScript the table reads as it is.  Notebooks link a
summarised table to its full CSV with :func:`arnews.links.link_table`.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
import os
import platform
import re
import shutil
import threading
from pathlib import Path

from . import __version__
from .build import build
from .lexicons import notebooks_dir

__all__ = ["report", "render_notebooks", "ReportError", "notebook_summary", "PAGE_LIMIT_MB", "DEFAULT_CELL_TIMEOUT"]

NOTEBOOKS = notebooks_dir()  # notebooks/ of the source checkout, else the copy shipped in the package
TEMPLATES = Path(__file__).parent / "templates"


#: a page heavier than this (in MB of 10**6 bytes) gets a warning in the log and on the index
PAGE_LIMIT_MB = 5.0
#: seconds a cell may run before the notebook is reported as timed out (``--cell-timeout``)
DEFAULT_CELL_TIMEOUT = 600
#: a corpus of at most this many articles is listed whole on the index (sortable, filterable)
INDEX_ROWS = 300
#: rows of the index's sample of a larger corpus (the whole list is ``tables/articles.csv``): 300
#: of snn2000's 2,000 made a page nobody reads and a filter box that finds only some articles
INDEX_SAMPLE = 60


class ReportError(Exception):
    """A report that cannot be produced, or one with failed notebooks; ``str()`` is a
    one-line message.  ``summaries`` holds the per-notebook dicts when pages were written."""

    def __init__(self, message: str, summaries: list[dict] | None = None):
        super().__init__(message)
        self.summaries = summaries or []


CSS = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", "Segoe UI", Tahoma, Arial, sans-serif;
       margin: 0; color: #1d1d1f; background: #fff; line-height: 1.55; }
header.arnews, footer.arnews { background: #f4f1ea; padding: .8em 2em; }
header.arnews a { margin-right: 1.2em; }
main { max-width: 1100px; margin: 0 auto; padding: 1em 2em 3em; }
footer.arnews { font-size: .85em; color: #444; border-top: 1px solid #ddd; }
footer.arnews dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: 0; }
footer.arnews dt { font-weight: bold; }
p, li, h1, h2, h3, h4, td, th, caption { unicode-bidi: plaintext; }
p code, li code, h1 code, h2 code, h3 code, h4 code, td code { unicode-bidi: plaintext; }  /* each code span isolated in its own direction: `5 شوال 1436هـ`, `1436/10/5هـ` kept apart */
[lang="ar"], bdi[dir="rtl"] { font-family: "DejaVu Sans", "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, sans-serif; }
details.arnews-code { margin: .4em 0; }
details.arnews-code > summary { cursor: pointer; color: #666; font-size: .85em; }
details.arnews-code pre, .input pre { background: #f7f7f7; padding: .6em; overflow-x: auto; direction: ltr; text-align: left; }
.output_area pre { white-space: pre-wrap; unicode-bidi: plaintext; }
.output_area img { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: .6em 0; font-size: .9em; }
td, th { border: 1px solid #ddd; padding: .25em .55em; vertical-align: top; }
th { background: #f4f1ea; }
td[dir="rtl"] { text-align: right; }
caption { caption-side: top; font-weight: bold; padding: .3em; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1em; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: .8em 1em; }
.card h2 { margin-top: 0; font-size: 1.15em; }
.stderr, .output_stderr { display: none; }
.output_subarea, .output_html, .rendered_html { max-width: 100%; overflow-x: auto; }
main { box-sizing: border-box; }
td { overflow-wrap: break-word; }
.arnews-scroll { max-width: 100%; overflow-x: auto; }
td.arnews-nowrap { white-space: nowrap; }
td[dir="rtl"] bdi[dir="ltr"] { white-space: nowrap; }
p bdi[dir="rtl"] > bdi[dir="ltr"], li bdi[dir="rtl"] > bdi[dir="ltr"] { white-space: nowrap; }
th.arnews-sortable { cursor: pointer; }
th[aria-sort="ascending"]::after { content: " \\25B2"; font-size: .7em; }
th[aria-sort="descending"]::after { content: " \\25BC"; font-size: .7em; }
.arnews-filterbar { margin: .6em 0 -.3em; font-size: .85em; color: #555; }
.arnews-filterbar input { font: inherit; padding: .15em .4em; margin-inline-end: .6em; }
.arnews-failure { border: 2px solid #b3261e; background: #fdf1f0; border-radius: 6px; padding: .6em 1em; margin: 1em 0; }
.arnews-failure h2 { margin: .2em 0; font-size: 1.1em; color: #b3261e; }
.arnews-failure pre { white-space: pre-wrap; direction: ltr; text-align: left; font-size: .85em; }
.arnews-warning { color: #8a4b00; font-weight: bold; }
.card .arnews-meta { font-size: .85em; color: #555; }
.arnews-fulltable { font-size: .9em; }
"""

#: The one script of a page: click (or Enter on) a header to sort a table, type in the box above
#: a table of 10 rows or more to filter it.  Numbers sort as numbers (thousands separators, %,
#: Arabic-Indic digits understood), other text with the Arabic collation; empty cells go last.
#: Tables whose rows do not line up with their last header row (row or column spans) are left alone.
SORTER_JS = """document.addEventListener('DOMContentLoaded', function () {
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var num = function (s) {
    s = s.replace(/[\\u0660-\\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x660); })
         .replace(/[\\u06f0-\\u06f9]/g, function (d) { return String(d.charCodeAt(0) - 0x6f0); })
         .replace(/[\\s,\\u066c\\u00a0\\u202f%]/g, '').replace('\\u066b', '.').replace('\\u2212', '-');
    return /^[-+]?\\d+(\\.\\d+)?$/.test(s) ? parseFloat(s) : null;
  };
  each(document.querySelectorAll('main table'), function (table) {
    var body = table.tBodies[0], head = table.tHead;
    if (!body || !head || !head.rows.length || body.rows.length < 2) return;
    var ths = head.rows[head.rows.length - 1].cells, width = ths.length;
    var regular = true;
    each(body.rows, function (r) {
      if (r.cells.length !== width) regular = false;
      each(r.cells, function (c) { if (c.rowSpan > 1 || c.colSpan > 1) regular = false; });
    });
    if (!regular) return;
    each(ths, function (th, col) {
      th.tabIndex = 0;
      th.classList.add('arnews-sortable');
      th.title = 'sort by this column';
      var sort = function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        each(ths, function (o) { o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var keyed = Array.prototype.map.call(body.rows, function (r, i) {
          var t = r.cells[col].textContent.trim();
          return {r: r, i: i, t: t, n: num(t)};
        });
        keyed.sort(function (a, b) {
          if (!a.t || !b.t) return (!a.t) - (!b.t) || a.i - b.i;
          var d = (a.n !== null && b.n !== null) ? a.n - b.n
                : (a.n !== null) ? -1 : (b.n !== null) ? 1 : a.t.localeCompare(b.t, 'ar');
          return (asc ? d : -d) || a.i - b.i;
        });
        each(keyed, function (k) { body.appendChild(k.r); });
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
      });
    });
    if (body.rows.length < 10) return;
    var bar = document.createElement('div'), input = document.createElement('input'), count = document.createElement('span');
    bar.className = 'arnews-filterbar';
    input.type = 'search';
    input.dir = 'auto';
    input.placeholder = 'filter rows';
    input.setAttribute('aria-label', 'filter the rows of the table below');
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase(), shown = 0;
      each(body.rows, function (r) {
        var ok = !q || r.textContent.toLowerCase().indexOf(q) >= 0;
        r.hidden = !ok;
        if (ok) shown++;
      });
      count.textContent = q ? shown + ' of ' + body.rows.length + ' rows' : '';
    });
    bar.appendChild(input);
    bar.appendChild(count);
    table.parentNode.insertBefore(bar, table);
  });
});
"""


def _csp() -> str:
    import base64

    digest = base64.b64encode(hashlib.sha256(SORTER_JS.encode("utf-8")).digest()).decode()
    return f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"


def _pygments_css() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style="default").get_style_defs(".highlight")


def _file_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def notebook_summary(nb_path: Path, facts: dict | None = None) -> dict:
    """Title and research question of a notebook, from its first Markdown cell, fitted to what
    the corpus has (``facts``: :func:`arnews.pagefit.corpus_facts`)."""
    import nbformat

    from .pagefit import fit_notebook

    nb = fit_notebook(nbformat.read(nb_path, as_version=4), facts)
    title, question = nb_path.stem, ""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = [l.strip() for l in cell.source.splitlines() if l.strip()]
        for l in lines:
            if l.startswith("# "):
                title = l[2:].strip()
                break
        q = [l for l in lines if not l.startswith("#")]
        for l in q:
            if l.lower().startswith(("**question", "question", "**research question")):
                question = re.sub(r"^\**(research )?questions?:?\**:?\s*", "", l, flags=re.I).strip()
                break
        if not question and q:
            question = q[0]
        break
    return {"file": nb_path.name, "stem": nb_path.stem, "title": title, "question": question}


_BLOCK_TAGS = re.compile(r"<(p|li|h[1-6]|td|th|caption|blockquote|dd|dt)(\s[^>]*)?>")


def _add_dir_auto(fragment: str) -> str:
    """Give block elements without a ``dir`` attribute ``dir="auto"``."""

    def fix(m):
        attrs = m.group(2) or ""
        if "dir=" in attrs:
            return m.group(0)
        return f'<{m.group(1)}{attrs} dir="auto">'

    return _BLOCK_TAGS.sub(fix, fragment)


def _page(title: str, body: str, footer: str, nav: list[tuple[str, str]], build: str = "") -> str:
    """The page shell.  Every value is escaped and isolated, and bidi embedding, override
    and isolate controls (U+202A-U+202E, U+2066-U+2069) are removed from the whole page:
    from corpus text that reached a notebook output too, so none can reverse what follows.
    ``build`` (the key of the build the page was rendered from) goes in a ``<meta>`` tag: a later
    run with ``--notebooks`` lists only the pages of its own build (:func:`_kept_pages`)."""
    from .plotting import BIDI_CONTROLS, esc

    links = "".join(f'<a href="{esc(h)}"><bdi>{esc(t)}</bdi></a>' for t, h in nav)
    body, footer = BIDI_CONTROLS.sub("", body), BIDI_CONTROLS.sub("", footer)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        + (f'<meta name="arnews-build" content="{esc(build)}">\n' if build else "")
        + f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">\n'
        f"<title>{esc(title)}</title>\n"
        f"<style>{CSS}\n{_pygments_css()}</style>\n<script>{SORTER_JS}</script>\n</head>\n<body>\n"
        f'<header class="arnews"><nav>{links}</nav></header>\n<main>\n{body}\n</main>\n{footer}\n</body>\n</html>\n'
    )


def _footer(info: dict, build_date: str) -> str:
    try:
        import camel_tools

        camel = camel_tools.__version__
    except Exception:  # pragma: no cover - camel-tools is a hard dependency
        camel = "not installed"
    from .plotting import fmt_count

    rows = [
        ("Build date", build_date),
        ("arnews", __version__),
        ("camel-tools", camel),
        ("Python", platform.python_version()),
        ("Corpus", (fmt_count(info["articles"], "article") if isinstance(info.get("articles"), int) else "? articles")
                   + f", hash {info.get('corpus_hash', '?')}"),
        ("Normalisation", ", ".join(info.get("normalization_steps", []))),
        ("Lemmas", info.get("lemma_method", "")),
    ]
    from .plotting import esc

    dl = "".join(f"<dt>{esc(k)}</dt><dd><bdi>{esc(v)}</bdi></dd>" for k, v in rows)
    return f'<footer class="arnews"><dl>{dl}</dl></footer>'


def _first_line(source: str, limit: int = 120) -> str:
    line = next((l.strip() for l in (source or "").splitlines() if l.strip()), "(empty cell)")
    return line if len(line) <= limit else line[: limit - 1] + "…"


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _kernel_env(processed: Path, env_extra: dict | None = None) -> dict:
    """The environment of a notebook's kernel: this process's, the tables' folder, ``env_extra``,
    and the folder this ``arnews`` was imported from first on ``PYTHONPATH``.  The kernel runs in
    the notebooks' folder, so a relative ``PYTHONPATH=lib`` fell through to whatever ``arnews`` the
    environment had installed (another checkout's), while the page cache was keyed on this one."""
    env = dict(os.environ, ARNEWS_PROCESSED=str(Path(processed).resolve()), **(env_extra or {}))
    env.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    here = Path(__file__).resolve().parent.parent
    if here.name in ("site-packages", "dist-packages"):  # an installed arnews: the kernel finds it anyway
        return env
    rest = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(here)]
    env["PYTHONPATH"] = os.pathsep.join([str(here)] + rest)
    return env


def _execute(nb_path: Path, processed: Path, timeout: float | None = DEFAULT_CELL_TIMEOUT, env_extra: dict | None = None,
             kernel_log: Path | None = None, facts: dict | None = None, clients: list | None = None):
    """Run a notebook in a fresh kernel that reads the tables in ``processed``.

    Returns ``(notebook, failure)``: the notebook with the outputs of every cell that ran, and
    ``None`` or a dict (``cell``: 1-based position among all cells, ``first_line``, ``kind``
    error/timeout/dead, ``message``: one line, ``traceback``).  ``timeout`` is per cell, in
    seconds (``None`` or 0: no limit).  The kernel gets its own environment
    (``ARNEWS_PROCESSED`` and ``env_extra``), so several notebooks can execute at once from
    threads without touching this process's environment.  The kernel's own stderr (its
    warnings, and its noise when it is stopped after a timeout) goes to ``kernel_log``.  The
    client is appended to ``clients`` (so that Ctrl-C can stop its kernel: :func:`_stop_kernels`)."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    from .pagefit import fit_notebook

    nb = fit_notebook(nbformat.read(nb_path, as_version=4), facts)  # the title asks what the corpus can answer
    env = _kernel_env(processed, env_extra)
    current = {"index": None}

    def on_cell_execute(cell=None, cell_index=None, **_):
        current["index"] = cell_index

    timeout = math.ceil(timeout) if timeout else None  # nbclient counts whole seconds
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(nb_path.parent)}},
        allow_errors=False,
        on_cell_execute=on_cell_execute,
    )
    if clients is not None:
        clients.append(client)
    try:
        if kernel_log is not None:
            with open(kernel_log, "wb") as err_stream:
                client.execute(env=env, stderr=err_stream)
        else:
            client.execute(env=env)
    except (CellExecutionError, CellTimeoutError, DeadKernelError, RuntimeError, TimeoutError) as e:
        idx = current["index"]
        for i, c in enumerate(nb.cells):  # the cell with an error output, if any, is the culprit
            if c.cell_type == "code" and any(o.get("output_type") == "error" for o in c.get("outputs", [])):
                idx = i
        cell = nb.cells[idx] if idx is not None else None
        first = _first_line(cell.source) if cell is not None else "(before the first cell)"
        where = f"cell {idx + 1}" if idx is not None else "the kernel"
        err = next((o for o in (cell.get("outputs", []) if cell is not None else []) if o.get("output_type") == "error"), None)
        if isinstance(e, CellTimeoutError) or (isinstance(e, TimeoutError) and err is None):
            kind, message = "timeout", f"{where} timed out after {timeout:g} s: {first}"
            tb = _ANSI.sub("", str(e))
        elif isinstance(e, DeadKernelError):
            kind, message = "dead", f"{where}: the kernel died (out of memory?): {first}"
            tb = _ANSI.sub("", str(e))
        else:
            if err is not None:
                what = f"{err.get('ename')}: {_one_line(err.get('evalue', ''))}".rstrip(": ")
                tb = _ANSI.sub("", "\n".join(err.get("traceback", [])))
            else:
                lines = [l for l in str(e).strip().splitlines() if l.strip()]
                what = _one_line(lines[-1]) if lines else type(e).__name__
                tb = _ANSI.sub("", str(e))
            kind, message = "error", f"{where} failed ({what}): {first}"
        if idx is not None:
            dropped = len(nb.cells) - idx - 1
            nb.cells = nb.cells[: idx + 1]
        else:
            dropped = len(nb.cells)
            nb.cells = []
        return nb, {"cell": None if idx is None else idx + 1, "first_line": first, "kind": kind,
                    "message": message, "traceback": tb, "not_run": dropped}
    return nb, None


def _to_html_fragment(nb) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="arnews", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    return _add_dir_auto(body)


def _failure_html(failure: dict) -> str:
    from .plotting import esc

    later = failure.get("not_run", 0)
    rest = (f" The {later} later cell{'s' if later != 1 else ''} did not run; the outputs of the cells that ran "
            "are shown below.") if later else " The outputs of the cells that ran are shown below."
    if failure.get("kind") == "timeout":
        rest += (" To give each cell more time: --cell-timeout SECONDS (or ARNEWS_CELL_TIMEOUT, or make report "
                 "CELL_TIMEOUT=SECONDS; 0 for no limit).")
    return (
        '<div class="arnews-failure" role="alert" dir="ltr"><h2>This notebook did not finish</h2>'
        f'<p class="arnews-failure-message"><bdi dir="ltr">{esc(failure["message"])}</bdi></p>'
        f"<p>{esc(rest.strip())}</p>"
        f'<details><summary>traceback</summary><pre>{esc(failure.get("traceback", ""))}</pre></details></div>'
    )


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.0f} kB"


_TABLE_LINK = re.compile(r'href="(tables/[^"]+)"')


def _write_atomic(path: Path, text: str) -> int:
    """Write ``path`` whole or not at all (Ctrl-C or a full disk leaves no temporary file)."""
    data = text.encode("utf-8")
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}.{threading.get_ident()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    return len(data)


def _stop_kernels(clients: list) -> None:
    """Kill the kernels of ``clients`` (each in its own session: the terminal's Ctrl-C never
    reaches them, and a thread waiting on a cell would keep the run alive until the cell ends)."""
    import signal

    for c in list(clients):
        km = getattr(c, "km", None)
        proc = getattr(getattr(km, "provisioner", None), "process", None) if km is not None else None
        pid = getattr(proc, "pid", None)
        if pid is None:
            continue
        try:
            os.killpg(pid, signal.SIGKILL)  # (its own process group: the kernel and what it started)
        except OSError:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def _page_build(page: Path) -> str | None:
    """The build key a page was rendered from (its ``arnews-build`` meta tag), or None."""
    try:
        with page.open("rb") as f:
            head = f.read(4096).decode("utf-8", "replace")
    except OSError:
        return None
    m = re.search(r'<meta name="arnews-build" content="([^"]*)">', head)
    return m.group(1) if m else None


def _kept_pages(reports: Path, running: set[str], facts: dict | None = None, build: str | None = None) -> list[dict]:
    """Summaries of the pages of the package's notebooks already in ``reports`` that this run does
    not render (``--notebooks`` picks some): the index and the navigation keep listing them, but
    only those rendered from this same build (``build``): a page made earlier for another corpus
    or another build is no page of this report (it is left in the folder, not deleted)."""
    kept = []
    for p in sorted(NOTEBOOKS.glob("*.ipynb")):
        page = reports / f"{p.stem}.html"
        if p.stem not in running and page.is_file() and (build is None or _page_build(page) == build):
            kept.append({**notebook_summary(p, facts), "status": "ok", "bytes": page.stat().st_size})
    return kept


def render_notebooks(processed: Path, reports: Path, notebooks: list[Path] | None = None, log=print,
                     jobs: int | None = None, force: bool = False,
                     cell_timeout: float | None = DEFAULT_CELL_TIMEOUT,
                     page_limit_mb: float = PAGE_LIMIT_MB) -> list[dict]:
    """Execute and render notebooks into ``reports``; returns one dict per notebook.

    A page whose notebook, tables and library code are unchanged (and whose linked table files
    are still there) is reused from ``reports/.cache`` (unless ``force``); the others execute
    ``jobs`` at a time (default: every core), each in its own kernel, with ``cell_timeout``
    seconds per cell.  Every page is written as soon as it is ready, and ``index.html`` as
    pages arrive.  If any notebook failed, :class:`ReportError` is raised at the end, after
    every page and the index are written, with a one-line summary naming the failed notebooks."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    processed, reports = Path(processed), Path(reports)
    notebooks = sorted(notebooks or NOTEBOOKS.glob("*.ipynb"))
    if not notebooks:
        raise ReportError(f"{NOTEBOOKS}: no notebooks to render")
    log_lock, _log = threading.Lock(), log

    def log(line: str) -> None:  # notebooks finish in threads: one whole line at a time
        with log_lock:
            _log(line)

    info_path = processed / "build_info.json"
    info = json.loads(info_path.read_text(encoding="utf-8"))
    build_key = hashlib.sha256(json.dumps(info, sort_keys=True).encode()).hexdigest()[:16]
    lib_key = _file_hash(sorted(Path(__file__).parent.glob("*.py")) + sorted(TEMPLATES.rglob("*.*")))
    table_key = _file_hash(sorted(p for p in processed.iterdir() if p.suffix in (".csv", ".parquet", ".json")))
    build_date = os.environ.get("ARNEWS_BUILD_DATE") or _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    reports.mkdir(parents=True, exist_ok=True)
    for old in reports.glob(".staging-*"):  # left by reports of earlier versions
        shutil.rmtree(old, ignore_errors=True)
    cache_dir = reports / ".cache"
    cache_dir.mkdir(exist_ok=True)
    from .pagefit import corpus_facts

    facts = corpus_facts(processed)
    summaries = []
    for p in notebooks:
        try:
            summaries.append(notebook_summary(p, facts))
        except Exception as e:  # not JSON, not a notebook, unreadable: one line before any page is written
            from .decoding import show as _show

            why = _one_line(f"{type(e).__name__}: {e}" if not isinstance(e, OSError) else (e.strerror or str(e)))
            raise ReportError(f"{_show(p)}: not a readable notebook ({why}); nothing was rendered") from None
    listed = sorted(summaries + _kept_pages(reports, {p.stem for p in notebooks}, facts, build_key), key=lambda s: s["stem"])
    nav = [("Index", "index.html")] + [(s["title"], f"{s['stem']}.html") for s in listed]
    footer = _footer(info, build_date)
    index_lock = threading.Lock()
    articles_html = _articles_section(processed, reports)
    limit = int(page_limit_mb * 1e6)

    def write_index():
        with index_lock:
            _write_atomic(reports / "index.html", _index(processed, listed, footer, nav, articles_html, page_limit_mb))

    def write_page(summ: dict, fragment: str, failure: dict | None) -> None:
        body = (_failure_html(failure) if failure else "") + fragment
        size = _write_atomic(reports / f"{summ['stem']}.html", _page(summ["title"], body, footer, nav, build_key))
        summ["bytes"] = size
        if size > limit:
            summ["warning"] = f"page is {_mb(size)}, over the {page_limit_mb:g} MB limit"
            log(f"arnews: warning: {summ['stem']}.html is {_mb(size)}, over the {page_limit_mb:g} MB limit")

    todo = []
    for nb_path, summ in zip(notebooks, summaries):
        key = hashlib.sha256((_file_hash([nb_path]) + build_key + table_key + lib_key).encode()).hexdigest()[:24]
        summ["cache"] = cache_dir / f"{summ['stem']}-{key}.fragment.html"
        fragment = summ["cache"].read_text(encoding="utf-8") if summ["cache"].is_file() and not force else None
        if fragment is not None and all((reports / h).is_file() for h in _TABLE_LINK.findall(fragment)):
            summ["reused"], summ["status"] = True, "ok"
            write_page(summ, fragment, None)
            log(f"arnews: {nb_path.name}: reused (notebook, tables and code unchanged), page {_mb(summ['bytes'])}")
        else:
            summ["reused"], summ["status"] = False, "pending"
            todo.append((nb_path, summ))
    write_index()

    stop, clients = threading.Event(), []  # Ctrl-C: no page or cache entry is written after it

    def run(nb_path: Path, summ: dict) -> None:
        if stop.is_set():
            return
        t0 = time.monotonic()
        summ["status"] = "running"
        log(f"arnews: {nb_path.name}: started")
        try:
            env = {"ARNEWS_REPORTS": str(reports.resolve()), "ARNEWS_NOTEBOOK": summ["stem"]}
            nb, failure = _execute(nb_path, processed, timeout=cell_timeout, env_extra=env,
                                   kernel_log=cache_dir / f"{summ['stem']}.kernel.log", facts=facts, clients=clients)
            fragment = _to_html_fragment(nb)
        except Exception as e:  # the kernel did not start, the page did not render, ...
            failure = {"cell": None, "first_line": "", "kind": "error", "traceback": "",
                       "message": f"could not run: {_one_line(f'{type(e).__name__}: {e}')}", "not_run": 0}
            fragment = ""
        if stop.is_set():  # its kernel was stopped: the page as it was stays
            return
        summ["seconds"] = time.monotonic() - t0
        if failure is None:
            for old in cache_dir.glob(f"{summ['stem']}-*.fragment.html"):
                old.unlink()
            _write_atomic(summ["cache"], fragment)
        write_page(summ, fragment, failure)
        summ["status"] = "failed" if failure else "ok"
        summ["failure"] = failure
        if failure:
            log(f"arnews: {nb_path.name}: FAILED after {summ['seconds']:.1f} s: {failure['message']} "
                f"(page {_mb(summ['bytes'])} with the outputs so far)")
        else:
            log(f"arnews: {nb_path.name}: done in {summ['seconds']:.1f} s, page {_mb(summ['bytes'])}")
        write_index()

    if todo:
        n = max(1, min(len(todo), jobs or os.cpu_count() or 1))
        timeout_note = f"{cell_timeout:g} s per cell" if cell_timeout else "no cell timeout"
        log(f"arnews: executing {', '.join(p.name for p, _ in todo)} ({n} at a time, {timeout_note}) ...")
        ex = ThreadPoolExecutor(max_workers=n)
        futures = [ex.submit(run, p, s) for p, s in todo]
        try:
            for f in futures:
                f.result()
        except BaseException:  # Ctrl-C: stop every kernel, start no other notebook, write no page
            stop.set()
            ex.shutdown(wait=False, cancel_futures=True)
            deadline = time.monotonic() + 30
            while any(f.running() for f in futures) and time.monotonic() < deadline:
                _stop_kernels(clients)  # (again: a kernel may have been starting)
                time.sleep(0.2)
            raise
        ex.shutdown(wait=True)
    for summ in summaries:
        summ.pop("cache", None)
    failed = [s for s in summaries if s["status"] == "failed"]
    if failed:
        names = "; ".join(f"{s['file']} ({s['failure']['message']})" for s in failed)
        hint = "; more time per cell: --cell-timeout SECONDS" if any(s["failure"]["kind"] == "timeout" for s in failed) else ""
        raise ReportError(f"{len(failed)} of {len(summaries)} notebooks failed: {names}; "
                          f"every other page and index.html are in {reports}{hint}", summaries)
    return summaries


def index_sample(arts: "pd.DataFrame", n: int) -> tuple["pd.DataFrame", str]:
    """At most ``n`` rows of ``arts`` for the index, and the rule that chose them.

    All rows when they fit.  Otherwise the outlets take turns (first by id of each outlet,
    then the second of each, ...), so a small outlet is shown as surely as a large one; the
    rows come back in id order.  The rule reads like ``"the first 24 or 25 by id of each of
    13 outlets; all articles of the 1 with fewer"`` (``"the first 300 by id"`` with one outlet)."""
    if len(arts) <= n:
        return arts, ""
    outlet = arts.get("outlet")
    if outlet is None or outlet.nunique() < 2:
        return arts.sort_values("article_id", kind="stable").head(n), f"the first {n:,} by id"
    order = arts.assign(_o=outlet.to_numpy()).sort_values(["_o", "article_id"], kind="stable")
    turn = order.groupby("_o", sort=False).cumcount()
    picked = order.assign(_t=turn.to_numpy()).sort_values(["_t", "_o"], kind="stable").head(n)
    per, k = picked.groupby("_o").size(), order["_o"].nunique()
    named = outlet[outlet != ""].nunique()
    groups = f"{named:,} outlet{'s' if named != 1 else ''}" + (" and the articles naming none" if (outlet == "").any() else "")
    if len(per) < k:
        rule = f"the first by id of {len(per):,} of the {k:,} groups ({groups}), in name order"
    else:
        whole = per == order.groupby("_o").size().reindex(per.index)  # outlets shown in full
        part = per[~whole]
        each = f"{part.min():,}" if part.min() == part.max() else f"{part.min():,} or {part.max():,}"
        rule = f"the first {each} by id of each of {groups}"
        if whole.any():
            rule += f"; all articles of the {int(whole.sum()):,} with fewer"
    return picked.drop(columns=["_o", "_t"]).sort_values("article_id", kind="stable"), rule


def _articles_section(processed: Path, reports: Path | None) -> str:
    """The article list of the index: every article up to :data:`INDEX_ROWS`, else a sample of
    :data:`INDEX_SAMPLE` taken in turn from every outlet (:func:`index_sample`), its rule stated,
    and a link to the whole list (``tables/articles.csv`` under ``reports``)."""
    import pandas as pd

    from .plotting import arabic_span, esc

    arts = pd.read_csv(processed / "articles.csv", keep_default_na=False, dtype=str)
    shown, rule = index_sample(arts, INDEX_ROWS if len(arts) <= INDEX_ROWS else min(INDEX_SAMPLE, INDEX_ROWS))
    cells = {  # column: (header, cell of a row)
        "article_id": ("article", lambda r: f"<td dir=\"auto\">{arabic_span(r.article_id)}</td>"),
        "language": ("language", lambda r: f"<td>{arabic_span(r.language)}</td>"),
        "outlet": ("outlet", lambda r: f"<td dir=\"auto\">{arabic_span(r.outlet)}</td>"),
        "province": ("province", lambda r: f"<td dir=\"auto\">{arabic_span(r.province)}</td>"),
        "published": ("published", lambda r: f"<td class=\"arnews-nowrap\">{arabic_span(r.published)}</td>"),
        "title": ("title", lambda r: f"<td>{arabic_span(r.title) if r.title else ''}</td>"),
        "n_body": ("body paragraphs", lambda r: f"<td>{esc(_int(r.n_body))}</td>"),
        "words_body": ("body words", lambda r: f"<td>{esc(_int(r.words_body))}</td>"),
    }
    # a metadata column no article of the corpus fills (province outside the embedded corpus) is left out
    blank = [c for c in ("outlet", "province", "published", "title") if c in arts and not (arts[c] != "").any()]
    cols = [c for c in cells if c not in blank]
    rows = "".join("<tr>" + "".join(cells[c][1](r) for c in cols) + "</tr>" for r in shown.itertuples(index=False))
    more = ""
    listed = f"{len(shown):,} of {len(arts):,} articles are listed ({rule})"
    if len(arts) > len(shown) and reports is None:
        more = f"<p>{esc(listed)}.</p>"
    elif len(arts) > len(shown):
        from .links import table_link_html

        more = table_link_html(arts, "articles", reports=reports, folder="",
                               label=f"{listed}; all of them")
    if blank:
        more += f"<p>No article gives a {' or a '.join(blank)}: {'that column is' if len(blank) == 1 else 'those columns are'} left out.</p>"
    head = "".join(f"<th>{cells[c][0]}</th>" for c in cols)
    return (
        "<h2>Articles</h2>" + more + f"<div class=\"arnews-scroll\"><table><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )


def index_outlets(outlet: "pd.Series", top: int = 15) -> str:
    """The index's list of outlets, most articles first, each with its count (``alriyadh (323)``);
    past ``top`` outlets, how many more; ``not given`` when no article names one."""
    from .plotting import arabic_span

    counts = sorted(outlet[outlet != ""].value_counts().items(), key=lambda on: (-on[1], str(on[0])))
    if not counts:
        return "not given"
    text = ", ".join(f"{arabic_span(o)} ({n:,})" for o, n in counts[:top])
    return text + (f" and {len(counts) - top:,} more" if len(counts) > top else "")


def _int(v) -> str:
    try:
        return f"{int(float(v)):,}"
    except (TypeError, ValueError):
        return str(v)


def _index(processed: Path, summaries: list[dict], footer: str, nav, articles_html: str | None = None,
           page_limit_mb: float = PAGE_LIMIT_MB) -> str:
    import pandas as pd

    if articles_html is None:
        articles_html = _articles_section(processed, None)

    from .plotting import arabic_span, esc

    arts = pd.read_csv(processed / "articles.csv", keep_default_na=False, dtype=str)
    langs = ", ".join(f"{arabic_span(k)} ({v:,})" for k, v in arts["language"].value_counts().sort_index().items())
    dates = sorted(d for d in arts.get("published", pd.Series(dtype=str)) if d)
    if not dates:
        span = "not given in the texts"
    elif dates[0] == dates[-1]:
        span = f"{arabic_span(dates[0])} ({len(dates):,} of {len(arts):,} articles dated)"
    else:
        span = f"{arabic_span(dates[0])} to {arabic_span(dates[-1])} ({len(dates):,} of {len(arts):,} articles dated)"
    outlets = index_outlets(arts.get("outlet", pd.Series(dtype=str)))
    cards = []
    for s in summaries:
        status = s.get("status", "ok")
        meta = []
        if status == "failed":
            meta.append(f'<p class="arnews-warning" dir="ltr">did not finish: <bdi dir="ltr">{esc(s["failure"]["message"])}</bdi></p>')
        elif status in ("pending", "running"):
            meta.append('<p class="arnews-meta">not rendered yet (the report is still running, or was interrupted)</p>')
        if s.get("warning"):
            meta.append(f'<p class="arnews-warning">{esc(s["warning"])}</p>')
        if "bytes" in s:  # the page's size only: the index stays byte-identical across reruns
            meta.append(f'<p class="arnews-meta">page {esc(_mb(s["bytes"]))}</p>')
        title = f'<a href="{esc(s["stem"])}.html"><bdi>{esc(s["title"])}</bdi></a>' if "bytes" in s else f'<bdi>{esc(s["title"])}</bdi>'
        cards.append(
            f'<div class="card" id="card-{esc(s["stem"])}" data-status="{esc(status)}"><h2>{title}</h2>'
            f'<p dir="auto">{esc(s["question"])}</p>{"".join(meta)}</div>'
        )
    body = (
        "<h1>Arabic news corpus: reports</h1>"
        f"<p>{len(arts):,} articles; languages: {langs}; publication dates: {span}; outlets: {outlets}.</p>"
        f'<div class="cards">{"".join(cards)}</div>'
        + articles_html
    )
    return _page("Arabic news corpus: reports", body, footer, nav)


def report(
    corpus,
    out,
    manifest=None,
    processed=None,
    reports=None,
    strict: bool = False,
    jobs=None,
    log=print,
    force: bool = False,
    cell_timeout: float | None = DEFAULT_CELL_TIMEOUT,
    notebooks=None,
) -> Path:
    """Build ``corpus`` and render every notebook; returns the reports folder.
    ``force`` rebuilds the tables and re-executes every notebook.  Raises
    :class:`ReportError` (one line) when a notebook failed, after writing every page."""
    out = Path(out)
    processed = Path(processed) if processed else out / "processed"
    reports = Path(reports) if reports else out / "reports"
    build(corpus, processed, manifest=manifest, strict=strict, jobs=jobs, log=log, force=force)
    done = render_notebooks(processed, reports, notebooks=[Path(n) for n in notebooks] if notebooks else None,
                            log=log, jobs=jobs, force=force, cell_timeout=cell_timeout)
    reused = sum(1 for d in done if d.get("reused"))
    heavy = [f"{d['stem']}.html" for d in done if d.get("warning")]
    over = f"; {len(heavy)} over {PAGE_LIMIT_MB:g} MB: {', '.join(heavy)}" if heavy else ""
    from .plotting import fmt_count

    log(f"arnews: wrote {fmt_count(len(done), 'report')} + index.html to {reports} ({reused} reused{over})")
    return reports
