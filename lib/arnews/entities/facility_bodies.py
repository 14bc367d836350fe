"""A facility named after the body that runs it (session 42): a place, the body inside it.

``مسجد قوات الطوارئ الخاصة``, ``صالة رعاية الشباب``, ``فندق هيلتون``: a facility word (``body_names.csv`` kinds
``facility`` and the halls and palaces of ``patron_place``) right before an organisation the name finder found is
one facility, a place.  The guide annotates the outer name only, but some readers mark the body inside it
(``قوة الطوارئ`` in ``مسجد قوة الطوارئ``) and an earlier test pins it: the body is kept beside the facility.
``ملعب الشرطة``, ``مسجد الطوارئ``: the body may be named by its sector's noun alone (``body_names.csv`` kind
``sector``: شرطة، طوارئ، مرور، صحة ...) with the article; such a word is too common for the facility finder's
frequency guard, but after a facility word it names the body's ground, mosque or prison.  A town whose name is
also an ordinary word (the place index claims it after a place cue only: ``الخبر``) names the facility's town
after a facility word (``شاطئ الخبر``).

Guards: the facility word is indefinite (behind و/ب/ل at most) and written right before the body (one space);
words whose construct is often a common noun are left out (طريق *way*, قاعدة *rule*, حقل *field*, جسر, معسكر,
جامع *comprehensive*, مجمع, the dual مطاري); a sector adjective (أدبي، بلدي، مدني، تعاوني) is no body's noun
(``ميناء الأدبي``); a body already part of a longer found name (a person, a place) is left alone.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..normalize import WORD_CACHE, key
from ..lexicons import lexicon_cache, lexicon_derived
from .facility_names import LEFT_OUT as _LEFT_OUT  # facility words whose genitive is often a common noun
from .facility_names import own_name_only  # (ساحة التعليم: no square of a body)
from .keys import Name, org_key
from .positions import adjacent, is_word
from .proclitics import proclitics

__all__ = ["facility_bodies"]


@lexicon_cache(maxsize=2)
def _heads() -> frozenset:
    from .bodies import body_words, guarded_facility_words

    own = own_name_only() | guarded_facility_words()  # (سد، نفق، أنفاق: a place or a patron only, names58a)
    return frozenset(k for k, kd in body_words().items()
                     if (kd == "facility" or kd == "patron_place") and k not in _LEFT_OUT and k not in own)


@lexicon_cache(maxsize=2)
def _sectors() -> frozenset:
    """Keys of the sector nouns (not the adjectives in ي): شرطه، طوارئ، مرور، صحه ..."""
    from .bodies import body_words

    return frozenset(k for k, kd in body_words().items() if kd == "sector" and not k.endswith("ي"))


def _head_len(fk: str, heads: frozenset) -> int:
    """The length of the facility word that ends the token key ``fk`` (بمسجد -> 4), or 0."""
    for c in proclitics("facility_body"):
        if fk.startswith(c) and fk[len(c):] in heads:
            return len(fk) - len(c)
    return 0


@lexicon_derived(maxsize=WORD_CACHE)
def _facility_len(fk: str) -> int:
    """:func:`_head_len` of the token key ``fk`` with the facility words in force (per key type, speed52: it was
    asked per token; the caller syncs the folder with :func:`_heads`)."""
    return _head_len(fk, _heads.current())


def _generic(surface: str) -> bool:
    """An organisation read from a definite head and at most one word (النادي الرئيس، الهيئة الملكية): the body the
    article speaks of, no name of its own to give the facility (ملعب النادي الرئيس *the club's main pitch*)."""
    from .cues import word_info

    ws = surface.split()
    if len(ws) > 2:
        return False
    info = word_info(ws[0])
    return bool(info.definite and info.cue) and len(ws) == 2


def _town(p, t: int) -> bool:
    """Token t is a one-word place the place index keeps for a place cue alone (الخبر *the news*, the city of
    Khobar): after a facility word it names the facility's town (شاطئ الخبر), unless an adjective follows that
    makes the word a noun of the phrase (شاطئ الخبر العاجل)."""
    from .places import AFTER_CUE, place_index

    entries = place_index().names.get(p.fkeys[t], ())
    if not any(len(w) == 1 and lvl == AFTER_CUE for w, _, lvl in entries):
        return False
    n = t + 1
    return not (is_word(p, n) and adjacent(p, t, n) and p.fkeys[n].startswith("ال"))


def facility_bodies(p, found: list) -> list:
    """``found`` with a facility word + a found organisation (or + ال + a sector noun) read as one place."""
    if p.rules != "ar":
        return found
    heads = _heads()
    fk = p.fkeys
    kinds = p.kinds  # (every t below is a token: is_word is its kind)
    at = [t for t in range(len(fk) - 1) if kinds[t] == "word" and _facility_len(fk[t]) and adjacent(p, t, t + 1)]
    if not at:
        return found
    tok_of_start, tok_of_end = p.token_at()
    covered = {}
    for i, nm in enumerate(found):
        a = tok_of_start.get(nm.start)
        if a is not None:
            covered.setdefault(a, i)
    inside = set()
    starts, ends = p.starts, p.ends
    for nm in found:  # the tokens overlapping the name: a range of the ordered, disjoint tokens (two bisections)
        inside.update(range(bisect_right(ends, nm.start), bisect_left(starts, nm.end)))
    sectors = _sectors()
    out = list(found)
    for t in at:
        if t in inside:
            continue  # the facility word is part of a found name already (مطار الملك خالد الدولي)
        n = _head_len(fk[t], heads)
        s0 = p.ends[t] - n
        if fk[t + 1].startswith("لل"):
            continue  # مسجد للقوات الأمنية: *a* mosque of the forces, no name
        i = covered.get(t + 1)
        if i is not None and found[i].type == "organisation" and found[i].start == p.starts[t + 1] \
                and not _generic(p.norm.text[found[i].start:found[i].end]):
            b = found[i]
            out.append(Name(s0, b.end, "place", "cue", 0.7, org_key([fk[t][-n:]] + p.norm.text[b.start:b.end].split()), p.toks[t]))
            continue  # (the body stays too: some readers mark it inside the facility, test_names_org36)
        k = fk[t + 1]
        if t + 1 not in inside and is_word(p, t + 1) and (k.startswith("ال") and k[2:] in sectors or _town(p, t + 1)):
            out.append(Name(s0, p.ends[t + 1], "place", "cue", 0.65, org_key([fk[t][-n:], p.toks[t + 1]]), p.toks[t]))
    return sorted(out, key=lambda x: (x.start, x.end))
