"""A name in quotes right before a country's feminine adjective is an organisation (session 57, names61a, issue 14).

A paper, a channel, an agency or a company is often named bare, in quotes, with its country after it and no head
word: ``هي: السفير” اللبنانية، و”الشروق” المصرية و”الرأي” الكويتية``، ``ذكرت "iDNES.cz" التشيكية``، ``تصريحات لقناة
“العالم “الإيرانية``.  The feminine adjective agrees with the unwritten head (صحيفة، قناة، شركة، وكالة); the quotes
say the words between them are a name.  So a run of one to four words (Arabic or Latin) between an opening quote
(``" “ ” « (``, or the ``:`` opening a list) and a closing quote (``" ” “ » )``), the closing quote followed at once
by a definite feminine adjective of a country (``المصرية``، ``الأمريكية``: the masculine form is a nationality of
:func:`arnews.entities.cuewords.nationality_word`; not ``الجنوبية``، ``الرسمية``، ``العسكرية``), is an organisation.

An Arabic run is a name only in a sentence that writes, before the quote, a media or company head of
``learning_cues.csv`` (صحيفة، قناة، وكالة، شركة، مجموعة: not the masculine بنك/مصرف, not القناة/المجموعة with the
article alone, قناة السويس or مجموعة من) or the plural ``الصحف``/``جرائد`` of :mod:`.press_lists` (fixn58: once
anywhere in the paragraph): without one, a quoted word before a country is as often a base, a plane or a phrase
(قاعدة «إنجرليك» التركية، مقاتلات «الرافال» الفرنسية، «الحدود» اللبنانية، «البنية النووية» السعودية); a Latin run in
quotes (``"iDNES.cz" التشيكية``، ``"CNN" الأمريكية``) needs none, a Latin run in brackets does (``مجموعات التهديد
المتقدم المستمر (APT) الروسية``).  A head of ``quoted_kind_heads.csv`` right before the opening quote says the quotes
name something else (برنامج "حافز"، السفينة "ميسترال"، صواريخ "باتريوت"، الفتاة "نورة"); one common definite word in
ة (zipf 4.4 or more: "المرأة" السعودية، "الدبلوماسية" السعودية) is its own use unless a media head is right before
the quote or a plural press head opens the sentence's list.
Guards: no place cue before the opening quote (``مدينة «لورد» الفرنسية``), no run opening with ``لل`` (a closing
quote taken for an opening one); the quoted run is no stop word alone (``«لا» اليونانية``: the referendum's *no*), holds no digit-only token,
and is not a place listed to be read anywhere or after a preposition (``"سانت لويس" الأمريكية``، ``"روتردام" الهولندية``:
the city, or a club the sports rules read; ``الشروق``, a town read after a place cue only, stays in); a run any name already found overlaps is left to it.  The common words this reads as names (``الرأي``
*opinion*, ``الشروق`` *sunrise*, ``العالم`` *the world*) are names only in this frame: quoted, then a country.
"""
from __future__ import annotations

from ..frequency import zipf_ar
from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key
from .cues import word_info
from .cuewords import nationality_word
from .keys import Name, org_key
from .learned import load_learning_cues
from .places import place_index
from .press_lists import _HEADS as PRESS_PLURALS
from .proclitics import proclitics

__all__ = ["quoted_nationals"]

_OPENERS = frozenset('"“”«(:')
_CLOSERS = frozenset('"”“»)')
_QUOTE_CHARS = "\"“”«»()"


def _country_feminine(p, t: int) -> bool:
    """Token ``t`` is a definite feminine adjective of a country (المصرية، الإيرانية), written right after the quote."""
    if not (0 <= t < len(p.kinds)) or p.kinds[t] != "word":
        return False
    k = p.fkeys[t]
    w = p.toks[t]
    if not (k.startswith("ال") and k.endswith("يه") and len(k) > 5):
        return False
    gap = p.ntext[p.ends[t - 1]:p.starts[t]]
    return "\n" not in gap and len(gap) <= 1 and nationality_word(w[:-1]) == 1


def _listed_place(words: list[str]) -> bool:
    """The words are a listed place read anywhere or after a preposition (سانت لويس، روتردام; not الشروق, a town
    read after a place cue only)."""
    ks = tuple(key(w) for w in words)
    return any(tuple(ws) == ks and level <= 1 for ws, _, level in place_index().names.get(ks[0], ()))


