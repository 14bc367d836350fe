"""Stock exchanges and listed companies on a market page (round 23; ``market_words.csv``).

A market report names its exchanges and companies without the heads the name finder reads
(وزارة، شركة): ``مؤشر بورصة قطر``, ``سوق دبي``, ``سوق الكويت للأوراق المالية``, ``البورصة المصرية``,
``السوق المالية السعودية``; ``سهم إعمار العقارية``, ``أسهم شركات فيبكو وسابك وأسمنت حائل الأكثر
ارتفاعا``.  Here, in the paragraph's tokens:

* an **exchange**: an exchange head (بورصة، سوق; proclitics allowed) before a listed place and the
  tails that close it (للأوراق المالية، المالي), or with the article before its exchange tail and a
  country's adjective (البورصة المصرية، السوق المالية السعودية); ``سوق`` only on a market page (a share
  or index word in the paragraph) or with a tail: ``سوق عكاظ`` elsewhere is a place;
* a **company**: the words after a share word (سهم، أسهم, not ``الأسهم``), optionally after ``شركة``/
  ``شركات``: one name after ``سهم``, a list joined by و after ``أسهم شركات``.  A name is its first word and
  the words that continue a company's name (a company's field, a listed place, a gentilic, a rare or
  transliterated word); a one-word name must be rare or transliterated (``سهم إعمار``; not ``أسهم في``, the
  verb *contributed*, nor ``أسهم البنوك``, a sector).  A number, a stop word, punctuation or a list
  closer (الأكثر ارتفاعا) ends the list.

The names found replace the places and guesses they overlap (``قطر`` of ``بورصة قطر`` is the exchange's
name, not the country here); a cue-announced organisation that holds them keeps them.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived, word_kinds
from ..normalize import WORD_CACHE, key
from .cues import word_info
from .places import listed_place_at
from .positions import is_word as _word, adjacent as _adjacent
from .proclitics import proclitics
from .share_lists import closed_share_list
from .keys import Name, org_key

__all__ = ["market_words", "paragraph_markets"]

KINDS = ("exchange", "exchange_tail", "share", "companies", "index", "list_end")
#: a one-word company name (after a share word) is rarer than this in general Arabic (إعمار 3.7، سابك 3.5)
COMPANY_WORD_ZIPF = 4.5
#: a later word of a company's name that is neither a field, a place nor a gentilic is rarer than this
COMPANY_PART_ZIPF = 4.5
#: a one-word item of a list of companies with the article is rarer than this (الإنماء 3.2; not التأمين، البنوك)
DEFINITE_ITEM_ZIPF = 4.0
#: number words before a share word that count shares (148 مليون سهم), no company's share
_COUNTING = frozenset(key(w) for w in ("مليون", "ملايين", "مليار", "مليارات", "ألف", "آلاف", "ألفا", "مئة", "مائة"))
#: a list of companies holds at most this many names
LIST_MAX = 12


@lexicon_cache(maxsize=2)
def market_words() -> dict:
    """Normalised word -> kind (see the module docstring)."""
    return word_kinds("market_words.csv", KINDS, key)


def _kind(p, i: int, definite: bool = False) -> tuple[str, int]:
    """(kind, letters of proclitics and article) of a market word at token i, else ("", 0)."""
    if not _word(p, i):
        return "", 0
    return _key_kind(p.keys[i], definite)


@lexicon_derived(maxsize=WORD_CACHE)
def _key_kind(k: str, definite: bool) -> tuple[str, int]:
    """:func:`_kind` of a word key (remembered per word type)."""
    words = market_words.current()
    for pre in proclitics("conj_prep"):
        if not k.startswith(pre):
            continue
        rest = k[len(pre):]
        if rest in words and not definite:
            return words[rest], len(pre)
        if definite and rest.startswith("ال") and rest[2:] in words:
            return words[rest[2:]], len(pre)
        if definite and pre == "ل" and rest.startswith("ل") and rest[1:] in words:
            return words[rest[1:]], len(pre)  # للبورصة: li- + the article
    return "", 0


def _kinds_present(p) -> tuple[frozenset, frozenset]:
    """The market-word kinds of the paragraph's words, read plain and read definite (memoised:
    one look-up per token for the paragraph, not one per question)."""
    got = p.memo.get("market_kinds")
    if got is None:
        market_words()  # (syncs the lexicon folder for the per-word cache)
        words = [k for k, kd in zip(p.keys, p.kinds) if kd == "word"]
        got = p.memo["market_kinds"] = (frozenset({_key_kind(k, False)[0] for k in words}),
                                        frozenset({_key_kind(k, True)[0] for k in words}))
    return got


_PAGE_KINDS = frozenset({"share", "index"})


@lexicon_cache(maxsize=2)
def _gate_words() -> tuple:
    """The market words of the kinds that let a paragraph hold a market name (share, index, exchange): a
    word reads as one only when it holds one of them, so a key text without any has none."""
    return tuple(sorted(w for w, kd in market_words().items() if kd in _PAGE_KINDS or kd == "exchange"))


def _market_page(p) -> bool:
    """The paragraph speaks of shares or an index (memoised)."""
    got = p.memo.get("market_page")
    if got is None:
        plain, definite = _kinds_present(p)  # (الأسهم: a tail and the shares)
        got = p.memo["market_page"] = bool(plain & _PAGE_KINDS or definite & _PAGE_KINDS)
    return got


def _country_adjective(w: str, masculine: bool = False) -> bool:
    """A country's definite adjective, feminine (السعودية; ``masculine``: or السعودي)."""
    from .guards import gentilic_place

    k = key(w)
    return k.startswith("ال") and k.endswith(("يه", "ية") + (("ي",) if masculine else ())) and bool(gentilic_place(w))


