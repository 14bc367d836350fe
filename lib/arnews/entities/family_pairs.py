"""A person no cue announced, named by a given name and a family name, when the family name stands alone again
in the article (``وتدعى شينا وارنر ... وقالت وارنر``, ``الون موسك ... وأضاف موسك``): the article itself shows that
the second word is a surname.  The pair's first word must be a listed given name (``entity_cues.csv``: given,
foreign_given), or both words transliterations by their shape; the family name must not be common Arabic
(:data:`FAMILY_ZIPF`), definite (unless after a listed given name), carry a pronoun or tanween, be a verb, a listed
place, a cue or a function word; the lone mention must
stand where a surname may (not after a definite word it would qualify, not before ``بن``) and outside every name
found.  Arabic paragraphs of the analysed text only; names already found are never overlapped, but for one: a
given name the name finder read alone as a person (``الظهير الإسباني الدولي جوردي``, ``البرازيلي إلتون``) opens
a pair with the next word (``جوردي ألبا ... أن ألبا سيغيب``; session 57, names61b), a family name that is no word of
a native Arabic shape (:data:`NATIVE_SHAPE`; ``إثيلين منخفض``, ``لفك احتجاز`` stay out) nor a feminine noun; the
row found is extended.  After a listed given name a family name that also reads as و/ف + a word (``مايكل فيلبس``:
ف + يلبس) stands when it is written alone :data:`GLUED_LONE_MIN` times.
"""
from __future__ import annotations

import re

from ..lexicons import lexicon_derived
from ..normalize import WORD_CACHE, key
from .cues import SHAPE_FOREIGN, load_cues, word_info, zipf_ar
from .guards import imperfect_verb
from .keys import tanween
from .namelinks import AAL, ABD, ABI, ABU, NASAB, UMM
from .placeids import one_word_place
from .positions import adjacent, is_word
from .proclitics import proclitic_set
from .wordtests import pronoun_suffixed as _pronoun_suffixed

__all__ = ["family_pair_people", "FAMILY_ZIPF"]

RARE_ZIPF = 4.0
#: a family name that also reads as a word behind و/ف (فيلبس: ف + يلبس) stands alone this many times
GLUED_LONE_MIN = 2
#: after a given name found alone, the family name is no word of a native Arabic shape (ألبا -2.2, ألميدا -0.7,
#: هاشمي -1.2; not منخفض -4.6, احتجاز -7.3 after a guessed run: إثيلين منخفض، لفك احتجاز)
NATIVE_SHAPE = -4.0
#: the family name is rarer than this (وارنر 3.3, ويب 4.4; not النفط, القطاع)
FAMILY_ZIPF = 4.5
_LINKS = NASAB | ABU | ABI | UMM | ABD | AAL


def _given_like(w: str, nxt: str) -> bool:
    """Word w may open the pair before ``nxt``: a listed given name, or a transliteration (by its shape) before
    another one (أودو شتاينباخ)."""
    k = key(w)
    info = word_info(w)
    if len(k) < 3 or k.startswith("ال") or info.stop or info.cue or info.conj or info.definite:
        return False
    if k in load_cues().given:
        return True
    ni = word_info(nxt)
    return info.foreign and ni.foreign and min(info.shape, ni.shape) >= SHAPE_FOREIGN


@lexicon_derived(maxsize=WORD_CACHE)
def _may_open(w: str) -> bool:
    """:func:`_given_like` may hold for w before some word (its tests of w alone; remembered per word type):
    the pair loop skips every other word at once."""
    k = key(w)
    info = word_info(w)
    if len(k) < 3 or k.startswith("ال") or info.stop or info.cue or info.conj or info.definite:
        return False
    return k in load_cues().given or (info.foreign and info.shape >= SHAPE_FOREIGN)


def _family_like(w: str, given: bool, written: bool = False) -> int:
    """Word w may be the family name after a given name (``given``: a listed one, which may take a definite
    family name: إبراهيم الهاشمي): 1; 2 when w also reads as a word behind و/ف (فيلبس: ف + يلبس) and only its
    recurrence alone (:data:`GLUED_LONE_MIN` times) shows it a name; else 0.  ``written``: the article is read on
    the written word, not the key (ألميدا keeps its hamza: no article)."""
    k = key(w)
    info = word_info(w)
    if len(k) < 3 or info.stop or info.cue or k in _LINKS or info.zipf >= FAMILY_ZIPF:
        return 0
    definite = w.startswith("ال") if written else k.startswith("ال")
    if (definite or info.definite) and not given:
        return 0  # سعر النفط ... النفط: a noun and its definite genitive
    glued = info.conj or (info.bare != k and not info.foreign and not definite)
    if glued and not (given and k[:1] in "وف" and not k.startswith(("وال", "فال"))):
        return 0  # a word behind a proclitic (بالمنتخب) is prose
    if k in load_cues().given or _pronoun_suffixed(w):
        return 0  # a given name names many; a word with a pronoun is prose
    if k.endswith(("ون", "ين", "ات")) and info.zipf >= RARE_ZIPF:
        return 0  # a plural
    if w.endswith(("اً", "ً", "ٌ", "ٍ")) or imperfect_verb(w):
        return 0  # بديلاً: an accusative; يعادل: a verb
    if len(k) >= 4 and k[-1] in "هت" and zipf_ar(k[:-1]) >= RARE_ZIPF:
        return 0  # قومه: a noun with its pronoun; شملت: a verb in the past
    if one_word_place(k):
        return 0
    return 2 if glued else 1


