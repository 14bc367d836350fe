"""A Saudi national team named ``أخضر`` + its sport (session 42, org44, issue 14): ``أخضر الطائرة``, ``أخضر
التنس يحقق البرونزية``, ``لاعبي أخضر السلة``.

Saudi sports pages call the national teams *the Green*: the indefinite ``أخضر`` in construct with a definite sport
or age group (``green_teams.csv``: الطائرة، السلة، التايكوندو، الناشئين) is that national team, an organisation.
The adjective *green* before any other definite word (``أخضر اللون``) and the definite ``الأخضر`` (the football
team, or an adjective: العلم الأخضر) are left to the other rules.  A glued و/ل/ب/ف stays outside the span.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key
from .keys import Name, org_key
from .positions import adjacent, is_word

__all__ = ["green_teams", "green_team_words"]

_GREEN = {"اخضر": 0, "واخضر": 1, "فاخضر": 1, "باخضر": 1, "لاخضر": 1, "ولاخضر": 2, "وباخضر": 2}


@lexicon_cache(maxsize=2)
def green_team_words() -> frozenset:
    """The sports and age groups of ``green_teams.csv`` (keys, without the article)."""
    return frozenset(key(r["word"].strip()) for r in read_lexicon("green_teams.csv"))


def green_teams(p, found: list[Name]) -> list[Name]:
    """``found`` with each ``أخضر`` + sport (module docstring) an organisation; a weaker name inside gives way."""
    if p.rules != "ar" or "اخضر" not in p.ktext:
        return found
    words = green_team_words()
    new, drop = [], set()
    for i, k in enumerate(p.fkeys):
        off = _GREEN.get(k)
        if off is None or not is_word(p, i + 1) or not adjacent(p, i, i + 1):
            continue
        nk = p.fkeys[i + 1]
        if not (nk.startswith("ال") and nk[2:] in words):
            continue
        s, e = p.starts[i] + off, p.ends[i + 1]
        inside = [o for o in found if o.start < e and s < o.end]
        if any(o.type == "organisation" for o in inside):
            continue
        drop.update(id(o) for o in inside)
        new.append(Name(s, e, "organisation", "cue", 0.7, org_key(["أخضر", p.toks[i + 1]]), "اخضر"))
    if not new:
        return found
    return sorted([o for o in found if id(o) not in drop] + new, key=lambda x: (x.start, x.end))
