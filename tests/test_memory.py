"""Memory bounds of a build: a worker's per-word caches emptied above a resident size give
the same tables; corpus-level analyses read only the columns they ask for; a hook's tables
are handed over as soon as it finishes."""
from __future__ import annotations

import sys

import pandas as pd
import pytest

from arnews import build as build_mod
from arnews import chunks as chunks_mod
from arnews import workers
from arnews.build import build
from arnews.corpus_level import _run_corpus_level
from arnews.hooks import Hook
from arnews.tables import load_tables, table_columns
from conftest import ROOT, sha_tree

sys.path.insert(0, str(ROOT / "benchmarks"))
from synth import make_corpus  # noqa: E402


@pytest.fixture(scope="module")
def synth_corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("synth_mem"), 0.2, seed=11)


def _tables(folder):
    return {k: v for k, v in sha_tree(folder).items() if k != "build_info.json"}


def test_emptied_word_caches_give_byte_identical_tables(tmp_path, synth_corpus, monkeypatch):
    monkeypatch.setattr(chunks_mod, "CHUNK_BYTES", 40_000)
    monkeypatch.setattr(workers, "REGROW_MB", 0)
    build(synth_corpus, tmp_path / "kept", jobs=1, log=lambda m: None)
    emptied = []
    real = workers.bound_worker_memory
    # every chunk empties the caches (a limit of 1 MB), in this process (jobs=1)
    monkeypatch.setattr(chunks_mod, "bound_worker_memory", lambda: emptied.append(real(1)))
    build(synth_corpus, tmp_path / "emptied", jobs=1, log=lambda m: None, force=True)
    assert len(emptied) >= 2 and all(emptied)
    assert _tables(tmp_path / "kept") == _tables(tmp_path / "emptied")


def test_bound_worker_memory_empties_the_word_caches_only_above_the_limit(monkeypatch):
    from arnews.tokens import stem

    monkeypatch.setattr(workers, "_after_last", [])
    stem("والمدارس")
    caches = workers.word_caches()
    assert stem in caches and len(caches) >= 10
    assert not workers.bound_worker_memory(10**7)  # 10 TB: nothing to do
    assert stem.cache_info().currsize > 0
    assert workers.bound_worker_memory(1)
    assert all(c.cache_info().currsize == 0 for c in caches)
    # emptied again only once the worker has grown REGROW_MB beyond its size after emptying
    stem("والمدارس")
    assert not workers.bound_worker_memory(1) and stem.cache_info().currsize == 1
    assert not workers.bound_worker_memory()  # the default: never


def test_table_columns_reads_only_the_columns_asked_for(tmp_path, synth_corpus):
    build(synth_corpus, tmp_path / "out", jobs=1, log=lambda m: None)
    T = load_tables(tmp_path / "out")
    E = table_columns(T, "entities", ["entity_id", "article_id", "no_such_column"])
    assert list(E.columns) == ["entity_id", "article_id"]
    whole = T["entities"]
    assert E["entity_id"].astype(object).tolist() == whole["entity_id"].tolist()
    assert table_columns(T, "no_such_table", ["x"]) is None
    # a dict of DataFrames (a direct call) is sliced
    d = {"entities": whole}
    assert list(table_columns(d, "entities", ["article_id"]).columns) == ["article_id"]
    assert table_columns(d, "themes", ["article_id"]) is None


def _one(tables):
    return {"one": pd.DataFrame({"x": [1]})}


def _two(tables):
    return {"two": pd.DataFrame({"x": [2]})}


def test_corpus_hooks_hand_over_each_table_when_done():
    hooks = [Hook("h1", "corpus", _one, ("one",)), Hook("h2", "corpus", _two, ("two",))]
    got = []
    for jobs in (1, 2):
        got.clear()
        assert _run_corpus_level(hooks, {"h1": {}, "h2": {}}, jobs, None, lambda n, df: got.append((n, int(df.x[0])))) == []
        assert sorted(got) == [("one", 1), ("two", 2)]
    # without a sink: the tables, in the hooks' order
    assert [n for n, _ in _run_corpus_level(hooks, {"h1": {}, "h2": {}}, 2)] == ["one", "two"]


def test_forked_hooks_write_their_own_tables(tmp_path, monkeypatch):
    """With a TableWriter, each forked hook writes its tables in its own process: the build's
    process gets back file names only, never the DataFrames (no copy of them beside the hook's)."""
    import os

    import arnews.corpus_level as CL

    def fake_write(name, df, out):  # stands in for write_table (these test tables have no schema)
        (out / f"{name}.txt").write_text(f"{os.getpid()} {int(df.x[0])}")
        return f"{name}.txt"

    monkeypatch.setattr(CL, "write_checked", fake_write)
    hooks = [Hook("h1", "corpus", _one, ("one",)), Hook("h2", "corpus", _two, ("two",))]
    made = {}
    assert _run_corpus_level(hooks, {"h1": {}, "h2": {}}, 1, None, CL.TableWriter(tmp_path, made)) == []
    assert made == {"one": "one.txt", "two": "two.txt"}
    pids = {(tmp_path / f).read_text().split()[0] for f in made.values()}
    assert str(os.getpid()) not in pids and len(pids) == 2  # written by the two hooks' own processes
    assert sorted((tmp_path / f).read_text().split()[1] for f in made.values()) == ["1", "2"]


def test_the_heap_is_frozen_only_while_the_corpus_level_runs(tmp_path, synth_corpus, monkeypatch):
    import gc

    seen = []
    real = build_mod._run_corpus_level
    monkeypatch.setattr(build_mod, "_run_corpus_level",
                        lambda *a, **k: (seen.append(gc.get_freeze_count()), real(*a, **k))[1])
    build(synth_corpus, tmp_path / "out", jobs=1, log=lambda m: None)
    assert seen and seen[0] > 0  # the driver's survivors are frozen before the hooks are forked
    assert gc.get_freeze_count() == 0  # and nothing stays uncollectable after the build
