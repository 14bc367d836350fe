"""A kunya (أبو/أبي/أبا/أم + a name) names a person (round 38).

``وقال أبو محمد العدناني``, ``يحمل الاسم الحركي أبو سنان النجدي``, ``على صحة أبي سعيد``: Arabic names a
person by *father of* / *mother of* a name.  The name finder reads the name after the kunya and cuts the
kunya off (``محمد العدناني``), or finds nothing when the second word is no listed given name.  Here:

* a person found right after a bare kunya word begins at the kunya (``أبو محمد العدناني``);
* ``أبو``/``أبي``/``أبا`` + a listed given name (``entity_cues.csv`` kind ``given``) is a person, with a family
  name after it (``أبي سعيد``, ``أبو خالد الشمري``); not after بن/بنت/ابن (a nasab the name finder reads);
* ``أبو``/``أبي``/``أبا`` + a word + a family name (a nisba rare in general Arabic or a word the corpus shows as
  a family name: :func:`arnews.entities.wordtests._family_name`; no plural) is a person (``أبو العلاء
  الشنقيطي``), and so is ``أم`` + a listed given name + a family name (``أم خالد الشمري``).

Session 41 (:func:`_kunya_word`): ``أبو``/``أبا`` + one word without the article, rare in general Arabic (under
:data:`BARE_ZIPF`: ``أبو سياف``, ``أبو كلل``, ``أبو قتادة``), is a person on its own, except after a family noun
(``عائلة أبو ناب``) or a place or body cue; ``أبي`` alone is also *my father* and needs a listed given name.  A
kunya right after a person's name is the family name that closes it (``عز الدين أبو العيش``, ``رسمي أبو علي``);
a facility word before a kunya names the facility, a place (``مطار أبو الظهور العسكري``);
a glued kunya (``أبوداود``, ``أبوبكر``: ابو + a listed given name) is read as the two words.  ``علي`` after a
kunya is the name, not *on me*.

``أم`` is also *or* (``خالد أم محمد``, ``أم شهيد الهياط``): never alone before a given name, never before
another word.  A kunya after a place or organisation cue names the place or body (``شارع أبي فراس
الحمداني``), and one whose words another name covers is left to it (``أبو ظبي``, ``أم القرى``).
"""
from __future__ import annotations

from ..normalize import key
from .cues import load_cues, word_info
from .keys import Name, name_key, org_key
from .namelinks import ABA, ABI, ABU
from .positions import adjacent as _adjacent, covered_tokens, is_word as _word
from .wordtests import NASAB_LINKS, family_name as _family_name, pronoun_suffixed as _pronoun_suffixed

__all__ = ["kunya_people"]

#: the three cases of *father of*: أبو، أبي، أبا
_FATHER = ABU | ABI | ABA
_MOTHER = "ام"
_NASAB = NASAB_LINKS
#: cue kinds after which a kunya names a place or a body (شارع أبي فراس الحمداني, مدرسة أبي سعيد الخدري)
_NAMED = frozenset({"place", "org", "places"})
#: a bare kunya's word (no article, no listed given name) names a person when rarer than this as written
#: (سياف 3.0, كلل 3.1, بصير 3.7, قتادة 3.6, جليل 3.5; not عرب 4.8, طالب 5.1, ظبي 4.1, قرنين 4.3)
BARE_ZIPF = 3.8
#: after a person's name, a kunya whose word is more frequent than this is no family name (الشباب 5.4)
FAMILY_KUNYA_ZIPF = 5.0
#: a bare kunya between dashes or after a word of direction is a town on a route (الدمام - أبو حدرية، باتجاه أبو حدرية)
_DASHES = frozenset("-–—")
_TOWARDS = frozenset(key(w) for w in ("باتجاه", "اتجاه", "نحو", "طريق", "بطريق", "وطريق"))
#: nouns of a family or tribe before a kunya: the family, not a person (عائلة أبو ناب)
_FAMILY_NOUNS = frozenset(key(w) for w in ("عائلة", "أسرة", "آل", "عائلات", "أسر", "قبيلة", "بيت", "أبناء"))


def _free_word(p, t: int, covered: set) -> bool:
    """Token t is a word no other name covers, written right after token t - 1."""
    return t < len(p.toks) and t not in covered and _word(p, t) and _adjacent(p, t - 1, t)


def _family_at(p, t: int, covered: set) -> bool:
    """Token t is a free family name, no plural (``أم سيرد النصراويون``: *or will the Nassr fans ...*)."""
    return _free_word(p, t, covered) and not p.fkeys[t].endswith(("ون", "ين", "ات")) \
        and _family_name(p.toks[t], word_info(p.toks[t]))


