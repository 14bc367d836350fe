"""Players listed after a plural or dual role word or nationality on a sports page (session 56, names60c).

Transfer and line-up reports name two or three foreign players at once after a definite plural or dual of their role
or nationality, each by a transliterated surname: ``بالبرازيليين أدواردو وألميدا``, ``المحترفان الفنزويليان ريفاس
ويوهاندري``, ``اللاعبين دانييلو وكاسيميرو``.  No cue rule reads a plural as a person's cue, and one transliterated word
is no name by itself.  In a sports paragraph (:func:`arnews.entities.known.sporty`):

* the trigger is a definite plural or dual of ``sport_role_words.csv`` (kind ``plural_role``: اللاعبين، الثنائي،
  المحترفان; behind و/ب/ل) or a definite plural or dual nationality adjective (البرازيليين، الفنزويليان: the singular
  is a nationality of :func:`arnews.entities.guards.gentilic`); a plural nationality may follow the role
  (``المحترفان الفنزويليان``);
* then two to four items joined by و (glued to the item: ``وألميدا``), each one to three adjacent words; the first
  word of the list is shaped like a transliteration and rare in general Arabic
  (:func:`arnews.entities.sport_roles.strong_name_word`), the others may be a particle (``دي``) or a rare word not
  shaped like native Arabic (``ألميدا``, ``سان مارتن``: :func:`_item_word`); a name already found over an item
  is kept (a person) or stops the rule (a club: ``الرباعي تشلسي وأرسنال``);
* the list is read whole or not at all: an item of other words (``اللاعبين المحليين والأجانب``) leaves it alone.

Each item that no person covers becomes a person (a place found over it gives way: ``وسان مارتن``; so does a person
found across two items: ``دانييلو وكاسيميرو`` is two players).
"""
from __future__ import annotations

from ..lexicons import lexicon_derived
from ..normalize import WORD_CACHE
from .cues import word_info
from .guards import gentilic, imperfect_verb
from .keys import Name, name_key
from .known import sporty
from .positions import adjacent, is_word, word_types
from .sport_roles import sport_role, sport_role_words, strong_name_word

__all__ = ["plural_role_players"]

#: items of a list after the trigger
MIN_ITEMS, MAX_ITEMS = 2, 4
#: words of one item
MAX_ITEM_WORDS = 3
#: a further word of an item is rarer than this in general Arabic and not native-shaped (كاسيميرو، مارتن)
OTHER_ZIPF = 4.0
#: ... or shaped like a transliteration at least this much and rarer than SHAPED_ZIPF (سان 1.8 / 4.9)
SHAPED, SHAPED_ZIPF = 1.0, 5.0
_PARTICLES = frozenset({"دي", "دا", "دو", "فان", "ديل", "دوس", "ديلا"})
_DEFINITE = ("وبال", "وال", "بال", "لل", "ال")


@lexicon_derived(maxsize=WORD_CACHE)
def _plural_nationality(w: str) -> bool:
    """Word ``w`` is a definite plural or dual nationality adjective (البرازيليين، والفنزويليان) (per word type, speed58:
    asked of every word type of a sports paragraph and of every token of its loop; the caller syncs the folder)."""
    for art in _DEFINITE:
        if w.startswith(art):
            r = w[len(art):]
            for suf in ("يين", "يان", "ين", "ان"):
                if r.endswith(suf) and len(r) > len(suf) + 2:
                    base = r[: -len(suf)] + ("ي" if suf.startswith("ي") else "")
                    if gentilic("ال" + base):
                        return True
            return False
    return False


def _trigger(p, i: int) -> bool:
    if not is_word(p, i):
        return False
    kd = sport_role(p.toks[i])
    return kd == ("plural_role", True) or _plural_nationality(p.toks[i])


def _item_word(w: str, strong: bool) -> bool:
    """Word ``w`` may be a word of an item: :func:`strong_name_word`, or (unless ``strong``) rarer than
    :data:`OTHER_ZIPF` and not native-shaped (ألميدا), or shaped like a transliteration and below
    :data:`SHAPED_ZIPF` (سان of سان مارتن)."""
    if strong_name_word(w):
        return True
    if strong:
        return False
    info = word_info(w)
    if info.stop or info.cue or info.definite or info.conj or imperfect_verb(w):
        return False
    return not info.native and info.zipf < OTHER_ZIPF or info.shape > SHAPED and info.zipf < SHAPED_ZIPF


def _items(p, a: int) -> list:
    """``(start, end, words)`` (normalised offsets, the و of a glued item left out) of the list's items from token
    ``a``, or [] when the words there are no such list."""
    n = len(p.toks)
    items, t = [], a
    while t < n and len(items) < MAX_ITEMS:
        if not is_word(p, t) or (t > a and not adjacent(p, t - 1, t)):
            break
        w = p.toks[t]
        glued = bool(items) and w.startswith("و") and len(w) > 3
        if items and not glued:
            break
        first = w[1:] if glued else w
        if not _item_word(first, not items):
            break  # (the first item's first word is a strong name word; later ones may be weaker: وألميدا)
        words, b = [first], t + 1
        while b < n and b - t < MAX_ITEM_WORDS and is_word(p, b) and adjacent(p, b - 1, b):
            nw = p.toks[b]
            if nw.startswith("و") and strong_name_word(nw[1:]):
                break  # the next item
            if not (p.fkeys[b] in _PARTICLES or _item_word(nw, False)):
                break
            words.append(nw)
            b += 1
        if words[-1] in _PARTICLES:
            break
        items.append((p.starts[t] + (1 if glued else 0), p.ends[b - 1], words))
        t = b
    if len(items) < MIN_ITEMS:
        return []
    if t < n and is_word(p, t) and adjacent(p, t - 1, t) and p.toks[t].startswith("و") and _item_word(p.toks[t][1:], False):
        return []  # (the list goes on past what the rule reads: left alone)
    return items


def plural_role_players(p, found: list) -> list:
    """``found`` with the players of the module docstring."""
    if p.rules != "ar" or len(p.toks) < 3:
        return found
    sport_role_words()  # (syncs the lexicon folder for the per-type cache of sport_role)
    if not sporty(p):
        return found  # (speed58: the paragraph's sport test first: memoised by paragraph_clubs, false for most paragraphs)
    if not any(sport_role(w) == ("plural_role", True) or _plural_nationality(w) for w in word_types(p)):
        return found
    added, drop, done = [], set(), set()
    n = len(p.toks)
    for i in range(n - 2):
        if not _trigger(p, i) or not adjacent(p, i, i + 1):
            continue
        a = i + 1
        if _plural_nationality(p.toks[a]) and adjacent(p, a, a + 1):
            a += 1  # المحترفان الفنزويليان ريفاس
        items = _items(p, a)
        if not items or items[0][0] in done:
            continue  # (المحترفان الفنزويليان ريفاس: one list for both triggers)
        done.add(items[0][0])
        over = [[o for o in found if o.start < e and s < o.end] for s, e, _ in items]
        if any(o.type == "organisation" for lst in over for o in lst):
            continue  # الرباعي تشلسي وأرسنال: clubs
        across = {id(o) for k, lst in enumerate(over) for o in lst if any(o in m for m in over[k + 1:])}
        for (s, e, words), lst in zip(items, over):
            if any(o.type == "person" and id(o) not in across for o in lst):
                continue
            drop.update(id(o) for o in lst)
            added.append(Name(s, e, "person", "list", 0.65, name_key(words), p.toks[i]))
    if not added:
        return found
    return sorted([o for o in found if id(o) not in drop] + added, key=lambda x: (x.start, x.end))
