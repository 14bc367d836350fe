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
from .positions import adjacent, is_word as _word
from .clubs import CLUB_CONFIDENCE, token_at as _token_at
from .cues import load_cues, word_info
from .keys import Name, name_key
from .known import sporty as _sporty

__all__ = ["paragraph_teams"]

_TEAM = frozenset(key(w) for w in ("فريق", "لفريق", "وفريق", "بفريق"))


def _team_word(p, t: int) -> bool:
    return _word(p, t) and p.fkeys[t] in _TEAM


def paragraph_teams(p, found: list) -> list:
    """The paragraph's names with the people named after an indefinite فريق made teams (module docstring)."""
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
    out += _uncued_teams(p, out)
    return sorted(out, key=lambda x: (x.start, x.end))


#: at most this many transliterated words after فريق name the team
_TEAM_WORDS = 3
#: the words of a match before its opponent (أمام فريق X، ضد فريق X)
_AGAINST = frozenset(key(w) for w in ("أمام", "ضد"))


def _uncued_teams(p, found: list) -> list:
    """Teams no finder named: an indefinite ``فريق`` right before transliterated words (rare in
    general Arabic, not a listed given name first, not after the article: ``أمام فريق كون جاك``,
    ``ضد فريق بورتيمونينسي البرتغالي``) on a sports page is the team they name; one word needs its
    nationality adjective after it (``أمام فريق مورينيو`` is the coach's team)."""
    from .cues import load_cues, word_info, zipf_ar

    taken = [(nm.start, nm.end) for nm in found]
    given, out = load_cues().given, []
    for t in range(len(p.toks) - 1):
        if not _team_word(p, t):
            continue
        b = t
        # after أمام/ضد (a match) a word not shaped like native Arabic names the opponent too (أمام فريق كون جاك)
        match = _word(p, t - 1) and p.fkeys[t - 1] in _AGAINST
        while b - t < _TEAM_WORDS and _word(p, b + 1) and (b == t or adjacent(p, b, b + 1)):
            info = word_info(p.toks[b + 1])
            w = p.toks[b + 1]
            name_like = info.foreign or (match and not info.native and info.zipf < 5.0 and not info.definite
                                         and not info.stop and not info.conj and zipf_ar(w + "ة") < 3.5)  # قوي/قوية
            if not name_like or info.cue or (b == t and p.fkeys[b + 1] in given) or gentilic(w) or _arabic_nisba(w):
                break
            b += 1
        if b == t or any(s < p.ends[b] and p.starts[t + 1] < e for s, e in taken):
            continue
        if b == t + 1 and not (_word(p, b + 1) and gentilic(p.toks[b + 1])):
            continue  # one word without its nationality: the team's coach (أمام فريق مورينيو), as above
        words = [p.toks[x] for x in range(t + 1, b + 1)]
        out.append(Name(p.starts[t + 1], p.ends[b], "organisation", "club", CLUB_CONFIDENCE, name_key(words)))
    return out


def _arabic_nisba(w: str) -> bool:
    """An adjective in -ي of a frequent Arabic noun (إغاثي of إغاثة, ميداني of ميدان): فريق إغاثي is a
    relief team, not a club."""
    from .cues import zipf_ar

    if not w.endswith("ي") or len(w) < 3:
        return False
    return max(zipf_ar(w[:-1] + "ة"), zipf_ar(w[:-1])) >= 3.5
