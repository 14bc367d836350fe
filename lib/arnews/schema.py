"""Declared table schemas: column names, dtypes and storage of every table a build writes.

A schema is used twice: when a table is written (:func:`conform` puts the columns in the
declared order and casts them; a hook that returns other columns is a contract error)
and when it is read back (:func:`read`, so that notebooks never repair types).

Dtypes: ``str`` (text, blank = ""), ``int``, ``Int`` (integer with gaps), ``float``,
``bool``.  Storage: ``parquet`` (zstd) for the large tables, ``csv`` for small summaries
that a researcher may open in a spreadsheet.  ``python -m arnews export --csv`` writes
every table as CSV.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["Schema", "SCHEMAS", "schema", "conform", "read", "write", "write_parquet", "arrow_schema", "file_name", "SchemaError"]


class SchemaError(Exception):
    """A table does not match its declared schema (one-line message)."""


@dataclass(frozen=True)
class Schema:
    name: str
    spec: str  # "column:dtype column:dtype ..."
    storage: str = "parquet"

    @property
    def columns(self) -> list[str]:
        return [c.split(":")[0] for c in self.spec.split()]

    @property
    def dtypes(self) -> dict[str, str]:
        return dict(c.split(":") for c in self.spec.split())

    @property
    def file(self) -> str:
        return f"{self.name}.{self.storage}"


def _s(name: str, spec: str, storage: str = "parquet") -> Schema:
    return Schema(name, " ".join(spec.split()), storage)


_QCOLS = ("kind:str value:float value_end:float unit:str unit_en:str approx:str date:str code:str "
          "doc_type:str doc_issuer:str written:str roundness:str currency:str calendar:str reading:str")

SCHEMAS: dict[str, Schema] = {s.name: s for s in [
    # --- per article -------------------------------------------------------------------------
    _s("paragraphs", "article_id:str paragraph:int line:int role:str lang:str text:str text_norm:str url:str"),
    # tokens.lemma: empty where the lemma equals the stem (every row when build_info's lemma_method
    # is snowball-stem); a reader wanting a lemma for every token takes lemma or else stem
    _s("tokens", "article_id:str paragraph:int i:int start:int end:int token:str kind:str stem:str lemma:str stop:bool"),
    _s("normalization", "article_id:str role:str step:str chars_changed:int"),
    _s("quantities", "article_id:str paragraph:int role:str lang:str start:int end:int surface:str " + _QCOLS),
    _s("themes", "article_id:str paragraph:int theme:str hits:int share:float dominant:bool n_words:int weight:float"),
    _s("entities", "article_id:str paragraph:int start:int end:int surface:str entity_id:str type:str name_en:str "
                   "name_vi:str alias:str role:str source:str confidence:float"),
    _s("writers", "article_id:str paragraph:int start:int end:int surface:str writer_id:str source:str confidence:float"),
    _s("slogans", "article_id:str paragraph:int start:int end:int surface:str quoted:bool campaign:str campaign_en:str "
                  "score:float kind:str method:str variant:str"),
    _s("rhetoric", "article_id:str paragraph:int start:int end:int surface:str marker:str technique:str category:str "
                   "gloss:str source:str"),
    _s("campaign_candidates", "article_id:str paragraph:int start:int end:int surface:str cue:str quoted:bool "
                              "variant:str features:str campaign:str"),
    _s("term_counts", "article_id:str paragraph:int lang:str term:str kind:str n:int"),
    _s("term_stream", "article_id:str paragraph:int lang:str terms:str"),
    _s("articles", "article_id:str file:str language:str title:str outlet:str province:str published:str source_url:str "
                   "byline:str parallel_of:str metadata_source:str encoding:str sha256:str n_blocks:int n_title:int "
                   "n_dateline:int n_body:int n_caption:int n_byline:int n_source:int n_boilerplate:int n_code:int "
                   "n_controls_removed:int chars_body:int words_body:int chars_text:int", "csv"),
    # boilerplate learned from repetition (arnews.boilerplate): one row per outlet and line
    _s("boilerplate", "outlet:str key:str example:str n_articles:int outlet_articles:int threshold:int", "csv"),
    # --- corpus level ------------------------------------------------------------------------
    _s("translation_quantities", "a_article:str a_lang:str a_paragraph:Int a_start:Int a_end:Int a_surface:str "
       "b_article:str b_lang:str b_paragraph:Int b_start:Int b_end:Int b_surface:str kind:str value:float value_end:float "
       "date:str code:str approx:str b_kind:str b_value:float b_value_end:float b_date:str b_approx:str status:str note:str", "csv"),
    _s("translation_blocks", "a_article:str a_lang:str a_paragraph:Int a_role:str a_chars:Int a_figures:Int a_preview:str "
       "b_article:str b_lang:str b_paragraph:Int b_role:str b_chars:Int b_figures:Int b_preview:str status:str group:int "
       "cost:float shared_figures:int", "csv"),
    _s("theme_articles", "article_id:str theme:str hits:int share:float dominant:bool paragraphs_dominant:int n_paragraphs:int"),
    # keyness: per article the top over-used terms and the under-used ones significant at p < UNDER_P
    _s("keyness", "article_id:str lang:str direction:str rank:int term:str surface:str gloss:str theme:str n_target:int "
                  "n_reference:int G2:float p:float log_ratio:float"),
    _s("similarity", "article_a:str article_b:str rank:int lang_a:str lang_b:str cosine_tfidf:float cosine_themes:float "
                     "cosine_entities:float parallel:bool"),
    _s("collocations", "rank:int phrase:str gloss:str terms:str n_words:int total:int n_articles:int pmi:float "
                       "article_id:str count:int"),
    _s("learned_names", "name:str key:str type:str class:str entity_id:str cue:str cues:str n_cued:int n_cued_articles:int "
                        "articles:str zipf:float ordinary:bool n_bare:int n_bare_articles:int confidence:float status:str", "csv"),
    _s("learned_mentions", "article_id:str paragraph:int start:int end:int surface:str entity_id:str type:str name_en:str "
                           "name_vi:str alias:str role:str source:str confidence:float"),
    _s("entity_candidates", "surface:str kind:str n:int n_articles:int articles:str article_id:str paragraph:int start:int "
                            "end:int context:str"),  # grows with the corpus: Parquet; articles: at most 5 ids (CANDIDATE_ARTICLES)
    _s("topic_selection", "lang:str k:int reconstruction_error:float coherence_npmi:float diversity:float coherent_topics:int score:float "
                          "chosen:bool reason:str", "csv"),
    _s("topics", "lang:str topic_id:str topic:int rank:int term:str surface:str gloss:str theme:str weight:float "
                 "coherence_npmi:float", "csv"),
    _s("paragraph_topics", "article_id:str paragraph:int lang:str topic_id:str topic:int weight:float dominant:bool"),
    _s("topic_themes", "lang:str topic_id:str theme:str score:float lift:float best:bool", "csv"),
    _s("formulae", "formula:str lang:str n:int example:str article_id:str count:int total:int n_articles:int"),
    _s("campaigns_discovered", "cluster:str label:str canon:str variant:str example:str article_id:str paragraph:int "
                               "start:int end:int occurrences:int quoted:int n_articles:int articles:str cues:str "
                               "features:str similarity:float cluster_occurrences:int cluster_articles:int "
                               "cluster_variants:int", "csv"),
    _s("lexicon_fit", "resource:str file:str made_for:str hits:int tokens_share:float paragraphs_share:float "
                      "entries_hit:int entries:int context_share:float fits:bool verdict:str withheld:int", "csv"),
    _s("formula_density", "article_id:str lang:str words:int formula_tokens:int per_1000:float ngram_tokens:int "
                          "ngram_per_1000:float marker_tokens:int marker_per_1000:float slogan_tokens:int "
                          "slogan_per_1000:float copied_tokens:int copied_per_1000:float", "csv"),
]}


def schema(name: str) -> Schema:
    try:
        return SCHEMAS[name]
    except KeyError:
        raise SchemaError(f"{name}: no declared schema (add it to arnews.schema.SCHEMAS)") from None


def file_name(name: str) -> str:
    return schema(name).file


def _cast(s: pd.Series, dtype: str) -> pd.Series:
    if dtype == "str":
        if s.dtype == object and pd.api.types.infer_dtype(s, skipna=False) == "string":
            return s  # already strings, no missing value (one C-level pass instead of a map)
        if isinstance(s.dtype, pd.StringDtype):
            # pandas' own str dtype (Arrow-backed) holds strings or missing values only: one
            # conversion instead of a map over every value (tokens: 0.4 -> 0.1 s per 500k rows)
            return (s.fillna("") if s.hasnans else s).astype(object)
        return s.astype(object).where(s.notna(), "").map(lambda v: v if isinstance(v, str) else str(v)).astype(object)
    if dtype == "int":
        return pd.to_numeric(s, errors="raise").astype(np.int64)
    if dtype == "Int":
        return pd.to_numeric(s.replace("", None), errors="coerce").astype("Int64")
    if dtype == "float":
        return pd.to_numeric(s.replace("", None), errors="coerce").astype(np.float64)
    if dtype == "bool":
        if s.dtype == bool:
            return s
        return s.map(lambda v: v if isinstance(v, (bool, np.bool_)) else str(v).strip().lower() in ("true", "1")).astype(bool)
    raise SchemaError(f"unknown dtype {dtype!r}")


def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with exactly the declared columns, in order, cast to the declared dtypes."""
    sc = schema(name)
    cols = sc.columns
    got = list(df.columns)
    if set(got) != set(cols):
        missing = [c for c in cols if c not in got]
        extra = [c for c in got if c not in cols]
        raise SchemaError(f"table {name}: columns differ from its schema (missing: {missing or '-'}; undeclared: {extra or '-'})")
    out = {}
    for c, t in sc.dtypes.items():
        try:
            out[c] = _cast(df[c], t).reset_index(drop=True)
        except (ValueError, TypeError) as e:
            raise SchemaError(f"table {name}: column {c} is not {t} ({e})") from None
    return pd.DataFrame(out, columns=cols)


