"""A body named in quotes as the subject of a headline (session 55, names59d, issue 14).

Saudi papers open a headline or a lead with the short name of a body in quotes and a verb in the feminine
imperfect right after it: ``«كوتش» تكشف عن ابتكاراتها``, ``"مدن" تعيد الحياة``, ``«سياحة عسير» تطلق``, ``«أسمنت
نجران» تسجل``.  The feminine verb agrees with the body's head that the short name leaves out (الشركة، الهيئة،
الجمعية), so the quoted words are that body, an organisation, when they

* hold a word shaped like a transliteration (:data:`FOREIGN_SHAPE`: ``كوتش``، ``نوكيا``، ``روتانا``، ``LG``): a brand
  or a company; or
* are one word of a field and a listed place (``سياحة عسير``، ``بر الأحساء``، ``كهرباء جازان``): a regional branch
  as the papers shorten it (the place found inside gives way).

A quoted Arabic word alone is as often the headline's topic (``«الشواطئ» تتحرر``، ``«دودة» تهدد``، ``«التوأمة»
تضمن``: 12 of 25 such snnall firings were no body) and reads nothing.  The quoted span opens the paragraph, holds
one to three words (no stop word, no verb, no number, no person's cue, no listed given name, no بن/بنت) and the
verb (:func:`arnews.entities.guards.imperfect_verb`, opening with ت) follows the closing quote.  Not when a listed
place fills the quotes (``«جدة» تحتفل``: a town is feminine too), nor when a found organisation overlaps the span
or a found place or person covers it; nor with a masculine verb (``"الشهري" يعود``: a player as often as a body).
snnall: 56 firings read (lines opening with a quoted span and a ت-verb), 3 wrong (``«تيلي ماتش»`` a show, ``«داش
بورد»`` an event, ``«نكاسة مكة»``).

Narrowed (session 55, fixn, review2's findings 3-5; ``quoted_subject_words.csv``): only in the article's title
(``p.role == "title"``); never before a verb of meaning (``«كوتش» تعني المدرب``); the field + place branch only with a
listed field word (``سياحة``، ``بر``، ``أسمنت``: not ``«أمطار جدة»``، ``«نكاسة مكة»``); the transliterated branch only when the
article writes the name again right after an organisation's head word (``شركة نوكيا``, :func:`mark_headline_bodies`),
since a foreign name before a feminine verb is a singer, a disease or a film as often (``«شاكيرا» تحيي``، ``«إيبولا»
تحصد``).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived, read_lexicon
from ..normalize import WORD_CACHE, key
from .article_marks import mark_articles
from .cues import load_cues, word_info
from .guards import imperfect_verb
from .keys import Name, org_key
from .places import listed_place_at
from .positions import is_word
from .proclitics import proclitics

__all__ = ["quoted_subjects", "subject_words", "mark_headline_bodies"]

#: a nasab word inside the quotes makes a person or a horse (``«هاذي بنت الخالدية»``), no body
_KIN = frozenset({"بن", "بنت", "ابن", "ابنه"})
_OPEN = {'"': '"', "“": "”", "«": "»", "”": "“"}
_CLOSERS = frozenset({'"', "”", "»", "“"})
MAX_WORDS = 3
#: a quoted word shaped like a transliteration beyond this (كوتش 3.4، نوكيا 2.8، روتانا 2.1; دودة 0.0، الشواطئ) names a
#: brand or a company; a quoted Arabic word is as often a topic (``«الشواطئ» تتحرر``، ``«دودة» تهدد``)
FOREIGN_SHAPE = 0.0


#: the article mark of :func:`mark_headline_bodies`
MARK = "headline_body"


@lexicon_cache(maxsize=2)
def subject_words() -> dict:
    """``quoted_subject_words.csv``: kind (gloss, field, head) -> the keys of its words."""
    out: dict = {}
    for r in read_lexicon("quoted_subject_words.csv"):
        out.setdefault(r["kind"].strip(), set()).add(key(r["word"].strip()))
    return {k: frozenset(v) for k, v in out.items()}


@lexicon_derived(maxsize=WORD_CACHE)
def _org_head(k: str) -> bool:
    """A word key is an organisation's head word of ``quoted_subject_words.csv`` with its proclitics (لشركة، الشركة)."""
    heads = subject_words().get("head", frozenset())
    return any(k.startswith(c) and k[len(c):] in heads for c in proclitics("org_head_article"))


def _opening(p) -> int:
    """The closing quote's token when the paragraph opens with a quoted span of 1..MAX_WORDS tokens, else 0."""
    n = len(p.kinds)
    if n < 4 or p.kinds[0] != "punct" or p.toks[0] not in _OPEN:
        return 0
    close = _OPEN[p.toks[0]]
    b = next((t for t in range(1, min(MAX_WORDS + 2, n)) if p.kinds[t] == "punct"), 0)
    return b if b > 1 and p.toks[b] in (close, '"', "”", "»") else 0


