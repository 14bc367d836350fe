"""The analyses a build runs: imported hook objects, each with the tables it declares.

* level ``article``: ``fn(paragraphs, articles) -> DataFrame`` for one table.
  ``paragraphs`` are the shared paragraph models of a batch of articles
  (:class:`arnews.text.Paragraphs`, every role; filter roles yourself), ``articles``
  their rows of ``articles``.  Called once per batch in the chunk workers; pure.
* level ``corpus``: ``fn(tables) -> {name: DataFrame}``, where ``tables`` maps table
  names to the merged per-article tables (``term_counts``, ``articles``, ``quantities``...),
  read lazily: ask only for what you need.  A hook reads every article unless it is
  declared ``sample=True``: then it reads the build's bounded, deterministic sample
  (which always holds the parallel pairs), because it still reads whole paragraphs.
  ``--sample MB`` puts every hook on a sample.  The corpus hooks run at once in forked
  processes: none may read another's output.

Every table a hook returns must match its schema in :mod:`arnews.schema` (checked when
written).  To add an analysis, write the function, declare its table schemas and append a
:class:`Hook` here; CONTRIBUTING.md has the one-page contract.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import entities, lexfit, quantities, rhetoric, themes, translation
from .stats import features, topicmodel
from .stats import tables as stats

__all__ = ["Hook", "ARTICLE_HOOKS", "CORPUS_HOOKS", "hook_tables"]


@dataclass(frozen=True)
class Hook:
    name: str
    level: str  # "article" or "corpus"
    fn: Callable
    tables: tuple[str, ...]  # the tables it returns (declared in arnews.schema)
    sample: bool = False  # corpus level: reads the bounded sample, not every article
    models: bool = False  # corpus level: remakes paragraph models from ``paragraphs`` (shared: arnews.text.shared_models)


ARTICLE_HOOKS: tuple[Hook, ...] = (
    Hook("quantities", "article", quantities.quantities_table, ("quantities",)),
    Hook("themes", "article", themes.themes_table, ("themes",)),
    Hook("entities", "article", entities.entities_table, ("entities",)),
    Hook("writers", "article", entities.writers_table, ("writers",)),
    Hook("term_counts", "article", features.term_counts_table, ("term_counts",)),
    Hook("term_stream", "article", features.term_stream_table, ("term_stream",)),
    Hook("slogans", "article", rhetoric.slogans_table, ("slogans",)),
    Hook("rhetoric", "article", rhetoric.rhetoric_table, ("rhetoric",)),
    Hook("campaign_candidates", "article", rhetoric.campaign_candidates_table, ("campaign_candidates",)),
)

CORPUS_HOOKS: tuple[Hook, ...] = (
    Hook("topic_model", "corpus", topicmodel.topic_model_tables, ("topic_selection", "topics", "paragraph_topics", "topic_themes")),
    Hook("statistics", "corpus", stats.statistics_tables, ("theme_articles", "keyness", "similarity")),
    Hook("collocations", "corpus", stats.collocation_tables, ("collocations",)),
    Hook("translation", "corpus", translation.translation_tables, ("translation_quantities", "translation_blocks"), sample=True),
    Hook("learned_names", "corpus", entities.learned_name_tables, ("learned_names", "learned_mentions"), models=True),
    Hook("entity_candidates", "corpus", entities.entity_candidate_tables, ("entity_candidates",), sample=True),
    Hook("formulae", "corpus", rhetoric.rhetoric_tables, ("formulae", "formula_density"), sample=True, models=True),
    Hook("campaigns_discovered", "corpus", rhetoric.discovered_tables, ("campaigns_discovered",)),
    Hook("lexicon_fit", "corpus", lexfit.lexicon_fit_tables, ("lexicon_fit",)),
)


def hook_tables() -> list[str]:
    """Every table name the hooks declare, in hook order."""
    return [t for h in ARTICLE_HOOKS + CORPUS_HOOKS for t in h.tables]
