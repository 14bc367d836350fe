"""A local place named after a singular local cue: ``حي``, ``قرية``, ``وادي``, ``هجرة`` (session 55, names59a, issue 14).

The cue rule of :mod:`arnews.entities.names` takes a name after a place cue when the words look like a name by
themselves (rare in general Arabic, a definite proper name).  A district, a village or a wadi is often named by a
common word (``حي الإسكان``، ``حي العاصمة``، ``وادي القاضي``، ``حي السعادة``) or a middling one (``قرية جورين``), and the cue
table reads ``وحي`` (*revelation*) and ``بحي`` as whole words, so the lists of districts of a municipal notice
(``وحي المربدية، وحي قرناطة، وحي العزيزية الثاني``) lose every item after the first.  Here, after an indefinite
singular local cue of ``local_place_words.csv`` (kind ``local_cue``, behind و/ب/ف), the following name phrase is a
place when nothing was found over it:

* a definite word that is no adjective of the cue (``cue_adjective``: الواقعة، التابعة، السكني), ordinal, cue or stop
  word (``حي الإسكان``، ``وادي القاضي``), followed by an ordinal or a direction that is part of the name (``حي الإسكان
  الأول``، ``حي الشراع الجنوبي``);
* a prefix of ``name_prefix`` and the next word (``حي أبو مرخة``، ``حي باب توما``، ``قرية عين الجبل``);
* a word of ``whole_name`` names the place with its cue, the span holding both (``وادي السيليكون``، ``وادي الملوك``);
* an indefinite word rarer than :data:`BARE_ZIPF` in general Arabic that is not a nisba adjective (``قرية جورين``،
  ``هجرة خريص``; not ``حي سكني``، ``قرية نائية``، ``قرية تراثية``), a verb, a number or a word behind a proclitic (``حي
  ومباشر``، ``حي للنحل``).

Guards: ``وحي`` is *revelation* unless the paragraph lists districts (a comma before it, or another local cue of the
same kind within :data:`LIST_REACH` tokens before it; for ``وحي`` also a district right before it, a place or the name
after a حي: ``وحي الله``، ``وحي الخيال``، ``كلام الله، وحي السماء`` stay prose); ``هجرة`` is *migration*
unless a rare word follows (:data:`MIGRATION_ZIPF`: ``هجرة العقول``، ``هجرة معاكسة`` stay prose); after ``كل`` (``في كل حي
منارة``) the cue means *every* district, no name; after a number (``40 قرية``) it is the counted noun, no cue.  A person found right after ``حي``/``قرية``
(``حي الإمام محمد بن سعود``، ``وحي أبو موسى الأشعري``) names the district: the span turns into a place.
"""
from __future__ import annotations

from dataclasses import replace

from ..lexicons import kind_sets, lexicon_cache
from ..normalize import key
from ..spans import SpanIndex
from .cues import word_info
from .guards import imperfect_verb
from .keys import Name, name_key
from .positions import adjacent, is_word
from .proclitics import proclitics
from .wordtests import number_word, ordinal_word

__all__ = ["local_cue_places", "local_words", "BARE_ZIPF", "LIST_REACH"]

LOCAL_KINDS = ("local_cue", "name_prefix", "cue_adjective", "theme_word", "whole_name", "plural_cue")
#: an indefinite name after a local cue is rarer than this in general Arabic (جورين 3.68، حاكمة 3.25، إسكان 3.42; the
#: adjectives are common: سكني 4.25، تراثية 4.1، صغيرة 5.3)
BARE_ZIPF = 3.7
#: an indefinite word ending in ي/ية at least this common is a nisba adjective of the cue (نائية 3.45، راقي 3.69)
NISBA_ZIPF = 3.0
#: ``وحي`` opens a list item when a local cue of its kind stands at most this many tokens before it
LIST_REACH = 12
#: a direction that ends a district's name (حي الشراع الجنوبي، حي المروج الشمالي)
_DIRECTIONS = frozenset(key(w) for w in (
    "الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية الأوسط الوسطى").split())
_WADI, _KULL, _HAYY = key("وادي"), key("كل"), key("حي")
#: after هجرة (also *migration*) an indefinite name is rarer than this (خريص 3.09، زهوة 1.9; not معاكسة 3.4، أموال)
MIGRATION_ZIPF = 3.2
_QUOTES = frozenset('"«“\'')
#: a name after these proclitic forms needs list context (وحي *revelation*, فحي)
_LIST_ONLY = frozenset({"و", "ف"})


