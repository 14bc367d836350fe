"""An organisation's short form in brackets or quotes right after its full name (round 36).

``رابطة دول جنوب شرقي آسيا (آسيان)``, ``قوات الطوارئ المعززة العاملة في الجنوب اللبناني "اليونيفيل"``: the one word in
brackets or quotes right after an organisation found in the text is its short form (an acronym read as a word),
the same organisation; it takes the full name's key, so that the two are one entity, and recurs alone later in the
article (:func:`arnews.entities.table._recurring_words`, source ``abbrev``).  When no organisation found ends right
before the brackets, the full name is the words from the nearest organisation head (``entity_cues.csv`` kind
``org``) at most :data:`LOOKBACK` words back, with no punctuation, function word, conjunction, verb or word with a pronoun between (``رابطة دول جنوب شرقي آسيا``, which the
name finder leaves out after the plural دول), when the short form is foreign-shaped (not ``مدرسة الإدارة العلمية
(تايلور)``); a place or a guess found inside it gives way.  The word is rare in general Arabic
(under :data:`RARE_ZIPF`) or foreign-shaped and under :data:`ABBREV_ZIPF`, no native Arabic word (``رابعة``، ``تعويضات``), function word, cue or
listed place (``(الرياض)`` is where the body is), and nothing else stands in the brackets.

Right after an organisation the name finder found by its head or its listing, the short form may also be an
Arabic word (:func:`_agency_short_form`: ``وكالة الأنباء الكويتية (كونا)``, ``وكالة الأنباء الإماراتية «وام»``,
``البرنامج الوطني للحرف والصناعات اليدوية (بارع)``): one word without the article, under :data:`AGENCY_ZIPF`,
no adverb, time word, number word or name with a title; the name may run to the brackets over a genitive
with the article and its coordinated nouns (``للحرف والصناعات اليدوية``), see :func:`_genitive_run`.
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info
from .keys import Name, tanween
from .placeids import one_word_place
from .positions import is_word
from .keys import org_key

__all__ = ["org_abbreviations", "ABBREV_ZIPF", "RARE_ZIPF"]

#: the short form is foreign-shaped and rarer than this in general Arabic (آسيان 2.6، اليونيفيل 2.7، أوفكوم 1.5) ...
ABBREV_ZIPF = 4.3
#: ... or, whatever its shape, rarer than this (a family name in brackets, تايلور 4.2, is no short form)
RARE_ZIPF = 3.0
#: the farthest an organisation head stands before the brackets when no organisation found ends there
LOOKBACK = 7
#: right after an organisation found by its head, an Arabic word in brackets rarer than this is its short form
#: (كونا 4.9، وام 3.5، بارع 3.5; not سابقا 5.1 or a common noun)
AGENCY_ZIPF = 5.0
#: ... and shaped no more foreign than this (كونا 1.3، ناسا 1.7; تايلور 3.6 is a person's name)
AGENCY_SHAPE = 2.5
_OPEN = {"(": ")", '"': '"', "“": "”", "«": "»", "”": "“"}


def _listed_place(w: str) -> bool:
    k = key(w)
    return one_word_place(k) or (k.startswith("ال") and one_word_place(k[2:]))


def _head_back(p, t: int) -> int | None:
    """The token of the nearest organisation head at most :data:`LOOKBACK` words before token t (the opening
    bracket), with only adjacent words between, else None."""
    from .positions import adjacent

    b = t - 1
    while b >= 0 and t - b <= LOOKBACK and is_word(p, b) and (b == t - 1 or adjacent(p, b, b + 1)):
        if word_info(p.toks[b]).cue == "org" and b < t - 1:
            return b
        if not _name_word(p.toks[b]):
            return None
        b -= 1
    return None


def _name_word(w: str) -> bool:
    """A word that may stand inside an organisation's name before its short form: no function word, conjunction,
    word with a pronoun or verb (not الجماعة إلى ترديد دعاء، القوات العراقية وصواريخ، وزارة العمل أطلقت موقع)."""
    from .guards import imperfect_verb
    from .wordtests import pronoun_suffixed as _pronoun_suffixed

    k = key(w)
    info = word_info(w)
    if len(k) < 3 or info.stop or info.conj or k[:1] == "و" or _pronoun_suffixed(w) or imperfect_verb(w):
        return False
    return not (k.endswith("ت") and info.native and not k.startswith("ال"))  # (أطلقت: a perfect verb)


def _bracketed_word(p, t: int) -> str | None:
    """The word of tokens t..t+2 when they are an opening bracket or quote, one word and its closing one."""
    if t < 1 or t + 2 >= len(p.toks) or p.toks[t] not in _OPEN or not is_word(p, t + 1):
        return None
    if p.toks[t + 2] != _OPEN[p.toks[t]] and not (p.toks[t] in '"“”' and p.toks[t + 2] in '"“”'):
        return None
    return p.toks[t + 1]


def _short_form(p, t: int) -> bool:
    """Tokens t..t+2 are an opening bracket or quote, one rare word, the closing one (see the module docstring)."""
    w = _bracketed_word(p, t)
    if w is None:
        return False
    info = word_info(w)
    if len(w) < 3 or info.stop or info.cue or info.conj or info.native or _listed_place(w) or tanween(p, t + 1):
        return False  # (an Arabic word: رابعة، المحروسة، تعويضات)
    if w.endswith("ا") and (word_info(w[:-1]).zipf >= ABBREV_ZIPF or w.endswith("يا") and len(w) >= 5
                            or w.startswith("م") and word_info(w[:-1]).zipf >= 3.0):
        return False  # (سابقا، مؤقتا، رسميا: an adverb in brackets)
    return info.zipf < RARE_ZIPF or (info.foreign and info.zipf < ABBREV_ZIPF)  # (not تايلور 4.2: a person's name)


def _agency_short_form(p, t: int) -> bool:
    """Tokens t..t+2 are an opening bracket or quote, one Arabic word without the article that may be a short
    form (rare enough, no cue, function word, place, adverb in -ا or word with tanween), the closing one."""
    w = _bracketed_word(p, t)
    if w is None:
        return False
    k = key(w)
    info = word_info(w)
    if len(k) < 3 or k.startswith(("ال", "لل")) or info.stop or info.cue or info.conj or info.definite \
            or _listed_place(w) or tanween(p, t + 1) or info.zipf >= AGENCY_ZIPF or info.shape > AGENCY_SHAPE:
        return False  # (تايلور: a transliterated person's name)
    from .guards import imperfect_verb

    if imperfect_verb(w) or k.endswith("ت") and info.native or k.endswith("ي") and _listed_place(w[:-1]) \
            or k[:1] in "بلك" and len(k) >= 5 and word_info(w[1:]).zipf >= 3.0:
        return False  # (يفحص، صدمت: a verb; يوناني: a nationality, not واعي; بكليبات: a preposition and a word, not كاس)
    if p.toks[t] != "(" and getattr(p, "role", "body") == "title":
        return False  # يوفنتوس «سوبر»: in a headline the quoted word after the subject is what is said of it
    return not (k.endswith("ا") and len(k) >= 5)  # (مؤقتا، رسميا، لاحقا: an adverb; not كونا، بنا)


def _genitive_run(p, org: Name, t: int) -> bool:
    """Between the end of ``org`` and token t (the opening bracket) stand only adjacent words with the article
    (ال، لل، وال: a genitive of the field and its coordinated nouns and adjectives: للحرف والصناعات اليدوية)."""
    from .positions import adjacent

    a = next((x for x in range(t) if p.starts[x] >= org.end), None)
    if a is None or a == t or t - a > 4:
        return False
    for x in range(a, t):
        k = p.fkeys[x]
        if not is_word(p, x) or not k.startswith(("ال", "لل", "وال")) or (x > a and not adjacent(p, x - 1, x)):
            return False
        if word_info(p.toks[x]).cue or word_info(p.toks[x]).stop:
            return False
    return adjacent(p, org_last_token(p, org), a)


def org_last_token(p, org: Name) -> int:
    """The last token inside ``org``."""
    return max(x for x in range(len(p.toks)) if p.ends[x] <= org.end)


def org_abbreviations(p, found: list[Name]) -> list[Name]:
    """``found`` with the short forms of its organisations (see the module docstring)."""
    from bisect import bisect_left


    new, drop = [], set()
    for t, tok in enumerate(p.toks):
        if tok not in _OPEN:
            continue
        if not _short_form(p, t):
            agency = _agency_new(p, t, found)
            if agency:
                new.extend(agency)
                drop.update(id(o) for o in found if o.type == "organisation" and o.end < p.starts[t]
                            and any(a.start == o.start for a in agency))
            continue
        s1, e1 = p.starts[t + 1], p.ends[t + 1]
        if any(o.start < e1 and s1 < o.end for o in found):
            continue
        before = p.ends[t - 1]
        org = next((o for o in found if o.type == "organisation" and o.end == before and o.source in ("cue", "listed")),
                   None) or _org_before_place(p, found, t)
        if org is None:
            h = _head_back(p, t)
            if h is None or not word_info(p.toks[t + 1]).foreign:
                continue  # (only a foreign-shaped short form names words the finder left: not مدرسة الإدارة (تايلور))
            inside = [o for o in found if o.start < before and p.starts[h] < o.end]
            if any(o.start < p.starts[h] or o.end > before or o.source not in ("geo", "translit", "cue", "gazetteer")
                   or (o.type == "person" and o.source == "cue") for o in inside):
                continue
            drop.update(id(o) for o in inside)
            words = [p.toks[x] for x in range(h, t) if is_word(p, x)]
            org = Name(p.starts[h], before, "organisation", "cue", 0.7, org_key(words), p.toks[h])
            new.append(org)
        new.append(Name(s1, e1, "organisation", "abbrev", org.confidence, org.key, org.cue))
    if not new:
        return found
    return sorted([o for o in found if id(o) not in drop] + new, key=lambda x: (x.start, x.end))


#: heads of teams, whose name in brackets is a result, not a short form
_TEAM_HEADS = frozenset({"منتخب", "فريق"})


def _agency_new(p, t: int, found: list[Name]) -> list[Name]:
    """The short form at token t (an Arabic word, :func:`_agency_short_form`) of the organisation found right
    before the brackets (its name run to them over a genitive, :func:`_genitive_run`); [] when none."""
    if not _agency_short_form(p, t) or p.text[p.starts[t] - 1:p.starts[t]] != " ":
        return []  # ("سبق" تهنئ: a closing quote, not an opening one)
    s1, e1 = p.starts[t + 1], p.ends[t + 1]
    if any(o.start < e1 and s1 < o.end for o in found):
        return []
    before = p.ends[t - 1]
    heads = [o for o in found if o.type == "organisation" and o.source in ("cue", "listed") and o.end <= before]
    org = next((o for o in heads if o.end == before), None) or _org_before_place(p, found, t)
    if org is not None and word_info(org.cue or "").bare in _TEAM_HEADS:
        return []  # منتخب كرة السلة (برونزية): the medal, not a short form
    if org is not None:
        return [Name(s1, e1, "organisation", "abbrev", org.confidence, org.key, org.cue)]
    org = max(heads, key=lambda o: o.end, default=None)
    if org is None or not _genitive_run(p, org, t) \
            or any(o is not org and o.start < before and org.end <= o.start for o in found):
        return []

    if word_info(org.cue or "").bare in _TEAM_HEADS:
        return []
    words = [p.toks[x] for x in range(len(p.toks)) if org.start <= p.starts[x] and p.ends[x] <= before and is_word(p, x)]
    full = Name(org.start, before, "organisation", org.source, org.confidence, org_key(words), org.cue)
    return [full, Name(s1, e1, "organisation", "abbrev", full.confidence, full.key, full.cue)]


def _org_before_place(p, found: list[Name], t: int) -> Name | None:
    """The organisation found right before ``في`` + a place (or ب glued to it) that ends right before the opening
    bracket at token t: ``الشركة الوطنية للألومنيوم في الهند (نالكو)``, ``هيئة الطيران المدني بمصر (إيكا)``; the place
    (a place found or a listed one-word place) says where the body is, the bracket holds the body's short form (org40)."""
    from .positions import adjacent

    before = p.ends[t - 1]
    place = next((o for o in found if o.type == "place" and o.end == before), None)
    if place is not None:
        x = next((x for x in range(t) if p.starts[x] <= place.start < p.ends[x]), None)
    else:
        x = t - 1
        w = p.toks[x] if is_word(p, x) else ""
        if not (_listed_place(w) or key(w)[:1] == "ب" and _listed_place(w[1:])):
            return None
    if x is None or x < 2 or not adjacent(p, x - 1, x) or not adjacent(p, x, t) and x == t - 1:
        return None
    if p.fkeys[x][:1] == "ب" and not _listed_place(p.toks[x]) and (place is None or place.start > p.starts[x]):
        org_end = p.ends[x - 1]  # هيئة الطيران المدني بمصر
    elif p.fkeys[x - 1] == "في" and is_word(p, x - 1) and adjacent(p, x - 2, x - 1):
        org_end = p.ends[x - 2]  # الشركة الوطنية للألومنيوم في الهند
    else:
        return None
    return next((o for o in found if o.type == "organisation" and o.end == org_end and o.source in ("cue", "listed")
                 and word_info(o.cue or "").bare not in _TEAM_HEADS), None)
