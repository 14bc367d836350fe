"""Places a cue names with help from the words around the name (session 36).

* **Both places of a dual place cue** (:func:`dual_cue_pairs`): ``قريتي كفريا والفوعة``، ``قريتي تل أعور
  والفريكة``.  :mod:`arnews.entities.dual_places` reads the second place once the first is found (a listed
  city); here the first is not: the construct dual cue (``قريتي``; not ``القريتين``, which refers back, nor
  ``مدينتين`` before its adjective), a run of one or two name words (no preposition: ``بالصواريخ``), then a
  glued ``و`` and a second run no longer than the first.  Each run is a name by the test of
  :func:`arnews.entities.dual_places._name_words` (no stop or cue word; a transliteration, or words rarer
  than ordinary vocabulary), or the second is a place found already (``محافظتي لحج وعدن``): ``منطقتي الملعب
  والطاش`` (*stadium*) is left.  After a rare first name (:data:`RARE_FIRST_ZIPF`) the second may be one word of
  middling frequency standing alone (``مدينتي قدسيا والهامة في``; place50).
* **A place named beside a nationality adjective** (:func:`gentilic_places`): after a place cue and the
  adjective of a country (``العاصمة الهولندية أمستردام``، ``بالعاصمة الفنلندية هلسنكي``: a listed place of
  any level, or one or two transliterated words), or between an indefinite place cue and that adjective
  (``مدينة أفيون التركية``، ``بمدينة بولو التركية``: the adjective agrees with the city, so the words between
  are its name).  Not a definite word after the cue (``مدينة الملاهي التركية``), not an adjective that names
  no country or continent (``المدينة الجميلة``، ``مدينة سبورت يارد الرياضية``: *sporting*, not of Riyadh).
* **A region named by a continent or a direction and a nationality adjective** (:func:`region_phrases`):
  ``القارة الأوروبية``، ``للقارة الأفريقية``، ``الجنوب اللبناني``، ``الشمال السوري``: the definite noun and the
  adjective of a continent (after القارة) or the masculine adjective of a country (after الشمال، الجنوب، الشرق،
  الغرب; ``الوسط والجنوب العراقية`` qualifies the governorates before).  Not an
  indefinite direction (``جنوب لبنان`` is the listed country after a preposition), not an adjective of no place.
"""
from __future__ import annotations

import re

from ..normalize import key
from .cues import load_cues, word_info
from .cuewords import dual_place_cue as _dual_place_cue
from .dual_places import MAX_WORDS, _name_words
from .guards import gentilic_place as _gentilic_place
from .keys import Name, name_key
from .place_cues import judiciary
from .positions import adjacent, is_word, word_types

__all__ = ["dual_cue_pairs", "gentilic_places", "region_phrases"]

#: the words of a transliterated name after a nationality adjective are rarer than this, or foreign-shaped
NAME_ZIPF = 3.5
#: the adjective of a country or a continent (not of a city: الرياضية is *sporting*, not of Riyadh)
_COUNTRY = re.compile(r"^geo:(?:[A-Z]{2}(?:-[A-Z]+)?|\d{3})$")


def gentilic_place(w: str) -> str:
    """The country or continent a definite nationality adjective names (``التركية`` -> geo:TR), else ""."""
    pid = _gentilic_place(w)
    return pid if _COUNTRY.match(pid) else ""


def _free(taken: list, s: int, e: int) -> bool:
    return not any(s < te and ts < e for ts, te in taken)


def _run(p, j: int, limit: int) -> int:
    """End of a run of name words at token j without a glued و (at most ``limit``); j when none."""
    e = j
    while e < len(p.kinds) and e - j < limit and is_word(p, e) and (e == j or adjacent(p, e - 1, e)):
        if e > j and p.fkeys[e].startswith("و"):
            break
        e += 1
    return e


