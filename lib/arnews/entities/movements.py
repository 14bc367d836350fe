"""A movement named bare by an ordinary word: the ``movement`` context of ``known_names.csv`` (session 47, org50).

``حماس`` is Hamas (``إن حماس حريصة``, ``واتهم حماس``, ``المتحدث باسم حماس``, ``حماس الفلسطينية``) and *enthusiasm*
(``بحماس``, ``حماس الجماهير``, ``حماس وعاطفة``, ``درجة حماس الناس``).  A listed movement at tokens i..i+m-1 stands
as the movement unless

* a ب is glued to it (``بحماس``, ``وبحماس``: *with enthusiasm*);
* the next word is definite and governed by it (``حماس الجماهير``, ``حماس اللاعبين``), unless that word is a
  country's adjective (``حماس الفلسطينية``), a word of time or a preposition (``حماس الى``, ``حماس العام الماضي``),
  or starts a clause with و (``حماس والجهاد`` is two movements);
* the next word is و + an indefinite word (``حماس وعاطفة``: two nouns of feeling);
* the word before is one of degree or stirring (``درجة``، ``إثارة``، ``أثار``، ``بكل``، ``شدة``);
* the paragraph writes no word of the movement's politics (``movement_cues.csv``: غزة، إسرائيل، الاحتلال، حركة ...;
  ``وسط حماس جماهيري كبير``, ``حضور كبير وحماس``: enthusiasm);
* it is part of a person's name: after a given name (``الفنان عبدالله حماس``) or before ``بن``/``ابن`` or a family
  nisba (``الأمير حماس بن سعيد``, ``المواطن حماس العتيبي``); a title alone is no sign (``واتهم الرئيس حماس``).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, word_kinds
from ..normalize import key
from .cues import load_cues, word_info
from .guards import gentilic_place
from .namelinks import NASAB
from .positions import adjacent, is_word, word_types

__all__ = ["movement_slot", "movement_cues", "mark_political_articles"]

#: definite-looking words that a movement's name is never in construct with (تدعو حماس إلى، التابعة لحماس التي)
_FUNCTION = frozenset(key(w) for w in ("إلى", "الى", "الذي", "التي", "الذين", "اللذين", "الآن", "اليوم", "الأحد",
                                       "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أمس", "العام",
                                       "الأسبوع", "الشهر"))

_STIRRING = frozenset(key(w) for w in ("درجة", "إثارة", "لإثارة", "وإثارة", "أثار", "وأثار", "يثير", "تثير",
                                       "أثارت", "بكل", "وبكل", "شدة", "قمة", "مدى", "يفتر", "فتور", "زاد", "زيادة",
                                       "ألهب", "أشعل", "أشعلت", "ألهبت"))


@lexicon_cache(maxsize=2)
def movement_cues() -> frozenset:
    """Keys of ``movement_cues.csv``, bare (without the article)."""
    return frozenset(k[2:] if k.startswith("ال") else k for k in word_kinds("movement_cues.csv", ("cue",), key))


def _political(p) -> bool:
    """The paragraph, or its article (:func:`mark_political_articles`), writes a word of ``movement_cues.csv``
    (behind و/ب/ل/ف and the article)."""
    return p.memo.get("political_article", False) or _writes_cue(p)


def mark_political_articles(pars) -> None:
    """Mark every paragraph of an article one of whose paragraphs writes a movement cue (``وزارة الداخلية التابعة
    لحماس`` in a report on Gaza whose other paragraphs name it); memos of names made without the mark are dropped."""
    from collections import defaultdict

    by_article = defaultdict(list)
    for p in pars:
        by_article[p.article_id].append(p)
    for ps in by_article.values():
        if not any(p.rules == "ar" and _writes_cue(p) for p in ps):
            continue
        for p in ps:
            if not p.memo.get("political_article"):
                for m in ("names_full", "names", "known_orgs"):
                    p.memo.pop(m, None)
            p.memo["political_article"] = True


def _writes_cue(p) -> bool:
    cues = movement_cues()
    for w in word_types(p):
        k = key(w)
        for pre in ("", "و", "ب", "ل", "ف", "وب", "ول"):
            if not k.startswith(pre):
                continue
            b = k[len(pre):]
            b = b[2:] if b.startswith("ال") else b[1:] if pre.endswith("ل") and b.startswith("ل") else b
            if b in cues:
                return True
    return False


def _in_a_name(p, i: int, m: int) -> bool:
    """The movement's word is part of a person's name (a given name before it, a nasab or a nisba after)."""
    if i > 0 and is_word(p, i - 1) and adjacent(p, i - 1, i) and word_info(p.toks[i - 1]).bare in load_cues().given:
        return True  # عبدالله حماس (a cue alone is no sign: واتهم الرئيس حماس *the president accused Hamas*)
    j = i + m
    if j < len(p.kinds) and is_word(p, j) and adjacent(p, j - 1, j):
        k = p.fkeys[j]
        if k in NASAB or k.startswith("ال") and k.endswith("ي") and len(k) >= 5 and k not in _FUNCTION \
                and not word_info(p.toks[j]).stop and not gentilic_place(p.toks[j]):
            return True  # حماس بن سعيد، حماس العتيبي (not حماس الفلسطينية)
    return False


def movement_slot(p, i: int, m: int, off: int) -> bool:
    """Tokens i..i+m-1 (a listed movement after ``off`` letters of proclitics) stand as the movement."""
    pre = p.fkeys[i][:off]
    if "ب" in pre:
        return False  # بحماس: with enthusiasm
    if not _political(p) or _in_a_name(p, i, m):
        return False  # وسط حماس جماهيري كبير; المواطن حماس العتيبي
    if i > 0 and is_word(p, i - 1) and adjacent(p, i - 1, i) and (p.fkeys[i - 1] in _STIRRING or p.fkeys[i - 1][1:] in _STIRRING
                                                                 and p.fkeys[i - 1][:1] in "وف"):
        return False  # درجة حماس الناس، بكل حماس
    j = i + m
    if j < len(p.kinds) and is_word(p, j) and adjacent(p, j - 1, j):
        k = p.fkeys[j]
        if k.startswith("ال") and k not in _FUNCTION and not gentilic_place(p.toks[j]):
            return False  # حماس الجماهير
        if k.startswith("و") and not k.startswith("وال") and len(k) > 3 and not p.toks[j][1:2].isdigit():
            return False  # حماس وعاطفة (حماس وفتح: a movement is named with its article or its head, rarely bare)
    return True