def _taken(spans, s: int, e: int) -> bool:
    return any(s < te and ts < e for ts, te in spans)


def _one_word_person(taken, people, s: int, m: int, e: int) -> bool:
    """The pair's span s..e overlaps one name found, its first word s..m, a person (``جوردي`` of ``الدولي جوردي
    ألبا``, ``إلتون`` of ``البرازيلي إلتون ألميدا``: a given name the name finder read alone)."""
    return (s, m) in people and all((ts, te) == (s, m) for ts, te in taken if s < te and ts < e)


def _lone_slot(p, i: int, first: str) -> bool:
    """Token i (the family name alone) stands where a surname may: not right after the pair's first word, a link
    or a definite word it would qualify (unless a title or an office), not before بن."""
    if is_word(p, i - 1) and adjacent(p, i - 1, i):
        pk = p.fkeys[i - 1]
        pi = word_info(p.toks[i - 1])
        if pk == first or pk in _LINKS or (pk.startswith(("ال", "وال", "بال", "لل")) and pi.cue not in ("title", "role")):
            return False
    if is_word(p, i + 1) and p.fkeys[i + 1] in ("بن", "بنت"):
        return False
    return True


def family_pair_people(pars, spans, people=None, guessed=None) -> list[tuple]:
    """``(paragraph, start, end, words)`` (normalised offsets) of the pairs of one article's paragraphs whose family
    name recurs alone (see the module docstring); ``spans``: (article, paragraph) -> the spans of names found;
    ``people``: (article, paragraph) -> the spans of people found (a lone family name found as a person counts:
    ``وقالت وارنر``); ``guessed``: ... of transliterated runs whose type is a guess (a pair that is one of them is
    returned: it is a person)."""
    pars = [p for p in pars if p.rules == "ar" and p.role != "dateline"]
    load_cues()  # (syncs the lexicon folder of _may_open's cache)
    found = []  # (paragraph, token, family test) of the pairs that pass every test but the lone mention
    for p in pars:
        taken = spans.get((p.article_id, p.paragraph), ())
        mine = (people or {}).get((p.article_id, p.paragraph), ())
        kinds, toks = p.kinds, p.toks
        for i in range(len(kinds) - 1):
            if kinds[i] != "word" or kinds[i + 1] != "word" or not adjacent(p, i, i + 1):
                continue
            s, e = p.starts[i], p.ends[i + 1]
            one = _one_word_person(taken, mine, s, p.ends[i], e)
            if not one and not _may_open(toks[i]):
                continue
            if not one and _taken(taken, s, e) and (s, e) not in (guessed or {}).get((p.article_id, p.paragraph), ()):
                continue
            a, b = p.toks[i], p.toks[i + 1]
            if tanween(p, i + 1):
                continue
            if one:  # جوردي ألبا: the name finder read the given name alone
                bi = word_info(b)
                fam = _family_like(b, False, written=True) if bi.shape > NATIVE_SHAPE and not b.endswith("ة") \
                    and not re.fullmatch(r".ا.[^اوي]", key(b)) else 0  # جوردي غائب: a فاعل predicate
            else:
                fam = _family_like(b, p.fkeys[i] in load_cues().given) if _given_like(a, b) else 0
            if not fam:
                continue
            if is_word(p, i - 1) and adjacent(p, i - 1, i) and p.fkeys[i - 1] in _LINKS:
                continue  # أبو وارنر: a link before the pair opens a longer name
            found.append((p, i, fam))
    if not found:
        return []
    wanted = {p.fkeys[i + 1] for p, i, _ in found}
    lone: dict[str, list] = {}  # family key (of a pair found) -> [(paragraph, token)] of its bare occurrences
    for p in pars:
        taken = spans.get((p.article_id, p.paragraph), ())
        mine = (people or {}).get((p.article_id, p.paragraph), ())
        for i, kd in enumerate(p.kinds):
            if kd != "word":
                continue
            k = p.fkeys[i]
            k1 = k[1:] if len(k) >= 5 and k[0] in proclitic_set("family_pair") else None
            if k not in wanted and k1 not in wanted:
                continue
            if _taken(taken, p.starts[i], p.ends[i]) and (p.starts[i], p.ends[i]) not in mine:
                continue
            if k in wanted:
                lone.setdefault(k, []).append((p, i))
            if k1 in wanted:
                lone.setdefault(k1, []).append((p, i))
    out = []
    for p, i, fam in found:
        fk, ak = p.fkeys[i + 1], p.fkeys[i]
        alone = [(q, t) for q, t in lone.get(fk, ()) if not (q is p and t == i + 1) and _lone_slot(q, t, ak)]
        if len(alone) >= (GLUED_LONE_MIN if fam == 2 else 1):
            out.append((p, p.starts[i], p.ends[i + 1], [p.toks[i], p.toks[i + 1]]))
    return out
