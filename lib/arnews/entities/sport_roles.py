"""A player or a coach named after his role word on a sports page (names59b).

Sports reports name a foreign player by his role and his transliterated surname alone or a short transliterated name:
``اللاعب بواتينغ``, ``مهاجمه أوليفييه جيرو``, ``لاعب الوسط البولندي ادريان``, ``اللاعب الأرجنتيني أنخيل دي ماريا``.  The
cue rule of :mod:`arnews.entities.names` wants two name words or a listed given name after a common role, and does not
read a role with a pronoun (``مهاجمه``) as a cue at all.  In a sports paragraph (:func:`arnews.entities.known.sporty`):

* the role is a word of ``sport_role_words.csv`` (kind ``role``) made definite by the article (``المهاجم``,
  ``واللاعب``, ``بالحارس``), by a pronoun (``مهاجمه``, ``مدربها``) or by a position word of its construct (``لاعب
  الوسط``, ``حارس المرمى``): an indefinite role governs its club (``لاعب واتفورد``, left to the club rules);
* between the role and the name may stand position words, definite adjectives of the list (kind ``skip``: ``الدولي``,
  ``السابق``) and definite nationality adjectives (``الأرجنتيني``); any other adjective ends the rule (``اللاعب
  الأسمر``, ``المدرب الأرجنتيني،``);
* the name is one to four adjacent words without the article, a proclitic, tanween or a cue, none a function word,
  closed like a scorer's name (:func:`arnews.entities.scorer_names.run_closed`) or by a common word (:func:`_closed`;
  a run that goes on is left alone, not cut); one word at least is shaped like a
  transliteration and rare in general Arabic (:func:`strong_name_word`); the others are rare words not shaped like
  native Arabic, listed given names or a particle inside (``دي``); a club word (``سيتي``) leaves the run to the clubs.

The person is added where no name covers its words; a person found inside it is widened to it (``ماريا`` of ``أنخيل
دي ماريا``); a person opening on its first word that runs on past a function word is cut back to it (``مونتاري إنه
سعيد``).  Any other name over it (a club, a place) is left alone.
"""
from __future__ import annotations

from ..lexicons import lexicon_cache, lexicon_derived, word_kinds
from ..normalize import WORD_CACHE, key
from ..spans import DisjointSpans, SpanIndex
from .cues import load_cues, word_info, zipf_ar
from .guards import gentilic, imperfect_verb
from .keys import Name, name_key, tanween
from .known import sporty
from .players import club_words
from .positions import adjacent, is_word, word_types
from .scorer_names import run_closed

__all__ = ["sport_role_people", "sport_role_words", "sport_role", "strong_name_word"]

#: a transliterated name word: flagged foreign by :func:`arnews.entities.cues.word_info` and shaped at least this much
#: like a transliteration (بواتينغ 4.0، أوليفييه 1.0; not the rare Arabic verbs اطمان -1.4، سيتواصلون -0.7)
STRONG_SHAPE = 0.0
#: ... or rarer than this in general Arabic and shaped at least :data:`RARE_SHAPE` (ادريان is listed as a given name)
RARE_ZIPF = 3.5
RARE_SHAPE = 1.0
#: ... or shaped at least this much like a transliteration, however common (بولوني 3.1)
SHAPED = 2.5
#: a further word of the name is rarer than this and shaped at least :data:`OTHER_SHAPE` (جيرو 3.3 / -0.1، أنخيل -0.3)
OTHER_ZIPF = 4.0
OTHER_SHAPE = -0.5
#: ... or shaped at least this much like a transliteration, however common (موتا 2.4)
OTHER_SHAPED = 2.0
#: particles inside a transliterated name (key form): دي ماريا، فان بيرسي
#: a word this frequent in general Arabic after the name closes it (إنه 5.6; not كلاين 5.1)
CLOSING_ZIPF = 5.3
#: a word glued to و whose rest is rarer than this in general Arabic goes on with the name (والكوت; not واللاعبين 4.8)
GLUED_NAME_ZIPF = 4.0
_PARTICLES = frozenset({"دي", "دا", "دو", "فان", "ديل", "دوس", "ديلا"})
_DEFINITE = ("بال", "وال", "فال", "كال", "ال")