def _building(k: str) -> bool:
    """A facility or patron word (مطار أبو الظهور، قصر أبو ...): the kunya names the building."""
    from .bodies import body_words

    return body_words().get(k, "").startswith(("facility", "patron"))


def _before_kunya(p, t: int) -> tuple[str, str]:
    """(key, cue kind) of the word before token t without a one-letter proclitic (لعائلة -> عائله, بحي -> حي)."""
    if not (t and _word(p, t - 1)):
        return "", ""
    k = p.fkeys[t - 1]
    cues = load_cues()
    for c in ("", "و", "ب", "ل", "ف"):
        if k.startswith(c) and len(k) - len(c) >= 2:
            r = k[len(c):]
            if r in _FAMILY_NOUNS or cues.kind.get(r) in _NAMED:
                return r, cues.kind.get(r, "")
    return k, word_info(p.toks[t - 1]).cue


def _given_before(p, t: int, covered: set, given) -> int | None:
    """The start (after a conjunction و) of a listed given name or an عبد- name right before token t, or None."""
    if not (t and _word(p, t - 1) and t - 1 not in covered and _adjacent(p, t - 1, t)):
        return None
    k = p.fkeys[t - 1]
    for c in ("", "و"):
        r = k[len(c):] if k.startswith(c) else ""
        if r and (r in given or (r.startswith("عبد") and len(r) >= 6)) and not word_info(r).cue:
            return p.starts[t - 1] + len(c)
    return None


def _facility_head(p, t: int) -> int:
    """The length of the facility word that ends token t (مطار، بمطار: 4), or 0."""
    from .bodies import body_words

    k, words = p.fkeys[t], body_words()
    return next((len(k) - n for n in (0, 1, 2) if len(k) - n >= 3 and words.get(k[n:]) == "facility"
                 and (n == 0 or k[:n] in ("و", "ب", "ل", "ف", "وب", "ول", "فب"))), 0)


def _facility_kunya(p, t: int, covered: set) -> Name | None:
    """``مطار أبو الظهور العسكري``: a facility word, a kunya and its word, closing adjectives: a place."""
    from .bodies import body_words

    if not (t and _word(p, t - 1) and t - 1 not in covered and _adjacent(p, t - 1, t)):
        return None
    n = _facility_head(p, t - 1)
    if not n or not _free_word(p, t + 1, covered):
        return None
    info = word_info(p.toks[t + 1])
    if (info.stop and p.fkeys[t + 1] not in load_cues().given) or info.cue or info.conj or _pronoun_suffixed(p.toks[t + 1]):
        return None  # (حقل أبو علي: the given name however it is read)
    end = t + 2 if _family_at(p, t + 2, covered) else t + 1  # مسجد أبي بكر الصديق
    while _free_word(p, end + 1, covered) and body_words().get(p.fkeys[end + 1]) == "facility_adj":
        end += 1
    words = [p.fkeys[t - 1][-n:]] + [p.toks[u] for u in range(t, end + 1)]
    return Name(p.ends[t - 1] - n, p.ends[end], "place", "cue", 0.7, org_key(words), p.toks[t - 1])


def _glued(p, t: int, given) -> bool:
    """Token t is a glued kunya: ابو + a listed given name of three letters or more (أبوداود، أبوبكر)."""
    k = p.fkeys[t]
    return k.startswith("ابو") and len(k) >= 6 and k[3:] in given and _word(p, t)


def _kunya_word(p, t: int, covered: set, given) -> bool:
    """Token t (after a bare أبو/أبا) is a rare word that names a person by the kunya (module docstring)."""
    if not _free_word(p, t, covered):
        return False
    w, k = p.toks[t], p.fkeys[t]
    info = word_info(w)
    if k.startswith("ال") or len(k) < 3 or info.stop or info.cue or info.conj or k in given:
        return False
    if t >= 2 and (p.toks[t - 2] in _DASHES or p.fkeys[t - 2] in _TOWARDS) or (t + 1 < len(p.toks) and p.toks[t + 1] in _DASHES):
        return False  # طريق الدمام - أبو حدرية، باتجاه أبو حدرية: a town on a route
    return info.zipf < BARE_ZIPF and not _pronoun_suffixed(w) and not (_word(p, t + 1) and _adjacent(p, t, t + 1)
                                                                     and word_info(p.toks[t + 1]).cue in _NAMED)


