"""A district named after ``مديرية`` is a place, not a directorate (session 49, names53o, issue 14).

In Saudi news ``مديرية`` heads a body named by its field: ``المديرية العامة للجوازات``, ``مديرية الدفاع المدني``,
``مديرية الشؤون الصحية``, ``مديرية أمن القاهرة``.  In Yemeni war news it is the district, a place:
``مديرية مشرعة وحدنان``, ``مديرية «لودر»``, ``مديرية حزم العدين``, ``مديرية الدريهمي بمحافظة الحديدة``.  The name
finder reads both as an organisation (``entity_cues.csv``: مديرية, kind org); here an organisation whose cue is
the indefinite head ``مديرية`` (behind و/ب/ل/ف) turns into a place when its name (the words after the head, or
the words the quotes after the head hold) opens with

* an indefinite word rarer than :data:`BARE_ZIPF` in general Arabic (``wordfreq``: مشرعة 2.6, لودر 3.2,
  حزم 4.1, أرحب 3.6; the fields are common: أمن 4.9, سجون 4.2), or
* a definite word rarer than :data:`DEFINITE_ZIPF` (الدريهمي 2.4, المطمة 1.7, السخنة 3.1; the fields: الجمارك 3.9,
  الأرصاد 3.8, الزراعة 4.6, الدفاع 5.3),

that is no cue, stop word or given name, nor a listed place behind ب/ل/و (``مديرية بإب``: a district *in* Ibb);
and an indefinite word with a listed place right after it is a field and its town (``مديرية تموين القاهرة``,
``مديرية أوقاف دمشق``: the organisation stays, fix1).
The span keeps the head (``مديرية مشرعة وحدنان``) and ends before the first word that is common Arabic or a cue
(an adjective or the sentence: ``مديرية لودر الاستراتيجية``, ``مديرية أرحب الواقعة``; :func:`_name_word`); a quoted name is taken
whole unless a word of it is a field (``لل`` + noun).
"""
from __future__ import annotations

from dataclasses import replace

from ..normalize import key
from .cues import load_cues, word_info
from .keys import name_key
from .places import place_index
from .positions import token_containing

__all__ = ["district_places"]

_HEAD = key("مديرية")
#: an indefinite district name is rarer than this in general Arabic (حزم 4.08 passes; سجون 4.15, أمن 4.92 do not)
BARE_ZIPF = 4.1
#: a definite district name is rarer than this (الشعيب 3.82 is lost; the field الأرصاد is 3.81, الجمارك 3.88)
DEFINITE_ZIPF = 3.5


def _head_at(w: str) -> bool:
    """The token is the indefinite head مديرية, behind و/ب/ل/ف at most (not المديرية، للمديرية)."""
    k = key(w)
    for c in ("", "و", "ب", "ل", "ف", "وب", "ول"):
        if k == c + _HEAD:
            return True
    return False


def _district_word(w: str) -> bool:
    """A word that may open a district's name (module docstring)."""
    info = word_info(w)
    k = key(w)
    if info.stop or info.conj or k.startswith("لل") or k in load_cues().given:
        return False
    if info.cue and info.cue != "place":
        return False
    if k.startswith("ال"):
        return info.zipf < DEFINITE_ZIPF
    return info.zipf < BARE_ZIPF


def _name_word(prev: str, w: str) -> bool:
    """Word ``w`` goes on with a district's name after the name word ``prev``: only after an indefinite word (a
    definite one closes the name: مديرية الطفة اشتبكت), an indefinite word or a definite genitive rarer than
    :data:`BARE_ZIPF` (مشرعة وحدنان، غيل باوزير، حزم العدين، صبر الموادم), not a feminine adjective agreeing with
    مديرية (الواقعة، المتاخمة، التابعة), a cue, a stop word or ب/ل + a place (حزم العدين بإب)."""
    if key(prev).startswith("ال"):
        return False
    info = word_info(w)
    k = key(w)
    if info.stop or info.conj or info.cue or _prep_place(k) or k[:1] == "و" and info.zipf >= BARE_ZIPF:
        return False
    if k.startswith("ال") and w.endswith("ة"):
        return False
    return info.zipf < BARE_ZIPF


def _prep_place(k: str) -> bool:
    """The key is ب/ل + a listed one-word place or a stub of two letters (باب of بإب: *in* Ibb)."""
    if k[:1] not in "بل":
        return False
    rest = k[1:]
    return len(rest) <= 2 or any(len(ws) == 1 for ws, _, _ in place_index().names.get(rest, ()))


def _place_at(p, t: int) -> bool:
    """A listed place, all its words, starts at token t (القاهرة، ريف دمشق; not غرب alone, the first word of غرب
    أفريقيا: مديرية صرواح غرب مأرب)."""
    k = p.fkeys
    return any(tuple(k[t:t + len(ws)]) == tuple(ws) for ws, _, _ in place_index().names.get(k[t], ()))


def district_places(p, found: list) -> list:
    """``found`` with each organisation headed by an indefinite ``مديرية`` and named by a district read as a place
    (the name's run cut before an adjective or a word of the sentence: مديرية لودر الاستراتيجية)."""
    if p.rules != "ar" or not found:
        return found
    out = None
    for x, o in enumerate(found):
        if o.type != "organisation" or o.source != "cue" or not o.cue or not _head_at(o.cue):
            continue
        a = token_containing(p, o.start)
        if a is None:
            continue
        b = a
        while b + 1 < len(p.toks) and p.starts[b + 1] < o.end:
            b += 1
        headed = _head_at(p.toks[a])
        first = a + 1 if headed else a  # (the quoted name after the head holds no head)
        if first > b or p.kinds[first] != "word" or not _district_word(p.toks[first]):
            continue
        if _prep_place(p.fkeys[first]):
            continue  # مديرية بإب: *a* district in Ibb, the province named with its preposition
        if (headed and not p.fkeys[first].startswith("ال") and first + 1 < len(p.toks) and p.kinds[first + 1] == "word"
                and _place_at(p, first + 1)):
            continue  # مديرية تموين القاهرة, مديرية أوقاف دمشق: a field and the town it serves, a directorate (fix1)
        last = first
        if headed:
            while last + 1 <= b and p.kinds[last + 1] == "word" and _name_word(p.toks[last], p.toks[last + 1]):
                last += 1
        elif any(key(p.toks[t]).startswith("لل") for t in range(first, b + 1)):
            continue
        else:
            last = b
        words = [p.toks[t] for t in range(first, last + 1) if p.kinds[t] == "word"]
        out = out if out is not None else list(found)
        out[x] = replace(o, type="place", end=p.ends[last], key=name_key(words))
    return found if out is None else out
