"""A club named by its head and one word, read on past its name, on a sports page (session 56, names60c).

The cue rule of :mod:`arnews.entities.names` reads an organisation after ``نادي`` or ``فريق`` as far as its words go, and
a club's official or coach follows the club without a comma: ``مدير الكرة بنادي هجر فؤاد المسلم``, ``مدرب نادي
فولفسبورغ ديتر هيكينغ``, ``المدير الفني لنادي اشبيلية الأسباني أوناي ايمري``; or the sentence's object does:
``يخوض الفريق الأول بنادي هجر مباراته الودية``.  The organisation swallows the person (``نادي هجر فؤاد المسلم``).

In a sports paragraph (:func:`arnews.entities.known.sporty`) an organisation found by a cue that opens with an
indefinite ``نادي``/``فريق`` (``sport_role_words.csv``, kind ``team_head``; behind و/ب/ل) and one word, the club, is cut
after that word when the next word

* is a listed given name or a title (``فؤاد``، ``الشيخ``) and the rest of the name is one to four words, none a
  nationality adjective (``ونادي كول جاك التركي`` is one club): the rest (the title left out) is a person;
* is a definite nationality adjective (``الأسباني``) and the rest is one to three transliterated words
  (:func:`arnews.entities.sport_roles.strong_name_word`, or a listed given name): the club without the adjective, and the
  rest a person;
* carries a pronoun (``مباراته``، ``تدريباته``، ``حوالاته``): the club alone.

A club of two words or more (``بوروسيا دورتموند``, ``ضباط قوى الأمن``) and a body off the sports page (``نادي الطيران
الشراعي``) are left alone.
"""
from __future__ import annotations

from .cues import load_cues, word_info, zipf_ar
from .guards import gentilic
from .keys import Name, name_key, org_key
from .known import sporty
from .positions import is_word, token_containing
from .sport_roles import sport_role, sport_role_words, strong_name_word

__all__ = ["club_person_tails"]

#: words of the person after the club (title left out)
MAX_PERSON_WORDS = 5


def _head(p, t: int) -> bool:
    return is_word(p, t) and sport_role(p.toks[t]) == ("team_head", False) and p.fkeys[t][-3:] != "تخب"


def _pronoun_word(p, t: int) -> bool:
    """Token t is a native noun or verb with the pronoun ه (مباراته، مستضيفه; not a name in ة)."""
    w = p.toks[t]
    if not w.endswith("ه") or len(w) < 5 or strong_name_word(w):
        return False
    info = word_info(w)
    if info.cue or info.definite or info.stop:
        return False
    base = max(zipf_ar(w[:-1]), zipf_ar(w[:-2] + "ة") if w.endswith("ته") else 0.0)
    return base >= 3.0  # مباراة، تدريبات، حوالات، مستضيف


def _cut(p, nm, given) -> tuple | None:
    """``(club, person or None)`` for an organisation ``nm`` read past its club, else None."""
    a, z = token_containing(p, nm.start), token_containing(p, nm.end - 1)
    if a is None or z is None or z - a < 2 or not _head(p, a) or not is_word(p, a + 1):
        return None
    if any(not is_word(p, t) for t in range(a, z + 1)):
        return None
    y = a + 2
    club = Name(nm.start, p.ends[a + 1], "organisation", nm.source, nm.confidence,
                org_key([p.toks[a], p.toks[a + 1]]), nm.cue)
    info = word_info(p.toks[y])
    if p.fkeys[y] in given or info.cue == "title":
        s = y + 1 if info.cue == "title" else y
        if s > z or z - s + 1 > MAX_PERSON_WORDS or (info.cue != "title" and s == z):
            return None
        if any(word_info(p.toks[t]).stop or word_info(p.toks[t]).cue or p.fkeys[t].startswith("ال") and gentilic(p.toks[t])
               for t in range(s + 1, z + 1)):
            return None  # (نادي كول جاك التركي: a club's second word and its nationality, no person)
        words = [p.toks[t] for t in range(s, z + 1)]
        return club, Name(p.starts[s], p.ends[z], "person", "cue", 0.7, name_key(words), p.toks[a + 1])
    if p.fkeys[y].startswith("ال") and gentilic(p.toks[y]):
        s = y + 1
        if s > z or z - s + 1 > 3:
            return None
        if not all(strong_name_word(p.toks[t]) or p.fkeys[t] in given for t in range(s, z + 1)):
            return None
        words = [p.toks[t] for t in range(s, z + 1)]
        return club, Name(p.starts[s], p.ends[z], "person", "cue", 0.7, name_key(words), p.toks[y])
    if _pronoun_word(p, y):
        return club, None
    return None


def club_person_tails(p, found: list) -> list:
    """``found`` with the clubs of the module docstring cut back and the people after them added."""
    if p.rules != "ar" or not found:
        return found
    sport_role_words()  # (syncs the lexicon folder for the per-type cache of sport_role)
    cands = [nm for nm in found if nm.type == "organisation" and nm.source == "cue"]
    if not cands or not sporty(p):
        return found
    given = load_cues().given
    out, changed = [], False
    for nm in found:
        got = _cut(p, nm, given) if nm.type == "organisation" and nm.source == "cue" else None
        if got is None:
            out.append(nm)
            continue
        changed = True
        out.extend(x for x in got if x is not None)
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else found
