"""Vietnamese place names whose syllables are also Arabic words (``مقاطعة بينه ثوان``, ``ميناء سا هوينه``,
``ثانه هوا وها تينه وكوانغ بينه``, ``3 بلديات هي تا روت وآ بونغ وآ نغو``).

The name finder reads a word as part of a transliterated name when it is rare in general Arabic
(:mod:`arnews.entities.cues`).  Many Vietnamese syllables written in Arabic are ordinary Arabic words too
(بينه *between him*, فينه *in it*, ثوان *seconds*, تينه, هوا, نام, بيان): a run of them after a place cue
names nothing for the finder, and a list of provinces stops at the first such syllable.  Here a run of two
or three such syllables (or transliterated words), right after an indefinite place cue or a facility word
(ميناء، بحيرة، ساحة), is a place; so is each item of a list joined by a glued ``و`` that follows such a place
or any place found before.  A single syllable is never a name (``منطقة بيان``, ``مدينة فينه`` is left to the
other finders), a function word never starts a run, and a name found already over a longer span is kept.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import starmap

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key
from .cues import word_info
from .keys import Name, name_key, org_key
from .positions import adjacent, is_word, word_key_types
from .proclitics import proclitics

__all__ = ["syllable_places", "vietnamese_words", "KINDS"]

#: the kinds of ``vietnamese_names.csv``: family and middle names (:mod:`arnews.entities.vietnamese_people`),
#: name syllables that are Arabic words too (Bình بينه, Thuận ثوان: ``word_info`` does not read them as foreign),
#: syllables that are Arabic function words (Lý/Lê لي, Hồ هو, Cần كان, Lư لو: name words only inside a run
#: after a place cue that holds another listed syllable or a transliteration: بلدية تو لي، ساحة هو تشي مينه) and
#: facility words whose Vietnamese names are runs of syllables (ميناء سا هوينه، بحيرة هوا بينه، ساحة ...)
KINDS = ("family", "middle", "syllable", "stop", "facility")


@lexicon_cache(maxsize=2)
def vietnamese_words() -> dict:
    """Kind -> keyed words of ``vietnamese_names.csv`` (a word may have several kinds)."""
    out = {k: set() for k in KINDS}
    for r in read_lexicon("vietnamese_names.csv"):
        kd, w = (r.get("kind") or "").strip(), (r.get("word") or "").strip()
        if kd not in out:
            raise ValueError(f"vietnamese_names.csv: {w}: kind must be one of {', '.join(KINDS)}")
        out[kd].add(key(w))
    return {k: frozenset(v) for k, v in out.items()}


#: ... and beside a transliteration or a listed syllable rarer than this (تشي، لوك، تو; not بينه، كي)
STOP_RUN_ZIPF = 5.0

MAX_WORDS = 3


def _syllable(w: str, first: bool, stops: bool = False) -> tuple[bool, bool]:
    """(name word, listed syllable) for a word of a run; a function word, a cue or a conjunction is no name
    word (``stops``: one of a ``stop`` word of ``vietnamese_names.csv`` is, not counted as listed), and the first word of a run is
    no single letter."""
    info = word_info(w)
    k = key(w)
    if stops and k in vietnamese_words()["stop"]:
        return True, False
    if info.stop or info.cue or info.conj or k.startswith("ال") or (first and len(k) < 2 and k != "ا"):
        return False, False
    if k in vietnamese_words()["syllable"]:
        return True, True
    return bool(info.foreign and not info.native), False


def _run(p, j: int, strip_and: bool = False, stops: bool = False) -> tuple[int, int]:
    """(end token, listed syllables) of a run of name syllables from token j; ``strip_and``: token j carries a
    glued و (taken off).  The run holds at most :data:`MAX_WORDS` words, adjacent, none beginning with و."""
    e, listed = j, 0
    while e < len(p.kinds) and e - j < MAX_WORDS and is_word(p, e) and (e == j or adjacent(p, e - 1, e)):
        w = p.toks[e]
        if e == j and strip_and:
            w = w[1:]
        elif e > j and key(w)[:1] == "و" and key(w) not in vietnamese_words()["syllable"]:
            break
        ok, lst = _syllable(w, e == j, stops)
        if not ok:
            break
        listed += lst
        e += 1
    return e, listed


def _head(p, i: int) -> str:
    """``place`` for an indefinite place cue (with its proclitics), ``places`` for a plural one, ``facility``
    for a facility word of ``facility`` in ``vietnamese_names.csv``, else ``""``."""
    if not is_word(p, i):
        return ""
    return _word_head(p.toks[i], p.fkeys[i])


@lexicon_derived(maxsize=WORD_CACHE)
def _word_head(w: str, k: str) -> str:
    """:func:`_head` of a word ``w`` with key ``k`` (remembered per word type)."""
    info = word_info(w)
    if info.cue in ("place", "places") and not info.definite and not k.startswith("ال"):
        return info.cue
    for pre in proclitics("syllable_place"):
        if k.startswith(pre) and k[len(pre):] in vietnamese_words()["facility"]:
            return "facility"
    return ""


def _free(found: list[Name], s: int, e: int, outer_s: int) -> list[Name] | None:
    """The found names a new place [s, e) replaces (those inside [outer_s, e)), or None when one reaches
    outside it (a longer name holds the place: اللجنة الشعبية لمقاطعة بينه ثوان)."""
    inside = []
    for nm in found:
        if nm.start < e and s < nm.end:
            if nm.start < outer_s or nm.end > e or (nm.source == "cue" and nm.type != "place"):
                return None
            inside.append(nm)
    return inside


def _org_before(p, i: int, found: list[Name]):
    """The organisation found that ends with the place cue at token i behind the preposition ل (اللجنة
    الشعبية لمقاطعة): its name goes on over the place's name; None when there is none."""
    k = p.fkeys[i]
    if not (k[:1] == "ل" and word_info(p.toks[i]).bare == k[1:]):
        return None
    return next((nm for nm in found if nm.type == "organisation" and nm.end == p.ends[i] and nm.start < p.starts[i]), None)


