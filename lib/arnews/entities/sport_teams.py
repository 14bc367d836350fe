"""A team named in quotes after its head noun on a sports page (session 56, names60c).

Sports reports quote a foreign or a lesser-known team's name after ``فريق``, ``منتخب`` or ``نادي``: ``حارس مرمى فريق
"سان لورنزو"``, ``لاعب منتخب "تشيكوسلوفاكيا"``, ``لنادي «إف سي موسكو»``.  The name finder reads the quoted words as a
transliterated person (سان لورنزو) or a place (a country's name: تشيكوسلوفاكيا), or the cue rules read a person after
``لاعب``; the team is an organisation, head and quotes included, as the guide marks ``منتخب "تشيكوسلوفاكيا"``.

In a sports paragraph (:func:`arnews.entities.known.sporty`; off the sports page a quoted name after ``فريق`` is mostly
a volunteer team or an initiative, ``فريق "سفراء التطوع"``, which the guide does not mark) a head word of
``sport_role_words.csv`` (kind ``team_head``; behind و/ف/ب/ل and the article) right before an opening quote, then one
to four words (a number may close them: ``«ميونيخ 1860»``), then the closing quote: an organisation from the head to
the closing quote.  The paragraph uses two different sport words besides the heads.  Not a quoted nationality
adjective (``فريق "إسرائيلي"``), not a stop word, a verb or a cue of a
person inside the quotes; the name opens with the article (``«المقاولون العرب»``), holds a Latin or a transliterated
word (``"سان لورنزو"``) or is followed by a nationality adjective (``فريق "وفاق سطيف" الجزائري``): an indefinite Arabic
name is an initiative's or a volunteer team's (``فريق "طموح"``, ``فريق "صناع فرص العمل"``).  A person or a place found over the head or the quoted words gives way; an organisation
found there (a listed club) is kept and nothing is added.  The team's key is the quoted words' (``name_key``), so a
bare mention of the same name groups with it.
"""
from __future__ import annotations

import re

from .cues import word_info
from .guards import gentilic, imperfect_verb
from .keys import Name, name_key
from .known import is_sport_word, sporty
from .clubs import CLUB_CONFIDENCE
from .positions import adjacent, is_word, word_key_types
from .sport_roles import sport_role, sport_role_words

__all__ = ["quoted_teams"]

_OPEN = {'"': '"', "“": "”", "«": "»", "”": "“"}
_CLOSE = frozenset({'"', "”", "»", "“"})
#: at most this many tokens inside the quotes
MAX_WORDS = 4
#: the paragraph uses at least this many different sport words besides the team heads
MATCH_WORDS = 2
_AFFIX = re.compile(r"^[وفبلك]?(?:ال|لل)?|(?:هما|هم|ها|ه)$")


def _team_head(p, i: int) -> bool:
    """Token ``i`` is an indefinite team head (فريق، لمنتخب، ونادي; not الفريق، بالنادي: a definite head is followed by
    its coach's or its official's name, مدرب المنتخب "جورج إيفانوف")."""
    return is_word(p, i) and sport_role(p.toks[i]) == ("team_head", False)


def _match_words(p) -> int:
    """How many different sport words (``sport_words.csv``) other than a team head the paragraph uses (remembered in
    ``p.memo``): a volunteer team's paragraph counts فريق and a word such as الرياضي, a match report more."""
    got = p.memo.get("sport_team_words")
    if got is None:
        got = set()
        for t, k in word_key_types(p):
            if is_sport_word(k) and not sport_role(t)[:1] == ("team_head",):
                got.add(_AFFIX.sub("", k))
        got = p.memo["sport_team_words"] = len(got)
    return got


def _quoted_team(p, t: int) -> int:
    """The token past the closing quote of a team's name quoted from token ``t`` (an opening quote), else 0."""
    n = len(p.kinds)
    if not (t < n and p.kinds[t] == "punct" and p.toks[t] in _OPEN):
        return 0
    for b in range(t + 1, min(t + MAX_WORDS + 2, n)):
        if p.kinds[b] != "punct":
            continue
        if b == t + 1 or p.toks[b] not in _CLOSE:
            return 0
        words = [x for x in range(t + 1, b) if p.kinds[x] == "word"]
        if not words or p.kinds[t + 1] not in ("word", "latin"):
            return 0
        if any(p.kinds[x] == "number" and x != b - 1 for x in range(t + 1, b)):
            return 0  # (a number closes the name only: ميونيخ 1860)
        for x in words:
            info = word_info(p.toks[x])
            if info.stop or info.conj or info.cue in ("role", "title") or imperfect_verb(p.toks[x]):
                return 0
        w = p.toks[words[0]]
        if len(words) == 1 and b == t + 2 and (gentilic(w) or not w.startswith("ال") and gentilic("ال" + w)):
            return 0  # فريق "إسرائيلي": a nationality, no name
        if not (p.fkeys[t + 1].startswith("ال") or any(p.kinds[x] == "latin" for x in range(t + 1, b))
                or any(word_info(p.toks[x]).foreign for x in words)
                or is_word(p, b + 1) and p.fkeys[b + 1].startswith("ال") and gentilic(p.toks[b + 1])):
            return 0  # فريق "طموح"، فريق "صناع فرص العمل": an initiative's Arabic name, no club
        return b + 1
    return 0


def quoted_teams(p, found: list) -> list:
    """``found`` with the quoted teams of the module docstring."""
    if p.rules != "ar" or not any(q in p.text for q in _OPEN):
        return found
    sport_role_words()  # (syncs the lexicon folder for the per-type cache of sport_role)
    n = len(p.kinds)
    heads = [i for i in range(n - 2) if _team_head(p, i) and p.kinds[i + 1] == "punct" and p.toks[i + 1] in _OPEN]
    if not heads or not sporty(p) or _match_words(p) < MATCH_WORDS:
        return found
    new, drop = [], set()
    for i in heads:
        if not adjacent(p, i, i + 1):
            continue
        e = _quoted_team(p, i + 1)
        if not e:
            continue
        a, b = i + 2, e - 1  # the quoted tokens a..b-1, the closing quote b
        s, en = p.starts[i], p.ends[b]
        inside = [o for o in found if o.start < en and s < o.end]
        if any(o.type == "organisation" for o in inside):
            continue
        drop.update(id(o) for o in inside)
        words = [p.toks[x] for x in range(a, b)]
        new.append(Name(s, en, "organisation", "club", CLUB_CONFIDENCE, name_key(words), p.toks[i]))
    if not new:
        return found
    return sorted([o for o in found if id(o) not in drop] + new, key=lambda x: (x.start, x.end))
