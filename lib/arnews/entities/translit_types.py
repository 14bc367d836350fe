"""A transliterated run typed a place by default is a person after a person's word (session 43, place45).

The name finder (:mod:`arnews.entities.names`) types a run of transliterated words without a cue a place unless its
words look like a foreign given and family name: ``الحاخام ياكوف بيران``, ``وزوجته بريشيلا تشان``, ``تدعى شاكيلا
بيبي`` and ``الرئيس الإسرائيلي، رؤوبين رفلين`` came out as places.  Such a run (source ``translit``, type place) is
a person right after

* an office or title of ``entity_cues.csv`` or a person noun of ``translit_person_cues.csv`` (خبيرة، قيادي، حاخام،
  رجل الأعمال), with its definite adjectives or genitives and one comma between, when the phrase is definite: an
  apposition (``الخبيرة التربوية ميمونة مرزا``), never the construct of an indefinite office before a place
  (``عمدة سان فرانسيسكو``, ``سفير سان مارينو``: the city the office is of);
* a relative with a pronoun (``زوجته``، ``شقيقها``) or a verb of naming (``تدعى``، ``المدعو``), adjacent.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import word_info
from .positions import adjacent as _adjacent, is_word as _word

__all__ = ["person_cue_words", "translit_people"]

_COMMAS = frozenset("،,")
#: at most this many definite words between the office or person noun and the run (التربوية; الأعمال; كرة السلة السابق)
MAX_BETWEEN = 3


@lexicon_cache(maxsize=2)
def person_cue_words() -> dict:
    """``key -> kind`` (noun, kin, named) of ``translit_person_cues.csv``."""
    return word_kinds("translit_person_cues.csv", ("noun", "kin", "named"), fold=lambda w: key(w.strip()))


def _person_word(w: str, k: str) -> tuple[str, bool]:
    """(kind, definite) of a word (``k``: its key, the paragraph's ``fkeys``) that announces a person: ``role`` for
    an office or title of the cue list, else the kind of ``translit_person_cues.csv`` ('' when neither); a
    proclitic و/ف/ل may stand on it (لأخصائية)."""
    info = word_info(w)
    if info.cue in ("role", "title"):
        return "role", info.definite
    kinds = person_cue_words()
    for cand, definite in ((k, False), (k[2:] if k.startswith(("ال", "لل")) else "", True),
                           (k[1:] if k[:1] in "وفلب" else "", False),
                           (k[3:] if k[:1] in "وفب" and k[1:3] == "ال" else "", True)):
        if cand and cand in kinds:
            return kinds[cand], definite
    return "", False


def _announced(p, a: int) -> bool:
    """The words before token a announce a person (see the module docstring)."""
    t = a - 1
    if t < 0:
        return False
    comma = p.toks[t] in _COMMAS
    if comma:
        t -= 1
    if not _word(p, t) or not (comma or _adjacent(p, t, a)):
        return False
    kd, definite = _person_word(p.toks[t], p.fkeys[t])
    if kd in ("kin", "named") and not comma:
        return True
    between = 0
    while not kd and between < MAX_BETWEEN:
        info = word_info(p.toks[t])
        if not p.fkeys[t].startswith("ال") or info.cue or info.stop:
            return False  # only definite adjectives and genitives stand between (الرئيس الإسرائيلي، رجل الأعمال; not الآن)
        between += 1
        t -= 1
        if not (_word(p, t) and _adjacent(p, t, t + 1)):
            return False
        kd, definite = _person_word(p.toks[t], p.fkeys[t])
    return kd in ("role", "noun") and (definite or between > 0)


def translit_people(p, found: list) -> list:
    """The paragraph's names with transliterated runs typed places retyped people after a person's word."""
    if p.rules != "ar" or not any(nm.type == "place" and nm.source == "translit" for nm in found):
        return found
    from .keys import Name

    tok_of_start = p.token_at()[0]
    out = []
    for nm in found:
        a = tok_of_start.get(nm.start) if nm.type == "place" and nm.source == "translit" else None
        if a is not None and _announced(p, a):
            nm = Name(nm.start, nm.end, "person", nm.source, nm.confidence, nm.key, nm.cue)
        out.append(nm)
    return out
