"""Leagues and military regions named by their own words (session 47, org50, issue 14).

* ``دوري عبداللطيف جميل للمحترفين``, ``دوري عبد اللطيف جميل السعودي للمحترفين``, ``دوري جميل``: the indefinite
  ``دوري`` + its sponsor's name (``عبداللطيف جميل``, ``عبد اللطيف جميل`` or ``جميل``), optionally ``السعودي`` and
  ``للمحترفين``, is the Saudi Professional League, an organisation (ENTITY_GUIDE: a competition's organiser body is
  named by it; dev readers of blind35-50 mark it 6 of 7 times);
* ``دوري أبطال أوروبا``, ``دوري ابطال آسيا``: ``دوري`` + ``أبطال`` + a listed place or ``العرب``/``الخليج`` is a
  continental champions league (dev gold 3 of 5 marked);
* ``المنطقة العسكرية الأولى``, ``للمنطقة العسكرية الرابعة``: ``المنطقة العسكرية`` + a definite ordinal is a
  military region's command, an armed body (dev gold 4 of 4).

Not ``الدوري السعودي``, ``الدوري الإنجليزي`` or ``دوري الدرجة الأولى`` (the competition itself: dev gold marks 3 of
22), nor ``اجتماع دوري`` (*periodic*: no sponsor, no ``أبطال`` after it), nor ``المنطقة الأولى`` (a zone).
A glued و/ف/ب stays outside the span; ``لدوري``/``للمنطقة`` keep the ل (the guide's spans keep a ل glued to a name's
article: ``لدوري السعودي الممتاز``).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .keys import Name, org_key
from .known import sporty
from .places import listed_place_at
from .positions import adjacent, is_word

__all__ = ["leagues_and_regions", "league_sponsors", "league_words"]

_LEAGUE = key("دوري")
_CHAMPIONS = frozenset({key("أبطال")})
_SAUDI = key("السعودي")
_PROS = key("للمحترفين")
_REGION = key("المنطقة")
_MILITARY = key("العسكرية")


@lexicon_cache(maxsize=2)
def league_words() -> tuple[frozenset, frozenset]:
    """``(continents, ordinals)`` keys of ``league_words.csv``: the regions after أبطال (دوري أبطال العرب، دوري أبطال
    الخليج) and the feminine ordinals a military region takes (المنطقة العسكرية الأولى ... العاشرة)."""
    kinds = word_kinds("league_words.csv", ("continent", "ordinal"), key)
    return (frozenset(k for k, kd in kinds.items() if kd == "continent"),
            frozenset(k for k, kd in kinds.items() if kd == "ordinal"))


@lexicon_cache(maxsize=2)
def league_sponsors() -> tuple:
    """The spellings of ``league_sponsors.csv`` as tuples of word keys, in the file's order (عبداللطيف جميل،
    عبد اللطيف جميل، جميل)."""
    return tuple(tuple(w.split()) for w in word_kinds("league_sponsors.csv", ("sponsor",), key))


def _glued(k: str, word: str) -> int:
    """Letters of و/ف/ب before ``word`` in token key ``k`` (ل stays inside the span), else -1."""
    for pre in ("", "و", "ف", "ب", "وب", "فب"):
        if k == pre + word:
            return len(pre)
    for pre in ("", "و", "ف"):
        if k == pre + "ل" + word or word.startswith("ال") and k == pre + "لل" + word[2:]:
            return len(pre)
    return -1


def _run(p, i: int, words: tuple) -> bool:
    """Tokens i, i+1, ... are the keys ``words``, one after another."""
    return all(is_word(p, i + t) and adjacent(p, i + t - 1, i + t) and p.fkeys[i + t] == w
               for t, w in enumerate(words))


def _league_end(p, i: int) -> int:
    """Index past the league's name when token i is دوري (already checked) and a league follows, else 0."""
    j = i + 1
    for words in league_sponsors():
        if _run(p, j, words):
            if len(words) == 1 and not (_run(p, j + 1, (_PROS,)) or sporty(p)):
                return 0  # اجتماع دوري جميل الأجواء *a nice periodic meeting*: bare جميل only in sport
            j += len(words)
            if _run(p, j, (_SAUDI,)):
                j += 1
            if _run(p, j, (_PROS,)):
                j += 1
            return j
    if _run(p, j, tuple(_CHAMPIONS)) and is_word(p, j + 1) and adjacent(p, j, j + 1):
        if p.fkeys[j + 1] in league_words()[0]:
            return j + 2
        m = listed_place_at(p, j + 1, anywhere=True)
        return j + 1 + m if m and p.fkeys[j + 1][:1] not in "وبلف" else 0
    return 0


def _region_end(p, i: int) -> int:
    """Index past ``المنطقة العسكرية`` + ordinal at token i (already checked), else 0."""
    if _run(p, i + 1, (_MILITARY,)) and is_word(p, i + 2) and adjacent(p, i + 1, i + 2) and p.fkeys[i + 2] in league_words()[1]:
        return i + 3
    return 0


def leagues_and_regions(p, found: list[Name]) -> list[Name]:
    """``found`` with each sponsor's or champions' league and each numbered military region (module docstring)."""
    if p.rules != "ar" or not ("دوري" in p.ktext or "العسكريه" in p.ktext):
        return found
    new = []
    for i, k in enumerate(p.fkeys):
        if p.kinds[i] != "word":
            continue
        off = _glued(k, _LEAGUE) if "دوري" in k else -1
        e = _league_end(p, i) if off >= 0 else 0
        if not e and "منطقه" in k:
            off = _glued(k, _REGION)
            e = _region_end(p, i) if off >= 0 else 0
        if not e:
            continue
        s, end = p.starts[i] + off, p.ends[e - 1]
        if any(o.type == "organisation" and o.start <= s and end <= o.end for o in found):
            continue  # inside a body found (حكام دوري ... is read elsewhere)
        new.append(Name(s, end, "organisation", "cue", 0.7, org_key([p.toks[t] for t in range(i, e)]), p.toks[i]))
    if not new:
        return found
    kept = [o for o in found if not any(n.start < o.end and o.start < n.end for n in new)]  # (أوروبا: the league's)
    return sorted(kept + new, key=lambda x: (x.start, x.end))
