"""Running the corpus-level analyses of a build (:data:`arnews.hooks.CORPUS_HOOKS`): each hook
in a forked process of its own that inherits the tables it reads, the streamed tables read
part by part, and the cache key of a hook's result."""
from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from .tables import Tables
from .workers import BuildError, killed_message as _killed, worker_init as _worker_init, release_memory


_TABLES: dict = {}  # hook name -> the tables it reads, inherited by forked corpus-level workers


def _corpus_hook(hook) -> list:
    res = hook.fn(_TABLES[hook.name])
    if set(res) != set(hook.tables):
        raise BuildError(f"analysis contract broken: hook {hook.name} returned {sorted(res)}, declared {list(hook.tables)}")
    return [(name, res[name]) for name in hook.tables]


class TableWriter:
    """A sink that writes each table into the build's folder (``made``: table -> file name).  A
    forked hook writes its own tables before its process ends (:func:`_corpus_hook_written`), so
    that the build's process never receives them: on all of SaudiNewsNet the driver grew by
    900 MB unpickling the ``statistics`` tables while that hook's process (1.4 GB) still lived."""

    def __init__(self, out: Path, made: dict):
        self.out, self.made = Path(out), made

    def __call__(self, name: str, df) -> None:
        self.made[name] = write_checked(name, df, self.out)


def write_checked(name: str, df, out: Path) -> str:
    """``write_table`` with a broken schema reported as the one-line build error it is."""
    from . import schema as S
    from .store import write_table

    try:
        return write_table(name, df.reset_index(drop=True), out)
    except S.SchemaError as e:
        raise BuildError(f"analysis contract broken: {e}") from None


def _corpus_hook_written(hook, out: Path) -> list:
    """In a forked process: run the hook and write its tables; (table, file name) pairs."""
    return [(name, write_checked(name, df, out)) for name, df in _corpus_hook(hook)]


def _timed(fn, *args):
    """``(CPU seconds of this process while fn ran, fn(*args))`` (in a forked hook's process)."""
    c0 = time.process_time()
    res = fn(*args)
    return round(time.process_time() - c0, 2), res


def _corpus_hooks(hooks: list, seconds: dict | None = None, sink=None, cpu: dict | None = None) -> list:
    out = []
    for h in hooks:
        t0, c0 = time.perf_counter(), time.process_time()
        _deliver(_corpus_hook(h), out, sink)
        if seconds is not None:
            seconds[h.name] = round(time.perf_counter() - t0, 2)
        if cpu is not None:
            cpu[h.name] = round(time.process_time() - c0, 2)
    return out


def _deliver(res: list, out: list, sink) -> None:
    # a sink takes each hook's tables as soon as it is done (the build writes them then,
    # so that the tables of the hooks done never sit in memory beside the next one)
    if sink is None:
        out += res
    else:
        for name, df in res:
            sink(name, df)


#: a corpus of more text than this (characters) runs its corpus-level analyses one at a
#: time, whatever ``--jobs``: each reads every article, and two at once on all of
#: SaudiNewsNet (50 MB) took 3.7 GB; alone, the largest takes about 1.3 GB
CORPUS_PARALLEL_CHARS = 15_000_000


#: modules the corpus-level hooks import lazily (about a second each time): imported once in
#: the build's process before the hooks are forked, so that no hook imports them again
CORPUS_PRELOAD = ("scipy.sparse", "scipy.special", "sklearn.decomposition", "sklearn.exceptions",
                  "sklearn.feature_extraction.text", "sklearn.preprocessing", "threadpoolctl")


#: lexicon loaders that several corpus-level hooks call (module, function): called once in the
#: build's process before the hooks are forked, so that each hook inherits what they read instead
#: of reading it again.  On snn2000, each forked hook spent (CPU s): wordfreq's Arabic table 0.6
#: (six hooks), the glossary's news words and withheld senses 0.26 (four), the gazetteer 0.2 (three)
CORPUS_PRELOAD_CALLS = (("arnews.frequency", "_ar_freqs"), ("arnews.stats.glossary", "_news"),
                        ("arnews.stats.glossary", "withheld"), ("arnews.entities.gazetteer", "load_gazetteer"))