def _tails(p, j: int) -> int:
    """End of the exchange tails at token j (للأوراق المالية، المالي)."""
    while _word(p, j) and _adjacent(p, j - 1, j) and market_words().get(p.fkeys[j]) == "exchange_tail":
        j += 1
    return j


def _exchange(p, i: int):
    """(start token, end token, name start offset) of an exchange at token i, else None."""
    kd, cut = _kind(p, i)
    if kd == "exchange" and _word(p, i + 1) and _adjacent(p, i, i + 1):
        m = listed_place_at(p, i + 1)
        if m:
            e = _tails(p, i + 1 + m)
            if p.fkeys[i].endswith("سوق") and e == i + 1 + m and not _market_page(p):
                return None  # سوق عكاظ: a market place, not an exchange
            return i, e, p.starts[i] + cut
        e = _tails(p, i + 1)
        if e > i + 1 and _word(p, e) and _adjacent(p, e - 1, e) and _country_adjective(p.toks[e], True):
            return i, e + 1, p.starts[i] + cut  # سوق الأسهم السعودية (السعودي): the country's stock market
    kd, cut = _kind(p, i, True)
    if kd == "exchange":
        e = _tails(p, i + 1)
        if _word(p, e) and _adjacent(p, e - 1, e) and _country_adjective(p.toks[e]):
            if p.fkeys[i].endswith("سوق") and e == i + 1:
                return None  # السوق السعودية: the Saudi market at large
            return i, e + 1, p.starts[i] + cut
    return None


def _company_part(p, t: int) -> bool:
    """Token t continues a company's name: a company's field, a listed place, a gentilic, a rare or
    transliterated word; never a market word, a stop word or a word behind و (the next list item)."""
    from .bodies import body_words
    from .guards import imperfect_verb

    if not _word(p, t) or not _adjacent(p, t - 1, t):
        return False
    w = p.toks[t]
    k = key(w)
    info = word_info(w)
    if info.stop or info.conj or k in market_words() or (k.startswith("ال") and k[2:] in market_words()):
        return False
    if body_words().get(k) == "company_tail" or listed_place_at(p, t, anywhere=True):
        return True
    if _list_end(k) or imperfect_verb(w):
        return False  # سهم مشاريع الكويت أعلى، أسهم أمريكا تفتح: an elative or a verb after the name
    if k.startswith("ال") and k.endswith(("يه", "ية", "ي")) and len(k) >= 6 and not info.cue:
        return True  # الوطنية، التجاري: the company's adjective
    return info.foreign or (info.zipf < COMPANY_PART_ZIPF and info.bare in (k, k[2:]))


