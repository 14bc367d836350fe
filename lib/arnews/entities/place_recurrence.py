"""A listed place found in its context names the same place where its article writes it again.

A one-word city name that is also an ordinary word or a family name (``الرمادي`` *the grey*, ``تربة``
*soil*, ``لحج``, ``جدة``) is claimed by :mod:`arnews.entities.places` only after a preposition or a
place cue.  Once an article has named it so (``مدينة الرمادي``, ``في لحج``, ``جدة - واس``), its other
mentions of the same form are the same place: ``تحرير الرمادي``, ``سكان جنوب تربة``, ``بفنادق جدة``
(one sense per article).  :func:`recurring_place_words` gives the word sequence the article's later
mentions pass (:func:`arnews.entities.table._later_mentions`) looks for, marked with :data:`PLACE`;
:func:`place_slot` says whether a word at a token may be that place again: the form exactly as found
(behind و/ب/ف/ل), not an adjective after a definite noun (``اللون الرمادي``), not written with tanween,
not an indefinite noun before its genitive (``بورصة العملات``), not inside an organisation's name after its
head (``شركة جدة``), not a definite name whose bare word is very common (``العين``: ``عين`` *eye*), not in a
sports paragraph (``نيوكاسل`` is the club there).
A listed place of two words that news names again by one word (``place_short_forms.csv``: ``المدينة المنورة`` ->
``المدينة``، ``المنطقة الشرقية`` -> ``الشرقية``) recurs by that word the same way, but not before a definite
adjective (``المدينة الصناعية``), at the end of a short quoted name (``لـ«المدينة»`` is the newspaper,
``«هدية المدينة»`` a project) or after a sector word
(``مدني المدينة`` is the regional civil defence).
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, read_lexicon
from ..normalize import key
from .cues import word_info, zipf_ar
from .keys import tanween
from .placeids import one_word_place
from .wordtests import number_word

__all__ = ["PLACE", "recurring_place_words", "same_form", "place_slot", "FIGURE_WINDOW", "figure_words"]

#: marks a listed place's form that recurs in its article (the marker carries the exact key and where it was found)
PLACE = "\x00place"
#: a definite place name whose bare word is this common (عين *eye*: العين) does not recur (see :func:`place_slot`)
COMMON_BARE_ZIPF = 5.0
#: a short form with a figure within this many tokens either side is a word of the sentence (المتوسط *the average*: ينفق
#: في المتوسط 5 آلاف; names57b)
FIGURE_WINDOW = 4


def recurring_place_words(surface: str, skel, paragraph: int = 0, start: int = 0) -> list[tuple]:
    """``[(skeleton, marker)]`` for a one-word place found in context that the place index lists (any level:
    a name claimed anywhere needs no help but does no harm); ``[]`` otherwise.  ``skel``: the loose spelling
    skeleton of a word key (``names.loose_skel``); the marker carries the exact key and where the place was
    found (``paragraph``, normalised ``start``): within that paragraph only what follows is read again."""
    ws = surface.replace("-", " ").split()
    short = short_forms().get(" ".join(key(w) for w in ws))
    if short:
        return [(skel(short), f"{PLACE}\x00{short}\x00{paragraph}\x00{start}\x00short")]
    if len(ws) != 1:
        return []
    k = key(ws[0])
    if len(k) < 3 or not one_word_place(k):
        return []
    return [(skel(k), f"{PLACE}\x00{k}\x00{paragraph}\x00{start}")]


@lexicon_cache(maxsize=2)
def short_forms() -> dict:
    """Key of a listed two-word place -> key of the one word it recurs as (``place_short_forms.csv``)."""
    return {" ".join(key(w) for w in r["full"].split()): key(r["short"].strip()) for r in read_lexicon("place_short_forms.csv")}


@lexicon_cache(maxsize=2)
def figure_words() -> frozenset:
    """Keys of the short forms that are also a word of the sentence beside a figure (``place_short_forms.csv``
    column ``figure`` = ``word``: المتوسط *the average*); the others (الشرقية: شواطئ الشرقية خلال 20 يوما) are the
    place beside a figure too."""
    return frozenset(key(r["short"].strip()) for r in read_lexicon("place_short_forms.csv")
                     if (r.get("figure") or "").strip() == "word")


_QUOTE_MARKS = frozenset("«»\"“”")


def _quoted(p, i: int) -> bool:
    """Token i ends a quoted name of one to three words (``لـ«المدينة»``، ``«هدية المدينة»``، ``لـ»المدينة»``)."""
    j = i + 1
    if not (j < len(p.toks) and p.kinds[j] == "punct" and p.toks[j] in _QUOTE_MARKS):
        return False
    return any(p.kinds[a] == "punct" and p.toks[a] in _QUOTE_MARKS for a in range(max(0, i - 3), i))


def _sector(w: str) -> bool:
    """A sector word of ``body_names.csv`` (``مدني``، ``صحة``، ``لتعليم``) behind at most one proclitic."""
    from .bodies import body_words

    k = key(w)
    return any(body_words().get(x) == "sector" for x in (k, k[1:]))


def same_form(a: str, b: str) -> bool:
    """Two markers of :func:`recurring_place_words` name the same form (the first found stays)."""
    return a.startswith(PLACE) and b.startswith(PLACE) and a.split("\x00")[2] == b.split("\x00")[2]


def place_slot(p, i: int, k: str, off: int, marker: str) -> bool:
    """Token i (key ``k``, behind ``off`` proclitic letters) is the recurring place of ``marker`` again (see
    the module docstring)."""
    form, par, start, *short = marker.split("\x00")[2:]
    from .known import sporty as _sporty
    from .places import PLACE_PREPS as _PLACE_PREPS  # the prepositions that name a place (إلى: no definite noun)

    if _sporty(p):
        return False  # تعادل نيوكاسل مع ...: in a sports paragraph a city's name is its club
    if p.paragraph == int(par) and p.starts[i] < int(start):
        return False  # زأر الليث ... إلى الليث: before the place is named in its own paragraph, the word is a word
    if k[off:] != form or (off and k[0] not in "وبفل") or tanween(p, i):
        return False
    j = i + 1
    if short:
        if j < len(p.toks) and p.kinds[j] == "word" and p.fkeys[j].startswith("ال") and not word_info(p.toks[j]).stop:
            return False  # المدينة الصناعية *the industrial city*: the word with its adjective is a common noun
        if _quoted(p, i):
            return False  # لـ«المدينة»: the newspaper; «عدل الشرقية»، "عمل المدينة": a body's short name
        if i > 0 and p.kinds[i - 1] == "word" and _sector(p.toks[i - 1]):
            return False  # مدني المدينة، صحة الشرقية: the sector body of the place names an organisation
        if form in figure_words() and any(
                p.kinds[t] == "number" or (t > i and p.kinds[t] == "word" and number_word(p.toks[t]))
                for t in range(max(0, i - FIGURE_WINDOW), min(len(p.kinds), j + FIGURE_WINDOW))):
            # ينفق في المتوسط 5 آلاف، في المتوسط ثلاث ساعات: *on average* beside a figure (digits either side, words
            # after it: ألوف المهاجرين غرقوا في المتوسط is the sea)
            return False
    elif form.startswith("ال") and zipf_ar(form[2:]) >= COMMON_BARE_ZIPF:
        return False  # عدسة العين *the eye's lens*: a place whose bare word is a very common noun (عين) recurs as nothing
    if not form.startswith("ال") and j < len(p.toks) and p.kinds[j] == "word" and p.fkeys[j].startswith("ال") \
            and not word_info(p.toks[j]).stop:
        return False  # بورصة العملات، بيان الوزارة: an indefinite noun before its genitive
    if i > 0 and p.kinds[i - 1] == "word":
        prev = p.fkeys[i - 1]
        info = word_info(p.toks[i - 1])
        if info.cue == "org":
            return False  # شركة جدة للتنمية: the place's word inside an organisation's name
        bare = prev[1:] if prev[:3] in ("بال", "وال", "فال", "كال") else "ا" + prev[1:] if prev.startswith("لل") else prev
        if off == 0 and bare.startswith("ال") and bare not in _PLACE_PREPS and not (info.stop or info.cue == "place"):
            return False  # اللون الرمادي، باللون الرمادي: an adjective after a definite noun
    return True
