"""Places among the names found (split from :mod:`arnews.entities.names`).

* :func:`_with_places`: the listed places (:mod:`arnews.entities.places`) and well-known organisations
  (:mod:`arnews.entities.known`) merged with the names found;
* :func:`_place_list`: the names of a list of places after a plural place word (مراكز بني عمرو والحرجة
  وثربان);
* :func:`_places_listed_after`: a list of places that goes on after a place (في الطائف والخرمة وتربة).
"""
from __future__ import annotations

import bisect
import re

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import SHAPE_FOREIGN, word_info, zipf_ar
from .keys import Name, name_key
from .positions import adjacent as _adjacent, is_word as _is_word
from .wordtests import (abstract_noun as _abstract_noun, future_verb as _future_verb,
                        pronoun_suffixed as _pronoun_suffixed, definite_place_name)
from .list_words import located_after, prose_item
from .known import paragraph_known_orgs
from .places import listed_place_at, paragraph_places


#: tribal and family prefixes that make a two-word place name with the next word (بني مالك، آل عمر)
_PLACE_PREFIX = frozenset({"بني", "بنى", "ال", "آل", "ابو", "ام"})
#: a direction after a list item is part of its name (أحياء الخالدية الجنوبية والميناء، الشاطئ الغربي)
_DIRECTIONS = frozenset(key(w) for w in (
    "الشمالية الجنوبية الشرقية الغربية الوسطى الشمالي الجنوبي الشرقي الغربي الأوسط").split())


def _broken_plural(k: str) -> bool:
    """A head of the shape of a broken plural of places, مفاعل or أفعال (المناطق الشمالية، الأجزاء الغربية:
    "the northern areas", no name), not a name with its direction (الخالدية الشمالية، الشاطئ الغربي)."""
    b = k[2:] if k.startswith("ال") else k
    return len(b) == 5 and (b[0] == "م" and b[2] == "ا" or b[0] == "ا" and b[3] == "ا")


#: an item ending in ات is a place's name only when this rare in general Arabic (wordfreq), with the article:
#: أحياء المتنزهات والعدل (a district), not الخدمات، المحطات، الجامعات (plural common nouns, zipf >= 4)
PLURAL_NAME_ZIPF = 3.5


def _rare_plural_name(surface: str) -> bool:
    """A word ending in ات that names a place (المتنزهات، الروضات، العمارات: districts of a city): definite and
    rare (:data:`PLURAL_NAME_ZIPF`), not a plural common noun."""
    return key(surface).startswith("ال") and zipf_ar(surface) < PLURAL_NAME_ZIPF


def _next_list_item(p, e: int, bracket: bool = False):
    """The list item after token e-1: one joined by و, or one after a comma (None when the list ends).  In
    brackets (``bracket``) a comma takes a definite name too (وهي (أم السباع، العنود، المنتزه)): no clause opens there."""
    if _is_word(p, e) and p.fkeys[e][:1] == "و" and _adjacent(p, e - 1, e):
        return _place_list_item(p, e, False)
    if e < len(p.toks) and p.toks[e] in "،," and _is_word(p, e + 1):
        if p.fkeys[e + 1][:1] == "و":
            return _place_list_item(p, e + 1, False, comma=True, joined=True)  # النسيم ، والخالدية
        return _place_list_item(p, e + 1, True, comma=True, joined=bracket)
    return None


