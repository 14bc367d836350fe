"""Facility names the corpus teaches (session 40): a facility word and a definite name that recur together.

The per-article finder (:func:`arnews.entities.bodies.facility_end`) names a facility by a listed place, a rare
definite word (``منفذ البطحاء``), a patron or a transliteration; a name that is a word of middling frequency
(``منفذ الطوال``, ``مصفاة الزور``, ``ملعب الشرائع``, ``سجن العقرب``: Zipf 3.0-4.5 as written) is left alone, since
after one facility word such a word may be a common noun (``منفذ الجريمة`` *the perpetrator*).  When the corpus
writes the same facility word + definite word in :data:`MIN_ARTICLES` articles or more, it is a name: the pair
(head and name, the whole span) is learned as a place of class ``facility`` and matched wherever it is written
(:mod:`arnews.entities.learned`).  Roads, bases, fields, bridges, camps and complexes (طريق، قاعدة، حقل، جسر، معسكر،
مجمع، جامع) are left out: their word also heads common phrases (طريق الخطأ، قاعدة البيانات، جامع *comprehensive*).

Session 41: a palace (``قصر``, kind ``head`` of ``palace_words.csv``) is named by any definite word however frequent
(``قصر السلام``, ``قصر الحكم``, ``قصر العدل``), learned in the same two articles; قصر is also *shortness* and
*restricting*, so a noun of extent after it (kind ``extent``: ``قصر المدة``, ``قصر القامة``) and a ``على`` within
:data:`RESTRICT_WINDOW` words after the name (``قصر العمل في المهن على السعوديين``) count as no evidence.

Session 47 (place50): a square, a cemetery, a gulf and a strait (ساحة، مقبرة، مقابر، خليج، مضيق) are facility words
too.  A square or a cemetery is named by its own rare word (``ساحة الحبوبي``, ``مقبرة البقيع``), never by the town it
lies in (``مقبرة الرس``: the town الرس keeps its own mention and id) nor by a body (``ساحة التعليم`` *the field of
education*): :func:`own_name_only` (``own_name_facilities.csv``); ``برأ ساحة فلان`` *cleared so-and-so's name* names no square
(:func:`own_name_refused`); nor is an indefinite feminine adjective after it (``ساحة ملائكية``).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..frequency import zipf_ar
from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import word_info
from .places import listed_place_at
from .proclitics import proclitics

__all__ = ["own_name_only", "own_name_refused", "FACILITY_CLASS", "facility_heads", "palace_heads", "palace_words", "facility_rows", "facility_status", "MIN_ARTICLES", "NAME_ZIPF"]

FACILITY_CLASS = "facility"
#: a facility word + name is learned when this many articles write it
MIN_ARTICLES = 2
#: the name is rarer than this as written (الطوال 3.2, الزور 4.0, العقرب 3.9; not الطوارئ 4.7, الجديد 5.5)
NAME_ZIPF = 4.5
#: facility words whose genitive is often a common noun (road *way*, base *rule*, field *field of study* ...)
LEFT_OUT = frozenset(key(w) for w in ("طريق", "قاعدة", "حقل", "جسر", "معسكر", "مجمع", "مطاري", "جامع"))
#: قصر X ... على Y *restricting X to Y*: no palace when على follows the name within this many words
RESTRICT_WINDOW = 10
#: برأ / يبرئ / تبرئة ساحة فلان *to clear so-and-so's name*: the verb (any proclitic و/ف/ل) before ساحة
_CLEARS = re.compile(r"^[وفل]?(?:[يتن]?بر[اىئء]?|ابرا[ءئ]?|تبري[ءئ]?ه?|براه?)$")
#: definite verbal nouns of the derived forms (الاستثمار، التطوير، المحاصصة، الإحماء *warming up*) and the
#: form-VIII noun of place (المعترك *the fray*): no name
_VERBAL = re.compile(r"^ال(?:م.ا..ه|ا.ت.ا.|است..ا.|ت..ي.|ان..ا.|ا..ا.|م.ت..)$")


@lexicon_cache(maxsize=2)
def palace_words() -> dict:
    """Normalised word -> kind (``head``, ``extent``) of ``palace_words.csv``."""
    return word_kinds("palace_words.csv", ("head", "extent"), key)


@lexicon_cache(maxsize=2)
def own_name_only() -> frozenset:
    """Keys of ``own_name_facilities.csv``: facility words named by their own word only, not by a listed place
    (مقبرة الرس is the town's cemetery) nor by a body's sector noun (ساحة التعليم *the field of education*)."""
    return frozenset(word_kinds("own_name_facilities.csv", ("facility",), key))


def palace_heads() -> frozenset:
    """Keys of the palace words (قصر)."""
    return frozenset(k for k, kd in palace_words().items() if kd == "head")


def facility_heads() -> frozenset:
    """Keys of the facility words of ``body_names.csv`` this pass reads, and the palace words."""
    from .bodies import body_words, guarded_facility_words

    guarded = guarded_facility_words()  # (سد، نفق: a verb or a metaphor before a rare word, names58a)
    return frozenset(k for k, kd in body_words().items() if kd == "facility" and k not in LEFT_OUT
                     and k not in guarded) | palace_heads()


def _palace_name_ok(p, t: int) -> bool:
    """Token t after a palace word may name the palace (module docstring): a definite word, no extent noun, no
    adjective in ي, no plural in ين/ون, and no على after it within :data:`RESTRICT_WINDOW` words of its sentence."""
    from .learned import word_ok as _word_ok  # (learned imports this module: imported late)

    w, k = p.toks[t], key(p.toks[t])
    if not k.startswith("ال") or len(k) < 5 or k.endswith(("ين", "ون", "ي")) or palace_words().get(k) == "extent":
        return False
    if not _word_ok(w) or word_info(w).conj:
        return False
    for u in range(t + 1, min(len(p.toks), t + 1 + RESTRICT_WINDOW)):
        if p.toks[u] in ".:؛;!?؟":
            break
        if p.toks[u] == "على":
            return False  # قصر العمل في المهن على السعوديين: restricting, not a palace
    return True


def own_name_refused(p, i: int, a: int, b: int) -> bool:
    """The facility word at token i (one of :func:`own_name_only`) and its name tokens a..b-1 name no facility:
    a listed place (مقبرة الرس), another named body or facility (ساحة جامعة تبوك: its grounds), an indefinite feminine word agreeing with it as its adjective (ساحة ملائكية
    *an angelic arena*), a verbal noun of a derived form (ساحة الإحماء), or ساحة after a verb of clearing (برأ ساحة اللاعب *cleared the player's name*)."""
    from .bodies import body_words  # (bodies imports this module: imported late)

    if b > a and listed_place_at(p, a, anywhere=True):
        return True
    if b > a and (word_info(p.toks[a]).cue in ("org", "place") or body_words().get(p.fkeys[a], "").startswith(
            ("facility", "patron"))):
        return True  # ساحة جامعة تبوك، ساحة جامع الأمير فلان، ساحة متنزه: the grounds of another named place or body
    if b == a + 1 and p.toks[a].endswith("ة") and not p.fkeys[a].startswith("ال"):
        return True
    if b == a + 1 and _VERBAL.match(p.fkeys[a]):
        return True  # ساحة الإحماء *the warm-up area*, ساحة المعترك *the fray*: a verbal noun names no square
    return i > 0 and p.fkeys[i].endswith("ساحه") and bool(_CLEARS.match(p.fkeys[i - 1]))


def _written_zipf(w: str) -> float:
    forms = [w] + (["الإ" + w[3:], "الأ" + w[3:]] if w.startswith("الا") else [])
    return max(zipf_ar(f) for f in forms)


def _name_ok(w: str) -> bool:
    """A definite word that may name a facility: no cue, stop word, given name, ordinal, verbal noun, plural in
    ات/ين/ون, adjective in ي (الدولي closes a name), not common as written."""
    from .learned import word_ok as _word_ok  # (learned imports this module: imported late)

    k = key(w)
    if not k.startswith("ال") or len(k) < 5 or k.endswith(("ات", "ين", "ون", "ي")) or _VERBAL.match(k):
        return False
    if not _word_ok(w) or word_info(w).conj:
        return False
    return _written_zipf(w) < NAME_ZIPF


def facility_rows(paragraphs: Iterable) -> Iterator[tuple]:
    """Evidence rows (as :func:`arnews.entities.learned._head_rows`): an indefinite facility word (behind a
    proclitic) right before a definite name word, the pair as the name."""
    heads, palaces, clitics = facility_heads(), palace_heads(), proclitics("conj_prep")
    for p in paragraphs:
        toks, kinds, fk = p.toks, p.kinds, p.fkeys
        for i in range(len(toks) - 1):
            if kinds[i] != "word" or kinds[i + 1] != "word" or p.ntext[p.ends[i]:p.starts[i + 1]] != " ":
                continue
            k = fk[i]
            head = next((k[len(c):] for c in clitics if k.startswith(c) and k[len(c):] in heads), "")
            if not head or not (_palace_name_ok(p, i + 1) if head in palaces else _name_ok(toks[i + 1])):
                continue
            yield (head, toks[i + 1]), "place", FACILITY_CLASS, head, p.article_id, "", False


def facility_status(name_words, n_articles: int) -> tuple[float, str, float]:
    """(zipf, status, confidence) of a facility name: its name word as written; learned in two articles."""
    z = round(_written_zipf(name_words[-1]), 2)
    if n_articles >= MIN_ARTICLES and (z < NAME_ZIPF or key(name_words[0]) in palace_heads()):
        return z, "learned", 0.65
    return z, "too little evidence", 0.0
