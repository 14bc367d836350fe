"""Review 43: every page's headings and narration fitted to the corpus at hand (not only the first
cell), cells left out when the build has none of what they show, ``corpus_facts`` read through
``load_tables``, and the empty states of a tiny corpus said (slow: executes the notebooks on three
Gulf-style articles written for this test, without a manifest)."""
from __future__ import annotations

import ast
import json
import re

import nbformat
import pandas as pd
import pytest

from arnews.lexicons import notebooks_dir
from arnews.pagefit import FACTS, corpus_facts, dropped, fit_notebook
from arnews.report import notebook_summary

NB = notebooks_dir()
NAMES = sorted(p.name for p in NB.glob("*.ipynb"))
NONE = {"pairs": 0, "campaigns": 0, "english": 0, "documents": 0, "codebook": 0, "lunar": 0}
SOME = {"pairs": 2, "campaigns": 9, "english": 2, "documents": 5, "codebook": 1, "lunar": 1}


def _fitted(name, facts):
    return fit_notebook(nbformat.read(NB / name, as_version=4), facts)


def _markdown(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def _headings(nb) -> list[str]:
    return [l for c in nb.cells if c.cell_type == "markdown" for l in c.source.splitlines() if l.startswith("#")]


# --- the fitting itself ----------------------------------------------------------------------------

def test_a_cell_is_dropped_only_when_the_fact_is_measured_and_zero():
    meta = {"arnews": {"drop_without": ["pairs"]}}
    assert dropped(meta, {"pairs": 0})
    assert not dropped(meta, {"pairs": 3})
    assert not dropped(meta, {})          # the table is missing: unknown, kept
    assert not dropped(meta, None)        # JupyterLab: the notebook as written
    assert not dropped({}, {"pairs": 0})


def test_later_cells_are_fitted_not_only_the_first():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Title", metadata={"arnews": {"without": {"pairs": [["Title", "T"]]}}}),
                nbformat.v4.new_markdown_cell("## Did the translation keep it?",
                                              metadata={"arnews": {"without": {"pairs": [["Did the translation keep it?", "Translations"]]}}}),
                nbformat.v4.new_markdown_cell("### Side by side", metadata={"arnews": {"drop_without": ["pairs"]}}),
                nbformat.v4.new_code_cell("x = 1", metadata={"arnews": {"drop_without": ["pairs"]}})]
    out = fit_notebook(nb, {"pairs": 0})
    assert [c.source for c in out.cells] == ["# T", "## Translations"]


@pytest.mark.parametrize("name", NAMES)
def test_every_fitting_of_every_cell_still_matches(name):
    cells = json.loads((NB / name).read_text(encoding="utf-8"))["cells"]
    for i, c in enumerate(cells):
        meta = (c.get("metadata") or {}).get("arnews") or {}
        src = "".join(c["source"])
        for fact, pairs in (meta.get("without") or {}).items():
            assert fact in FACTS, (name, i, fact)
            assert c["cell_type"] == "markdown", (name, i)
            for old, new in pairs:
                assert src.count(old) == 1, (name, i, old)  # a reworded cell must not leave a dead replacement
                assert old != new
        for fact in meta.get("drop_without") or ():
            assert fact in FACTS, (name, i, fact)


