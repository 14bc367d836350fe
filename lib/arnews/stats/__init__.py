"""Statistics over the term counts of every article: keyness, topic models, similarity,
collocations and glosses.

Modules: ``features`` (the per-article ``term_counts``/``term_stream`` hooks and their
corpus-level merge, :class:`Features`), ``glossary`` (English glosses), ``keyness``,
``topicmodel`` (NMF topics, ``topic_model_tables``), ``similarity``, ``collocations``
and ``tables`` (the corpus-level build hooks ``statistics_tables``/``collocation_tables``).
Corpus-level statistics read the compact per-article counts, never the paragraphs.
"""
from .collocations import COLLOC_COLS, collocations
from .features import (
    STREAM_BOUNDARY,
    STREAM_COLS,
    TERM_COUNT_COLS,
    TERM_KINDS,
    Features,
    corpus_features,
    document_features,
    term_counts_table,
    term_stream_table,
)
from .glossary import gloss
from .keyness import KEYNESS_COLS, keyness, missing_keyness, textstat_keyness
from .similarity import SIM_COLS, similarity
from .tables import collocation_tables, lexical_tables, statistics_tables, topics_tables
from .topicmodel import COHERENT_NPMI, TOPIC_COLS, TOPIC_SELECTION_COLS, topic_k_range, topic_model, topic_model_tables

__all__ = [
    "Features",
    "corpus_features",
    "document_features",
    "term_counts_table",
    "term_stream_table",
    "gloss",
    "textstat_keyness",
    "keyness",
    "missing_keyness",
    "topic_k_range",
    "topic_model",
    "topic_model_tables",
    "similarity",
    "collocations",
    "lexical_tables",
    "statistics_tables",
    "collocation_tables",
    "topics_tables",
]