def _place_list_item(p, j: int, first: bool, comma: bool = False, joined: bool = False) -> tuple | None:
    """A place name of a list at token j: (start offset, end token, words, strong) or None.  A later
    item carries the conjunction و (or follows a comma).  The name is one word, or a tribal prefix and
    a word (بني سعد); never a cue, a stop word, a verbal noun, a plural or a very frequent word;
    ``strong`` when it is rare in general Arabic, a definite proper name (الحرجة), transliterated
    or a tribal name (العليا, a frequent word, is a name only in a list with strong names).  After a comma
    only a clear name goes on; ``joined`` (a comma and و: النسيم ، والربيع) also takes a name with the article."""
    if not _is_word(p, j):
        return None
    w = p.toks[j]
    k = key(w)
    off = 0
    if not first and k[:1] == "و" and len(k) >= 3:
        if zipf_ar(w) >= 3.0 and zipf_ar(w) > zipf_ar(w[1:]) + 0.5:
            return None  # وثقت، وقعت: the و is the word's own first letter, not the conjunction
        k, off = k[1:], 1
    words = [k]
    end = j + 1
    if k in _PLACE_PREFIX and _is_word(p, j + 1) and _adjacent(p, j, j + 1):
        words.append(p.fkeys[j + 1])
        end = j + 2
    last = words[-1]
    surface = p.toks[end - 1][off if end - 1 == j else 0:]
    direction = _is_word(p, end) and _adjacent(p, end - 1, end) and p.fkeys[end] in _DIRECTIONS \
        and not _broken_plural(last)
    info = word_info(surface)
    if _future_verb(surface) or (len(words) == 1 and k.endswith("وا")):
        return None  # وستقدم لهم، وعادوا: a verb
    if len(words) == 1 and re.match(r"^ا...$", k) and _is_word(p, end) and p.fkeys[end] in ("علي", "الي", "عن"):
        return None  # وأطلع على: a verb of the form أفعل with its preposition
    if info.cue or info.stop or (len(words) == 1 and k in _PLACE_PREFIX) or len(last) < 3 \
            or last.endswith(("ون", "ين")) or _abstract_noun(last[2:] if last.startswith("ال") else last):
        return None
    if last.endswith("ات") and not _rare_plural_name(surface):
        return None  # والخدمات، المحطات: a plural common noun, no place
    if info.zipf >= 6.5 or info.conj:
        return None
    if len(words) == 1 and prose_item(surface):
        return None  # ولحكومه، وتتواكب، والمتضمنة: prose, no place (place48)
    if _pronoun_suffixed(p.toks[j][off:]) or (k.endswith(("ته", "ها", "هم", "هما")) and len(k) >= 4
                                               and not k.startswith("ال")
                                               and word_info(p.toks[j][off:]).shape < SHAPE_FOREIGN):
        return None  # وحلفاؤها، وتعريفهم: a noun with its pronoun (never after the article: والمها is a name, place48)
    if direction:
        end += 1  # الخالدية الجنوبية: the direction is part of the item's name
    elif _is_word(p, end) and _adjacent(p, end - 1, end):
        nk, ni = p.fkeys[end], word_info(p.toks[end])
        if not (nk[:1] == "و" or ni.stop or ni.cue) and not (
                len(words) == 1 and located_after(p, j)):
            return None  # والتقى المسؤولين، والمستمد تعاليمه: a verb or a participle before its object, a noun before its adjective
    strong = info.foreign or info.zipf < 4.0 or definite_place_name(surface) or len(words) == 2 or direction
    if comma and (not (info.foreign or definite_place_name(surface) or len(words) == 2 or direction
                       or (joined and last.startswith("ال")))
                  or (_is_word(p, end) and _adjacent(p, end - 1, end) and p.fkeys[end][:1] != "و")):
        return None  # مطار عدن، محملة بالمساعدات: after a comma a new clause may start; only a clear name goes on
    return p.starts[j] + off, end, words, strong


#: an item of a list after a cue of ``place_list_words.csv`` (جبهات) is this rare in general Arabic (wordfreq)
RARE_ITEM = 4.0


@lexicon_cache(maxsize=2)
def rare_item_cues() -> frozenset:
    """Keys of ``place_list_words.csv`` (kind rare_items): plural place cues whose list holds rare words only
    (جبهات العند والنخيلة, not جبهات القتال والمواجهة)."""
    return frozenset(word_kinds("place_list_words.csv", ("rare_items",), key))


def _rare_item(p, a: int, e: int) -> bool:
    """The list item from offset a to token e is a rare word (its last word, :data:`RARE_ITEM`) or a listed place."""
    t = e - 1
    return zipf_ar(p.ntext[max(a, p.starts[t]):p.ends[t]]) < RARE_ITEM \
        or listed_place_at(p, bisect.bisect_right(p.starts, a) - 1) > 0


def _bracket_pair(p, j: int) -> tuple | None:
    """A two-word item of a bracketed list at token j, alone between commas or before the closing bracket: a
    place head (``entity_cues.csv`` kind place: وادي، جبل) or a prefix of :data:`_PLACE_PREFIX` (أم) and a word
    (وهي (العنود، أم القرى، وادي النمل)); (start offset, end token, words, strong) as :func:`_place_list_item`,
    else None (names57d)."""
    if not (_is_word(p, j) and _is_word(p, j + 1) and _adjacent(p, j, j + 1)) or j + 2 >= len(p.toks) \
            or p.toks[j + 2] not in "،,)":
        return None
    k, off = p.fkeys[j], 0
    if not (k in _PLACE_PREFIX or word_info(p.toks[j]).cue == "place") and k[:1] == "و" and len(k) > 3:
        k, off = k[1:], 1  # (وأم القرى)
    if not (k in _PLACE_PREFIX or word_info(p.toks[j][off:]).cue == "place"):
        return None
    second = word_info(p.toks[j + 1])
    if second.stop or second.conj or len(p.fkeys[j + 1]) < 3 or (second.cue and k not in _PLACE_PREFIX):
        return None  # (أم القرى: a cue word after a prefix is the name's own)
    return p.starts[j] + off, j + 2, [k, p.fkeys[j + 1]], True


