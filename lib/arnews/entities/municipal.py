"""A city's or a region's own body named after it: ``بلدية [محافظة] + place`` and ``إمارة [منطقة] + place`` (split from
:mod:`arnews.entities.orgnames` in session 52, tidy53; behaviour unchanged).

* :func:`place_body_end`: the end of such a body's name at its head (بلدية الخبر، بلدية محافظة العلا، إمارة منطقة
  الجوف), the place listed or a one-word Arabic town no list holds (:func:`native_place_name`: بلدية العمرة);
* :func:`place_body_name`: its organisation, the span without the head's proclitics.

The heads and the place cues between head and place are the kinds ``place_body_head`` and ``place_body_link`` of
``org_name_words.csv`` (:mod:`.orgwords`).
"""
from __future__ import annotations

from .cues import load_cues, word_info
from .keys import Name, org_key, tanween
from .orgwords import name_words
from .places import listed_place_at
from .positions import adjacent as _adjacent, is_word as _is_word

__all__ = ["PLACE_BODY_HEADS", "PLACE_BODY_LINKS", "place_body_end", "native_place_name", "place_body_name",
           "NATIVE_DEFINITE_ZIPF", "NATIVE_BARE_ZIPF", "NATIVE_BARE_SHAPE"]


#: heads that make a listed place an organisation in Saudi news, though the cue table reads بلدية as
#: a Vietnamese commune (a place) and lists no إمارة: بلدية الخبر *Khobar municipality*, إمارة منطقة
#: جازان *the Jazan region's governorate* (الإمارة, definite, refers back)
PLACE_BODY_HEADS = name_words("place_body_head")
#: a place cue between بلدية and the listed place (بلدية محافظة العلا)
PLACE_BODY_LINKS = name_words("place_body_link")


def place_body_end(p, i: int, info) -> int:
    """End of ``بلدية [محافظة] + listed place`` or ``إمارة + listed place`` at token i (an indefinite head, the
    place right after it), else 0; an Arabic town no list holds counts too (:func:`native_place_name`: بلدية
    العمرة).  ``البلدية``, ``الإمارة`` refer back; a transliterated place is left to the place cue (a Vietnamese
    commune: بلدية تان لاپ)."""
    if info.bare not in PLACE_BODY_HEADS or info.definite or p.fkeys[i].startswith(("ال", "لل")) \
            or tanween(p, i) or not _is_word(p, i + 1) or not _adjacent(p, i, i + 1):
        return 0
    j = i + 1
    if p.fkeys[j] in PLACE_BODY_LINKS and _is_word(p, j + 1) and _adjacent(p, j, j + 1):
        j += 1  # بلدية محافظة العلا، إمارة منطقة القصيم: the whole body is the name (nested: the outer one)
    m = _listed_place(p, j) or native_place_name(p, j)
    if not m or word_info(p.toks[j]).conj or p.fkeys[j].startswith(("بال", "وال", "فال", "لل")):
        return 0  # (بلدية بالمدينة: a municipality somewhere in the city, not the city's own)
    return j + m


#: an Arabic town that no list holds, named after بلدية: a definite word rarer than this (العمرة 3.6، القيصومة 2.7;
#: not an adjective or a title: الجديدة 5.6، المهندس 4.4) ...
NATIVE_DEFINITE_ZIPF = 4.0
#: ... or an indefinite word this rare and this clearly Arabic in shape (قصيباء: zipf 1.4, shape -5.7); a Vietnamese
#: commune's syllables carry no article and read as transliterations (تان 0.8، فوونغ 4.0)
NATIVE_BARE_ZIPF, NATIVE_BARE_SHAPE = 2.5, -3.0


def native_place_name(p, j: int) -> int:
    """1 when token j reads as the one-word Arabic name of a town no list holds (بلدية العمرة، بلدية قصيباء), else 0:
    a rare definite word, or a very rare indefinite word of native shape, that is no cue, stop word or given name."""
    if not _is_word(p, j):
        return 0
    info = word_info(p.toks[j])
    k = p.fkeys[j]
    if info.cue or info.stop or info.conj or k in load_cues().given or p.kinds[j] != "word":
        return 0
    if k.startswith("ال") and len(k) >= 5:
        return int(info.zipf < NATIVE_DEFINITE_ZIPF)
    return int(info.zipf < NATIVE_BARE_ZIPF and info.shape < NATIVE_BARE_SHAPE and len(k) >= 4)


def place_body_name(p, i: int, e: int, info) -> Name:
    """The organisation of tokens i..e-1 found by :func:`place_body_end`, its span without the
    head's proclitics (بإمارة منطقة الجوف -> إمارة منطقة الجوف)."""
    s = p.ends[i] - len(info.bare) if p.fkeys[i].endswith(info.bare) else p.starts[i]
    words = [p.toks[x] for x in range(i, e)]
    return Name(max(s, p.starts[i]), p.ends[e - 1], "organisation", "cue", 0.7, org_key(words), p.toks[i])


def _listed_place(p, j: int) -> int:
    """Tokens of a listed place at token j (as :func:`arnews.entities.orgnames.listed_place` reads it)."""
    return listed_place_at(p, j, False) if p.rules == "ar" else 0
