"""Writers and photographers in the text (round 22): the guide counts the people of bylines and credits.

* a photo credit (``الصورة: مينه دوك``, ``(تصوير: خالد الشهري)``) names the photographer: one to four
  name words after the credit word and its colon, up to the closing bracket, a dash or the end;
* a short dispatch line (``داليا أبوالعيش – عين اليوم``) names its writer beside a place or an outlet.

Blocks of role ``byline`` are not read (the entities table keeps to title, body, caption and dateline).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info

#: words that introduce a photographer's name before a colon
CREDIT_WORDS = frozenset(key(w) for w in ("الصورة", "صورة", "تصوير", "عدسة", "الصور", "بعدسة"))
_SEPARATORS = frozenset("-–—،,/")


def _name_word(w: str, short_zipf: float = 5.0) -> bool:
    """A word that may be part of a name standing alone (no cue, no function word, no Arabic prose); a
    short word is a syllable below ``short_zipf`` (a credit allows مينه, Minh, 5.5)."""
    info = word_info(w)
    k = key(w)
    if info.stop or info.conj or (info.cue and info.cue not in ("given", "foreign_given")) or not k.isalpha():
        return False
    if k in load_cues().given or info.foreign:
        return True
    return (len(k) <= 4 and info.zipf < short_zipf) or (k.startswith("ال") and info.zipf < 4.5 and len(k) >= 5)


def _family(w: str) -> bool:
    """A family name with the article, however common its word (الشهري *monthly*): after a given name."""
    info = word_info(w)
    return key(w).startswith("ال") and len(key(w)) >= 5 and not (info.stop or info.cue or info.conj)


def _segment_is_name(words: list[str], short_zipf: float = 5.0) -> bool:
    given = load_cues().given
    if 2 <= len(words) <= 4 and key(words[0]) in given and all(_name_word(w, short_zipf) or _family(w) for w in words[1:]):
        return True  # خالد الشهري
    if not 2 <= len(words) <= 4 or not all(_name_word(w, short_zipf) for w in words):
        return False
    return key(words[0]) in given or any(word_info(w).foreign for w in words) or all(len(key(w)) <= 4 for w in words)


def credit_names(p, found: list) -> list:
    """``found`` with the photographers named in credits (``الصورة: مينه دوك``) that no name covers."""
    from .names import Name, name_key

    n = len(p.toks)
    add = []
    for i in range(n - 2):
        if p.kinds[i] != "word" or p.fkeys[i] not in CREDIT_WORDS or p.toks[i + 1] not in (":", "："):
            continue
        j = i + 2
        while j < n and j - i - 2 < 4 and p.kinds[j] == "word":
            j += 1
        if j < n and not (p.kinds[j] == "punct" and (p.toks[j] in _SEPARATORS or p.toks[j] in ")]»\".")):
            continue  # the credit runs into a sentence: no name standing alone
        words = [p.toks[t] for t in range(i + 2, j)]
        if words and (_segment_is_name(words, 6.0) or (len(words) == 1 and word_info(words[0]).foreign)):
            s, e = p.starts[i + 2], p.ends[j - 1]
            if not any(s < x.end and x.start < e and (x.start < s or x.end > e) for x in found):
                add.append(Name(s, e, "person", "byline", 0.6, "person:" + name_key(words)))
    if not add:
        return found
    # a name guessed inside the credit (مينه دوك read as a place) gives way: the credit's id is the byline's
    keep = [x for x in found if not any(a.start <= x.start and x.end <= a.end for a in add)]
    return sorted(keep + add, key=lambda x: (x.start, x.end))


#: a dispatch line (``جدة ـ نجيب الجداوي``, ``داليا أبوالعيش – عين اليوم``) has at most this many words
DISPATCH_WORDS = 8
_DASHES = frozenset("-–—ـ")


def dispatch_writers(p, found: list) -> list:
    """``found`` with the writer of a short dispatch line: a segment of two or three name words beside a
    segment that is a place or an outlet already found (جدة ـ نجيب الجداوي، داليا أبوالعيش – عين اليوم)."""
    from .names import Name, name_key

    words = [t for t in range(len(p.toks)) if p.kinds[t] == "word"]
    if not words or len(words) > DISPATCH_WORDS or not any(p.toks[t] in _DASHES for t in range(len(p.toks))):
        return found
    segs, start = [], 0
    for t in range(len(p.toks) + 1):
        if t == len(p.toks) or (p.kinds[t] == "punct" and (p.toks[t] in _DASHES or p.toks[t] in ":،,")):
            if t > start:
                segs.append((start, t))
            start = t + 1
    named = [any(x.type in ("place", "organisation") and p.starts[a] <= x.start and x.end <= p.ends[b - 1] for x in found)
             for a, b in segs]
    if not any(named):
        return found
    add = []
    for (a, b), nm in zip(segs, named):
        ws = [p.toks[t] for t in range(a, b)]
        if nm or any(p.kinds[t] != "word" for t in range(a, b)) or not 2 <= len(ws) <= 3:
            continue
        infos = [word_info(w) for w in ws]
        if any(x.stop or x.conj or (x.cue and x.cue not in ("given", "foreign_given")) for x in infos) or key(ws[0]).startswith("ال"):
            continue
        if any(p.starts[a] < x.end and x.start < p.ends[b - 1] for x in found):
            continue
        if key(ws[0]) in load_cues().given or all(x.zipf < 4.6 or key(w).startswith("ال") for x, w in zip(infos, ws)):
            add.append(Name(p.starts[a], p.ends[b - 1], "person", "byline", 0.6, "person:" + name_key(ws)))
    return sorted(found + add, key=lambda x: (x.start, x.end)) if add else found
