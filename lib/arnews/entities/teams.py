"""Teams named after the word فريق on a sports page (round 26).

``فريق`` is a team and a military rank (``الفريق أول ركن``, *lieutenant general*); read as the rank it
made people of teams: ``فريق تورينو بريمافيرا الإيطالي``, ``مثل فريق سيلتيك الاسكوتلندي``, and ``أمام فريق
الترجي`` (``أمام`` read as *imam*).  The rank is written with the article before a person's given name;
on a sports page (:func:`arnews.entities.known._sporty`) a person whose name opens with the indefinite
``فريق`` (``لفريق``، ``وفريق`` too) or stands right after it is the team: an organisation named by the
words after ``فريق``, without the nationality adjective that closes it (``الإيطالي``).  Not one native
word without a nationality adjective (``أمام فريق مورينيو``: the team called after its coach keeps the
person), not one native given name, and never after the definite ``الفريق``.
"""
from __future__ import annotations

from ..normalize import key
from .guards import gentilic
from .positions import is_word as _word

__all__ = ["paragraph_teams"]

_TEAM = frozenset(key(w) for w in ("فريق", "لفريق", "وفريق", "بفريق"))


def _team_word(p, t: int) -> bool:
    return _word(p, t) and p.fkeys[t] in _TEAM


def paragraph_teams(p, found: list) -> list:
    """The paragraph's names with the people named after an indefinite فريق made teams (module docstring)."""
    from .clubs import CLUB_CONFIDENCE, _token_at
    from .cues import load_cues, word_info
    from .known import _sporty
    from .keys import Name, name_key

    if p.rules != "ar" or not _sporty(p):
        return found
    out = []
    for nm in found:
        a, b = _token_at(p, nm.start), _token_at(p, nm.end - 1)
        if nm.type != "person" or a is None or b is None:
            out.append(nm)
            continue
        if _team_word(p, a):
            a += 1
        elif not (a and _team_word(p, a - 1)):
            out.append(nm)
            continue
        adjective = _word(p, b + 1) and gentilic(p.toks[b + 1]) and not word_info(p.toks[b + 1]).cue
        while b > a and gentilic(p.toks[b]) and not word_info(p.toks[b]).cue:
            b -= 1  # الإيطالي: the team's nationality
            adjective = True
        if b < a or not _word(p, a):
            out.append(nm)
            continue
        if b == a and (not adjective or p.fkeys[a] in load_cues().given and not word_info(p.toks[a]).foreign):
            out.append(nm)  # فريق مورينيو، فريق سعود: one word and no nationality is the team's coach
            continue
        words = [p.toks[t] for t in range(a, b + 1) if _word(p, t)]
        out.append(Name(p.starts[a], p.ends[b], "organisation", "club", CLUB_CONFIDENCE, name_key(words)))
    return sorted(out, key=lambda x: (x.start, x.end))