def _place_list(p, j: int, bracket: bool = False) -> list:
    """The names of a list of places after a plural place word (مراكز بني عمرو والحرجة وثربان): items
    joined by و or a comma, at least two, half of them strong (see :func:`_place_list_item`); []
    when the list does not hold.  After a cue of :func:`rare_item_cues` (جبهات) the list ends at an item
    that is a common word (:data:`RARE_ITEM`).  Sets ``_place_list.end``."""
    out = []
    first = _place_list_item(p, j, True) if j > 0 and _adjacent(p, j - 1, j) else None
    rare_only = j > 0 and word_info(p.toks[j - 1]).bare in rare_item_cues()
    strong = 0
    while first:
        a, e, words, st = first
        if rare_only and not _rare_item(p, a, e):
            break
        out.append((a, p.ends[e - 1], words))
        strong += st
        _place_list.end = e
        first = _next_list_item(p, e, bracket)
        while bracket and first is None and e < len(p.toks) and p.toks[e] != ")":
            if p.toks[e] in "،,":
                first = _bracket_pair(p, e + 1)
                if first:
                    break
            e += 1  # in brackets an item not taken (مخطط وهبي: a common word) is passed over to the next comma
            if e < len(p.toks) and p.toks[e] in "،,":
                first = _next_list_item(p, e, bracket)
    return out if len(out) >= 2 and 2 * strong >= len(out) else []


def _with_places(p, found: list[Name]) -> list[Name]:
    """Merge listed place names (:mod:`arnews.entities.places`) with the names found: a name
    announced by a cue (an organisation, a titled person) keeps the place inside it; a
    transliterated run or a Latin guess overlapping a listed place gives way to it."""
    places = paragraph_places(p) if p.rules == "ar" else []
    known = paragraph_known_orgs(p) if p.rules == "ar" else []
    if known:
        # a listed organisation in its context (واس، الهلال after a sport word, «عكاظ» as a source):
        # a cue-announced organisation around it keeps it (نادي الهلال); a person or place guessed
        # inside it gives way (مدرب الهلال is no person "الهلال")
        cued_org = [nm for nm in found if nm.source == "cue" and nm.type == "organisation"]
        # (a cue-announced name that stops inside a listed one takes it whole, with the listed id: منظمة أطباء بلا
        # حدود, not منظمة أطباء cut at بلا; اللجنة الدولية للصليب الأحمر)
        grown = {id(nm): (nm.start, e, oid) for s, e, oid in known for nm in cued_org if nm.start < s < nm.end < e}
        if grown:
            found = [nm for nm in found if id(nm) not in grown]
            cued_org = [nm for nm in cued_org if id(nm) not in grown]
            known = [(a, e, oid) for a, e, oid in known
                     if not any(a < ge and gs < e for gs, ge, _ in grown.values())] + sorted(set(grown.values()))
        # (a listed full name around a shorter cue-announced one wins: هيئة التحقيق والادعاء العام)
        listed = [Name(s, e, "organisation", "listed", 0.8, oid) for s, e, oid in known
                  if not any(s < nm.end and nm.start < e and not (s <= nm.start and nm.end < e) for nm in cued_org)]
        found = [nm for nm in found if not any(ls.start <= nm.start and nm.end < ls.end for ls in listed)]
        found = [nm for nm in found if not any(
            (nm.source != "cue" or nm.type != "organisation" and ls.start <= nm.start and nm.end <= ls.end
             or nm.type != "organisation" and nm.start <= ls.start and ls.end <= nm.end and nm.end - nm.start <= ls.end - ls.start + 8)
            and ls.start < nm.end and nm.start < ls.end for ls in listed)] + listed
    if not places:
        return sorted(found, key=lambda x: (x.start, x.end))
    spans = {(s, e) for s, e, _, _ in places}
    # a place found after its cue that is also listed takes the listed place's id (one entity)
    # (a listed place that opens with a place word wins over the cued part inside it: وادي الدواسر)
    cued = [nm for nm in found if nm.source in ("cue", "listed") and not (nm.type == "place" and (nm.start, nm.end) in spans)
            and not (nm.type == "place" and nm.source == "cue" and any(s < nm.start and nm.end <= e for s, e in spans))]
    out = list(cued)
    for s, e, pid, strong in places:
        if not any(s < nm.end and nm.start < e for nm in cued):
            out.append(Name(s, e, "place", "geo", 0.8 if strong else 0.65, pid))
    geo = [nm for nm in out if nm.source == "geo"]
    for nm in found:
        if nm.source not in ("cue", "listed") and not any(nm.start < g.end and g.start < nm.end for g in geo):
            out.append(nm)
    return sorted(out, key=lambda x: (x.start, x.end))


