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

from ..lexicons import lexicon_cache, lexicon_derived, word_kinds
from ..normalize import WORD_CACHE, key
from ..themes import word_analyses
from .article_marks import mark_articles
from .cues import load_cues, word_info
from .guards import gentilic_place
from .namelinks import NASAB
from .positions import adjacent, is_word, word_types

__all__ = ["movement_slot", "movement_cues", "stirring_words", "function_words", "mark_political_articles"]




@lexicon_cache(maxsize=2)
def _movement_words() -> dict:
    """Key -> kind (``cue``, ``stirring``, ``function``) of ``movement_cues.csv``."""
    return word_kinds("movement_cues.csv", ("cue", "stirring", "function"), key)


@lexicon_cache(maxsize=2)
def movement_cues() -> frozenset:
    """Keys of the ``cue`` words of ``movement_cues.csv``, bare (without the article)."""
    return frozenset(k[2:] if k.startswith("ال") else k for k, kd in _movement_words().items() if kd == "cue")


@lexicon_cache(maxsize=2)
def stirring_words() -> frozenset:
    """Keys of the ``stirring`` words of ``movement_cues.csv`` (درجة، إثارة، بكل ...: *enthusiasm* after them)."""
    return frozenset(k for k, kd in _movement_words().items() if kd == "stirring")


@lexicon_cache(maxsize=2)
def function_words() -> frozenset:
    """Keys of the ``function`` words of ``movement_cues.csv``: definite-looking words that a movement's name is never
    in construct with (تدعو حماس إلى، التابعة لحماس التي)."""
    return frozenset(k for k, kd in _movement_words().items() if kd == "function")


def _political(p) -> bool:
    """The paragraph, or its article (:func:`mark_political_articles`), writes a word of ``movement_cues.csv``
    (behind its proclitics and the article)."""
    return p.memo.get("political_article", False) or _writes_cue(p)


def mark_political_articles(pars) -> None:
    """Mark every paragraph of an article one of whose paragraphs writes a movement cue (``وزارة الداخلية التابعة
    لحماس`` in a report on Gaza whose other paragraphs name it); memos of names made without the mark are dropped."""
    mark_articles(pars, "political_article", lambda ps: any(p.rules == "ar" and _writes_cue(p) for p in ps))


def _writes_cue(p) -> bool:
    """A word of the paragraph is a movement cue in one of its clitic readings (:func:`arnews.themes.word_analyses`:
    و/ف/ب/ل/ك and the article read off, per word type), the article read off the reading too."""
    got = p.memo.get("writes_cue")  # (speed52: asked per paragraph by the article mark and each movement slot)
    if got is None:
        got = p.memo["writes_cue"] = _reads_cue(word_types(p))
    return got


def _reads_cue(types) -> bool:
    """:func:`_writes_cue` of a paragraph's word types (read once per paragraph)."""
    movement_cues()  # (syncs the lexicon folder for the per-word cache)
    return any(map(cue_word, types))


@lexicon_derived(maxsize=WORD_CACHE)
def cue_word(w: str) -> bool:
    """Word ``w`` is a movement cue in one of its clitic readings, the article read off too (per word type, speed59:
    :func:`_reads_cue` walked every type's readings in every paragraph it asked)."""
    cues = movement_cues()
    return any((r[2:] if r.startswith("ال") else r) in cues for r in word_analyses(w, "ar")[1])


def _in_a_name(p, i: int, m: int) -> bool:
    """The movement's word is part of a person's name (a given name before it, a nasab or a nisba after)."""
    if i > 0 and is_word(p, i - 1) and adjacent(p, i - 1, i) and word_info(p.toks[i - 1]).bare in load_cues().given:
        return True  # عبدالله حماس (a cue alone is no sign: واتهم الرئيس حماس *the president accused Hamas*)
    j = i + m
    if j < len(p.kinds) and is_word(p, j) and adjacent(p, j - 1, j):
        k = p.fkeys[j]
        if k in NASAB or k.startswith("ال") and k.endswith("ي") and len(k) >= 5 and k not in function_words() \
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
    stirring = stirring_words()
    if i > 0 and is_word(p, i - 1) and adjacent(p, i - 1, i) and (p.fkeys[i - 1] in stirring or p.fkeys[i - 1][1:] in stirring
                                                                 and p.fkeys[i - 1][:1] in "وف"):
        return False  # درجة حماس الناس، بكل حماس
    j = i + m
    if j < len(p.kinds) and is_word(p, j) and adjacent(p, j - 1, j):
        k = p.fkeys[j]
        if k.startswith("ال") and k not in function_words() and not gentilic_place(p.toks[j]):
            return False  # حماس الجماهير
        if k.startswith("و") and not k.startswith("وال") and len(k) > 3 and not p.toks[j][1:2].isdigit():
            return False  # حماس وعاطفة (حماس وفتح: a movement is named with its article or its head, rarely bare)
    return True
