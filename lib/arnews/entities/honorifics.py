"""People named by an honorific the cue list leaves out, or by a eulogy said after their name (session 48, person52).

Over the development sets blind40-51, persons found nowhere include the classical and religious figures a
paragraph names by one word: ``الملا عمر`` (six mentions in one article), ``الخليفة عثمان``, ``الإمام مالك``,
``قتلوا عثمان رضي الله عنه``, ``وعن ابن عمر رضي الله عنهما``, ``الإمام البخاري رحمه الله``.  The name finder
reads no cue there (``الملا``, ``الخليفة`` are no cue; ``الإمام`` is an office whose one common word after it it
does not trust), and the words are ordinary Arabic (``عمر`` *age*, ``مالك`` *owner*).  Both signals are listed in
``honorific_words.csv``:

* ``title`` (``scholar``): a title right before a listed given name (``entity_cues.csv`` kind ``given``) is that
  person, with the name's chain after it (``بن``/``ابن`` + a word, another given name, a rare family name); before
  ``ابن`` + a word (``الإمام ابن تيمية``); a scholar's title before a definite nisba rarer than :data:`NISBA_ZIPF`
  (``الإمام البخاري``; not ``الخليفة الداعشي``, an adjective); before a rare plain word and a listed given name
  (``الملا أختر منصور``).  Not ``على`` (its key is the given name علي: ``وشدد الإمام على ضرورة``).  Not after a facility or body word
  (``مسجد الإمام تركي``, ``جامعة الإمام محمد``: the facility's patron, found by the body rules) nor after a given
  name (``عبدالله الملا``: a family name).
* ``eulogy``: the name right before the formula (a dash or comma between allowed): a listed given name (``عثمان``),
  a word after a kunya or nasab word (``ابن عمر``, ``أبي هريرة``, ``عمر بن الخطاب``), or a definite nisba rarer than
  :data:`FAMILY_ZIPF` (``الطيبي رحمه الله``, ``سعود الدوسري رحمه الله``, with a rare given name after a title:
  ``الشيخ وهبة الزحيلي``), extended back over its nasab.  Nothing when the word before is a common noun
  (``مكانة الصحابة رضي الله عنهم``) or a ``mourned`` word of the list (``ابن الفقيد رحمه الله``, ``المتوفي رحمه
  الله``, ``الراوي رحمه الله``), nor after a facility word, with a title between or not
  (``طريق الخليفة علي بن أبي طالب رضي الله عنه``: the road).

A name another rule found across the span leaves it alone (one already found, a facility named after its patron);
a person found whose run reads on into the eulogy (``أنس بن مالك رضي``) ends before it.
"""
from __future__ import annotations

import bisect

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .bodies import body_words
from .cues import load_cues, word_info, zipf_ar
from .guards import imperfect_verb
from .keys import Name, name_key, tanween
from .positions import adjacent, is_word, word_types

__all__ = ["honorific_people", "honorific_words", "mourned_words", "name_link_words", "NISBA_ZIPF", "FAMILY_ZIPF", "PLAIN_ZIPF"]

#: a definite nisba right after a title names the person when rarer than this (البخاري 4.6، الشافعي 4.3; not الرسمي 5.1)
NISBA_ZIPF = 4.7
#: a definite nisba right before a eulogy is a family name when rarer than this (الدوسري 3.8، الطيبي 2.9)
FAMILY_ZIPF = 4.0
#: a plain word between a title and a listed given name is a given name when rarer than this (أختر 3.5، اختر 4.0)
PLAIN_ZIPF = 4.5
_MARKS = frozenset("-–—ـ،,")
#: the longest name read
_MAX_WORDS = 5


@lexicon_cache(maxsize=2)
def name_link_words() -> dict:
    """The kunya and nasab words of ``name_link_words.csv`` that open or link a classical name (ابن عمر، أبي هريرة،
    عمر بن الخطاب), as sets of keys: ``kin`` (every word), ``nasab`` (بن، بنت، ابن), ``link`` (the nasab words read
    back over before a eulogy, بن، بنت: ابن opens a name, وعن ابن عمر is ابن عمر), ``kunya`` (أبي، أبو، أبا، أم)."""
    kinds = word_kinds("name_link_words.csv", ("link", "nasab", "kunya"), key)
    return {"kin": frozenset(kinds), "nasab": frozenset(k for k, kd in kinds.items() if kd in ("link", "nasab")),
            "link": frozenset(k for k, kd in kinds.items() if kd == "link"),
            "kunya": frozenset(k for k, kd in kinds.items() if kd == "kunya")}


