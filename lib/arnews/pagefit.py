"""A page's title and questions fitted to the corpus at hand.

A notebook's first Markdown cell states its title and questions; some of them only make sense
when the corpus has something (parallel pairs to compare figures across, campaigns of the canon
to count).  The cell's metadata ``arnews.without`` maps a fact of :func:`corpus_facts` to
``[old, new]`` replacements applied when the build has none of it, so the index card, the
page's ``<title>``, the navigation and the page's own heading ask what the corpus can answer::

    "metadata": {"arnews": {"without": {"pairs": [["# Quantities: ... kept the figures", "# Quantities: ..."]]}}}

Run in JupyterLab the cell reads as written (the general questions)."""
from __future__ import annotations

from pathlib import Path

__all__ = ["FACTS", "corpus_facts", "fit_source", "fit_notebook"]

FACTS = {
    "pairs": "articles with a parallel_of link (a translation paired with its original)",
    "campaigns": "rows of the slogans table that belong to a campaign of the canon",
}


def corpus_facts(processed) -> dict:
    """What the build at ``processed`` has, as counts: ``pairs`` (articles with a
    ``parallel_of`` link) and ``campaigns`` (slogans rows with a campaign of the canon).
    A fact whose table is missing is left out (nothing is replaced for it)."""
    import pandas as pd

    processed, facts = Path(processed), {}
    arts = processed / "articles.csv"
    if arts.is_file():
        head = pd.read_csv(arts, nrows=0).columns
        if "parallel_of" in head:
            col = pd.read_csv(arts, usecols=["parallel_of"], dtype=str, keep_default_na=False)["parallel_of"]
            facts["pairs"] = int((col.str.strip() != "").sum())
        else:
            facts["pairs"] = 0
    slog = processed / "slogans.parquet"
    if slog.is_file():
        import pyarrow.parquet as pq

        col = pq.read_table(slog, columns=["campaign"]).column("campaign").to_pylist()
        facts["campaigns"] = sum(1 for c in col if c)
    return facts


def fit_source(source: str, metadata: dict | None, facts: dict | None) -> str:
    """``source`` with the replacements of every fact the build has none of (count 0)."""
    without = ((metadata or {}).get("arnews") or {}).get("without") or {}
    for fact in sorted(without):
        if facts is None or fact not in facts or facts[fact]:
            continue
        for old, new in without[fact]:
            source = source.replace(old, new)
    return source


def fit_notebook(nb, facts: dict | None):
    """Apply :func:`fit_source` to the first Markdown cell of ``nb`` (an nbformat notebook), in place."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = fit_source(cell.source, cell.get("metadata"), facts)
            break
    return nb
