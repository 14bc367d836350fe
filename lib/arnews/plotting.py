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
* Numbers are never shown in scientific notation: integers (and integer-valued
  floats) get thousands separators (:func:`fmt_int`), years stay years
  (:func:`fmt_year`), other floats get fixed decimals (:func:`fmt_num`), and
  percentages/ratios never round a value below the ceiling up to it (99.97% is
  not shown as 100%: :func:`fmt_pct`, :func:`fmt_ratio`).
* Inside Arabic cells, runs of Latin letters and digits (document codes such as
  ``03-NQ/TU``, URLs, English glosses in brackets) are isolated left-to-right so
  that they keep their order; URL and code cells are left-to-right.
* A cell holding a list joined by ``" · "`` (:data:`LIST_SEP`) wraps between items only
  (:func:`list_items`); a cell whose first letter is Latin is laid out left-to-right even when
  it holds Arabic.  In prose, an Arabic value followed by a Latin bracket (an article label's
  ``(outlet, date)``, a gloss) is two isolates, so the bracket follows the value in the sentence.
* Keyword-in-context tables (:func:`kwic_html`) whose match is Arabic are laid
  out right-to-left: the preceding context on the right, the following on the left.
* Long tables are cut to their top rows with a note naming the table they come from
  (:func:`table_html` ``full=``); wide ones scroll inside the page.
"""
from __future__ import annotations

import functools
import html
import re
from pathlib import Path

__all__ = ["show", "md", "setup", "cut_context", "KWIC_CONTEXT_CHARS", "esc", "neutral", "has_arabic", "arabic_span", "BIDI_CONTROLS", "table_html",
           "fmt_int", "fmt_year", "fmt_num", "fmt_pct", "fmt_share", "fmt_ratio", "fmt_value", "kwic_html", "show_kwic",
           "full_table_note", "truncate", "fig_height", "legend_outside", "MAX_FIG_WIDTH", "list_items", "LIST_SEP",
           "fold_columns", "tick_label", "same_columns", "sparse_columns", "export_link", "glossed_items", "id_line", "with_id", "url_html"]

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


def _isna(v) -> bool:
    if v is None:
        return True
    if isinstance(v, str):
        return False
    try:
        import pandas as pd

        r = pd.isna(v)
        return bool(r) if not hasattr(r, "__len__") else False
    except (TypeError, ValueError):
        return False


def _is_number(v) -> bool:
    import numbers

    return isinstance(v, numbers.Number) and not isinstance(v, bool)


def fmt_int(v) -> str:
    """An integer with thousands separators: ``3411`` -> ``3,411`` (``""`` for a missing value)."""
    if _isna(v):
        return ""
    return f"{int(round(float(v))):,}"


def fmt_count(v, noun: str, plural: str | None = None) -> str:
    """A count with its noun in the right number: ``fmt_count(1, "writer")`` -> ``1 writer``,
    ``fmt_count(1200, "time")`` -> ``1,200 times`` (``plural`` for an irregular noun)."""
    n = int(round(float(v)))
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def fmt_year(v) -> str:
    """A year as a year: ``2024.0`` -> ``2024`` (no separator, no decimals)."""
    if _isna(v):
        return ""
    if isinstance(v, str):
        return v
    return str(int(round(float(v))))


def _fixed(x: float, decimals: int, ceiling: float | None) -> str:
    """``x`` with ``decimals`` decimals (thousands separators), never rounded up to ``ceiling`` when below it
    nor down to 0 when above 0: more decimals are used (up to 3 more), then the value is floored."""
    import math

    for extra in range(4):
        d = decimals + extra
        s = f"{x:,.{d}f}"
        v = float(s.replace(",", ""))
        if ceiling is not None and x < ceiling <= v:
            continue
        if 0 < x and v == 0:
            continue
        if x < 0 and v == 0:
            continue
        return s
    d = decimals + 3
    f = 10 ** d
    if ceiling is not None and x < ceiling:
        return f"{math.floor(x * f) / f:,.{d}f}"
    return f"{x:,.{d}f}"


def fmt_num(v, decimals: int = 2) -> str:
    """A number for reading: integer-valued -> :func:`fmt_int`; otherwise fixed ``decimals``
    with thousands separators (``1234.5678`` -> ``1,234.57``); never scientific notation."""
    if _isna(v):
        return ""
    if not _is_number(v):
        return str(v)
    x = float(v)
    if math_isinf(x):
        return "∞" if x > 0 else "-∞"
    if x.is_integer():
        return fmt_int(x)
    return _fixed(x, decimals, None)


def math_isinf(x: float) -> bool:
    import math

    return math.isinf(x)


def fmt_pct(v, decimals: int = 1, sign: str = "%") -> str:
    """A percentage (``v`` already in per cent) with fixed decimals that never shows a value
    below 100 as 100 (``99.97`` -> ``99.97%``, not ``100.0%``) nor a positive one as 0."""
    if _isna(v):
        return ""
    x = float(v)
    if x.is_integer() and decimals == 0:
        return f"{int(x):,}{sign}"
    return _fixed(x, decimals, 100.0) + sign


def fmt_share(v, decimals: int = 1) -> str:
    """A share in [0, 1] as a percentage (see :func:`fmt_pct`): ``0.9997`` -> ``99.97%``."""
    return "" if _isna(v) else fmt_pct(float(v) * 100, decimals)


def fmt_ratio(v, decimals: int = 2) -> str:
    """A ratio such as a cosine in [0, 1] with fixed decimals, never rounded up to 1 from below."""
    return "" if _isna(v) else _fixed(float(v), decimals, 1.0)


_YEAR_COL = re.compile(r"(^|[ _])(year|years|yr|k)($|[ _])|^(from|to)$", re.I)


def _column_formatter(col, name, floatfmt: str | None):
    """A formatter for one column: integers with separators, years as years, floats with decimals
    fitted to the column's magnitude, never scientific notation."""
    import numpy as np
    import pandas as pd

    yearish = bool(_YEAR_COL.search(str(name)))
    nums = [v for v in col if _is_number(v) and not _isna(v)]
    if not nums:
        return None
    arr = np.array([float(v) for v in nums])
    finite = arr[np.isfinite(arr)]
    all_int = bool(len(finite)) and bool(np.all(np.mod(finite, 1) == 0))
    if yearish and all_int:
        return fmt_year
    if all_int:
        return fmt_int
    if floatfmt:
        def f(v, _f=floatfmt):
            out = format(float(v), _f)
            return fmt_num(v) if ("e" in out or "E" in out) else out
        return f
    big = float(np.nanmax(np.abs(finite))) if len(finite) else 0.0
    decimals = 1 if big >= 100 else 2
    return lambda v, _d=decimals: fmt_num(v, _d)


