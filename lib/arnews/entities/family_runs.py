"""A transliterated run typed a place whose last word is a learned family name is a person (names61e, issue 14).

The name finder types a run of transliterated words without a cue a place unless its words look like a foreign
given and family name (:mod:`arnews.entities.names`): ``وأصبح جنكيز خان سيد المشرق`` and ``أن دلاور خان وهو
مسؤول`` came out as places.  The corpus shows what the run's last word is: ``خان`` follows many distinct given
names in Saudi news (``عمران خان``، ``سلمان خان``, a family name learned by :func:`arnews.entities.families.learn_families`
for a good share of its occurrences; at the end of a transliterated run no share is asked: the run is a name
already, and جنكيز خان written four times in one article would bring خان under the share).  A place read from the spelling alone (source ``translit``) of two or three
words whose last word is such a learned family name is that person: a mention of type person over the same span,
which replaces the weak place reading as a learned club's mention does
(:func:`arnews.entities.learned_clubs.replaced_rows`).  A place with a cue or from a list (``جامع الراجحي``) is left
alone: only ``translit`` places are read again.

Measured (names61e, blind50-60 with an snn2000 learn-build): 5 person mentions found (جنكيز خان x4, دلاور خان), 5
place readings gone, no new wrong prediction; 3 firings on snn2000 (جنكيز خان, جينكيز خان twice), all the Mongol ruler.
"""
from __future__ import annotations

import pandas as pd

from ..normalize import key
from .keys import name_key

__all__ = ["family_runs", "MAX_WORDS"]

#: a run of at most this many words (a given name or two and the family name)
MAX_WORDS = 3
_COLS = ["article_id", "paragraph", "start", "end", "surface", "entity_id", "type", "name_en", "name_vi", "alias",
         "role", "source", "confidence"]


def family_runs(entities: pd.DataFrame | None, fams, only: set | None = None) -> pd.DataFrame:
    """Person mentions over the transliterated places of ``entities`` whose last word is a family name of the
    corpus (``fams``: keys; the learned family names of :func:`arnews.entities.families.learn_families` and the words
    after :data:`~arnews.entities.families.MIN_GIVENS` distinct given names); ``only``: these articles."""
    need = {"article_id", "paragraph", "start", "end", "surface", "type", "source"}
    if entities is None or not len(entities) or not fams or not need <= set(entities.columns):
        return pd.DataFrame(columns=_COLS)
    sub = entities[(entities["type"].astype(str) == "place") & (entities["source"].astype(str) == "translit")]
    roles = sub["role"].astype(str).tolist() if "role" in sub.columns else ["body"] * len(sub)
    rows = []
    for aid, par, s, e, surface, role in zip(sub["article_id"].astype(str).tolist(), sub["paragraph"].astype(int).tolist(),
                                             sub["start"].astype(int).tolist(), sub["end"].astype(int).tolist(),
                                             sub["surface"].astype(str).tolist(), roles):
        if only is not None and aid not in only:
            continue
        words = surface.split()
        if not 2 <= len(words) <= MAX_WORDS or key(words[-1]) not in fams or key(words[0]) in fams:
            continue
        rows.append([aid, par, s, e, surface, "~" + name_key(words), "person", "", "", "family name", role or "body",
                     "learned", 0.6])
    df = pd.DataFrame(rows, columns=_COLS)
    df["confidence"] = df["confidence"].astype(float)
    return df
