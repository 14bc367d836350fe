"""The corpus-level build hooks of the statistics: :func:`statistics_tables` (theme scores,
keyness, similarity) and :func:`collocation_tables`; :func:`lexical_tables` and
:func:`topics_tables` compute several at once for direct calls."""
from __future__ import annotations

from collections import ChainMap
from typing import Mapping

import pandas as pd

from ..entities import entity_candidate_tables
from ..lexfit import glossary_fits
from ..themes import get_table as _get, load_codebook, theme_articles
from .collocations import collocations
from .features import features_of as _features_of, themes_entities as _themes_entities
from ..tables import table_columns
from .glossary import entity_names
from .keyness import UNDER_P, keyness
from .similarity import similarity
from .topicmodel import topic_model_tables

__all__ = ["lexical_tables", "statistics_tables", "collocation_tables", "topics_tables"]


def topics_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every corpus-level table of the statistics: :func:`lexical_tables` and
    :func:`topic_model_tables` (the build runs them as two hooks, in parallel)."""
    return {**lexical_tables(tables), **topic_model_tables(tables)}


def lexical_tables(tables: Mapping[str, pd.DataFrame], candidates: bool = True) -> dict[str, pd.DataFrame]:
    """Article-level theme scores, keyness, similarity and collocations (from the merged
    ``term_counts``, ``term_stream``, ``themes`` and ``entities`` of every article); with
    ``candidates``, also entity candidates (which read ``paragraphs``).  The build runs
    these as three hooks (:func:`statistics_tables`, :func:`collocation_tables` and the
    candidates on its sample), each in a process of its own."""
    out = {**statistics_tables(tables), **collocation_tables(tables)}
    if candidates:
        out.update(entity_candidate_tables(tables))
    return out


def statistics_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level, every article): article-level theme scores, keyness and
    similarity, from term counts (never the term sequence), themes and entities.  Glosses
    use the glossary's Vietnam-scoped senses only where the glossary fits the corpus; a
    one-word name no glossary glosses takes the English name the entities table gives it."""
    cb = load_codebook()
    themes, entities = _themes_entities(tables, cb)
    feats = _features_of(tables, stream=False)
    articles = _get(tables, "articles")
    return {
        "theme_articles": theme_articles(themes, cb),
        "keyness": keyness(feats, codebook=cb, vietnam=glossary_fits(ChainMap({"entities": entities}, tables)),
                           name_en=entity_names(table_columns(tables, "entities", ("surface", "name_en"))), under_p=UNDER_P),
        "similarity": similarity(feats, articles, themes, entities),
    }


def collocation_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Build hook (corpus level, every article): recurrent expressions, from the term
    sequence (``term_stream``) and counts of every article; themes are not read, entities
    only for the glossary's fit (Vietnam-scoped glosses only where it fits) and for the names of people, glossed
    by their English names, never word by word (:func:`arnews.english_names.person_glosses`)."""
    from ..english_names import person_glosses

    persons = person_glosses(table_columns(tables, "entities", ("surface", "type", "name_en")))
    return {"collocations": collocations(_features_of(tables), vietnam=glossary_fits(tables), persons=persons)}
