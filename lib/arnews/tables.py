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

__all__ = ["Tables", "load_tables", "read_table"]


def read_table(path: str | Path) -> pd.DataFrame:
    """One table file (``.parquet`` or ``.csv``) with its declared dtypes."""
    path = Path(path)
    return S.read(path.stem, path)


class Tables:
    """Lazy access to a build's tables: ``T.paragraphs``, ``T["quantities"]``, ``T.info``."""

    def __init__(self, processed: str | Path, ids=None):
        self.path = Path(processed)
        if not (self.path / "build_info.json").is_file():
            raise FileNotFoundError(
                f"{self.path}: no processed tables here (run `make data` or `python -m arnews build`)"
            )
        self._ids = None if ids is None else sorted(set(ids))
        self._cache: dict[str, pd.DataFrame] = {}

    @property
    def info(self) -> dict:
        return json.loads((self.path / "build_info.json").read_text(encoding="utf-8"))

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

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._cache:
            p = self._file(name)
            if p is None:
                raise KeyError(f"{name}: no such table in {self.path} (have: {', '.join(self.names)})")
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
    """The processed tables of a build (default: ``$ARNEWS_PROCESSED``, else ``data/processed`` of the
    source checkout, or of the current folder when the package is installed)."""
    from .lexicons import SOURCE_ROOT

    processed = processed or os.environ.get("ARNEWS_PROCESSED") or (SOURCE_ROOT or Path.cwd()) / "data" / "processed"
    return Tables(processed)