def fmt_value(v, floatfmt: str | None = None) -> str:
    """One value as displayed in a table (see :func:`table_html`)."""
    if _isna(v):
        return ""
    if isinstance(v, (bool,)) or type(v).__name__ == "bool_":
        return "yes" if v else "no"
    if _is_number(v):
        if float(v).is_integer():
            return fmt_int(v)
        return fmt_num(v) if not floatfmt else _column_formatter([v], "", floatfmt)(v)
    return str(v)


#: runs inside an Arabic value that the bidi algorithm would reorder: URLs, codes mixing digits,
#: letters and separators (03-NQ/TU), and bracketed Latin text ("(border)", "(alriyadh, 2015-08-01)");
#: plain Latin words need no isolation
_ARABIC_CLASS = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_LTR_RUN = re.compile(
    # URLs, whole: an Arabic slug in the path (http://www.3alyoum.com/sports/a/صحيفة-يونانية/) is part of the URL,
    # not the sentence (cut at its first Arabic letter, the host showed in the middle of the slug); trailing
    # punctuation of the sentence is left out
    r"(?:https?://|www\.)\S*[^\s.,;:!?)\]\u060c\u061b\u00bb\"'\u201d]"
    r"|[(\[][^()\[\]" + _ARABIC_CLASS + r"]*[A-Za-z\u00c0-\u024f\u1e00-\u1eff][^()\[\]" + _ARABIC_CLASS + r"]*[)\]]"  # (English)
    r"|[A-Za-z0-9]+(?:[-/.:_][A-Za-z0-9]+)+"                                     # codes: 03-NQ/TU
)
_URL_START = re.compile(r"(?:https?://|www\.)")
#: a URL in a table cell wraps anywhere (a 120-character URL kept whole pushed the Arabic cells of its
#: column out of view, right-aligned beyond the page's edge)
_URL_STYLE = "white-space:normal;overflow-wrap:anywhere;word-break:break-all"
_CODE_OR_URL = re.compile(r"^\s*(?:(?:https?://|www\.)\S+|[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*[-/][A-Za-z0-9/-]*[A-Za-z][A-Za-z0-9/-]*)\s*$")


#: the separators of a URL's parts: an Arabic slug between two of them is isolated on its own
_URL_PARTS = re.compile(r"([/?&=#])")


def url_html(url) -> str:
    """Escaped ``url`` with each of its Arabic parts (a slug between ``/``, ``?``, ``&``, ``=``) isolated
    right-to-left: the parts stay in the URL's left-to-right order, each slug reads as written.  Unisolated, the
    ``/`` between two Arabic slugs joined them into one right-to-left run, shown in reverse order
    (``…/419561/من-البريكس…/إميل-أمين``)."""
    s = neutral(url)
    if not has_arabic(s):
        return html.escape(s, quote=True)
    return "".join(f'<bdi dir="rtl" lang="ar" style="word-break:normal">{html.escape(x, quote=True)}</bdi>' if has_arabic(x) else html.escape(x, quote=True)
                   for x in _URL_PARTS.split(s) if x)


def isolate_ltr(value) -> str:
    """Escaped ``value``; when it contains Arabic, each Latin/digit run (codes, URLs, bracketed English)
    is wrapped in ``<bdi dir="ltr">`` so it keeps its order inside right-to-left text."""
    s = neutral(value)
    if not has_arabic(s):
        return html.escape(s, quote=True)
    out, pos = [], 0
    for m in _LTR_RUN.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=True))
        run = m.group(0)
        if _URL_START.match(run):
            # a URL may break anywhere: kept on one line it widens its column past the page
            out.append(f'<bdi dir="ltr" style="{_URL_STYLE}">{url_html(run)}</bdi>')
        elif any(c.isalpha() for c in run):
            out.append(f'<bdi dir="ltr">{html.escape(run, quote=True)}</bdi>')
        else:
            out.append(html.escape(run, quote=True))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=True))
    return "".join(out)


#: the separator of a list in one cell (``الأمن (security) · النظام (order)``), and the longest item kept on one line
LIST_SEP = " · "
LIST_ITEM_CHARS = 40