_ARROW = {"str": "string", "int": "int64", "Int": "int64", "float": "float64", "bool": "bool"}


def arrow_schema(name: str):
    """The Arrow schema of a table (so that an empty or all-blank part has the same types)."""
    import pyarrow as pa

    return pa.schema([(c, getattr(pa, _ARROW[t])() if t != "bool" else pa.bool_()) for c, t in schema(name).dtypes.items()])


def write_parquet(name: str, df: pd.DataFrame, path: Path, level: int | None = None) -> None:
    """A conformed table as Parquet (zstd, at ``level``: None is the library's default) with
    its declared Arrow types."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pandas(df, schema=arrow_schema(name), preserve_index=False), path,
                   compression="zstd", compression_level=level)


def write(name: str, df: pd.DataFrame, path: Path, level: int | None = None) -> None:
    """Write a conformed table to ``path`` in its storage format (not atomic: see store)."""
    sc = schema(name)
    if sc.storage == "parquet" or path.suffix == ".parquet":
        write_parquet(name, df, path, level)
    else:
        df.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def read(name: str, path: Path) -> pd.DataFrame:
    """A table file read back with its declared dtypes (CSV or Parquet)."""
    path = Path(path)
    sc = SCHEMAS.get(name)
    if path.suffix == ".parquet":
        df = pd.read_parquet(path)
        if sc is not None:
            for c, t in sc.dtypes.items():
                if c in df.columns and t == "str":
                    df[c] = df[c].astype(object)
        return df
    if sc is None:
        return pd.read_csv(path, keep_default_na=False, na_values=[""])
    dt = sc.dtypes
    df = pd.read_csv(path, dtype={c: str for c, t in dt.items() if t == "str"}, keep_default_na=False,
                     na_values={c: [""] for c, t in dt.items() if t != "str"})
    for c, t in dt.items():
        if c in df.columns:
            df[c] = _cast(df[c], t)
    return df
