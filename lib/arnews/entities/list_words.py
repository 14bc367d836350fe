"""Words of a list of places read with care (session 46, place48).

:func:`arnews.entities.placelists._place_list_item` reads the words joined by و or a comma after a place (في
الطائف والخرمة وتربة) as the list's next places when they look like names by themselves (rare in general
Arabic, definite proper names).  Rare is not a name: in snn2000 and the development sets such "places" are Arabic
prose that the spelling or a proclitic made rare (:func:`prose_item`):

* a proclitic ب/ل on an ordinary word (``ولحكومه``، ``وبأشراف``: *and to the government of*, *under the
  supervision of*), the ordinary word read with its hamza spellings and ة written ه;
* ة written ه or a pronoun on an ordinary noun (``ونخبه``، ``وأحزانه``), the noun at least :data:`ORDINARY_ZIPF`;
* a verb of a derived form: an imperfect of the forms تفاعل/تفعّل (``وتتواكب``، ``ويتنافس``), a dual imperfect
  (``ويعارضان``), a perfect of the form استفعل (``واستنفدت``);
* a definite feminine participle of the derived forms (``والمتضمنة``، ``والمستمرة``) or a definite feminine word as
  frequent as an everyday adjective (``والأخيرة``، ``والثالثة``: :data:`DEFINITE_ADJECTIVE_ZIPF`; not ``والسلام``,
  a quarter's name in a list of quarters).

A list item followed by another word was refused as a noun before its adjective or object (``والمستمد
تعاليمه``); one followed by where it lies goes on (``وحدنان بجبل صبر``, ``والنهضة ببريدة``: :func:`located_after`).
A definite word never carries a possessive pronoun: a list item with the article ending in ها/هم is a name
(``أحياء الخزامى والصواري والمها``), not a noun with its pronoun (``وحلفاؤها``).

Measured and left: a rare indefinite item before a definite word (``وعسفان البالغ``) is as often a verbal noun
before its genitive (``وإحجام المشترين``، ``وطمأنة النازحين``: snn2000 1 of 4 right).
"""
from __future__ import annotations

import re

from ..normalize import key
from .cues import word_info, zipf_ar

__all__ = ["prose_item", "located_after", "ORDINARY_ZIPF", "OWNED_ZIPF", "DEFINITE_ADJECTIVE_ZIPF"]

#: an ordinary word behind a proclitic, or written with ه for ة (حكومة 5.2، إشراف 4.1، نخبة 3.9؛ not مدركة 3.6،
#: بريدة 3.5)
ORDINARY_ZIPF = 3.8
#: an indefinite noun under a pronoun ه at least this frequent (أبناء، أعمال; not مدرك 3.46 of مدركه)
OWNED_ZIPF = 3.5
#: a definite feminine word this frequent is an everyday adjective or noun, not a list's place (الأخيرة 5.6);
#: a masculine noun may name a quarter (أحياء الدواسر والسلام)
DEFINITE_ADJECTIVE_ZIPF = 5.0
#: directions after a place (أمريكا الشمالية والجنوبية) are left to the list's own rules
_DIRECTIONS = frozenset(key(w) for w in "الشمالية الجنوبية الشرقية الغربية الوسطى".split())
# (shapes of their own: guards.imperfect_verb (any ت/ي/ن imperfect, native and common) and quantities'
# dual_verbs.is_dual_verb (a plural in -ون attested) are other tests; on the 13,833 word types after و in snn2000
# they disagree with these on 103 and 25 types, so reusing them would change the lists' output; tidy48)
_IMPERFECT_DERIVED = re.compile(r"^[يت]ت...+$")  # يتنافس، تتواكب (V/VI): no place name opens so
_DUAL_IMPERFECT = re.compile(r"^[يت]...+ان$")  # يعارضان، تستعدان
_ISTAF3AL_PERFECT = re.compile(r"^است...ت?$")  # استنفدت، استقبل
_DERIVED_PARTICIPLE = re.compile(r"^ال(?:مت|مست|من)...+$")  # المتضمنة، المستمرة، المنتشرة


def _z(w: str) -> float:
    """zipf over the spellings a list may use: hamza seats, ة written ه."""
    from .places import hamza_zipf

    forms = [w] + ([w[:-1] + "ة"] if w.endswith("ه") else [])
    forms += [a + f[1:] for f in forms if f[:1] in "اأإ" for a in "اأإ"]
    return max(hamza_zipf(f) for f in forms)


def prose_item(w: str) -> bool:
    """Is the list item ``w`` (written, its conjunction و taken off) Arabic prose, not a place (module docstring)?"""
    if len(w) < 3 or key(w) in _DIRECTIONS:
        return False
    if w[0] in "بل" and len(w) >= 5 and not w.startswith(("بال", "لل")) and _z(w[1:]) >= ORDINARY_ZIPF \
            and _z(w) < _z(w[1:]):
        return True  # لحكومه، بأشراف
    if w.endswith("ه") and len(w) >= 4 and zipf_ar(w) < ORDINARY_ZIPF and (
            _z(w) >= ORDINARY_ZIPF or not w.startswith("ال") and len(w) >= 5 and _z(w[:-1]) >= OWNED_ZIPF):
        return True  # نخبه (نخبة), أحزانه (أحزان + ه)
    k = key(w)
    if _IMPERFECT_DERIVED.match(k) or _ISTAF3AL_PERFECT.match(k) and len(k) >= 6:
        return True
    if _DUAL_IMPERFECT.match(k) and zipf_ar(w[:-2]) >= 2.5:
        return True  # يعارضان (يعارض 3.0)
    if w.startswith("ال") and w.endswith("ة") and (_DERIVED_PARTICIPLE.match(k) and zipf_ar(w) >= 2.5
                                                  or zipf_ar(w) >= DEFINITE_ADJECTIVE_ZIPF):
        return True  # المتضمنة، الأخيرة، والثالثة (not a noun: أحياء العدامة والدواسر والسلام)
    return False


def located_after(p, j: int) -> bool:
    """The word after the list item at token j says where the item lies: ب + a place cue or a listed place
    (وحدنان بجبل صبر، والطاش بمحافظة بيشة)."""
    from .places import listed_place_at

    nw = p.toks[j + 1]
    if nw[:1] != "ب" or len(nw) < 4:
        return False
    if word_info(nw[1:]).cue in ("place", "places"):
        return True  # وحدنان بجبل صبر
    # a listed place only after a definite item (والنهضة ببريدة): after a verb ب opens its object (ووثقت بالصور)
    return p.toks[j].lstrip("و").startswith("ال") and bool(listed_place_at(p, j + 1))