@lexicon_cache(maxsize=2)
def sport_role_words() -> dict:
    """Key -> kind (role, position, skip, before_club, team_head, plural_role) of ``sport_role_words.csv``."""
    return word_kinds("sport_role_words.csv", ("role", "position", "skip", "before_club", "team_head", "plural_role"), key)


@lexicon_derived(maxsize=WORD_CACHE)
def sport_role(w: str) -> tuple:
    """``(kind, definite)`` of word ``w`` read as a word of ``sport_role_words.csv`` behind its proclitics, article or
    pronoun (``والمهاجم`` -> ``("role", True)``, ``مهاجمه`` -> ``("role", True)``, ``لاعب`` -> ``("role", False)``),
    else ``()``; a word written with ة has no pronoun (``مهاجمة`` *attacking*, ``نجمة``: ``()``) (the caller syncs the folder with :func:`sport_role_words`)."""
    words = sport_role_words.current()
    k = key(w)
    for pre in ("", "و", "ف"):
        if pre and not k.startswith(pre):
            continue
        r = k[len(pre):]
        if len(r) < 3:
            continue
        for art in _DEFINITE + ("لل",):
            if r.startswith(art) and words.get(r[len(art):]):
                return words[r[len(art):]], True
        for r in (r, r[1:] if r[:1] in "بلك" else ""):
            if words.get(r):
                if w.endswith("ه") and r.endswith("ه") and words.get(r[:-1]) == "role":
                    return "role", True  # لاعبه (his player), not the listed لاعبة (the key folds ة to ه)
                return words[r], False
            for suf in ("ها", "ه"):
                if suf == "ه" and w.endswith("ة"):
                    continue  # مهاجمة، نجمة، ظهيرة: the key folds ة to ه, the written word has no pronoun
                if r.endswith(suf) and words.get(r[:-len(suf)]) == "role":
                    return "role", True  # مهاجمه، بمدربها: the role with a pronoun is definite
    return ()


def strong_name_word(w: str) -> bool:
    """Word ``w`` is shaped like a transliteration and rare in general Arabic, or a listed given name so shaped (see
    the thresholds above)."""
    info = word_info(w)
    k = key(w)
    if info.bare != k or info.stop or info.cue:
        return False
    return (info.foreign and info.shape >= STRONG_SHAPE) or (info.zipf < RARE_ZIPF and info.shape >= RARE_SHAPE) \
        or info.shape >= SHAPED or (k in load_cues().given and info.zipf < OTHER_ZIPF and info.shape >= STRONG_SHAPE)


def _foreign_run(p, a: int, b: int) -> bool:
    """Tokens a..b-1 read as a transliterated name: one word is :func:`strong_name_word`, or the run holds two words
    or more, none shaped like native Arabic (below :data:`OTHER_SHAPE`) and one rarer than :data:`RARE_ZIPF`
    (أنخيل دي ماريا)."""
    if any(strong_name_word(p.toks[t]) for t in range(a, b)):
        return True
    words = [t for t in range(a, b) if p.fkeys[t] not in _PARTICLES]
    return b - a >= 2 and all(word_info(p.toks[t]).shape >= OTHER_SHAPE for t in words) \
        and any(word_info(p.toks[t]).zipf < RARE_ZIPF for t in words)


def _closed(p, b: int) -> bool:
    """The name ends before token ``b``: :func:`arnews.entities.scorer_names.run_closed`, or a word with the article,
    with tanween or frequent in general Arabic follows (اللاعب مونتاري إنه، أنخيل دي ماريا اليوم)."""
    if b < len(p.toks) and is_word(p, b) and adjacent(p, b - 1, b):
        k = p.fkeys[b]
        if k in _PARTICLES or k in ("بن", "ابن"):
            return False  # دي سوزا، يوهان بن علوان: a particle or a nasab goes on
        if k[:1] == "و" and len(k) > 3 and zipf_ar(p.toks[b][1:]) < GLUED_NAME_ZIPF:
            return False  # ثيو والكوت: a name word that opens with و (not واللاعبين)
    if run_closed(p, b):
        return True
    info = word_info(p.toks[b])
    return info.definite or tanween(p, b) or info.zipf >= CLOSING_ZIPF  # (not ألبا: no article)