#: a list of places after a place bridges up to this many ordinary-looking items once it has this many strong ones
LIST_BRIDGE = 2


def _places_listed_after(p, found: list[Name]) -> list[Name]:
    """A list of places that goes on after a place (في الطائف والخرمة وتربة والمويه وبني سعد): the
    names joined to a listed or cue-announced place by و or a comma are places too when each looks
    like a name by itself (:func:`_place_list_item`, strong); a name guessed over them (a person made
    of a given name and the next items: سعد والمحاني وقيا) gives way."""
    places = [nm for nm in found if nm.type == "place" and nm.source in ("geo", "cue", "listed")]
    if not places:
        return found
    tok_end = p.token_at()[1]
    added: list[Name] = []
    for nm in places:
        t = tok_end.get(nm.end)
        if t is None or t + 1 >= len(p.toks):
            continue
        nxt = t + 1
        items, weak = [], []
        strong = 0  # strong names of the list so far: items, and places already found that it runs through
        while True:
            got = _next_list_item(p, nxt)
            if not got:
                break
            a, e, words, st = got
            other = [o for o in found if o.type != "person" and o.start < p.ends[e - 1] and a < o.end]
            if other:
                if not (all(o.type == "place" for o in other) and p.ends[e - 1] <= max(o.end for o in other)):
                    break  # the next item is a name already (an organisation)
                items.extend(weak)  # the list runs on through a listed place (والمويه وظلم والمحاني وميسان)
                weak = []
                strong += 1
                nxt = tok_end.get(max(o.end for o in other), e - 1) + 1
                continue
            item = Name(a, p.ends[e - 1], "place", "list", 0.6, name_key(words))
            if not st:
                # after a place, every item must look like a name by itself; in a long list (two strong
                # names already) an ordinary-looking item between strong ones is a name too (وظلم والمحاني
                # ... وبني سعد): kept only when a strong item follows
                if strong < LIST_BRIDGE or len(weak) >= LIST_BRIDGE:
                    break
                weak.append(item)
                nxt = e
                continue
            items.extend(weak)
            weak = []
            items.append(item)
            strong += 1
            nxt = e
        added.extend(x for x in items if not any(y.start < x.end and x.start < y.end for y in added))
    added = [x for x in added if not any(o.type != "person" and o.start < x.end and x.start < o.end for o in found)]
    if not added:
        return found
    keep = [nm for nm in found if not (nm.type == "person" and any(a.start < nm.end and nm.start < a.end for a in added))]
    return sorted(keep + added, key=lambda x: (x.start, x.end))


#: a plural place word this many tokens before ``وهي (`` at most announces the list in the brackets
BRACKET_REACH = 30


def bracketed_places(p, found: list[Name]) -> list[Name]:
    """A list of places in brackets after ``وهي`` (... 14 حياً من أحياء الطائف، وهي (أم السباع، العنود، المنتزه)):
    the items are places (:func:`_place_list`) when a plural place word (``entity_cues.csv`` kind places: أحياء،
    قرى، مدن) stands earlier in the same sentence, at most :data:`BRACKET_REACH` tokens back (not أفلام وهي (...),
    أنواع وهي (...)); a name guessed over an item gives way, a name found there already stays."""
    if "هي (" not in p.ntext and "هي(" not in p.ntext:
        return found
    added: list[Name] = []
    for t in range(1, len(p.toks) - 1):
        if p.toks[t] != "(" or p.fkeys[t - 1] not in ("وهي", "هي") or not _is_word(p, t + 1):
            continue
        cue = None
        for b in range(t - 2, max(-1, t - 2 - BRACKET_REACH), -1):
            if p.toks[b] in ".!?؟:" or p.toks[b] == ")":
                break
            if _is_word(p, b) and word_info(p.toks[b]).cue == "places":
                cue = b
                break
        if cue is None:
            continue
        added.extend(Name(a, b, "place", "list", 0.65, name_key(ws)) for a, b, ws in _place_list(p, t + 1, bracket=True))
    added = [x for x in added if not any(o.type != "person" and o.start < x.end and x.start < o.end for o in found)]
    if not added:
        return found
    keep = [nm for nm in found if not (nm.type == "person" and any(a.start < nm.end and nm.start < a.end for a in added))]
    return sorted(keep + added, key=lambda x: (x.start, x.end))
