"""The scorer named right after a verb of scoring whose object is the goal (person50).

In a match report the goal is the verb's object pronoun and its scorer the subject right after it: ``تقدم نيس بهدف
مبكر أحرزه فالير جيرمان``, ``بهدفين أحرزهما برناردو سيلفا ولايفن كورزاوا``, ``سجله الإيطالي دي ناتالي`` (the
nationality is :mod:`arnews.entities.nationality_names`' own).  The verbs are listed in ``scorer_verbs.csv``
(a glued و/ف read off).  The scorer is one to three words, closed by a punctuation mark, the end, a function word, a
cue or a word glued to و; none carries the article, a proclitic or tanween, is a cue, a function word or a verb,
and each is a listed given name or rarer than :data:`NAME_ZIPF` in general Arabic (not ``سجله اللاعب``, ``أحرزه في
الدقيقة``, ``سجله مهاجم الفريق``).  A second scorer glued to و right after the first (``ولايفن كورزاوا``) is left to the
list and coordination rules.  A place guessed across the scorer is dropped; a listed place (``المستوى الذي سجله
ليفربول``: the club) and any other name there leave it alone.  Only in a sports paragraph
(:func:`arnews.entities.known.sporty`) or after a goal noun (``بهدف مبكر أحرزه``): ``أعلى مستوى سجله نيكاي``,
``سجلها ناسداك`` are indexes.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived, word_kinds
from ..normalize import WORD_CACHE, key
from .cues import load_cues, word_info, zipf_ar
from .guards import imperfect_verb
from .keys import Name, name_key, tanween
from .known import sporty
from .places import listed_place_at
from .positions import adjacent, is_word, word_types
from .wordtests import NAME_ZIPF  # each word of the scorer's name that is no listed given name is rarer (جيرمان 3.9)

__all__ = ["scorer_people", "scorer_verbs", "scorer_verb", "run_closed", "NAME_ZIPF"]

_RELATIVE = frozenset(key(w) for w in ("الذي", "التي"))
#: a goal noun's stems (key form): outside a sports paragraph the scorer needs one of them before the verb
_GOALS = tuple(key(w) for w in ("هدف", "إصابة", "ثنائية", "ثلاثية"))


@lexicon_cache(maxsize=2)
def scorer_verbs() -> frozenset:
    """Keys of the verbs of ``scorer_verbs.csv``."""
    return frozenset(word_kinds("scorer_verbs.csv", ("verb",), key))


def scorer_verb(k: str) -> bool:
    """Key ``k`` is a verb of ``scorer_verbs.csv`` (a glued و/ف read off)."""
    verbs = scorer_verbs()
    return k in verbs or (k[:1] in "وف" and k[1:] in verbs)


@lexicon_derived(maxsize=WORD_CACHE)
def _scorer_word(w: str) -> bool:
    """:func:`scorer_verb` of the key of word ``w`` (per word type, speed52: the paragraph's gate asked it per type
    and paragraph; the caller syncs the folder with :func:`scorer_verbs`)."""
    k = key(w)
    verbs = scorer_verbs.current()
    return k in verbs or (k[:1] in "وف" and k[1:] in verbs)


def _word_ok(p, t: int, given) -> bool:
    if not is_word(p, t) or tanween(p, t):
        return False
    w, k = p.toks[t], p.fkeys[t]
    info = word_info(w)
    if k in given and not k.startswith("ال"):
        return True
    if k.endswith("ا") and len(k) >= 4 and zipf_ar(k[:-1]) >= 3.5:
        return False  # سجله حضورا: an accusative without its tanween
    glued = info.conj or info.bare != k
    if glued and not (k[:1] == "ف" and zipf_ar(w) < 4.0 and not info.stop):
        return False  # (بالمنتخب، لمدة: a proclitic on a word; فالير، فلويد are names that open with ف)
    return not (k.startswith("ال") or info.cue or info.stop or len(k) < 2 or k[:1] == "و") \
        and zipf_ar(w) < NAME_ZIPF and not imperfect_verb(w)


def _goal_before(p, i: int) -> bool:
    """A goal noun (هدف، بهدفين، إصابة، ثنائية) among the four words before token ``i``."""
    return any(is_word(p, t) and any(g in p.fkeys[t] for g in _GOALS) for t in range(max(0, i - 4), i))


def run_closed(p, b: int) -> bool:
    """A run of name words ends at token b: the end, a mark, a function word, a cue, a relative or a word glued to و
    (shared by :mod:`.office_runs` and :mod:`.nationality_names`)."""
    if b >= len(p.toks) or not is_word(p, b) or not adjacent(p, b - 1, b):
        return True
    k = p.fkeys[b]
    info = word_info(p.toks[b])
    return info.stop or bool(info.cue) or k in _RELATIVE or (k[:1] == "و" and len(k) >= 3)


def scorer_people(p, found: list) -> list:
    """``found`` with the scorers of the module docstring added."""
    if p.rules != "ar":
        return found
    scorer_verbs()  # (syncs the lexicon folder for the per-type cache of _scorer_word)
    if not any(map(_scorer_word, word_types(p))):
        return found
    sport = sporty(p)
    given = load_cues().given
    n = len(p.toks)
    out = list(found)
    changed = False
    for i in range(n - 1):
        if not (is_word(p, i) and scorer_verb(p.fkeys[i])):
            continue
        if not (sport or _goal_before(p, i)):
            continue  # (سجله نيكاي، سجلها ناسداك: an index's level, not a goal)
        a = i + 1
        if not (is_word(p, a) and adjacent(p, i, a)):
            continue
        b = a
        while b < n and b - a < 3 and (b == a or adjacent(p, b - 1, b)) and _word_ok(p, b, given):
            b += 1
        while b > a and not run_closed(p, b):
            b -= 1
        if b == a or (b - a == 1 and p.fkeys[a] not in given and word_info(p.toks[a]).shape <= 0):
            continue  # (one native-shaped word that no list names: سجله هدافا)
        if listed_place_at(p, a) == b - a:
            continue  # (المستوى الذي سجله ليفربول: a listed city is the club, not a scorer)
        s, e = p.starts[a], p.ends[b - 1]
        over = [nm for nm in out if nm.start < e and s < nm.end]
        if any(nm.type == "person" and nm.start <= s and e <= nm.end for nm in over):
            continue  # (already a person)
        if over and not all(nm.type == "place" and nm.source != "geo" and s <= nm.start and nm.end <= e for nm in over):
            continue
        out = [nm for nm in out if nm not in over]
        out.append(Name(s, e, "person", "cue", 0.6, name_key([p.toks[t] for t in range(a, b)]), p.toks[i]))
        changed = True
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else found