def dual_cue_pairs(p, found: list[Name]) -> list[Name]:
    """Both places of a dual place cue when neither is found (see the module docstring): new names only."""
    out = []
    taken = [(n.start, n.end) for n in found]
    load_cues()  # (syncs the lexicon folder of _dual_place_cue's cache)
    if not any(map(_dual_place_cue, word_types(p))):
        return out  # (no dual place cue in the paragraph: the loop below finds nothing)
    kinds, toks = p.kinds, p.toks
    for i in range(len(kinds) - 2):
        if not (kinds[i] == "word" and _dual_place_cue(toks[i]) and adjacent(p, i, i + 1)):  # (cached test first)
            continue
        c = p.fkeys[i]
        if not c.endswith("تي"):
            continue  # لمدينتين يابانيتين وإسقاط: the dual without its genitive takes an adjective, not names
        if c.startswith("ال") or c[1:].startswith("ال"):
            continue  # قصف القريتين بالصواريخ: *the two villages* refers back; it names none
        j = i + 1
        if p.fkeys[j].startswith(("و", "بال", "لل", "كال")):
            continue
        e1 = _run(p, j, 2)
        k = e1  # the glued و of the second place
        if not (is_word(p, k) and adjacent(p, k - 1, k) and p.fkeys[k].startswith("و") and len(p.fkeys[k]) >= 4):
            continue
        if not _names(p, j, e1):
            continue
        second = any(x.type == "place" and x.start == p.starts[k] + 1 for x in found)  # محافظتي لحج وعدن
        e2 = k + 1 if second else _name_words(p, k, min(MAX_WORDS, e1 - j))
        if e2 == k and _rare_run(p, j, e1) and _plain_second(p, k):
            e2 = k + 1  # مدينتي قدسيا والهامة: after a rare first name the dual's second word is a name (place50)
        if e2 == k:
            continue
        s1, t1 = p.starts[j], p.ends[e1 - 1]
        s2, t2 = p.starts[k] + 1, p.ends[e2 - 1]
        if not _free(taken, s1, t1):
            continue
        words1 = [p.toks[t] for t in range(j, e1)]
        out.append(Name(s1, t1, "place", "cue", 0.7, name_key(words1), p.toks[i]))
        taken.append((s1, t1))
        if _free(taken, s2, t2):
            words2 = [p.toks[k][1:]] + [p.toks[t] for t in range(k + 1, e2)]
            out.append(Name(s2, t2, "place", "cue", 0.7, name_key(words2), p.toks[i]))
            taken.append((s2, t2))
    return out


#: a dual cue's first name this rare (every word) lets a second word of middling frequency be the other name
#: (قدسيا 2.5 ... والهامة 4.5; not منطقتي الملعب والطاش, whose first word is ordinary)
RARE_FIRST_ZIPF = 3.0
#: ... up to this frequency (الهامة 4.52 by its bare form)
SECOND_ZIPF = 5.0


def _rare_run(p, j: int, e: int) -> bool:
    return all(word_info(p.toks[t]).zipf < RARE_FIRST_ZIPF for t in range(j, e))


def _plain_second(p, k: int) -> bool:
    """The glued و + one word at token k: no stop or cue word, under :data:`SECOND_ZIPF`, and the pair ends there
    (no word after it in the same construct)."""
    info = word_info(p.toks[k][1:])
    n = k + 1
    return not (info.stop or info.cue) and len(p.fkeys[k]) >= 4 and info.zipf < SECOND_ZIPF and not (
        is_word(p, n) and adjacent(p, k, n) and not word_info(p.toks[n]).stop)


def _names(p, j: int, e: int) -> bool:
    """Tokens j..e-1 are name words: no stop or cue word; a transliteration among them, or all rarer than
    ordinary vocabulary (the test of :func:`arnews.entities.dual_places._name_words`)."""
    from .dual_places import ORDINARY_ZIPF

    foreign = common = False
    for t in range(j, e):
        info = word_info(p.toks[t])
        if info.stop or info.cue or len(p.fkeys[t]) < 2:
            return False
        foreign = foreign or info.foreign
        common = common or info.zipf >= ORDINARY_ZIPF
    return e > j and (foreign or not common)


def _transliterated(p, j: int, limit: int = 2) -> int:
    """End of one or two transliterated words at token j (foreign-shaped or rare, no stop or cue word)."""
    e = j
    while e < len(p.kinds) and e - j < limit and is_word(p, e) and (e == j or adjacent(p, e - 1, e)):
        info = word_info(p.toks[e])
        if info.stop or info.cue or info.conj or gentilic_place(p.toks[e]) or not (info.foreign or info.zipf < NAME_ZIPF):
            break
        e += 1
    return e


