"""Article-wide marks on paragraphs (session 48, tidy49): a sports article, a political article.

A paragraph's names depend on what its article is about: a player's name stands in a quote of a sports article
(:func:`arnews.entities.known.mark_sport_articles`), حماس in a paragraph of a report on Gaza that writes no cue
itself (:func:`arnews.entities.movements.mark_political_articles`).  Both group the paragraphs by article, decide
per article, set a mark in every paragraph's ``memo`` and drop the name memos (:data:`NAME_MEMOS`) computed
without it: :func:`mark_articles` is that shared walk.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable

__all__ = ["NAME_MEMOS", "mark_articles"]

#: the memos of a paragraph's names (``names.paragraph_names`` and the known organisations), dropped when an article
#: mark that they depend on is set after them
NAME_MEMOS = ("names_full", "names", "known_orgs")


def mark_articles(pars: Iterable, mark: str, article_test: Callable[[list], bool],
                  still_valid: Callable[[object], bool] | None = None) -> None:
    """Set ``p.memo[mark] = True`` on every paragraph of each article whose paragraphs (in order) pass
    ``article_test``; a paragraph not marked before, whose memos are not ``still_valid`` either, loses its
    :data:`NAME_MEMOS` (they were made without the mark)."""
    by_article = defaultdict(list)
    for p in pars:
        by_article[p.article_id].append(p)
    for ps in by_article.values():
        if not article_test(ps):
            continue
        for p in ps:
            if not p.memo.get(mark) and not (still_valid is not None and still_valid(p)):
                for m in NAME_MEMOS:
                    p.memo.pop(m, None)
            p.memo[mark] = True
