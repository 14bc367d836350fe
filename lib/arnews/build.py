"""The build: a corpus folder in, processed tables out.

``python -m arnews build --corpus DIR --out DIR [--manifest CSV] [--strict] [--jobs N] [--force] [--sample MB]``

1. Read every ``*.txt`` in DIR (:mod:`arnews.corpus`); bad files are skipped with a
   one-line message (``--strict`` makes any skip an error).
2. Chunks of files (:mod:`arnews.chunks`) run in worker processes (or Dask workers): per article, the block
   table, the shared paragraph models, tokens, normalisation counts and every
   per-article hook (:mod:`arnews.article_tables`, :data:`arnews.hooks.ARTICLE_HOOKS`);
   each worker writes typed Parquet parts.  Unchanged chunks, and unchanged articles of
   changed chunks, are taken from the previous build's merged tables, whose hashes and
   row ranges per chunk ``OUT/.cache/chunks/index.json`` records (no second copy).
3. The parts are merged into one file per table (:mod:`arnews.store`, schemas in
   :mod:`arnews.schema`); then the corpus-level hooks read the merged tables.
4. ``build_info.json`` is written last.

The output is deterministic: the same input and code give byte-identical tables
whatever the number of jobs (rows sorted, no timestamps; the report adds the build date).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import __version__
from . import schema as S
from .article_tables import (  # noqa: F401  (re-exported: the public build API)
    PARAGRAPH_COLUMNS,
    TOKEN_COLUMNS,
    _meta_frames,
    article_key,
    paragraphs_frame,
    process_article,
    process_articles,
    summaries as _summaries,
    tokens_frame,
)
from .chunks import Chunk, Stored, load_stored, plan_chunks, run_chunk, run_dask, run_local  # noqa: F401  (run_chunk: re-exported)
from .corpus import CorpusError
from .corpus_level import (  # noqa: F401  (_run_corpus_level is looked up here: tests patch it)
    CORPUS_ENV,
    CORPUS_PARALLEL_CHARS,
    _Building,
    _hook_key,
    _reuse_corpus,
    TableWriter,
    _run_corpus_level,
    model_paragraphs,
)
from .normalize import DEFAULT_STEPS
from .plotting import fmt_count
from .store import OutputError, atomic_write, claim_output, finish_output, invalidate, merge_parts, write_table
from .store import lock_output, release_output
from .lexfit import fit_warnings
from .stamps import STAMPS, hashed, record_tables
from .tables import Tables, load_tables, read_table  # noqa: F401
from .text import TEXT_ROLES, TOKEN_ROLES, shared_models  # noqa: F401
from .tokens import lemma_method
from .workers import BuildError, frozen_heap

__all__ = ["build", "load_tables", "Tables", "process_article", "BuildError", "BuildResult", "code_fingerprint"]


def code_fingerprint() -> str:
    """Hash of the library source and lexicons: a cache entry is valid only for the same code."""
    from .lexicons import lexicon_dir

    h = hashlib.sha256(__version__.encode())
    here = Path(__file__).parent
    files = sorted(here.rglob("*.py"))
    ld = lexicon_dir()
    if ld.is_dir():
        files += sorted(p for p in ld.iterdir() if p.is_file())
    for p in files:
        h.update(str(p.relative_to(here) if p.is_relative_to(here) else p.name).encode())
        h.update(p.read_bytes())
    h.update(lemma_method().encode())
    return h.hexdigest()[:16]


#: the bounded sample of the corpus-level hooks that still read whole paragraphs (``Hook.sample``),
#: in bytes of articles; ``--sample MB`` puts every corpus-level hook on a sample of that size
SAMPLE_CHARS = 10_000_000


def _cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of its ended worker processes: on a shared
    machine the stages' CPU seconds, unlike their wall seconds, do not count other users' load
    (Dask workers that are not this process's children are not counted)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _in_sample(article_id: str, fraction: float) -> bool:
    if fraction >= 1:
        return True
    h = int(hashlib.sha1(article_id.encode("utf-8", "surrogateescape")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return h < fraction


# --- whole corpus --------------------------------------------------------------------

@dataclass
class BuildResult:
    out: Path
    articles: int
    skipped: list[str]
    reused: int
    tables: list[str]
    seconds: float


def corpus_hash(summaries: list[dict]) -> str:
    h = hashlib.sha256()
    for a in sorted(summaries, key=lambda a: a["article_id"]):
        h.update(a["article_id"].encode("utf-8", "surrogateescape"))
        h.update(a["sha256"].encode())
    return h.hexdigest()[:16]


def _alive(pid_text: str) -> bool:
    try:
        pid = int(pid_text)
        os.kill(pid, 0)
        return pid != os.getpid()
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True


def _clean_stale_parts(out: Path) -> None:
    """Remove the ``.parts-<pid>-*`` folders, and the half-written ``.<file>.tmp<pid>`` files
    (:func:`arnews.store.atomic_write`), of builds that are no longer running (killed)."""
    for d in out.glob(".parts-*"):
        parts = d.name.split("-")
        if not (len(parts) > 1 and _alive(parts[1])):
            shutil.rmtree(d, ignore_errors=True)
    for folder in (out, out / ".cache"):
        for f in folder.glob(".*.tmp*"):
            if f.is_file() and not _alive(f.name.rpartition(".tmp")[2]):
                f.unlink(missing_ok=True)


def _prepare(corpus: Path, out: Path, manifest: Path | None, sample_chars: int | None, force: bool):
    from .corpus import plan_corpus
    from .decoding import show as _show

    try:
        plan = plan_corpus(corpus, manifest)  # regular *.txt files inside the corpus, skips, manifest notes
    except CorpusError as e:
        raise BuildError(str(e))
    sizes = {}
    for p in plan.files:  # (a file gone or unreadable since the folder was listed: a skip, like any other)
        try:
            sizes[p] = p.stat().st_size
        except OSError as e:
            plan.skipped.append(f"{_show(p)}: skipped: cannot read ({e.strerror or e}; changed since the folder was listed)")
    plan.files = [p for p in plan.files if p in sizes]
    files, rows = plan.files, plan.rows
    if not files:
        first = f" ({len(plan.skipped)} skipped, first: {plan.skipped[0]})" if plan.skipped else ""
        if not first and plan.notes:  # a folder of PDFs or .docx: say what it holds
            first = f" ({plan.notes[0].removeprefix(_show(corpus) + ': ')}; articles are UTF-8 *.txt files)"
        raise BuildError(f"{_show(corpus)}: no *.txt articles{first}")
    try:
        marker = claim_output(out, corpus)
        lock_output(out)
    except OutputError as e:
        raise BuildError(str(e)) from None
    total = sum(sizes.values())
    cap = SAMPLE_CHARS if sample_chars is None else sample_chars
    fraction = 1.0 if cap <= 0 else min(1.0, cap / max(1, total))
    paired = {r.get("parallel_of") for r in rows.values() if r.get("parallel_of")} | {
        k for k, r in rows.items() if r.get("parallel_of")
    }
    items = [(str(p), rows.get(p.stem)) for p in files]
    sample = sorted(p.stem for p in files if p.stem in paired or _in_sample(p.stem, fraction))
    cache = out / ".cache"
    cache.mkdir(exist_ok=True)
    _clean_stale_parts(out)
    import tempfile

    parts = Path(tempfile.mkdtemp(prefix=f".parts-{os.getpid()}-", dir=out))
    fp = code_fingerprint()
    return items, plan_chunks(items, parts, cache, fp, force), parts, fp, total, fraction, sample, marker, plan


def _one_at_a_time(fn):
    """Release the output folder's lock (:func:`arnews.store.lock_output`) when the build ends, however."""
    import functools

    @functools.wraps(fn)
    def run(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        finally:
            out = kwargs["out"] if "out" in kwargs else args[1] if len(args) > 1 else None
            if out is not None:
                release_output(Path(out))
    return run


@_one_at_a_time
def build(
    corpus: Path,
    out: Path,
    manifest: Path | None = None,
    strict: bool = False,
    jobs: int | None = None,
    progress: bool | None = None,
    log=print,
    engine: str = "local",
    scheduler: str | None = None,
    force: bool = False,
    sample_chars: int | None = None,
) -> BuildResult:
    """Build every table for ``corpus`` into ``out`` (see module docstring).

    ``engine="local"`` runs chunks in ``jobs`` processes (default: every core);
    ``engine="dask"`` maps them over a Dask cluster (a ``LocalCluster`` unless
    ``scheduler`` gives the address of an existing one).  Both write the same tables.
    When nothing changed since the last build into ``out`` (same files by name, size
    and modification time, same manifest rows, same code and options) the tables are
    left as they are; ``force=True`` rebuilds them ignoring every cache.
    ``sample_chars`` caps the articles the corpus-level analyses read (0: all).
    """
    from .hooks import CORPUS_HOOKS

    t0, c0 = time.perf_counter(), _cpu_seconds()
    corpus, out = Path(corpus), Path(out)
    items, chunks, parts, fp, total, fraction, sample, marker, plan = _prepare(
        corpus, out, Path(manifest) if manifest else None, sample_chars, force)
    ikey = _input_key(items, fp, strict, engine, fraction, sample_chars is None, plan.skipped + plan.notes)
    try:
        if not force:
            info = _up_to_date(out, ikey, log)
            if info is not None:
                for msg in info.get("skipped", []):
                    log(f"arnews: {msg}")
                _log_notes(log, info.get("notes", []))
                dt = time.perf_counter() - t0
                log(f"arnews: {out} is up to date ({fmt_count(info['articles'], 'article')}; files, manifest, code and options "
                    f"unchanged since the last build) in {dt:.1f}s")
                return BuildResult(out, info["articles"], info.get("skipped", []), info["articles"], info["tables"], dt)
        invalidate(out)  # from here on the folder is not up to date until build_info.json is written
        njobs = max(1, jobs or os.cpu_count() or 1)
        timings = {"jobs": njobs}
        t_stage, c_stage = time.perf_counter(), _cpu_seconds()
        learned = _learn(items, chunks, log, njobs if engine != "dask" else 1)
        timings["boilerplate_s"] = round(time.perf_counter() - t_stage, 2)
        t_stage, c_stage = time.perf_counter(), _cpu_seconds()
        stored, stored_notes = (None, []) if force else load_stored(out)
        for c in chunks:
            c.stored = stored
        if engine == "dask":
            results = run_dask(chunks, scheduler, jobs)
        else:
            if progress is None:
                progress = sys.stderr.isatty() and total >= 20_000_000
            results = run_local(chunks, njobs, progress)
        results.sort(key=lambda r: r["index"])
        timings["articles_s"] = round(time.perf_counter() - t_stage, 2)
        timings["articles_cpu_s"] = round(_cpu_seconds() - c_stage, 2)
        skipped = plan.skipped + [m for r in results for m in r["skipped"]]
        if strict:  # a file with replaced bytes is a skip under --strict
            skipped += [m for r in results for m in r.get("strict_skips", [])]
        read_notes = plan.notes + [m for r in results for m in r.get("read_notes", [])]
        for msg in skipped:
            log(f"arnews: {msg}")
        _log_notes(log, read_notes + stored_notes + [m for r in results for m in r.get("notes", [])])
        if skipped and strict:
            raise BuildError(f"{corpus}: {fmt_count(len(skipped), 'file')} skipped and --strict is set")
        summaries = [s for r in results for s in r["summaries"]]
        if not summaries:
            raise BuildError(f"{corpus}: no readable *.txt articles")
        reused = sum(r["reused"] for r in results)
        # the previous tables are about to be replaced: their row ranges are void until rewritten
        (out / ".cache" / "chunks" / "index.json").unlink(missing_ok=True)
        merged = {"ranges": {}, "tables": {}}
        seen: dict = {}  # the tables the build hashed: their stamps (arnews.stamps)
        written = _finish(out, parts, results, summaries, engine, njobs, sample, sample_chars is None, force, log,
                          stored, merged, timings, seen)
        from .boilerplate import learned_frame

        written = sorted(written + [write_table("boilerplate", learned_frame(learned), out)])
        for msg in fit_warnings(out):  # one line per curated resource that does not fit (arnews.lexfit)
            log(f"arnews: warning: {msg}")
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    info = {
        "arnews_version": __version__,
        "corpus": str(corpus),
        "corpus_hash": corpus_hash(summaries),
        "articles": len(summaries),
        "skipped": skipped,
        "notes": read_notes,
        "normalization_steps": sorted(DEFAULT_STEPS),
        "lemma_method": lemma_method(),
        "code_fingerprint": fp,
        "corpus_level_sample": {
            "articles": len(sample),
            "of": len(items),
            "rule": "all articles" if fraction >= 1 else f"hash(article_id) < {fraction:.4f}, plus parallel pairs",
            "read_by": [h.name for h in CORPUS_HOOKS if h.sample or sample_chars is not None],
            "every_article": [h.name for h in CORPUS_HOOKS if not (h.sample or sample_chars is not None)],
        },
        "tables": written,
        "input_key": ikey,
    }
    record_tables(out, written, seen)  # (before build_info.json: a rerun checks the tables against it)
    finish_output(out, marker, written, info)
    _prune_dirs(out / ".cache", {"chunks", "corpus", STAMPS.name})  # (per-article pickles of earlier versions)
    _prune_dirs(out / ".cache" / "chunks", {r.get("chunk_key") for r in results} | {"index.json"})
    index = {"articles": {k: r["chunk_key"] for r in results if r.get("chunk_key") for _, k in r.get("keys", [])},
             **merged}
    (out / ".cache" / "chunks").mkdir(parents=True, exist_ok=True)
    atomic_write(out / ".cache" / "chunks" / "index.json", json.dumps(index, sort_keys=True).encode())
    dt = time.perf_counter() - t0
    # where the time went: wall seconds of each stage of this build (boilerplate learning, the
    # per-article work, merging the tables, the corpus-level analyses and each of them) and the CPU
    # seconds of its processes; kept out of build_info.json, which is the same for the same input
    # whatever --jobs
    atomic_write(out / ".cache" / "timings.json",
                 json.dumps({**timings, "total_s": round(dt, 2), "total_cpu_s": round(_cpu_seconds() - c0, 2)},
                            indent=1).encode())
    log(
        f"arnews: built {fmt_count(len(summaries), 'article')} into {out} in {dt:.1f}s "
        f"({reused} reused from cache, {len(summaries) - reused} processed, {len(skipped)} skipped)"
    )
    return BuildResult(out, len(summaries), skipped, reused, written, dt)


NOTES_SHOWN = 20  # notes printed by a build; the rest are counted (every file note is in build_info.json)


def _log_notes(log, notes: list) -> None:
    """One line per note, at most NOTES_SHOWN of them, then one line counting the rest (a corpus
    of 15,800 articles gave 300 lines of 'removed N stray control character(s)')."""
    for msg in notes[:NOTES_SHOWN]:
        log(f"arnews: note: {msg}")
    if len(notes) > NOTES_SHOWN:
        log(f"arnews: note: ... and {fmt_count(len(notes) - NOTES_SHOWN, 'more note')} (all file notes are listed under 'notes' in build_info.json)")


def _learn(items: list, chunks: list[Chunk], log, jobs: int = 1):
    """Learn the boilerplate of every outlet from every file (one cheap pass: decode, lines,
    base roles) before any chunk runs, and give each chunk the lines of its outlets: the
    roles never depend on the chunking, and a chunk's cache key changes with them."""
    from .boilerplate import learn

    t0 = time.perf_counter()
    learned, outlets = learn(items, jobs=jobs)
    for c in chunks:
        c.learned = learned.restrict({outlets.get(str(p), "") for p, _ in c.items})
    n = sum(len(v) for v in learned.lines.values())
    log(f"arnews: learned {fmt_count(n, 'boilerplate line')} in {fmt_count(len(learned.lines), 'outlet')} from {fmt_count(len(outlets), 'file')} "
        f"in {time.perf_counter() - t0:.1f}s")
    return learned


def _input_key(items: list, fingerprint: str, strict: bool, engine: str, fraction: float, whole: bool,
               messages: list[str] = ()) -> str:
    """What decides a build's output, cheaply: each file's name, size and mtime, its
    manifest row, the code fingerprint, the sample fraction, the options, the environment
    options of the corpus-level analyses, and the reader's lines about entries it does not
    open (a FIFO removed is a change)."""
    env = [os.environ.get(v, "") for v in CORPUS_ENV]
    h = hashlib.sha256(json.dumps([fingerprint, round(fraction, 9), whole, strict, engine, env, list(messages)]).encode())
    for path, row in items:
        try:
            st = Path(path).stat()
            stamp = [st.st_size, st.st_mtime_ns]
        except OSError:  # (gone since it was listed: its chunk skips it with one line)
            stamp = [None, None]
        h.update(json.dumps([Path(path).name, *stamp, row],
                            sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:32]


def _up_to_date(out: Path, ikey: str, log=print) -> dict | None:
    """The previous ``build_info.json`` when it was written for the same inputs and all
    its tables are still as that build wrote them (:mod:`arnews.stamps`), else None; a table
    cut short or changed since is one note naming it."""
    from .stamps import changed_table

    try:
        info = json.loads((out / "build_info.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or info.get("input_key") != ikey:
        return None
    changed = changed_table(out, [t for t in info.get("tables", []) if isinstance(t, str)])
    if changed is not None:
        log(f"arnews: note: not up to date: {changed}")
        return None
    return info


def _finish(out: Path, parts: Path, results: list[dict], summaries: list[dict], engine: str, jobs: int,
            sample: list[str], whole: bool, force: bool, log, stored: Stored | None = None,
            merged: dict | None = None, timings: dict | None = None, seen: dict | None = None) -> list[str]:
    """Merge the chunks' rows into one file per table (an unchanged chunk's rows come from the
    previous table: ``stored``), record in ``merged`` each chunk's row ranges and each table's
    hash, then run the corpus-level hooks (their wall seconds, and the merge's, in ``timings``)."""
    timings = {} if timings is None else timings
    t_merge = time.perf_counter()
    from .hooks import CORPUS_HOOKS

    merged = {"ranges": {}, "tables": {}} if merged is None else merged
    names = sorted({n for r in results for n in r["rows"]})

    def merge(name):
        sources, owners = [], []
        for r in results:
            if name not in r["rows"]:
                continue
            if r.get("from_stored"):
                start, n = stored.ranges[r["chunk_key"]][name]
                sources.append((stored.tables[name], start, n))
            else:
                sources.append(parts / name / f"{r['index']:06d}.parquet")
            owners.append(r)
        each = None
        if engine == "dask":  # keep the partitioned Parquet dataset as well
            import pyarrow.parquet as pq

            dest = out / "partitions" / name
            shutil.rmtree(dest, ignore_errors=True)
            dest.mkdir(parents=True)

            def each(i, t, dest=dest):
                pq.write_table(t, dest / f"part-{owners[i]['index']:06d}.parquet", compression="zstd")
        fn, counts = merge_parts(name, sources, out, each)
        sha = hashed(out / fn, seen) if S.schema(name).storage == "parquet" else None
        return fn, counts, owners, sha

    # the tables are merged ``jobs`` at a time, in threads: reading, compressing and hashing
    # happen in Arrow and hashlib, which release the GIL (a serial step of every build)
    if jobs > 1 and len(names) > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=jobs) as ex:
            done = list(ex.map(merge, names))
    else:
        done = [merge(name) for name in names]
    written = []
    for name, (fn, counts, owners, sha) in zip(names, done):
        written.append(fn)
        if sha is not None:
            pos = 0
            for r, k in zip(owners, counts):
                if r.get("chunk_key"):
                    merged["ranges"].setdefault(r["chunk_key"], {})[name] = [pos, k]
                pos += k
            merged["tables"][name] = [fn, sha]
    articles = pd.DataFrame(summaries).sort_values("article_id", kind="mergesort").reset_index(drop=True)
    written.append(write_table("articles", articles, out))
    timings["merge_s"] = round(time.perf_counter() - t_merge, 2)
    t_corpus, c_corpus = time.perf_counter(), _cpu_seconds()

    # each corpus-level hook reads every article (or the sample) and is cached by the keys
    # of the articles it reads: adding an article outside the sample reuses the sample's hooks
    keys = dict(k for r in results for k in r.get("keys", []))
    everyone = sorted(articles["article_id"])
    sample = [a for a in sample if a in keys]
    todo, tables, cdirs = [], {}, {}
    for hook in CORPUS_HOOKS:
        ids = everyone if (whole and not hook.sample) else sample
        cdir = out / ".cache" / "corpus" / _hook_key(hook, ids, keys)
        cdirs[hook.name] = cdir
        if not force and (cdir / "done.json").is_file():
            try:
                written += _reuse_corpus(cdir, out, seen)
                continue
            except (OSError, ValueError) as e:
                log(f"arnews: note: corpus-level cache entry of {hook.name} not reused ({e}); recomputed")
        arts = articles[articles["article_id"].isin(set(ids))].reset_index(drop=True)
        arts["lang"] = arts["language"]
        tables[hook.name] = _Building(out, ids=None if len(ids) == len(everyone) else ids, extra={"articles": arts})
        todo.append(hook)
    if todo:
        made: dict[str, str] = {}
        chars = int(pd.to_numeric(articles.get("chars_text", pd.Series(dtype=float)), errors="coerce").fillna(0).sum())
        together = jobs if chars <= CORPUS_PARALLEL_CHARS else 1
        if together < jobs:
            log(f"arnews: the corpus-level analyses run one at a time ({chars:,} characters of text; "
                f"more than {CORPUS_PARALLEL_CHARS:,}): each reads every article")
        timings["corpus_hooks_s"], timings["corpus_hooks_cpu_s"] = {}, {}
        # (the paragraph models the hooks would each remake, made once before they are forked; forked
        # hooks write their own tables: the driver never holds them)
        with shared_models(model_paragraphs(todo, tables, chars)), frozen_heap():
            _run_corpus_level(todo, tables, together, timings["corpus_hooks_s"], TableWriter(out, made),
                              timings["corpus_hooks_cpu_s"])
        for hook in todo:
            cdir = cdirs[hook.name]
            shutil.rmtree(cdir, ignore_errors=True)
            cdir.mkdir(parents=True)
            done = {made[name]: hashed(out / made[name], seen) for name in hook.tables}
            (cdir / "done.json").write_text(json.dumps(done, indent=1), encoding="utf-8")
            written += list(done)
    _prune_dirs(out / ".cache" / "corpus", {d.name for d in cdirs.values()})
    timings["corpus_level_s"] = round(time.perf_counter() - t_corpus, 2)
    timings["corpus_level_cpu_s"] = round(_cpu_seconds() - c_corpus, 2)
    return sorted(written)


def _prune_dirs(folder: Path, keep: set) -> None:
    """Remove the cache entries (sub-folders) of ``folder`` not named in ``keep``."""
    if folder.is_dir():
        for d in folder.iterdir():
            if d.name not in keep:
                if d.is_dir():
                    shutil.rmtree(d, ignore_errors=True)
                else:
                    d.unlink(missing_ok=True)


class _CallableModule(type(sys)):
    """``arnews.build(corpus, out)`` is this module's :func:`build`: once the submodule is imported
    (``arnews.load_tables`` imports it) ``arnews.build`` names the module, which then still runs a build
    (it raised "'module' object is not callable" from a notebook's second call)."""

    def __call__(self, *args, **kwargs):
        return build(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
