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
"""
from __future__ import annotations

from ..normalize import key
from .cues import word_info
from .positions import is_word as _word

__all__ = ["paragraph_speakers"]

#: speech verbs that are also prepositions or nouns: بين is *between* as often as *he explained*
_NOT_SPEECH = frozenset({"بين", "بينت"})
_COMMAS = frozenset("،,")
#: words after which باسم is the preposition *on behalf of* / *by the name of* (a closed set of Arabic usage)
_BEHALF_BEFORE = frozenset(key(w) for w in ("متحدث", "المتحدث", "متحدثة", "المتحدثة", "ناطق", "الناطق", "ناطقة",
                                            "الناطقة", "الرسمي", "الرسمية", "المعروف", "المعروفة", "يعرف", "تعرف",
                                            "يعرفون", "نيابة"))
_BEHALF = key("باسم")


def _after_speech(p, a: int) -> bool:
    """The word before token a is a speech verb (with و or ف too)."""
    from .names import _speech_verb

    if not a or not _word(p, a - 1):
        return False
    w = p.toks[a - 1]
    k = key(w)
    bare = k[1:] if k[:1] in "وف" else k
    return _speech_verb(w, word_info(w)) and k not in _NOT_SPEECH and bare not in _NOT_SPEECH


def _before_office(p, b: int) -> bool:
    """Token b (after one comma at most) is an office word, bare or with the article."""
    if b < len(p.toks) and p.toks[b] in _COMMAS:
        b += 1
    if not _word(p, b):
        return False
    k = p.fkeys[b]
    return word_info(p.toks[b]).cue == "role" and (k.startswith("ال") or k[:1] not in "لبوف")


def paragraph_speakers(p, found: list) -> list:
    """The paragraph's names with transliterated runs typed places retyped people where only a person
    stands (see the module docstring)."""
    from .keys import Name
    from .players import _currency_words

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
