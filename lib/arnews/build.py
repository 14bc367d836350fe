"""The build: a corpus folder in, processed tables out.

``python -m arnews build --corpus DIR --out DIR [--manifest CSV] [--strict] [--jobs N] [--force] [--sample MB]``

1. Read every ``*.txt`` in DIR (:mod:`arnews.corpus`); bad files are skipped with a
   one-line message (``--strict`` makes any skip an error).
2. Chunks of files run in worker processes (or Dask workers): per article, the block
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

import gzip
import hashlib
import json
import os
import pickle
import shutil
import sys
import time
from dataclasses import dataclass, field
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
from .corpus import CorpusError
from .decoding import _show
from .corpus_level import (  # noqa: F401  (_run_corpus_level is looked up here: tests patch it)
    CORPUS_ENV,
    CORPUS_PARALLEL_CHARS,
    _Building,
    _hook_key,
    _reuse_corpus,
    TableWriter,
    _run_corpus_level,
)
from .normalize import DEFAULT_STEPS
from .store import OutputError, atomic_write, claim_output, file_sha256, finish_output, invalidate, merge_parts, write_table
from .lexfit import fit_warnings
from .tables import Tables, load_tables, read_table  # noqa: F401
from .text import TEXT_ROLES, TOKEN_ROLES  # noqa: F401
from .tokens import lemma_method
from .workers import BuildError, _killed, _worker_init, bound_worker_memory, frozen_heap, release_memory, chunk_heap, settle_heap  # noqa: F401  (re-exported)

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


# --- chunks: the unit of parallel work ----------------------------------------------------

CHUNK_EVERY = 64  # on average a chunk boundary every 64 files (content-defined)
CHUNK_BYTES = 4_000_000  # ... but at most this many input bytes
CHUNK_FILES = 256  # ... and this many files per chunk
#: the bounded sample of the corpus-level hooks that still read whole paragraphs (``Hook.sample``),
#: in bytes of articles; ``--sample MB`` puts every corpus-level hook on a sample of that size
SAMPLE_CHARS = 10_000_000


@dataclass
class _Chunk:
    index: int
    items: list  # [(path, manifest row or None)]
    parts: Path
    cache: Path | None
    fingerprint: str
    force: bool = False
    notes: list = field(default_factory=list)
    #: the boilerplate learned for the outlets of this chunk's files (arnews.boilerplate.Learned)
    learned: object = None
    #: what the previous build left that can be reused (a :class:`_Stored`; None: nothing)
    stored: object = None


@dataclass
class _Stored:
    """The previous build's rows, as ``.cache/chunks/index.json`` records them: the merged
    table files whose hashes still match (table -> path), the row range of every chunk in
    them (chunk key -> table -> [start, n]) and the chunk that held each article key."""

    tables: dict = field(default_factory=dict)
    ranges: dict = field(default_factory=dict)
    articles: dict = field(default_factory=dict)

    def usable(self, ckey: str) -> bool:
        r = self.ranges.get(ckey)
        return r is not None and all(name in self.tables for name in r)


def _sort(df: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("article_id", "paragraph", "start", "end", "i", "step", "role") if c in df.columns]
    if keys and len(df):
        df = df.sort_values(keys, kind="mergesort")
    return df.reset_index(drop=True)


def run_chunk(chunk: _Chunk) -> dict:
    """Process one chunk of files and write its table parts; returns what the driver needs.

    Runs in a worker: it reads the files itself, so the driver never holds article text,
    and writes ``<parts>/<table>/<index>.parquet`` (typed by the schemas).  An unchanged
    chunk is copied from its stored parts; in a changed chunk, articles stored before (same
    bytes, metadata and code) are read back from the parts of the chunk that held them, and
    the others are processed together (one call of each analysis for the whole batch).
    """
    from .corpus import merge_manifest, read_article

    ckey = _chunk_key(chunk)
    cdir = chunk.cache / "chunks" / ckey if chunk.cache and ckey else None
    notes = []
    stored = chunk.stored
    if cdir is not None and not chunk.force and stored is not None and stored.usable(ckey) \
            and (cdir / "result.pkl").is_file():
        try:
            return _reuse_chunk(chunk, cdir, ckey)
        except Exception as e:  # a broken or tampered entry: process the chunk again
            notes.append(f"cache entry {cdir.name} not reused ({type(e).__name__}: {e}); rebuilt")
            shutil.rmtree(cdir, ignore_errors=True)
    skipped, read_notes, strict_skips, arts = [], [], [], []
    rows = {Path(path).stem: row for path, row in chunk.items}
    for path, row in chunk.items:
        try:
            art = read_article(Path(path), row=row, learned=chunk.learned)
        except CorpusError as e:
            skipped.append(str(e))
            continue
        read_notes.extend(art.notes)  # bytes replaced, control characters removed
        if art.strict_skip:  # what --strict makes of it (the chunk does not depend on --strict)
            strict_skips.append(art.strict_skip)
        merge_manifest(art, row)
        arts.append(art)
    # an article's key holds its outlet's learned boilerplate: it changes when they change
    keys = {a.article_id: article_key(a, chunk.fingerprint + _learned_digest(chunk, a, rows.get(a.article_id)))
            for a in arts}
    # articles processed before (in a chunk that has changed since) are read back from that
    # chunk's stored parts; the others are processed together, one call of each analysis
    found_ids, found = (set(), {}) if chunk.force or stored is None else _cached_articles(stored, keys, notes)
    misses = [a for a in arts if a.article_id not in found_ids]
    pieces: dict[str, list] = {}
    for name, df in found.items():
        pieces.setdefault(name, []).append(df)
    if misses:
        with chunk_heap():  # (the collector scans only what the chunk makes)
            done, failed = _process_each(misses, {Path(path).stem: path for path, _ in chunk.items})
            if failed:
                skipped.extend(failed.values())
                arts = [a for a in arts if a.article_id not in failed]
                keys = {a: k for a, k in keys.items() if a not in failed}
            for name, df in done.items():
                try:
                    pieces.setdefault(name, []).append(S.conform(name, df))
                except S.SchemaError as e:
                    raise BuildError(f"analysis contract broken: {e}") from None
    tables = {name: _sort(pd.concat(dfs, ignore_index=True)) for name, dfs in sorted(pieces.items())}
    summaries = _summaries(arts, tables) if arts else []
    written = {}
    for name, df in tables.items():
        d = chunk.parts / name
        d.mkdir(parents=True, exist_ok=True)
        try:
            S.write_parquet(name, S.conform(name, df), d / f"{chunk.index:06d}.parquet")
        except S.SchemaError as e:
            raise BuildError(f"analysis contract broken: {e}") from None
        written[name] = len(df)
    result = {
        "index": chunk.index,
        "summaries": summaries,
        "skipped": skipped,
        "read_notes": read_notes,  # about the files (kept with the chunk): repeated on reuse
        "strict_skips": strict_skips,  # files --strict skips (bytes replaced)
        "notes": notes,  # about this run (caches): not kept
        "reused": len(arts) - len(misses),
        "rows": written,
        "keys": sorted(keys.items()),
        "chunk_key": ckey,
    }
    if cdir is not None:
        _store_chunk(chunk, cdir, result)
    bound_worker_memory()
    return result


def _process_each(arts: list, paths: dict) -> tuple[dict, dict]:
    """``process_articles(arts)``; when an analysis raises, each article alone (their tables
    concatenated; the chunk sorts its rows), so that the one it fails on is skipped with a one-line message (article id -> message) and the build goes
    on.  Such a failure is a bug in arnews: the message names the file and the code's line."""
    try:
        return process_articles(arts), {}
    except (BuildError, MemoryError):
        raise
    except Exception:
        pass
    parts, failed = {}, {}
    for a in arts:
        try:
            for name, df in process_articles([a]).items():
                parts.setdefault(name, []).append(df)
        except (BuildError, MemoryError):
            raise
        except Exception as e:
            failed[a.article_id] = (f"{_show(paths.get(a.article_id, a.article_id))}: skipped: an analysis failed on it "
                                    f"({_where(e)}{type(e).__name__}: {_show(str(e))[:200]}); a bug in arnews, "
                                    f"please report it with this file")
    return {name: pd.concat(dfs, ignore_index=True) for name, dfs in parts.items()}, failed