def _latin_dot(p, t: int) -> bool:
    """Token ``t`` is a dot inside a Latin name (iDNES.cz): Latin on both sides, no space."""
    return (p.toks[t] == "." and 0 < t < len(p.kinds) - 1 and p.kinds[t - 1] == "latin" and p.kinds[t + 1] == "latin"
            and p.ends[t - 1] == p.starts[t] and p.ends[t] == p.starts[t + 1])


def _latin_run(p, a: int, b: int) -> bool:
    """Tokens a..b-1 hold a Latin run (iDNES.cz، CNN): a name by itself."""
    return any(p.kinds[x] == "latin" for x in range(a, b))


def _head_stem(k: str):
    """The word's key behind each proclitic reading of an organisation's head (وشركة، الصحف، لقناة)."""
    for c in proclitics("org_head_article"):
        if k.startswith(c) and len(k) - len(c) >= 3:
            yield k[len(c):]


#: a head of ``learning_cues.csv`` that agrees with the feminine adjective (صحيفة، قناة، وكالة، شركة، مجموعة، جريدة):
#: بنك and مصرف are masculine (مدير البنك، مصرف *a drain*), and a bank's country follows as السعودي
_MASCULINE_HEADS = frozenset({"بنك", "مصرف"})
#: a head read as an ordinary noun by the word after it (مجموعة من الطلاب *a group of*، قناة السويس *the canal*)
_COMMON_AFTER = {"مجموعه": frozenset({"من"}), "قناه": frozenset({"السويس", "بنما", "الري"})}
#: heads that are no head with the article alone (القناة *the canal*، المجموعة الروسية *the (hackers') group*)
_BARE_ONLY = frozenset({"قناه", "مجموعه"})
_SENTENCE_ENDS = frozenset(".!?؟")


@lexicon_cache(maxsize=2)
def _media_heads() -> frozenset:
    heads = {k for k, (typ, cls) in load_learning_cues().items() if cls in ("media", "company")} - _MASCULINE_HEADS
    return frozenset(heads | {key(w) for w in PRESS_PLURALS})


@lexicon_cache(maxsize=2)
def _kind_heads() -> frozenset:
    """The heads of ``quoted_kind_heads.csv`` (key form): a programme, a craft, a person, a team, a work."""
    return frozenset(key(r["word"].strip()) for r in read_lexicon("quoted_kind_heads.csv") if r.get("word", "").strip())


def _head_at(p, t: int, heads: frozenset) -> str | None:
    """The head of ``heads`` token ``t`` writes behind a proclitic reading (وشركة، لقناة، الصحف), else None."""
    if not (0 <= t < len(p.kinds)) or p.kinds[t] != "word":
        return None
    return next((st for st in _head_stem(p.fkeys[t]) if st in heads), None)


def _press_context(p, o: int) -> str | None:
    """The sentence of the quote writes, before the opening quote ``o``, a media or company head of
    ``learning_cues.csv`` (صحيفة، قناة، وكالة، شركة) or a plural press head (الصحف، جرائد) in its own use: a run of
    common words in quotes names a paper or a company there (و”الرأي” الكويتية).  Not the definite القناة (*the
    canal*) or المجموعة, قناة السويس, مجموعة من (*a group of*), nor a masculine head (البنك).  Returns the nearest
    such head (key form), else None."""
    heads = _media_heads()
    t = o - 1
    while t >= 0:
        if p.kinds[t] == "punct" and p.toks[t] in _SENTENCE_ENDS and not _latin_dot(p, t):
            return None
        if t + 1 < len(p.kinds) and "\n" in p.ntext[p.ends[t]:p.starts[t + 1]]:
            return None
        h = _head_at(p, t, heads)
        if h is not None:
            nxt = p.fkeys[t + 1] if t + 1 < len(p.kinds) and p.kinds[t + 1] == "word" else ""
            definite = p.fkeys[t].endswith("ال" + h)
            if nxt not in _COMMON_AFTER.get(h, ()) and not (definite and h in _BARE_ONLY):
                return h
        t -= 1
    return None


