"""The corpus-level build hooks of the statistics: :func:`lexical_tables`,
:func:`statistics_tables` and :func:`topics_tables` (both hooks at once)."""
from __future__ import annotations

from typing import Mapping

import pandas as pd

from ..entities import entity_candidate_tables
from ..themes import _get, load_codebook, theme_articles
from .collocations import collocations
from .features import _features_of, _themes_entities
from .keyness import keyness
from .similarity import similarity
from .topicmodel import topic_model_tables

__all__ = ["lexical_tables", "statistics_tables", "topics_tables"]


def topics_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every corpus-level table of the statistics: :func:`lexical_tables` and
    :func:`topic_model_tables` (the build runs them as two hooks, in parallel)."""
    return {**lexical_tables(tables), **topic_model_tables(tables)}


def lexical_tables(tables: Mapping[str, pd.DataFrame], candidates: bool = True) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level): article-level theme scores, keyness, similarity and
    collocations (from the merged ``term_counts``, ``term_stream``, ``themes`` and
    ``entities`` of every article); with ``candidates``, also entity candidates (which
    read ``paragraphs``: the build runs them as a hook of their own, on its sample)."""
    cb = load_codebook()
    themes, entities = _themes_entities(tables, cb)
    feats = _features_of(tables)
    articles = _get(tables, "articles")
    out = {
        "theme_articles": theme_articles(themes, cb),
        "keyness": keyness(feats, codebook=cb),
        "similarity": similarity(feats, articles, themes, entities),
        "collocations": collocations(feats),
    }
    if candidates:
        out.update(entity_candidate_tables(tables))
    return out


def statistics_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level, every article): :func:`lexical_tables` without the candidates."""
    return lexical_tables(tables, candidates=False)
