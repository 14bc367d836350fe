"""Links from a report page to the full table behind a summarised one.

A page shows the top rows of a large table; the whole table goes into a CSV file next to the
pages and the page links to it::

    from arnews.links import link_table
    show(keyness.head(50), caption="50 most key words")
    link_table(keyness, "keyness")          # "Full table: keyness.csv (12,345 rows × 6 columns, 1.2 MB)"

When ``arnews report`` runs a notebook it tells the kernel where the pages go
(``ARNEWS_REPORTS``) and which notebook it is (``ARNEWS_NOTEBOOK``): the file is written to
``<reports>/tables/<notebook>/<name>.csv`` and linked relatively, so the reports folder can be
moved or zipped whole.  Run interactively (JupyterLab), the file goes to
``<tmp>/arnews-tables/`` and the link is a ``file:`` URI.  CSV files are UTF-8 with a byte-order
mark, so spreadsheet programs show Arabic correctly.
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

__all__ = ["table_file", "table_link_html", "link_table"]

_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _name(name: str) -> str:
    safe = _SAFE.sub("_", str(name)).strip("._")
    if not safe:
        raise ValueError(f"table name {name!r}: use letters, digits, '_', '-' or '.'")
    return safe


def table_file(df, name: str, *, reports=None, folder: str | None = None, index: bool = False) -> Path:
    """Write ``df`` as ``<reports>/tables/<folder>/<name>.csv`` and return the path.

    ``reports`` defaults to ``ARNEWS_REPORTS`` (else a folder under the system's temporary
    folder), ``folder`` to ``ARNEWS_NOTEBOOK`` (the notebook's name; ``""`` for none)."""
    base = Path(reports or os.environ.get("ARNEWS_REPORTS") or Path(tempfile.gettempdir()) / "arnews-tables")
    sub = os.environ.get("ARNEWS_NOTEBOOK", "") if folder is None else folder
    target = base / "tables" / (_name(sub) if sub else "") / f"{_name(name)}.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    df.to_csv(tmp, index=index, encoding="utf-8-sig", lineterminator="\n")
    os.replace(tmp, target)
    return target


def table_link_html(df, name: str, *, label: str | None = None, reports=None, folder: str | None = None,
                    index: bool = False) -> str:
    """Write the table (see :func:`table_file`) and return the escaped HTML of a link to it:
    ``label`` (default ``Full table``), then the file name, rows, columns and size."""
    from .plotting import esc

    path = table_file(df, name, reports=reports, folder=folder, index=index)
    base = Path(reports or os.environ.get("ARNEWS_REPORTS") or "")
    if reports or os.environ.get("ARNEWS_REPORTS"):
        href = Path(os.path.relpath(path, base)).as_posix()
    else:
        href = path.resolve().as_uri()
    size = path.stat().st_size
    shown = f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1e3))} kB"
    text = f"{label or 'Full table'}: {path.name}"
    detail = f"({len(df):,} rows × {df.shape[1]:,} columns, {shown}, CSV)"
    return (f'<p class="arnews-fulltable" dir="ltr"><a href="{esc(href)}" download>{esc(text)}</a> '
            f"{esc(detail)}</p>")


def link_table(df, name: str, *, label: str | None = None, index: bool = False) -> None:
    """Display a link to the full table ``df`` (written as ``tables/<notebook>/<name>.csv``)."""
    from IPython.display import HTML, display

    display(HTML(table_link_html(df, name, label=label, index=index)))
