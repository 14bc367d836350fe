"""A two-word name glued to و right after a person found is another person (session 50, names54a).

:mod:`arnews.entities.coordination` chains the items of ``A وB وC`` when each item is made of name words by
themselves: a listed given name, a rare or a transliterated word.  It leaves out a pair whose first word no list
gives as a given name or whose second is a word of middling frequency (``كيفن جيمس وجوش جاد``: جاد *serious* 4.5;
``يقظان الشيشكلي ونور حميسي``: نور *light* is no listed given name).  Right beside a person found, such a pair
is a person when it is the whole item:

* the person found has two words or more (not دكتور صالح وأود استشارتك);
* the word after the person opens with a glued و (not a given name of its own: وليد، وائل) and one more word follows;
* a mark, the paragraph's end, a function word, a cue or another word glued to و closes the pair at once
  (:func:`arnews.entities.scorer_names.run_closed`);
* :func:`given_pair`: a listed given name (not علي/على, a preposition too) and a word under :data:`PAIR_FIRST_ZIPF`,
  or a plain word under :data:`PAIR_FIRST_ZIPF` and a rare family name under :data:`PAIR_RARE_ZIPF`; neither with
  the article (a definite family name is coordination's), a pronoun suffix, a plural ending or a verb's shape; the
  second no verbal noun (وحسن استقبال) and, after a given name that is also a common word (حسن *goodness*, zipf
  :data:`COMMON_GIVEN_ZIPF` or more), rarer than :data:`COMMON_SECOND_ZIPF` unless a given name too (وحسن خلق، وحسن
  أداء are *good manners*, *good play*; fixn, issue 14).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info, zipf_ar
from .guards import imperfect_verb
from .keys import Name, name_key, tanween
from .namelinks import ABD, ABU, FOREIGN_PARTICLES, NASAB
from .positions import adjacent, is_word
from .scorer_names import run_closed
from .wordtests import abstract_noun

__all__ = ["paired_people", "given_pair", "PAIR_RARE_ZIPF", "PAIR_FIRST_ZIPF"]

#: the family name of a pair whose first word no list gives as a given name is rarer than this (حميسي 0.0)
PAIR_RARE_ZIPF = 2.5
#: the other word of a pair is rarer than this (نور 4.95، جاد 4.5; not a word of prose such as كبير 5.4)
PAIR_FIRST_ZIPF = 5.0
#: a second word in ‑ه on a base this common is a noun with the pronoun *his* (ملابسه), no family name (طه، عبده)
SUFFIX_BASE_ZIPF = 3.5
#: a given name this common is an ordinary word too (حسن 5.41، صالح 5.21، خالد 5.23)
COMMON_GIVEN_ZIPF = 5.0
#: after such a given name the other word is rarer than this (غالب 4.25، عسل 4.03; not خلق 4.98، أداء 4.84)
COMMON_SECOND_ZIPF = 4.5
#: a second word of a verbal noun's shape this common is one (استقبال، تعامل), no family name
VERBAL_NOUN_ZIPF = 3.5
_LINKS = NASAB | ABU | ABD | FOREIGN_PARTICLES
_ENDS = ("ته", "تها", "تهم", "يه", "يها", "هما", "هم", "كم", "نا", "ون", "ين", "ات")


def given_pair(w0: str, w1: str) -> bool:
    """The words w0, w1 make a person's name by the shapes of the module docstring."""
    cues = load_cues()
    k0, k1 = key(w0), key(w1)
    if k0 in ("علي", "على") or k0 in _LINKS or k1 in _LINKS or k0.startswith("ال") or k1.startswith(("ال", "لل", "بال")):
        return False
    if any(k.endswith(_ENDS) or len(k) < 3 for k in (k0, k1)):
        return False
    if k1.endswith("ه") and zipf_ar(k1[:-1]) >= SUFFIX_BASE_ZIPF:
        return False  # وأحمد ملابسه: a common noun and the pronoun *his*
    i0, i1 = word_info(w0), word_info(w1)
    if i0.stop or i0.cue or i0.conj or i1.stop or i1.cue or i1.conj or imperfect_verb(w1):
        return False
    if abstract_noun(k1) and zipf_ar(w1) >= VERBAL_NOUN_ZIPF:
        return False  # وحسن استقبال، وحسن تعامل: a verbal noun (not تيفيز 2.8, the shape of تفعيل)
    if k0 in cues.given:
        z1 = zipf_ar(w1)
        return z1 < PAIR_FIRST_ZIPF and (z1 < COMMON_SECOND_ZIPF or zipf_ar(w0) < COMMON_GIVEN_ZIPF or k1 in cues.given)
    return zipf_ar(w0) < PAIR_FIRST_ZIPF and not imperfect_verb(w0) and not k0.endswith("ه") \
        and zipf_ar(w1) < PAIR_RARE_ZIPF


def paired_people(p, names: list[Name]) -> list[Name]:
    """``names`` with the pairs of the module docstring added (Arabic rules only)."""
    if p.rules != "ar":
        return names
    people = [nm for nm in names if nm.type == "person" and nm.source != "translit"
              and " " in p.ntext[nm.start:nm.end].strip()]  # (دكتور صالح وأود استشارتك: a one-word anchor is no list)
    if not people:
        return names
    cues = load_cues()
    _, tok_end = p.token_at()
    n = len(p.toks)
    add = []
    for nm in people:
        t = tok_end.get(nm.end)
        if t is None or t + 2 >= n:
            continue
        a = t + 1
        if not (is_word(p, a) and is_word(p, a + 1) and adjacent(p, t, a) and adjacent(p, a, a + 1)):
            continue
        k = p.fkeys[a]
        if len(k) < 4 or k[0] != "و" or (k in cues.given and k[1:] not in cues.given) or tanween(p, a + 1):
            continue
        if not run_closed(p, a + 2):
            continue
        w0 = p.toks[a][1:]
        if not given_pair(w0, p.toks[a + 1]):
            continue
        s, e = p.starts[a] + 1, p.ends[a + 1]
        if any(x.start < e and s < x.end for x in names) or any(x.start < e and s < x.end for x in add):
            continue
        add.append(Name(s, e, "person", "coord", 0.55, name_key([w0, p.toks[a + 1]])))
    return sorted(names + add, key=lambda x: (x.start, x.end)) if add else names
