"""One transliterated word after a place preposition or a plural place noun is a place (session 54, names58b).

The name finder (:mod:`arnews.entities.names`) reads a run of two or more transliterated words without a cue; a
single one names nothing there (a foreign word alone may be a person, a club, a brand).  A foreign town or province
that no list holds is mostly written alone: ``في مقره في شيبرغان، كبرى مدن جوزجان``.  Here such a word is a place
when both hold:

* **its shape**: no Arabic vocabulary (:attr:`arnews.entities.cues.WordInfo.foreign`: rare in wordfreq in every
  clitic reading), no article, four letters or more, no listed given name, and shaped like a transliteration
  (:func:`arnews.entities.shape.shape_score` at least :data:`MIN_SHAPE`);
* **its context**: right after a word of ``translit_place_cues.csv`` (``في``; a plural place noun in construct:
  ``مدن``، ``ولايات``), and not in a sports paragraph (``لاعب في يوفنتوس``: a club) nor inside a name found
  already nor before a word that makes it part of a longer name (:func:`_name_goes_on`: ``في كومرتس بنك``,
  ``في بانوراما الرياض``, ``في ساوث برونكس``) or before an indefinite adjective (``في كيابل كهربائية``: a
  common noun, misspelt).

Shape alone is never enough: the word must stand where a place stands.  Its other mentions in the article follow
as a rare one-word place recurs (:func:`arnews.entities.table._recurring_words`: ``المجاورة لجوزجان``).
"""
from __future__ import annotations

import re

from ..lexicons import lexicon_cache, lexicon_derived, word_kinds
from ..normalize import WORD_CACHE, key
from .cues import load_cues, word_info, zipf_ar
from .keys import Name, name_key
from .positions import adjacent, covered_tokens, is_word, word_key_types

__all__ = ["place_cue_words", "translit_places", "MIN_SHAPE"]

#: the shape score (log-odds of a transliteration) a word after the cue must reach (شيبرغان 3.7, جوزجان 0.8;
#: a rare native word: a verb with its clitics, -2 and under)
MIN_SHAPE = 0.5
#: a word at least this long (key letters): شيبرغان، جوزجان; not a short syllable (كو، لي)
MIN_LETTERS = 4


@lexicon_cache(maxsize=2)
def place_cue_words() -> dict:
    """``key -> kind`` (prep, plural) of ``translit_place_cues.csv``."""
    return word_kinds("translit_place_cues.csv", ("prep", "plural"), fold=lambda w: key(w.strip()))


#: Arabic verbal nouns and inflections a rare word may still be (إرباك، ارتهان، تسويغ، انكماش; مناوشات، أكاديميتين)
_NATIVE_FORMS = re.compile(r"^(?:ا..ا.|ا.ت.ا.|ت..ي.|است...ا.|ان..ا.)$|(?:ات|تين|تان)$")


@lexicon_derived(maxsize=WORD_CACHE)
def _place_word(w: str, k: str) -> bool:
    """The word (key ``k``) is shaped like a transliterated place name (see the module docstring); not a
    native form: a verbal noun or a plural or dual ending (:data:`_NATIVE_FORMS`), nor a word read better with a
    clitic or a pronoun taken off than as written (أبوته، تأويله: wordfreq)."""
    if len(k) < MIN_LETTERS or k.startswith("ال") or k in load_cues().given or _NATIVE_FORMS.search(k):
        return False
    if w.endswith("ة"):
        return False  # في سيمفونية، في فورة: a feminine noun; a foreign town ending in ة is written with ا or ه (review2)
    info = word_info(w)
    if not info.foreign or info.stop or info.cue or info.conj or info.bare != k or info.zipf > zipf_ar(w):
        return False
    return info.shape >= MIN_SHAPE


#: cue kinds of a next word that make the word the name of a body or a facility (كومرتس بنك) or an office's
_HEAD_CUES = frozenset(("org", "role", "title", "place", "places"))
#: a next word this rare and shaped like a name goes on with the name (ساوث برونكس): a longer run, not read here
NEXT_NAME_ZIPF = 4.0
#: an indefinite word ending like a nisba adjective (ي، ية) at least this common is an adjective (كهربائية)
ADJECTIVE_ZIPF = 3.5


def _name_goes_on(p, j: int, found: list[Name]) -> bool:
    """The word after token j makes it part of a longer name: a head word (كومرتس بنك), a place found after
    it in construct (بانوراما الرياض: a facility named after its city), a transliterated word or one as rare and
    shaped like a name (ساوث برونكس)."""
    t = j + 1
    if not (is_word(p, t) and adjacent(p, j, t)):
        return False
    w, info = p.toks[t], word_info(p.toks[t])
    if info.foreign or info.cue in _HEAD_CUES:
        return True
    if p.fkeys[t].startswith("ال"):
        # بانوراما الرياض: a facility named after its city; في أتون الصراع، في فورة الشباب، في دوال العالم: a common
        # noun in construct before a definite noun (review2) -- only a definite adjective may follow a place, and
        # it is read by its ending (في بيجنتز القريبة، في هلمند الجنوبية: ة، ي، ية)
        return any(nm.start == p.starts[t] and nm.type == "place" for nm in found) or not w.endswith(("ة", "ي"))
    if w.endswith(("ية", "ي")) and len(w) >= 5 and info.zipf >= ADJECTIVE_ZIPF:
        return True  # في كيابل كهربائية: an indefinite adjective qualifies a common noun, never a name
    if p.fkeys[t].startswith("بال") and zipf_ar(w[1:]) < NEXT_NAME_ZIPF:
        return True  # في كاباردينو بالكاريا: the name's second word behind a letter read as a preposition
    return not (info.stop or info.cue or info.conj) and info.zipf < NEXT_NAME_ZIPF and info.shape > 0


def translit_places(p, found: list[Name]) -> list[Name]:
    """``found`` with the places of single transliterated words after a place cue (see the module docstring)."""
    if p.rules != "ar":
        return found
    cues = place_cue_words()
    if not any(k in cues for _, k in word_key_types(p)):
        return found  # (no cue word in the paragraph: nothing to read)
    from .known import sporty

    if sporty(p):
        return found
    taken = None
    new = []
    toks, fkeys = p.toks, p.fkeys
    for i, k in enumerate(fkeys):
        if k not in cues or not is_word(p, i):
            continue
        j = i + 1
        if not (is_word(p, j) and adjacent(p, i, j) and _place_word(toks[j], fkeys[j])):
            continue
        if _name_goes_on(p, j, found):
            continue  # a longer name: the other finders'
        if taken is None:
            taken = covered_tokens(p, found, partial=True)
        if j in taken or i in taken:
            continue
        new.append(Name(p.starts[j], p.ends[j], "place", "translit", 0.5, name_key([toks[j]]), toks[i]))
    if not new:
        return found
    return sorted(found + new, key=lambda x: (x.start, x.end))