def _split_lists(p, found: list[Name]) -> list[Name]:
    """A place found after its cue whose run took in the next item of a list (بلدية دونغ ثاب وها تينه: a
    word with a glued و whose remainder is a name syllable or a transliteration) is two places."""
    out = []
    for nm in found:
        if nm.type != "place" or nm.source != "cue":
            out.append(nm)
            continue
        a = bisect_left(p.starts, nm.start)
        b = bisect_left(p.ends, nm.end) + 1
        cut = next((t for t in range(a + 1, b) if is_word(p, t) and p.fkeys[t][:1] == "و" and len(p.fkeys[t]) >= 3
                    and _syllable(p.toks[t][1:], True)[0] and p.fkeys[t] not in vietnamese_words()["syllable"]), None)
        if cut is None or a >= len(p.starts) or p.starts[a] != nm.start:
            out.append(nm)
            continue
        first = [p.toks[t] for t in range(a, cut)]
        second = [p.toks[cut][1:]] + [p.toks[t] for t in range(cut + 1, b)]
        out.append(Name(nm.start, p.ends[cut - 1], "place", "cue", nm.confidence, name_key(first), nm.cue))
        out.append(Name(p.starts[cut] + 1, nm.end, "place", "cue", nm.confidence, name_key(second), nm.cue))
    return out