def _name_word(p, t: int, first: bool, given) -> bool:
    """Token ``t`` may be a word of the player's name."""
    if not is_word(p, t) or tanween(p, t):
        return False
    w, k = p.toks[t], p.fkeys[t]
    if k.startswith("ال") or len(k) < 2 or club_words().get(k) == "club":
        return False
    if not first and k in _PARTICLES:
        return True
    info = word_info(w)
    if info.stop or info.cue or info.conj or info.bare != k:
        return False
    if strong_name_word(w):
        return True
    if k in given:
        return True
    if k.endswith("ه") and not info.foreign:
        return False  # خورخي داسيلفا مناورة: a feminine noun of the sentence
    return (info.zipf < OTHER_ZIPF and info.shape >= OTHER_SHAPE or info.shape >= OTHER_SHAPED) and not imperfect_verb(w)


def _name_start(p, i: int) -> int:
    """The first token past the role at ``i`` and its position words and adjectives, or -1 when the role stays
    indefinite or an adjective of another kind follows it."""
    definite = sport_role(p.toks[i])[1]
    j = i + 1
    while j < len(p.toks) and j - i <= 3 and is_word(p, j) and adjacent(p, j - 1, j):
        kd = sport_role(p.toks[j])
        k = p.fkeys[j]
        if kd and kd[0] == "position" and not k.startswith(("و", "ف")):
            definite = True  # لاعب الوسط، حارس المرمى
        elif kd and kd[0] == "skip" and kd[1] and k.startswith("ال"):
            pass  # المهاجم الدولي
        elif k.startswith("ال") and gentilic(p.toks[j]):
            pass  # اللاعب الأرجنتيني
        else:
            break
        j += 1
    return j if definite else -1


def sport_role_people(p, found: list) -> list:
    """``found`` with the players and coaches of the module docstring."""
    if p.rules != "ar" or not p.kinds:
        return found
    sport_role_words()  # (syncs the lexicon folder for the per-type cache of sport_role)
    if not sporty(p) or not any(sport_role(w)[:1] == ("role",) for w in word_types(p)):
        return found  # (speed58: the paragraph's sport test first: memoised by paragraph_clubs, false for most paragraphs)
    given = load_cues().given
    n = len(p.toks)
    index, dropped = SpanIndex((nm.start, nm.end) for nm in found), set()  # (the names overlapping a span: a bisection,
    added, taken = {}, DisjointSpans()  # not a scan of every name per firing: a role fires on every line of a huge one-line
    # sports paragraph; a name added overlaps no name kept, so the ones added are disjoint)
    for i in range(n - 1):
        if not is_word(p, i) or sport_role(p.toks[i])[:1] != ("role",):
            continue
        a = _name_start(p, i)
        if a < 0 or not (is_word(p, a) and adjacent(p, a - 1, a)):
            continue
        b = a
        while b < n and b - a < 4 and (b == a or adjacent(p, b - 1, b)) and _name_word(p, b, b == a, given):
            b += 1
        if b > a and p.fkeys[b - 1] in _PARTICLES:
            continue  # (هيرناني دي سوزا محترف: the name runs on past what its words allow)
        if b == a or not _closed(p, b) or not _foreign_run(p, a, b):
            continue  # (a name that runs on into words of other kinds is left to the other rules)
        s, e = p.starts[a], p.ends[b - 1]
        hit, near = [k for k in index.hits(s, e) if k not in dropped], taken.hits(s, e)
        over = [found[k] for k in hit] + [added[x] for x in near]
        if any(nm.type == "person" and nm.start == s and nm.end == e for nm in over):
            continue
        if over and not all(nm.type == "person" and s <= nm.start and nm.end <= e for nm in over):
            first = over[0]
            if not (len(over) == 1 and first.type == "person" and first.start == s and first.end > e
                    and b < n and is_word(p, b) and (word_info(p.toks[b]).stop or word_info(p.toks[b]).zipf >= CLOSING_ZIPF)):
                continue  # (a club or a place over the words: left alone)
        dropped.update(hit)
        for x in near:
            taken.remove(*x)
            del added[x]
        taken.add(s, e)
        added[s, e] = Name(s, e, "person", "cue", 0.75, name_key([p.toks[t] for t in range(a, b)]), p.toks[i])
    if not added:
        return found
    return sorted([nm for k, nm in enumerate(found) if k not in dropped] + list(added.values()), key=lambda x: (x.start, x.end))