def _where(e: BaseException) -> str:
    """``entities/positions.py:14: `` for the innermost frame of arnews's own code in ``e``'s traceback."""
    import traceback

    here = Path(__file__).parent
    last = ""
    for fr in traceback.extract_tb(e.__traceback__):
        try:
            last = f"{Path(fr.filename).resolve().relative_to(here)}:{fr.lineno}: "
        except ValueError:
            continue
    return last


def _cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of its ended worker processes: on a shared
    machine the stages' CPU seconds, unlike their wall seconds, do not count other users' load
    (Dask workers that are not this process's children are not counted)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _learned_digest(chunk: _Chunk, art, row) -> str:
    from .corpus import _outlet

    return "" if not chunk.learned else chunk.learned.digest(_outlet(art.blocks, row))


def _cached_articles(stored: _Stored, keys: dict, notes: list) -> tuple[set, dict[str, pd.DataFrame]]:
    """``(article ids, {table: rows})`` of the articles whose key (bytes, metadata, code) is in
    a chunk of the previous build, read back from that chunk's rows of the verified merged
    tables; an article is found in every table or in none (a broken entry is a miss with a note)."""
    from .store import RowRanges

    by_chunk: dict[str, list] = {}
    for aid, k in keys.items():
        ck = stored.articles.get(k)
        if ck is not None and stored.usable(ck):
            by_chunk.setdefault(ck, []).append(aid)
    ids_found: set = set()
    out: dict[str, list] = {}
    for ckey, ids in sorted(by_chunk.items()):
        try:
            got = {}
            for name, (start, n) in stored.ranges[ckey].items():
                df = RowRanges(stored.tables[name]).read(start, n).to_pandas()
                got[name] = df[df["article_id"].isin(ids)].reset_index(drop=True)
        except Exception as e:  # a broken entry: those articles are processed again
            notes.append(f"stored rows of chunk {ckey} not reused ({type(e).__name__}: {e}); its articles rebuilt")
            continue
        for name, df in got.items():
            for c, t in S.schema(name).dtypes.items():
                if t == "str" and c in df.columns:
                    df[c] = df[c].astype(object)
            out.setdefault(name, []).append(df)
        ids_found.update(ids)
    return ids_found, {name: pd.concat(dfs, ignore_index=True) for name, dfs in out.items()}


def _chunk_key(chunk: _Chunk) -> str | None:
    """Hash of everything a chunk's output depends on: each file's bytes and manifest
    row, and the code fingerprint (None when a file cannot be read: not cached)."""
    h = hashlib.sha256(chunk.fingerprint.encode())
    for path, row in chunk.items:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        h.update(json.dumps([Path(path).name, hashlib.sha256(data).hexdigest(), row],
                            sort_keys=True, ensure_ascii=False, default=str).encode())
    if chunk.learned:  # the learned boilerplate of the chunk's outlets
        h.update(json.dumps(sorted((o, chunk.learned.digest(o)) for o in chunk.learned.lines)).encode())
    return h.hexdigest()[:32]


def _store_chunk(chunk: _Chunk, cdir: Path, result: dict) -> None:
    """Keep what the driver needs of a processed chunk (its summaries, notes and row counts);
    its rows stay in the merged tables, where the next build finds them (``index.json``)."""
    tmp = cdir.with_name(f"{cdir.name}.tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    keep = {k: v for k, v in result.items() if k not in ("index", "notes")}
    with gzip.open(tmp / "result.pkl", "wb", compresslevel=6) as f:  # its presence marks a complete entry
        # (gzip: a chunk's article summaries shrink 3.3x; on snn2000 the cache went 1.5 -> 0.6 MB)
        pickle.dump(keep, f, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        os.replace(tmp, cdir)
    except OSError:  # another worker stored the same chunk first
        shutil.rmtree(tmp, ignore_errors=True)


def _reuse_chunk(chunk: _Chunk, cdir: Path, ckey: str) -> dict:
    """An unchanged chunk: its stored result; the merge takes its rows from the previous tables."""
    with gzip.open(cdir / "result.pkl", "rb") as f:
        result = pickle.load(f)
    if set(result["rows"]) != set(chunk.stored.ranges[ckey]):
        raise ValueError("its tables differ from the stored row ranges")
    result.update(index=chunk.index, reused=len(result["summaries"]), chunk_key=ckey, notes=[], from_stored=True)
    return result


def _plan_chunks(items: list, parts: Path, cache: Path | None, fp: str, force: bool = False) -> list[_Chunk]:
    """Group files into chunks with content-defined boundaries.

    A chunk ends after a file whose name hashes to 0 mod ``CHUNK_EVERY`` (or when it
    reaches ``CHUNK_BYTES``/``CHUNK_FILES``), so the grouping depends only on the files,
    never on ``--jobs``, and adding a file changes only the chunk it falls into.
    """
    chunks, cur, size = [], [], 0
    for it in items:
        try:
            n = Path(it[0]).stat().st_size
        except OSError:
            n = 0
        cur.append(it)
        size += n
        name = Path(it[0]).name.encode("utf-8", "surrogateescape")
        boundary = int(hashlib.sha1(name).hexdigest()[:8], 16) % CHUNK_EVERY == 0
        if boundary or size >= CHUNK_BYTES or len(cur) >= CHUNK_FILES:
            chunks.append(_Chunk(len(chunks), cur, parts, cache, fp, force))
            cur, size = [], 0
    if cur:
        chunks.append(_Chunk(len(chunks), cur, parts, cache, fp, force))
    return chunks


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
    from .corpus import _show, plan_corpus

    try:
        plan = plan_corpus(corpus, manifest)  # regular *.txt files inside the corpus, skips, manifest notes
    except CorpusError as e:
        raise BuildError(str(e))
    files, rows = plan.files, plan.rows
    if not files:
        first = f" ({len(plan.skipped)} skipped, first: {plan.skipped[0]})" if plan.skipped else ""
        raise BuildError(f"{_show(corpus)}: no *.txt articles{first}")
    try:
        marker = claim_output(out, corpus)
    except OutputError as e:
        raise BuildError(str(e)) from None
    total = sum(p.stat().st_size for p in files)
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
    return items, _plan_chunks(items, parts, cache, fp, force), parts, fp, total, fraction, sample, marker, plan


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
            info = _up_to_date(out, ikey)
            if info is not None:
                for msg in info.get("skipped", []):
                    log(f"arnews: {msg}")
                _log_notes(log, info.get("notes", []))
                dt = time.perf_counter() - t0
                log(f"arnews: {out} is up to date ({info['articles']} article(s); files, manifest, code and options "
                    f"unchanged since the last build) in {dt:.1f}s")
                return BuildResult(out, info["articles"], info.get("skipped", []), info["articles"], info["tables"], dt)
        invalidate(out)  # from here on the folder is not up to date until build_info.json is written
        njobs = max(1, jobs or os.cpu_count() or 1)
        timings = {"jobs": njobs}
        t_stage, c_stage = time.perf_counter(), _cpu_seconds()
        learned = _learn(items, chunks, log, njobs if engine != "dask" else 1)
        timings["boilerplate_s"] = round(time.perf_counter() - t_stage, 2)
        t_stage, c_stage = time.perf_counter(), _cpu_seconds()
        stored, stored_notes = (None, []) if force else _load_stored(out)
        for c in chunks:
            c.stored = stored
        if engine == "dask":
            results = _run_dask(chunks, scheduler, jobs)
        else:
            if progress is None:
                progress = sys.stderr.isatty() and total >= 20_000_000
            results = _run_local(chunks, njobs, progress)
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
            raise BuildError(f"{corpus}: {len(skipped)} file(s) skipped and --strict is set")
        summaries = [s for r in results for s in r["summaries"]]
        if not summaries:
            raise BuildError(f"{corpus}: no readable *.txt articles")
        reused = sum(r["reused"] for r in results)
        # the previous tables are about to be replaced: their row ranges are void until rewritten
        (out / ".cache" / "chunks" / "index.json").unlink(missing_ok=True)
        merged = {"ranges": {}, "tables": {}}
        written = _finish(out, parts, results, summaries, engine, njobs, sample, sample_chars is None, force, log,
                          stored, merged, timings)
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
    finish_output(out, marker, written, info)
    _prune_dirs(out / ".cache", {"chunks", "corpus"})  # (per-article pickles of earlier versions)
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
        f"arnews: built {len(summaries)} article(s) into {out} in {dt:.1f}s "
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
        log(f"arnews: note: ... and {len(notes) - NOTES_SHOWN} more note(s) (all file notes are listed under 'notes' in build_info.json)")


def _learn(items: list, chunks: list[_Chunk], log, jobs: int = 1):
    """Learn the boilerplate of every outlet from every file (one cheap pass: decode, lines,
    base roles) before any chunk runs, and give each chunk the lines of its outlets: the
    roles never depend on the chunking, and a chunk's cache key changes with them."""
    from .boilerplate import learn

    t0 = time.perf_counter()
    learned, outlets = learn(items, jobs=jobs)
    for c in chunks:
        c.learned = learned.restrict({outlets.get(str(p), "") for p, _ in c.items})
    n = sum(len(v) for v in learned.lines.values())
    log(f"arnews: learned {n} boilerplate line(s) in {len(learned.lines)} outlet(s) from {len(outlets)} file(s) "
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
        st = Path(path).stat()
        h.update(json.dumps([Path(path).name, st.st_size, st.st_mtime_ns, row],
                            sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:32]


def _up_to_date(out: Path, ikey: str) -> dict | None:
    """The previous ``build_info.json`` when it was written for the same inputs and all
    its tables are still there, else None."""
    try:
        info = json.loads((out / "build_info.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if info.get("input_key") != ikey or not all((out / t).is_file() for t in info.get("tables", [])):
        return None
    return info


def _chunk_bytes(c: _Chunk) -> int:
    n = 0
    for path, _ in c.items:
        try:
            n += Path(path).stat().st_size
        except OSError:
            pass
    return n


def _run_local(chunks: list[_Chunk], jobs: int, progress: bool) -> list[dict]:
    bar = _progress(sum(len(c.items) for c in chunks), progress)
    results = []
    if jobs == 1 or len(chunks) == 1:
        import gc

        try:
            for c in chunks:
                results.append(_run_chunk_settled(c))
                bar.update(len(c.items))
        finally:
            gc.unfreeze()  # (what the chunks froze: see settle_heap)
    else:
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        # the largest chunks first (longest processing time first): the last chunk to finish is
        # a small one, so no worker idles long at the end of the article stage
        pending = sorted(chunks, key=lambda c: (_chunk_bytes(c), -c.index))
        from concurrent.futures.process import BrokenProcessPool

        with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(os.getpid(),)) as ex:
            running = {}
            while pending or running:
                while pending and len(running) < 2 * jobs:  # bounded: memory stays flat
                    c = pending.pop()
                    running[ex.submit(_run_chunk_settled, c)] = c
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for f in done:
                    c = running.pop(f)
                    try:
                        r = f.result()
                    except BrokenProcessPool:
                        raise BuildError(_killed("an article worker", [str(p) for p, *_ in c.items])) from None
                    results.append(r)
                    bar.update(len(chunks[r["index"]].items))
    bar.close()
    return results


def _run_chunk_settled(chunk: _Chunk) -> dict:
    """:func:`run_chunk`, then :func:`settle_heap`: in a process that runs a build's chunks one
    after the other, the collector's full passes skip what the earlier chunks left alive (the
    lexicons, the per-word caches).  snn2000, ``--jobs 1``: the collector's CPU seconds in the
    per-article stage 6.5 -> 2.3 (full passes 5.0 -> 1.25), with :func:`chunk_heap`."""
    result = run_chunk(chunk)
    settle_heap()
    return result


def _run_dask(chunks: list[_Chunk], scheduler: str | None, jobs: int | None) -> list[dict]:
    """Map the chunks over Dask workers (``dask.bag``); parts land in the shared output folder."""
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.from_sequence(chunks, npartitions=max(1, len(chunks)))
        return list(bag.map(run_chunk).compute())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _load_stored(out: Path) -> tuple[_Stored | None, list[str]]:
    """What the previous build into ``out`` left to reuse (``index.json``): its merged tables
    whose hashes still match, with a note for each that does not."""
    try:
        idx = json.loads((out / ".cache" / "chunks" / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, []
    if not isinstance(idx, dict) or not isinstance(idx.get("tables"), dict):
        return None, []  # (an index of an earlier version)
    tables, notes = {}, []
    for name, (fn, h) in idx["tables"].items():
        path = out / fn
        if path.is_file() and file_sha256(path) == h:
            tables[name] = str(path)
        else:
            notes.append(f"stored rows of {fn} not reused (missing or changed since it was written); its articles rebuilt")
    return _Stored(tables, idx.get("ranges", {}), idx.get("articles", {})), notes


def _finish(out: Path, parts: Path, results: list[dict], summaries: list[dict], engine: str, jobs: int,
            sample: list[str], whole: bool, force: bool, log, stored: _Stored | None = None,
            merged: dict | None = None, timings: dict | None = None) -> list[str]:
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
        sha = file_sha256(out / fn) if S.schema(name).storage == "parquet" else None
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
                written += _reuse_corpus(cdir, out)
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
        timings["corpus_hooks_s"] = {}
        with frozen_heap():  # (forked hooks write their own tables: the driver never holds them)
            _run_corpus_level(todo, tables, together, timings["corpus_hooks_s"], TableWriter(out, made))
        for hook in todo:
            cdir = cdirs[hook.name]
            shutil.rmtree(cdir, ignore_errors=True)
            cdir.mkdir(parents=True)
            done = {made[name]: file_sha256(out / made[name]) for name in hook.tables}
            (cdir / "done.json").write_text(json.dumps(done, indent=1), encoding="utf-8")
            written += list(done)
    _prune_dirs(out / ".cache" / "corpus", {d.name for d in cdirs.values()})
    timings["corpus_level_s"] = round(time.perf_counter() - t_corpus, 2)
    timings["corpus_level_cpu_s"] = round(_cpu_seconds() - c_corpus, 2)
    return sorted(written)


class _NoBar:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress(total: int, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr)


def _prune_dirs(folder: Path, keep: set) -> None:
    """Remove the cache entries (sub-folders) of ``folder`` not named in ``keep``."""
    if folder.is_dir():
        for d in folder.iterdir():
            if d.name not in keep:
                if d.is_dir():
                    shutil.rmtree(d, ignore_errors=True)
                else:
                    d.unlink(missing_ok=True)
