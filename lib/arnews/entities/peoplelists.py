"""People named in a comma list (split from :mod:`arnews.entities.names`): when two items or more of
a list of three or more are people found, the other name-like items are people too
(``شريف منير، ونيكول سابا، وإيهاب فهمي``)."""
from __future__ import annotations

from ..normalize import key
from ..spans import SpanIndex
from .cues import load_cues, word_info, zipf_ar
from .cuewords import nationality_word
from .keys import Name, name_key
from .latin import SENT_END as _SENT_END
from .wordtests import family_name as _family_name


_LIST_SEP = frozenset("،,")
#: attached pronouns: a word carrying one (بطولته، ابنته، برنامجيهما) is no part of a listed name
_PRONOUN_ENDS = ("ته", "تها", "تهم", "يه", "يها", "يهما", "هما", "هم", "كم")


def _list_name_word(w: str, cues, later: bool = False) -> bool:
    """A word that may be part of a person's name in a list: not a function word, cue, number or
    frequent common word; a definite word as a family name (``later``: after the first word of the
    item, a definite word not frequent in general Arabic: العابد، الجاسم); no attached pronoun."""
    info = word_info(w)
    k = key(w)
    if info.stop or info.cue or len(k) < 3 or k.startswith("لل"):
        return False
    if k in cues.given or info.foreign:
        return True
    if k.startswith("ال"):
        return _family_name(w, info) or (later and info.zipf < 4.8 and not k.endswith(("ون", "ين", "ات")))
    if k.endswith(_PRONOUN_ENDS) and zipf_ar(k) < 4.0 and len(k) >= 5:
        return False
    return info.zipf < 5.0


def _abd_compound(bare0: str, ws: list, t: int) -> bool:
    """Word t of a listed item opening with عبد + a definite word (عبد الأحد صطيفو، عبد الرحمن): the two words are
    one given name, whatever the second alone would be (الأحد is a weekday)."""
    return len(ws) > 1 and bare0 == "عبد" and (t == 0 or t == 1 and key(ws[1]).startswith("ال")
                                               and not word_info(ws[1]).stop)


def _two_items(ws: list, bare0: str, cues) -> bool:
    """The words of one listed item are two people or open with an adverb: a later word glued to و that is no given
    name (القعادي والحدمة، محمد وأحمد), or an accusative ordinal or adverb first (ثالثا فاطمة يعقوب: ثالث + the accusative ا)."""
    if any(key(w)[:1] == "و" and len(key(w)) > 3 and key(w) not in cues.given
           and (key(w)[1:3] == "ال" or key(w)[1:] in cues.given) for w in ws[1:]):
        return True  # (أوسكار وايلد: a transliteration opening with و is one word)
    return bare0.endswith("ا") and bare0 not in cues.given and zipf_ar(bare0[:-1]) >= 3.5


#: a word in -ين/-ون whose singular (the word without the ending) is this frequent is a plural noun, no name
#: (مؤيدين ومعارضين *supporters and opponents* before a list of names; person49)
PLURAL_SINGULAR_ZIPF = 3.5
#: ... and whose other case is this frequent (معارضون 3.0; a name has none: شاهون, and بوتون 2.6 is noise)
PLURAL_OTHER_CASE_ZIPF = 2.8


def plural_noun(k: str, cues) -> bool:
    """Key k is a sound masculine plural of a common noun (مؤيدين، المعارضون), not a name (حسين، ياسين are listed
    given names; a transliterated name is no plural of an Arabic word)."""
    if len(k) < 5 or not k.endswith(("ين", "ون")) or k in cues.given or k[2:] in cues.given:
        return False
    stem = k[2:-2] if k.startswith("ال") else k[:-2]
    other = k[:-2] + ("ون" if k.endswith("ين") else "ين")  # a plural is written in both cases (مؤيدون / مؤيدين)
    return len(stem) >= 3 and not word_info(k).foreign and zipf_ar(stem) >= PLURAL_SINGULAR_ZIPF \
        and zipf_ar(other) >= PLURAL_OTHER_CASE_ZIPF