def list_items(s: str) -> str:
    """Escaped ``s`` (see :func:`isolate_ltr`); when it is a list joined by :data:`LIST_SEP`, each item of
    at most :data:`LIST_ITEM_CHARS` characters is kept on one line and its separator stays with it.  Wrapped
    freely, a right-to-left list of ``word (gloss)`` items broke between a word and its gloss, and a
    line began or ended with a lone ``·``."""
    if LIST_SEP not in s:
        return isolate_ltr(s)
    items = neutral(s).split(LIST_SEP)
    out = []
    for i, item in enumerate(items):
        inner = isolate_ltr(item) + ("\u00a0·" if i < len(items) - 1 else "")
        out.append(f'<span style="white-space:nowrap">{inner}</span>' if len(item) <= LIST_ITEM_CHARS else inner)
    return " ".join(out)


_GLOSSED_ITEM = re.compile(r"^(?P<ar>[^()]+?)\s*\((?P<tail>[^()]*)\)$")


def glossed_items(s: str) -> str | None:
    """HTML of a list of Arabic words with their English brackets (``الشرطة (police, 4) · الرياض (Riyadh, 4)``),
    one item a line, each word isolated right to left and followed by its bracket; None for any other text.  Laid
    out as one right-to-left paragraph, each gloss stood left of its word and the list ran right to left."""
    if LIST_SEP not in s:
        return None
    items = [x.strip() for x in neutral(s).split(LIST_SEP)]
    parts = [(m["ar"], m["tail"]) if (m := _GLOSSED_ITEM.match(x)) else (x, None) for x in items]
    if not any(t is not None for _, t in parts) or \
            not all(has_arabic(a) and "(" not in a and (t is None or not has_arabic(t)) for a, t in parts):
        return None
    return "".join(f'<span dir="ltr" style="display:block;white-space:nowrap"><bdi lang="ar" dir="rtl">{esc(a)}</bdi>'
                   + (f' <bdi dir="ltr">({esc(t)})</bdi>' if t is not None else "") + "</span>" for a, t in parts)


_SNAKE_ID = re.compile(r"~?[a-z0-9]+(?:_[a-z0-9]+){2,}")


#: a table with at least this many columns lets a short cell of several words wrap (see :func:`_cell`; the
#: seeds' entity counts have 10 columns, snn2000's money table 8)
WIDE_COLUMNS = 8


def _cell(s: str, tag: str = "td", extra: str = "", wide: bool = False, lines: bool = False) -> str:
    if len(s) > 16 and "style=" not in extra and _SNAKE_ID.fullmatch(s):
        # a long snake_case id (provincial_party_standing_committee) may break after its underscores, as a
        # header does: unbroken it set the width of its column and pushed the per-article counts off the page
        return f'<{tag} dir="ltr" style="min-width:8em"><bdi dir="ltr">{esc(s).replace("_", "_<wbr>")}</bdi></{tag}>'
    if wide and 16 < len(s) <= 24 and " " in s.strip():
        pass  # a wide table: a name of several words may wrap (the seeds' entity counts were 5 px over the page)
    elif 0 < len(s) <= 24 and "style=" not in extra:
        extra += ' style="white-space:nowrap"'
    elif 24 < len(s) <= 48 and "style=" not in extra:
        extra += ' style="min-width:8em"'
    elif len(s) > 48 and "style=" not in extra:
        extra += f' style="min-width:{14 if len(s) <= 100 else 22}em"'
    glossed = glossed_items(s) if lines else None
    if glossed:
        return f'<{tag} dir="ltr"{extra.replace("white-space:nowrap", "min-width:10em")}>{glossed}</{tag}>'
    if has_arabic(s) and first_strong_rtl(s):
        return f'<{tag} dir="rtl" lang="ar"{extra}><bdi>{list_items(s)}</bdi></{tag}>'
    if has_arabic(s):
        # English holding an Arabic phrase ("appreciation; merit (شهادات تقدير)", a reading naming ر): laid out, and
        # aligned, as the English it is (right-aligned, it stood out of its left-aligned column)
        return f'<{tag} dir="ltr"{extra}><bdi dir="ltr">{list_items(s)}</bdi></{tag}>'
    if _CODE_OR_URL.match(s):
        style = f' style="{_URL_STYLE}"' if _URL_START.match(s.strip()) else ""
        return f'<{tag} dir="ltr"{extra}><bdi dir="ltr"{style}>{url_html(s) if style else esc(s)}</bdi></{tag}>'
    return f'<{tag} dir="auto"{extra}><bdi>{esc(s)}</bdi></{tag}>'


def _head(name) -> str:
    s = neutral(name)
    if has_arabic(s):
        # a short English run (a gloss in brackets) is kept on one line: wrapped inside the right-to-left
        # header, its first word went to the Arabic word's left and the rest below ("(US دولار / dollar)")
        inner = re.sub(r'<bdi dir="ltr">([^<]{1,24})</bdi>', r'<bdi dir="ltr" style="white-space:nowrap">\1</bdi>',
                       isolate_ltr(s))
        return f'<th dir="rtl" lang="ar"><bdi>{inner}</bdi></th>'
    # a snake_case name may break after its underscores (year_range, n_articles): narrow columns
    return f'<th dir="auto">{esc(s).replace("_", "_<wbr>")}</th>'