def _headed_before(p, o: int, words: list[str], found: list[Name]) -> str | None:
    """The paragraph has already named these words with a head (صحيفة الشروق المصرية ... وأضافت ”الشروق” المصرية): an
    organisation found before the quote whose key holds the words' key and opens with a media or company head."""
    ks = org_key(words).split()
    heads = _media_heads()
    start = p.starts[o]
    for nm in found:
        kk = nm.key.split() if nm.type == "organisation" and nm.end <= start else []
        if kk and kk[0] in heads and any(kk[i:i + len(ks)] == ks for i in range(1, len(kk) - len(ks) + 1)):
            return kk[0]
    return None


#: words right before the quote that make it a paper's name as a media head does (رئيس تحرير "السياسة")
_PRESS_BEFORE = frozenset({"تحرير"})


def _common_abstract(p, o: int, words: list[str], head: str | None) -> bool:
    """One common definite word ending in ة in quotes ("المرأة" السعودية، "الدبلوماسية" السعودية: zipf at least
    :data:`_COMMON_ZIPF`) with no media or company head right before the opening quote, nor a plural press head
    (``head``, the sentence's: الصحف ... هي: الحياة” اللبنانية) opening a list of papers: the word's own use."""
    if len(words) != 1 or p.kinds[o + 1] != "word" or head in _PLURAL_KEYS:
        return False
    k = key(words[0])
    if not (k.startswith("ال") and k.endswith("ه")) or zipf_ar(words[0]) < _COMMON_ZIPF:
        return False
    if o > 0 and p.kinds[o - 1] == "word" and p.fkeys[o - 1] in _PRESS_BEFORE:
        return False
    return _head_at(p, o - 1, _media_heads()) is None and _head_at(p, o - 1, _PLURAL_KEYS) is None


_PLURAL_KEYS = frozenset(key(w) for w in PRESS_PLURALS)
#: the zipf from which a quoted definite word in ة is common Arabic (المرأة 5.4، الدبلوماسية 4.5، الرؤية 4.5)
_COMMON_ZIPF = 4.4


def quoted_nationals(p, found: list[Name]) -> list[Name]:
    """``found`` with each quoted name before a country's feminine adjective (see the module) added."""
    if not any(c in p.ntext for c in _QUOTE_CHARS):
        return found
    kinds, toks = p.kinds, p.toks
    new = []
    for c in range(1, len(kinds) - 1):
        if kinds[c] != "punct" or toks[c] not in _CLOSERS or not _country_feminine(p, c + 1):
            continue
        o = c - 1
        while o >= 0 and (kinds[o] in ("word", "latin") or _latin_dot(p, o)) and c - o <= 5:
            o -= 1
        if o < 0 or kinds[o] != "punct" or toks[o] not in _OPENERS or not 1 <= c - o - 1 <= 4:
            continue
        if (toks[o] == "(") != (toks[c] == ")"):
            continue  # (a bracket closes a bracket, a quote a quote)
        words = [toks[x] for x in range(o + 1, c) if not _latin_dot(p, x)]
        if len(words) == 1 and kinds[o + 1] == "word":
            info = word_info(words[0])
            if info.stop or info.conj or len(key(words[0])) < 3:
                continue  # «لا» اليونانية
        if _listed_place(words):
            continue  # "سانت لويس" الأمريكية: the city
        if o > 0 and p.kinds[o - 1] == "word" and word_info(p.toks[o - 1]).cue == "place":
            continue  # مدينة «لورد» الفرنسية: a place cue before the quote
        if _head_at(p, o - 1, _kind_heads()) is not None:
            continue  # برنامج "حافز" السعودية، السفينة "ميسترال" الفرنسية: the head says what the quotes name
        head = _press_context(p, o) or _headed_before(p, o, words, found)
        if (toks[o] == "(" or not _latin_run(p, o + 1, c)) and head is None:
            continue  # «الحدود» اللبنانية، قاعدة «إنجرليك» التركية، (APT) الروسية: no paper or company in sight
        if _common_abstract(p, o, words, head):
            continue  # "المرأة" السعودية: the word's own use
        if key(words[0]).startswith("لل"):
            continue  # "مشكاة" للطاقة الذرية "السعودية 2050": a preposition opens no name (the quotes of two spans)
        s, e = p.starts[o + 1], p.ends[c - 1]
        if any(nm.start < e and s < nm.end for nm in found):
            continue
        new.append(Name(s, e, "organisation", "cue", 0.65, org_key(words), p.toks[c + 1]))
    if not new:
        return found
    return sorted(found + new, key=lambda x: (x.start, x.end))