@lexicon_cache(maxsize=2)
def honorific_words() -> tuple[dict, tuple]:
    """The titles (key -> kind, ``title`` or ``scholar``), and the eulogies as tuples of word keys, of
    ``honorific_words.csv``."""
    kinds = word_kinds("honorific_words.csv", ("title", "scholar", "eulogy", "mourned"))
    titles = {key(w): kd for w, kd in kinds.items() if kd in ("title", "scholar")}
    eulogies = tuple(sorted({tuple(key(x) for x in w.split()) for w, kd in kinds.items() if kd == "eulogy"},
                            key=len, reverse=True))
    return titles, eulogies


@lexicon_cache(maxsize=2)
def mourned_words() -> frozenset:
    """Keys of the ``mourned`` words of ``honorific_words.csv`` (الفقيد، الشهيد، الراوي): a eulogy after them names
    no one by name (ابن الفقيد رحمه الله: *the late man's son*)."""
    kinds = word_kinds("honorific_words.csv", ("title", "scholar", "eulogy", "mourned"))
    return frozenset(key(w) for w, kd in kinds.items() if kd == "mourned")


def _given(k: str, given) -> bool:
    return (k in given and not k.startswith("ال")) or (k.startswith("عبد") and len(k) >= 6)


def _title_at(k: str, titles) -> str:
    """The kind of the title key ``k`` is, bare or behind و/ف/ب/ك or ل (للإمام), else ''."""
    return titles.get(k) or (titles.get(k[1:], "") if k[:1] in "وفبك" else "") or \
        (titles.get("ا" + k[1:], "") if k.startswith("لل") else "")


def _plain(p, t: int) -> bool:
    """Token t is a word with no article, cue, stop word or tanween, and no verb."""
    if not is_word(p, t) or tanween(p, t):
        return False
    info = word_info(p.toks[t])
    k = p.fkeys[t]
    return not (k.startswith("ال") or info.cue or info.stop or len(k) < 2) and not imperfect_verb(p.toks[t])


def _nisba(p, t: int, limit: float) -> bool:
    """Token t is a definite nisba (الشافعي) rarer than ``limit``, no cue or stop word; written with ي, not ى (not
    ``رسول الهدى صلى الله عليه وسلم``: *the messenger of guidance*)."""
    if not is_word(p, t) or tanween(p, t):
        return False
    k = p.fkeys[t]
    info = word_info(p.toks[t])
    return k.startswith("ال") and p.toks[t].endswith("ي") and len(k) >= 5 and not info.cue and not info.stop \
        and zipf_ar(p.toks[t]) < limit


def _chain_end(p, b: int, given) -> int:
    """End (exclusive) of a name's chain after its first words end at token b: بن/ابن + a word, a listed given
    name, a rare family name."""
    n = len(p.toks)
    start = b
    while b < n and b - start < _MAX_WORDS and is_word(p, b) and adjacent(p, b - 1, b):
        k = p.fkeys[b]
        if k in name_link_words()["nasab"] and is_word(p, b + 1) and adjacent(p, b, b + 1) and not word_info(p.toks[b + 1]).stop:
            b += 2
        elif _given(k, given) and not word_info(p.toks[b]).stop:
            b += 1
        elif _nisba(p, b, FAMILY_ZIPF):
            b += 1
            break  # (the family name closes the name)
        else:
            break
    return b


def _facility_before(p, t: int) -> bool:
    """The word right before token t is a facility, body or place word (مسجد، طريق، جامعة، شارع): what follows
    names the facility after its patron."""
    if t < 1 or not is_word(p, t - 1) or not adjacent(p, t - 1, t):
        return False
    prev = word_info(p.toks[t - 1])
    return prev.cue in ("org", "place", "places") or prev.bare in body_words() or p.fkeys[t - 1] in body_words()


