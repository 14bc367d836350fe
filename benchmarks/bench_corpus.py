"""Reading for the benchmark scripts: a corpus folder's articles as a build reads them, and gold JSONL files.

* :func:`manifest_rows`: the rows of ``<folder>/articles.csv`` keyed by article id (empty without one);
* :func:`read_articles`: each file read and split (:func:`arnews.corpus.read_article`), its manifest row
  merged (:func:`arnews.corpus.merge_manifest`) when a manifest is given;
* :func:`read_jsonl`: the records of JSONL files, blank lines skipped, a bad line an exit naming file and line.

``name_passes.py``, ``hook_cpu.py`` and ``profile_build.py`` read articles through it, the scorers their gold.
It imports :mod:`arnews` only when called: the script that imports it puts ``lib`` on the path as before.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

__all__ = ["manifest_rows", "read_articles", "read_jsonl"]


def manifest_rows(folder: Path) -> dict:
    """``articles.csv`` of ``folder`` keyed by id (:func:`arnews.corpus.read_manifest`), ``{}`` without one."""
    from arnews.corpus import read_manifest

    m = Path(folder) / "articles.csv"
    return read_manifest(m) if m.is_file() else {}


def read_articles(paths, manifest: dict | None = None, on_error=None) -> list:
    """The articles of ``paths`` in order.  ``manifest`` (:func:`manifest_rows`): each article's row merged,
    ``metadata_source`` set as a build sets it; ``None``: nothing merged (a synthetic corpus has no manifest).
    ``on_error``: called with the :class:`arnews.corpus.CorpusError` of a file that cannot be read, which is
    then left out; ``None``: the error is raised."""
    from arnews.corpus import CorpusError, merge_manifest, read_article

    out = []
    for p in paths:
        try:
            a = read_article(p)
        except CorpusError as e:
            if on_error is None:
                raise
            on_error(e)
            continue
        if manifest is not None:
            merge_manifest(a, manifest.get(a.article_id))
        out.append(a)
    return out


def read_jsonl(*paths) -> list[dict]:
    """The records of the JSONL files ``paths``, in order; blank lines skipped, a line that is not JSON exits
    with ``FILE:LINE: not JSON``."""
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        sys.exit(f"{p}:{n}: not JSON ({e.msg})")
    return rows
