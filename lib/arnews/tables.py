"""Reading a build's tables back: ``T = load_tables(path)``; ``T.paragraphs``, ``T["quantities"]``.

Each table is read with the dtypes its schema declares (:mod:`arnews.schema`), from
Parquet or CSV, whichever the build wrote.  Tables are read lazily and kept.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from . import schema as S

__all__ = ["Tables", "TableError", "load_tables", "read_table", "table_columns"]

REBUILD = "rebuild with `python -m arnews build --force`"


class TableError(ValueError):
    """A file of a build cannot be read as its table (one line naming the file and the reason)."""


def _reason(e: Exception) -> str:
    """A short reason for a table file pandas or Arrow could not read."""
    if isinstance(e, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(e, pd.errors.EmptyDataError):
        return "empty file"
    text = " ".join(str(e).split())
    if "magic bytes" in text or "size is 0 bytes" in text or "Couldn't deserialize thrift" in text:
        return "not a complete Parquet file (cut short or overwritten)"
    return text[:200] or type(e).__name__


def unreadable(p, e: Exception) -> str:
    """The one line for a table file ``p`` that pandas or Arrow could not read (``e``)."""
    return f"{p}: cannot read this table ({_reason(e)}); {REBUILD}"


def _read_checked(name: str, p: Path, read, whole: bool = True) -> pd.DataFrame:
    """``read()`` with one line naming ``p`` for a file that is not a readable table or (``whole``)
    lacks declared columns (a build of an older arnews, or a table edited by hand)."""
    try:
        df = read()
    except (OSError, ValueError, TypeError, S.SchemaError) as e:  # (Arrow's errors are ValueError/OSError)
        raise TableError(unreadable(p, e)) from None
    return _whole(name, p, df) if whole else df


def _whole(name: str, p: Path, df: pd.DataFrame) -> pd.DataFrame:
    sc = S.SCHEMAS.get(name)
    missing = [c for c in sc.columns if c not in df.columns] if sc is not None else []
    if missing:
        raise TableError(f"{p}: column{'s' if len(missing) > 1 else ''} {', '.join(missing)} missing "
                         f"(a build of an older arnews, or an edited table); {REBUILD}")
    return df


def read_table(path: str | Path) -> pd.DataFrame:
    """One table file (``.parquet`` or ``.csv``) with its declared dtypes."""
    path = Path(path)
    return _read_checked(path.stem, path, lambda: S.read(path.stem, path))


class Tables:
    """Lazy access to a build's tables: ``T.paragraphs``, ``T["quantities"]``, ``T.info``."""

    def __init__(self, processed: str | Path, ids=None):
        self.path = Path(processed)
        if not (self.path / "build_info.json").is_file():
            if (self.path / ".arnews-output.json").is_file():  # an output folder without its build record
                raise FileNotFoundError(f"{self.path}: no finished build here (a build into it is running, or "
                                        "stopped half-way: run `python -m arnews build` again)")
            raise FileNotFoundError(
                f"{self.path}: no processed tables here (run `make data` or `python -m arnews build`)"
            )
        self._ids = None if ids is None else sorted(set(ids))
        self._cache: dict[str, pd.DataFrame] = {}

    @property
    def info(self) -> dict:
        p = self.path / "build_info.json"
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise TableError(f"{p}: cannot read the build record ({_reason(e)}); {REBUILD}") from None

    def _file(self, name: str) -> Path | None:
        for suffix in (".parquet", ".csv"):
            p = self.path / f"{name}{suffix}"
            if p.is_file():
                return p
        return None

    @property
    def names(self) -> list[str]:
        return sorted({p.stem for p in self.path.iterdir()
                       if p.suffix in (".csv", ".parquet") and not p.name.startswith(".")})

    def __contains__(self, name: str) -> bool:
        return self._file(name) is not None

    def get(self, name: str, default=None):
        return self[name] if name in self else default

    def _missing(self, name: str) -> str:
        """Why ``name`` is not here: a table this arnews writes is missing from a build of other
        code (a notebook run on an older build) or removed by hand."""
        msg = f"{name}: no such table in {self.path} (have: {', '.join(self.names)})"
        if name in S.SCHEMAS:
            msg += ("; this arnews writes it: the build is of an older arnews or a file was removed; "
                    "rebuild with `python -m arnews build`")
        return msg

    def __getitem__(self, name: str) -> pd.DataFrame:
        return _whole(name, self._file(name), self._read(name))

    def _read(self, name: str) -> pd.DataFrame:
        """The table as its file has it (kept); ``T[name]`` also checks it has every declared column."""
        if name not in self._cache:
            p = self._file(name)
            if p is None:
                raise KeyError(self._missing(name))

            def read(p=p):
                if self._ids is not None and p.suffix == ".parquet" and "article_id" in S.SCHEMAS.get(name, S.Schema(name, "")).columns:
                    import pyarrow.parquet as pq

                    if pq.read_metadata(p).num_rows == 0:  # an empty table may have a null-typed article_id:
                        df = S.read(name, p).iloc[0:0]     # filtering it raises ArrowTypeError (null vs string)
                    else:
                        df = pd.read_parquet(p, filters=[("article_id", "in", self._ids)])
                    for c, t in S.SCHEMAS[name].dtypes.items():
                        if c in df.columns and t == "str":
                            df[c] = df[c].astype(object)
                else:
                    df = S.read(name, p)
                    if self._ids is not None and "article_id" in df.columns:
                        df = df[df["article_id"].isin(self._ids)].reset_index(drop=True)
                return df

            df = _read_checked(name, p, read, whole=False)
            self._cache[name] = df
        return self._cache[name]

    def columns(self, name: str, cols) -> pd.DataFrame:
        """Only the columns ``cols`` of table ``name`` (those it has), read from its file
        without the others (a table already read whole is sliced).  Not kept: a
        corpus-level analysis asks once for what it needs, and a whole ``entities`` or
        ``themes`` table of a large corpus is several times larger."""
        if name in self._cache:
            df = self._cache[name]
            return df[[c for c in cols if c in df.columns]]
        p = self._file(name)
        if p is None:
            raise KeyError(self._missing(name))
        if p.suffix != ".parquet":
            df = self._read(name)  # (the columns it has: a hand-written table may hold only those asked for)
            return df[[c for c in cols if c in df.columns]]
        import pyarrow.parquet as pq

        try:
            have = pq.read_schema(p).names
        except (OSError, ValueError) as e:
            raise TableError(unreadable(p, e)) from None
        use = [c for c in cols if c in have]
        filt = None
        if self._ids is not None and "article_id" in have:
            if "article_id" not in use:
                use = ["article_id", *use]
            if pq.read_metadata(p).num_rows:
                filt = [("article_id", "in", self._ids)]
        # strings stay Arrow-backed (pandas' ``str``), half the memory of Python objects
        try:
            df = pq.read_table(p, columns=use, filters=filt).to_pandas(self_destruct=True, split_blocks=True)
        except (OSError, ValueError) as e:
            raise TableError(unreadable(p, e)) from None
        return df[[c for c in cols if c in df.columns]].reset_index(drop=True)

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError as e:
            raise AttributeError(str(e)) from None


def table_columns(tables, name: str, cols) -> pd.DataFrame | None:
    """The columns ``cols`` of table ``name`` of ``tables`` (a :class:`Tables`, a dict of
    DataFrames, or a ChainMap of both), None when it has no such table.  From a build's
    files, only those columns are read: what a corpus-level analysis should ask for."""
    try:
        reader = tables.columns
    except AttributeError:
        reader = None
    try:
        if callable(reader):
            return reader(name, list(cols))
        df = tables[name]
    except KeyError:
        return None
    if df is None or not isinstance(df, pd.DataFrame):
        return df
    return df[[c for c in cols if c in df.columns]]


def load_tables(processed: str | Path | None = None) -> Tables:
    """The processed tables of a build (default: ``$ARNEWS_PROCESSED``, else ``data/processed`` of the
    source checkout, or of the current folder when the package is installed)."""
    from .lexicons import SOURCE_ROOT

    processed = processed or os.environ.get("ARNEWS_PROCESSED") or (SOURCE_ROOT or Path.cwd()) / "data" / "processed"
    return Tables(processed)