def _title_person(p, t: int, given, scholar: bool) -> tuple[int, int]:
    """Tokens (a, b) of the person a title at token t names (``scholar``: a rare nisba alone too), else (0, 0)."""
    a = t + 1
    if not (is_word(p, a) and adjacent(p, t, a)):
        return 0, 0
    if _facility_before(p, t) or t > 0 and is_word(p, t - 1) and adjacent(p, t - 1, t) \
            and _given(p.fkeys[t - 1], given):
        return 0, 0  # (مسجد الإمام تركي: a facility's patron; عبدالله الملا: a family name)
    k = p.fkeys[a]
    # (not على, a preposition whose key is علي: وشدد الإمام على ضرورة ...)
    if _given(k, given) and not tanween(p, a) and not word_info(p.toks[a]).stop and not p.toks[a].endswith("ى"):
        return a, _chain_end(p, a + 1, given)  # الملا عمر، الخليفة عثمان، الإمام علي
    if k == key("ابن") and is_word(p, a + 1) and adjacent(p, a, a + 1) and not word_info(p.toks[a + 1]).stop:
        return a, a + 2  # الإمام ابن تيمية
    if scholar and _nisba(p, a, NISBA_ZIPF):
        return a, a + 1  # الإمام البخاري (not الخليفة الداعشي: an adjective)
    if _plain(p, a) and zipf_ar(p.toks[a]) < PLAIN_ZIPF and is_word(p, a + 1) and adjacent(p, a, a + 1) \
            and _given(p.fkeys[a + 1], given):
        return a, _chain_end(p, a + 2, given)  # الملا أختر منصور
    return 0, 0


def _eulogy_at(p, t: int, eulogies) -> int:
    """Number of tokens of the eulogy starting at token t, else 0."""
    for e in eulogies:
        if tuple(p.fkeys[t:t + len(e)]) == e and all(is_word(p, x) for x in range(t, t + len(e))):
            return len(e)
    return 0


def _name_word(p, t: int, given) -> bool:
    """Token t may stand in a classical name: a listed given name or a plain word rarer than general prose."""
    if not is_word(p, t) or word_info(p.toks[t]).stop:
        return False
    k = p.fkeys[t]
    return _given(k, given) or (not word_info(p.toks[t]).cue and zipf_ar(p.toks[t]) < 5.5 and not tanween(p, t))


def _titled(p, t: int) -> bool:
    """Token t is a plain word rarer than :data:`PLAIN_ZIPF` right after a title cue (الشيخ وهبة): a given name."""
    return t >= 1 and _plain(p, t) and zipf_ar(p.toks[t]) < PLAIN_ZIPF and is_word(p, t - 1) \
        and adjacent(p, t - 1, t) and word_info(p.toks[t - 1]).cue == "title"


def _eulogised(p, e: int, given) -> tuple[int, int, int]:
    """Tokens (a, b) of the person named right before a eulogy whose last name word is token e, and the number of
    characters of a و glued to the first word (0 or 1); else (0, 0, 0)."""
    if not is_word(p, e) or tanween(p, e):
        return 0, 0, 0
    k = p.fkeys[e]
    if k in mourned_words():
        return 0, 0, 0  # (ابن الفقيد رحمه الله، المتوفي رحمه الله: a word for the dead, no name)
    glued = k[:1] == "و" and _given(k[1:], given) and not _given(k, given)
    before = e - 1 if e > 0 and is_word(p, e - 1) and adjacent(p, e - 1, e) else -1
    kin = before >= 0 and p.fkeys[before] in name_link_words()["kin"]
    if kin and _name_word(p, e, given) or k.startswith("ال") and kin:
        a = before  # ابن عمر، أبي هريرة، بن الخطاب
    elif _given(k, given) or glued:
        a = e  # عثمان رضي الله عنه (علي too: no preposition stands before a eulogy)
    elif _nisba(p, e, FAMILY_ZIPF):
        a = e - 1 if before >= 0 and (_given(p.fkeys[before], given) or _titled(p, before)) else e
        # سعود الدوسري رحمه الله، الشيخ وهبة الزحيلي رحمه الله، الطيبي رحمه الله
    else:
        return 0, 0, 0
    # back over the nasab: عمر بن الخطاب، عبدالله بن عباس
    while a >= 2 and p.fkeys[a] in name_link_words()["link"] and is_word(p, a - 1) and adjacent(p, a - 1, a) \
            and _name_word(p, a - 1, given) and e - a < _MAX_WORDS:
        a -= 1
        if a >= 2 and is_word(p, a - 1) and adjacent(p, a - 1, a) and p.fkeys[a - 1] in name_link_words()["kunya"]:
            a -= 1  # أبي بكر بن
    if a < e and p.fkeys[a].startswith("ال") and a >= 1 and is_word(p, a - 1) and adjacent(p, a - 1, a) \
            and _given(p.fkeys[a - 1], given) and not word_info(p.toks[a - 1]).stop:
        a -= 1  # سعود الفيصل بن عبدالعزيز: the given name before a family name in the nasab
    if p.fkeys[a] in name_link_words()["nasab"] and p.fkeys[a] != key("ابن"):
        return 0, 0, 0  # (a chain that opens with بن: its head is no name word)
    head = a - 1 if a >= 1 and is_word(p, a - 1) and adjacent(p, a - 1, a) and (
        word_info(p.toks[a - 1]).cue == "title" or _title_at(p.fkeys[a - 1], honorific_words()[0])) else a
    if _facility_before(p, head):
        return 0, 0, 0  # (طريق الخليفة علي بن أبي طالب رضي الله عنه: the road named after him)
    k0 = p.fkeys[a]
    cut = 1 if (a == e and glued) or (a < e and k0[:1] == "و" and k0[1:] in name_link_words()["kin"]) else 0
    return a, e + 1, cut


