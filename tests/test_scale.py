"""Parallel, distributed and incremental builds give the same tables as one process."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from arnews import build as build_mod
from arnews import chunks as chunks_mod
from arnews.build import build
from conftest import ROOT, sha_tree

sys.path.insert(0, str(ROOT / "benchmarks"))
from synth import make_corpus  # noqa: E402


@pytest.fixture(scope="module")
def synth_corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("synth"), 0.4, seed=7)  # ~50 files


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(chunks_mod, "CHUNK_BYTES", 40_000)  # several chunks even on a small corpus


def _tables(folder: Path) -> dict[str, str]:
    return {k: v for k, v in sha_tree(folder).items() if k != "build_info.json"}


def test_jobs_give_byte_identical_tables(tmp_path, synth_corpus, small_chunks):
    logs = []
    build(synth_corpus, tmp_path / "j1", jobs=1, log=logs.append)
    build(synth_corpus, tmp_path / "j2", jobs=2, log=logs.append)
    assert _tables(tmp_path / "j1") == _tables(tmp_path / "j2")
    assert len(list((tmp_path / "j1").glob("*.csv")) + list((tmp_path / "j1").glob("*.parquet"))) >= 4


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
    local = pd.read_parquet(tmp_path / "local" / "paragraphs.parquet")
    assert combined[["article_id", "paragraph", "role", "text"]].equals(local[["article_id", "paragraph", "role", "text"]])


def test_unchanged_chunks_and_sample_are_not_recomputed(tmp_path, synth_corpus, small_chunks, monkeypatch):
    """Hooks that read the bounded sample are reused when an article is added outside it;
    the whole-corpus statistics are recomputed from merged counts; and every chunk but the
    new article's is taken whole from the chunk cache (its files not even parsed)."""
    from arnews import corpus as corpus_mod

    monkeypatch.setattr(build_mod, "SAMPLE_CHARS", 60_000)  # a sample of about 1 in 7 articles
    corpus = tmp_path / "c"
    shutil.copytree(synth_corpus, corpus)
    build(corpus, tmp_path / "out", jobs=1, log=lambda *a: None)
    total = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    new = (ROOT / "data" / "raw" / "000_42c2ea3f6fae67de.txt").read_bytes()
    before = {p.stem: build_mod._in_sample(p.stem, 60_000 / total) for p in corpus.glob("*.txt")}
    after_fraction = 60_000 / (total + len(new))
    name = next(f"zz_{i}" for i in range(100) if not build_mod._in_sample(f"zz_{i}", after_fraction))
    assert {a: build_mod._in_sample(a, after_fraction) for a in before} == before  # same sample
    (corpus / f"{name}.txt").write_bytes(new)

    calls, parsed = [], []
    real_run, real_read = build_mod._run_corpus_level, corpus_mod.read_article
    monkeypatch.setattr(build_mod, "_run_corpus_level", lambda hooks, *a: calls.append([h.name for h in hooks]) or real_run(hooks, *a))
    monkeypatch.setattr(corpus_mod, "read_article", lambda p, **kw: parsed.append(Path(p).stem) or real_read(p, **kw))
    logs = []
    build(corpus, tmp_path / "out", jobs=1, log=logs.append)
    # the hooks that read the sample are reused; those that read every article are updated
    # from the merged per-article counts (issue 11: the whole corpus, not a sample)
    from arnews.hooks import CORPUS_HOOKS

    assert calls == [[h.name for h in CORPUS_HOOKS if not h.sample]]
    assert {"topic_model", "statistics"} <= set(calls[0])
    n_chunks = len(chunks_mod.plan_chunks([(str(p), None) for p in sorted(corpus.glob("*.txt"))], tmp_path, None, ""))
    assert name in parsed and len(parsed) < len(before) / 2 and n_chunks > 2  # only the new article's chunk was read
    assert "1 processed" in logs[-1]
    build(corpus, tmp_path / "clean", jobs=1, log=lambda *a: None)
    assert _tables(tmp_path / "out") == _tables(tmp_path / "clean")


def test_the_cache_keeps_no_second_copy_of_the_tables(tmp_path, synth_corpus, small_chunks):
    """Issue 11 (output at most 3x the input): an unchanged chunk's rows are read back from the
    merged tables (their hashes and row ranges are recorded), so the cache holds only small
    summaries; a table edited since it was written is never read back."""
    import json

    out = tmp_path / "out"
    build(synth_corpus, out, jobs=1, log=lambda *a: None)
    size = lambda ps: sum(p.stat().st_size for p in ps if p.is_file())  # noqa: E731
    tables = size(out.glob("*.parquet"))
    cache = size((out / ".cache").rglob("*"))
    assert not list((out / ".cache").rglob("*.parquet"))
    assert cache < 0.25 * tables, (cache, tables)
    index = json.loads((out / ".cache" / "chunks" / "index.json").read_text(encoding="utf-8"))
    n_chunks = len(index["ranges"])
    assert n_chunks > 2 and {"paragraphs", "tokens", "quantities"} <= set(index["tables"])
    # the recorded ranges tile each table exactly, chunk after chunk
    import pyarrow.parquet as pq

    rows = pq.ParquetFile(out / "paragraphs.parquet").metadata.num_rows
    spans = sorted(r["paragraphs"] for r in index["ranges"].values())
    assert spans[0][0] == 0 and sum(n for _, n in spans) == rows
    assert all(a + n == b for (a, n), (b, _) in zip(spans, spans[1:]))
