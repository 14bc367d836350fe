"""A body named by its head, a place and the field or adjective that closes its name (session 43, org46, issue 14).

Saudi and Vietnamese news name a company, a college or a troupe after its town: ``شركة جدة للتنمية والتطوير
العمراني``, ``جامعة هانوي للعلوم والتكنولوجيا``, ``كلية ها نام المهنية``, ``مدارس الظهران الأهلية``, ``فرقة جدة
للفنون الشعبية``.  The head's run (:func:`arnews.entities.orgnames._org_end`) stops at the place when the head is not
one of a city's bodies (``جامعة جدة``), and the place alone is found: the annotation marks the whole body.

Here an indefinite organisation head (``entity_cues.csv`` kind org, or ``place_body_heads.csv``; و/ب/ل/ف glued) is
followed right away by a place (a listed place, or a place the finder read there: ``ها جيانغ``) and then by

* a field: ``لل`` + a noun (``للتنمية``، ``للعلوم``), with its coordinated and adjective words (``والتطوير``,
  ``العمراني``: definite words, up to four), or
* a definite relative adjective (``المهنية``، ``الأهلية``، ``الطبي``), not an ordinal (``الأولى``), a time word
  (``الماضي``) or an office's adjective (``السابق``، ``الحالي``);

or, for a head of kind bare (``فرقة``، ``صحيفة``), by nothing more (``فرقة جازان``, a folk troupe; ``مدارس الرياض``
is as often the schools of the city: a plural head needs the adjective).  Not where the head opens a place found
already (``قناة السويس الموازية``: the canal), nor after an activity head (``قيادة``، ``محطة``), a head with the
article (``طلاب الجامعة في الرياض``: no name), nor where an organisation or a person found already reaches over the
head or past the end.  The place found inside gives way,
and so does the head word alone read as a person after a title (``الأمير مدارس``).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived, word_kinds
from ..normalize import WORD_CACHE, key
from .cues import word_info
from .keys import Name, org_key
from .orgnames import listed_place
from .orgtails import OFFICE_ADJ
from .positions import adjacent, is_word, word_key_types
from .proclitics import proclitics
from .tails import time_words
from .wordtests import ordinal_word

__all__ = ["place_bodies", "place_body_heads"]

#: the most words of a field after the place (للتنمية والتطوير العمراني: 3)
FIELD_MAX = 4
#: heads more often an activity or a facility (قيادة السيارة, محطة)
_ACTIVITY = frozenset(key(w) for w in ("قيادة", "محطة"))


@lexicon_cache(maxsize=2)
def place_body_heads() -> dict:
    """key -> kind (head, bare) of ``place_body_heads.csv``."""
    return word_kinds("place_body_heads.csv", ("head", "bare"), key)


def _head(p, i: int) -> tuple[str, int]:
    """(kind, letters of proclitics) of an indefinite organisation head at token i, else ("", 0)."""
    return _word_head(p.toks[i], p.fkeys[i])


@lexicon_derived(maxsize=WORD_CACHE)
def _word_head(w: str, k: str) -> tuple[str, int]:
    """:func:`_head` of a word ``w`` with key ``k`` (remembered per word type: the test reads the word alone)."""
    if k.startswith(("ال", "لل", "وال", "بال", "فال")):
        return "", 0
    extra = place_body_heads()
    for c in proclitics("conj_prep_longest"):
        b = k[len(c):]
        if k.startswith(c) and len(b) >= 3:
            if b in extra:
                return extra[b], len(c)
            info = word_info(w[len(c):])
            if info.cue == "org" and not info.definite and info.bare == b and b not in _ACTIVITY:
                return "head", len(c)
    return "", 0


def _place_end(p, j: int, found: list[Name]) -> int:
    """End token of a place starting at token j (listed, or found there by the name finder), else 0."""
    if not is_word(p, j) or p.fkeys[j][:1] in "وبلف" and word_info(p.toks[j]).bare != p.fkeys[j]:
        m = 0
    else:
        m = listed_place(p, j)
    if m:
        return j + m
    for o in found:
        if o.type == "place" and o.start == p.starts[j]:
            e = j
            while e < len(p.toks) and p.ends[e] <= o.end:
                e += 1
            return e if e > j else 0
    return 0


def _nisba(p, t: int) -> bool:
    k = p.fkeys[t]
    info = word_info(p.toks[t])
    return k.startswith("ال") and len(k) >= 5 and k.endswith(("ي", "يه")) and not (
        info.stop or info.conj or info.cue or ordinal_word(p.toks[t]) or k in time_words() or k in OFFICE_ADJ)


def _field_end(p, t: int) -> int:
    """End token of a field (لل + noun and its definite words) or a relative adjective at token t, else 0."""
    if not (is_word(p, t) and adjacent(p, t - 1, t)):
        return 0
    k = p.fkeys[t]
    info = word_info(p.toks[t])
    if k.startswith("لل") and len(k) >= 5 and not (info.stop or info.conj or info.cue in ("role", "title")):
        e = t + 1
    elif _nisba(p, t):
        e = t + 1
    else:
        return 0
    while e - t < FIELD_MAX and is_word(p, e) and adjacent(p, e - 1, e):
        k = p.fkeys[e]
        wi = word_info(p.toks[e])
        if wi.stop or wi.cue in ("role", "title") or k in time_words():
            break
        if k.startswith(("وال", "ال", "لل")) and not k.startswith("والذ") and len(k) >= 5 and not (
                k.startswith("ال") and word_info(p.toks[e]).conj):
            if k.startswith("ال") and not _nisba(p, e) and not k.startswith("لل"):
                break  # (شركة جدة للتنمية الأسبوع: only adjectives and coordinated fields go on)
            e += 1
            continue
        break
    return e


def place_bodies(p, found: list[Name]) -> list[Name]:
    """``found`` with each body named by its head, a place and its field or adjective (module docstring)."""
    if p.rules != "ar":
        return found
    place_body_heads()  # (syncs the lexicon folder for the per-word cache of _word_head)
    if not any(_word_head(w, k)[0] for w, k in word_key_types(p)):
        return found  # no head word in the paragraph (asked per word type, not per token)
    new, drop = [], set()
    n = len(p.toks)
    for i in range(n - 1):
        if p.kinds[i] != "word":
            continue
        kind, off = _head(p, i)
        if not kind or not adjacent(p, i, i + 1):
            continue
        pe = _place_end(p, i + 1, found)
        if not pe:
            continue
        e = _field_end(p, pe) or (pe if kind == "bare" else 0)
        if not e:
            continue
        s, end = p.starts[i] + off, p.ends[e - 1]
        inside = [x for x, o in enumerate(found) if o.start < end and s < o.end]
        if any(found[x].type == "place" and found[x].start <= p.starts[i] for x in inside):
            continue  # قناة السويس الموازية: the head opens a place's own name (a canal, not a channel)
        if any(found[x].start < p.starts[i] or found[x].end > end or found[x].type == "organisation"
               or found[x].type == "person" and found[x].end > p.ends[i] for x in inside):
            continue  # (an organisation or a person found already, or a name running past the body; the head word
            # alone read as a person after a title is no person: الأمير مدارس)
        drop.update(inside)
        words = [p.toks[i][off:]] + [p.toks[t] for t in range(i + 1, e)]
        new.append(Name(s, end, "organisation", "cue", 0.7, org_key(words), p.toks[i][off:]))
    if not new:
        return found
    return sorted([o for x, o in enumerate(found) if x not in drop] + new, key=lambda x: (x.start, x.end))
