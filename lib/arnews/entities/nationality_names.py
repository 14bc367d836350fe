"""A person's name after a nationality standing as a noun, read by the shape of the whole name (person50).

:mod:`arnews.entities.nationals` reads one to three words after a nationality standing as a noun (``والأرجنتيني
موراليس``) when each is rare and shaped like a transliteration.  Pooled over blind40-50, the names it missed are
shaped otherwise: Arabic names (``عن الإيراني محمد علي طاهري``, ``الكندي محمد فهمي``, ``المصري باهر محمد``), foreign names
the letter model reads as native (``والإسباني خافي مارتينيز``, ``من الإيرلندي باتريك هيكي``), a kunya or a particle
(``والغيني أبو بكر سيلا``, ``الإيطالي دي ناتالي``), and a nationality after an indefinite noun (``بقيادة اليوناني
جوريجوس دونيس``).

The nationality (:func:`arnews.entities.cuewords.nationality_word`) follows a punctuation mark, the paragraph's start,
a function word, a common word without the article (``بقيادة``, ``سجله``) or a ``role`` cue (``اللاعب البرازيلي``): not
a definite noun it would qualify (``المنتخب الإيطالي``, ``المصنف الثاني الأميركي``) nor a rare or foreign word, a club
or a town (``ودية بافينو الإيطالي بسباعية``).  Two or three words follow it, closed by a punctuation mark,
the end, a function word, a cue, a relative or a word glued to و, and shaped as a whole name:

* a listed given name (or ``أبو`` + a word, or a foreign particle ``دي``/``دا``/``فان`` + a word) followed by listed
  given names or words rarer than :data:`NAME_ZIPF` (``محمد علي طاهري``، ``محمد فهمي``، ``أبو بكر سيلا``);
* two words both rarer than :data:`NAME_ZIPF`, one of them rarer than :data:`RARE_ZIPF`, or a rare word before a listed
  given name (``خافي مارتينيز``، ``باتريك هيكي``، ``باهر محمد``).

A given name and a theophoric family name written in two words is a name too (``اللبناني حسن نصر الله``, names60e).

No word may carry the article, a proclitic, tanween, be a verb, a cue or a function word (``عن الإيراني يعود``,
``المصري يوم الأحد``).  A place guessed or a shorter person found inside the run is dropped (a full name found is lengthened only by a
given name before it: ``محمد [علي طاهري]``, not ``كريستيانو رونالدو رواد``); any other name across it leaves it alone.
"""
from __future__ import annotations

from ..normalize import key
from .cuewords import nationality_word
from .cues import load_cues, word_info, zipf_ar
from .guards import imperfect_verb
from .keys import Name, name_key, tanween
from .positions import adjacent, is_word, word_types
from .scorer_names import run_closed as _closed, scorer_verb
from .wordtests import theophoric_family
from .wordtests import NAME_ZIPF  # every word of the name that is no listed given name is rarer (باتريك 4.3، فهمي 4.2)

__all__ = ["people_after_nationality_names", "NAME_ZIPF", "RARE_ZIPF"]

#: ... and a name of two such words has one rarer than this (هيكي 2.9، خافي 3.1)
RARE_ZIPF = 3.6
#: a word without the article before the nationality governs it when at least this common (بقيادة 4.5، سجله 3.9)
OWNER_ZIPF = 3.5
#: a run word opening with ب/ل/ك whose remainder is this common is a preposition on a word (بسباعية، بهدفي)
GLUED_ZIPF = 2.0
#: a word in ‑ا whose stem is this common is an accusative without its tanween (حضورا، عقودا; not سيلفا)
ACCUSATIVE_ZIPF = 3.5
_ABU = frozenset(key(w) for w in ("أبو", "ابو"))
_PARTICLES = frozenset(key(w) for w in ("دي", "دا", "دو", "فان", "فون", "ديل"))
_BEFORE = frozenset("،,.:؛-–—(«“\"")


def _opens(p, i: int) -> bool:
    """The nationality at token i stands as a noun or after an office, not after a definite noun it qualifies."""
    if i == 0:
        return True
    if not is_word(p, i - 1):
        return p.toks[i - 1] in _BEFORE
    if nationality_word(p.toks[i]) == 2:
        return not p.fkeys[i - 1].startswith("ال")
    prev = word_info(p.toks[i - 1])
    k = p.fkeys[i - 1]
    if prev.stop or prev.cue == "role" or scorer_verb(k):
        return True  # (وأحرزه الإيطالي: a verb of scoring, scorer_names)
    if p.toks[i - 1].endswith(("ه", "ها", "هم", "هما")) and len(k) >= 4:
        return False  # وإدارة ناديه الأرجنتيني عقودا: the adjective of a noun with a pronoun
    # an indefinite common noun or verb governs the nationality (بقيادة اليوناني، سجله الإيطالي); a rare or foreign
    # word is a club or a town the adjective qualifies (ودية بافينو الإيطالي، ليرس البلجيكي)
    return not (k.startswith(("ال", "لل")) or prev.conj and "ال" in k[:4]) and zipf_ar(p.toks[i - 1]) >= OWNER_ZIPF \
        and not prev.foreign


