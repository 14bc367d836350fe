"""A foreign name after a nationality adjective standing as a noun is a person (round 34).

Sports and foreign news name a player or a politician by his nationality alone before the name: ``بعد التوقيع
مع الفينزويلي ريفاس والأرجنتيني موراليس والغاني مونتاري``, ``بديلاً عن الروماني سان مارتن``.  The definite
nationality adjective (:func:`arnews.entities.cuewords.nationality_word`: the adjective of a country)
stands here as a noun, *the Argentine*: nothing before it that it could qualify (a punctuation mark, a
preposition or particle, or the conjunction و glued to it: ``والأرجنتيني``), so the one to three foreign-shaped
words after it (in quotes or not) are the person it names.  After a definite noun the adjective qualifies that
noun (``الدوري الإسباني برشلونة``, ``المنتخب الأرجنتيني``) and nothing is read; an office before the adjective
(``المهاجم البرازيلي``) is the name finder's own rule.  A transliterated guess typed a place there, or a listed
place of two words or more (``سان مارتن``), is retyped a person; a one-word listed place stays (a city is no
player).

The nationality after an office (``النجم البرتغالي كريستيانو رونالدو``: :func:`_foreign_after_nisba`, :func:`_nisba`),
the name finder's own rule, lives here too (moved from :mod:`arnews.entities.names` in round 34, unchanged).
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info, zipf_ar
from .cuewords import nationality_word
from .keys import Name, name_key
from .nisba_heads import after_person_head, family_end, group_head, no_name_word, second_name_end
from .positions import is_word as _word, word_types

__all__ = ["people_after_nationality", "NISBA_NAME_ZIPF"]

#: a word of the name is rarer than this in general Arabic (موراليس، ريفاس، مونتاري; not أمس، اليوم)
NAME_ZIPF = 4.5
#: ... and, unless it is a foreign word, shaped like a transliteration at least this much
NAME_SHAPE = 1.0
#: a word that reads as a particle glued to a word, or is shaped only a little like a transliteration (ماكسي 2.8,
#: كوياتي 1.6; verbs are as rare but shaped as Arabic: ينددون، ناقشا), counts when the whole word is rarer than this
GLUED_RARE_ZIPF = 3.0
#: a transliteration as frequent as an Arabic word (سان، مارتن، جون) counts when it is shaped like one this much
COMMON_NAME_ZIPF = 5.0
COMMON_NAME_SHAPE = 1.5
_QUOTES = frozenset('"“”«»')
#: the punctuation that may stand before a nationality standing as a noun (not a number, a slash or a closing quote)
_BEFORE = frozenset("،,.:؛-–—(«“\"")


#: the words of a foreign name after a nationality are rarer than this in general Arabic (كريستيانو 4.1)
NISBA_NAME_ZIPF = 4.5


def _foreign_after_nisba(p, a: int, i: int, j: int) -> bool:
    """An office ending on a nationality (النجم البرتغالي، المهاجم الفرنسي: tokens a..i-1) before
    one to three words none of which is common Arabic, definite, a cue or a stop word
    (كريستيانو رونالدو): a foreign person, even after a role that is also a common noun."""
    if not (i > a and _nisba(p, i - 1)) or not 1 <= j - i <= 3:
        return False
    for t in range(i, j):
        info = word_info(p.toks[t])
        if p.kinds[t] != "word" or info.zipf >= NISBA_NAME_ZIPF or info.cue or info.stop or info.conj \
                or p.fkeys[t].startswith("ال"):
            return False
    return True


#: a player's roles, indefinite and bare: their genitive is the team (مهاجم سوانزي سيتي، لاعب برشلونة)
_TEAM_ROLES = frozenset("مهاجم مدافع لاعب لاعبه حارس جناح هداف نجم مدرب".split())


def _nisba(p, i: int) -> bool:
    """Token i is a definite nisba adjective (البرتغالي، للبرازيلي، السعودي) that may stand before
    a person's name in sports and foreign news."""
    if not _word(p, i):
        return False
    k = p.fkeys[i]
    info = word_info(p.toks[i])
    b = k[2:] if k.startswith("ال") or k.startswith("لل") else ""
    return len(b) >= 4 and k.endswith("ي") and not info.cue and not info.stop and info.zipf >= 4.0


