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
build and the library, and a rerun says what it reused.  A notebook that fails
stops the report with a one-line message naming it and the failing cell, and
nothing in the reports folder is overwritten: pages are rendered into a
temporary folder and moved into place only when every notebook succeeded.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import platform
import re
import shutil
import tempfile
from pathlib import Path

from . import __version__
from .build import build
from .lexicons import notebooks_dir

__all__ = ["report", "render_notebooks", "ReportError", "notebook_summary"]

NOTEBOOKS = notebooks_dir()  # notebooks/ of the source checkout, else the copy shipped in the package
TEMPLATES = Path(__file__).parent / "templates"


class ReportError(Exception):
    """A report that cannot be produced; ``str()`` is a one-line message."""


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
"""


def _pygments_css() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style="default").get_style_defs(".highlight")


def _file_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def notebook_summary(nb_path: Path) -> dict:
    """Title and research question of a notebook, from its first Markdown cell."""
    import nbformat

    nb = nbformat.read(nb_path, as_version=4)
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


def _page(title: str, body: str, footer: str, nav: list[tuple[str, str]]) -> str:
    """The page shell.  Every value is escaped and isolated, and bidi embedding, override
    and isolate controls (U+202A-U+202E, U+2066-U+2069) are removed from the whole page:
    from corpus text that reached a notebook output too, so none can reverse what follows."""
    from .plotting import BIDI_CONTROLS, esc

    links = "".join(f'<a href="{esc(h)}"><bdi>{esc(t)}</bdi></a>' for t, h in nav)
    body, footer = BIDI_CONTROLS.sub("", body), BIDI_CONTROLS.sub("", footer)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n"
        f"<title>{esc(title)}</title>\n"
        f"<style>{CSS}\n{_pygments_css()}</style>\n</head>\n<body>\n"
        f'<header class="arnews"><nav>{links}</nav></header>\n<main>\n{body}\n</main>\n{footer}\n</body>\n</html>\n'
    )


def _footer(info: dict, build_date: str) -> str:
    try:
        import camel_tools

        camel = camel_tools.__version__
    except Exception:  # pragma: no cover - camel-tools is a hard dependency
        camel = "not installed"
    rows = [
        ("Build date", build_date),
        ("arnews", __version__),
        ("camel-tools", camel),
        ("Python", platform.python_version()),
        ("Corpus", f"{info.get('articles', '?')} articles, hash {info.get('corpus_hash', '?')}"),
        ("Normalisation", ", ".join(info.get("normalization_steps", []))),
        ("Lemmas", info.get("lemma_method", "")),
    ]
    from .plotting import esc

    dl = "".join(f"<dt>{esc(k)}</dt><dd><bdi>{esc(v)}</bdi></dd>" for k, v in rows)
    return f'<footer class="arnews"><dl>{dl}</dl></footer>'


def _execute(nb_path: Path, processed: Path, timeout: int = 600):
    """Run a notebook in a fresh kernel that reads the tables in ``processed``.

    The kernel gets its own environment (``ARNEWS_PROCESSED``), so several notebooks
    can execute at once from threads without touching this process's environment."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    nb = nbformat.read(nb_path, as_version=4)
    env = dict(os.environ, ARNEWS_PROCESSED=str(Path(processed).resolve()))
    env.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(nb_path.parent)}},
        allow_errors=False,
    )
    try:
        client.execute(env=env)
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
        cell_no = None
        for i, c in enumerate(nb.cells):
            if c.cell_type == "code" and any(o.get("output_type") == "error" for o in c.get("outputs", [])):
                cell_no = i + 1
        err = next(
            (f"{o.get('ename')}: {o.get('evalue')}" for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"),
            str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__,
        )
        where = f"cell {cell_no}" if cell_no else "a cell"
        raise ReportError(f"notebook {nb_path.name} failed in {where}: {err}") from None
    return nb


def _to_html_fragment(nb) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="arnews", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    return _add_dir_auto(body)


def render_notebooks(processed: Path, reports: Path, notebooks: list[Path] | None = None, log=print,
                     jobs: int | None = None, force: bool = False) -> list[dict]:
    """Execute and render notebooks into ``reports`` (atomically); returns one dict per notebook.

    A page whose notebook, tables and library code are unchanged is reused from
    ``reports/.cache`` (unless ``force``); the others execute ``jobs`` at a time
    (default: every core), each in its own kernel."""
    from concurrent.futures import ThreadPoolExecutor

    processed, reports = Path(processed), Path(reports)
    notebooks = sorted(notebooks or NOTEBOOKS.glob("*.ipynb"))
    if not notebooks:
        raise ReportError(f"{NOTEBOOKS}: no notebooks to render")
    info_path = processed / "build_info.json"
    info = json.loads(info_path.read_text(encoding="utf-8"))
    build_key = hashlib.sha256(json.dumps(info, sort_keys=True).encode()).hexdigest()[:16]
    lib_key = _file_hash(sorted(Path(__file__).parent.glob("*.py")) + sorted(TEMPLATES.rglob("*.*")))
    table_key = _file_hash(sorted(p for p in processed.iterdir() if p.suffix in (".csv", ".parquet", ".json")))
    build_date = os.environ.get("ARNEWS_BUILD_DATE") or _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    reports.mkdir(parents=True, exist_ok=True)
    cache_dir = reports / ".cache"
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=reports))
    summaries = [notebook_summary(p) for p in notebooks]
    nav = [("Index", "index.html")] + [(s["title"], f"{s['stem']}.html") for s in summaries]
    footer = _footer(info, build_date)
    fragments, cached, todo = {}, {}, []
    for nb_path, summ in zip(notebooks, summaries):
        key = hashlib.sha256((_file_hash([nb_path]) + build_key + table_key + lib_key).encode()).hexdigest()[:24]
        cached[nb_path] = cache_dir / f"{summ['stem']}-{key}.fragment.html"
        if cached[nb_path].is_file() and not force:
            fragments[nb_path] = cached[nb_path].read_text(encoding="utf-8")
            summ["reused"] = True
            log(f"arnews: {nb_path.name}: reused (notebook, tables and code unchanged)")
        else:
            todo.append(nb_path)

    def run(nb_path: Path) -> str:
        return _to_html_fragment(_execute(nb_path, processed))

    try:
        if todo:
            n = max(1, min(len(todo), jobs or os.cpu_count() or 1))
            log(f"arnews: executing {', '.join(p.name for p in todo)} ({n} at a time) ...")
            with ThreadPoolExecutor(max_workers=n) as ex:
                futures = {p: ex.submit(run, p) for p in todo}
                for p in todo:  # in notebook order: the first failure is the one reported
                    fragments[p] = futures[p].result()
        cache_dir.mkdir(exist_ok=True)
        for nb_path, summ in zip(notebooks, summaries):
            if nb_path in todo:
                summ["reused"] = False
                for old in cache_dir.glob(f"{summ['stem']}-*.fragment.html"):
                    old.unlink()
                cached[nb_path].write_text(fragments[nb_path], encoding="utf-8")
            page = _page(summ["title"], fragments[nb_path], footer, nav)
            (staging / f"{summ['stem']}.html").write_text(page, encoding="utf-8")
        (staging / "index.html").write_text(_index(processed, summaries, footer, nav), encoding="utf-8")
        for f in sorted(staging.iterdir()):
            os.replace(f, reports / f.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return summaries


def _index(processed: Path, summaries: list[dict], footer: str, nav) -> str:
    import pandas as pd

    from .plotting import arabic_span, esc

    arts = pd.read_csv(processed / "articles.csv", keep_default_na=False, dtype=str)
    langs = ", ".join(f"{arabic_span(k)} ({v})" for k, v in arts["language"].value_counts().sort_index().items())
    dates = sorted(d for d in arts.get("published", pd.Series(dtype=str)) if d)
    if not dates:
        span = "not given in the texts"
    elif dates[0] == dates[-1]:
        span = f"{arabic_span(dates[0])} ({len(dates)} of {len(arts)} articles dated)"
    else:
        span = f"{arabic_span(dates[0])} to {arabic_span(dates[-1])} ({len(dates)} of {len(arts)} articles dated)"
    outlets = ", ".join(arabic_span(o) for o in sorted(set(arts.get("outlet", []))) if o) or "not given"
    cards = []
    for s in summaries:
        cards.append(
            f'<div class="card"><h2><a href="{esc(s["stem"])}.html"><bdi>{esc(s["title"])}</bdi></a></h2>'
            f'<p dir="auto">{esc(s["question"])}</p></div>'
        )
    rows = "".join(
        f"<tr><td dir=\"auto\">{arabic_span(r.article_id)}</td><td>{arabic_span(r.language)}</td>"
        f"<td dir=\"auto\">{arabic_span(r.outlet)}</td><td dir=\"auto\">{arabic_span(r.province)}</td>"
        f"<td>{arabic_span(r.published)}</td><td>{arabic_span(r.title) if r.title else ''}</td>"
        f"<td>{esc(r.n_body)}</td><td>{esc(r.words_body)}</td></tr>"
        for r in arts.itertuples(index=False)
    )
    body = (
        "<h1>Arabic news corpus: reports</h1>"
        f"<p>{len(arts)} articles; languages: {langs}; publication dates: {span}; outlets: {outlets}.</p>"
        f'<div class="cards">{"".join(cards)}</div>'
        "<h2>Articles</h2><table><thead><tr><th>article</th><th>language</th><th>outlet</th><th>province</th>"
        f"<th>published</th><th>title</th><th>body paragraphs</th><th>body words</th></tr></thead><tbody>{rows}</tbody></table>"
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
) -> Path:
    """Build ``corpus`` and render every notebook; returns the reports folder.
    ``force`` rebuilds the tables and re-executes every notebook."""
    out = Path(out)
    processed = Path(processed) if processed else out / "processed"
    reports = Path(reports) if reports else out / "reports"
    build(corpus, processed, manifest=manifest, strict=strict, jobs=jobs, log=log, force=force)
    done = render_notebooks(processed, reports, log=log, jobs=jobs, force=force)
    reused = sum(1 for d in done if d.get("reused"))
    log(f"arnews: wrote {len(done)} report(s) + index.html to {reports} ({reused} reused)")
    return reports
