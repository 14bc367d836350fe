"""Shared helpers of the report tests: ``one_cell_notebook(path, title)``, a notebook of one titled
Markdown cell and one code cell; ``build_and_render(base, texts, manifest, builds=1)``, a tiny corpus
written into ``base/raw`` with its manifest, built (``builds`` times) and rendered: (logs, summaries)."""
from __future__ import annotations

import nbformat


def one_cell_notebook(path, title):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {title}\n\n**Question:** is it listed?"), nbformat.v4.new_code_cell("print('hi')")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def build_and_render(base, texts: dict, manifest: str, builds: int = 1):
    from arnews.build import build
    from arnews.report import render_notebooks

    raw = base / "raw"
    raw.mkdir()
    for name, text in texts.items():
        (raw / name).write_text(text, encoding="utf-8")
    (base / "articles.csv").write_text(manifest, encoding="utf-8")
    logs = []
    for _ in range(builds):
        build(raw, base / "processed", manifest=base / "articles.csv", jobs=1, log=logs.append)
    summaries = render_notebooks(base / "processed", base / "reports", jobs=2, log=lambda *a: None)
    return logs, summaries
