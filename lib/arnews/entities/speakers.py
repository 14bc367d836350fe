"""Foreign people the name finder typed places (round 26).

A transliterated run without a cue is typed a place unless its words look like a given and a family
name (:mod:`arnews.entities.names`): ``سرجي لافروف``, ``روزي كاكوشي`` and ``أكيرا اوهتسورو`` came out as
places.  Where only a person stands, such a run (source ``translit``, type place) is a person:

* right after a speech verb (``وقال سرجي لافروف في مؤتمر صحفي``, ``وقالت روزي كاكوشي «...»``): the
  places that *say* something are countries and cities the gazetteer lists, never a transliterated
  guess; not after ``بين`` (also the preposition *between*: ``بين برناردينو ليون وصالح``);
* right before an office in apposition, after a comma or not (``راي بابار، رئيس شرطة المنطقة``, ``توم
  إندريه الرئيس التنفيذي للشركة``, ``فيرا ترينر، الباحثة في``): the office word bare or with the article,
  not behind a preposition (``لكل لاعب``).

A run holding a currency word (``جنيه إسترليني``) stays as it is.

And the other way round: after a spokesman's word (``المتحدث باسم``, ``الناطق الرسمي باسم``) or *known as*
(``المعروف باسم``) the word ``باسم`` is the preposition *on behalf of*, *by the name of*, not the given name
Basim: a person found from it (``متحدث باسم جولدمان ساكس``, ``المتحدث باسم طالبان ذبيح``) names nobody.

The name finder (:mod:`arnews.entities.names`) reads a speaker between a verb of saying and what was said
with :func:`_speaker_end` here (``وأكد فلمبان أن``, ``وقال موريس إن``).
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info, zipf_ar
from .cuewords import speech_word as _speech_word
from .positions import adjacent as _adjacent, is_word as _word
from .wordtests import LINK_BEFORE_NAME as _LINK_BEFORE_NAME, family_name as _family_name
from .keys import Name
from .players import _currency_words

__all__ = ["paragraph_speakers"]

_COMMAS = frozenset("،,")
#: words after which باسم is the preposition *on behalf of* / *by the name of* (a closed set of Arabic usage)
_BEHALF_BEFORE = frozenset(key(w) for w in ("متحدث", "المتحدث", "متحدثة", "المتحدثة", "ناطق", "الناطق", "ناطقة",
                                            "الناطقة", "الرسمي", "الرسمية", "المعروف", "المعروفة", "يعرف", "تعرف",
                                            "يعرفون", "نيابة"))
_BEHALF = key("باسم")


#: what was said begins here: أن، إن، بأن (إلى أن after أشار)
_THAT = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "انهم"})


def _apposed_office_then_that(p, e: int) -> bool:
    """Token e opens an indefinite office in apposition (مدرب توتنهام، رئيس نادي الاتحاد) that what
    was said follows within four words: قال ماوريسيو بوكيتينو مدرب توتنهام إنه ..."""
    info = word_info(p.toks[e]) if _word(p, e) else None
    if info is None or info.cue != "role" or info.definite or p.fkeys[e].startswith("ال") or info.conj:
        return False
    for t in range(e + 1, min(e + 5, len(p.kinds))):
        if not _word(p, t) or not _adjacent(p, t - 1, t):
            return False
        if p.fkeys[t] in _THAT:
            return t > e + 1
    return False


def speaker_word(w: str, cues) -> bool:
    """A word of a speaker's name: a given name, a family name (الصباغ, a definite word rare in general
    Arabic), a foreign word, or a word rare in general Arabic (فلمبان); no cue, stop word, link or plural."""
    from .places import hamza_zipf as _z

    k, info = key(w), word_info(w)
    if info.stop or info.cue or k in _LINK_BEFORE_NAME or k.endswith(("ون", "ين", "ات")):
        return False
    z = info.zipf if not info.conj else zipf_ar(k)  # فلمبان is not ف + ل + مبان after a verb
    definite_rare = w.startswith("ال") and len(k) >= 5 and _z(w[2:]) < 3.0  # الصباغ: صباغ is rare
    return bool(k in cues.given or info.foreign or _family_name(w, info) or definite_rare or (
        z < 3.5 and len(k) >= 3 and not k.startswith("ال")))


def _speaker_end(p, j: int, cues) -> int:
    """End of a speaker's name of one to three words starting at token j and followed by what
    was said (``أن``/``إن``/``بأن``, ``إلى أن``), else j.  The words are a name: each one a
    given name, a family name (الصباغ, a definite word rare in general Arabic), a foreign word,
    or a word rare in general Arabic (فلمبان); not a cue (``قال المتحدث``), not a plural or an
    ordinary word (``قال خبراء``, ``قال شاهد``): :func:`speaker_word`."""
    n = len(p.kinds)
    for m in (1, 2, 3):
        e = j + m
        if e >= n or not all(_word(p, t) and _adjacent(p, t - 1, t) for t in range(j, e)):
            return j
        nxt = p.fkeys[e] if _word(p, e) else ""
        said = nxt in _THAT or (nxt in ("الى", "الي") and _word(p, e + 1) and p.fkeys[e + 1] in _THAT) \
            or (m >= 2 and _apposed_office_then_that(p, e))
        if not said:
            continue
        ok = all(speaker_word(p.toks[t], cues) for t in range(j, e))
        if ok and m == 1 and p.fkeys[j] in cues.given:
            ok = False  # قال محمد إن: a given name alone names nobody in particular
        return e if ok else j
    return j


def _after_speech(p, a: int) -> bool:
    """The word before token a is a speech verb (with و or ف too)."""
    if not a or not _word(p, a - 1):
        return False
    return _speech_word(p.toks[a - 1])


def before_office(p, b: int) -> bool:
    """Token b (after one comma at most) is an office word, bare or with the article."""
    if b < len(p.toks) and p.toks[b] in _COMMAS:
        b += 1
    if not _word(p, b):
        return False
    k = p.fkeys[b]
    return word_info(p.toks[b]).cue == "role" and (k.startswith("ال") or k[:1] not in "لبوف")


_before_office = before_office  # the old name, still used in this module


def paragraph_speakers(p, found: list) -> list:
    """The paragraph's names with transliterated runs typed places retyped people where only a person
    stands (see the module docstring)."""
    if p.rules != "ar":
        return found
    tok_of_start, tok_of_end = p.token_at()
    out = []
    for nm in found:
        a, b = tok_of_start.get(nm.start), tok_of_end.get(nm.end)
        if nm.type == "person" and a and _word(p, a) and p.fkeys[a] == _BEHALF and _word(p, a - 1) \
                and p.fkeys[a - 1] in _BEHALF_BEFORE:
            continue  # المتحدث باسم طالبان: *the spokesman for*, no Basim
        if nm.type == "place" and nm.source == "translit" and a is not None and b is not None \
                and not any(p.fkeys[t] in _currency_words() for t in range(a, b + 1) if _word(p, t)) \
                and (_after_speech(p, a) or _before_office(p, b + 1)):
            nm = Name(nm.start, nm.end, "person", nm.source, nm.confidence, nm.key, nm.cue)
        out.append(nm)
    return out