def _substantive_nationality(p, i: int) -> bool:
    """Token i is a definite masculine nationality adjective standing as a noun: والأرجنتيني، للبرازيلي after
    anything but a definite word (an adjective chain: المصري والأمريكي), or الروماني after a comma, a stop, the
    paragraph's start or a function word (عن، مع، بعد)."""
    if not _word(p, i):
        return False
    w = p.toks[i]
    nat = nationality_word(w)
    if not nat:
        return False  # (a feminine adjective agrees with a noun: الحكومة الروسية; القرني، المالكي are families)
    if after_person_head(p, i):
        return True  # الخبير الإنجليزي هاورد ويب، الثنائي البرازيلي (nisba_heads)
    glued = nat == 2
    if i == 0:
        return True
    if not _word(p, i - 1):
        return p.toks[i - 1] in _BEFORE
    if glued:
        return not p.fkeys[i - 1].startswith("ال")
    prev = word_info(p.toks[i - 1])
    return prev.stop and not p.fkeys[i - 1].startswith("ال")


def _name_word(p, t: int) -> bool:
    """Token t may be a word of a foreign name: no article, cue, stop word or glued particle (ومسلحين، بتفوق), rare
    and shaped like a transliteration (verbs and nouns are not: يطوف، شيدتها), or foreign by the frequency list."""
    if not _word(p, t):
        return False
    w = p.toks[t]
    k = key(w)
    info = word_info(w)
    if k.startswith("ال") or len(k) < 3 or info.stop or info.cue or no_name_word(w):
        return False  # (سيغادر، والأرجنتيني: nisba_heads)
    z = zipf_ar(w)
    if info.conj and not info.foreign:  # ومسلحين، بتفوق: a particle glued to a word; ماكسي is no ما + كسي
        return z < GLUED_RARE_ZIPF and len(k) >= 4 and k[0] not in "وبلفك"
    if z < NAME_ZIPF:
        return info.foreign or info.shape > NAME_SHAPE or z < GLUED_RARE_ZIPF and info.shape > 0.0  # ماكسي، كوياتي
    return z < COMMON_NAME_ZIPF and info.shape > COMMON_NAME_SHAPE  # سان 4.9، مارتن 4.5: common transliterations


def people_after_nationality(p, found: list) -> list:
    """``found`` with the names after a nationality standing as a noun made people (module docstring)."""
    if p.rules != "ar" or not any(map(nationality_word, word_types(p))):
        return found  # (no nationality word in the paragraph: the loop below finds nothing)
    n = len(p.toks)
    out = list(found)
    changed = False
    kinds, toks = p.kinds, p.toks
    for i in [i for i in range(n - 1) if kinds[i] == "word" and nationality_word(toks[i])]:  # (cached per word)
        if not _substantive_nationality(p, i):
            continue
        a = i + 1
        q = p.toks[a] in _QUOTES
        a += q
        b = a
        grp = group_head(p, i)
        while b < n and b - a < 3 and _name_word(p, b) and not (grp and b > a and p.fkeys[b][:1] == "و"):
            b += 1  # (الثنائي البرازيلي فيرنانديز وكارفاليو: a group's names are two)
        if b == a or (q and not (b < n and p.toks[b] in _QUOTES)):
            continue
        if not q and b - a == 1 and after_person_head(p, i):
            b = family_end(p, b)  # الحكم المغربي بوشعيب الأحرش (nisba_heads)
        s, e = p.starts[a], p.ends[b - 1]
        over = [nm for nm in out if nm.start < e and s < nm.end]
        if over:
            nm = over[0]
            if len(over) == 1 and nm.type == "place" and (nm.source == "translit" or len(p.norm.text[nm.start:nm.end].split()) >= 2) \
                    and s <= nm.start and nm.end <= e:
                words = p.norm.text[nm.start:nm.end].split()
                out[out.index(nm)] = Name(nm.start, nm.end, "person", "translit", 0.6, name_key(words), nm.cue)
                changed = True
            continue
        out.append(Name(s, e, "person", "translit", 0.6, name_key([p.toks[t] for t in range(a, b)]), p.norm.text[
            p.starts[i]:p.ends[i]]))
        changed = True
        c = second_name_end(p, b, _name_word) if grp and not q else b
        if c > b:  # الثنائي البرازيلي أدواردو والميدا: the group's second name (nisba_heads)
            s, e = p.starts[b] + 1, p.ends[c - 1]
            if not any(nm.start < e and s < nm.end for nm in out):
                out.append(Name(s, e, "person", "translit", 0.6, name_key([p.toks[b][1:]] + [p.toks[t] for t in range(
                    b + 1, c)]), p.norm.text[p.starts[i]:p.ends[i]]))
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else found
