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
"""
from __future__ import annotations

from .cues import word_info
from .keys import Name, tanween
from .positions import is_word

__all__ = ["org_abbreviations", "ABBREV_ZIPF", "RARE_ZIPF"]

#: the short form is foreign-shaped and rarer than this in general Arabic (آسيان 2.6، اليونيفيل 2.7، أوفكوم 1.5) ...
ABBREV_ZIPF = 4.3
#: ... or, whatever its shape, rarer than this (a family name in brackets, تايلور 4.2, is no short form)
RARE_ZIPF = 3.0
#: the farthest an organisation head stands before the brackets when no organisation found ends there
LOOKBACK = 7
_OPEN = {"(": ")", '"': '"', "“": "”", "«": "»", "”": "“"}


def _listed_place(w: str) -> bool:
    from ..normalize import key
    from .places import place_index

    k = key(w)
    names = place_index().names
    return any(len(seq) == 1 for seq, *_ in names.get(k, ())) or (k.startswith("ال") and any(
        len(seq) == 1 for seq, *_ in names.get(k[2:], ())))


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
    from ..normalize import key
    from .guards import imperfect_verb
    from .wordtests import _pronoun_suffixed

    k = key(w)
    info = word_info(w)
    if len(k) < 3 or info.stop or info.conj or k[:1] == "و" or _pronoun_suffixed(w) or imperfect_verb(w):
        return False
    return not (k.endswith("ت") and info.native and not k.startswith("ال"))  # (أطلقت: a perfect verb)


def _short_form(p, t: int) -> bool:
    """Tokens t..t+2 are an opening bracket or quote, one rare word, the closing one (see the module docstring)."""
    if t < 1 or t + 2 >= len(p.toks) or p.toks[t] not in _OPEN or not is_word(p, t + 1):
        return False
    if p.toks[t + 2] != _OPEN[p.toks[t]] and not (p.toks[t] in '"“”' and p.toks[t + 2] in '"“”'):
        return False
    w = p.toks[t + 1]
    info = word_info(w)
    if len(w) < 3 or info.stop or info.cue or info.conj or info.native or _listed_place(w) or tanween(p, t + 1):
        return False  # (an Arabic word: رابعة، المحروسة، تعويضات)
    if w.endswith("ا") and (word_info(w[:-1]).zipf >= ABBREV_ZIPF or w.endswith("يا") and len(w) >= 5
                            or w.startswith("م") and word_info(w[:-1]).zipf >= 3.0):
        return False  # (سابقا، مؤقتا، رسميا: an adverb in brackets)
    return info.zipf < RARE_ZIPF or (info.foreign and info.zipf < ABBREV_ZIPF)  # (not تايلور 4.2: a person's name)


def org_abbreviations(p, found: list[Name]) -> list[Name]:
    """``found`` with the short forms of its organisations (see the module docstring)."""
    from bisect import bisect_left

    from .keys import org_key

    new, drop = [], set()
    for t, tok in enumerate(p.toks):
        if tok not in _OPEN or not _short_form(p, t):
            continue
        s1, e1 = p.starts[t + 1], p.ends[t + 1]
        if any(o.start < e1 and s1 < o.end for o in found):
            continue
        before = p.ends[t - 1]
        org = next((o for o in found if o.type == "organisation" and o.end == before and o.source in ("cue", "listed")),
                   None)
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
