"""A page's headings, narration and questions fitted to the corpus at hand.

A notebook's Markdown states its title, questions and the narration of each section; some of
it only makes sense when the corpus has something (parallel pairs to compare figures across,
campaigns of the canon to count, articles in English).  Any cell's metadata ``arnews`` says
what to do when the build has none of a fact of :func:`corpus_facts`:

* ``without``: maps a fact to ``[old, new]`` replacements applied to the cell's source (a
  Markdown cell: the heading and narration; the first one gives the index card, the page's
  ``<title>`` and the navigation);
* ``drop_without``: a list of facts; the cell (Markdown or code) is left out of the page when
  the build has none of any of them (a subsection whose every line would say "nothing here";
  its code must define nothing a kept cell reads).

::

    "metadata": {"arnews": {"without": {"pairs": [["# Quantities: ... kept the figures", "# Quantities: ..."]]}}}
    "metadata": {"arnews": {"drop_without": ["pairs"]}}

Run in JupyterLab a notebook reads and runs as written (the general questions)."""
from __future__ import annotations

__all__ = ["FACTS", "FIT_FACTS", "corpus_facts", "fit_source", "fit_notebook", "dropped"]

FACTS = {
    "pairs": "articles with a parallel_of link (a translation paired with its original)",
    "campaigns": "rows of the slogans table that belong to a campaign of the canon",
    "english": "articles in English (language en)",
    "documents": "figures of the quantities table that are official document codes (kind doc_code)",
    "codebook": "1 when the theme codebook fits the corpus (the build's lexicon_fit table), else 0",
    "lunar": "dated figures of the quantities table written in the Vietnamese lunar calendar (calendar lunar)",
    "gazetteer": "1 when the gazetteer (Vietnamese institutions and places) fits the corpus, else 0",
    "markers": "1 when the rhetoric marker lexicon fits the corpus, else 0",
}

#: the fact each fitted resource of the build's ``lexicon_fit`` table gives (1 fits, 0 does not)
FIT_FACTS = {"themes codebook": "codebook", "gazetteer": "gazetteer", "rhetoric markers": "markers"}


def corpus_facts(processed) -> dict:
    """What the build at ``processed`` has, as counts: ``pairs`` (articles with a
    ``parallel_of`` link), ``campaigns`` (slogans rows with a campaign of the canon) and
    ``english`` (articles whose language is ``en``), ``documents`` (document codes among the
    quantities), ``lunar`` (dates of the Vietnamese lunar calendar among them), ``codebook``,
    ``gazetteer`` and ``markers`` (1 when the theme codebook, the gazetteer, the rhetoric markers fit, by the
    build's ``lexicon_fit``),
    read through :func:`arnews.load_tables` (only the columns needed).  A fact whose table is missing is left out (nothing is replaced
    for it)."""
    from pathlib import Path

    from .tables import load_tables, table_columns

    try:
        T = load_tables(processed)
    except FileNotFoundError:  # tables without a build record (written by hand): only the columns read below
        T = {p.stem: _columns_of(p, _NEEDED[p.stem]) for p in sorted(Path(processed).glob("*.*"))
             if p.stem in _NEEDED and p.suffix in (".csv", ".parquet")}
    facts = {}
    arts = table_columns(T, "articles", ["parallel_of", "language"])
    if arts is not None:
        pairs = arts["parallel_of"].fillna("").astype(str).str.strip() if "parallel_of" in arts.columns else None
        facts["pairs"] = 0 if pairs is None else int((pairs != "").sum())
        if "language" in arts.columns:
            facts["english"] = int((arts["language"].fillna("").astype(str) == "en").sum())
    slog = table_columns(T, "slogans", ["campaign"])
    if slog is not None and "campaign" in slog.columns:
        facts["campaigns"] = int((slog["campaign"].fillna("").astype(str) != "").sum())
    q = table_columns(T, "quantities", ["kind", "calendar"])
    if q is not None and "kind" in q.columns:
        facts["documents"] = int((q["kind"].astype(str) == "doc_code").sum())
    if q is not None and "calendar" in q.columns:
        facts["lunar"] = int((q["calendar"].fillna("").astype(str) == "lunar").sum())
    fit = table_columns(T, "lexicon_fit", ["resource", "fits"])
    if fit is not None and {"resource", "fits"} <= set(fit.columns):
        for resource, fact in FIT_FACTS.items():
            row = fit[fit["resource"] == resource]
            if len(row):
                facts[fact] = int(str(row["fits"].iloc[0]).strip().lower() in ("true", "1", "yes"))
    return facts


#: the columns :func:`corpus_facts` reads of each table (a hand-written folder is read for these only)
_NEEDED = {"articles": ["parallel_of", "language"], "slogans": ["campaign"], "quantities": ["kind", "calendar"],
           "lexicon_fit": ["resource", "fits"]}


def _columns_of(path, cols):
    """Only the columns ``cols`` of one table file (those it has), as text: a ``quantities`` table of a
    large corpus read whole is hundreds of MB for two columns."""
    import pandas as pd

    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        use = [c for c in cols if c in pq.read_schema(path).names]
        return pq.read_table(path, columns=use).to_pandas()
    return pd.read_csv(path, usecols=lambda c: c in cols, dtype=str, keep_default_na=False)


def _arnews(metadata) -> dict:
    return (metadata or {}).get("arnews") or {}


def _absent(fact: str, facts: dict | None) -> bool:
    """The build has none of ``fact`` (measured, and 0); unknown facts are never absent."""
    return facts is not None and fact in facts and not facts[fact]


def fit_source(source: str, metadata: dict | None, facts: dict | None) -> str:
    """``source`` with the replacements of every fact the build has none of (count 0)."""
    without = _arnews(metadata).get("without") or {}
    for fact in sorted(without):
        if not _absent(fact, facts):
            continue
        for old, new in without[fact]:
            source = source.replace(old, new)
    return source


def dropped(metadata: dict | None, facts: dict | None) -> bool:
    """Whether a cell with this metadata is left out: the build has none of a fact it needs."""
    return any(_absent(f, facts) for f in _arnews(metadata).get("drop_without") or ())


def fit_notebook(nb, facts: dict | None):
    """``nb`` (an nbformat notebook) fitted in place: cells whose ``drop_without`` fact the build
    lacks are removed, every Markdown cell gets its ``without`` replacements."""
    nb.cells = [c for c in nb.cells if not dropped(c.get("metadata"), facts)]
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = fit_source(cell.source, cell.get("metadata"), facts)
    return nb