@lexicon_cache(maxsize=2)
def local_words() -> dict:
    """``kind -> frozenset`` of keys of ``local_place_words.csv``."""
    return kind_sets("local_place_words.csv", LOCAL_KINDS, key)


@lexicon_cache(maxsize=2)
def _cue_forms() -> dict:
    """``key of a written cue -> (cue key, proclitic)``: حي، وحي، بحي، فحي، قرية، بقرية ..."""
    out = {}
    for c in local_words()["local_cue"]:
        for pre in proclitics("local_cue"):
            out[pre + c] = (c, pre)
    return out


def _cue_at(p, t: int):
    """(cue key, proclitic) of token t when it is an indefinite local cue, else None (وأدى, a verb the key folds to
    وادي, is none: the cue is written with ي and no hamza)."""
    got = _cue_forms().get(p.fkeys[t]) if p.kinds[t] == "word" else None
    if got and got[0] == _WADI and (not p.toks[t].endswith("ي") or "أ" in p.toks[t]):
        return None
    return got


def _item_before(p, t: int, cue: str, in_place) -> bool:
    """The words before token t (a comma between them or not) close a district: a place found or added over the
    last word (``in_place(token)``), or the name after a cue of its kind (``حي العدامة وحي``، ``وحي أم سبعة، وحي``)."""
    b = t - 2 if t > 1 and p.toks[t - 1] in "،," else t - 1
    if b < 0 or not is_word(p, b) or word_info(p.toks[b]).stop:
        return False
    if in_place(b):
        return True
    for x in range(b - 1, max(-1, b - 4), -1):
        got = _cue_at(p, x)
        if got:
            return got[0] == cue
        if not is_word(p, x) or word_info(p.toks[x]).stop and p.fkeys[x] not in local_words()["name_prefix"]:
            return False  # (من حي الروضة إن قصائده وحي: no name; وحي أم سبعة: a prefix)
    return False


def _list_context(p, t: int, cue: str, in_place) -> bool:
    """``وحي`` at token t opens a list item: a comma before it, or a local cue of its kind shortly before.  For ``حي``
    (``وحي`` *revelation*) a district right before it (:func:`_item_before`), or a comma and a cue before that
    (``كلام الله، وحي السماء``، ``من حي الروضة إن قصائده وحي المعاناة`` are prose)."""
    comma = t > 0 and p.toks[t - 1] in "،,"
    if cue == _HAYY and _item_before(p, t, cue, in_place):
        return True
    if comma and cue != _HAYY:
        return True
    if cue == _HAYY and not comma:
        return False
    for b in range(t - 1, max(-1, t - 1 - LIST_REACH), -1):
        got = _cue_at(p, b)
        if got and got[0] == cue and (got[1] not in _LIST_ONLY or b > 0 and p.toks[b - 1] in "،,"):
            return True  # (not another وحي of prose: وحي الخيال ... وحي الله)
    return False


def _definite_name(w: str) -> bool:
    """A definite word that may name a district after its cue (الإسكان، العاصمة، القاضي)."""
    k = key(w)
    if not k.startswith("ال") or len(k) < 4 or k in ("الله", "لله"):
        return False
    info = word_info(w)
    lw = local_words()
    if info.stop or info.conj or k in lw["cue_adjective"] or k in lw["theme_word"] or k in lw["whole_name"] \
            or ordinal_word(w) or number_word(w):
        return False
    return info.cue in (None, "", "place")


def _bare_name(w: str) -> bool:
    """An indefinite word that names a place after its cue: rare, not a nisba adjective, verb or number."""
    k = key(w)
    info = word_info(w)
    if len(k) < 2 or info.stop or info.conj or info.cue or k[:1] in "ول" and info.bare != k or number_word(w) \
            or k.startswith("بال"):  # (40 قرية باليتمة: the preposition is no part of the name)
        return False
    if k.endswith("ات") or imperfect_verb(w) or w.endswith(("ً", "اً")):
        return False
    if (k.endswith("ي") or k.endswith("يه")) and info.zipf >= NISBA_ZIPF:
        return False  # سكني، نائية، راقي: an adjective of the cue
    return info.zipf < BARE_ZIPF or info.foreign


