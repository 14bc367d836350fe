"""The places of a list governed by a plural place cue (session 55, names59a, issue 14).

:func:`arnews.entities.placelists._place_list` reads the names after a plural place word of ``entity_cues.csv``
(kind ``places``: قرى، أحياء، مراكز) when every item looks like a name by itself; one item it refuses ends the list,
and a list of one item is none.  Items it refuses that are names in a list of villages or centres: a dual or plural
form (``والروضتين``، ``والواديين``), a stop word that is a name there (``وأحد المسارحة``), a two-word name opening with a
prefix (``وذي مهنة``), a name with a place word (``وجبل صبر``، ``ووادي جورا``); and the plural cues of
``local_place_words.csv`` (kind ``plural_cue``: أودية، مديريات، جزر، هجر) are no cue there.  Here, after an indefinite
plural cue (behind و/ب/ل/ف), the items joined by و, a comma or both are read until a word that is no name:

* an item is one word, or a prefix (``name_prefix``) or a place word (``entity_cues.csv`` kind place) and the next word,
  with an ordinal or a direction after it (``الحمراء الثالث``);
* a one-word item is no stop word (but ``أحد`` before a word: أحد المسارحة), verb, number, cue, plural common noun or
  Arabic prose (:func:`arnews.entities.list_words.prose_item`), and it is rare in general Arabic (:data:`ITEM_ZIPF`,
  definite words :data:`DEFINITE_ITEM_ZIPF`), transliterated or a listed place;
* an item followed by a word that is neither a separator nor the end of the clause (a preposition, a place cue, a
  punctuation mark) closes the list before it (``أحياء الملعب والإسكان وشارع عشرين``: a common noun before its
  adjective or genitive), unless it is a strong one-word item closing a list (``وسمحة وحليسة انقطاعات``).

The list holds when it has at least two items and :data:`STRONG_SHARE` of them are strong (rare under
:data:`STRONG_ZIPF`, transliterated or listed): ``مراكز التسوق والتجزئة``، ``مراكز البحث والإنقاذ``، ``أحياء سكنية``،
``مدن المملكة وخارجها`` are no lists of names; a two-word item found already (``محافظة إب``) lends no strength, a
word ending in ت whose base is common is a verb (``جددت``، ``أشادت``: :data:`PERFECT_BASE_ZIPF`) and a common word keeps
its own و (``وصفت``، ``وقعت``).  Items over which nothing was found become places; a person guessed
over items (``وطليح والمشاش``) gives way.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived
from ..normalize import WORD_CACHE, key
from ..spans import SpanIndex
from .cues import load_cues, word_info, zipf_ar
from .guards import imperfect_verb
from .keys import Name, name_key
from .list_words import prose_item
from .local_places import local_words
from .places import listed_place_at
from .positions import adjacent, is_word
from .proclitics import proclitics
from .wordtests import future_verb, number_word, ordinal_word, pronoun_suffixed

__all__ = ["cued_list_places", "plural_cue_word", "ITEM_ZIPF", "DEFINITE_ITEM_ZIPF", "STRONG_ZIPF", "STRONG_SHARE"]

#: an indefinite item is rarer than this in general Arabic (سيعة 1.2، قعطبة 2.1، قصي 3.6; not سكنية 4.3)
ITEM_ZIPF = 3.9
#: a definite item is rarer than this (الحيمة، الروضتين; not التسوق، البحث، الإنقاذ)
DEFINITE_ITEM_ZIPF = 3.6
#: a strong item is rarer than this
STRONG_ZIPF = 3.0
#: the base of an indefinite item under a pronoun or the accusative alef is at least this common (مدن، اختلاط، امتداد)
OWNED_ZIPF = 3.0
#: a weak definite item bridged between strong ones is rarer than this (الملح 4.2; not البحث 5.2)
BRIDGE_ZIPF = 4.5
#: at least this share of the items are strong
STRONG_SHARE = 0.5
#: an item ending in ت whose base is at least this common is a verb's perfect (جددت، أشادت، وصفت: جدد 4.4، أشاد 3.8)
PERFECT_BASE_ZIPF = 3.5
_DIRECTIONS = frozenset(key(w) for w in (
    "الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية الأوسط الوسطى").split())
_AHAD = key("أحد")


@lexicon_derived(maxsize=WORD_CACHE)
def plural_cue_word(w: str, k: str) -> bool:
    """The word ``w`` (key ``k``) is an indefinite plural place cue (entity_cues kind places, or local_place_words kind
    plural_cue; per word type)."""
    info = word_info(w)
    if info.cue == "places":
        return not info.definite and not k.startswith("ال")
    return k in _plural_forms()


def _plural_cue(p, t: int) -> bool:
    """Token t is an indefinite plural place cue."""
    return p.kinds[t] == "word" and plural_cue_word(p.toks[t], p.fkeys[t])


@lexicon_cache(maxsize=2)
def _gate_forms() -> frozenset:
    """Every key a plural cue may have in the text: the cues of kind places and plural_cue behind each proclitic,
    with the article too (a superset: :func:`plural_cue_word` decides)."""
    bare = [c for c, kd in load_cues().kind.items() if kd == "places"] + list(local_words()["plural_cue"])
    return frozenset(pre + art + c for c in bare for pre in proclitics("cued_list") for art in ("", "ال"))


@lexicon_cache(maxsize=2)
def _plural_forms() -> frozenset:
    """Keys of the plural cues of ``local_place_words.csv`` behind each proclitic (أودية، وأودية، بمديريات ...)."""
    return frozenset(pre + c for c in local_words()["plural_cue"] for pre in proclitics("cued_list"))


def _zipf(w: str) -> float:
    return zipf_ar(w)


def _owned_or_accusative(w: str) -> bool:
    """An indefinite word that is a common word with a pronoun (مدنها، اختلاطها، منوها) or with the accusative alef
    (امتدادا): the rest is at least :data:`OWNED_ZIPF` in general Arabic."""
    if w.startswith("ال"):
        return False
    for suf in ("هما", "هم", "ها", "ا"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)]
            bases = [base] + ([base[:-1] + "ة"] if base.endswith("ت") else [])
            if any(zipf_ar(b) >= OWNED_ZIPF for b in bases):
                return True
    return False


def perfect_verb(w: str) -> bool:
    """An indefinite word ending in ت whose base is a common word: a verb in the perfect (جددت، أشادت، صفت from
    وصفت; not بيروت 4.97 under it, a listed place, tested first by the caller)."""
    k = key(w)
    return not k.startswith("ال") and k.endswith("ت") and len(k) >= 4 and zipf_ar(w[:-1]) >= PERFECT_BASE_ZIPF


def _one_word(p, j: int, w: str, first_only: bool = True) -> tuple[bool, bool] | None:
    """(ok, strong) of a one-word item ``w`` (its و taken off) at token j, or None when it is no name; with
    ``first_only`` False a word too common to be a name by itself comes back as (False, False): a weak item that a
    list bridges between strong ones (أودية خلب والملح وتعشر)."""
    k = key(w)
    info = word_info(w)
    if len(k) < 2 or info.conj or info.cue or number_word(w) or imperfect_verb(w) or pronoun_suffixed(w):
        return None
    if info.stop or future_verb(w) or k.endswith("وا") or _owned_or_accusative(w):
        return None  # وستضم، وأضافوا، ومدنها، منوها، وامتدادا: a verb, a noun with its pronoun, an accusative
    if w.endswith(("ً", "اً")) or k.endswith("ات") and info.zipf >= STRONG_ZIPF:
        return None
    if prose_item(w):
        return None
    listed = listed_place_at(p, j) > 0
    if not listed and perfect_verb(w):
        return None  # مدن محافظة إب وجددت تمسكها: a verb
    z = _zipf(w)
    strong = listed or info.foreign or z < STRONG_ZIPF
    if k.startswith("ال"):
        ok = listed or z < DEFINITE_ITEM_ZIPF
    else:
        ok = listed or info.foreign or z < ITEM_ZIPF
    return (ok, strong) if ok or not first_only else None


def _item(p, j: int, first: bool):
    """The item at token j: (start offset, end token, words, strong) or None."""
    if not is_word(p, j):
        return None
    w = p.toks[j]
    off = 0
    if not first and p.fkeys[j][:1] == "و" and len(p.fkeys[j]) >= 3:
        off = 1
    w0 = w[off:]
    k0 = key(w0)
    info0 = word_info(w0)
    lw = local_words()
    two = (k0 in lw["name_prefix"] or info0.cue == "place" and not info0.definite or k0 == _AHAD) \
        and is_word(p, j + 1) and adjacent(p, j, j + 1)
    if two:
        nxt = p.toks[j + 1]
        ni = word_info(nxt)
        if ni.stop or ni.conj or number_word(nxt) or imperfect_verb(nxt) or ni.cue in ("places", "role", "title"):
            return None
        words, e, strong = [w0, nxt], j + 2, True
    else:
        if off and _zipf(w) >= ITEM_ZIPF and not listed_place_at(p, j):
            return None  # وصفت، وقعت: a common word whose و is its own (no item صفت)
        got = _one_word(p, j, w0, first)
        if not got:
            return None
        if not got[0] and k0.startswith("ال") and _zipf(w0) >= BRIDGE_ZIPF:
            return None
        words, e, strong = [w0], j + 1, got[1]
        if not got[0]:
            return p.starts[j] + off, e, words, None  # a weak item: kept only before a strong one
    if is_word(p, e) and adjacent(p, e - 1, e) and (ordinal_word(p.toks[e]) or p.fkeys[e] in _DIRECTIONS):
        words.append(p.toks[e])
        e += 1
    return p.starts[j] + off, e, words, strong


def _ends_clause(p, e: int) -> bool:
    """After an item, token e ends the list's clause: no token, punctuation, a number, a stop word or preposition,
    a word behind ب/ل, a place cue."""
    if e >= len(p.toks) or p.kinds[e] != "word" or not adjacent(p, e - 1, e):
        return True
    w = p.toks[e]
    info = word_info(w)
    k = p.fkeys[e]
    return info.stop or info.cue in ("place", "places") or k[:1] in "بل" and len(k) >= 4 or imperfect_verb(w)


def _list_at(p, j: int) -> tuple[list, int]:
    """The items of the list that opens at token j ([(start, end token, words, strong)], the end token)."""
    items = []
    got = _item(p, j, True)
    weak = []
    while got:
        a, e, words, strong = got
        if strong is None:  # a weak item: waits for a strong one after it
            if weak:
                break
            weak.append(got)
        elif weak and strong:
            items.extend((x[0], x[1], x[2], False) for x in weak)
            weak = []
        elif weak:
            break
        nxt = None
        if e < len(p.toks) and p.kinds[e] == "word" and p.fkeys[e][:1] == "و" and adjacent(p, e - 1, e):
            nxt = e
        elif e + 1 < len(p.toks) and p.toks[e] in "،," and is_word(p, e + 1):
            nxt = e + 1
        if nxt is None:
            if not _ends_clause(p, e) and not (items and strong and len(words) == 1):
                break  # a common noun before its adjective or genitive (وشارع عشرين): the list ends before it
            if strong is not None and not weak:
                items.append(got)
            return items, items[-1][1] if items else j
        if strong is not None and not weak:
            items.append(got)
        got = _item(p, nxt, False)
        if got and got[1] == nxt + 1 and not _ends_clause(p, got[1]) and not (
                got[1] < len(p.toks) and (p.toks[got[1]] in "،," or p.fkeys[got[1]][:1] == "و")):
            break  # (the next word goes on with a genitive: no item)
    return items, (items[-1][1] if items else j)


def cued_list_places(p, found: list) -> list:
    """``found`` with the places of the lists after plural place cues (module docstring)."""
    if p.rules != "ar" or _gate_forms().isdisjoint(p.fkeys):
        return found  # (no plural cue in the paragraph, behind any proclitic: one set test)
    added: list[Name] = []
    named = None  # (the names found that are no person, indexed once a list holds)
    t = 0
    n = len(p.toks)
    while t < n - 2:
        if not _plural_cue(p, t) or not adjacent(p, t, t + 1):
            t += 1
            continue
        items, end = _list_at(p, t + 1)
        if len(items) < 2:
            t += 1
            continue
        if named is None:
            named = SpanIndex((o.start, o.end) for o in found if o.type != "person")
        new = [not named.overlaps(it[0], p.ends[it[1] - 1]) for it in items]
        counted = [it for it, nw in zip(items, new) if nw or len(it[2]) == 1]
        strong = sum(1 for it in counted if it[3])  # (a two-word item found already lends no strength: محافظة إب وجددت)
        if not any(new):
            t = max(end, t + 1)
            continue
        if strong >= STRONG_SHARE * len(counted):
            for a, e, words, _ in (it for it, nw in zip(items, new) if nw):
                b = p.ends[e - 1]
                added.append(Name(a, b, "place", "cue", 0.6, name_key(words), p.toks[t]))
            t = max(end, t + 1)
            continue
        t += 1
    if not added:
        return found
    listed = SpanIndex((x.start, x.end) for x in added)
    keep = [nm for nm in found if not (nm.type == "person" and listed.overlaps(nm.start, nm.end))]
    return sorted(keep + added, key=lambda x: (x.start, x.end))