def _list_end(k: str) -> bool:
    """A list closer, with or without the article (الأكثر، أعلى)."""
    words = market_words()
    return words.get(k) == "list_end" or words.get("ال" + k) == "list_end" or k[:1] == "و" and words.get(k[1:]) == "list_end"


def _company(p, i: int) -> int:
    """End token of a company's name at token i, else i (see the module docstring)."""
    from .bodies import body_words

    if not _word(p, i):
        return i
    w = p.toks[i]
    info = word_info(w)
    k = key(w)
    if info.stop or info.cue and info.cue != "org" or market_words().get(k) in ("list_end", "share", "index"):
        return i
    j = i + 1
    while j - i < 4 and _company_part(p, j):
        j += 1
    if j > i + 1:
        tail = any(body_words().get(p.fkeys[t]) == "company_tail" for t in range(i + 1, j))
        if tail or (info.foreign or info.zipf < COMPANY_WORD_ZIPF) and not listed_place_at(p, i, anywhere=True):
            return j  # (a place first needs the company's field: سهم أبوظبي الوطنية للطاقة, not أسهم أمريكا)
        j = i + 1
    if (info.foreign or (info.zipf < COMPANY_WORD_ZIPF and info.bare == k and not k.endswith(("ات", "ين", "ون")))) \
            and not listed_place_at(p, i, anywhere=True):
        return j
    return i


def _companies(p, i: int) -> list[tuple[int, int, bool]]:
    """(start, end, behind و) tokens of the companies after the share word at token i."""
    kd, _ = _kind(p, i)
    if kd != "share" or not _word(p, i + 1) or not _adjacent(p, i, i + 1):
        return []
    if i and (p.kinds[i - 1] == "number" or _word(p, i - 1) and (p.fkeys[i - 1] in _COUNTING
                                                                  or _kind(p, i - 1, True)[0] == "index" or _kind(p, i - 1)[0] == "index")):
        return []  # مليون سهم توزعت: a count of shares; مؤشر أسهم المصارف: a sector's index
    j = i + 1
    plural = p.fkeys[i].endswith("اسهم")
    head = market_words().get(p.fkeys[j])
    listed = head == "companies" and plural
    if head == "companies":
        j += 1
    out = []
    wa = False  # the item at j is written behind و (وفيبكو): its first letter is no part of the name
    while len(out) < LIST_MAX and _word(p, j):
        e = _list_item(p, j, wa) if listed else _company_item(p, j, wa)
        if e == j:
            break
        out.append((j, e, wa))
        if not plural:
            break
        j, more = _next_item(p, e, listed)
        if not more:
            break
        wa = _behind_and(p, j)
    return out


def _behind_and(p, t: int) -> bool:
    """Token t is a word behind the proclitic و (وفيبكو; not وزن)."""
    return _word(p, t) and p.fkeys[t].startswith("و") and len(p.fkeys[t]) >= 4


def _next_item(p, j: int, listed: bool) -> tuple[int, bool]:
    """(token, whether it is one) of the next item of a list of companies after token j: a word behind
    و; in a list after ``أسهم شركات`` also the word after a comma or a loose و (``سابك ,والإنماء``,
    ``موبايلي، دار الأركان``, ``وزين و كيان``)."""
    if _behind_and(p, j) or not listed:
        return j, _behind_and(p, j)
    t = j
    if t < len(p.toks) and p.toks[t] in (",", "،") and _word(p, t + 1):
        t += 1
    if _word(p, t) and p.toks[t] == "و" and _word(p, t + 1):
        t += 1
    return t, t > j and _word(p, t)