def _name_end(p, j: int) -> int:
    """The end token (exclusive) of the place's name at token j after a local cue, or j when there is none."""
    w = p.toks[j]
    k = key(w)
    if k in local_words()["name_prefix"] and is_word(p, j + 1) and adjacent(p, j, j + 1):
        nxt = word_info(p.toks[j + 1])
        if nxt.stop or nxt.conj or number_word(p.toks[j + 1]):
            return j
        e = j + 2
    elif k.startswith("ال") and _definite_name(w):
        e = j + 1
    elif not k.startswith("ال") and _bare_name(w):
        e = j + 1
    else:
        return j
    if is_word(p, e) and adjacent(p, e - 1, e) and (ordinal_word(p.toks[e]) or p.fkeys[e] in _DIRECTIONS):
        e += 1  # حي الإسكان الأول، حي الشراع الجنوبي: part of the name
    return e


def local_cue_places(p, found: list) -> list:
    """``found`` with the local places named after a singular local cue (module docstring)."""
    if p.rules != "ar":
        return found
    forms = _cue_forms()
    if forms.keys().isdisjoint(p.fkeys):
        return found  # (no local cue in the paragraph: one set test)
    overlapping = SpanIndex((nm.start, nm.end) for nm in found).hits  # (indexes of the found names overlapping offsets
    # a..b: a bisection, not a scan of every name)

    added, retyped = [], {}
    place_ends = set()  # (end offsets of the places added)

    def in_place(b: int) -> bool:
        """Token b lies in a place found or added."""
        return p.ends[b] in place_ends or any(found[x].type != "person" for x in overlapping(p.starts[b], p.ends[b]))
    for t in range(len(p.toks) - 1):
        got = _cue_at(p, t)
        if not got:
            continue
        cue, pre = got
        j = t + 1
        if not is_word(p, j) or not adjacent(p, t, j):
            continue
        if pre in _LIST_ONLY and not _list_context(p, t, cue, in_place) or t > 0 and (p.toks[t - 1] in _QUOTES or p.fkeys[t - 1] == _KULL):
            continue  # (السفينة "وادي العرب": a quoted name of something else; في كل حي منارة: every district)
        if not pre and t > 0 and (p.kinds[t - 1] == "number" or number_word(p.toks[t - 1])):
            continue  # (40 قرية، ثلاث قرية: the counted noun of a number, no cue)
        jj = j + 1 if word_info(p.toks[j]).cue in ("title", "role") and is_word(p, j + 1) and adjacent(p, j, j + 1) else j
        over = overlapping(p.starts[j], p.ends[jj])  # (a title: حي الإمام محمد بن سعود)
        if over:
            if cue in (key("حي"), key("قرية")) and len(over) == 1 and found[over[0]].type == "person" \
                    and p.starts[j] <= found[over[0]].start:
                retyped[over[0]] = replace(found[over[0]], start=p.starts[j], type="place", source="cue",
                                           key=name_key(p.ntext[p.starts[j]:found[over[0]].end].split()))
            continue
        if cue == _WADI and p.fkeys[j] in local_words()["whole_name"]:  # وادي السيليكون: the cue is in the name
            added.append(Name(p.starts[t] + len(pre), p.ends[j], "place", "cue", 0.6,
                              name_key([p.toks[t][len(pre):], p.toks[j]]), p.toks[t]))
            place_ends.add(p.ends[j])
            continue
        e = _name_end(p, j)
        if e == j:
            continue
        words = [p.toks[x] for x in range(j, e)]
        if cue == key("هجرة") and not all(word_info(x).zipf < MIGRATION_ZIPF for x in words if not key(x).startswith("ال"))\
                or cue == key("هجرة") and any(key(x).startswith("ال") and word_info(x).zipf >= 3.0 for x in words):
            continue  # هجرة العقول، هجرة أموال: migration
        if overlapping(p.starts[j], p.ends[e - 1]):
            continue
        added.append(Name(p.starts[j], p.ends[e - 1], "place", "cue", 0.6, name_key(words), p.toks[t]))
        place_ends.add(p.ends[e - 1])
    if not added and not retyped:
        return found
    out = [retyped.get(x, nm) for x, nm in enumerate(found)] + added
    return sorted(out, key=lambda x: (x.start, x.end))