class _LiveNames:
    """The names found so far, in list order, as the pass edits them: the ones overlapping a span come from a
    bisect of the sorted starts and a walk back over at most the longest name (not a scan of every name per
    eulogy or title: quadratic on a 2 MB one-line article); a name dropped is marked, a name added inserted."""

    def __init__(self, names: list):
        self.names = list(names)
        self.dead: set = set()
        self.order = sorted((nm.start, i) for i, nm in enumerate(self.names))
        self.longest = max((nm.end - nm.start for nm in self.names), default=0)

    def near(self, lo: int, hi: int) -> list:
        """Indices, in list order, of the names alive with ``start < hi`` and ``end > lo``."""
        j = bisect.bisect_left(self.order, (hi, -1))
        floor = lo - self.longest
        got = []
        while j > 0 and self.order[j - 1][0] >= floor:
            j -= 1
            i = self.order[j][1]
            if i not in self.dead and self.names[i].end > lo:
                got.append(i)
        return sorted(got)

    def drop(self, i: int) -> None:
        self.dead.add(i)

    def add(self, nm) -> None:
        bisect.insort(self.order, (nm.start, len(self.names)))
        self.names.append(nm)
        self.longest = max(self.longest, nm.end - nm.start)

    def alive(self) -> list:
        return [nm for i, nm in enumerate(self.names) if i not in self.dead]


def honorific_people(p, found: list) -> list:
    """``found`` with the people of the module docstring added."""
    if p.rules != "ar":
        return found
    titles, eulogies = honorific_words()
    heads = {e[0] for e in eulogies}
    types = word_types(p)
    has_title = any(_title_at(key(w), titles) for w in types)
    if not has_title and not any(key(w) in heads for w in types):
        return found
    given = load_cues().given
    live = _LiveNames(found)
    changed = False
    n = len(p.toks)
    for t in range(n):
        if not is_word(p, t):
            continue
        k = p.fkeys[t]
        a = b = cut = 0
        cue = ""
        kind = _title_at(k, titles) if has_title else ""
        if kind:
            a, b = _title_person(p, t, given, kind == "scholar")
            cue = p.toks[t]
        elif k in heads and t > 0 and _eulogy_at(p, t, eulogies):
            e = t - 1
            if e >= 0 and p.kinds[e] != "word" and p.toks[e] in _MARKS:
                e -= 1  # عثمان بن عفان، رضي الله عنه; ابن عمر - رضي الله عنهما
            if e >= 0:
                head = next((i for i in live.near(p.starts[e], p.starts[e] + 1) if live.names[i].type == "person"
                             and live.names[i].start <= p.starts[e] and p.starts[t] < live.names[i].end), None)
                if head is not None:  # أنس بن مالك رضي: a nasab run read on into the eulogy ends before it
                    nm = live.names[head]
                    live.names[head] = Name(nm.start, p.ends[e], "person", nm.source, nm.confidence,
                                            name_key(p.norm.text[nm.start:p.ends[e]].split()), nm.cue)
                    changed = True
                    continue
            a, b, cut = _eulogised(p, e, given) if e >= 0 else (0, 0, 0)
        if b <= a:
            continue
        s, e_ = p.starts[a] + cut, p.ends[b - 1]
        over_at = live.near(s, e_)
        over = [live.names[i] for i in over_at]
        if over and not all((nm.type == "place" and nm.source == "translit" or nm.type == "person" and not cue)
                            and s <= nm.start and nm.end <= e_ and nm.end - nm.start < e_ - s for nm in over):
            continue  # (a name found there: already the person, or a facility named after its patron)
        # (a shorter person inside a name before a eulogy is the same man read in part: سعود in سعود الفيصل بن ...)
        words = [p.toks[x] for x in range(a, b) if p.kinds[x] == "word"]
        if cut:
            words[0] = words[0][1:]
        for i in over_at:
            live.drop(i)
        live.add(Name(s, e_, "person", "cue", 0.7, name_key(words), cue))
        changed = True
    return sorted(live.alive(), key=lambda x: (x.start, x.end)) if changed else found
