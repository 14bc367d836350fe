"""Chunks: the unit of parallel work of a build (:mod:`arnews.build`).

Files are grouped into chunks with content-defined boundaries (:func:`plan_chunks`), so the
grouping depends only on the files, never on ``--jobs``.  A worker runs a chunk
(:func:`run_chunk`): it reads the files itself, processes the articles and writes typed Parquet
parts; an unchanged chunk, or an unchanged article of a changed chunk, is read back from the
previous build's merged tables (``OUT/.cache/chunks/index.json`` records their row ranges).
The chunks run in local processes (:func:`run_local`) or on Dask workers (:func:`run_dask`).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import pickle
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import schema as S
from .article_tables import article_key, process_articles, summaries as _summaries
from .corpus import CorpusError
from .decoding import show as _show
from .store import file_sha256
from .workers import (BuildError, killed_message as _killed, worker_init as _worker_init, bound_worker_memory,
                      chunk_heap, settle_heap)

CHUNK_EVERY = 64  # on average a chunk boundary every 64 files (content-defined)
CHUNK_BYTES = 4_000_000  # ... but at most this many input bytes
CHUNK_FILES = 256  # ... and this many files per chunk
#: warm_up processes an article of at most this many bytes (snn2000: median 2.4 KB, 99th centile 13 KB): the
#: article it processes is processed again by its chunk's worker, so a huge one would cost its time twice
WARM_UP_BYTES = 64_000


@dataclass
class Chunk:
    index: int
    items: list  # [(path, manifest row or None)]
    parts: Path
    cache: Path | None
    fingerprint: str
    force: bool = False
    notes: list = field(default_factory=list)
    #: the boilerplate learned for the outlets of this chunk's files (arnews.boilerplate.Learned)
    learned: object = None
    #: what the previous build left that can be reused (a :class:`Stored`; None: nothing)
    stored: object = None


@dataclass
class Stored:
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


def run_chunk(chunk: Chunk) -> dict:
    """Process one chunk of files and write its table parts; returns what the driver needs.

    Runs in a worker: it reads the files itself, so the driver never holds article text,
    and writes ``<parts>/<table>/<index>.parquet`` (typed by the schemas).  An unchanged
    chunk is copied from its stored parts; in a changed chunk, articles stored before (same
    bytes, metadata and code) are read back from the parts of the chunk that held them, and
    the others are processed together (one call of each analysis for the whole batch).
    """
    from .corpus import merge_manifest, read_article

    ckey = chunk_key(chunk)
    cdir = chunk.cache / "chunks" / ckey if chunk.cache and ckey else None
    notes = []
    stored = chunk.stored
    if not will_process(chunk, ckey):
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
    # every piece is conformed (declared columns and dtypes) once: their concatenation, sorted, is
    # conformed too, and is written as it is
    pieces: dict[str, list] = {}
    for name, df in found.items():
        try:
            pieces.setdefault(name, []).append(S.conform(name, df))
        except S.SchemaError as e:
            raise BuildError(f"analysis contract broken: {e}") from None
    reused = len(arts) - len(misses)  # (before a failed article leaves ``arts``: it was no reuse)
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
        S.write_parquet(name, df, d / f"{chunk.index:06d}.parquet")
        written[name] = len(df)
    result = {
        "index": chunk.index,
        "summaries": summaries,
        "skipped": skipped,
        "read_notes": read_notes,  # about the files (kept with the chunk): repeated on reuse
        "strict_skips": strict_skips,  # files --strict skips (bytes replaced)
        "notes": notes,  # about this run (caches): not kept
        "reused": reused,
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



def _learned_digest(chunk: Chunk, art, row) -> str:
    from .corpus import _outlet

    return "" if not chunk.learned else chunk.learned.digest(_outlet(art.blocks, row))


def _cached_articles(stored: Stored, keys: dict, notes: list) -> tuple[set, dict[str, pd.DataFrame]]:
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


def chunk_key(chunk: Chunk) -> str | None:
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


def _store_chunk(chunk: Chunk, cdir: Path, result: dict) -> None:
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


def _reuse_chunk(chunk: Chunk, cdir: Path, ckey: str) -> dict:
    """An unchanged chunk: its stored result; the merge takes its rows from the previous tables."""
    with gzip.open(cdir / "result.pkl", "rb") as f:
        result = pickle.load(f)
    if set(result["rows"]) != set(chunk.stored.ranges[ckey]):
        raise ValueError("its tables differ from the stored row ranges")
    result.update(index=chunk.index, reused=len(result["summaries"]), chunk_key=ckey, notes=[], from_stored=True)
    return result


def plan_chunks(items: list, parts: Path, cache: Path | None, fp: str, force: bool = False) -> list[Chunk]:
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
            chunks.append(Chunk(len(chunks), cur, parts, cache, fp, force))
            cur, size = [], 0
    if cur:
        chunks.append(Chunk(len(chunks), cur, parts, cache, fp, force))
    return chunks



def _file_bytes(path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def _chunk_bytes(c: Chunk) -> int:
    return sum(_file_bytes(path) for path, _ in c.items)


def run_local(chunks: list[Chunk], jobs: int, progress: bool) -> list[dict]:
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

        warmed = warm_up(chunks)  # (the lexicons loaded once, before the workers are forked)
        try:
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
        finally:
            if warmed:
                import gc

                gc.unfreeze()  # (what warm_up froze)
    bar.close()
    return results


_NO_KEY = object()


def will_process(chunk: Chunk, ckey=_NO_KEY) -> bool:
    """Whether :func:`run_chunk` processes this chunk's articles rather than reading the whole
    chunk back from the previous build (the test run_chunk makes, with the ``ckey`` it computed;
    without it, :func:`chunk_key` is computed only when the other tests leave the answer open;
    articles of a changed chunk that were stored before are still read back)."""
    if chunk.force or chunk.stored is None or chunk.cache is None:
        return True
    if ckey is _NO_KEY:
        ckey = chunk_key(chunk)
    return ckey is None or not chunk.stored.usable(ckey) or not (chunk.cache / "chunks" / ckey / "result.pkl").is_file()


def warm_up(chunks: list[Chunk]) -> bool:
    """Before the pool's workers are forked from this process: process one article of the first
    chunk that will be processed (its first of at most :data:`WARM_UP_BYTES`: its worker processes
    it again) and throw the result away, so that the lexicons, word lists and lazy indexes the
    analyses load are loaded once here and inherited by every worker (and by the corpus-level
    hooks forked later) instead of once in each.  snn2000, ``--jobs 2``: a worker's
    first articles cost about 2 CPU s more than the next ones (the loading).  Then collect and
    freeze (:func:`settle_heap`): the workers' collections leave the shared pages alone.  The
    tables do not depend on it (the caches hold pure functions' results).  False (nothing done)
    where workers are not forked or no chunk will be processed."""
    import multiprocessing as mp

    from .corpus import merge_manifest, read_article

    if mp.get_start_method(allow_none=False) != "fork":
        return False
    for c in chunks:
        if not will_process(c):
            continue
        for path, row in c.items:
            if _file_bytes(path) > WARM_UP_BYTES:
                continue
            try:
                art = read_article(Path(path), row=row, learned=c.learned)
            except CorpusError:
                continue
            merge_manifest(art, row)
            try:
                with chunk_heap():
                    process_articles([art])
            except Exception:  # (the chunk's worker reports it)
                pass
            settle_heap()
            return True
    return False


def _run_chunk_settled(chunk: Chunk) -> dict:
    """:func:`run_chunk`, then :func:`settle_heap`: in a process that runs a build's chunks one
    after the other, the collector's full passes skip what the earlier chunks left alive (the
    lexicons, the per-word caches).  snn2000, ``--jobs 1``: the collector's CPU seconds in the
    per-article stage 6.5 -> 2.3 (full passes 5.0 -> 1.25), with :func:`chunk_heap`."""
    result = run_chunk(chunk)
    settle_heap()
    return result


def run_dask(chunks: list[Chunk], scheduler: str | None, jobs: int | None) -> list[dict]:
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


def load_stored(out: Path) -> tuple[Stored | None, list[str]]:
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
    return Stored(tables, idx.get("ranges", {}), idx.get("articles", {})), notes



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


