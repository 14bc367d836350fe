"""The build: a corpus folder in, processed tables out.

``python -m arnews build --corpus DIR --out DIR [--manifest CSV] [--strict] [--jobs N]``

1. Read every ``*.txt`` in DIR (:mod:`arnews.corpus`); bad files are skipped
   with a one-line message (``--strict`` makes any skip an error).
2. Per article (in worker processes when ``--jobs`` > 1, cached by content
   hash): blocks -> ``paragraphs``; normalisation -> ``text_norm`` and
   ``normalization`` (characters changed per step); tokens -> ``tokens``;
   then every registered per-article analysis (quantities, themes, entities,
   slogans, rhetoric).
3. Corpus-level analyses on the combined tables (translation fidelity,
   keyness, topics, similarity, collocations, formulae).
4. Write UTF-8 CSV tables (``tokens`` as Parquet) and ``build_info.json``.

The output is deterministic: the same input and code give byte-identical
tables (rows sorted, no timestamps; the report adds the build date).
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import pickle
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import __version__
from .corpus import ROLES, Article, CorpusError
from .normalize import DEFAULT_STEPS, normalize, normalize_text, step_changes
from .tokens import lemma_method, lemmatizer, stems

__all__ = ["build", "load_tables", "Tables", "process_article", "BuildError", "PER_ARTICLE", "CORPUS_LEVEL"]

#: per-article analyses: table name -> "module:function(paragraphs, articles) -> DataFrame"
PER_ARTICLE = {
    "quantities": "arnews.quantities:quantities_table",
    "themes": "arnews.topics:themes_table",
    "entities": "arnews.topics:entities_table",
    "term_counts": "arnews.topics:term_counts_table",
    "term_stream": "arnews.topics:term_stream_table",
    "slogans": "arnews.rhetoric:slogans_table",
    "rhetoric": "arnews.rhetoric:rhetoric_table",
}
#: corpus-level analyses: "module:function(tables) -> {name: DataFrame}"
CORPUS_LEVEL = [
    "arnews.translation:translation_tables",
    "arnews.topics:topic_model_tables",
    "arnews.topics:lexical_tables",
    "arnews.rhetoric:rhetoric_tables",
]
TEXT_ROLES = ("title", "body", "caption")  # what analyses read
TOKEN_ROLES = ("title", "dateline", "body", "caption", "byline")  # what gets tokens


class BuildError(Exception):
    """A build that cannot go on; ``str()`` is a one-line message."""


def _resolve(spec: str):
    mod, fn = spec.split(":")
    try:
        module = importlib.import_module(mod)
    except ModuleNotFoundError as e:
        if e.name == mod:
            return None  # analysis not installed in this version
        raise
    return getattr(module, fn)


def code_fingerprint() -> str:
    """Hash of the library source and lexicons: a cache entry is valid only for the same code."""
    from .lexicons import lexicon_dir

    h = hashlib.sha256(__version__.encode())
    here = Path(__file__).parent
    files = sorted(here.glob("*.py"))
    ld = lexicon_dir()
    if ld.is_dir():
        files += sorted(p for p in ld.iterdir() if p.is_file())
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    h.update(lemma_method().encode())
    return h.hexdigest()[:16]


# --- per article ------------------------------------------------------------------

PARAGRAPH_COLUMNS = ["article_id", "paragraph", "line", "role", "lang", "text", "text_norm", "url"]
TOKEN_COLUMNS = ["article_id", "paragraph", "i", "start", "end", "token", "kind", "stem", "lemma", "stop"]


def paragraphs_frame(arts: list[Article] | Article) -> pd.DataFrame:
    """One row per block of the given articles (every role), with ``text_norm``."""
    if isinstance(arts, Article):
        arts = [arts]
    cols = {c: [] for c in PARAGRAPH_COLUMNS}
    for art in arts:
        lang = art.meta.get("language", "")
        blocks = art.blocks
        norm = normalize_text("\n".join(b["text"] for b in blocks)).split("\n")
        if len(norm) != len(blocks):  # defensive: per block
            norm = [normalize_text(b["text"]) for b in blocks]
        n = len(blocks)
        cols["article_id"].extend([art.article_id] * n)
        cols["paragraph"].extend(b["paragraph"] for b in blocks)
        cols["line"].extend(b["line"] for b in blocks)
        cols["role"].extend(b["role"] for b in blocks)
        cols["lang"].extend([lang] * n)
        cols["text"].extend(b["text"] for b in blocks)
        cols["text_norm"].extend(norm)
        cols["url"].extend(b["url"] for b in blocks)
    return pd.DataFrame(cols, columns=PARAGRAPH_COLUMNS)


def tokens_frame(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """One row per token of the non-boilerplate blocks, with original offsets."""
    import numpy as np

    from .normalize import KEY_STEPS, _table
    from .tokens import WORD_TOKEN_RE, stopwords

    lemma = None if lemma_method() == "snowball-stem" else lemmatizer()
    key_table = _table(KEY_STEPS)
    cols = {c: [] for c in TOKEN_COLUMNS}
    for aid, p, role, lang, text in paragraphs[["article_id", "paragraph", "role", "lang", "text"]].itertuples(index=False):
        if role not in TOKEN_ROLES:
            continue
        slang = "en" if lang in ("en", "vi") else "ar"
        sw = stopwords(slang)
        nt = normalize(text)
        ntext = nt.text
        # the tokenizer without its punctuation branch: a character no other branch
        # matches is skipped by the search, exactly as TOKEN_RE would consume it as punct
        found = [(m.start(), m.end(), m.group(), m.lastgroup) for m in WORD_TOKEN_RE.finditer(ntext)]
        if not found:
            continue
        starts, ends, words, kinds = map(list, zip(*found))
        s, e = nt.to_original_many(starts, ends)
        st = stems(words, slang)
        n = len(words)
        cols["article_id"].extend([aid] * n)
        cols["paragraph"].extend([p] * n)
        cols["i"].extend(range(n))
        cols["start"].extend(s.tolist())
        cols["end"].extend(e.tolist())
        cols["token"].extend(words)
        cols["kind"].extend(kinds)
        cols["stem"].extend(st)
        cols["lemma"].extend(st if lemma is None else [lemma(w) for w in words])
        if slang == "ar":
            keyed = ntext.translate(key_table)  # length-preserving on normalised text
            cols["stop"].extend([keyed[a:b] in sw for a, b in zip(starts, ends)])
        else:
            cols["stop"].extend([w.lower() in sw for w in words])
    df = pd.DataFrame(cols, columns=TOKEN_COLUMNS)
    for c in ("paragraph", "i", "start", "end"):
        df[c] = df[c].astype(np.int32)
    df["stop"] = df["stop"].astype(bool)
    return df


def normalization_frame(paragraphs: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for (aid, role), texts in paragraphs.groupby(["article_id", "role"], sort=True)["text"]:
        for step, n in step_changes("\n".join(texts)).items():
            rows.append((aid, role, step, n))
    return pd.DataFrame(rows, columns=["article_id", "role", "step", "chars_changed"])


def _meta_frames(arts: list[Article]) -> pd.DataFrame:
    rows = []
    for art in arts:
        m = dict(art.meta)
        m["article_id"] = art.article_id
        m["lang"] = m.get("language", "")
        rows.append(m)
    return pd.DataFrame(rows)


def process_articles(arts: list[Article]) -> dict[str, pd.DataFrame]:
    """Every per-article table for a batch of articles (one DataFrame per table)."""
    paragraphs = paragraphs_frame(arts)
    out = {
        "paragraphs": paragraphs,
        "tokens": tokens_frame(paragraphs),
        "normalization": normalization_frame(paragraphs),
    }
    articles = _meta_frames(arts)
    for name, spec in PER_ARTICLE.items():
        fn = _resolve(spec)
        if fn is not None:
            out[name] = fn(paragraphs, articles)
    return out


def process_article(art: Article) -> dict[str, pd.DataFrame]:
    """Every per-article table for one article."""
    return process_articles([art])


def _summaries(arts: list[Article], tables: dict[str, pd.DataFrame]) -> list[dict]:
    p = tables["paragraphs"]
    t = tables["tokens"]
    role_counts = p.groupby(["article_id", "role"]).size()
    lens = p.text.str.len()
    body_chars = lens[p.role == "body"].groupby(p.article_id[p.role == "body"]).sum()
    text_mask = p.role.isin(TEXT_ROLES)
    text_chars = lens[text_mask].groupby(p.article_id[text_mask]).sum()
    if len(t):
        body = p.loc[p.role == "body", ["article_id", "paragraph"]]
        w = t.loc[t.kind.isin(["word", "latin"]), ["article_id", "paragraph"]]
        words = w.merge(body, on=["article_id", "paragraph"]).groupby("article_id").size()
    else:
        words = pd.Series(dtype=int)
    rows = []
    for art in arts:
        aid = art.article_id
        row = {"article_id": aid}
        for k in ("file", "language", "title", "outlet", "province", "published", "source_url", "byline", "parallel_of"):
            row[k] = art.meta.get(k, "")
        row["metadata_source"] = art.meta.get("metadata_source", "text")
        row["encoding"] = art.encoding
        row["sha256"] = art.sha256
        row["n_blocks"] = len(art.blocks)
        for r in ROLES:
            row[f"n_{r}"] = int(role_counts.get((aid, r), 0))
        row["chars_body"] = int(body_chars.get(aid, 0))
        row["words_body"] = int(words.get(aid, 0))
        row["chars_text"] = int(text_chars.get(aid, 0))
        rows.append(row)
    return rows


def _cache_key(art: Article, fingerprint: str) -> str:
    return hashlib.sha256(
        (fingerprint + art.sha256 + json.dumps(art.meta, sort_keys=True, ensure_ascii=False)).encode()
    ).hexdigest()[:32]


def _split(tables: dict[str, pd.DataFrame], ids: list[str]) -> dict[str, dict[str, pd.DataFrame]]:
    """Per-article views of batch tables: {article_id: {table: DataFrame}}."""
    out = {aid: {} for aid in ids}
    for name, df in tables.items():
        if "article_id" not in df.columns:
            continue
        groups = dict(tuple(df.groupby("article_id", sort=False))) if len(df) else {}
        empty = df.iloc[0:0]
        for aid in ids:
            out[aid][name] = groups.get(aid, empty).reset_index(drop=True)
    return out


# --- chunks: the unit of parallel work ----------------------------------------------------

CHUNK_EVERY = 64  # on average a chunk boundary every 64 files (content-defined)
CHUNK_BYTES = 4_000_000  # ... but at most this many input bytes
CHUNK_FILES = 256  # ... and this many files per chunk
#: per-article tables the corpus-level hooks never read: kept out of the sample, so that
#: workers do not ship them to the driver (``tokens`` is the largest table by far)
NOT_IN_SAMPLE = frozenset({"tokens", "normalization"})
SAMPLE_CHARS = 10_000_000  # corpus-level analyses read about this many bytes of articles (deterministic sample)


@dataclass
class _Chunk:
    index: int
    items: list  # [(path, manifest row or None, in_sample)]
    parts: Path
    cache: Path | None
    fingerprint: str


def _sort(df: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("article_id", "paragraph", "start", "end", "i", "step", "role") if c in df.columns]
    if keys and len(df):
        df = df.sort_values(keys, kind="mergesort")
    return df.reset_index(drop=True)


def run_chunk(chunk: _Chunk) -> dict:
    """Process one chunk of files and write its table parts; returns what the driver needs.

    Runs in a worker (a local process or a Dask worker): it reads the files itself, so
    the driver never holds article text, and writes ``<parts>/<table>/<index>.csv|.parquet``.
    Articles found in the per-article cache are reused; the others are processed together
    (one call of each analysis for the whole batch) and then cached one by one, so adding
    an article to a built corpus re-processes that article only.
    """
    from .corpus import merge_manifest, read_article

    ckey = _chunk_key(chunk)
    cdir = chunk.cache / "chunks" / ckey if chunk.cache and ckey else None
    if cdir is not None and (cdir / "result.pkl").is_file():
        try:
            return _reuse_chunk(chunk, cdir, ckey)
        except Exception:
            pass  # a broken entry: process the chunk again
    skipped, arts, in_sample = [], [], {}
    for path, row, sample_flag in chunk.items:
        try:
            art = read_article(Path(path))
        except CorpusError as e:
            skipped.append(str(e))
            continue
        merge_manifest(art, row)
        arts.append(art)
        in_sample[art.article_id] = sample_flag
    per_article: dict[str, dict[str, pd.DataFrame]] = {}
    misses = []
    for art in arts:
        cpath = chunk.cache / (k := _cache_key(art, chunk.fingerprint))[:2] / f"{k}.pkl" if chunk.cache else None
        if cpath is not None and cpath.is_file():
            try:
                with open(cpath, "rb") as f:
                    per_article[art.article_id] = pickle.load(f)
                continue
            except Exception:
                pass  # a broken cache entry is rebuilt
        misses.append((art, cpath))
    if misses:
        batch = process_articles([a for a, _ in misses])
        split = _split(batch, [a.article_id for a, _ in misses])
        for art, cpath in misses:
            per_article[art.article_id] = split[art.article_id]
            if cpath is not None:
                cpath.parent.mkdir(exist_ok=True)
                tmp = cpath.with_suffix(f".tmp{os.getpid()}")
                with open(tmp, "wb") as f:
                    pickle.dump(split[art.article_id], f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, cpath)
    names = sorted({n for t in per_article.values() for n in t})
    tables = {}
    for name in names:
        dfs = [per_article[a.article_id][name] for a in arts if name in per_article[a.article_id]]
        dfs = [d for d in dfs if len(d.columns)]
        if dfs:
            tables[name] = _sort(pd.concat(dfs, ignore_index=True))
    summaries = _summaries(arts, tables) if arts else []
    written = {}
    for name, df in tables.items():
        d = chunk.parts / name
        d.mkdir(parents=True, exist_ok=True)
        if name == "tokens":
            df.to_parquet(d / f"{chunk.index:06d}.parquet", index=False, engine="pyarrow")
        else:
            df.to_csv(d / f"{chunk.index:06d}.csv", index=False, lineterminator="\n", encoding="utf-8")
        written[name] = len(df)
    sample_ids = [a for a, f in in_sample.items() if f]
    sample = {}
    if sample_ids:
        for name, df in tables.items():
            if name in NOT_IN_SAMPLE:
                continue
            sample[name] = df if len(sample_ids) == len(arts) else df[df.article_id.isin(sample_ids)].reset_index(drop=True)
    keys = {a.article_id: _cache_key(a, chunk.fingerprint) for a in arts}
    result = {
        "index": chunk.index,
        "summaries": summaries,
        "skipped": skipped,
        "reused": len(arts) - len(misses),
        "rows": written,
        "sample": sample,
        "sample_keys": sorted((a, keys[a]) for a in sample_ids),
        "chunk_key": ckey,
    }
    if cdir is not None:
        _store_chunk(chunk, cdir, result)
    return result


def _chunk_key(chunk: _Chunk) -> str | None:
    """Hash of everything a chunk's output depends on: each file's bytes, manifest row and
    sample flag, and the code fingerprint (None when a file cannot be read: not cached)."""
    h = hashlib.sha256(chunk.fingerprint.encode())
    for path, row, sample_flag in chunk.items:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        h.update(json.dumps([Path(path).name, hashlib.sha256(data).hexdigest(), row, sample_flag],
                            sort_keys=True, ensure_ascii=False, default=str).encode())
    return h.hexdigest()[:32]


def _link(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)


def _store_chunk(chunk: _Chunk, cdir: Path, result: dict) -> None:
    """Keep a chunk's parts and result so that an unchanged chunk is not even read again."""
    tmp = cdir.with_name(f"{cdir.name}.tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name in result["rows"]:
        for part in (chunk.parts / name).glob(f"{chunk.index:06d}.*"):
            _link(part, tmp / f"{name}{part.suffix}")
    with open(tmp / "sample.pkl", "wb") as f:
        pickle.dump(result["sample"], f, protocol=pickle.HIGHEST_PROTOCOL)
    with open(tmp / "result.pkl", "wb") as f:  # written last: its presence marks a complete entry
        pickle.dump({k: v for k, v in result.items() if k not in ("sample", "index")}, f, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        os.replace(tmp, cdir)
    except OSError:  # another worker stored the same chunk first
        shutil.rmtree(tmp, ignore_errors=True)


def _reuse_chunk(chunk: _Chunk, cdir: Path, ckey: str) -> dict:
    with open(cdir / "result.pkl", "rb") as f:
        result = pickle.load(f)
    for name in result["rows"]:
        for part in cdir.glob(f"{name}.*"):
            _link(part, chunk.parts / name / f"{chunk.index:06d}{part.suffix}")
    n = len(result["summaries"])
    result.update(index=chunk.index, reused=n, chunk_key=ckey, sample=str(cdir / "sample.pkl"))
    return result


def _plan_chunks(items: list, parts: Path, cache: Path | None, fp: str) -> list[_Chunk]:
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
        name = Path(it[0]).name.encode()
        boundary = int(hashlib.sha1(name).hexdigest()[:8], 16) % CHUNK_EVERY == 0
        if boundary or size >= CHUNK_BYTES or len(cur) >= CHUNK_FILES:
            chunks.append(_Chunk(len(chunks), cur, parts, cache, fp))
            cur, size = [], 0
    if cur:
        chunks.append(_Chunk(len(chunks), cur, parts, cache, fp))
    return chunks


def _in_sample(article_id: str, fraction: float) -> bool:
    if fraction >= 1:
        return True
    h = int(hashlib.sha1(article_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return h < fraction


def _merge_csv(parts: list[Path], dest: Path) -> None:
    """Concatenate CSV parts (each with a header) into one file, streaming bytes."""
    tmp = dest.with_suffix(".csv.tmp")
    header = None
    with open(tmp, "wb") as out:
        for p in parts:
            with open(p, "rb") as f:
                h = f.readline()
                if header is None:
                    header = h
                    out.write(h)
                if h == header:
                    shutil.copyfileobj(f, out, 1 << 20)
                else:  # a part with other columns (an empty table from an analysis): realign
                    df = pd.read_csv(p, keep_default_na=False, dtype=str)
                    if len(df):
                        cols = header.decode("utf-8").rstrip("\n").split(",")
                        df.reindex(columns=cols).to_csv(out, index=False, header=False, lineterminator="\n")
    os.replace(tmp, dest)


def _merge_parquet(parts: list[Path], dest: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tmp = dest.with_suffix(".parquet.tmp")
    writer = None
    try:
        for p in parts:
            t = pq.read_table(p)
            if t.num_rows == 0:
                continue
            t = t.replace_schema_metadata(None)
            if writer is None:
                writer = pq.ParquetWriter(tmp, t.schema, compression="zstd")
            elif t.schema != writer.schema:
                t = t.cast(writer.schema)
            writer.write_table(t)
        if writer is None:
            pa_table = pa.table({c: pa.array([], pa.string()) for c in TOKEN_COLUMNS})
            pq.write_table(pa_table, tmp)
    finally:
        if writer is not None:
            writer.close()
    os.replace(tmp, dest)


# --- whole corpus --------------------------------------------------------------------

@dataclass
class BuildResult:
    out: Path
    articles: int
    skipped: list[str]
    reused: int
    tables: list[str]
    seconds: float


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_suffix(".csv.tmp")
    df.to_csv(tmp, index=False, lineterminator="\n", encoding="utf-8")
    os.replace(tmp, path)


def corpus_hash(summaries: list[dict]) -> str:
    h = hashlib.sha256()
    for a in sorted(summaries, key=lambda a: a["article_id"]):
        h.update(a["article_id"].encode())
        h.update(a["sha256"].encode())
    return h.hexdigest()[:16]


def _prepare(corpus: Path, out: Path, manifest: Path | None):
    from .corpus import corpus_files, read_manifest

    try:
        files = corpus_files(corpus)
        if manifest is None and (corpus / "articles.csv").is_file():
            manifest = corpus / "articles.csv"
        rows = read_manifest(manifest) if manifest else {}
    except CorpusError as e:
        raise BuildError(str(e))
    if not files:
        raise BuildError(f"{corpus}: no *.txt articles")
    total = sum(p.stat().st_size for p in files)
    fraction = min(1.0, SAMPLE_CHARS / max(1, total))
    paired = {r.get("parallel_of") for r in rows.values() if r.get("parallel_of")} | {
        k for k, r in rows.items() if r.get("parallel_of")
    }
    items = [(str(p), rows.get(p.stem), p.stem in paired or _in_sample(p.stem, fraction)) for p in files]
    out.mkdir(parents=True, exist_ok=True)
    cache = out / ".cache"
    cache.mkdir(exist_ok=True)
    import tempfile

    parts = Path(tempfile.mkdtemp(prefix=".parts-", dir=out))
    fp = code_fingerprint()
    return items, _plan_chunks(items, parts, cache, fp), parts, fp, total, fraction


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
) -> BuildResult:
    """Build every table for ``corpus`` into ``out`` (see module docstring).

    ``engine="local"`` runs chunks in ``jobs`` processes (default: every core);
    ``engine="dask"`` maps them over a Dask cluster (a ``LocalCluster`` unless
    ``scheduler`` gives the address of an existing one).  Both write the same tables.
    When nothing changed since the last build into ``out`` (same files by name, size
    and modification time, same manifest rows, same code and options) the tables are
    left as they are; ``force=True`` rebuilds them (still reusing the per-article cache).
    """
    t0 = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    items, chunks, parts, fp, total, fraction = _prepare(corpus, out, Path(manifest) if manifest else None)
    ikey = _input_key(items, fp, strict, engine)
    if not force:
        info = _up_to_date(out, ikey)
        if info is not None:
            shutil.rmtree(parts, ignore_errors=True)
            dt = time.perf_counter() - t0
            log(f"arnews: {out} is up to date ({info['articles']} article(s); files, manifest, code and options "
                f"unchanged since the last build) in {dt:.1f}s")
            return BuildResult(out, info["articles"], info.get("skipped", []), info["articles"], info["tables"], dt)
    try:
        if engine == "dask":
            results = _run_dask(chunks, scheduler, jobs)
        else:
            jobs = max(1, jobs or os.cpu_count() or 1)
            if progress is None:
                progress = sys.stderr.isatty() and total >= 20_000_000
            results = _run_local(chunks, jobs, progress)
        results.sort(key=lambda r: r["index"])
        skipped = [m for r in results for m in r["skipped"]]
        for msg in skipped:
            log(f"arnews: {msg}")
        if skipped and strict:
            raise BuildError(f"{corpus}: {len(skipped)} file(s) skipped and --strict is set")
        summaries = [s for r in results for s in r["summaries"]]
        if not summaries:
            raise BuildError(f"{corpus}: no readable *.txt articles")
        reused = sum(r["reused"] for r in results)
        written = _finish(out, parts, results, summaries, engine, max(1, jobs or os.cpu_count() or 1))
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    info = {
        "arnews_version": __version__,
        "corpus": str(corpus),
        "corpus_hash": corpus_hash(summaries),
        "articles": len(summaries),
        "skipped": skipped,
        "normalization_steps": sorted(DEFAULT_STEPS),
        "lemma_method": lemma_method(),
        "code_fingerprint": fp,
        "corpus_level_sample": {
            "articles": sum(1 for _, _, s in items if s),
            "of": len(items),
            "rule": "all articles" if fraction >= 1 else f"hash(article_id) < {fraction:.4f}, plus parallel pairs",
        },
        "tables": written,
        "input_key": ikey,
    }
    (out / "build_info.json").write_text(json.dumps(info, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    _prune_cache(out / ".cache", keep=len(items) * 4 + 100)
    _prune_dirs(out / ".cache" / "chunks", {r.get("chunk_key") for r in results})
    dt = time.perf_counter() - t0
    log(
        f"arnews: built {len(summaries)} article(s) into {out} in {dt:.1f}s "
        f"({reused} reused from cache, {len(summaries) - reused} processed, {len(skipped)} skipped)"
    )
    return BuildResult(out, len(summaries), skipped, reused, written, dt)


def _input_key(items: list, fingerprint: str, strict: bool, engine: str) -> str:
    """What decides a build's output, cheaply: each file's name, size and mtime, its
    manifest row and sample flag, the code fingerprint, the sample cap and the options."""
    h = hashlib.sha256(json.dumps([fingerprint, SAMPLE_CHARS, strict, engine]).encode())
    for path, row, in_sample in items:
        st = Path(path).stat()
        h.update(json.dumps([Path(path).name, st.st_size, st.st_mtime_ns, row, in_sample],
                            sort_keys=True, ensure_ascii=False, default=str).encode())
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


def _run_local(chunks: list[_Chunk], jobs: int, progress: bool) -> list[dict]:
    bar = _progress(sum(len(c.items) for c in chunks), progress)
    results = []
    if jobs == 1 or len(chunks) == 1:
        for c in chunks:
            results.append(run_chunk(c))
            bar.update(len(c.items))
    else:
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        pending = list(reversed(chunks))
        with ProcessPoolExecutor(max_workers=jobs) as ex:
            running = set()
            while pending or running:
                while pending and len(running) < 2 * jobs:  # bounded: memory stays flat
                    running.add(ex.submit(run_chunk, pending.pop()))
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for f in done:
                    r = f.result()
                    results.append(r)
                    bar.update(len(chunks[r["index"]].items))
    bar.close()
    return results


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


_FRAMES: dict | None = None  # the sample tables, inherited by forked corpus-level workers


def _corpus_hook(spec: str) -> list:
    fn = _resolve(spec)
    return [] if fn is None else list(fn(_FRAMES).items())


def _run_corpus_level(frames: dict, jobs: int) -> list:
    """``(name, DataFrame)`` of every corpus-level hook, in ``CORPUS_LEVEL`` order.

    With more than one job the hooks run at once in forked processes, which inherit the
    sample tables instead of receiving a pickled copy (only the results travel back)."""
    global _FRAMES
    import multiprocessing as mp

    _FRAMES = frames
    try:
        if jobs > 1 and len(CORPUS_LEVEL) > 1 and "fork" in mp.get_all_start_methods():
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=min(jobs, len(CORPUS_LEVEL)), mp_context=mp.get_context("fork")) as ex:
                futures = [ex.submit(_corpus_hook, spec) for spec in CORPUS_LEVEL]
                results = [f.result() for f in futures]
        else:
            results = [_corpus_hook(spec) for spec in CORPUS_LEVEL]
    finally:
        _FRAMES = None
    return [item for r in results for item in r]


def _finish(out: Path, parts: Path, results: list[dict], summaries: list[dict], engine: str, jobs: int = 1) -> list[str]:
    written = []
    names = sorted({n for r in results for n in r["rows"]})
    for name in names:
        files = sorted((parts / name).glob("*.*"))
        if name == "tokens":
            _merge_parquet(files, out / "tokens.parquet")
            written.append("tokens.parquet")
        else:
            _merge_csv(files, out / f"{name}.csv")
            written.append(f"{name}.csv")
        if engine == "dask":  # keep the partitioned Parquet dataset as well
            dest = out / "partitions" / name
            shutil.rmtree(dest, ignore_errors=True)
            dest.mkdir(parents=True)
            for f in files:
                if f.suffix == ".parquet":
                    shutil.copy(f, dest / f"part-{f.stem}.parquet")
                else:
                    pd.read_csv(f, keep_default_na=False).to_parquet(dest / f"part-{f.stem}.parquet", index=False)
    articles = pd.DataFrame(summaries).sort_values("article_id", kind="mergesort").reset_index(drop=True)
    _write_csv(articles, out / "articles.csv")
    written.append("articles.csv")

    # corpus-level tables depend only on the sample's articles (and the code): reuse them
    # when the sample is unchanged (adding an article outside the sample, say)
    # (the article keys include the code fingerprint, so a code change invalidates them too)
    sample_keys = sorted(tuple(k) for r in results for k in r.get("sample_keys", []))
    sample_ids = {a for a, _ in sample_keys}
    ckey = hashlib.sha256(json.dumps([CORPUS_LEVEL, SAMPLE_CHARS, sample_keys]).encode()).hexdigest()[:32]
    cdir = out / ".cache" / "corpus" / ckey
    if (cdir / "done").is_file():
        names = (cdir / "done").read_text(encoding="utf-8").split()
        for name in names:
            dest = out / name
            if dest.is_file() and os.path.samefile(cdir / name, dest):
                continue  # already this very file (a hard link from the build that made it)
            tmp = out / f".{name}.tmp"
            tmp.unlink(missing_ok=True)
            _link(cdir / name, tmp)
            os.replace(tmp, dest)
        written += names
    else:
        frames = {}
        for r in results:
            sample = r.pop("sample")  # popped: the chunks' pieces are freed once concatenated
            if isinstance(sample, str):  # a reused chunk: its sample was kept on disk
                with open(sample, "rb") as f:
                    sample = pickle.load(f)
            for name, df in sample.items():
                frames.setdefault(name, []).append(df)
        frames = {k: _sort(pd.concat(v, ignore_index=True)) for k, v in frames.items()}
        import gc

        gc.collect()  # before forking the corpus-level workers, which inherit this process's memory
        # the corpus-level analyses see the sample only, articles table included
        arts = articles[articles["article_id"].isin(sample_ids)].reset_index(drop=True)
        arts["lang"] = arts["language"]
        frames["articles"] = arts
        names = []
        for name, df in _run_corpus_level(frames, jobs):
            _write_csv(df.reset_index(drop=True), out / f"{name}.csv")
            names.append(f"{name}.csv")
        written += names
        shutil.rmtree(cdir, ignore_errors=True)
        cdir.mkdir(parents=True)
        for name in names:
            _link(out / name, cdir / name)
        (cdir / "done").write_text("\n".join(names) + "\n", encoding="utf-8")
    _prune_dirs(cdir.parent, {cdir.name})
    # tables of an earlier build that this build no longer writes would mislead: remove them
    for p in out.glob("*.csv"):
        if p.name not in written:
            p.unlink()
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
                shutil.rmtree(d, ignore_errors=True)


def _prune_cache(cache_dir: Path, keep: int) -> None:
    entries = sorted(cache_dir.glob("*/*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True)
    for p in entries[keep:]:
        try:
            p.unlink()
        except OSError:
            pass


# --- reading tables back (for notebooks) ----------------------------------------------

#: columns that always hold text, whatever they look like (a `date` of "2024", a `code` of "01")
TEXT_COLUMN = re.compile(
    r"^(?:[ab]_)?(?:article_id|file|language|lang|title|outlet|province|published|source_url|byline|"
    r"parallel_of|metadata_source|encoding|sha256|role|text|text_norm|url|token|kind|stem|lemma|"
    r"surface|unit|unit_en|approx|date|code|doc_type|doc_issuer|written|roundness|note|status|"
    r"marker|technique|category|campaign|campaign_en|theme|entity_id|type|term|gloss|step|article|"
    r"left|match|right|ngram|variant|label|name|name_en|.*_en|.*_ar|.*_id)$"
)


def read_table_csv(path: Path) -> pd.DataFrame:
    """Read a build table: text columns as strings (blank = ""), the rest inferred."""
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split(",")
    text_cols = {c: str for c in header if TEXT_COLUMN.match(c)}
    df = pd.read_csv(path, dtype=text_cols, keep_default_na=False, na_values={c: [""] for c in header if c not in text_cols})
    for c in text_cols:
        if c in df.columns:
            df[c] = df[c].fillna("").astype(object)
    return df


class Tables:
    """Lazy access to a build's tables: ``T.paragraphs``, ``T["quantities"]``, ``T.info``."""

    def __init__(self, processed: str | Path):
        self.path = Path(processed)
        if not (self.path / "build_info.json").is_file():
            raise FileNotFoundError(
                f"{self.path}: no processed tables here (run `make data` or `python -m arnews build`)"
            )
        self._cache: dict[str, pd.DataFrame] = {}

    @property
    def info(self) -> dict:
        return json.loads((self.path / "build_info.json").read_text(encoding="utf-8"))

    @property
    def names(self) -> list[str]:
        return sorted(p.stem for p in self.path.glob("*.csv")) + (["tokens"] if (self.path / "tokens.parquet").exists() else [])

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._cache:
            if name == "tokens":
                df = pd.read_parquet(self.path / "tokens.parquet")
            else:
                p = self.path / f"{name}.csv"
                if not p.is_file():
                    raise KeyError(f"{name}: no such table in {self.path} (have: {', '.join(self.names)})")
                df = read_table_csv(p)
            self._cache[name] = df
        return self._cache[name]

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError as e:
            raise AttributeError(str(e)) from None


def load_tables(processed: str | Path | None = None) -> Tables:
    """The processed tables of a build (default: ``$ARNEWS_PROCESSED`` or ``data/processed``)."""
    from .lexicons import PROJECT_ROOT

    processed = processed or os.environ.get("ARNEWS_PROCESSED") or PROJECT_ROOT / "data" / "processed"
    return Tables(processed)
