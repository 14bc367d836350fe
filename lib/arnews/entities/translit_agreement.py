"""A transliterated run typed a person by guess that opens with a place its article names is that place
(session 54, names58b).

The name finder (:mod:`arnews.entities.names`) types a run of transliterated words without a cue by its length and
shape: three words or more are a person.  A run may take in the Arabic words after a place's name
(``دانتها بيونغ يانغ سلفا`` *condemned by Pyongyang in advance*: ``سلفا`` is rare enough to join) and come out a
person, although the article names ``بيونغ يانغ`` a place elsewhere (``ضد بيونغ يانغ``).  One name keeps one
type in an article: such a run (source ``translit``, type person) whose first words are a place found in the same
article (any finder: a listed city, a cue, a transliterated run typed a place), the words after them all Arabic
vocabulary (no transliteration: ``سلفا``, not ``واشنطن بوست``), is cut to the place and typed a place, with the
place's id.  A run that is the place's words and no more is left as found: the place may be the guess
(``أستون فيلا``, ``أكسل بنسلر`` typed places by the same default elsewhere in their article; aawsat sample).  Words are compared by their spelling skeleton
(:func:`arnews.entities.names.loose_skel`: يانغ / يانج).
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..normalize import key
from .cues import word_info

__all__ = ["article_places", "agreeing_entities"]

_WORD = re.compile(r"\S+")


def _skels(words) -> tuple:
    from .names import loose_skel

    return tuple(loose_skel(key(w)) for w in words)


def article_places(pars) -> dict:
    """``article_id -> {skeletons of a place's words: its id}``: the places the name finder found in each
    article (one read of the memoised names of every paragraph)."""
    from .names import paragraph_names

    out: dict = defaultdict(dict)
    for p in pars:
        if p.rules != "ar":
            continue
        for nm in paragraph_names(p):
            if nm.type == "place":
                ws = p.ntext[nm.start:nm.end].split()
                if ws:
                    out[p.article_id].setdefault(_skels(ws), "~" + nm.key)
    return out


def agreeing_entities(p, ents: list, places: dict) -> list:
    """``ents`` (``(start, end, id, type, alias, source, confidence)``, normalised offsets, of paragraph ``p``)
    with a transliterated person run that opens with one of the article's ``places`` cut to that place (see the
    module docstring)."""
    if not places or not any(src == "translit" and typ == "person" for _, _, _, typ, _, src, _ in ents):
        return ents
    out = []
    for ent in ents:
        s, e, eid, typ, alias, src, conf = ent
        if src == "translit" and typ == "person":
            spans = [(m.start(), m.end()) for m in _WORD.finditer(p.ntext[s:e])]
            words = [p.ntext[s + a:s + b] for a, b in spans]
            for n in range(len(words) - 1, 0, -1):  # (a whole run equal to a place is not retyped: see above)
                pid = places.get(_skels(words[:n]))
                if pid is None:
                    continue
                if all(not word_info(w).foreign for w in words[n:]):
                    ent = (s, s + spans[n - 1][1], pid, "place", alias, src, conf)
                break
        out.append(ent)
    return out