def _preload(modules=CORPUS_PRELOAD, calls=CORPUS_PRELOAD_CALLS) -> None:
    import importlib

    for m in modules:
        try:
            importlib.import_module(m)
        except ImportError:  # the hook that needs it says so itself
            pass
    for m, fn in calls:
        try:
            getattr(importlib.import_module(m), fn)()
        except Exception:  # (a missing optional package or a bad lexicon: the hook that reads it says so)
            pass


def _run_corpus_level(hooks: list, tables: dict, jobs: int, seconds: dict | None = None, sink=None,
                      cpu: dict | None = None) -> list:
    """``(name, DataFrame)`` of the given corpus-level hooks, in order.  Where processes
    can be forked, each hook runs in a fresh process of its own (inheriting the tables
    it reads), so that what one hook leaves allocated never adds to the next; at most
    ``jobs`` at once.  ``seconds`` (when given) receives each hook's wall time, ``cpu`` its CPU
    seconds (its own process's, while the hook ran).  With a
    ``sink``, ``sink(name, DataFrame)`` is called as each hook finishes and nothing is
    returned."""
    global _TABLES
    import multiprocessing as mp
    import shutil

    _TABLES = tables
    shared = _shared_folder(tables)
    try:
        if "fork" in mp.get_all_start_methods() and (jobs > 1 or len(hooks) > 1):
            _preload()
            results = _run_forked(hooks, max(1, jobs), mp.get_context("fork"), seconds, sink, cpu)
        else:
            results = _corpus_hooks(hooks, seconds, sink, cpu)
    finally:
        _TABLES = {}
        if shared is not None:
            shutil.rmtree(shared, ignore_errors=True)
    order = {name: i for i, name in enumerate(t for h in hooks for t in h.tables)}
    return sorted(results, key=lambda item: order[item[0]])


def _shared_folder(tables: dict):
    """A folder of the build where hooks leave inputs they share (the merged term counts, see
    :func:`arnews.stats.features._shared_features`), set as ``shared`` on each of the build's
    tables; None when the tables are not a build's.  Removed once the hooks are done."""
    import shutil

    builds = [t for t in tables.values() if isinstance(t, _Building)]
    if not builds:
        return None
    folder = builds[0].path / ".cache" / "shared"
    shutil.rmtree(folder, ignore_errors=True)
    for t in builds:
        t.shared = folder
    return folder


def _run_forked(hooks: list, parallel: int, ctx, seconds: dict | None = None, sink=None, cpu: dict | None = None) -> list:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    pending, running, results = list(hooks), {}, []
    try:
        while pending or running:
            while pending and len(running) < parallel:
                h = pending.pop(0)
                ex = ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),))
                fut = ex.submit(_timed, _corpus_hook_written, h, sink.out) if isinstance(sink, TableWriter) \
                    else ex.submit(_timed, _corpus_hook, h)
                running[fut] = (h, ex, time.perf_counter())
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for f in done:
                h, ex, t0 = running.pop(f)
                if seconds is not None:
                    seconds[h.name] = round(time.perf_counter() - t0, 2)
                try:
                    spent, res = f.result()
                    if cpu is not None:
                        cpu[h.name] = spent
                except BrokenProcessPool:
                    raise BuildError(_killed("a corpus-level worker", [h.name])) from None
                finally:
                    ex.shutdown(wait=True)  # the hook's process ends before its tables are written
                if isinstance(sink, TableWriter):
                    sink.made.update(res)  # written by the hook's own process
                    continue
                _deliver(res, results, sink)
                if sink is not None:
                    del res
                    release_memory()  # before the next hook is forked from this process
    finally:
        for _, ex, _ in running.values():
            ex.shutdown(wait=False, cancel_futures=True)
    return results


