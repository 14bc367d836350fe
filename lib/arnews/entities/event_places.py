"""A listed city named as the place of an event (session 42): ``مؤتمر جنيف``, ``مارثون بوسطن``, ``تفجير عسير``.

:mod:`arnews.entities.places` claims a foreign city of middling size only after في (``في جنيف``; ``إلى كاري``,
``بروان`` name people) and a city whose name is an ordinary word only after a preposition.  A conference, talks, a
treaty, a summit, a marathon or an attack (``place_events.csv``) named by a city is named by where it happened:
after such a noun the listed name is the place.  Guards: the noun is indefinite (the construct), the name is one
word that is no adjective in ي/ية (``اتفاق مالي`` *a financial agreement*, ``مؤتمر سوري``, ``اتفاق خفي``), and only
names claimed after a preposition or after في (never a name the index keeps for a place cue alone: ``اتفاق وقف``).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key

__all__ = ["event_nouns", "event_place"]


@lexicon_cache(maxsize=2)
def event_nouns() -> frozenset:
    """Keys of the event nouns of ``place_events.csv``, alone or behind و."""
    ks = {key(r["word"].strip()) for r in read_lexicon("place_events.csv") if (r.get("word") or "").strip()}
    return frozenset(ks | {"و" + k for k in ks})


def event_place(prev_key: str, name_key: str, words: int) -> bool:
    """The listed name (key ``name_key``, ``words`` words) right after the word ``prev_key`` is an event's place."""
    return words == 1 and prev_key in event_nouns() and not name_key.endswith(("ي", "يه", "يين", "يون"))