def _stored(src: str) -> set:  # names bound in the cell (assignments, loop and comprehension targets, lambda arguments)
    tree = ast.parse(src)
    return ({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
            | {n.arg for n in ast.walk(tree) if isinstance(n, ast.arg)})


def _loaded(src: str) -> set:
    return {n.id for n in ast.walk(ast.parse(src)) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fact", sorted(FACTS))
def test_a_dropped_code_cell_defines_nothing_a_kept_cell_reads(name, fact):
    nb = nbformat.read(NB / name, as_version=4)
    code = [(c.source, dropped(c.get("metadata"), {fact: 0})) for c in nb.cells if c.cell_type == "code"]
    kept_defs = set().union(*(_stored(s) for s, d in code if not d))
    for k, (s, d) in enumerate(code):
        if not d:
            continue
        only_here = _stored(s) - kept_defs
        for later, d2 in code[k + 1:]:
            if not d2:
                needs = _loaded(later) - _stored(later)  # read before any binding of its own: approximate, on the safe side
                assert not (only_here & needs), (name, fact, only_here & needs)


# --- the pages without pairs, campaigns, English ---------------------------------------------------

def test_quantities_without_pairs_has_one_short_translation_section():
    nb = _fitted("02_quantities.ipynb", NONE)
    heads = _headings(nb)
    # session 51: the section is left out (the question list says it is not asked), no longer a short heading of its own
    assert not any("translation keep" in h for h in heads)
    assert not any("fidelity table" in h or "Mismatches in both" in h or "Blocks one version" in h for h in heads)
    text = _markdown(nb)
    assert "Cross-language matching" not in text and "The fidelity tables" not in text
    kept = _fitted("02_quantities.ipynb", SOME)
    assert "## Did the translation keep every figure of the original?" in _headings(kept)
    assert "### The fidelity table, side by side" in _headings(kept) and "Cross-language matching" in _markdown(kept)
    assert len(kept.cells) - len(nb.cells) == 10  # the section and its three subsections (heading and code each), and the documents section (NONE has none)


def test_rhetoric_without_campaigns_promises_no_campaign_of_the_canon():
    nb = _fitted("03_rhetoric.ipynb", NONE)
    heads = " | ".join(_headings(nb))
    for gone in ("Which campaigns does each article invoke", "Campaigns by article", "The renderings of one campaign",
                 "The main campaign", "Quoted phrases that are not campaigns"):
        assert gone not in heads, gone
    assert "## Does the corpus use the campaigns of the canon?" in heads and "## Enemy framing in context" in heads
    assert "First every occurrence of the most invoked campaign" not in _markdown(nb)
    assert not any("summary.empty" in c.source and "kwic_spans" in c.source for c in nb.cells)  # the main campaign's concordance
    kept = " | ".join(_headings(_fitted("03_rhetoric.ipynb", SOME)))
    assert "### Campaigns by article" in kept and "## The main campaign and the enemy in context" in kept


def test_topics_and_overview_without_english_or_pairs():
    t = _markdown(_fitted("01_topics.ipynb", NONE))
    assert "Articles in English are scored" not in t and "parallel pair" not in t and "and its parallel versions" not in t
    t = _markdown(_fitted("01_topics.ipynb", {"pairs": 0, "english": 3}))
    assert "Articles in English are scored with the codebook's English patterns." in t and "parallel pair" not in t
    assert "so the versions of a parallel pair can be compared" in _markdown(_fitted("01_topics.ipynb", SOME))
    assert "## Parallel versions" in _headings(_fitted("00_corpus_overview.ipynb", NONE))


def test_quantities_without_document_codes_asks_no_document_question():
    s = notebook_summary(NB / "02_quantities.ipynb", NONE)
    assert "official documents" not in s["question"] and "amounts of money and periods." in s["question"]
    heads = _headings(_fitted("02_quantities.ipynb", NONE))
    # session 51: the empty section is left out (was a heading over "No document codes are cited")
    assert not any("document" in h.lower() for h in heads)
    assert "Which official documents are cited, and when were they dated?" in notebook_summary(NB / "02_quantities.ipynb", SOME)["question"]


def test_topics_without_a_fitting_codebook_asks_no_theme_question():
    s = notebook_summary(NB / "01_topics.ipynb", NONE)
    assert s["title"] == "Topics: distinctive words, topics, entities and similarity"
    assert not s["question"].startswith("Which themes") and "does not fit this corpus" in s["question"]
    nb = _fitted("01_topics.ipynb", NONE)
    heads = _headings(nb)
    assert "## What do the unsupervised topics find?" in heads
    assert not any("paragraph by paragraph" in h for h in heads)  # the theme-flow subsection is left out
    kept = notebook_summary(NB / "01_topics.ipynb", SOME)
    assert kept["title"] == "Topics: themes, distinctive words, topics, entities and similarity"
    assert kept["question"].startswith("Which themes is each article built from")


def test_inline_code_spans_are_isolated_in_their_own_direction():
    from arnews.report import CSS

    rule = next(l for l in CSS.splitlines() if l.startswith("p code"))
    assert "unicode-bidi: plaintext" in rule and "li code" in rule and "td code" in rule


# --- corpus_facts through load_tables ------------------------------------------------------------

def test_corpus_facts_reads_a_build_through_load_tables(tmp_path, monkeypatch):
    import arnews.tables as tables

    (tmp_path / "build_info.json").write_text("{}", encoding="utf-8")
    pd.DataFrame({"article_id": ["a", "b", "c"], "language": ["ar", "en", "en"], "parallel_of": ["", "a", ""]}).to_csv(
        tmp_path / "articles.csv", index=False)
    pd.DataFrame({"article_id": ["a"], "campaign": [""], "surface": ["x"]}).to_parquet(tmp_path / "slogans.parquet")
    calls = []
    real = tables.load_tables
    monkeypatch.setattr(tables, "load_tables", lambda p=None: calls.append(p) or real(p))
    assert corpus_facts(tmp_path) == {"pairs": 1, "english": 2, "campaigns": 0}
    assert calls == [tmp_path]
    pd.DataFrame({"article_id": ["a", "a"], "kind": ["count", "doc_code"]}).to_parquet(tmp_path / "quantities.parquet")
    pd.DataFrame({"resource": ["gazetteer", "themes codebook"], "fits": [True, False]}).to_csv(tmp_path / "lexicon_fit.csv", index=False)
    facts = corpus_facts(tmp_path)
    assert facts["documents"] == 1 and facts["codebook"] == 0


# --- a tiny corpus without metadata: every empty section says why (slow) ---------------------------

GULF = {
    "a1.txt": "أمير المنطقة الشرقية يفتتح مهرجان الواجهة البحرية\n\nالخبر - واس\n\n"
              "افتتح أمير المنطقة الشرقية مساء الخميس مهرجان الواجهة البحرية الذي تنظمه أمانة المنطقة بمشاركة 40 جهة حكومية وخاصة.\n\n"
              "ويستمر المهرجان عشرة أيام، ويتوقع المنظمون أن يستقبل أكثر من 200 ألف زائر.\n",
    "a2.txt": "تراجع أسعار الحديد في السوق المحلية\n\nجدة - فهد العتيبي\n\n"
              "تراجعت أسعار حديد التسليح في السوق المحلية خلال الشهر الجاري بنسبة 8 في المئة لتصل إلى 2400 ريال للطن.\n\n"
              "وعزا تجار التراجع إلى ضعف الطلب مع تباطؤ المشاريع الإنشائية في عدد من المدن.\n",
    "a3.txt": "الاتحاد يعود بالفوز من الدمام\n\nالدمام - ماجد الغامدي\n\n"
              "عاد فريق الاتحاد بفوز ثمين من أرض مضيفه الاتفاق بثلاثة أهداف مقابل هدف في الجولة الخامسة من الدوري.\n\n"
              "ورفع الاتحاد رصيده إلى 11 نقطة، فيما تجمد رصيد الاتفاق عند 6 نقاط.\n",
}


def _page_text(path):
    html = re.sub(r"<details.*?</details>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.slow
def test_a_tiny_corpus_without_metadata_reads_true(tmp_path):
    from arnews.build import build
    from arnews.report import render_notebooks

    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in GULF.items():
        (raw / name).write_text(text, encoding="utf-8")
    out = tmp_path / "processed"
    build(raw, out, jobs=1)
    assert corpus_facts(out) == {**NONE, "gazetteer": 0, "markers": 0}  # pages48: the two fitted resources are facts too
    reports = tmp_path / "reports"
    render_notebooks(out, reports, jobs=2)
    over = _page_text(reports / "00_corpus_overview.html")
    assert "(no article has a value)" in over and "Parallel versions: what does one" not in over
    quant = _page_text(reports / "02_quantities.html")
    assert "The fidelity table" not in quant and "nothing to show here" not in quant
    assert "currenc(ies)" not in quant
    rhet = _page_text(reports / "03_rhetoric.html")
    assert "Campaigns by article" not in rhet and "The main campaign" not in rhet and "No campaign to show" not in rhet
    assert "to campaign names alone" not in rhet and "then - (" not in rhet
    topics = _page_text(reports / "01_topics.html")
    assert "Articles in English are scored" not in topics
    assert re.search(r"left out: theme profiles \(the theme codebook does not fit this corpus\)", topics)
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "whether the translation kept the figures" not in index and "campaign slogans" not in index
