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
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import __version__
from .corpus import ROLES, Article, CorpusError, read_corpus
from .normalize import DEFAULT_STEPS, normalize, step_changes
from .tokens import is_stopword, lemma_method, lemmatizer, stems, tokenize_spans

__all__ = ["build", "load_tables", "Tables", "process_article", "BuildError", "PER_ARTICLE", "CORPUS_LEVEL"]

#: per-article analyses: table name -> "module:function(paragraphs, articles) -> DataFrame"
PER_ARTICLE = {
    "quantities": "arnews.quantities:quantities_table",
    "themes": "arnews.topics:themes_table",
    "entities": "arnews.topics:entities_table",
    "slogans": "arnews.rhetoric:slogans_table",
    "rhetoric": "arnews.rhetoric:rhetoric_table",
}
#: corpus-level analyses: "module:function(tables) -> {name: DataFrame}"
CORPUS_LEVEL = [
    "arnews.translation:translation_tables",
    "arnews.topics:topics_tables",
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

def _meta_frame(art: Article) -> pd.DataFrame:
    m = dict(art.meta)
    m["article_id"] = art.article_id
    m["lang"] = m.get("language", "")
    return pd.DataFrame([m])


def paragraphs_frame(art: Article) -> pd.DataFrame:
    rows = []
    lang = art.meta.get("language", "")
    for b in art.blocks:
        rows.append({**b, "lang": lang, "text_norm": normalize(b["text"]).text})
    cols = ["article_id", "paragraph", "line", "role", "lang", "text", "text_norm", "url"]
    return pd.DataFrame(rows, columns=cols)


def tokens_frame(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """One row per token of the non-boilerplate blocks, with original offsets."""
    import numpy as np

    lemma = lemmatizer()
    use_stem_as_lemma = lemma_method() == "snowball-stem"
    parts = []
    for aid, p, role, lang, text in paragraphs[["article_id", "paragraph", "role", "lang", "text"]].itertuples(index=False):
        if role not in TOKEN_ROLES:
            continue
        nt = normalize(text)
        toks = [t for t in tokenize_spans(nt.text) if t.kind != "punct"]
        if not toks:
            continue
        words = [t.text for t in toks]
        s, e = nt.to_original_many([t.start for t in toks], [t.end for t in toks])
        st = stems(words, "en" if lang in ("en", "vi") else "ar")
        slang = "en" if lang in ("en", "vi") else "ar"
        parts.append(
            pd.DataFrame(
                {
                    "article_id": aid,
                    "paragraph": p,
                    "i": np.arange(len(toks), dtype=np.int32),
                    "start": s.astype(np.int32),
                    "end": e.astype(np.int32),
                    "token": words,
                    "kind": [t.kind for t in toks],
                    "stem": st,
                    "lemma": st if use_stem_as_lemma else [lemma(w) for w in words],
                    "stop": [is_stopword(w, slang) for w in words],
                }
            )
        )
    if not parts:
        return pd.DataFrame(columns=["article_id", "paragraph", "i", "start", "end", "token", "kind", "stem", "lemma", "stop"])
    return pd.concat(parts, ignore_index=True)


def normalization_frame(paragraphs: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for aid, role, text in paragraphs[["article_id", "role", "text"]].itertuples(index=False):
        for step, n in step_changes(text).items():
            rows.append((aid, role, step, n))
    df = pd.DataFrame(rows, columns=["article_id", "role", "step", "chars_changed"])
    if df.empty:
        return df
    return df.groupby(["article_id", "role", "step"], as_index=False, sort=True)["chars_changed"].sum()


def process_article(art: Article) -> dict[str, pd.DataFrame]:
    """Every per-article table for one article."""
    paragraphs = paragraphs_frame(art)
    articles = _meta_frame(art)
    out = {
        "paragraphs": paragraphs,
        "tokens": tokens_frame(paragraphs),
        "normalization": normalization_frame(paragraphs),
    }
    for name, spec in PER_ARTICLE.items():
        fn = _resolve(spec)
        if fn is not None:
            out[name] = fn(paragraphs, articles)
    return out


def _article_summary(art: Article, tables: dict[str, pd.DataFrame]) -> dict:
    p = tables["paragraphs"]
    t = tables["tokens"]
    text_blocks = p[p.role.isin(TEXT_ROLES)]
    body = p[p.role == "body"]
    row = {"article_id": art.article_id}
    for k in ("file", "language", "title", "outlet", "province", "published", "source_url", "byline", "parallel_of"):
        row[k] = art.meta.get(k, "")
    row["metadata_source"] = art.meta.get("metadata_source", "text")
    row["encoding"] = art.encoding
    row["sha256"] = art.sha256
    row["n_blocks"] = len(p)
    for r in ROLES:
        row[f"n_{r}"] = int((p.role == r).sum())
    row["chars_body"] = int(body.text.str.len().sum())
    row["words_body"] = int(((t.paragraph.isin(body.paragraph)) & t.kind.isin(["word", "latin"])).sum()) if len(t) else 0
    row["chars_text"] = int(text_blocks.text.str.len().sum())
    return row


def _process_cached(args):
    art, cache_dir, fingerprint = args
    key = hashlib.sha256(
        (fingerprint + art.sha256 + json.dumps(art.meta, sort_keys=True, ensure_ascii=False)).encode()
    ).hexdigest()[:32]
    path = cache_dir / f"{key}.pkl" if cache_dir else None
    if path and path.is_file():
        try:
            with open(path, "rb") as f:
                return pickle.load(f), True
        except Exception:
            pass  # a broken cache entry is rebuilt
    tables = process_article(art)
    if path:
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as f:
            pickle.dump(tables, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    return tables, False


# --- whole corpus --------------------------------------------------------------------

@dataclass
class BuildResult:
    out: Path
    articles: int
    skipped: list[str]
    reused: int
    tables: list[str]
    seconds: float


def _sort(df: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("article_id", "paragraph", "start", "end", "i", "step", "role") if c in df.columns]
    if keys and len(df):
        df = df.sort_values(keys, kind="mergesort")
    return df.reset_index(drop=True)


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_suffix(".csv.tmp")
    df.to_csv(tmp, index=False, lineterminator="\n", encoding="utf-8")
    os.replace(tmp, path)


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_suffix(".parquet.tmp")
    df.to_parquet(tmp, index=False, engine="pyarrow", compression="zstd")
    os.replace(tmp, path)


def corpus_hash(articles: list[Article]) -> str:
    h = hashlib.sha256()
    for a in sorted(articles, key=lambda a: a.article_id):
        h.update(a.article_id.encode())
        h.update(a.sha256.encode())
    return h.hexdigest()[:16]


def build(
    corpus: Path,
    out: Path,
    manifest: Path | None = None,
    strict: bool = False,
    jobs: int | None = None,
    progress: bool | None = None,
    log=print,
) -> BuildResult:
    """Build every table for ``corpus`` into ``out`` (see module docstring)."""
    t0 = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    try:
        articles, skipped = read_corpus(corpus, manifest)
    except CorpusError as e:
        raise BuildError(str(e))
    for msg in skipped:
        log(f"arnews: {msg}")
    if skipped and strict:
        raise BuildError(f"{corpus}: {len(skipped)} file(s) skipped and --strict is set")
    if not articles:
        raise BuildError(f"{corpus}: no readable *.txt articles")
    out.mkdir(parents=True, exist_ok=True)
    cache_dir = out / ".cache"
    cache_dir.mkdir(exist_ok=True)
    fp = code_fingerprint()
    jobs = max(1, jobs or os.cpu_count() or 1)
    if progress is None:
        progress = sys.stderr.isatty() and len(articles) >= 50
    work = [(a, cache_dir, fp) for a in articles]
    if jobs > 1 and len(articles) >= 2 * jobs:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as ex:
            results = list(_progress(ex.map(_process_cached, work, chunksize=max(1, len(work) // (jobs * 8))), len(work), progress))
    else:
        results = list(_progress(map(_process_cached, work), len(work), progress))
    reused = sum(1 for _, hit in results if hit)

    combined: dict[str, list[pd.DataFrame]] = {}
    summaries = []
    for art, (tables, _) in zip(articles, results):
        summaries.append(_article_summary(art, tables))
        for name, df in tables.items():
            combined.setdefault(name, []).append(df)
    frames = {name: _sort(pd.concat(dfs, ignore_index=True)) for name, dfs in combined.items()}
    frames["articles"] = pd.DataFrame(summaries).sort_values("article_id", kind="mergesort").reset_index(drop=True)
    frames["articles"]["lang"] = frames["articles"]["language"]

    for spec in CORPUS_LEVEL:
        fn = _resolve(spec)
        if fn is None:
            continue
        for name, df in fn(frames).items():
            frames[name] = df.reset_index(drop=True)

    written = []
    for name, df in sorted(frames.items()):
        if name == "tokens":
            _write_parquet(df, out / "tokens.parquet")
            written.append("tokens.parquet")
        else:
            if name == "articles":
                df = df.drop(columns=["lang"])
            _write_csv(df, out / f"{name}.csv")
            written.append(f"{name}.csv")
    info = {
        "arnews_version": __version__,
        "corpus": str(corpus),
        "corpus_hash": corpus_hash(articles),
        "articles": len(articles),
        "skipped": skipped,
        "normalization_steps": sorted(DEFAULT_STEPS),
        "lemma_method": lemma_method(),
        "code_fingerprint": fp,
        "tables": written,
    }
    (out / "build_info.json").write_text(json.dumps(info, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    _prune_cache(cache_dir, keep=len(articles) * 4 + 100)
    dt = time.perf_counter() - t0
    log(
        f"arnews: built {len(articles)} article(s) into {out} in {dt:.1f}s "
        f"({reused} reused from cache, {len(articles) - reused} processed, {len(skipped)} skipped)"
    )
    return BuildResult(out, len(articles), skipped, reused, written, dt)


def _progress(it, total, enabled):
    if not enabled:
        return it
    from tqdm import tqdm

    return tqdm(it, total=total, unit="article", file=sys.stderr)


def _prune_cache(cache_dir: Path, keep: int) -> None:
    entries = sorted(cache_dir.glob("*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True)
    for p in entries[keep:]:
        try:
            p.unlink()
        except OSError:
            pass


# --- reading tables back (for notebooks) ----------------------------------------------

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
                df = pd.read_csv(p, keep_default_na=False, na_values=[""], dtype={"value_end": "float64"} if name == "quantities" else None)
                for c in ("text", "text_norm", "surface", "url", "title", "byline", "source_url", "parallel_of", "province", "outlet", "published"):
                    if c in df.columns and df[c].dtype != object:
                        df[c] = df[c].astype("string").fillna("").astype(object)
                    elif c in df.columns:
                        df[c] = df[c].fillna("")
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