def _cued_item(p, a: int, s: int) -> bool:
    """The listed item opening at token a holds nothing before the person starting at offset s but a glued و and
    titles or offices (والعميد رياض الحسن، المهندس سامر نيربية)."""
    if s <= p.starts[a] + (p.fkeys[a][:1] == "و"):
        return True
    t = a
    while t < len(p.toks) and p.ends[t] <= s:
        w = p.toks[t][1:] if t == a and p.fkeys[t][:1] == "و" and not word_info(p.toks[t]).cue else p.toks[t]
        if p.kinds[t] != "word" or word_info(w).cue not in ("title", "role"):
            return False
        t += 1
    return True


def _list_people(p, names: list[Name]) -> list[Name]:
    """People named in a list (``شريف منير، ونيكول سابا، وإيهاب فهمي``): when two items or more of
    a list of three or more are people found, the other items of one to three name-like words
    (:func:`_list_name_word`) are people too.  Items are separated by a comma, each after the
    first one opening with و or not; the first item is the one or two name-like words before the
    first comma.  An item that overlaps another name keeps it."""
    cues = load_cues()
    n = len(p.kinds)
    # runs of items: token ranges between separators
    items, lists = [], []
    start = 0
    for t in range(n + 1):
        if t == n or (p.kinds[t] == "punct" and p.toks[t] in _LIST_SEP) or (p.kinds[t] == "punct" and _SENT_END.match(p.toks[t])):
            if t > start:
                items.append((start, t))
            if t == n or p.toks[t] not in _LIST_SEP:
                if len(items) >= 3:
                    lists.append(items)
                items = []
            start = t + 1
    out = []
    index = None
    for items in lists:
        cands = []
        for x, (a, b) in enumerate(items):
            if any(p.kinds[t] != "word" for t in range(a, b)):
                cands.append(None)
                continue
            if x == 0:  # the first item: the last one or two name-like words
                a = b - 1
                if b - 2 >= 0 and p.kinds[b - 2] == "word" and _list_name_word(p.toks[b - 2], cues):
                    a = b - 2
            if b - a > 3 or (x == 0 and b - a == 1 and nationality_word(p.toks[a])):
                cands.append(None)  # (رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، ...: the office's adjective; fixn)
                continue
            ws = [p.toks[t] for t in range(a, b)]
            w0 = key(ws[0])
            bare0 = w0[1:] if w0[:1] == "و" and x > 0 and len(w0) >= 4 else w0
            ok = not any(plural_noun(key(w)[1:] if key(w)[:1] == "و" and len(key(w)) >= 5 else key(w), cues)
                         for w in ws) and all(_list_name_word(w if t else (bare0 if bare0 != w0 else w), cues, later=t > 0)
                     or _abd_compound(bare0, ws, t) for t, w in enumerate(ws)) and not _two_items(ws, bare0, cues)
            s = p.ends[a] - len(bare0) if bare0 != w0 else p.starts[a]
            cands.append((s, p.ends[b - 1], [bare0] + [key(w) for w in ws[1:]]) if ok else None)
        # an item that is a person found counts even when its words are no list name words (رياض الحسن: رياض is
        # a common word; session 44, person47)
        if index is None:  # (once per paragraph, and only with a list: a scan of every name per item was quadratic on
            persons = [nm for nm in names if nm.type == "person"]  # a huge paragraph)
            ending: dict[int, list[int]] = {}  # (the starts of the people ending at an offset)
            for nm in persons:
                ending.setdefault(nm.end, []).append(nm.start)
            index, held = SpanIndex((nm.start, nm.end) for nm in names), SpanIndex((nm.start, nm.end) for nm in persons)
        people = sum(1 for x, (a, b) in enumerate(items) if any(
            p.starts[a] <= st if x == 0 else _cued_item(p, a, st) for st in ending.get(p.ends[b - 1], ()))
                     or cands[x] and held.within(cands[x][0], cands[x][1]))
        if people < 2 or len([c for c in cands if c]) < 3:
            continue
        for c in cands:
            if c and not index.overlaps(c[0], c[1]):
                out.append(Name(c[0], c[1], "person", "list", 0.55, name_key(c[2])))
    return out
