"""An organisation's Latin-script name in brackets or quotes right after it (session 48, org52).

``ألقت وكالة المباحث الفيدرالية (FBI) القبض``, ``تجربة شركة أوبر (Uber)``, ``مع شبكة "CNN"``: in an Arabic
paragraph, a run of capitalised Latin words or an acronym standing alone in brackets or quotes right after an
organisation the finder found (or right after an organisation head of ``entity_cues.csv``, kind ``org``: شبكة is
none, قناة، مجلة، وكالة are) is that organisation's own name or short form.  :func:`arnews.entities.latin._latin_names`
drops such runs when they are common English (``CNN`` 4.3, ``FBI`` 4.4, ``Uber``, ``Nature``: a capitalised
common word in Arabic text is often no name); here the organisation before the brackets is the evidence.  After
a bare head the run is an acronym or has a rare word (``مجلة (Science)`` stays out: it may be the head's gloss).
The run takes the organisation's key (one entity, as :mod:`arnews.entities.abbreviations` does for Arabic short
forms), after a bare head its own ``latin_key``.  Dev gold (blind19-51): Latin runs are organisations 55 times,
places once, persons twice.  An acronym of ``latin_terms.csv`` (``شركة تويوتا SUV``, ``وزارة الصحة (COVID)``: a
thing, not the body's short form) takes no organisation.  The organisation ending before a run and the names a
run overlaps are looked up (a dict, a :class:`arnews.spans.SpanIndex`), not scanned per run.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from ..spans import SpanIndex
from .cues import word_info, zipf_en
from .keys import Name, latin_key
from .latin import NOT_NAMES_EN

__all__ = ["latin_glosses", "latin_terms", "MAX_WORDS", "COMMON_EN", "vague_heads"]

#: the longest Latin run read as a name in brackets, in words (Saudi Basic Industries Corporation)
MAX_WORDS = 4
#: after a bare organisation head, a run whose every word is at least this common in English is no name (a gloss)
COMMON_EN = 3.8
_CLOSE = {"(": ")", "«": "»", '"': '"', "“": "”", "”": "“"}
_QUOTES = '"“”'


def _run_in_brackets(p, t: int) -> int | None:
    """The last token of a Latin run that alone fills the brackets or quotes opening at token t, else None."""
    k = t + 1
    n = len(p.toks)
    while k < n and p.kinds[k] == "latin":
        k += 1  # (the whole run: each bracket's own, so linear over the paragraph)
    if k == t + 1 or k >= n or k - t - 1 > MAX_WORDS:
        return None  # (tokens t+1 .. k-1: k-t-1 words; four are allowed: (Saudi Basic Industries Corporation))
    close = p.toks[k]
    if close != _CLOSE[p.toks[t]] and not (p.toks[t] in _QUOTES and close in _QUOTES):
        return None
    return k - 1


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper()


def _org_ending(orgs: dict, end: int) -> Name | None:
    """The organisation found that ends at ``end`` (``orgs``: end -> the first such, made once a paragraph, not a
    scan of every name per Latin run), unless its head is one of :func:`vague_heads` (إدارة الأعمال (MBA))."""
    org = orgs.get(end)
    if org is None or word_info(org.cue or "").bare in vague_heads():
        return None
    return org


def _org_ends(found: list[Name]) -> dict:
    """End -> the first organisation of ``found`` ending there."""
    orgs: dict = {}
    for o in found:
        if o.type == "organisation":
            orgs.setdefault(o.end, o)
    return orgs


@lexicon_cache(maxsize=2)
def _latin_words() -> dict:
    """Word -> kind (``term``, ``vague_head``) of ``latin_terms.csv``."""
    return word_kinds("latin_terms.csv", ("term", "vague_head"))


@lexicon_cache(maxsize=2)
def latin_terms() -> frozenset:
    """Lower-cased acronyms of ``latin_terms.csv`` (SUV، COVID): things, not bodies; no organisation's short form."""
    return frozenset(w.lower() for w, kd in _latin_words().items() if kd == "term")


@lexicon_cache(maxsize=2)
def vague_heads() -> frozenset:
    """Keys of the ``vague_head`` words of ``latin_terms.csv``: organisation heads that are also common nouns (إدارة:
    management); a Latin run after them is often a gloss of the phrase (إدارة الأعمال (MBA), إدارة التواصل
    (Communication Strategy)), not the body's name."""
    return frozenset(key(w) for w, kd in _latin_words().items() if kd == "vague_head")


def _bare_acronyms(p, found: list[Name], taken: SpanIndex, orgs: dict) -> list[Name]:
    """An acronym right after an organisation found, without brackets (وكالة المباحث الفيدرالية FBI القبض)."""
    from .positions import adjacent

    out = []
    for t in range(1, len(p.toks)):
        w = p.toks[t]
        if p.kinds[t] != "latin" or not (w.isupper() and w.isalpha() and len(w) >= 2) \
                or p.kinds[t - 1] != "word" or not adjacent(p, t - 1, t):
            continue
        if t + 1 < len(p.toks) and p.kinds[t + 1] == "latin" and adjacent(p, t, t + 1):
            continue  # (a longer Latin run: not this rule's)
        s, e = p.starts[t], p.ends[t]
        if taken.overlaps(s, e):
            continue
        if w.lower() in latin_terms():
            continue  # (شركة تويوتا SUV: a thing the sentence names, not the company's short form)
        org = _org_ending(orgs, p.ends[t - 1])
        if org is not None:
            out.append(Name(s, e, "organisation", "abbrev", org.confidence, org.key, org.cue))
    return out


def latin_glosses(p, found: list[Name]) -> list[Name]:
    """``found`` with the Latin names in brackets after an organisation (see the module docstring)."""
    if p.rules != "ar" or "latin" not in p.kinds:
        return found
    taken = SpanIndex((o.start, o.end) for o in found)
    orgs = _org_ends(found)
    new = _bare_acronyms(p, found, taken, orgs)
    for t, tok in enumerate(p.toks):
        if tok not in _CLOSE or t < 1 or t + 1 >= len(p.toks) or p.kinds[t + 1] != "latin":
            continue
        last = _run_in_brackets(p, t)
        if last is None:
            continue
        words = p.toks[t + 1:last + 1]
        if not all(_capitalised(w) for w in words) or words[-1].lower() in NOT_NAMES_EN \
                or len(words) == 1 and words[0].lower() in latin_terms():
            continue  # (www, lowercase words; (Sunday), (August): a weekday, a month; (COVID): a term, latin_terms.csv)
        s, e = p.starts[t + 1], p.ends[last]
        if taken.overlaps(s, e):
            continue  # already named
        before = p.ends[t - 1]
        org = _org_ending(orgs, before)
        if org is not None:
            new.append(Name(s, e, "organisation", "abbrev", org.confidence, org.key, org.cue))
            continue
        if p.kinds[t - 1] != "word" or word_info(p.toks[t - 1]).cue != "org" \
                or taken.overlaps(p.starts[t - 1], before):
            continue
        acronym = len(words) == 1 and words[0].isupper() and len(words[0]) >= 2
        if not acronym and all(zipf_en(w.lower()) >= COMMON_EN for w in words):
            continue  # مجلة (Science): perhaps the head's gloss
        new.append(Name(s, e, "organisation", "latin", 0.6, latin_key(" ".join(words)), p.toks[t - 1]))
    if not new:
        return found
    return sorted(found + new, key=lambda x: (x.start, x.end))