def _list_item(p, a: int, after_and: bool) -> int:
    """End of one item of a list of companies after ``أسهم شركات`` at token a: up to three words, up to
    the next word behind و, a stop word, a number, punctuation or a list closer (الأكثر); the first word
    no stop word, no cue of a person and no verbal noun (أسهم شركات التأمين is a sector: one item of
    one ordinary word names nothing)."""
    from .bodies import body_words
    from .guards import imperfect_verb

    w = p.toks[a]
    first = w[1:] if after_and else w
    info = word_info(first)
    if info.stop or info.cue in ("title", "role") or _list_end(key(first)) or imperfect_verb(first):
        return a
    j = a + 1
    while j - a < 3 and _word(p, j) and _adjacent(p, j - 1, j):
        k = p.fkeys[j]
        ij = word_info(p.toks[j])
        if k.startswith("و") or ij.stop or _list_end(k) or imperfect_verb(p.toks[j]):
            break
        j += 1
    single = j == a + 1
    definite = key(first).startswith("ال")
    if definite and key(first).endswith(("ات", "ون", "ين")):
        return a  # أسهم شركات البتروكيماويات السعودية: a sector (a plural) and its country
    if single and not (info.foreign or info.zipf < (DEFINITE_ITEM_ZIPF if definite else COMPANY_WORD_ZIPF + 0.3)):
        return a  # شركات التأمين, والبنوك: a sector, no company
    if not single and not any(body_words().get(p.fkeys[t]) == "company_tail" or _company_part(p, t)
                              for t in range(a + 1, j)) and info.zipf >= COMPANY_WORD_ZIPF and not info.cue:
        return a
    return j


def _company_item(p, a: int, after_and: bool) -> int:
    """End of one list item at token a (its proclitic و is left out of the span by the caller)."""
    if not after_and:
        return _company(p, a)
    # the item behind و: read the word without it
    from .bodies import body_words

    w = p.toks[a]
    rest = w[1:]
    info = word_info(rest)
    if info.stop or info.cue and info.cue != "org":
        return a
    j = a + 1
    while j - a < 4 and _company_part(p, j):
        j += 1
    if j > a + 1 and any(body_words().get(p.fkeys[t]) == "company_tail" for t in range(a + 1, j)):
        return j
    if j > a + 1 and (info.foreign or info.zipf < COMPANY_WORD_ZIPF):
        return j
    if info.foreign or info.zipf < COMPANY_WORD_ZIPF:
        return a + 1
    if info.cue == "org" and j > a + 1:
        return j  # ومصرف الراجحي، ومدينة المعرفة: a head and its name
    return a


def paragraph_markets(p, found: list) -> list:
    """The paragraph's names with its exchanges and share-named companies (module docstring)."""
    market_words()  # (syncs the lexicon folder for the per-word cache)
    if p.rules != "ar" or not any(w in p.ktext for w in _gate_words()):
        return found  # (no exchange, share or index word in the key text: no word of the paragraph reads as one)
    if not _market_page(p) and not any("exchange" in kinds for kinds in _kinds_present(p)):
        return found
    new = []
    i, n = 0, len(p.kinds)
    while i < n:
        got = _exchange(p, i)
        if got:
            a, e, s = got
            words = [p.toks[t] for t in range(a, e)]
            new.append(Name(s, p.ends[e - 1], "organisation", "market", 0.75, org_key(words), p.toks[a]))
            i = e
            continue
        items = (closed_share_list(p, i) or _companies(p, i)) if _market_page(p) else []  # (share_lists: a closed list)
        for a, e, conj in items:
            s = p.starts[a]
            words = [p.toks[t] for t in range(a, e)]
            if conj:  # وفيبكو: the name without the conjunction
                s += 1
                words[0] = words[0][1:]
            new.append(Name(s, p.ends[e - 1], "organisation", "market", 0.7, org_key(words), p.toks[i]))
        i = items[-1][1] if items else i + 1
    if not new:
        return found
    # a cue-announced organisation keeps its span unless the name found here holds it (أبوظبي الوطنية للطاقة
    # over الوطنية للطاقة); places and guesses give way (قطر of بورصة قطر)
    cued = [nm for nm in found if nm.type == "organisation" and nm.source == "cue"]
    new = [x for x in new if not any(c.start < x.end and x.start < c.end and not (x.start <= c.start and c.end <= x.end)
                                     for c in cued)]
    keep = [nm for nm in found if not any(x.start < nm.end and nm.start < x.end for x in new)]
    return sorted(keep + new, key=lambda x: (x.start, x.end))