def gentilic_places(p, found: list[Name]) -> list[Name]:
    """Places named beside a nationality adjective (see the module docstring): new names only."""
    from .places import listed_place_at

    out = []
    taken = [(n.start, n.end) for n in found]
    n = len(p.kinds)
    kinds, toks = p.kinds, p.toks
    for i in range(n - 2):
        if kinds[i] != "word":
            continue
        info = word_info(toks[i])
        if info.cue != "place" or not adjacent(p, i, i + 1) or judiciary(toks[i]):  # (the cached test first)
            continue  # (القضاء الأمريكي فلان: the judiciary)
        a = b = 0
        if gentilic_place(p.toks[i + 1]) and adjacent(p, i + 1, i + 2):
            a = i + 2  # العاصمة الهولندية أمستردام
            b = a + (listed_place_at(p, a) or 0)
            if b == a:
                b = _transliterated(p, a)
        elif not info.definite and not p.fkeys[i].startswith("ال"):
            j = i + 1  # مدينة أفيون التركية
            for e in (j + 1, j + 2):
                if e < n and all(is_word(p, t) and adjacent(p, t - 1, t) for t in range(j, e + 1)) \
                        and gentilic_place(p.toks[e]) and not any(p.fkeys[t].startswith("ال") for t in range(j, e)) \
                        and not any(word_info(p.toks[t]).stop or word_info(p.toks[t]).cue for t in range(j, e)):
                    a, b = j, e
                    break
        if b <= a:
            continue
        s, t = p.starts[a], p.ends[b - 1]
        if _free(taken, s, t):
            words = [p.toks[x] for x in range(a, b)]
            # (no cue word kept after an indefinite cue: the corpus-level pass would learn أفيون *opium* as a town)
            out.append(Name(s, t, "place", "cue", 0.7, name_key(words), p.toks[i] if a == i + 2 else ""))
            taken.append((s, t))
    return out


#: definite directions that a country's adjective makes a region of (الجنوب اللبناني، الشمال السوري)
_DIRECTIONS = frozenset(key(w) for w in ("شمال", "جنوب", "شرق", "غرب"))
_CONTINENT = key("قارة")


def region_phrases(p, found: list[Name]) -> list[Name]:
    """Regions named by a continent or a direction and a nationality adjective (see the module docstring)."""
    out = []
    taken = [(n.start, n.end) for n in found]
    kinds, toks = p.kinds, p.toks
    for i in range(len(kinds) - 1):
        if kinds[i] != "word":
            continue
        info = word_info(toks[i])
        bare = info.bare[2:] if info.bare.startswith("ال") else info.bare  # (القارة alone reads as one word)
        if not (info.definite or info.bare != bare) or bare not in _DIRECTIONS and bare != _CONTINENT:
            continue
        if not (kinds[i + 1] == "word" and adjacent(p, i, i + 1)):  # (after the cached tests)
            continue
        pid = gentilic_place(p.toks[i + 1])
        adj = p.fkeys[i + 1]
        if bare == _CONTINENT:
            ok = bool(pid) and not re.match(r"^geo:[A-Z]{2}", pid) or adj in _CONTINENTS
        else:  # (masculine: محافظات الوسط والجنوب العراقية is the governorates' adjective)
            ok = bool(re.match(r"^geo:[A-Z]{2}", pid)) and not adj.endswith("يه")
        if not ok:
            continue
        k = p.fkeys[i]
        s = p.starts[i] + max(0, len(k) - len("ال" + bare))
        if k.startswith("لل"):
            s = p.starts[i] + (len(k) - len(bare)) - 1  # للقارة: the article folded into لل
        t = p.ends[i + 1]
        if _free(taken, s, t):
            out.append(Name(s, t, "place", "cue", 0.7, name_key(["ال" + bare, p.toks[i + 1]]), p.toks[i]))
            taken.append((s, t))
    return out


#: continent adjectives the place index gives no country for (آسيا's adjective: الآسيوية)
_CONTINENTS = frozenset(key(w) for w in ("الآسيوية", "الآسيوي"))
