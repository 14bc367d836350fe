"""Safe, right-to-left-aware display helpers for notebooks and reports.

* :func:`show` renders a DataFrame as an HTML table in which **every value is
  HTML-escaped** and every cell that contains Arabic carries ``dir="rtl"``
  and ``lang="ar"`` (other cells ``dir="auto"``), so mixed Arabic/English
  tables stay readable and corpus text can never inject markup.
* :func:`md` renders Markdown built from data: the template is trusted, the
  values are HTML-escaped and never parsed as Markdown.
* Bidi embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069)
  are removed from every displayed value, and every value is isolated
  (``<bdi>`` or its own cell), so a U+202E in a title cannot reverse the text
  around it.
* :func:`setup` configures matplotlib.  matplotlib >= 3.11 shapes and orders
  Arabic itself (libraqm) and DejaVu Sans has the glyphs, so labels are passed
  as plain strings.  Never pre-shape them with a reshaper or bidi library:
  that renders them reversed.
"""
from __future__ import annotations

import html
import re

__all__ = ["show", "md", "setup", "esc", "neutral", "has_arabic", "arabic_span", "BIDI_CONTROLS"]

#: bidi embedding/override (LRE RLE PDF LRO RLO) and isolate (LRI RLI FSI PDI) controls:
#: unbalanced, they reorder everything after them; displayed values never keep them
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(s) -> bool:
    return bool(_ARABIC.search(str(s)))


def neutral(value) -> str:
    """``str(value)`` without bidi embedding/override/isolate controls."""
    return BIDI_CONTROLS.sub("", "" if value is None else str(value))


def esc(value) -> str:
    """HTML-escape any value (quotes included), without bidi controls (see :func:`neutral`)."""
    return html.escape(neutral(value), quote=True)


def arabic_span(value) -> str:
    """An escaped value, isolated: ``<bdi lang="ar" dir="rtl">`` when it is Arabic,
    else ``<bdi dir="auto">``."""
    s = esc(value)
    return f'<bdi lang="ar" dir="rtl">{s}</bdi>' if has_arabic(value) else f'<bdi dir="auto">{s}</bdi>'


def _fmt(v, floatfmt: str) -> str:
    try:
        import pandas as pd

        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(v, float):
        return format(v, floatfmt)
    return str(v)


def table_html(df, caption: str | None = None, max_rows: int = 200, floatfmt: str = ".3g", index: bool = False) -> str:
    """The escaped, RTL-aware HTML of a DataFrame (see :func:`show`)."""
    shown = df.head(max_rows)
    cols = ([esc(n) for n in (shown.index.names or [""])] if index else []) + [esc(c) for c in shown.columns]
    out = ['<table class="arnews-table">']
    if caption:
        out.append(f'<caption dir="auto">{esc(caption)}</caption>')
    out.append("<thead><tr>" + "".join(f'<th dir="auto">{c}</th>' for c in cols) + "</tr></thead><tbody>")
    for idx, row in zip(shown.index, shown.itertuples(index=False)):
        cells = []
        if index:
            cells.append(idx if isinstance(idx, tuple) else (idx,))
        vals = [c for t in cells for c in t] + list(row)
        tds = []
        for v in vals:
            s = _fmt(v, floatfmt)
            if has_arabic(s):
                tds.append(f'<td dir="rtl" lang="ar"><bdi>{esc(s)}</bdi></td>')
            else:
                tds.append(f'<td dir="auto"><bdi>{esc(s)}</bdi></td>')
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    if len(df) > max_rows:
        out.append(f"<p><em>{len(df) - max_rows} more rows not shown (of {len(df)}).</em></p>")
    return "".join(out)


def show(df, caption: str | None = None, max_rows: int = 200, floatfmt: str = ".3g", index: bool = False):
    """Display a DataFrame as an escaped, RTL-aware HTML table (returns the HTML object)."""
    from IPython.display import HTML, display

    obj = HTML(table_html(df, caption, max_rows, floatfmt, index))
    display(obj)
    return None


def md_html(template: str, **values) -> str:
    """HTML of Markdown ``template`` (trusted) with ``values`` (untrusted) filled in.

    The template is rendered first with opaque placeholders; the formatted
    values are then HTML-escaped and put in place, so data never goes through
    the Markdown parser (no markup, link or emphasis injection, and code spans
    show values verbatim).  Every value is isolated in ``<bdi>`` (Arabic ones as
    ``<bdi lang="ar" dir="rtl">``) and loses its bidi controls.
    """
    import string

    import mistune

    parts, filled = [], {}
    for i, (literal, field, spec, conv) in enumerate(string.Formatter().parse(template)):
        parts.append(literal)
        if field is None:
            continue
        v = values[field] if field in values else string.Formatter().get_field(field, (), values)[0]
        if conv == "r":
            v = repr(v)
        elif conv == "s":
            v = str(v)
        text = format(v, spec) if spec else str(v)
        token = f"ARNEWSVALUE{i}X"
        filled[token] = arabic_span(text)
        parts.append(token)
    rendered = mistune.html("".join(parts))
    for token, value in filled.items():
        rendered = rendered.replace(token, value)
    return rendered


def md(template: str, **values):
    """Display Markdown built from data: ``template`` is trusted, ``values`` are escaped.

    ``md("**{n:,}** paragraphs in `{aid}`", n=12, aid=article_id)``
    """
    from IPython.display import HTML, display

    display(HTML(md_html(template, **values)))
    return None


def setup():
    """Matplotlib defaults for the notebooks: DejaVu Sans (has Arabic glyphs), readable sizes."""
    import matplotlib

    matplotlib.rcParams.update(
        {
            "font.family": ["DejaVu Sans"],
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "figure.figsize": (8, 4.5),
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.hashsalt": "arnews",
        }
    )
    return matplotlib