def _plain(p, t: int) -> bool:
    if not is_word(p, t) or tanween(p, t):
        return False
    info = word_info(p.toks[t])
    k = p.fkeys[t]
    if k[:1] in "بلك" and len(k) >= 5 and zipf_ar(k[1:]) >= GLUED_ZIPF:
        return False  # بسباعية، بهدفي: a preposition on a common word
    if k.endswith("ا") and len(k) >= 4 and zipf_ar(k[:-1]) >= ACCUSATIVE_ZIPF or k.endswith("ه") and len(k) >= 4:
        return False  # حضورا لافتا: an accusative without its tanween; حميمة: a feminine adjective, no foreign name
    return not (k.startswith("ال") or info.cue or info.stop or info.conj or len(k) < 2) and info.bare == k \
        and not imperfect_verb(p.toks[t])



def _run_end(p, a: int) -> int:
    """End (exclusive) of the name opening at token a (module docstring), else a."""
    n = len(p.toks)
    given = load_cues().given
    best = a
    for b in (a + 3, a + 2):
        if b > n or not all(is_word(p, t) and (t == a or adjacent(p, t - 1, t)) for t in range(a, b)) \
                or not _closed(p, b):
            continue
        ks = [p.fkeys[t] for t in range(a, b)]
        zs = [zipf_ar(p.toks[t]) for t in range(a, b)]
        named = [k in given and (u > 0 or k not in ("علي", "على")) for u, k in enumerate(ks)]
        opener = ks[0] in _ABU or ks[0] in _PARTICLES
        if b - a == 3 and theophoric_family([p.toks[t] for t in range(a, b)]) and all(_plain(p, t) for t in (a, a + 1)):
            best = b  # اللبناني حسن نصر الله: a given name and a theophoric family name in two words (names60e)
            break
        if not all(_plain(p, t) or named[t - a] or (t == a and opener) for t in range(a, b)) \
                or any(k[:1] == "و" and not named[u] for u, k in enumerate(ks) if u):
            continue  # (لوكاس مورا وهيأها: a word glued to و begins the next clause)
        rest_ok = all(named[u] or zs[u] < NAME_ZIPF or (u == 1 and ks[0] in _ABU) for u in range(1, b - a))
        if (named[0] or opener) and rest_ok:
            best = b
            break
        if b - a == 2 and zs[0] < NAME_ZIPF and (zs[1] < NAME_ZIPF and min(zs) < RARE_ZIPF or named[1] and zs[0] < RARE_ZIPF):
            best = b
            break
    return best


def people_after_nationality_names(p, found: list) -> list:
    """``found`` with the people of the module docstring added."""
    if p.rules != "ar" or not any(map(nationality_word, word_types(p))):
        return found
    n = len(p.toks)
    out = list(found)
    changed = False
    for i in [i for i in range(n - 2) if p.kinds[i] == "word" and nationality_word(p.toks[i])]:
        a = i + 1
        if not (is_word(p, a) and adjacent(p, i, a)) or not _opens(p, i):
            continue
        if any(nm.start <= p.starts[a] < nm.end and nm.type not in ("place", "person") for nm in out):
            continue
        b = _run_end(p, a)
        if b == a:
            continue
        s, e = p.starts[a], p.ends[b - 1]
        over = [nm for nm in out if nm.start < e and s < nm.end]
        if over and not all(s <= nm.start and nm.end <= e and (nm.type == "place" or nm.type == "person" and nm.end - nm.start < e - s
                                                                and (" " not in p.norm.text[nm.start:nm.end] or nm.start > s))
                            for nm in over):
            continue  # (a shorter person inside is the same man read in part: علي كاظمي in محمد علي كاظمي)
        out = [nm for nm in out if nm not in over]
        out.append(Name(s, e, "person", "translit", 0.6, name_key([p.toks[t] for t in range(a, b)]),
                        p.norm.text[p.starts[i]:p.ends[i]]))
        changed = True
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else found
