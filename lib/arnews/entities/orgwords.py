"""The word sets of the organisation-name rules, read from glossed lexicons (session 52, tidy53; the modules wrote
them as Python sets before, with the same words):

* ``org_name_words.csv`` (:func:`org_name_words`): where an organisation's name ends after its head
  (:mod:`.orgnames`, :mod:`.municipal`; ``general`` also in :mod:`.orggroups`);
* ``org_group_words.csv`` (:func:`org_group_words`): an organisation's short form and full name in one article
  (:mod:`.orggroups`).

Each file's rows are ``word, kind, gloss``; the words are taken in key form (:func:`arnews.normalize.key`). A kind
outside the file's kinds, or a kind without rows, is a ``ValueError`` naming the file. :class:`WordSet` is a live
view of one kind: the modules keep their module-level names (``_CITY_BODIES``) and test ``k in _CITY_BODIES`` as
before, and the view reads the current lexicon folder (``ARNEWS_LEXICONS`` / ``--lexicons``).
"""
from __future__ import annotations

from collections.abc import Set

from ..lexicons import kind_sets, lexicon_cache
from ..normalize import key

__all__ = ["NAME_KINDS", "GROUP_KINDS", "org_name_words", "org_group_words", "WordSet", "name_words", "group_words"]

#: the kinds of ``org_name_words.csv`` (the file's header says what each holds)
NAME_KINDS = ("back_referring", "activity_head", "general", "naming_title", "not_in_chain", "governed", "ministry_field",
              "patron", "news_tail", "attached", "city_body", "place_body_head", "place_body_link", "team_head",
              "not_a_field")
#: the kinds of ``org_group_words.csv``
GROUP_KINDS = ("place_cue", "general_head", "saudi", "national_side")


@lexicon_cache(maxsize=2)
def org_name_words() -> dict[str, frozenset]:
    """``kind -> key forms`` of ``org_name_words.csv`` (:data:`NAME_KINDS`)."""
    return kind_sets("org_name_words.csv", NAME_KINDS, key)


@lexicon_cache(maxsize=2)
def org_group_words() -> dict[str, frozenset]:
    """``kind -> key forms`` of ``org_group_words.csv`` (:data:`GROUP_KINDS`)."""
    return kind_sets("org_group_words.csv", GROUP_KINDS, key)


class WordSet(Set):
    """A read-only view of one kind of a loader's sets: ``k in view`` asks the loader each time (cached per lexicon
    folder), so a module-level name follows the lexicon folder; it iterates in sorted order (no hash order)."""

    __slots__ = ("_load", "kind")

    def __init__(self, load, kind: str):
        self._load, self.kind = load, kind

    def __contains__(self, k) -> bool:
        return k in self._load()[self.kind]

    def __iter__(self):
        return iter(sorted(self._load()[self.kind]))

    def __len__(self) -> int:
        return len(self._load()[self.kind])

    def __repr__(self) -> str:
        return f"WordSet({self._load.__name__}, {self.kind!r})"


def name_words(kind: str) -> WordSet:
    """The view of one kind of ``org_name_words.csv``."""
    if kind not in NAME_KINDS:
        raise KeyError(kind)
    return WordSet(org_name_words, kind)


def group_words(kind: str) -> WordSet:
    """The view of one kind of ``org_group_words.csv``."""
    if kind not in GROUP_KINDS:
        raise KeyError(kind)
    return WordSet(org_group_words, kind)