def kunya_people(p, found: list) -> list:
    """``found`` with kunyas read as people (module docstring)."""
    if p.rules != "ar":
        return found
    cues = load_cues()
    heads = [t for t, k in enumerate(p.fkeys) if (k in _FATHER or k == _MOTHER) and _word(p, t)]
    glued = [t for t, k in enumerate(p.fkeys) if k.startswith("ابو") and _glued(p, t, cues.given)]
    if not heads and not glued:
        return found
    tok_of_start, tok_of_end = p.token_at()
    # (a name that begins or ends inside a token (وعمر أبو ريشة: after the proclitic) covers its tokens too)
    covered = covered_tokens(p, found, partial=True)
    person_at = {a: i for i, nm in enumerate(found) if nm.type == "person"
                 for a in [tok_of_start.get(nm.start)] if a is not None and tok_of_end.get(nm.end) is not None}
    out = list(found)
    person_end = {b: i for i, nm in enumerate(found) if nm.type == "person"
                  for b in [tok_of_end.get(nm.end)] if b is not None}
    for t in sorted(heads + glued):
        if t in covered:
            continue
        if t in glued:
            end = t
        elif p.fkeys[t] in _FATHER and _free_word(p, t + 1, covered) and not word_info(p.toks[t + 1]).conj \
                and not word_info(p.toks[t + 1]).cue and (p.fkeys[t + 1] in cues.given or (
                    not word_info(p.toks[t + 1]).stop and word_info(p.toks[t + 1]).zipf < FAMILY_KUNYA_ZIPF)):
            end = t + 2 if _family_at(p, t + 2, covered) else t + 1
        else:
            continue
        bk, bcue = _before_kunya(p, t)
        if bk in _FAMILY_NOUNS or bcue in _NAMED:
            continue  # لعائلة أبو نقيرة، بحي أبا السعود
        if t - 1 in person_end and _adjacent(p, t - 1, t):  # عز الدين أبو العيش: the kunya closes the name
            i = person_end.pop(t - 1)
            nm = out[i]
            words = [p.toks[u] for u in range(tok_of_start.get(nm.start, t), end + 1) if _word(p, u)]
            out[i] = Name(nm.start, p.ends[end], nm.type, nm.source, nm.confidence, name_key(words), nm.cue)
            covered.update(range(t, end + 1))
            continue
        if t in glued and not (t and _word(p, t - 1) and p.fkeys[t - 1] in _NASAB):
            out.append(Name(p.starts[t], p.ends[t], "person", "cue", 0.7, name_key([p.toks[t]])))
            covered.add(t)
    for t in heads:
        fac = None if t in covered or p.fkeys[t] == _MOTHER else _facility_kunya(p, t, covered)
        if fac:  # مطار أبو الظهور العسكري
            out.append(fac)
            covered.update(range(t - 1, tok_of_end.get(fac.end, t + 1) + 1))
            continue
        if t in covered or (t and _word(p, t - 1) and (p.fkeys[t - 1] in _NASAB or word_info(p.toks[t - 1]).cue in _NAMED
                                                        or _building(p.fkeys[t - 1]))):
            continue
        father = p.fkeys[t] in _FATHER
        if t + 1 in person_at and _adjacent(p, t, t + 1):
            nm = out[person_at[t + 1]]
            out[person_at[t + 1]] = Name(p.starts[t], nm.end, nm.type, nm.source, nm.confidence, nm.key, nm.cue)
            continue
        if not _free_word(p, t + 1, covered):
            continue
        w = p.toks[t + 1]
        info = word_info(w)
        if (info.stop and key(w) not in cues.given) or info.cue or info.conj:
            continue  # (أبو علي: the name, not *on me*)
        end = None
        if not father and key(w) not in cues.given:
            continue  # أم شهيد الهياط: *or* before a noun
        if _family_at(p, t + 2, covered):
            end = t + 2
        elif father and key(w) in cues.given:
            end = t + 1
        elif p.fkeys[t] != "ابي" and _before_kunya(p, t)[0] not in _FAMILY_NOUNS and _before_kunya(p, t)[1] not in _NAMED \
                and not (t and _word(p, t - 1) and _building(p.fkeys[t - 1])) and _kunya_word(p, t + 1, covered, cues.given):
            end = t + 1  # أبو سياف، أبو كلل: a rare word
        if end is not None:
            a, s0 = t, p.starts[t]
            g = _given_before(p, t, covered, cues.given)
            if g is not None:  # وعبدالرؤوف أبو زناده: a given name before the kunya opens the name
                a, s0 = t - 1, g
            words = [p.toks[u] for u in range(a, end + 1)]
            out.append(Name(s0, p.ends[end], "person", "cue", 0.7, name_key(words)))
            covered.update(range(a, end + 1))
    return sorted(out, key=lambda x: (x.start, x.end))