def _named_with_head(ps: list) -> bool:
    """An article's title opens with a quoted transliterated name that another paragraph writes right after an
    organisation's head word (``«نوكيا» تطرح`` ... ``أعلنت شركة نوكيا``)."""
    for t in ps:
        if t.role != "title" or t.rules != "ar":
            continue
        b = _opening(t)
        if not b or not any(t.kinds[x] in ("word", "latin") and _foreign(t, x) for x in range(1, b)):
            continue
        first = t.fkeys[1]
        for q in ps:
            if q is not t and first in q.fkeys and any(k == first and _with_head(q, i) for i, k in enumerate(q.fkeys)):
                return True
    return False


def _with_head(q, i: int) -> bool:
    """Token i of paragraph q stands right after an organisation's head word, a quote between allowed (مجموعة «ياهو»،
    علامة «هونر»), or is followed by a comma and a head word (definite) in apposition («كوتش»، بيت التصميم ...:
    not listed; "جيوردانو"، العلامة العالمية)."""
    j = i - 1
    if j >= 0 and q.kinds[j] == "punct" and q.toks[j] in _OPEN:
        j -= 1
    if j >= 0 and q.kinds[j] == "word" and _org_head(q.fkeys[j]):
        return True
    k = i + 1
    if k < len(q.kinds) and q.kinds[k] == "punct" and q.toks[k] in _CLOSERS:
        k += 1
    return k + 1 < len(q.kinds) and q.toks[k] in (",", "،") and q.kinds[k + 1] == "word" and _org_head(q.fkeys[k + 1])


def mark_headline_bodies(pars) -> None:
    """Mark the paragraphs of each article whose title's quoted transliterated subject the article names again after
    an organisation's head word (``p.memo["headline_body"]``: :func:`quoted_subjects` reads it)."""
    subject_words()  # (syncs the lexicon folder for the per-key cache of _org_head)
    mark_articles(pars, MARK, _named_with_head)


def _name_word(p, t: int) -> bool:
    """Token t may be a word of a body's short name: a word (Arabic or Latin), not a stop word, a conjunction, a
    verb, a person's cue or a listed given name."""
    if p.kinds[t] == "latin":
        return True
    if p.kinds[t] != "word":
        return False
    w, k = p.toks[t], p.fkeys[t]
    info = word_info(w)
    return not (info.stop or info.conj or info.cue in ("role", "title") or imperfect_verb(w)
                or k in load_cues().given or k in _KIN)


def _foreign(p, t: int) -> bool:
    """Token t is a Latin word or an Arabic word shaped like a transliteration (نوكيا، كوتش، أدنوك، روتانا)."""
    return p.kinds[t] == "latin" or word_info(p.toks[t]).shape > FOREIGN_SHAPE


def _field_and_place(p, b: int) -> bool:
    """The quoted words 1..b-1 are a listed field word and a listed place after it (سياحة عسير، كهرباء جازان، بر
    الأحساء): a regional branch named the way the papers shorten it (not «أمطار جدة»، «نكاسة مكة»)."""
    return b >= 3 and p.fkeys[1] in subject_words().get("field", ()) and listed_place_at(p, 2) == b - 2


def quoted_subjects(p, found: list[Name]) -> list[Name]:
    """``found`` with the body a headline names in quotes before a feminine verb (module docstring)."""
    if p.rules != "ar" or p.role != "title":
        return found  # a headline's subject: not a body paragraph's quoted word («كوتش» تعني المدرب)
    b = _opening(p)
    if not (b and is_word(p, b + 1)):
        return found
    if not all(_name_word(p, t) for t in range(1, b)):
        return found
    v = p.toks[b + 1]
    if not (p.fkeys[b + 1].startswith("ت") and imperfect_verb(v)) or p.fkeys[b + 1] in subject_words().get("gloss", ()):
        return found  # «كوتش» تعني المدرب: a word glossed, no body
    if listed_place_at(p, 1) == b - 1:
        return found  # «جدة» تحتفل، «إيران» تهدد: a listed town or state fills the quotes
    if not (p.memo.get(MARK) and any(_foreign(p, t) for t in range(1, b)) or _field_and_place(p, b)):
        return found  # «الشواطئ» تتحرر، «دودة» تهدد: a topic word; «شاكيرا» تحيي: a name its article never gives a head
    s, e = p.starts[1], p.ends[b - 1]
    inside = [o for o in found if o.start < e and s < o.end]
    if any(o.type == "organisation" for o in inside) or any(o.start <= s and e <= o.end for o in inside):
        return found  # a body found already, or a place or person filling the quotes (a town, a state)
    words = [p.toks[t] for t in range(1, b)]
    new = Name(s, e, "organisation", "cue", 0.65, org_key(words), p.toks[1])
    drop = {id(o) for o in inside}
    return sorted([o for o in found if id(o) not in drop] + [new], key=lambda x: (x.start, x.end))