def truncate(s, width: int = 40) -> str:
    """``s`` cut at a word boundary to at most ``width`` characters, with an ellipsis."""
    s = neutral(s).replace("\n", " ").strip()
    if len(s) <= width:
        return s
    cut = s[: width - 1]
    if " " in cut[width // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:،؛") + "…"


_LABEL_TAIL = re.compile(r"\s*(\([^()]*\))\s*$")
#: the same bracket followed by the id tail :func:`arnews.labels.label` appends to a label two articles share
_DUP_TAIL = re.compile(r"\s*(\([^()]*\))\s*#(\w+)\s*$")


def plot_label(label, width: int = 30) -> str:
    """An article label for a chart title or tick: the title part cut to ``width`` characters on
    one line, its ``(outlet, date)`` whole on the next.  Cut on one line, a label lost half its
    bracket (``…السوق السعودية تعاود (aawsat,``) and came out mirrored, and a title the label had
    already shortened got a second ellipsis (``......هيئة كبار``)."""
    s = neutral(label).replace("\n", " ").strip()
    m = _LABEL_TAIL.search(s)
    head, tail = (s[: m.start()], m.group(1)) if m and m.start() > 0 else (s, "")
    cut = head.rstrip().endswith("…")
    head = head.rstrip().rstrip("…").rstrip(" .,;:،؛")
    short = truncate(head, width)
    if cut and not short.endswith("…"):
        short += "…"
    from .labels import article_of

    aid = article_of(s)  # a chart names its article by its id too: a printed page has no tooltips
    return with_id(f"{short}\n{tail}" if tail else short, aid) if aid else (f"{short}\n{tail}" if tail else short)


def fold_columns(df, keep: int = 6, other: str = "other"):
    """``(view, folded)``: ``df`` with its numeric columns past the first ``keep`` summed into one
    column ``other`` (``folded``: their names, for the caption).  A table of ten count or share
    columns scrolled sideways out of the page on a corpus of five articles; the columns kept are
    the first ones, so order them most important first.  Nothing is folded when at most one
    column would be (a column ``other`` holding one column is that column renamed)."""
    if df.shape[1] <= keep + 1:
        return df, []
    folded = [str(c) for c in df.columns[keep:]]
    return df.iloc[:, :keep].assign(**{other: df.iloc[:, keep:].sum(axis=1)}), folded


def source_rows(name: str) -> int | None:
    """Rows of the build's table ``name`` (``$ARNEWS_PROCESSED/<name>.parquet`` or ``.csv``, which
    ``arnews report`` sets for every page), read from the Parquet footer or by counting CSV records;
    ``None`` outside a report or for a table the build does not have."""
    import os

    folder = os.environ.get("ARNEWS_PROCESSED")
    if not folder or not re.fullmatch(r"[A-Za-z0-9_.-]+", str(name)):
        return None
    for suffix in (".parquet", ".csv"):
        path = Path(folder) / f"{name}{suffix}"
        if path.is_file():
            st = path.stat()
            return _rows_of(str(path), st.st_size, st.st_mtime_ns)
    return None


@functools.lru_cache(maxsize=64)
def _rows_of(path: str, size: int, mtime: int) -> int | None:
    try:
        if path.endswith(".parquet"):
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        import csv

        with open(path, encoding="utf-8-sig", newline="") as f:
            return max(0, sum(1 for _ in csv.reader(f)) - 1)
    except Exception:  # a note under a table never stops a page
        return None


def tick_label(s, width: int = 30) -> str:
    """A chart tick that may be an article label: cut by :func:`plot_label` (its title part, then
    its ``(outlet, date)`` whole on a second line) when it ends in a bracket and is too long, else by
    :func:`truncate`.  Cut as one string, an Arabic label lost half its bracket and came out
    mirrored (``...spa) ...هيئة الهلال الأحمر``, ``......أمانة الرياض تطرح 18``)."""
    t = neutral(s).replace("\n", " ").strip()
    if len(t) > width and _LABEL_TAIL.search(t) and _LABEL_TAIL.search(t).start() > 0:
        return plot_label(t, width)
    return with_id(truncate(t, width), _article_of(t))


def _article_of(text):
    from .labels import article_of

    return article_of(text)


def full_table_note(name: str, n_shown: int, n_total: int, link: str | None = None, unit: str | None = None) -> str:
    """HTML of the note under a table cut to its top rows: how many are shown and which table they
    come from.  When the shown table is a summary of it (one row per entity, per article ...),
    ``unit`` names what a row counts (plural, ``"entities"``): the note then counts those, not
    rows, and says they summarise the source table (its rows are not the source's rows).  In a
    report the source table's own row count follows its name, and a table whose rows are a
    selection of it (its 340 percentages of 14,162 figures) says that its count is its own: "Showing
    200 of 340 rows" read as 200 of the source table's rows."""
    n_source = source_rows(name)
    size = f", {fmt_count(n_source, 'row')}" if n_source is not None else ""
    where = (f'<code>{esc(name)}</code>{size}' if link
             else f'<code>{esc(name)}</code>{size} (in Python: <code>load_tables(PROCESSED)[{esc(repr(name))}]</code>)')
    csv = (f' Every row of this table as CSV (article ids beside article labels): '
           f'<a href="{esc(link)}">{esc(link.rsplit("/", 1)[-1])}</a>.') if link else ""
    if unit:
        return (f'<p class="arnews-note" dir="ltr"><em>Showing {fmt_int(n_shown)} of {fmt_int(n_total)} {esc(unit)} '
                f"(one row each), summarised from the rows of the source table {where}.{csv}</em></p>")
    own = " of this table" if n_source is not None and n_source != n_total else ""
    return (f'<p class="arnews-note" dir="ltr"><em>Showing {fmt_int(n_shown)} of {fmt_int(n_total)} rows{own}. '
            f"Source table: {where}.{csv}</em></p>")


def _traced(cell: str, value) -> str:
    """``cell`` with the article id of ``value`` (an article label) as its tooltip and data attribute."""
    from .labels import article_of

    aid = article_of(value)
    if not aid:
        return cell
    attrs = f' title="{esc(aid)}" data-article="{esc(aid)}"'
    cell = re.sub(r"^<(td|th)", lambda m: f"<{m.group(1)}{attrs}", cell, count=1)
    # the id shown too, on its own line under the label: a printed page or a screenshot has no tooltips
    return re.sub(r"</(td|th)>$", lambda m: f"{id_line(aid)}</{m.group(1)}>", cell, count=1)


#: the style of an article id shown under its label (small, grey, left-to-right)
_ID_STYLE = "display:block;font-size:0.8em;color:#555;font-family:monospace;white-space:nowrap"


def id_line(aid) -> str:
    """HTML of an article id on its own line (inside a table cell, under the article's label)."""
    return f'<bdi class="arnews-aid" dir="ltr" style="{_ID_STYLE}">{esc(aid)}</bdi>'


def _names_its_id(text: str, aid: str) -> bool:
    """``text`` (an article's label) already shows its id, or the id's unique prefix as its first word (the
    embedded corpus's ``000 (ar, Quảng Ninh)``: its files are named by it)."""
    pre = aid.split("_")[0]
    return aid in text or bool(pre) and pre != aid and (text == pre or text.startswith(pre + " "))


def with_id(label, aid=None) -> str:
    """A chart's article label (``plot_label``'s two lines) with its article id: the ``(outlet, date)`` line
    becomes the id when the id already holds the outlet and the date (``okaz_2015-08-06_0052``), else the id
    is a third line.  ``aid``: the id (default: the id :func:`arnews.labels.article_of` traces ``label`` to);
    a label of no known article is returned unchanged."""
    from .labels import article_of

    aid = aid or article_of(str(label).replace("\n", " "))
    text = str(label)
    if not aid or _names_its_id(text, aid):
        return text
    head, _, tail = text.rpartition("\n")
    if not head:
        head, tail = text, ""
    parts = [x.strip() for x in tail.strip("()").split(",") if x.strip()]
    if parts and all(x in aid for x in parts):
        return f"{head}\n{aid}"
    return f"{text}\n{aid}"


def _slug(text) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", neutral(text).lower()).strip("_")
    return s[:48].rstrip("_")


_EXPORTED: dict = {}


def export_link(df, full: str | None, caption: str | None = None) -> str | None:
    """In a report (``ARNEWS_REPORTS`` set), write ``df`` (every row, with ``article_id`` beside each column of
    article labels: :func:`arnews.labels.with_article_ids`) as ``tables/<notebook>/<full>__<caption>.csv`` and
    return its relative href; else None.  A reader holding only the reports folder traces each row of a cut table
    to its article (and paragraph and span where the table has them)."""
    import os

    if not os.environ.get("ARNEWS_REPORTS") or df is None:
        return None
    from .labels import with_article_ids
    from .links import table_file

    base = "__".join(x for x in (_slug(full or "table"), _slug(caption or "")) if x) or "table"
    n = _EXPORTED.get(base, 0) + 1
    _EXPORTED[base] = n
    name = base if n == 1 else f"{base}_{n}"
    path = table_file(with_article_ids(df.reset_index() if _named_index(df) else df), name)
    return Path(os.path.relpath(path, os.environ["ARNEWS_REPORTS"])).as_posix()


def _named_index(df) -> bool:
    return any(n is not None for n in (df.index.names or []))


def table_html(df, caption: str | None = None, max_rows: int = 200, floatfmt: str | None = None, index: bool = False,
               full: str | None = None, link: str | None = None, max_chars: int | None = None,
               formats: dict | None = None, unit: str | None = None, list_lines: bool = False) -> str:
    """The escaped, RTL-aware HTML of a DataFrame (see :func:`show`).

    ``list_lines``: a cell holding a list of glossed Arabic words shows one item a line (:func:`glossed_items`).

    Integers get thousands separators, years (columns named ``year``…) stay years, floats get
    fixed decimals fitted to their column (or ``floatfmt`` when it is not scientific); ``formats``
    maps a column to its own formatter.  At most ``max_rows`` rows are shown; ``full`` names the
    whole table (and ``link`` its file) in the note under a cut table; ``unit`` says what a row
    counts when the shown table summarises ``full`` (see :func:`full_table_note`).  ``max_chars`` truncates long
    text cells.  The table scrolls sideways inside the page rather than widening it."""
    shown = df.head(max_rows)
    names = ([n if n is not None else "" for n in (shown.index.names or [""])] if index else []) + list(shown.columns)
    cols = [esc(c) for c in names]
    data_cols = []
    if index:
        idx = shown.index.to_frame(index=False)
        data_cols += [idx.iloc[:, i].tolist() for i in range(idx.shape[1])]
    data_cols += [shown.iloc[:, i].tolist() for i in range(shown.shape[1])]
    formats = formats or {}
    fmts = [formats.get(n) or _column_formatter(c, n, floatfmt) for n, c in zip(names, data_cols)]
    out = ['<div class="arnews-table-wrap" style="overflow-x:auto;max-width:100%">', '<table class="arnews-table">']
    if caption:
        out.append(f'<caption dir="auto">{esc(caption)}</caption>')
    out.append("<thead><tr>" + "".join(_head(n) for n in names) + "</tr></thead><tbody>")
    for r in range(len(shown)):
        tds = []
        for c, f in zip(data_cols, fmts):
            v = c[r]
            if _isna(v):
                s = ""
            elif f is not None and _is_number(v):
                s = f(v)
            else:
                s = fmt_value(v, floatfmt)
            if max_chars and len(s) > max_chars:
                s = truncate(s, max_chars)
            tds.append(_traced(_cell(s, wide=len(names) >= WIDE_COLUMNS, lines=list_lines), v))
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table></div>")
    if len(df) > max_rows:
        if full:
            out.append(full_table_note(full, len(shown), len(df), link, unit))
        else:
            out.append(_own_rows_note(len(shown), len(df), link))
    return "".join(out)


def _own_rows_note(n_shown: int, n_total: int, link: str | None = None) -> str:
    """The note under a table cut to its top rows that comes from no build table (``link``: its own CSV)."""
    csv = (f' Every row as CSV (article ids beside article labels): <a href="{esc(link)}">{esc(link.rsplit("/", 1)[-1])}</a>.'
           if link else "")
    return (f'<p class="arnews-note" dir="ltr"><em>Showing {fmt_int(n_shown)} of {fmt_int(n_total)} rows of this table.'
            f'{csv}</em></p>')


#: a concordance's context: at most this many characters on each side of the match (:func:`kwic_html`), in a column
#: at least this wide (em), so that a context takes two lines of a crowded table, not five or six (13em made the
#: marker table of seven columns scroll sideways, and so did 9em by a little; without a minimum the contexts
#: were squeezed to three lines)
KWIC_CONTEXT_CHARS = 32
KWIC_CONTEXT_EM = 7.5


def cut_context(text: str, width: int, side: str) -> str:
    """``text`` (a concordance's context) cut to at most ``width`` characters next to the match: the end of the
    ``left`` context, the start of the ``right`` one, at a word boundary, with ``…`` where it was cut; a text that fits
    is returned as it is (a single word longer than ``width`` is cut inside it)."""
    if len(text.strip()) <= width:
        return text
    text = text.strip()
    if side == "left":
        part = text[-width:]
        if not text[-width - 1].isspace() and " " in part:
            part = part.split(" ", 1)[1]
        return "… " + part.lstrip()
    part = text[:width]
    if not text[width].isspace() and " " in part:
        part = part.rsplit(" ", 1)[0]
    return part.rstrip() + " …"


def kwic_html(df, left: str = "left", match: str = "match", right: str = "right", before: list | None = None,
              after: list | None = None, caption: str | None = None, max_rows: int = 200, full: str | None = None,
              unit: str | None = None, link: str | None = None, context_chars: int | None = KWIC_CONTEXT_CHARS) -> str:
    """A keyword-in-context table that reads in the direction of its matches.

    Rows whose match is Arabic go into a right-to-left table: the preceding context (``left``,
    the words before the match in the text) sits to the RIGHT of the match and the following
    context to its LEFT, so the line reads as the sentence does.  Other rows go into a
    left-to-right table.  ``before``/``after`` are extra columns (article, gloss ...).  Each context is
    cut to at most ``context_chars`` characters next to the match, at a word boundary, ``…`` where cut
    (:func:`cut_context`), and a note under the table states the width (pages58: six words of context
    wrapped to five or six lines in a column squeezed by the article, marker and gloss columns)."""
    before, after = list(before or []), list(after or [])
    shown = df.head(max_rows)
    cut = False
    if context_chars and len(shown):
        shown = shown.copy()
        for col, side in ((left, "left"), (right, "right")):
            new = shown[col].map(lambda v: v if _isna(v) else cut_context(str(v), context_chars, side))
            cut = cut or bool((new.astype(str) != shown[col].astype(str)).any())
            shown[col] = new
    ar = shown[match].map(has_arabic) if len(shown) else shown[match]
    parts = []
    if caption:
        parts.append(f'<p dir="auto"><strong>{esc(caption)}</strong></p>')
    for rtl, sub in ((True, shown[ar.astype(bool)] if len(shown) else shown), (False, shown[~ar.astype(bool)] if len(shown) else shown)):
        if sub.empty:
            continue
        d = "rtl" if rtl else "ltr"
        heads = before + ["before", "match", "after"] + after
        # the context column next to the match is aligned towards it
        near_before = "left" if rtl else "right"
        near_after = "right" if rtl else "left"
        out = [f'<div class="arnews-table-wrap" style="overflow-x:auto;max-width:100%"><table class="arnews-table arnews-kwic" dir="{d}">']
        out.append("<thead><tr>" + "".join(f'<th dir="auto">{esc(h)}</th>' for h in heads) + "</tr></thead><tbody>")
        fm = {c: _column_formatter(sub[c].tolist(), c, None) for c in before + after}
        for _, r in sub.iterrows():
            tds = []
            for c in before:
                v = r[c]
                tds.append(_traced(_cell(fm[c](v) if fm[c] and _is_number(v) and not _isna(v) else ("" if _isna(v) else str(v))), v))
            ctx_width = f"min-width:{KWIC_CONTEXT_EM}em;" if context_chars else ""
            tds.append(_cell("" if _isna(r[left]) else str(r[left]), extra=f' style="{ctx_width}text-align:{near_before}"'))
            tds.append(_cell("" if _isna(r[match]) else str(r[match]), extra=' style="font-weight:bold;text-align:center"'))
            tds.append(_cell("" if _isna(r[right]) else str(r[right]), extra=f' style="{ctx_width}text-align:{near_after}"'))
            for c in after:
                v = r[c]
                tds.append(_cell(fm[c](v) if fm[c] and _is_number(v) and not _isna(v) else ("" if _isna(v) else str(v))))
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</tbody></table></div>")
        parts.append("".join(out))
    if cut:
        parts.append(f'<p class="arnews-note" dir="ltr"><em>Context cut to at most {context_chars} characters on each side of '
                     'the match, at a word boundary (… marks a cut).</em></p>')
    if len(df) > max_rows:
        parts.append(full_table_note(full, len(shown), len(df), link, unit=unit) if full else
                     _own_rows_note(len(shown), len(df), link))
    return "".join(parts)


def show_kwic(df, **kw):
    """Display :func:`kwic_html`; in a report, its rows (every one) also go to a CSV beside the page."""
    from IPython.display import HTML, display

    if kw.get("link") is None:
        kw["link"] = export_link(df, kw.get("full") or "kwic", kw.get("caption"))
    extra = _csv_note(kw["link"]) if kw["link"] and len(df) <= kw.get("max_rows", 200) else ""
    display(HTML(kwic_html(df, **kw) + extra))
    return None


def same_columns(df, min_rows: int = 5) -> tuple:
    """``(view, note)``: ``df`` without the columns that hold one value in every row (all ``ar``, all 0, all
    empty) when it has at least ``min_rows`` rows, and the sentence that names them once (``""`` when none)."""
    if df is None or len(df) < min_rows or df.shape[1] < 2:
        return df, ""
    same = []
    for c in df.columns:
        vals = df[c].map(lambda v: "" if _isna(v) else str(v)).unique()
        if len(vals) == 1:
            same.append((c, vals[0]))
    if not same or len(same) == df.shape[1]:
        return df, ""
    said = "; ".join(f"{c}: {v if v != '' else 'empty'}" for c, v in same)
    return df.drop(columns=[c for c, _ in same]), f"Left out, the same in every row: {said}."


def sparse_columns(df, cols, min_share: float = 0.25, noun: str = "rows") -> tuple:
    """``(view, note)``: ``df`` without those of ``cols`` that are filled (not empty, not NaN) in fewer than
    ``min_share`` of its rows (almost empty), and the sentence that names them once with how many rows fill them (``""`` when
    none is left out).  A percentage table's ``unit`` column, filled for a few of 1,200 rows, read as empty."""
    if df is None or not len(df):
        return df, ""
    sparse = []
    for c in cols:
        if c in df.columns:
            filled = int(df[c].map(lambda v: not _isna(v) and str(v).strip() != "").sum())
            if filled < min_share * len(df):
                sparse.append((c, filled))
    if not sparse:
        return df, ""
    said = "; ".join(f"{c} (filled in {filled:,} of {len(df):,} {noun})" for c, filled in sparse)
    return df.drop(columns=[c for c, _ in sparse]), f"Left out, empty in most rows: {said}; the CSV keeps them."


def show(df, caption: str | None = None, max_rows: int = 200, floatfmt: str | None = None, index: bool = False,
         full: str | None = None, link: str | None = None, max_chars: int | None = None, formats: dict | None = None,
         unit: str | None = None, csv=None, drop_same: bool = False, list_lines: bool = False):
    """Display a DataFrame as an escaped, RTL-aware HTML table (see :func:`table_html`).

    In a report a table cut from ``full`` (or holding article labels) is also written whole as a CSV beside the
    page and linked (``csv``: the frame to write instead, e.g. with ``article_id``, ``start``, ``end``);
    ``drop_same`` leaves out the columns with one value in every row and says so once below the table."""
    from IPython.display import HTML, display

    extra = ""
    whole = df
    if drop_same:
        df, said = same_columns(df)
        if said:
            extra += f'<p class="arnews-note" dir="ltr"><em>{esc(said)}</em></p>'
    if link is None and (len(df) > max_rows or (full and (_has_labels(df) or csv is not None))):
        link = export_link(whole if csv is None else csv, full, caption)
        if link and len(df) <= max_rows:
            extra += _csv_note(link)
    display(HTML(table_html(df, caption, max_rows, floatfmt, index, full=full, link=link, max_chars=max_chars,
                            formats=formats, unit=unit, list_lines=list_lines) + extra))
    return None


def _has_labels(df) -> bool:
    from .labels import with_article_ids

    head = df.head(50)
    return len(head) > 0 and with_article_ids(head).shape[1] > head.shape[1]


def _csv_note(link: str) -> str:
    name = link.rsplit("/", 1)[-1]
    return (f'<p class="arnews-note" dir="ltr"><em>This table as CSV, with each article\'s id: '
            f'<a href="{esc(link)}">{esc(name)}</a>.</em></p>')


def first_strong_rtl(text) -> bool:
    """Whether the first letter of ``text`` is Arabic (the direction the bidi algorithm's P2 rule gives)."""
    for c in neutral(text):
        if _ARABIC.match(c):
            return True
        if c.isalpha():
            return False
    return False


def _span(text: str) -> str:
    """:func:`_isolated` ``text``, followed by its article id in brackets when it is an article label (a printed
    page has no tooltips: a sentence naming an article names its id)."""
    aid = _article_of(text)
    if not aid or _names_its_id(text, aid):
        return _isolated(text)
    m = _LABEL_TAIL.search(text)
    dup = _DUP_TAIL.search(text)
    if dup and dup.start() > 0 and aid.endswith(dup.group(2)):
        # a label made unique by its id's tail (``ضربة لأرسنال قبل… (almadina, 2015-08-07) #0663``): the id holds the
        # tail too, so it takes the place of both (snn300 read ``… (almadina, 2015-08-07) #0663 [almadina_2015-08-07_0663]``)
        m = dup
    parts = [x.strip() for x in m.group(1).strip("()").split(",") if x.strip()] if m and m.start() > 0 else []
    if parts and all(x in aid for x in parts) and has_arabic(text[: m.start()]):
        # the id holds the bracket's outlet and date (okaz_2015-08-06_0052): it takes the bracket's place
        return f'{_isolated(text[: m.start()].rstrip())} <bdi class="arnews-aid" dir="ltr">[{esc(aid)}]</bdi>'
    return _isolated(text) + f' <bdi class="arnews-aid" dir="ltr">[{esc(aid)}]</bdi>'


def _isolated(text: str) -> str:
    """A value isolated in the direction of its first letter: ``Quảng Ninh: كوانج نينه`` is a
    left-to-right value holding Arabic (as right-to-left it showed as ``كوانج نينه :Quảng Ninh``)."""
    if not has_arabic(text):
        return f'<bdi dir="auto">{esc(text)}</bdi>'
    if first_strong_rtl(text):
        m = _LABEL_TAIL.search(text)
        if m and m.start() > 0 and not has_arabic(m.group(1)) and has_arabic(text[: m.start()]):
            # an article label (Arabic title, then "(okaz, 2015-08-06)"): in English prose the bracket follows
            # the title, as it is written; inside the right-to-left value it came first, left of the title
            return (f'<bdi lang="ar" dir="rtl">{isolate_ltr(text[: m.start()].rstrip())}</bdi> '
                    f'<bdi dir="ltr">{esc(m.group(1))}</bdi>')
        return f'<bdi lang="ar" dir="rtl">{isolate_ltr(text)}</bdi>'
    return f'<bdi dir="ltr">{esc(text)}</bdi>'


def md_html(template: str, **values) -> str:
    """HTML of Markdown ``template`` (trusted) with ``values`` (untrusted) filled in.

    The template is rendered first with opaque placeholders; the formatted
    values are then HTML-escaped and put in place, so data never goes through
    the Markdown parser (no markup, link or emphasis injection, and code spans
    show values verbatim).  Every value is isolated in ``<bdi>`` (Arabic ones as
    ``<bdi lang="ar" dir="rtl">``) and loses its bidi controls; a list's items are isolated one by
    one, and a tuple item's parts too (``[("بلد (country)", "105")]``: ``بلد (country): 105``).
    """
    import string

    import mistune

    parts, filled = [], {}
    for i, (literal, field, spec, conv) in enumerate(string.Formatter().parse(template)):
        parts.append(literal)
        if field is None:
            continue
        v = values[field] if field in values else string.Formatter().get_field(field, (), values)[0]
        if isinstance(v, (list, tuple)) and not spec and not conv:
            # a list: each item isolated on its own, so the order of mixed-direction items holds
            token = f"ARNEWSVALUE{i}X"
            # (a tuple item: each part isolated on its own and joined with ": ", so that the count of
            # an Arabic word stays after it in an English sentence: ``بلد (country): 105``)
            filled[token] = ", ".join(": ".join(_span(str(y)) for y in x) if isinstance(x, tuple) else _span(str(x))
                                      for x in v)
            parts.append(token)
            continue
        if conv == "r":
            v = repr(v)
        elif conv == "s":
            v = str(v)
        text = format(v, spec) if spec else str(v)
        token = f"ARNEWSVALUE{i}X"
        filled[token] = _span(text)
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


#: the widest figure, in inches at 100 dpi: a wider one is scaled down in the page and its text shrinks
MAX_FIG_WIDTH = 10.0


def fig_height(n_rows: int, per_row: float = 0.32, base: float = 1.4, cap: float = 9.0) -> float:
    """A figure height in inches for ``n_rows`` bars/rows, bounded by ``cap`` (charts never grow with the corpus)."""
    return float(min(cap, base + per_row * max(1, n_rows)))


def legend_outside(ax, ncol: int | None = None, title: str | None = None, below: bool = False):
    """Put the legend outside the data area: to the right, or below the axes."""
    handles, labels = ax.get_legend_handles_labels()
    if not handles:
        return None
    if below:
        return ax.legend(handles, labels, ncol=ncol or min(4, len(labels)), loc="upper center",
                         bbox_to_anchor=(0.5, -0.18), frameon=False, fontsize=9, title=title)
    return ax.legend(handles, labels, ncol=ncol or 1, loc="upper left", bbox_to_anchor=(1.01, 1.0),
                     frameon=False, fontsize=9, title=title)


def setup():
    """Matplotlib defaults for the notebooks: DejaVu Sans (has Arabic glyphs), text no smaller than
    8 pt (11 px at 100 dpi), figures at most :data:`MAX_FIG_WIDTH` inches wide so the page never
    scales them down."""
    import matplotlib

    matplotlib.rcParams.update(
        {
            "font.family": ["DejaVu Sans"],
            "font.size": 10,
            "axes.titlesize": 10,
            "axes.labelsize": 10,
            "xtick.labelsize": 9,
            "ytick.labelsize": 9,
            "legend.fontsize": 9,
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "figure.figsize": (8, 4.5),
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.formatter.useoffset": False,
            "axes.formatter.limits": (-9, 12),
            "svg.hashsalt": "arnews",
        }
    )
    return matplotlib
