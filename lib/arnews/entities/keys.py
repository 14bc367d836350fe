"""The record of a name found in the text and the keys that group its spellings: ``name_key``
(a transliteration skeleton: نغوين / نجوين / نغويين are one person), ``org_key`` (an
organisation's words without proclitics and article), ``latin_key`` (Latin script folded)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..normalize import WORD_CACHE, key
from .cues import STRONG, word_info

__all__ = ["Name", "name_key", "org_key", "latin_key", "loose_skel", "tanween"]


@dataclass(frozen=True)
class Name:
    start: int  # normalised offsets
    end: int
    type: str  # person, place, organisation
    source: str  # cue, translit, latin, acronym; geo (a listed place), listed (known_names.csv), list (an item of a list of people)
    confidence: float
    key: str  # grouping key
    cue: str = ""  # the cue word's normalised surface, when any


_SKEL = str.maketrans({"غ": "ج", "ق": "ج", "ك": "ج", "ث": "ت", "ط": "ت", "ص": "س", "ض": "د", "ظ": "ز", "ذ": "ز",
                       "ء": "", "ئ": "ي", "ؤ": "و", "ع": "ا", "ـ": ""})


@lru_cache(maxsize=WORD_CACHE)
def _skel_word(w: str) -> str:
    w = key(w).translate(_SKEL).replace("تش", "ش")
    w = re.sub(r"(.)\1+", r"\1", w)  # doubled letters: وو, يي
    if len(w) > 2 and w[-1] == "ه":
        w = w[:-1]
    if len(w) > 3 and w.endswith("ا"):  # final alef (Ha / Hà rendered ها or هاء)
        w = w[:-1]
    return w


@lru_cache(maxsize=WORD_CACHE)
def loose_skel(w: str) -> str:
    """A looser skeleton for matching a known name again: medial long vowels dropped too
    (``باك``/``بك``, ``نغويين``/``نغوين``)."""
    k = _skel_word(w)
    return k[0] + re.sub("[اوي]", "", k[1:-1]) + k[-1] if len(k) > 2 else k


def tanween(p, i: int) -> bool:
    """Is token ``i`` written with tanween fath (``دوماً``): an indefinite accusative, an adverb
    or an object, never a name."""
    has = p.memo.get("tanween")
    if has is None:  # (read once per paragraph: the whole text per call grew with a huge paragraph's length)
        has = p.memo["tanween"] = "\u064b" in p.text
    if not has:
        return False  # (most paragraphs: no token can have it, and no offset need be mapped)
    s, e = p.original(p.starts[i], p.ends[i])
    return "\u064b" in p.text[s:e]


def name_key(words) -> str:
    """Transliteration skeleton of a name (a list of normalised words or a string)."""
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    out = []
    for i, w in enumerate(words):
        k = key(w)
        if i == 0:
            info = word_info(w) if re.match(r"[\u0600-\u06ff]", w) else None
            if info is not None and info.bare and info.bare != k and len(info.bare) >= 2 and info.zipf >= STRONG:
                k = info.bare
            elif k.startswith("ال") and len(k) > 4:
                k = k[2:]
        out.append(_skel_word(k))
    return "".join(out)


def org_key(words) -> str:
    """Key of an organisation name: each word without proclitics and article, folded."""
    out = []
    words = list(words)
    skip = False
    for n, w in enumerate(words):
        if skip:
            skip = False
            continue
        k = key(w)
        info = word_info(w)
        b = info.bare if info.bare else k
        if b == _ABD and n + 1 < len(words) and key(words[n + 1]).startswith("ال"):
            out.append(b + key(words[n + 1]))  # جامعة الملك عبد الله = جامعة الملك عبدالله (names61c)
            skip = True
            continue
        if b.startswith("ال") and len(b) > 4:
            b = b[2:]
        out.append(b.casefold())  # Latin names fold case (Arabic has none)
    return " ".join(out)


#: the first half of a compound given name (عبد الله، عبد العزيز), written apart or joined
_ABD = key("عبد")


def latin_key(text: str) -> str:
    import unicodedata

    d = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in d if unicodedata.category(c) != "Mn").lower())
