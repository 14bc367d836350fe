"""Parallel, distributed and incremental builds give the same tables as one process."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from arnews import build as build_mod
from arnews.build import build
from conftest import ROOT, sha_tree

sys.path.insert(0, str(ROOT / "benchmarks"))
from synth import make_corpus  # noqa: E402


@pytest.fixture(scope="module")
def synth_corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("synth"), 0.4, seed=7)  # ~50 files


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(build_mod, "CHUNK_BYTES", 40_000)  # several chunks even on a small corpus


def _tables(folder: Path) -> dict[str, str]:
    return {k: v for k, v in sha_tree(folder).items() if k != "build_info.json"}


def test_jobs_give_byte_identical_tables(tmp_path, synth_corpus, small_chunks):
    logs = []
    build(synth_corpus, tmp_path / "j1", jobs=1, log=logs.append)
    build(synth_corpus, tmp_path / "j2", jobs=2, log=logs.append)
    assert _tables(tmp_path / "j1") == _tables(tmp_path / "j2")
    assert len(list((tmp_path / "j1").glob("*.csv"))) >= 4


def test_incremental_rebuild_processes_only_the_new_article(tmp_path, synth_corpus, small_chunks):
    corpus = tmp_path / "c"
    shutil.copytree(synth_corpus, corpus)
    logs = []
    build(corpus, tmp_path / "out", jobs=2, log=logs.append)
    n = len(list(corpus.glob("*.txt")))
    shutil.copy(ROOT / "data" / "raw" / "000_42c2ea3f6fae67de.txt", corpus / "zz_new.txt")
    r = build(corpus, tmp_path / "out", jobs=2, log=logs.append)
    assert r.articles == n + 1 and r.reused == n
    assert f"({n} reused from cache, 1 processed, 0 skipped)" in logs[-1]
    # and the result equals a clean build of the grown corpus
    build(corpus, tmp_path / "clean", jobs=1, log=lambda *a: None)
    assert _tables(tmp_path / "out") == _tables(tmp_path / "clean")


@pytest.mark.slow
def test_dask_local_cluster_equals_single_process(tmp_path, synth_corpus, small_chunks):
    pytest.importorskip("dask.distributed")
    build(synth_corpus, tmp_path / "local", jobs=1, log=lambda *a: None)
    build(synth_corpus, tmp_path / "dask", engine="dask", jobs=2, log=lambda *a: None)
    assert _tables(tmp_path / "local") == {k: v for k, v in _tables(tmp_path / "dask").items()}
    parts = sorted((tmp_path / "dask" / "partitions" / "paragraphs").glob("part-*.parquet"))
    assert len(parts) >= 2  # partitioned Parquet, one part per chunk
    import pandas as pd

    combined = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
    local = pd.read_csv(tmp_path / "local" / "paragraphs.csv", keep_default_na=False)
    assert combined[["article_id", "paragraph", "role", "text"]].equals(local[["article_id", "paragraph", "role", "text"]])