def syllable_places(p, found: list[Name]) -> list[Name]:
    """``found`` with the places of runs of Vietnamese syllables (see the module docstring) added; names
    found inside such a place (a syllable read as a person: كوانغ of كوانغ بينه) give way to it."""
    if p.rules != "ar":
        return found
    found = _split_lists(p, found)
    new: list[Name] = []
    drop: set[int] = set()
    n = len(p.kinds)
    vw = vietnamese_words()

    def items_after(t: int) -> list[tuple]:
        """Items joined by a glued و from token t (each a run of two or more name syllables): (start, end
        token, words)."""
        out = []
        while is_word(p, t) and adjacent(p, t - 1, t) and p.fkeys[t][:1] == "و" and len(p.fkeys[t]) >= 2:
            e, listed = _run(p, t, strip_and=True)
            if e - t < 2 or not listed and not all(word_info(p.toks[x][1:] if x == t else p.toks[x]).foreign
                                                    for x in range(t, e)):
                break
            out.append((p.starts[t] + 1, e, [p.toks[t][1:]] + [p.toks[x] for x in range(t + 1, e)]))
            t = e
        return out

    def add(items: list[tuple], outer: int, cue: str) -> int:
        """Add the places of ``items`` (the longest prefix whose names found inside [outer, end) may give
        way); the number added."""
        while items:
            e = p.ends[items[-1][1] - 1]
            inside = _free(found + new, items[0][0], e, outer)
            if inside is not None:
                break
            items = items[:-1]
        if not items:
            return 0
        if any(nm.type == "place" and nm.start == items[0][0] and nm.end == p.ends[items[0][1] - 1] for nm in inside) \
                and len(items) == 1:
            return 0  # found already
        drop.update(id(nm) for nm in inside)
        for s, et, words in items:
            new.append(Name(s, p.ends[et - 1], "place", "cue", 0.75, name_key(words), cue))
        return len(items)

    kinds, toks, fkeys = p.kinds, p.toks, p.fkeys
    i = 0 if any(starmap(_word_head, word_key_types(p))) else n  # (no head word in the paragraph: no run after one)
    while i < n:
        kind = _word_head(toks[i], fkeys[i]) if kinds[i] == "word" else ""  # (_head without a call per token)
        if not kind:
            i += 1
            continue
        j = i + 1
        if kind == "places" and is_word(p, j) and p.fkeys[j] in ("هي", "وهي"):
            j += 1  # 3 بلديات هي تا روت وآ بونغ: the plural cue, "they are", then the list
        if not (is_word(p, j) and adjacent(p, j - 1, j)):
            i += 1
            continue
        e, listed = _run(p, j, stops=True)
        if any(p.fkeys[t] in vw["stop"] for t in range(j, e)) and not any(
                word_info(p.toks[t]).foreign or (p.fkeys[t] in vw["syllable"] and word_info(p.toks[t]).zipf < STOP_RUN_ZIPF)
                for t in range(j, e) if p.fkeys[t] not in vw["stop"]):
            e, listed = _run(p, j)  # function words are syllables only beside a word that is no common one
        if e - j >= 2 and listed:
            words = [p.toks[t] for t in range(j, e)]
            if kind == "facility":
                k = p.fkeys[i]
                pre = next(pr for pr in proclitics("syllable_place") if k.startswith(pr) and k[len(pr):] in vw["facility"])
                s = p.starts[i] + len(pre)
            else:
                s = p.starts[j]
            org = _org_before(p, i, found) if kind != "facility" else None
            if org is not None:
                # اللجنة الشعبية لمقاطعة بينه ثوان: the body of the province; its name holds the place
                a = bisect_left(p.starts, org.start)
                words = [p.toks[t] for t in range(a, j) if p.kinds[t] == "word"]
                # (the place's words by their spelling skeleton: لمقاطعة بينه ثوان / بينه توان are one body)
                okey = org_key(words) + " " + name_key([p.toks[t] for t in range(j, e)])
                drop.add(id(org))
                new.append(Name(org.start, p.ends[e - 1], org.type, org.source, org.confidence, okey, org.cue))
                i = e
                continue
            items = [(s, e, words)] + items_after(e)
            if add(items, p.starts[i], p.toks[i]):
                i = items[-1][1]
                continue
        i += 1
    # a list that goes on after a place found by the other finders (ثانه هوا وها تينه وكوانغ بينه)
    for nm in list(found):
        if nm.type != "place":
            continue
        t = bisect_left(p.ends, nm.end)
        if t < len(p.ends) and p.ends[t] == nm.end:
            items = items_after(t + 1)
            if items:
                add(items, items[0][0], "")
    if not new:
        return found
    keep = [nm for nm in found if id(nm) not in drop]
    return sorted(keep + new, key=lambda x: (x.start, x.end))
