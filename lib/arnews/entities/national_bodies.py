"""A state's service named by its field and the state's adjective (session 45, org48, issue 14).

``أوقف الأمن التونسي 18 شخصا``, ``أدانت الرئاسة الفلسطينية التفجير``, ``وبث التلفزيون الكويتي صورا``, ``قال الادعاء
العام الليبي``: a definite noun of a field of ``national_bodies.csv`` (kind masc or
fem), optionally ``العام``/``العامة``, then the definite adjective of a country agreeing with the noun (masculine
after masc, ‑ية after fem) is that state's body, an organisation.  The name finder reads nothing there: the nouns
are no heads (``الأمن`` alone is *security*).  Not

* right after an indefinite noun of ``national_bodies.csv`` kind office (``انتخابات الرئاسة الأمريكية``, ``سباق
  الرئاسة``, ``رجل الأمن السعودي``: the office, the contest or a member);
* when a found organisation or place already covers the words (``مجلس الأمن القومي الأمريكي``, ``قوات الأمن
  التركية``, ``جهاز المخابرات الأوكراني``, ``هيئة الإذاعة البريطانية``);
* after a glued ب (``المساس بالأمن الإسرائيلي``, ``فاز بالرئاسة الأمريكية``: the field itself, the office);
* for ``الجوازات`` (the passports themselves as often as their directorate: ``تجديد الجوازات اليمنية``; not listed);
* with an adjective that does not agree (``شبكة التلفزيون الايطالية``: the network's adjective), nor one of a town
  (``الأمن المكي``) or of no place (``الأمن الوطني``, ``الأمن الغذائي``).

Dev gold: of the shapes this reads, 17 of 21 are marked (الأمن التونسي، الرئاسة الفلسطينية، الخزانة الأمريكية، البريد
السويسري ...); the 4 others are ``التلفزيون الروسي`` (twice), a site's link line and a tag line; the office shapes
(``انتخابات الرئاسة``, ``رجل الأمن``: 4, none marked) are guarded above.  A glued و/ف/ل stays outside the span
(``والأمن التونسي`` -> ``الأمن التونسي``; ``للأمن`` is kept whole: ل + ال).

Session 55 (names59d): a field of two words, kind construct (``خفر السواحل``: an indefinite noun and its definite
complement), takes a country's adjective of either gender (``خفر السواحل الإيطالي``، ``لخفر السواحل الإيطالية``; a
glued و/ف/ب/ل stays outside).  snnall: 11 firings read, all right (الإيطالي/الإيطالية، الماليزية ...); dev gold:
خفر السواحل + a country's adjective marked 5 of 5 (bare خفر السواحل 2 of 4: left alone).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived, word_kinds
from ..normalize import WORD_CACHE, key
from .guards import gentilic_place
from .keys import Name, org_key
from .placeids import country_id
from .positions import adjacent, is_word
from .proclitics import proclitics

__all__ = ["national_bodies", "construct_offset", "construct_seconds"]

_KINDS = ("masc", "fem", "general", "office", "construct")


@lexicon_cache(maxsize=2)
def _words() -> dict:
    """Key of a word of ``national_bodies.csv`` -> its kind."""
    return word_kinds("national_bodies.csv", _KINDS, key)


@lexicon_cache(maxsize=2)
def construct_seconds() -> frozenset:
    """The second words (keys) of the two-word fields of kind construct (السواحل): the cheap first test of
    :func:`_construct`."""
    return frozenset(k.split(" ", 1)[1] for k, kd in _words().items() if kd == "construct" and " " in k)


@lexicon_derived(maxsize=WORD_CACHE)
def _field(k: str) -> tuple[str, int]:
    """(kind, letters of proclitics outside the span) of a token key that is a field noun, else ('', 0)."""
    words = _words()
    if k.startswith("لل"):  # للأمن: ل + الأمن, kept whole
        kd = words.get("ال" + k[2:], "")
        return (kd, 0) if kd in ("masc", "fem") else ("", 0)
    for pre in proclitics("no_ba"):
        if k.startswith(pre + "ال"):
            kd = words.get(k[len(pre):], "")
            if kd in ("masc", "fem"):
                return kd, len(pre)
    return "", 0


def _construct(p, i: int) -> int:
    """Letters of proclitics outside the span when tokens i, i+1 are a two-word field of kind construct (خفر
    السواحل، وخفر السواحل), else -1."""
    if not (i + 1 < len(p.fkeys) and p.fkeys[i + 1] in construct_seconds()):
        return -1  # (asked for every word: one set look-up before anything else)
    if not (is_word(p, i + 1) and adjacent(p, i, i + 1)):
        return -1
    return construct_offset(p.fkeys[i], p.fkeys[i + 1])


@lexicon_derived(maxsize=WORD_CACHE)
def construct_offset(k: str, k2: str) -> int:
    """Letters of proclitics on k when ``k k2`` is a two-word field of kind construct, else -1 (cached per key pair)."""
    words = _words()
    for pre in proclitics("no_ba") + ("ب",):
        if k.startswith(pre) and words.get(k[len(pre):] + " " + k2) == "construct":
            return len(pre)
    return -1


def _country_adjective(w: str, kd: str) -> bool:
    """A definite adjective of a country agreeing with a field noun of kind ``kd`` (either gender after a
    construct)."""
    k = key(w)
    if not k.startswith("ال") or kd != "construct" and k.endswith("يه") != (kd == "fem"):
        return False
    return bool(country_id(gentilic_place(w)))


def _office_before(p, i: int) -> bool:
    """An indefinite noun of kind office glued right before token i (انتخابات الرئاسة، رجل الأمن)."""
    if not is_word(p, i - 1) or not adjacent(p, i - 1, i):
        return False
    k = p.fkeys[i - 1]
    words = _words()
    return words.get(k) == "office" or (k[:1] in "ول" and words.get(k[1:]) == "office")


def _definite_before(p, i: int) -> bool:
    """A definite word right before token i (a field word written with the bare article): the field word is its
    adjective (الحدود البحرية الليبية، المياه البحرية الإيرانية), not a body."""
    return is_word(p, i - 1) and adjacent(p, i - 1, i) and p.fkeys[i - 1].startswith("ال")


def national_bodies(p, found: list[Name]) -> list[Name]:
    """``found`` with each state's body named by its field and the state's adjective (module docstring)."""
    if p.rules != "ar":
        return found
    _words(), construct_seconds()  # (syncs the lexicon folder for the per-key caches)
    new = []
    for i, k in enumerate(p.fkeys):
        kd, off = _field(k) if "ال" in k or k.startswith("لل") else ("", 0)
        j = i + 1
        if not kd:
            off = _construct(p, i)
            if off < 0:
                continue
            kd, j = "construct", i + 2
        if is_word(p, j) and adjacent(p, i, j) and _words().get(p.fkeys[j]) == "general":
            j += 1
        if not (is_word(p, j) and adjacent(p, j - 1, j)) or not _country_adjective(p.toks[j], kd):
            continue
        if _office_before(p, i) or k.startswith("ال") and _definite_before(p, i):
            continue
        s, e = p.starts[i] + off, p.ends[j]
        if any(o.start < e and s < o.end and o.type in ("organisation", "place") and not (s <= o.start and o.end <= e)
               for o in found):
            continue  # covered by a found body (مجلس الأمن القومي الأمريكي) or a place overlapping it partly
        new.append(Name(s, e, "organisation", "cue", 0.7, org_key([p.toks[t] for t in range(i, j + 1)]), p.toks[i]))
    if not new:
        return found
    spans = [(n.start, n.end) for n in new]
    kept = [o for o in found if not any(s <= o.start and o.end <= e for s, e in spans)]  # the country read as a place
    return sorted(kept + new, key=lambda x: (x.start, x.end))