#: tables the corpus-level hooks read part by part (a callable returning an iterator of
#: DataFrames; they grow with the corpus and are only ever summed into sparse counts),
#: with the rows per part: a ``term_stream`` row is a whole paragraph, split into Python
#: strings when read (25,000 paragraphs: about 100 MB at a time; 250,000 took 450 MB)
PART_ROWS = {"term_counts": 250_000, "term_stream": 25_000}
STREAMED = frozenset(PART_ROWS)


class _Building(Tables):
    """The merged tables of a build in progress (no ``build_info.json`` yet), restricted
    to the articles ``ids`` when given; the :data:`STREAMED` tables come part by part."""

    def __init__(self, out: Path, ids=None, extra: dict | None = None):
        self.path = Path(out)
        self._ids = None if ids is None else sorted(set(ids))
        self._cache = dict(extra or {})
        self.shared = None  # a folder for inputs the hooks share (set by the build: _shared_folder)

    def __getitem__(self, name: str):
        p = self._file(name) if name in STREAMED else None
        if p is not None and p.suffix == ".parquet":
            return lambda: _parquet_parts(p, self._ids, rows=PART_ROWS[name])
        return super().__getitem__(name)


def _parquet_parts(path: Path, ids=None, rows: int = 250_000):
    """The rows of a Parquet table, ``rows`` at a time (only the articles ``ids`` when given)."""
    import pyarrow.parquet as pq

    keep = None if ids is None else set(ids)
    for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
        df = batch.to_pandas()
        if keep is not None:
            df = df[df["article_id"].isin(keep)].reset_index(drop=True)
        if len(df):
            yield df


#: the corpus-level hooks that remake paragraph models (``Hook.models``) share one rebuild, made in
#: the build's process before they are forked (:func:`arnews.text.shared_models`), on a corpus of at
#: most this much text (characters); above it each makes its own, so that the build's process never
#: holds the models of a large corpus while every hook runs (about 50 bytes per character of text:
#: snn2000's 3.3 M characters, 160 MB)
SHARED_MODEL_CHARS = 5_000_000


def model_paragraphs(hooks: list, tables: dict, chars: int):
    """The title/body/caption rows of ``paragraphs`` whose models two or more of ``hooks`` would each
    remake (of the articles they read), for :func:`arnews.text.shared_models`; None when fewer than
    two such hooks run or the corpus has more than :data:`SHARED_MODEL_CHARS` characters of text."""
    from .text import TEXT_ROLES

    users = [h for h in hooks if h.models and isinstance(tables.get(h.name), _Building)]
    if len(users) < 2 or chars > SHARED_MODEL_CHARS:
        return None
    ids: set | None = set()
    for h in users:
        got = tables[h.name]._ids
        if got is None:
            ids = None
            break
        ids |= set(got)
    built = _Building(tables[users[0].name].path, ids=None if ids is None else sorted(ids))
    try:
        df = built.columns("paragraphs", ["article_id", "paragraph", "role", "text", "text_norm"])
    except (KeyError, OSError, ValueError):  # (the hooks say what is wrong with the table themselves)
        return None
    if "role" in df.columns:
        df = df[df["role"].isin(frozenset(TEXT_ROLES))]
    return df


#: options read from the environment that change corpus-level results (part of the cache keys)
CORPUS_ENV = ("ARNEWS_TOPICS_K",)


def _hook_key(hook, ids: list[str], keys: dict) -> str:
    env = [os.environ.get(v, "") for v in CORPUS_ENV]
    return hashlib.sha256(json.dumps([hook.name, list(hook.tables), env, [(a, keys.get(a, "")) for a in ids]])
                          .encode()).hexdigest()[:32]


def _reuse_corpus(cdir: Path, out: Path, seen: dict | None = None) -> list[str]:
    """The tables of a corpus-level hook whose inputs are unchanged: kept in ``out`` when
    they still have the hashes recorded when they were written (else a miss); ``seen``
    collects their stamps (:func:`arnews.stamps.hashed`)."""
    from .stamps import hashed

    done = json.loads((cdir / "done.json").read_text(encoding="utf-8"))
    for fn, h in done.items():
        if not (out / fn).is_file() or hashed(out / fn, seen) != h:
            raise ValueError(f"{fn} is missing or changed since it was written")
    return list(done)
